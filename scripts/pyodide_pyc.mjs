// Compile calc's modules to bytecode with Pyodide's own Python, for the wheel the site ships.
//
//   node scripts/pyodide_pyc.mjs <calc-wheel.whl> <out-dir> [<node_modules dir>]
//
// Installs the wheel into Pyodide's site-packages (the path the browser worker installs it to,
// so tracebacks name the right file), compiles every calc/**/*.py there with py_compile in
// UNCHECKED_HASH mode (PEP 552: the interpreter loads the .pyc without comparing it with the
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
  const cacheTag = pyodide.pyimport("sys").implementation.cache_tag;
  const pyCompile = pyodide.pyimport("py_compile");
  const mode = pyCompile.PycInvalidationMode.UNCHECKED_HASH;
  const files = [];

  const walk = async (rel) => {
    const names = pyodide.FS.readdir(`${sitePackages}/${rel}`).filter((n) => n !== "." && n !== "..").sort();
    for (const name of names) {
      const relPath = `${rel}/${name}`;
      const stat = pyodide.FS.stat(`${sitePackages}/${relPath}`);
      if (pyodide.FS.isDir(stat.mode)) {
        if (name !== "__pycache__") await walk(relPath);
      } else if (name.endsWith(".py")) {
        const cached = `${rel}/__pycache__/${name.slice(0, -3)}.${cacheTag}.pyc`;
        pyCompile.compile.callKwargs(`${sitePackages}/${relPath}`, {
          cfile: `${sitePackages}/${cached}`,
          doraise: true,
          invalidation_mode: mode,
        });
        const target = path.join(path.resolve(outArg), ...cached.split("/"));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, pyodide.FS.readFile(`${sitePackages}/${cached}`));
        files.push(cached);
      }
    }
  };
  await walk("calc");
  process.stdout.write(`${JSON.stringify({ cache_tag: cacheTag, files })}\n`);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : String(err));
  process.exit(1);
});
