// Baseline page for `make bench`: start the module worker at once and record, on the page
// clock (ms since navigation start), when each of its messages arrives.
//
//   ready     Pyodide booted from the site's files and the site's wheel installed
//   imported  `import calc.browser` done (what the calculator's worker does before its ready)
//   computed  one estimate through calc.browser.handle returned (JSON string in, out)

const params = new URLSearchParams(location.search);
const wheel = params.get("wheel") || "";
const query = params.get("q") || "123457";
const status = document.getElementById("rvf-bare");
const times = { script: performance.now() };
window.rvfBare = { times, worker: {} };

const worker = new Worker(new URL("./bare-worker.mjs", import.meta.url), { type: "module" });
worker.addEventListener("message", (event) => {
  const msg = event.data || {};
  if (msg.type === "failed") {
    status.dataset.state = "failed";
    status.textContent = `failed: ${msg.error.name}: ${msg.error.message}`;
    return;
  }
  times[msg.type] = performance.now();
  window.rvfBare.worker[msg.type] = msg.ms; // the worker's own clock, ms since it started
  status.dataset.state = msg.type;
  status.textContent = msg.type;
});
worker.postMessage({
  type: "init",
  wheelUrl: new URL(`../assets/calculator/wheel/${wheel}`, import.meta.url).href,
  request: JSON.stringify({ type: "estimate", params: [["queries_per_month", query]] }),
});
