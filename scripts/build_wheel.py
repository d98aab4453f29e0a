#!/usr/bin/env python3
"""Build calc's wheel with pyodide-build, reproducibly, and register it in the site's lock file.

The wheel is built by ``pyodide build`` (pyodide-build, hash-locked in
requirements/pyodide-build.txt, in its own venv ``.cache/pyodide-build/venv`` on a Python 3.12+),
in a cross-build environment that scripts/pyodide_xbuildenv.py assembles offline from the
pinned npm ``pyodide`` package and checks against its lock file's ``info``. calc is pure Python,
so the result is a ``py3-none-any`` wheel. ``--no-isolation``: the build backend pyproject.toml
names (setuptools, pinned there) is the one hash-locked in that venv, so the build downloads
nothing. When the environment cannot be assembled or the build fails, this stops with the reason;
there is no other builder to fall back to.

Reproducible:
- the sources are copied into a fresh temporary directory first (so a stale
  ``build/`` or ``*.egg-info`` in the checkout can never leak into the wheel), with
  normalised permissions (0644 files, 0755 directories) and umask 022 for the build;
- ``SOURCE_DATE_EPOCH`` fixes the timestamps inside the zip: taken from the
  environment if set, else from the last commit (``git log -1 --format=%ct``),
  else a fixed value;
- ``--verify`` builds a second time in another directory and fails unless the two
  wheels are byte-identical.

``--pyodide-bytecode`` (the site's wheel, Makefile ``wheel``) also puts bytecode compiled by
Pyodide's own Python into the wheel, for the modules the browser worker loads
(``calc/__pycache__/*.cpython-314.pyc``, made by
``scripts/pyodide_pyc.mjs`` under Node, unchecked-hash so no source timestamp is consulted),
listed in RECORD like every other file. Pyodide writes no bytecode cache, so without them the
browser compiles calc's sources on every page load (about 40 ms of the live calculator's start,
measured under Node). Other interpreters ignore another version's cache files, so the wheel
stays ``py3-none-any``. (``pyodide py-compile`` is not used: it compiles with the host Python,
whose bytecode Pyodide's Python refuses.)

``--lockfile PATH`` (Makefile ``wheel``: Pyodide's default place in the site,
``docs/assets/vendor/pyodide/pyodide-lock.json``) then writes the lock file the browser worker
loads calc from by name: the npm lock file's ``info`` and no other package (the page loads none
of Pyodide's), with the final wheel added by ``pyodide lockfile add-wheels`` (its sha256,
imports and dependencies; ``file_name`` is the bare wheel name, which the worker resolves in
its ``wheel/`` folder).

Usage:
    python scripts/build_wheel.py                      # -> dist/calc-<version>-py3-none-any.whl
    python scripts/build_wheel.py --out docs/assets/calculator/wheel --verify
    python scripts/build_wheel.py --pyodide-bytecode --out docs/assets/calculator/wheel \\
        --lockfile docs/assets/vendor/pyodide/pyodide-lock.json

Prints ``<sha256>  <path>`` for every wheel and lock file written. Standard library only; the
pyodide CLI it runs comes from pyodide-build's venv (``--pyodide-venv``).
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pyodide_xbuildenv  # noqa: E402  (scripts/ is not a package)

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PYODIDE_VENV = pyodide_xbuildenv.CACHE / "venv"
PACKAGE = "calc"
# 1980-01-01T00:00:00Z, the earliest time a zip file can hold.
FALLBACK_EPOCH = "315532800"
# Top-level files setuptools may put into the wheel's metadata.
TOP_LEVEL_GLOBS = ("pyproject.toml", "README*", "LICEN[CS]E*", "COPYING*", "NOTICE*", "AUTHORS*")


def source_date_epoch(repo: Path) -> str:
    """Return SOURCE_DATE_EPOCH: environment, else last commit time, else a fixed value."""
    from_env = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if from_env.isdigit():
        return from_env
    try:
        out = subprocess.run(
            ["git", "-C", str(repo), "log", "-1", "--format=%ct"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out if out.isdigit() else FALLBACK_EPOCH


def _copy_sources(repo: Path, target: Path) -> None:
    """Copy what the wheel is built from into ``target`` with normalised modes."""
    for pattern in TOP_LEVEL_GLOBS:
        for path in sorted(repo.glob(pattern)):
            if path.is_file():
                shutil.copyfile(path, target / path.name)
    package_dir = repo / PACKAGE
    if not (package_dir / "__init__.py").is_file():
        sys.exit(f"build_wheel: {package_dir / '__init__.py'} not found")
    for path in sorted(package_dir.rglob("*")):
        rel = path.relative_to(repo)
        if "__pycache__" in rel.parts or path.suffix in {".pyc", ".pyo"}:
            continue
        if path.is_dir():
            (target / rel).mkdir(parents=True, exist_ok=True)
        elif path.is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target / rel)
    for path in sorted(target.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)


def build_once(
    repo: Path,
    outdir: Path,
    *,
    epoch: str,
    pyodide_cli: Path,
    xbuildenv: Path,
    pyodide_bytecode: bool = False,
    node_modules: Path | None = None,
) -> Path:
    """Build one wheel from a clean copy of ``repo`` with ``pyodide build``; return its path inside ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="calc-wheel-") as tmp:
        src = Path(tmp) / "src"
        out = Path(tmp) / "out"
        src.mkdir()
        _copy_sources(repo, src)
        env = dict(pyodide_xbuildenv.build_env(xbuildenv), SOURCE_DATE_EPOCH=epoch, PYTHONHASHSEED="0")
        cmd = [str(pyodide_cli), "build", str(src), "--outdir", str(out), "--no-isolation"]
        # The zip records each file's mode; a restrictive umask (077) would change it.
        old_umask = os.umask(0o022)
        try:
            proc = subprocess.run(cmd, cwd=src, env=env, capture_output=True, text=True)
        finally:
            os.umask(old_umask)
        if proc.returncode != 0:
            sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
            sys.exit(f"build_wheel: `{' '.join(cmd)}` failed with exit code {proc.returncode}")
        wheels = sorted(out.glob("*.whl"))
        if len(wheels) != 1 or not wheels[0].name.endswith("-py3-none-any.whl"):
            sys.exit(f"build_wheel: expected one py3-none-any wheel, got {[w.name for w in wheels]}")
        if pyodide_bytecode:
            add_pyodide_bytecode(wheels[0], repo, node_modules)
        final = outdir / wheels[0].name
        shutil.copyfile(wheels[0], final)
        return final


