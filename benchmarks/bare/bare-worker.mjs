// Module worker of the benchmark baseline: the same Pyodide files and the same install path
// (loadPackage of the wheel URL) as docs/assets/calculator/worker.mjs, and nothing else.
// Posts {type, ms} for "ready" (wheel installed), then "imported" and "computed".

const PYODIDE_MODULE_URL = new URL("../assets/vendor/pyodide/pyodide.mjs", import.meta.url);
const PYODIDE_INDEX_URL = new URL("../assets/vendor/pyodide/", import.meta.url);
const t0 = performance.now();

function post(type, extra = {}) {
  self.postMessage({ type, ms: performance.now() - t0, ...extra });
}

async function boot(wheelUrl, request) {
  const { loadPyodide } = await import(PYODIDE_MODULE_URL.href);
  const pyodide = await loadPyodide({ indexURL: PYODIDE_INDEX_URL.href });
  await pyodide.loadPackage(wheelUrl, { messageCallback: () => {}, checkIntegrity: false });
  post("ready");
  const browser = pyodide.pyimport("calc.browser");
  post("imported");
  const out = String(browser.handle(request));
  post("computed", { bytes: out.length });
}

self.addEventListener("message", (event) => {
  const msg = event.data || {};
  if (msg.type !== "init") return;
  boot(msg.wheelUrl, msg.request).catch((err) => {
    post("failed", { error: { name: String((err && err.name) || "Error"), message: String((err && err.message) || err) } });
  });
});
