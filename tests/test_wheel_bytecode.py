"""The site's wheel carries bytecode compiled by Pyodide's Python, and Pyodide uses it.

scripts/build_wheel.py --pyodide-bytecode (Makefile ``wheel``) adds
``calc/__pycache__/<module>.cpython-314.pyc`` for every module the browser worker loads, so the
browser does not compile calc's sources on each page load. Checked here: one .pyc for each of
those modules and none for the others (build-time modules would only add to the download), each
hash-based and unchecked (PEP 552), every file of the wheel listed once in RECORD with its true hash and size,
and, in Pyodide under Node, that calc imports and answers with every source made unreadable.
The parity tests (test_pyodide_parity.py) run the same flavour of wheel against CPython.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CACHE_TAG = "cpython-314"  # Pyodide 314.x runs Python 3.14 (test_pyodide_parity checks the version)


@pytest.fixture(scope="module")
def wheel(site_wheel: Path) -> Path:
    """The site's flavour of calc's wheel (tests/conftest.py)."""
    return site_wheel


# What the worker runs (docs/assets/calculator/worker.mjs): import calc.browser, then requests;
# one with every decision answer reaches the modules handle() imports lazily. Run by CPython in a
# fresh interpreter, from the checkout, to list the calc modules the browser path loads.
WORKER_MODULES = """
import json, sys
import calc, calc.browser
answers = [[f.name, f.choices[0]] for f in calc.ANSWER_FIELDS if f.choices]
response = json.loads(calc.browser.handle(json.dumps({"type": "estimate", "params": answers})))
assert response["ok"] and response["decision"], response
print(json.dumps(sorted(m for m in sys.modules if m == "calc" or m.startswith("calc."))))
"""


def test_one_unchecked_pyc_per_worker_module(wheel: Path) -> None:
    """Each module the worker loads has calc/__pycache__/<name>.cpython-314.pyc, hash-based and unchecked; no other module has one."""
    proc = subprocess.run([sys.executable, "-c", WORKER_MODULES], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout)
    assert {"calc", "calc.browser", "calc._decide", "calc._exports"} <= set(loaded), loaded
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        modules = [n for n in names if n.startswith("calc/") and n.endswith(".py")]
        pycs = sorted(n for n in names if n.endswith(".pyc"))
        files = ["calc/__init__.py" if m == "calc" else m.replace(".", "/") + ".py" for m in loaded]
        assert set(files) <= set(modules), sorted(set(files) - set(modules))
        assert len(files) < len(modules), "every module is on the worker's path: the check proves nothing"
        want = sorted(f"calc/__pycache__/{Path(f).stem}.{CACHE_TAG}.pyc" for f in files)
        assert pycs == want, "the wheel's bytecode does not match its modules one to one"
        for name in pycs:
            flags = int.from_bytes(zf.read(name)[4:8], "little")
            assert flags == 0b01, f"{name}: flags {flags:#b}, want hash-based (0b01) without source check (0b10)"


def test_record_lists_every_file_with_its_hash(wheel: Path) -> None:
    """RECORD names every file of the wheel once, with the sha256 and size of its bytes (PEP 427)."""
    with zipfile.ZipFile(wheel) as zf:
        record_name = next(n for n in zf.namelist() if n.endswith(".dist-info/RECORD"))
        rows = list(csv.reader(io.StringIO(zf.read(record_name).decode("utf-8"))))
        listed = [r[0] for r in rows]
        assert sorted(listed) == sorted(zf.namelist()), "RECORD and the zip list different files"
        assert len(set(listed)) == len(listed), "RECORD lists a file twice"
        assert zf.namelist()[-1] == record_name, "RECORD is not the last entry"
        for name, digest, size in rows:
            if name == record_name:
                assert (digest, size) == ("", "")
                continue
            data = zf.read(name)
            want = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert (digest, size) == (want, str(len(data))), f"{name}: RECORD says {digest} {size}"


def test_pyodide_imports_the_bytecode_not_the_sources(wheel: Path) -> None:
    """In Pyodide, calc imports and answers with every installed source replaced by `raise ImportError`."""
    node = shutil.which("node")
    if node is None or not (REPO / "node_modules" / "pyodide").is_dir():
        pytest.fail("Node.js and node_modules/pyodide are needed (make setup installs them)", pytrace=False)
    proc = subprocess.run(
        [node, str(REPO / "tests" / "pyodide" / "pyc_used.mjs"), str(wheel)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout)
    assert out["sources"] > 10, out
    assert out["imported"] and out["error"] is None, f"calc read a source: {out['error']}"
    assert out["response_ok"], out
    assert all(path and path.endswith(f".{CACHE_TAG}.pyc") for path in out["cached"].values()), out["cached"]
