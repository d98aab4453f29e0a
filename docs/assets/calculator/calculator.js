// Main-thread client for the calculator worker (plain ES module, no framework).
//
//   import { LiveCalc, whenIdle } from "./calculator.js";
//   const live = LiveCalc.fromElement(rootElement);     // reads data-* attributes
//   live.addEventListener("stage", (e) => ...e.detail.stage...);
//   const state = await live.start();                    // {state: "ready"} or {state: "unavailable", reason}
//   const response = await live.call({type: "estimate", params: [["queries_per_month", "5000"]]});
//
// Data attributes read by LiveCalc.fromElement(el):
//   data-wheel            the wheel's file name, calc-<version>-py3-none-any.whl (in ./wheel/)
//   data-stage-timeout    seconds a boot stage may make no progress (default 20)
//   data-call-timeout     seconds one call may take before the worker counts as hung (default 15)
//
// start() never rejects: a worker script that fails to load, a boot failure reported by the
// worker, or a stage that makes no progress for the stage timeout all resolve to
// {state: "unavailable", reason}, and the worker is terminated. The pre-rendered page stays.
//
// The worker is started as worker.mjs?wheel=<file name> (worker.mjs says why), and boots at once.
// start({adopt: {worker, events}}) takes over a worker started that way before this module
// loaded (boot.js, the calculator's early start): `events` holds
// what the worker said meanwhile ({type: "message", data} | {type: "error", message} |
// {type: "messageerror"}), replayed in order.

const DEFAULT_STAGE_TIMEOUT_S = 20;
const DEFAULT_CALL_TIMEOUT_S = 15;

// The files each stage waits for, named when a stage stalls (the page cannot see the worker's requests).
const STAGE_FILES = {
  idle: "the worker script (worker.mjs)",
  downloading: "pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm or python_stdlib.zip",
  starting: "python_stdlib.zip or pyodide-lock.json",
  installing: "the calculator's wheel (calc-*.whl)",
};
const STAGE_LABELS = {
  idle: "Live calculator not started",
  downloading: "Downloading the Python runtime",
  starting: "Starting Python",
  installing: "Installing the calculator",
  ready: "Live calculator ready",
  unavailable: "Live calculator unavailable",
};

