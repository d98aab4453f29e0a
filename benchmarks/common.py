"""What every measurement shares: the repository's paths, the scenario measured, the log line, and
the summary of a figure's samples (median, min, max and n)."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks"
# calc (imported by the CPython timing) and the test suite's static server (serving the site).
for _path in (REPO / "tests" / "browser", REPO):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

SCENARIO_QUERY = "123457"  # queries_per_month: no preset and not the default, so never pre-rendered


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def summary(samples: list[float], unit: str, label: str, **extra: object) -> dict:
    """A figure: median, min, max and n of its samples (samples kept, rounded)."""
    if not samples:
        return {"label": label, "unit": unit, "median": None, "min": None, "max": None, "n": 0, "samples": []}
    digits = 3 if unit in ("ratio", "s") else 1
    return {
        "label": label,
        "unit": unit,
        "median": round(statistics.median(samples), digits),
        "min": round(min(samples), digits),
        "max": round(max(samples), digits),
        "n": len(samples),
        "samples": [round(x, digits) for x in samples],
        **extra,
    }


def percentile(samples: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest rank: the value at or below which q % of samples lie."""
    ordered = sorted(samples)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil(n * q / 100)
    return ordered[int(rank) - 1]
