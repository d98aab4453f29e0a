#!/usr/bin/env python3
"""Assemble pyodide-build's cross-build environment offline, from the pinned npm ``pyodide``.

``pyodide build`` needs a cross-build environment ("xbuildenv"). Left to itself it downloads
one, which this project's machines cannot; ``pyodide xbuildenv install --url file://...``
installs one from a local tarball instead. For a pure-Python package such as calc the build
reads three things from it, all of which the npm package (pinned in package-lock.json) holds:

- ``pyodide-root/Makefile.envs``: the target's versions, written here from the ``info`` of the
  npm package's ``pyodide-lock.json`` (Python version, ABI version, and the Emscripten version
  of its ``platform``);
- ``pyodide-root/cpython/installs/python-<version>/sysconfigdata/_sysconfigdata_<...>.py``:
  the target interpreter's build configuration, taken from the npm package's
  ``python_stdlib.zip``;
- ``requirements.txt``: the cross-build packages, none here (calc depends on nothing).

No Emscripten SDK is installed: calc has no compiled code, so the build runs with
``SKIP_EMSCRIPTEN_VERSION_CHECK=1`` (see ``build_env()``).

Checked before anything is installed: the npm package is the version package.json pins; the lock
file's ``info`` has the fields the environment is made from; the sysconfigdata module names the
same Python version and ABI as ``info``. Checked after: ``pyodide config list`` reads back, from
the installed environment, the Python, Emscripten and ABI versions of ``info``. Any failure
stops with a message saying why (``XBuildEnvError``); nothing falls back to another builder.

The tarball is deterministic (sorted entries, fixed times and owners) and named after its own
hash, so an unchanged environment is installed once and reused
(``.cache/pyodide-build/xbuildenv/``), and a changed one gets a directory of its own.

Usage:
    python scripts/pyodide_xbuildenv.py [--pyodide-cli .cache/pyodide-build/venv/bin/pyodide]
prints the environment's directory (for ``PYODIDE_XBUILDENV_PATH``). Standard library only; the
pyodide CLI comes from requirements/pyodide-build.txt (Makefile ``setup``).
"""

from __future__ import annotations

import argparse
import ast
import gzip
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copy_assets import check_installed  # noqa: E402  (scripts/ is not a package)

REPO = Path(__file__).resolve().parent.parent
CACHE = Path(".cache") / "pyodide-build"
DEFAULT_CLI = CACHE / "venv" / "bin" / "pyodide"
LOCK_FILE = "pyodide-lock.json"
STDLIB_ZIP = "python_stdlib.zip"
PLATFORM = re.compile(r"emscripten_(\d+)_(\d+)_(\d+)")
PYTHON_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")
# What `pyodide config list` must read back from the installed environment (expected_config
# says what each must equal).
READ_BACK = ("python_version", "emscripten_version", "pyodide_abi_version")


class XBuildEnvError(RuntimeError):
    """The cross-build environment cannot be assembled or installed; the message says why."""


def lock_info(node_modules: Path) -> dict[str, str]:
    """The npm package's ``pyodide-lock.json`` ``info``, checked to hold what the environment needs."""
    try:
        check_installed(node_modules, "pyodide")
    except SystemExit as exc:  # copy_assets reports with sys.exit(message)
        raise XBuildEnvError(str(exc)) from None
    path = node_modules / "pyodide" / LOCK_FILE
    try:
        info = json.loads(path.read_text(encoding="utf-8"))["info"]
    except (OSError, ValueError, KeyError) as exc:
        raise XBuildEnvError(f"{path}: no readable lock file info ({exc})") from None
    problems = []
    if not isinstance(info.get("python"), str) or not PYTHON_VERSION.fullmatch(info["python"]):
        problems.append(f"python is {info.get('python')!r}, not a version X.Y.Z")
    if not isinstance(info.get("platform"), str) or not PLATFORM.fullmatch(info["platform"]):
        problems.append(f"platform is {info.get('platform')!r}, not emscripten_X_Y_Z")
    if not isinstance(info.get("abi_version"), str) or not info["abi_version"]:
        problems.append(f"abi_version is {info.get('abi_version')!r}")
    if info.get("arch") != "wasm32":
        problems.append(f"arch is {info.get('arch')!r}, not wasm32")
    if problems:
        raise XBuildEnvError(f"{path} info cannot describe a cross-build environment: " + "; ".join(problems))
    return info