def write_lockfile(wheel: Path, target: Path, *, pyodide_cli: Path, info: dict[str, str]) -> bytes:
    """Write the site's lock file for ``wheel`` (Pyodide's ``info``, calc only) to ``target``; return its bytes.

    ``wheel`` must already be where the site serves it: ``file_name`` is taken relative to its
    folder. The result is checked: calc alone, at the wheel's name and sha256, with ``info``.
    """
    with tempfile.TemporaryDirectory(prefix="calc-lock-") as tmp:
        trimmed = Path(tmp) / "in.json"
        result = Path(tmp) / "out.json"
        trimmed.write_text(json.dumps({"info": info, "packages": {}}, sort_keys=True), encoding="utf-8")
        cmd = [str(pyodide_cli), "lockfile", "add-wheels", "--input", str(trimmed), "--output", str(result), str(wheel)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
            sys.exit(f"build_wheel: `{' '.join(cmd)}` failed with exit code {proc.returncode}")
        data = result.read_bytes()
    lock = json.loads(data)
    entry = lock.get("packages", {}).get(PACKAGE, {})
    if (
        lock.get("info") != info
        or set(lock.get("packages", {})) != {PACKAGE}
        or entry.get("file_name") != wheel.name
        or entry.get("sha256") != sha256(wheel)
    ):
        sys.exit(f"build_wheel: pyodide lockfile add-wheels wrote an unexpected lock file: {data[:600]!r}")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return data


def _record_hash(data: bytes) -> str:
    """A RECORD hash field: sha256, urlsafe base64 without padding (PEP 376/427)."""
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode("ascii")


def add_pyodide_bytecode(wheel: Path, repo: Path, node_modules: Path | None = None) -> list[str]:
    """Rewrite ``wheel`` with Pyodide-compiled .pyc files added and listed in RECORD.

    Entries keep their order, with the new files after the package's own and the
    ``.dist-info`` directory last (RECORD last of all); each new entry copies the date, mode and
    compression of the wheel's ``__init__.py`` entry, so the result is as reproducible as the
    wheel it starts from. Returns the added paths.
    """
    script = repo / "scripts" / "pyodide_pyc.mjs"
    node = shutil.which("node")
    node_modules = (node_modules or repo / "node_modules").resolve()
    if node is None or not (node_modules / "pyodide" / "pyodide.mjs").is_file():
        sys.exit(f"build_wheel: --pyodide-bytecode needs Node.js and {node_modules}/pyodide (run `npm ci`)")
    with tempfile.TemporaryDirectory(prefix="calc-pyc-") as tmp:
        cmd = [node, str(script), str(wheel), tmp, str(node_modules)]
        proc = subprocess.run(cmd, cwd=repo, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
            sys.exit(f"build_wheel: {script.name} failed with exit code {proc.returncode}")
        added = json.loads(proc.stdout)["files"]
        new = {name: (Path(tmp) / name).read_bytes() for name in added}
    with zipfile.ZipFile(wheel) as zin:
        infos = zin.infolist()
        contents = {info.filename: zin.read(info) for info in infos}
    record_name = next(i.filename for i in infos if i.filename.endswith(".dist-info/RECORD"))
    dist_info = record_name.rsplit("/", 1)[0] + "/"
    template = next(i for i in infos if i.filename == f"{PACKAGE}/__init__.py")
    clash = sorted(set(new) & set(contents))
    if clash:
        sys.exit(f"build_wheel: the wheel already holds {clash}")
    rows = list(csv.reader(io.StringIO(contents[record_name].decode("utf-8"))))
    own = [r for r in rows if r and r[0] != record_name]
    own += [[name, _record_hash(new[name]), str(len(new[name]))] for name in added]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([*own, [record_name, "", ""]])
    contents[record_name] = out.getvalue().encode("utf-8")
    package = [i for i in infos if not i.filename.startswith(dist_info)]
    meta = [i for i in infos if i.filename.startswith(dist_info) and i.filename != record_name]
    record = next(i for i in infos if i.filename == record_name)
    tmp_wheel = wheel.with_suffix(".tmp")
    with zipfile.ZipFile(tmp_wheel, "w") as zout:
        for info in package:
            zout.writestr(info, contents[info.filename])
        for name in added:
            info = zipfile.ZipInfo(name, date_time=template.date_time)
            info.external_attr = template.external_attr
            info.create_system = template.create_system
            info.compress_type = template.compress_type
            zout.writestr(info, new[name])
        for info in [*meta, record]:
            zout.writestr(info, contents[info.filename])
    tmp_wheel.replace(wheel)
    return added


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="project root (default: %(default)s)")
    parser.add_argument("--outdir", type=Path, default=None, help="wheel output directory (default: <repo>/dist)")
    parser.add_argument(
        "--dest",
        "--out",
        dest="dest",
        type=Path,
        action="append",
        default=[],
        help="also copy the wheel here, removing older calc wheels there (repeatable)",
    )
    parser.add_argument("--verify", action="store_true", help="build twice in different directories and compare bytes")
    parser.add_argument(
        "--pyodide-bytecode",
        action="store_true",
        help="add bytecode compiled by Pyodide's Python (needs Node.js and node_modules/pyodide)",
    )
    parser.add_argument(
        "--node-modules", type=Path, default=None, help="where npm installed Pyodide (default: <repo>/node_modules)"
    )
    parser.add_argument(
        "--pyodide-venv",
        type=Path,
        default=None,
        help=f"pyodide-build's virtual environment (default: <repo>/{DEFAULT_PYODIDE_VENV})",
    )
    parser.add_argument(
        "--lockfile",
        type=Path,
        default=None,
        help="write the site's Pyodide lock file here, for the wheel copied to the last --out",
    )
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    outdir = (args.outdir or repo / "dist").resolve()
    if args.lockfile and not args.dest:
        parser.error("--lockfile needs --out (the folder the site serves the wheel from)")
    epoch = source_date_epoch(repo)
    node_modules = (args.node_modules or repo / "node_modules").resolve()
    pyodide_cli = (args.pyodide_venv or repo / DEFAULT_PYODIDE_VENV) / "bin" / "pyodide"
    try:
        xbuildenv, info = pyodide_xbuildenv.ensure(repo, node_modules, pyodide_cli)
    except pyodide_xbuildenv.XBuildEnvError as exc:
        sys.exit(f"build_wheel: no cross-build environment for pyodide build: {exc}")
    options = {
        "epoch": epoch,
        "pyodide_cli": pyodide_cli,
        "xbuildenv": xbuildenv,
        "pyodide_bytecode": args.pyodide_bytecode,
        "node_modules": node_modules,
    }
    wheel = build_once(repo, outdir, **options)
    digest = sha256(wheel)
    if args.verify:
        with tempfile.TemporaryDirectory(prefix="calc-wheel-verify-") as tmp:
            again = build_once(repo, Path(tmp), **options)
            if again.read_bytes() != wheel.read_bytes():
                sys.exit(f"build_wheel: two builds differ: {digest} vs {sha256(again)}")
        print(f"# reproducible: two builds are byte-identical (SOURCE_DATE_EPOCH={epoch})", file=sys.stderr)
    print(f"{digest}  {wheel}")
    target = wheel
    for dest in args.dest:
        dest = dest.resolve()
        dest.mkdir(parents=True, exist_ok=True)
        target = dest / wheel.name
        for stale in dest.glob(f"{PACKAGE}-*-py3-none-any.whl"):
            if stale.name != wheel.name:
                stale.unlink()
        shutil.copyfile(wheel, target)
        print(f"{digest}  {target}")
    if args.lockfile:
        lockfile = args.lockfile.resolve()
        data = write_lockfile(target, lockfile, pyodide_cli=pyodide_cli, info=info)
        print(f"{hashlib.sha256(data).hexdigest()}  {lockfile}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
