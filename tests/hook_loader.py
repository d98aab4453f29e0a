"""Load one of hooks/*.py as a module, as MkDocs does (by path: hooks/ is not a package)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

HOOKS = Path(__file__).resolve().parents[1] / "hooks"


def load_hook(name: str) -> ModuleType:
    """hooks/<name>.py, freshly executed."""
    spec = importlib.util.spec_from_file_location(f"rvf_{name}_hook", HOOKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
