// Does Pyodide import calc from the wheel's bytecode rather than from its sources?
//
//   node tests/pyodide/pyc_used.mjs <calc-wheel.whl>
//
// Installs the wheel as the browser worker does (into site-packages), then replaces the text of
// every installed calc/*.py with a line that raises ImportError, so that an import which reads
// a source fails. Then imports calc.browser and runs one request. Prints
// {"imported": bool, "error": str|null, "cached": {module: path of its .pyc or null},
//  "response_ok": bool}. Python is called through named functions only; no code strings.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadPyodide } from "pyodide";

const [wheelArg] = process.argv.slice(2);
const pyodide = await loadPyodide({ stdout: () => {}, stderr: (line) => process.stderr.write(`${line}\n`) });
const sitePackages = pyodide.pyimport("sysconfig").get_path("purelib");
pyodide.unpackArchive(new Uint8Array(await readFile(path.resolve(wheelArg))), "wheel", { extractDir: sitePackages });
const dir = `${sitePackages}/calc`;
const sources = pyodide.FS.readdir(dir).filter((name) => name.endsWith(".py"));
for (const name of sources) pyodide.FS.writeFile(`${dir}/${name}`, 'raise ImportError("read from source")\n');
const out = { imported: false, error: null, cached: {}, response_ok: false, sources: sources.length };
try {
  const browser = pyodide.pyimport("calc.browser");
  out.imported = true;
  const response = JSON.parse(String(browser.handle(JSON.stringify({ type: "estimate", params: [] }))));
  out.response_ok = Boolean(response.estimate && response.fragments);
  const modules = pyodide.pyimport("sys").modules;
  for (const name of ["calc", "calc.browser", "calc._model", "calc._render", "calc._catalogue"]) {
    const spec = modules.get(name).__spec__;
    out.cached[name] = spec.cached && pyodide.FS.analyzePath(spec.cached).exists ? spec.cached : null;
  }
} catch (err) {
  out.error = String((err && err.message) || err).split("\n").slice(-3).join(" ");
}
process.stdout.write(`${JSON.stringify(out)}\n`);