function seconds(value, fallback) {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

function namedError(name, message) {
  const err = new Error(message);
  err.name = name;
  return err;
}

export class LiveCalc extends EventTarget {
  /**
   * @param {object} [options]
   * @param {string} [options.wheel]          the wheel's file name (worker.mjs looks in ./wheel/)
   * @param {number} [options.stageTimeout]   seconds without progress before giving up (default 20)
   * @param {number} [options.callTimeout]    seconds one call may take (default 15)
   * @param {string|URL} [options.workerUrl]  worker script (default ./worker.mjs next to this file)
   */
  constructor(options = {}) {
    super();
    this.wheel = options.wheel || null;
    this.stageTimeoutMs = seconds(options.stageTimeout, DEFAULT_STAGE_TIMEOUT_S) * 1000;
    this.callTimeoutMs = seconds(options.callTimeout, DEFAULT_CALL_TIMEOUT_S) * 1000;
    this.workerUrl = new URL(options.workerUrl || "./worker.mjs", import.meta.url);
    this.state = "idle";
    this.reason = null;
    this.timings = {}; // stage -> ms since start() on the page clock
    this._worker = null;
    this._startPromise = null;
    this._settle = null;
    this._watchdog = null;
    this._t0 = 0;
    this._nextId = 1;
    this._pending = new Map(); // id -> {resolve, reject, timer}
  }

  static fromElement(el, overrides = {}) {
    const data = el.dataset;
    return new LiveCalc({
      wheel: data.wheel,
      stageTimeout: data.stageTimeout,
      callTimeout: data.callTimeout,
      ...overrides,
    });
  }

  static label(state) {
    return STAGE_LABELS[state] || state;
  }

  /** Boot the worker once; resolves to {state: "ready"} or {state: "unavailable", reason}. */
  start(options = {}) {
    if (this._startPromise) return this._startPromise;
    this._startPromise = new Promise((resolve) => {
      this._settle = resolve;
    });
    this._t0 = performance.now();
    if (options.adopt && options.adopt.worker) {
      this._listen(options.adopt.worker);
      this._setStage("downloading", false);
      for (const event of options.adopt.events || []) {
        if (event.type === "message") this._onMessage(event.data);
        else if (event.type === "error") this._workerError(event.message);
        else this._fail("a message from the worker could not be read");
      }
      return this._startPromise;
    }
    if (!this.wheel) {
      this._fail("no wheel was named");
      return this._startPromise;
    }
    const workerUrl = new URL(this.workerUrl);
    workerUrl.searchParams.set("wheel", this.wheel);
    let worker;
    try {
      worker = new Worker(workerUrl, { type: "module" });
    } catch (err) {
      this._fail(`the worker could not be created (${err && err.message ? err.message : err})`);
      return this._startPromise;
    }
    this._listen(worker);
    this._setStage("downloading", false);
    return this._startPromise;
  }

  _listen(worker) {
    this._worker = worker;
    worker.addEventListener("message", (event) => this._onMessage(event.data));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      this._workerError(event.message);
    });
    worker.addEventListener("messageerror", () => this._fail("a message from the worker could not be read"));
  }

  _workerError(message) {
    const detail = message ? `: ${message}` : "";
    this._fail(`the calculator worker script failed to load or crashed${detail}`);
  }

  /** Send one request object (or JSON string); resolves to the parsed response object. */
  async call(request) {
    const text = await this.callRaw(typeof request === "string" ? request : JSON.stringify(request));
    return JSON.parse(text);
  }

  /** Send one JSON string to calc.browser.handle; resolves to its JSON string response. */
  async callRaw(payload) {
    await (this._startPromise || this.start());
    if (this.state !== "ready") throw namedError("UnavailableError", this.reason);
    const id = this._nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this._fail(`a calculation took longer than ${this.callTimeoutMs / 1000} s`);
      }, this.callTimeoutMs);
      this._pending.set(id, { resolve, reject, timer });
      this._worker.postMessage({ type: "call", id, fn: "handle", payload });
    });
  }

  /** Stop the worker; pending calls reject and the state becomes unavailable. */
  terminate(reason = "the live calculator was stopped") {
    this._fail(reason);
  }

  _onMessage(msg) {
    if (!msg || typeof msg !== "object") return;
    if (msg.type === "stage") {
      this._setStage(String(msg.stage), true);
    } else if (msg.type === "failed") {
      const err = msg.error || {};
      this._fail(`Python could not start: ${err.name || "Error"}: ${err.message || "unknown error"}`);
    } else if (msg.type === "result" || msg.type === "error") {
      const entry = this._pending.get(msg.id);
      if (!entry) return;
      this._pending.delete(msg.id);
      clearTimeout(entry.timer);
      if (msg.type === "result") entry.resolve(msg.payload);
      else entry.reject(namedError(String(msg.error?.name || "Error"), String(msg.error?.message || "")));
    }
  }

  _setStage(stage, fromWorker) {
    if (this.state === "unavailable" || this.state === "ready") return;
    if (!(stage in STAGE_LABELS)) return;
    this.state = stage;
    this.timings[stage] = Math.round(performance.now() - this._t0);
    clearTimeout(this._watchdog);
    this.dispatchEvent(new CustomEvent("stage", { detail: { stage, label: LiveCalc.label(stage), fromWorker } }));
    if (stage === "ready") {
      this._settle({ state: "ready" });
      return;
    }
    this._watchdog = setTimeout(() => {
      this._fail(
        `the stage "${LiveCalc.label(stage)}" made no progress for ${this.stageTimeoutMs / 1000} s ` +
          `(still waiting for ${STAGE_FILES[stage] || "a file"})`,
      );
    }, this.stageTimeoutMs);
  }

  _fail(reason) {
    if (this.state === "unavailable") return;
    this.state = "unavailable";
    this.reason = reason;
    this.timings.unavailable = Math.round(performance.now() - this._t0);
    clearTimeout(this._watchdog);
    if (this._worker) this._worker.terminate();
    for (const entry of this._pending.values()) {
      clearTimeout(entry.timer);
      entry.reject(namedError("UnavailableError", reason));
    }
    this._pending.clear();
    if (this._settle) this._settle({ state: "unavailable", reason }); // no effect once settled
    this._startPromise = Promise.resolve({ state: "unavailable", reason });
    this.dispatchEvent(new CustomEvent("stage", { detail: { stage: "unavailable", label: LiveCalc.label("unavailable"), reason } }));
  }
}

/**
 * Run `fn` once the page is idle, or on the first interaction when the browser asks to
 * save data (navigator.connection.saveData). Returns a function that cancels.
 */
export function whenIdle(fn, { root = document, timeout = 2000 } = {}) {
  let done = false;
  const events = ["pointerdown", "keydown", "focusin", "touchstart"];
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  let idleHandle = null;
  const cancel = () => {
    for (const name of events) root.removeEventListener(name, run, true);
    if (idleHandle !== null) {
      if (typeof cancelIdleCallback === "function") cancelIdleCallback(idleHandle);
      else clearTimeout(idleHandle);
    }
  };
  for (const name of events) root.addEventListener(name, run, { capture: true, passive: true });
  const saveData = Boolean(navigator.connection && navigator.connection.saveData);
  if (!saveData) {
    idleHandle =
      typeof requestIdleCallback === "function" ? requestIdleCallback(run, { timeout }) : setTimeout(run, 1);
  }
  return () => {
    done = true;
    cancel();
  };
}
