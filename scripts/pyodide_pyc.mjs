// Compile calc's modules to bytecode with Pyodide's own Python, for the wheel the site ships.
//
//   node scripts/pyodide_pyc.mjs <calc-wheel.whl> <out-dir> [<node_modules dir>]
//
// Installs the wheel into Pyodide's site-packages (the path the browser worker installs it to,
// so tracebacks name the right file), runs what the worker runs (import calc.browser, then one
// request with every decision answer, which loads the modules it imports lazily), and compiles
// each calc module then loaded (the worker's modules; build-time ones such as calc._claims
// would only add bytes to the download) with py_compile in UNCHECKED_HASH mode (PEP 552: the interpreter loads the .pyc without comparing it with the
// source, since installed files carry no meaningful mtime), and writes each .pyc under
// <out-dir> at its path in the wheel (calc/__pycache__/<module>.<cache tag>.pyc).
// PYTHONHASHSEED=0 keeps the bytes the same from run to run (frozenset constants are ordered
// by hash). Prints {"cache_tag", "files": [<path in the wheel>, ...]} on stdout.
//
// Why (scripts/build_wheel.py --pyodide-bytecode): Pyodide writes no bytecode cache, so every
// page load compiled calc's sources before the first result; measured under Node, importing
// calc.browser took about 60 ms from source and about 20 ms from these files.
// Pyodide comes from node_modules (npm, pinned). Python is called through named functions
// with plain arguments; no code strings.

import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

async function main() {
  const [wheelArg, outArg, nodeModules] = process.argv.slice(2);
  if (!wheelArg || !outArg) {
    console.error("usage: node scripts/pyodide_pyc.mjs <calc-wheel.whl> <out-dir> [<node_modules dir>]");
    process.exit(2);
  }
  // The pinned Pyodide: from the given node_modules (a build in a copy of the checkout), or
  // resolved from this script's own location.
  const { loadPyodide } = await import(
    nodeModules ? pathToFileURL(path.join(path.resolve(nodeModules), "pyodide", "pyodide.mjs")).href : "pyodide"
  );
  const pyodide = await loadPyodide({
    env: { PYTHONHASHSEED: "0" },
    stdout: (line) => process.stderr.write(`[py stdout] ${line}\n`),
    stderr: (line) => process.stderr.write(`[py stderr] ${line}\n`),
  });
  const sitePackages = pyodide.pyimport("sysconfig").get_path("purelib");
  pyodide.unpackArchive(new Uint8Array(await readFile(path.resolve(wheelArg))), "wheel", { extractDir: sitePackages });
  const sys = pyodide.pyimport("sys");
  const cacheTag = sys.implementation.cache_tag;
  const pyCompile = pyodide.pyimport("py_compile");
  const mode = pyCompile.PycInvalidationMode.UNCHECKED_HASH;

  const calc = pyodide.pyimport("calc");
  const answers = [];
  for (const field of calc.ANSWER_FIELDS) {
    if (field.choices.length) answers.push([field.name, field.choices.get(0)]);
  }
  const response = JSON.parse(pyodide.pyimport("calc.browser").handle(JSON.stringify({ type: "estimate", params: answers })));
  if (!response.ok || response.errors.length || !response.decision) {
    throw new Error(`the worker's request failed at build time: ${JSON.stringify(response).slice(0, 500)}`);
  }
  const prefix = `${path.posix.normalize(sitePackages)}/`; // sysconfig gives //lib/...; module files say /lib/...
  const sources = [];
  for (const name of sys.modules.keys()) {
    if (name !== "calc" && !name.startsWith("calc.")) continue;
    const file = sys.modules.get(name).__file__;
    if (typeof file !== "string" || !file.startsWith(`${prefix}calc/`) || !file.endsWith(".py")) {
      throw new Error(`unexpected file for ${name}: ${String(file)} (${typeof file}, prefix ${prefix})`);
    }
    sources.push(file.slice(prefix.length));
  }
  sources.sort();
  const files = [];
  for (const rel of sources) {
    const slash = rel.lastIndexOf("/");
    const cached = `${rel.slice(0, slash)}/__pycache__/${rel.slice(slash + 1, -3)}.${cacheTag}.pyc`;
    pyCompile.compile.callKwargs(prefix + rel, { cfile: prefix + cached, doraise: true, invalidation_mode: mode });
    const target = path.join(path.resolve(outArg), ...cached.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, pyodide.FS.readFile(prefix + cached));
    files.push(cached);
  }
  process.stdout.write(`${JSON.stringify({ cache_tag: cacheTag, files })}\n`);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : String(err));
  process.exit(1);
});