def expected_config(info: dict[str, str]) -> dict[str, str]:
    """What pyodide-build must report for an environment made from ``info`` (names of READ_BACK)."""
    return {
        "python_version": info["python"],
        "emscripten_version": ".".join(PLATFORM.fullmatch(info["platform"]).groups()),  # type: ignore[union-attr]
        "pyodide_abi_version": info["abi_version"],
    }


def sysconfigdata(node_modules: Path, info: dict[str, str]) -> tuple[str, bytes]:
    """(module name, source) of the target's sysconfigdata, checked against ``info``."""
    stdlib = node_modules / "pyodide" / STDLIB_ZIP
    try:
        with zipfile.ZipFile(stdlib) as zf:
            names = [n for n in zf.namelist() if re.fullmatch(r"_sysconfigdata_[A-Za-z0-9_-]*\.py", n)]
            if len(names) != 1:
                raise XBuildEnvError(f"{stdlib}: expected one _sysconfigdata_*.py at the top, found {names}")
            source = zf.read(names[0])
    except (OSError, zipfile.BadZipFile) as exc:
        raise XBuildEnvError(f"{stdlib}: cannot read the standard library ({exc})") from None
    build_vars = _build_time_vars(source, names[0])
    major, minor, _ = PYTHON_VERSION.fullmatch(info["python"]).groups()  # type: ignore[union-attr]
    found = {"VERSION": build_vars.get("VERSION"), "PYODIDE_ABI_VERSION": build_vars.get("PYODIDE_ABI_VERSION")}
    wanted = {"VERSION": f"{major}.{minor}", "PYODIDE_ABI_VERSION": info["abi_version"]}
    if found != wanted:
        raise XBuildEnvError(f"{stdlib}:{names[0]} says {found}, but the lock file's info says {wanted}")
    return names[0][: -len(".py")], source


def _build_time_vars(source: bytes, name: str) -> dict[str, str]:
    """The plain string entries of a sysconfigdata module's ``build_time_vars`` (read, never run)."""
    for node in ast.parse(source, filename=name).body:
        if (
            isinstance(node, ast.Assign)
            and any(getattr(t, "id", None) == "build_time_vars" for t in node.targets)
            and isinstance(node.value, ast.Dict)
        ):
            return {
                key.value: value.value
                for key, value in zip(node.value.keys, node.value.values)
                if isinstance(key, ast.Constant) and isinstance(value, ast.Constant) and isinstance(value.value, str)
            }
    raise XBuildEnvError(f"{name}: no build_time_vars dict")


def makefile_envs(info: dict[str, str], pyodide_version: str, sysconfig_name: str) -> str:
    """The Makefile.envs pyodide-build reads (``make -f Makefile.envs .output_vars``)."""
    major, minor, micro = PYTHON_VERSION.fullmatch(info["python"]).groups()  # type: ignore[union-attr]
    config = expected_config(info)
    lines = [
        "# Written by scripts/pyodide_xbuildenv.py from the npm pyodide package's pyodide-lock.json info.",
        f"export PYODIDE_VERSION={pyodide_version}",
        f"export PYVERSION={info['python']}",
        f"export PYMAJOR={major}",
        f"export PYMINOR={minor}",
        f"export PYMICRO={micro}",
        f"export PYODIDE_EMSCRIPTEN_VERSION={config['emscripten_version']}",
        f"export PYODIDE_ABI_VERSION={info['abi_version']}",
        f"export PLATFORM_TRIPLET={info['arch']}-emscripten",
        f"export SYSCONFIG_NAME={sysconfig_name}",
        "export CPYTHONINSTALL=$(PYODIDE_ROOT)/cpython/installs/python-$(PYVERSION)",
        "export TARGETINSTALLDIR=$(CPYTHONINSTALL)",
        "export SYSCONFIGDATA_DIR=$(CPYTHONINSTALL)/sysconfigdata",
        "export PYTHONINCLUDE=$(CPYTHONINSTALL)/include/python$(PYMAJOR).$(PYMINOR)",
        # No compiled code is built here, so no compiler flags.
        "export CFLAGS_BASE=",
        "export CXXFLAGS_BASE=",
        "export LDFLAGS_BASE=",
        "",
        "# pyodide-build runs this target and reads the exported variables from its output.",
        ".output_vars:",
        "\tset",
        "",
    ]
    return "\n".join(lines)


