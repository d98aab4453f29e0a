"""calc's browser wheel comes from pyodide-build, in a cross-build environment made offline.

scripts/pyodide_xbuildenv.py assembles the environment from the pinned npm ``pyodide`` package
and installs it with ``pyodide xbuildenv install --url file://...``; scripts/build_wheel.py runs
``pyodide build`` in it and writes the site's lock file with ``pyodide lockfile add-wheels``.
Checked here: the environment is deterministic and made of the lock file's ``info``; each thing
that would make it wrong stops the build with a message saying why (and no wheel is written:
there is no other builder to fall back to); the lock file written for a wheel names that wheel
by sha256, with the pinned Pyodide's ``info``; and the Python finder refuses an interpreter older
than 3.12. Needs node_modules/ and pyodide-build's venv (`make setup`).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NODE_MODULES = REPO / "node_modules"
PYODIDE_VENV = REPO / ".cache" / "pyodide-build" / "venv"
sys.path.insert(0, str(REPO / "scripts"))
import build_wheel  # noqa: E402
import pyodide_xbuildenv  # noqa: E402


def npm_info() -> dict[str, str]:
    """The ``info`` of the npm package's lock file."""
    return json.loads((NODE_MODULES / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]


def fake_node_modules(tmp_path: Path, *, lock: dict | None = None, sysconfig: bytes | None = None) -> Path:
    """A copy of node_modules/pyodide's metadata (and of package.json's pins) with parts replaced."""
    root = tmp_path / "repo"
    (root / "node_modules" / "pyodide").mkdir(parents=True)
    shutil.copyfile(REPO / "package.json", root / "package.json")
    source = NODE_MODULES / "pyodide"
    for name in ("package.json", "pyodide-lock.json", "python_stdlib.zip"):
        shutil.copyfile(source / name, root / "node_modules" / "pyodide" / name)
    if lock is not None:
        (root / "node_modules" / "pyodide" / "pyodide-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    if sysconfig is not None:
        with zipfile.ZipFile(root / "node_modules" / "pyodide" / "python_stdlib.zip", "w") as zf:
            zf.writestr("_sysconfigdata__emscripten_wasm32-emscripten.py", sysconfig)
    return root / "node_modules"


@pytest.fixture(scope="module")
def pyodide_cli() -> Path:
    """The pyodide CLI of pyodide-build's venv."""
    cli = PYODIDE_VENV / "bin" / "pyodide"
    if not cli.is_file() or not (NODE_MODULES / "pyodide").is_dir():
        pytest.fail("pyodide-build's venv or node_modules/ is missing: run `make setup` first", pytrace=False)
    return cli


def test_environment_is_made_of_the_lock_files_info_and_is_deterministic() -> None:
    """Two assemblies are byte-identical; Makefile.envs carries info's versions; sysconfigdata is the stdlib's."""
    first, info = pyodide_xbuildenv.assemble(NODE_MODULES)
    second, _ = pyodide_xbuildenv.assemble(NODE_MODULES)
    assert first == second
    assert info == npm_info()
    with tarfile.open(fileobj=io.BytesIO(first)) as tar:
        members = {m.name: m for m in tar.getmembers()}
        files = {name: tar.extractfile(m).read() for name, m in members.items() if m.isfile()}  # type: ignore[union-attr]
    assert {m.mtime for m in members.values()} == {0} and {m.uid for m in members.values()} == {0}
    install = f"xbuildenv/pyodide-root/cpython/installs/python-{info['python']}"
    sysconfig = f"{install}/sysconfigdata/_sysconfigdata__emscripten_wasm32-emscripten.py"
    assert set(files) == {"xbuildenv/requirements.txt", "xbuildenv/pyodide-root/Makefile.envs", sysconfig}
    with zipfile.ZipFile(NODE_MODULES / "pyodide" / "python_stdlib.zip") as zf:
        assert files[sysconfig] == zf.read("_sysconfigdata__emscripten_wasm32-emscripten.py")
    envs = files["xbuildenv/pyodide-root/Makefile.envs"].decode()
    emscripten = info["platform"].removeprefix("emscripten_").replace("_", ".")
    for line in (f"PYVERSION={info['python']}", f"PYODIDE_ABI_VERSION={info['abi_version']}",
                 f"PYODIDE_EMSCRIPTEN_VERSION={emscripten}"):
        assert f"export {line}\n" in envs, line


def test_installed_environment_reports_the_pinned_versions(pyodide_cli: Path, tmp_path: Path) -> None:
    """Installed from its file:// tarball, pyodide-build reads back info's Python, Emscripten and ABI versions."""
    path, info = pyodide_xbuildenv.ensure(tmp_path, NODE_MODULES, pyodide_cli)
    listed = subprocess.run([str(pyodide_cli), "config", "list"], env=pyodide_xbuildenv.build_env(path),
                            capture_output=True, text=True, check=True).stdout
    assert f'python_version="{info["python"]}"' in listed
    assert f'pyodide_abi_version="{info["abi_version"]}"' in listed
    assert f'emscripten_version="{info["platform"].removeprefix("emscripten_").replace("_", ".")}"' in listed
    assert str(tmp_path) in listed, "the environment in use is not the one just installed"


def test_a_pyodide_other_than_the_pinned_one_is_refused(tmp_path: Path) -> None:
    """node_modules holding another pyodide version than package.json pins stops the assembly, naming both."""
    modules = fake_node_modules(tmp_path)
    manifest = modules / "pyodide" / "package.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["version"] = "0.0.1"
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(pyodide_xbuildenv.XBuildEnvError, match=r"pyodide 0\.0\.1 but package\.json pins"):
        pyodide_xbuildenv.assemble(modules)


def test_lock_info_without_an_emscripten_platform_is_refused(tmp_path: Path) -> None:
    """An info whose platform names no Emscripten version cannot describe the environment: the message says so."""
    lock = {"info": dict(npm_info(), platform="linux_x86_64"), "packages": {}}
    with pytest.raises(pyodide_xbuildenv.XBuildEnvError, match=r"platform is 'linux_x86_64', not emscripten_X_Y_Z"):
        pyodide_xbuildenv.assemble(fake_node_modules(tmp_path, lock=lock))


def test_sysconfigdata_of_another_python_is_refused(tmp_path: Path) -> None:
    """A stdlib whose sysconfigdata names another Python version than info stops the assembly, showing both."""
    info = npm_info()
    other = f"build_time_vars = {{'VERSION': '3.9', 'PYODIDE_ABI_VERSION': {info['abi_version']!r}}}\n".encode()
    with pytest.raises(pyodide_xbuildenv.XBuildEnvError, match=r"'VERSION': '3\.9'.*lock file's info says"):
        pyodide_xbuildenv.assemble(fake_node_modules(tmp_path, sysconfig=other))


def test_build_stops_without_pyodide_build_and_writes_no_wheel(tmp_path: Path) -> None:
    """build_wheel.py with no pyodide-build venv exits non-zero saying why, and no wheel appears (no fallback)."""
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "build_wheel.py"), "--outdir", str(out),
         "--pyodide-venv", str(tmp_path / "no-venv")],
        capture_output=True, text=True,
    )
    assert proc.returncode != 0
    assert "no cross-build environment for pyodide build" in proc.stderr
    assert "pyodide-build's venv is missing (run `make setup`" in proc.stderr
    assert not list(tmp_path.rglob("*.whl"))


