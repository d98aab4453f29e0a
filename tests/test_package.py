"""The package's own promises: standard library only, no I/O at import, frozen editions."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import calc

ROOT = Path(__file__).resolve().parent.parent
CALC = ROOT / "calc"
FIXTURES = Path(__file__).parent / "fixtures"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_calc_imports_only_the_standard_library():
    """Every absolute import in calc names a standard-library module."""
    allowed = set(sys.stdlib_module_names) | {"__future__"}
    for path in sorted(CALC.glob("*.py")):
        outside = _imports(path) - allowed - {"calc"}
        assert not outside, f"{path.name} imports {sorted(outside)} from outside the standard library"


def test_import_does_no_io():
    """Importing calc (and every submodule the browser uses) opens no file and no socket."""
    probe = (
        "import sys, builtins, io, socket\n"
        "opened = []\n"
        "real_open = builtins.open\n"
        "def spy(*a, **k):\n"
        "    opened.append(a[0] if a else k.get('file'))\n"
        "    return real_open(*a, **k)\n"
        "builtins.open = spy\n"
        "io.open = spy\n"
        "class NoSocket(socket.socket):\n"
        "    def __init__(self, *a, **k):\n"
        "        raise AssertionError('socket at import')\n"
        "socket.socket = NoSocket\n"
        "import calc, calc.browser, calc.render\n"
        "print(len(opened))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "0", out.stdout + out.stderr


def test_released_edition_is_frozen():
    """Edition 2026-11's defaults, figure ids and presets equal the fixture pinned at release."""
    pinned = json.loads((FIXTURES / "edition-2026-11.json").read_text(encoding="utf-8"))
    ed = calc.EDITIONS["2026-11"]
    assert dict(ed.defaults) == pinned["defaults"]
    assert dict(ed.default_figures) == pinned["default_figures"]
    current = {n: dict(p.values) for n, p in ed.presets.items()}
    for name, values in pinned["presets"].items():
        assert current.get(name) == values, f"released preset {name} changed or disappeared"


def test_every_numeric_default_has_a_figure():
    """Each number field of the latest edition takes its default from an existing figure."""
    ed = calc.EDITIONS[calc.LATEST_EDITION]
    for f in calc.FIELDS:
        if f.kind == "choice":
            assert f.default_choice in f.choices
            continue
        fig = calc.FIGURES[ed.default_figures[f.name]]
        assert float(ed.defaults[f.name]) == float(fig.value), f.name


def test_version_matches_pyproject():
    """calc.__version__ (which names the wheel the page loads) equals pyproject.toml's."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["version"] == calc.__version__


def test_public_api_is_explicit():
    """Every name in calc.__all__ exists, and no private module name leaks into it."""
    for name in calc.__all__:
        assert hasattr(calc, name), name
        assert not name.startswith("_") or name == "__version__"
