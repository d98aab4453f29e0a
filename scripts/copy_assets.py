#!/usr/bin/env python3
"""Copy the browser runtime files from node_modules into the docs tree.

Pyodide's core runtime and the chart library come from npm (pinned in
package-lock.json) and are copied, never fetched from a CDN:

    node_modules/pyodide/{pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm,
                          python_stdlib.zip}   -> <dest>/pyodide/
    node_modules/chart.js/dist/chart.umd.min.js -> <dest>/chart.umd.min.js

Pyodide's lock file (<dest>/pyodide/pyodide-lock.json) is not copied: ``make wheel``
(scripts/build_wheel.py --lockfile) writes the site's own, with the npm lock file's ``info``
and calc's wheel registered by ``pyodide lockfile add-wheels``.

Idempotent: a file is rewritten only when its bytes differ. Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
CHART_SOURCE = ("chart.js", "dist", "chart.umd.min.js")
CHART_TARGET = "chart.umd.min.js"


def _pinned_version(package: str) -> str | None:
    """Return the version package.json pins for ``package``, if any."""
    manifest = REPO / "package.json"
    if not manifest.is_file():
        return None
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for section in ("dependencies", "devDependencies"):
        if package in data.get(section, {}):
            return str(data[section][package])
    return None


def check_installed(node_modules: Path, package: str) -> None:
    """Fail with a clear message when ``package`` is missing or not the pinned version."""
    manifest = node_modules / package / "package.json"
    if not manifest.is_file():
        sys.exit(f"copy_assets: {manifest} not found; run `npm ci` at the repository root first")
    installed = json.loads(manifest.read_text(encoding="utf-8"))["version"]
    pinned = _pinned_version(package)
    if pinned is not None and installed != pinned:
        sys.exit(
            f"copy_assets: node_modules has {package} {installed} but package.json pins {pinned}; run `npm ci`"
        )


def _write(target: Path, data: bytes) -> bool:
    """Write ``data`` to ``target`` unless it already holds exactly those bytes."""
    if target.is_file() and target.stat().st_size == len(data) and target.read_bytes() == data:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)
    return True


def copy_assets(node_modules: Path, dest: Path) -> list[tuple[Path, bytes, bool]]:
    """Copy the runtime files; return (target, bytes, changed) for each file."""
    check_installed(node_modules, "pyodide")
    check_installed(node_modules, "chart.js")
    plan: list[tuple[Path, bytes]] = []
    for name in PYODIDE_FILES:
        plan.append((dest / "pyodide" / name, (node_modules / "pyodide" / name).read_bytes()))
    plan.append((dest / CHART_TARGET, node_modules.joinpath(*CHART_SOURCE).read_bytes()))
    return [(target, data, _write(target, data)) for target, data in plan]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--node-modules", type=Path, default=REPO / "node_modules", help="npm install directory (default: %(default)s)"
    )
    parser.add_argument(
        "--dest",
        type=Path,
        default=REPO / "docs" / "assets" / "vendor",
        help="vendor directory; Pyodide goes into its pyodide/ folder (default: %(default)s)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    args = parser.parse_args(argv)
    results = copy_assets(args.node_modules.resolve(), args.dest.resolve())
    if not args.quiet:
        for target, data, changed in results:
            digest = hashlib.sha256(data).hexdigest()[:16]
            state = "written" if changed else "up to date"
            print(f"{state:>10}  {len(data):>9} B  sha256:{digest}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