def assemble(node_modules: Path) -> tuple[bytes, dict[str, str]]:
    """The cross-build environment as tar.gz bytes (deterministic), and the lock file's info."""
    info = lock_info(node_modules)
    pyodide_version = json.loads((node_modules / "pyodide" / "package.json").read_text(encoding="utf-8"))["version"]
    sysconfig_name, sysconfig_source = sysconfigdata(node_modules, info)
    root = "xbuildenv/pyodide-root"
    install = f"{root}/cpython/installs/python-{info['python']}"
    files = {
        "xbuildenv/requirements.txt": b"",
        f"{root}/Makefile.envs": makefile_envs(info, pyodide_version, sysconfig_name).encode("utf-8"),
        f"{install}/sysconfigdata/{sysconfig_name}.py": sysconfig_source,
    }
    dirs = sorted({"/".join(path.split("/")[:i]) for path in files for i in range(1, path.count("/") + 1)})
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name in dirs:
            tar.addfile(_tar_entry(name, tarfile.DIRTYPE, 0o755))
        for name in sorted(files):
            entry = _tar_entry(name, tarfile.REGTYPE, 0o644)
            entry.size = len(files[name])
            tar.addfile(entry, io.BytesIO(files[name]))
    return gzip.compress(raw.getvalue(), mtime=0), info


def _tar_entry(name: str, kind: bytes, mode: int) -> tarfile.TarInfo:
    entry = tarfile.TarInfo(name)
    entry.type, entry.mode, entry.mtime = kind, mode, 0
    entry.uid = entry.gid = 0
    entry.uname = entry.gname = ""
    return entry


def build_env(xbuildenv: Path) -> dict[str, str]:
    """The environment for pyodide's CLI on this cross-build environment (and no other)."""
    env = {k: v for k, v in os.environ.items() if k != "PYODIDE_ROOT"}  # PYODIDE_ROOT would win over the path
    env.update(
        PYODIDE_XBUILDENV_PATH=str(xbuildenv),
        # No compiled code: neither an Emscripten SDK nor its version check is needed.
        SKIP_EMSCRIPTEN_VERSION_CHECK="1",
        PYODIDE_SKIP_EMSCRIPTEN_INSTALL="1",
    )
    return env


def _run(cmd: list[str], env: dict[str, str], what: str) -> str:
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    except OSError as exc:
        raise XBuildEnvError(f"{what}: cannot run {cmd[0]} ({exc}); run `make setup`") from None
    if proc.returncode != 0:
        tail = (proc.stdout[-2000:] + proc.stderr[-2000:]).strip()
        raise XBuildEnvError(f"{what}: `{' '.join(cmd)}` exited with {proc.returncode}:\n{tail}")
    return proc.stdout


def ensure(repo: Path, node_modules: Path, pyodide_cli: Path) -> tuple[Path, dict[str, str]]:
    """Assemble, install (once per content) and check the environment; return (its path, info)."""
    if not pyodide_cli.is_file():
        raise XBuildEnvError(
            f"{pyodide_cli} not found: pyodide-build's venv is missing (run `make setup`; it needs a Python 3.12+)"
        )
    tarball, info = assemble(node_modules)
    digest = hashlib.sha256(tarball).hexdigest()[:16]
    cache = repo / CACHE
    cache.mkdir(parents=True, exist_ok=True)
    archive = cache / f"xbuildenv-pyodide-{digest}.tar.gz"
    if not archive.is_file() or archive.read_bytes() != tarball:
        archive.write_bytes(tarball)
    xbuildenv = cache / "xbuildenv"
    env = build_env(xbuildenv)
    _run(
        [str(pyodide_cli), "xbuildenv", "install", "--url", archive.resolve().as_uri(), "--path", str(xbuildenv)],
        env,
        "installing the cross-build environment",
    )
    wanted = expected_config(info)
    listed = _run([str(pyodide_cli), "config", "list"], env, "reading the environment's versions back")
    config = dict(re.findall(r'^(\w+)="(.*)"$', listed, flags=re.MULTILINE))
    got = {name: config.get(name) for name in READ_BACK}
    if got != wanted:
        raise XBuildEnvError(f"the installed cross-build environment reports {got}, but the lock file's info says {wanted}")
    return xbuildenv, info


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="project root (default: %(default)s)")
    parser.add_argument("--node-modules", type=Path, default=None, help="npm install directory (default: <repo>/node_modules)")
    parser.add_argument("--pyodide-cli", type=Path, default=None, help=f"pyodide CLI (default: <repo>/{DEFAULT_CLI})")
    args = parser.parse_args(argv)
    repo = args.repo.resolve()
    try:
        path, _ = ensure(repo, (args.node_modules or repo / "node_modules").resolve(), args.pyodide_cli or repo / DEFAULT_CLI)
    except XBuildEnvError as exc:
        sys.exit(f"pyodide_xbuildenv: {exc}")
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
