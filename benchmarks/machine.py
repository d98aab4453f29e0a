"""The machine a run measured on, recorded in results.json beside the figures."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
from pathlib import Path

from benchmarks.common import REPO


def _first_match(path: Path, pattern: str, flags: int = 0) -> str | None:
    if not path.is_file():
        return None
    m = re.search(pattern, path.read_text(encoding="utf-8", errors="replace"), flags)
    return m.group(1) if m else None


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True, check=True).stdout.strip()


def _source() -> str | None:
    """The commit measured, "(modified)" when tracked files other than the results file differ."""
    try:
        commit = _git("rev-parse", "--short=12", "HEAD")
        status = _git("status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)benchmarks/results.json")
    except (OSError, subprocess.CalledProcessError):
        return None
    return f"{commit} (modified)" if status else commit


def machine_info() -> dict:
    cpu = _first_match(Path("/proc/cpuinfo"), r"(?im)^model name\s*:\s*(.+?)\s*$") or "unknown"
    mem_kb = _first_match(Path("/proc/meminfo"), r"MemTotal:\s+(\d+) kB")
    os_name = _first_match(Path("/etc/os-release"), r'^PRETTY_NAME="?([^"\n]+)"?', re.M) or platform.system()
    pyodide_pkg = REPO / "node_modules" / "pyodide" / "package.json"
    pyodide_version = json.loads(pyodide_pkg.read_text(encoding="utf-8"))["version"] if pyodide_pkg.is_file() else None
    try:
        node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        node = None
    return {
        "source": _source(),  # the commit measured
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(int(mem_kb) / 1024 / 1024, 1) if mem_kb else None,
        "os": os_name,
        "kernel": platform.release(),
        "chromium": None,  # filled in once the browser is up
        "python": platform.python_version(),
        "pyodide": pyodide_version,
        "pyodide_python": None,  # filled in by the Node run
        "node": node,
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }
