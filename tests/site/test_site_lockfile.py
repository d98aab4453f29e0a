"""The built site's Pyodide lock file, from which the worker loads calc by name.

``make wheel`` writes it (scripts/build_wheel.py --lockfile, with ``pyodide lockfile
add-wheels``) at Pyodide's default place, ``assets/vendor/pyodide/pyodide-lock.json``. It must
carry the pinned Pyodide's ``info`` (Pyodide refuses a lock file of another ABI), list calc alone
(the page loads no other package, and a short file keeps the start fast), and name the very wheel
the site ships and the calculator page starts its worker with, by sha256 (Pyodide checks the
download against it).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.site

REPO = Path(__file__).resolve().parents[2]
NPM_PYODIDE = REPO / "node_modules" / "pyodide"


@pytest.fixture(scope="module")
def lock(site: Path) -> dict:
    """The site's lock file, parsed."""
    path = site / "assets" / "vendor" / "pyodide" / "pyodide-lock.json"
    assert path.is_file(), f"{path} was not built (make wheel writes it)"
    return json.loads(path.read_text(encoding="utf-8"))


def test_lock_info_is_the_pinned_pyodides(lock: dict) -> None:
    """info equals the npm package's, and that package is the version package.json pins."""
    pinned = json.loads((REPO / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    assert json.loads((NPM_PYODIDE / "package.json").read_text(encoding="utf-8"))["version"] == pinned
    assert lock["info"] == json.loads((NPM_PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))["info"]


def test_lock_lists_calc_alone_at_the_shipped_wheels_sha256(lock: dict, site: Path) -> None:
    """packages holds calc only; its file_name is the one wheel in assets/calculator/wheel/, its sha256 that file's."""
    assert list(lock["packages"]) == ["calc"]
    entry = lock["packages"]["calc"]
    wheels = sorted(p.name for p in (site / "assets" / "calculator" / "wheel").glob("*.whl"))
    assert wheels == [entry["file_name"]]
    shipped = site / "assets" / "calculator" / "wheel" / entry["file_name"]
    assert entry["sha256"] == hashlib.sha256(shipped.read_bytes()).hexdigest()
    assert entry["depends"] == [] and entry["imports"] == ["calc"]


def test_calculator_page_starts_the_worker_with_the_locked_wheel(lock: dict, site: Path) -> None:
    """The wheel name in the calculator page's data (what boot.js puts in worker.mjs?wheel=) is the lock's."""
    page = (site / "calculator" / "index.html").read_text(encoding="utf-8")
    data = [json.loads(html.unescape(m)) for m in re.findall(r'data-calc="([^"]*)"', page)]
    assert data, "no data-calc attribute on the calculator page"
    assert {d["wheel"] for d in data} == {lock["packages"]["calc"]["file_name"]}


def test_lock_file_stays_small(site: Path) -> None:
    """Trimmed to what the page loads: well under a kilobyte and a half, not the npm file's 119 kB."""
    size = (site / "assets" / "vendor" / "pyodide" / "pyodide-lock.json").stat().st_size
    assert size < 1500, size
