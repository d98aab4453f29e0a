// Module worker that runs the calc wheel in Pyodide.
//
// Started as worker.mjs?wheel=<file name>: the worker boots at once from the wheel of that name
// in ./wheel/ (only a calc wheel file name is accepted: no path, no query). The name travels in
// the URL, not in a first message, because Chromium hands a worker the messages posted before
// it started only once the page's main thread is free, and while the page loads that thread is
// busy (measured with `make bench` traces: such a message arrived some 90 ms after the worker
// was waiting for it).
//
// Protocol (every message is a plain object told apart by `type`):
//   page -> worker  {type: "call", id, fn: "handle", payload} payload: JSON string
//   worker -> page  {type: "stage", stage, ms}                "downloading" | "starting" | "installing" | "ready"
//   worker -> page  {type: "failed", error: {name, message}}  boot failed; nothing more will follow
//   worker -> page  {type: "result", id, payload}             payload: JSON string from calc.browser.handle
//   worker -> page  {type: "error", id, error: {name, message}}
//
// Python is only ever called through named functions with JSON string arguments
// (calc.browser.handle); no Python source is evaluated from JavaScript.
// Every URL is resolved against this script, not the page (pages sit at different depths).

const PYODIDE_MODULE_URL = new URL("../vendor/pyodide/pyodide.mjs", import.meta.url);
const PYODIDE_INDEX_URL = new URL("../vendor/pyodide/", import.meta.url);
const WHEEL_DIR_URL = new URL("./wheel/", import.meta.url);
// A wheel file name as scripts/build_wheel.py writes it: no path, no query, nothing to escape.
const WHEEL_NAME = /^calc-[0-9][0-9A-Za-z.+]*-py3-none-any\.whl$/;
const FUNCTIONS = new Set(["handle"]);
const t0 = performance.now();

let ready = null; // the one ready promise: resolves to {handle}
let failure = null; // {name, message} once boot has failed

function plainError(err) {
  if (err && typeof err === "object") {
    // Pyodide's PythonError carries the Python exception class in `type`.
    const name = typeof err.type === "string" && err.type ? err.type : err.name;
    return { name: String(name || "Error"), message: String(err.message || err) };
  }
  return { name: "Error", message: String(err) };
}

function stage(name) {
  self.postMessage({ type: "stage", stage: name, ms: Math.round(performance.now() - t0) });
}

/** The wheel's bytes; a failed download is an error naming the wheel. */
async function fetchWheel(wheelUrl) {
  const response = await fetch(wheelUrl);
  if (!response.ok) {
    throw Object.assign(new Error(`the calculator's wheel could not be downloaded (HTTP ${response.status})`), {
      name: "WheelInstallError",
    });
  }
  return response.arrayBuffer();
}

async function boot(wheelUrl) {
  stage("downloading");
  // The wheel downloads alongside Pyodide's own files, not after them (it is installed from
  // memory below): its download is then off the path to the first result.
  const wheel = fetchWheel(wheelUrl);
  wheel.catch(() => {}); // awaited below; this only keeps it from counting as unhandled meanwhile
  const { loadPyodide } = await import(PYODIDE_MODULE_URL.href);
  const pyodide = await loadPyodide({
    indexURL: PYODIDE_INDEX_URL.href,
    // Called once the wasm module is compiled, before the interpreter starts.
    fsInit: async () => stage("starting"),
    stdout: (line) => console.log(line),
    stderr: (line) => console.warn(line),
  });
  stage("installing");
  // Into site-packages, as a wheel (extractDir: importlib.metadata then sees the distribution),
  // the way pyodide.loadPackage installs one, but from the bytes already downloaded.
  const sitePackages = pyodide.pyimport("sysconfig").get_path("purelib");
  pyodide.unpackArchive(await wheel, "wheel", { extractDir: sitePackages });
  // Keep the module proxy alive: `browser.handle` is a borrowed proxy and dies with it.
  const browser = pyodide.pyimport("calc.browser");
  const handle = browser.handle;
  stage("ready");
  return { pyodide, browser, handle };
}

/** Boot failed before it began (a bad wheel name): say so once; calls get the same error. */
function refuse(error) {
  failure = error;
  self.postMessage({ type: "failed", error: failure });
  ready = Promise.reject(failure);
  ready.catch(() => {});
}

function start(wheelUrl) {
  // Pyodide fetches its files in promises of its own: when one fails (an aborted wasm
  // request, say) the rejection goes unhandled and loadPyodide stays pending forever.
  // Until boot is over, any unhandled rejection or uncaught error fails the boot.
  let abortBoot;
  const aborted = new Promise((_, reject) => {
    abortBoot = reject;
  });
  const onUnhandled = (event) => {
    event.preventDefault();
    abortBoot(event.reason !== undefined ? event.reason : event.error || new Error(event.message));
  };
  self.addEventListener("unhandledrejection", onUnhandled);
  self.addEventListener("error", onUnhandled);
  ready = Promise.race([boot(wheelUrl), aborted]);
  ready.then(
    () => {
      self.removeEventListener("unhandledrejection", onUnhandled);
      self.removeEventListener("error", onUnhandled);
    },
    () => {},
  );
  ready.catch((err) => {
    failure = plainError(err);
    self.postMessage({ type: "failed", error: failure });
  });
}

async function call(msg) {
  const { id, fn, payload } = msg;
  try {
    if (!FUNCTIONS.has(fn)) throw Object.assign(new Error(`unknown function ${String(fn)}`), { name: "TypeError" });
    if (typeof payload !== "string") throw Object.assign(new Error("payload must be a JSON string"), { name: "TypeError" });
    const { handle } = await ready;
    const out = handle(payload);
    self.postMessage({ type: "result", id, payload: String(out) });
  } catch (err) {
    self.postMessage({ type: "error", id, error: failure || plainError(err) });
  }
}

/** This script's own ?wheel=, checked and resolved in ./wheel/. */
function wheelFromOwnUrl() {
  const name = new URL(self.location.href).searchParams.get("wheel");
  if (name === null || !WHEEL_NAME.test(name)) {
    return { error: "the worker's wheel parameter is not a calc wheel file name (calc-<version>-py3-none-any.whl)" };
  }
  return { url: new URL(name, WHEEL_DIR_URL).href };
}

const own = wheelFromOwnUrl();
if (own.url) start(own.url);
else refuse({ name: "ValueError", message: own.error });

self.addEventListener("message", (event) => {
  const msg = event.data;
  if (msg && typeof msg === "object" && msg.type === "call") call(msg);
});
