// Run calc.browser.handle inside Pyodide (Node), for parity tests against CPython.
//
//   node tests/pyodide/run_calc.mjs <calc-wheel.whl> <scenarios.json>
//
// scenarios.json is a JSON list; each item is either
//   - a param list [[key, value], ...]  -> request {"type": "estimate", "params": <list>}
//   - a string                          -> used verbatim as the request JSON
// Prints one JSON object on stdout:
//   {"pyodide": "314.0.7", "python": [major, minor, micro], "python_at_least_3_13": bool,
//    "calc_dist_version": importlib.metadata.version("calc"),
//    "responses": [<response JSON string> | {"error": {"name", "message"}}, ...],
//    "timings_ms": {"boot", "install", "import", "calls"}}
// Pyodide comes from node_modules (npm, pinned); nothing is fetched from the network.
// Python is called only through named functions with JSON strings; no code strings.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadPyodide, version } from "pyodide";

function plainError(err) {
  const name = err && typeof err.type === "string" && err.type ? err.type : err && err.name;
  return { name: String(name || "Error"), message: String((err && err.message) || err) };
}

async function main() {
  const [wheelArg, scenariosArg] = process.argv.slice(2);
  if (!wheelArg || !scenariosArg) {
    console.error("usage: node tests/pyodide/run_calc.mjs <calc-wheel.whl> <scenarios.json>");
    process.exit(2);
  }
  const wheelPath = path.resolve(wheelArg);
  const scenarios = JSON.parse(await readFile(path.resolve(scenariosArg), "utf8"));
  if (!Array.isArray(scenarios)) throw new TypeError("scenarios file must hold a JSON list");

  const t0 = performance.now();
  const pyodide = await loadPyodide({
    stdout: (line) => process.stderr.write(`[py stdout] ${line}\n`),
    stderr: (line) => process.stderr.write(`[py stderr] ${line}\n`),
  });
  const t1 = performance.now();
  // Installed as pyodide.loadPackage installs a wheel (the browser worker loads calc so, by
  // name from the site's lock file): extracted into site-packages (extractDir matters: without
  // it importlib.metadata cannot see the distribution).
  const sitePackages = pyodide.pyimport("sysconfig").get_path("purelib");
  const wheelBytes = new Uint8Array(await readFile(wheelPath)); // a Node Buffer is refused
  pyodide.unpackArchive(wheelBytes, "wheel", { extractDir: sitePackages });
  const t2 = performance.now();
  const browser = pyodide.pyimport("calc.browser");
  const handle = browser.handle;
  const t3 = performance.now();

  const versionInfo = pyodide.pyimport("sys").version_info;
  const python = [versionInfo.major, versionInfo.minor, versionInfo.micro];
  versionInfo.destroy();
  const metadata = pyodide.pyimport("importlib.metadata");
  const calcDistVersion = String(metadata.version("calc"));
  metadata.destroy();

  const t3b = performance.now();
  const responses = [];
  for (const item of scenarios) {
    const request =
      typeof item === "string" ? item : JSON.stringify({ type: "estimate", params: item });
    try {
      responses.push(String(handle(request)));
    } catch (err) {
      responses.push({ error: plainError(err) });
    }
  }
  const t4 = performance.now();
  handle.destroy();
  browser.destroy();

  const out = {
    pyodide: version,
    python,
    python_at_least_3_13: python[0] > 3 || (python[0] === 3 && python[1] >= 13),
    calc_dist_version: calcDistVersion,
    responses,
    timings_ms: {
      boot: Math.round(t1 - t0),
      install: Math.round(t2 - t1),
      import: Math.round(t3 - t2),
      calls: Math.round(t4 - t3b),
    },
  };
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