def test_lock_file_names_the_wheel_by_sha256_with_the_pinned_info(site_wheel: Path, pyodide_cli: Path, tmp_path: Path) -> None:
    """pyodide lockfile add-wheels registers the site's wheel: calc alone, its file name and sha256, npm's info."""
    served = tmp_path / "wheel" / site_wheel.name
    served.parent.mkdir()
    shutil.copyfile(site_wheel, served)
    target = tmp_path / "pyodide-lock.json"
    data = build_wheel.write_lockfile(served, target, pyodide_cli=pyodide_cli, info=npm_info())
    lock = json.loads(target.read_bytes())
    assert data == target.read_bytes()
    assert lock["info"] == npm_info()
    assert list(lock["packages"]) == ["calc"]
    entry = lock["packages"]["calc"]
    assert entry["file_name"] == site_wheel.name
    assert entry["sha256"] == hashlib.sha256(site_wheel.read_bytes()).hexdigest()
    assert entry["imports"] == ["calc"] and entry["depends"] == []


def test_build_python_finder_refuses_python_older_than_3_12(tmp_path: Path) -> None:
    """scripts/find_build_python.sh told to use an older Python says it is not 3.12 or newer; a 3.12+ is printed."""
    script = str(REPO / "scripts" / "find_build_python.sh")
    old = tmp_path / "python-old"
    old.write_text("#!/bin/sh\nexit 1\n", encoding="utf-8")  # answers every version question with "too old"
    old.chmod(0o755)
    proc = subprocess.run(["sh", script], env=dict(os.environ, PYODIDE_BUILD_PYTHON=str(old)), capture_output=True, text=True)
    assert proc.returncode == 1 and "is not a Python 3.12 or newer" in proc.stderr, proc.stderr
    venv_python = PYODIDE_VENV / "bin" / "python"
    if venv_python.is_file():
        proc = subprocess.run(["sh", script], env=dict(os.environ, PYODIDE_BUILD_PYTHON=str(venv_python)),
                              capture_output=True, text=True)
        assert proc.returncode == 0 and proc.stdout.strip(), proc.stderr
