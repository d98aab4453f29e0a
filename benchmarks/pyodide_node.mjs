// Time calc inside Pyodide under Node, for `make bench` (benchmarks/run.py runs it several times).
//
//   node benchmarks/pyodide_node.mjs <calc-wheel.whl> <repeats> <queries_per_month>
//
// One fresh interpreter per process, so `import calc` is a cold import each time. Prints one
// JSON object: {"pyodide", "python", "boot_ms", "install_ms", "import_calc_ms",
// "import_browser_ms", "estimate_ms": [...], "handle_ms": [...], "break_even"}.
// Python is called only through named functions with plain arguments; no code strings.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadPyodide, version } from "pyodide";

async function main() {
  const [wheelArg, repeatsArg = "30", queries = "123457"] = process.argv.slice(2);
  if (!wheelArg) {
    console.error("usage: node benchmarks/pyodide_node.mjs <calc-wheel.whl> [repeats] [queries_per_month]");
    process.exit(2);
  }
  const repeats = Number.parseInt(repeatsArg, 10);
  const t0 = performance.now();
  const pyodide = await loadPyodide({ stdout: () => {}, stderr: (line) => process.stderr.write(`${line}\n`) });
  const t1 = performance.now();
  const sysconfig = pyodide.pyimport("sysconfig");
  const sitePackages = sysconfig.get_path("purelib");
  sysconfig.destroy();
  const wheelBytes = new Uint8Array(await readFile(path.resolve(wheelArg)));
  pyodide.unpackArchive(wheelBytes, "wheel", { extractDir: sitePackages });
  const t2 = performance.now();
  const calc = pyodide.pyimport("calc");
  const t3 = performance.now();
  const browser = pyodide.pyimport("calc.browser");
  const t4 = performance.now();

  const pairs = [["queries_per_month", queries]];
  const estimateMs = [];
  let breakEven = null;
  for (let i = 0; i < repeats; i++) {
    const pyPairs = pyodide.toPy(pairs);
    const start = performance.now();
    const scenario = calc.build_scenario(pyPairs);
    const result = calc.estimate(scenario);
    estimateMs.push(performance.now() - start);
    if (i === 0) {
      const value = result.get("break_even_queries_per_month");
      breakEven = value === undefined || value === null ? null : Number(value);
    }
    result.destroy();
    scenario.destroy();
    pyPairs.destroy();
  }
  const request = JSON.stringify({ type: "estimate", params: pairs });
  const handleMs = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    String(browser.handle(request));
    handleMs.push(performance.now() - start);
  }
  const info = pyodide.pyimport("sys").version_info;
  const python = `${info.major}.${info.minor}.${info.micro}`;
  info.destroy();
  browser.destroy();
  calc.destroy();
  process.stdout.write(
    JSON.stringify({
      pyodide: version,
      python,
      boot_ms: t1 - t0,
      install_ms: t2 - t1,
      import_calc_ms: t3 - t2,
      import_browser_ms: t4 - t3,
      estimate_ms: estimateMs,
      handle_ms: handleMs,
      break_even: breakEven,
    }) + "\n",
  );
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
