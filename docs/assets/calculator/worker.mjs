// Module worker that runs the calc wheel in Pyodide.
//
// Started as worker.mjs?wheel=<file name>: the worker boots at once with calc loaded by name from
// the site's Pyodide lock file (../vendor/pyodide/pyodide-lock.json, written by `make wheel` with
// pyodide lockfile add-wheels), which must list exactly that wheel file name; Pyodide fetches it
// from ./wheel/ and checks its sha256 against the lock file. Only a calc wheel file name is
// accepted (no path, no query), and nothing is fetched before it is checked. The name travels in
// the URL, not in a first message, because Chromium hands a worker the messages posted before it
// started only once the page's main thread is free, and while the page loads that thread is busy
// (measured with `make bench` traces: such a message arrived some 90 ms after the worker was
// waiting for it).
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
const LOCK_FILE_URL = new URL("../vendor/pyodide/pyodide-lock.json", import.meta.url);
const WHEEL_DIR_URL = new URL("./wheel/", import.meta.url);
const PACKAGE = "calc";
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

function installError(message) {
  return Object.assign(new Error(message), { name: "WheelInstallError" });
}

/** The site's lock file, once it is known to name `name` as calc's wheel (and nothing else to fetch). */
async function fetchLock(name) {
  const response = await fetch(LOCK_FILE_URL);
  if (!response.ok) throw installError(`the calculator's lock file could not be downloaded (HTTP ${response.status})`);
  const lock = await response.json();
  const packages = lock && typeof lock.packages === "object" && lock.packages !== null ? lock.packages : {};
  const names = Object.keys(packages);
  if (names.length !== 1 || names[0] !== PACKAGE || packages[PACKAGE]?.file_name !== name) {
    throw installError(`the site's lock file does not list ${name} as its one package`);
  }
  return lock;
}

/** Why calc did not load: its HTTP status when the wheel cannot be had, else what Pyodide said. */
async function wheelFailure(name, said) {
  let status = 0;
  try {
    status = (await fetch(new URL(name, WHEEL_DIR_URL), { method: "HEAD", cache: "no-store" })).status;
  } catch {
    status = 0; // no answer at all: reported as such below
  }
  if (status < 200 || status > 299) {
    return installError(`the calculator's wheel could not be downloaded (${status ? `HTTP ${status}` : "no response"})`);
  }
  return installError(`the calculator's wheel could not be installed: ${said.join(" ").slice(0, 500) || "no reason given"}`);
}

async function boot(name) {
  stage("downloading");
  // The lock file downloads alongside Pyodide's own files, and Pyodide downloads the packages
  // it lists in `packages` while it boots: the wheel stays off the path to the first result.
  const lock = fetchLock(name);
  lock.catch(() => {}); // Pyodide awaits it; this only keeps it from counting as unhandled meanwhile
  const said = []; // what Pyodide prints while it boots (a package that fails to load says why there)
  const { loadPyodide } = await import(PYODIDE_MODULE_URL.href);
  const pyodide = await loadPyodide({
    indexURL: PYODIDE_INDEX_URL.href,
    lockFileContents: lock,
    packageBaseUrl: WHEEL_DIR_URL.href,
    packages: [PACKAGE],
    // Called once the wasm module is compiled, before the interpreter starts.
    fsInit: async () => stage("starting"),
    stdout: (line) => console.log(line),
    stderr: (line) => {
      said.push(line);
      console.warn(line);
    },
  });
  stage("installing");
  // Installed as a wheel into site-packages by then (importlib.metadata sees the distribution).
  if (!Object.prototype.hasOwnProperty.call(pyodide.loadedPackages, PACKAGE)) throw await wheelFailure(name, said);
  // Keep the module proxy alive: `browser.handle` is a borrowed proxy and dies with it.
  const browser = pyodide.pyimport("calc.browser");
  const handle = browser.handle;
  stage("ready");
  return { pyodide, browser, handle };
}

/** The first of Pyodide's own files that cannot be fetched now (its name), or null: a failed boot
 * names it. The wheel is not among them: it is fetched only once the lock file has been checked. */
async function unreachable() {
  const files = [
    new URL("pyodide.mjs", PYODIDE_INDEX_URL), new URL("pyodide.asm.mjs", PYODIDE_INDEX_URL),
    new URL("pyodide.asm.wasm", PYODIDE_INDEX_URL), new URL("python_stdlib.zip", PYODIDE_INDEX_URL),
  ];
  for (const url of files) {
    try {
      const response = await fetch(url, { method: "HEAD", cache: "no-store" });
      if (!response.ok) return url.pathname.split("/").pop();
    } catch {
      return url.pathname.split("/").pop();
    }
  }
  return null;
}

/** Boot failed before it began (a bad wheel name): say so once; calls get the same error. */
function refuse(error) {
  failure = error;
  self.postMessage({ type: "failed", error: failure });
  ready = Promise.reject(failure);
  ready.catch(() => {});
}

function start(name) {
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
  ready = Promise.race([boot(name), aborted]);
  ready.then(
    () => {
      self.removeEventListener("unhandledrejection", onUnhandled);
      self.removeEventListener("error", onUnhandled);
    },
    () => {},
  );
  ready.catch(async (err) => {
    failure = plainError(err);
    // A refused or missing wheel or lock file names itself; otherwise name the runtime file that failed.
    const missing = failure.name === "WheelInstallError" ? null : await unreachable();
    if (missing && !failure.message.includes(missing)) failure.message += ` (${missing} could not be downloaded)`;
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

/** This script's own ?wheel=, checked: a bare calc wheel file name. */
function wheelFromOwnUrl() {
  const name = new URL(self.location.href).searchParams.get("wheel");
  if (name === null || !WHEEL_NAME.test(name)) {
    return { error: "the worker's wheel parameter is not a calc wheel file name (calc-<version>-py3-none-any.whl)" };
  }
  return { name };
}

const own = wheelFromOwnUrl();
if (own.name) start(own.name);
else refuse({ name: "ValueError", message: own.error });

self.addEventListener("message", (event) => {
  const msg = event.data;
  if (msg && typeof msg === "object" && msg.type === "call") call(msg);
});
