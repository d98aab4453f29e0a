#!/usr/bin/env python3
"""Build calc's wheel reproducibly and optionally copy it into the built site.

The wheel is pure Python (``py3-none-any``), so a standard PEP 517 build
(``python -m build --wheel``, setuptools pinned in pyproject.toml) produces the same
file ``pyodide build`` would, without the cross-build environment that
``pyodide build`` downloads first.

Reproducible:
- the sources are copied into a fresh temporary directory first (so a stale
  ``build/`` or ``*.egg-info`` in the checkout can never leak into the wheel), with
  normalised permissions (0644 files, 0755 directories) and umask 022 for the build;
- ``SOURCE_DATE_EPOCH`` fixes the timestamps inside the zip: taken from the
  environment if set, else from the last commit (``git log -1 --format=%ct``),
  else a fixed value;
- ``--verify`` builds a second time in another directory and fails unless the two
  wheels are byte-identical.

Usage:
    python scripts/build_wheel.py                      # -> dist/calc-<version>-py3-none-any.whl
    python scripts/build_wheel.py --out docs/assets/calculator/wheel --verify

Prints ``<sha256>  <path>`` for every wheel written. Standard library only
(plus the ``build`` frontend, which is in the test requirements).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
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


def build_once(repo: Path, outdir: Path, *, epoch: str, isolation: bool = True) -> Path:
    """Build one wheel from a clean copy of ``repo``; return its path inside ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="calc-wheel-") as tmp:
        src = Path(tmp) / "src"
        out = Path(tmp) / "out"
        src.mkdir()
        _copy_sources(repo, src)
        env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, PYTHONHASHSEED="0")
        cmd = [sys.executable, "-m", "build", "--wheel", "--outdir", str(out)]
        if not isolation:
            cmd.append("--no-isolation")
        cmd.append(str(src))
        # The zip records each file's mode; a restrictive umask (077) would change it.
        old_umask = os.umask(0o022)
        try:
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        finally:
            os.umask(old_umask)
        if proc.returncode != 0:
            sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
            sys.exit(f"build_wheel: `{' '.join(cmd)}` failed with exit code {proc.returncode}")
        wheels = sorted(out.glob("*.whl"))
        if len(wheels) != 1 or not wheels[0].name.endswith("-py3-none-any.whl"):
            sys.exit(f"build_wheel: expected one py3-none-any wheel, got {[w.name for w in wheels]}")
        final = outdir / wheels[0].name
        shutil.copyfile(wheels[0], final)
        return final


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
    parser.add_argument("--no-isolation", action="store_true", help="pass --no-isolation to python -m build")
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    outdir = (args.outdir or repo / "dist").resolve()
    epoch = source_date_epoch(repo)
    wheel = build_once(repo, outdir, epoch=epoch, isolation=not args.no_isolation)
    digest = sha256(wheel)
    if args.verify:
        with tempfile.TemporaryDirectory(prefix="calc-wheel-verify-") as tmp:
            again = build_once(repo, Path(tmp), epoch=epoch, isolation=not args.no_isolation)
            if again.read_bytes() != wheel.read_bytes():
                sys.exit(f"build_wheel: two builds differ: {digest} vs {sha256(again)}")
        print(f"# reproducible: two builds are byte-identical (SOURCE_DATE_EPOCH={epoch})", file=sys.stderr)
    print(f"{digest}  {wheel}")
    for dest in args.dest:
        dest = dest.resolve()
        dest.mkdir(parents=True, exist_ok=True)
        target = dest / wheel.name
        for stale in dest.glob(f"{PACKAGE}-*-py3-none-any.whl"):
            if stale.name != wheel.name:
                stale.unlink()
        shutil.copyfile(wheel, target)
        print(f"{digest}  {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
