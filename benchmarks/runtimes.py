"""One estimate (with its break-even search) outside the browser: in CPython (timeit) and in
Pyodide under Node (benchmarks/pyodide_node.mjs, one fresh interpreter a process, so ``import
calc`` is a cold import each time)."""

from __future__ import annotations

import json
import statistics
import subprocess
import timeit
from pathlib import Path

from benchmarks.common import BENCH, REPO, SCENARIO_QUERY, log, summary


def time_cpython(repeats: int = 7, number: int = 20) -> dict:
    log("CPython: estimate and handle (timeit)")
    import calc  # noqa: PLC0415
    from calc import browser  # noqa: PLC0415

    pairs = [("queries_per_month", SCENARIO_QUERY)]
    request = json.dumps({"type": "estimate", "params": [list(p) for p in pairs]})
    est = calc.estimate(calc.build_scenario(pairs))
    assert est["break_even_queries_per_month"] is not None or est["break_even_direction"] is None
    per_call = [t / number * 1000 for t in timeit.repeat(lambda: calc.estimate(calc.build_scenario(pairs)), number=number, repeat=repeats)]
    per_handle = [t / number * 1000 for t in timeit.repeat(lambda: browser.handle(request), number=number, repeat=repeats)]
    return {
        "cpython.estimate": summary(per_call, "ms", "One estimate with break-even, CPython", number=number),
        "cpython.handle": summary(per_handle, "ms", "One worker request (estimate and HTML fragments), CPython", number=number),
        "_break_even": est["break_even_queries_per_month"],
    }


def time_pyodide_node(wheel: Path, runs: int = 5, repeats: int = 20) -> tuple[dict, str | None]:
    """The Pyodide figures, and the Python version Pyodide runs."""
    log(f"Pyodide under Node: {runs} fresh interpreters")
    out = []
    for _ in range(runs):
        proc = subprocess.run(
            ["node", str(BENCH / "pyodide_node.mjs"), str(wheel), str(repeats), SCENARIO_QUERY],
            cwd=REPO, capture_output=True, text=True,
        )
        if proc.returncode != 0:
            raise SystemExit(f"pyodide_node.mjs failed:\n{proc.stderr[-4000:]}")
        out.append(json.loads(proc.stdout))
    # Per process: the median call (the first calls warm caches); across processes: median of those.
    est = [statistics.median(r["estimate_ms"]) for r in out]
    hdl = [statistics.median(r["handle_ms"]) for r in out]
    figures = {
        "pyodide.estimate": summary(est, "ms", "One estimate with break-even, Pyodide (Node)", repeats=repeats),
        "pyodide.handle": summary(hdl, "ms", "One worker request (estimate and HTML fragments), Pyodide (Node)", repeats=repeats),
        "pyodide.import_calc": summary([r["import_calc_ms"] for r in out], "ms", "import calc, Pyodide (Node), fresh interpreter"),
        "pyodide.import_browser": summary(
            [r["import_browser_ms"] for r in out], "ms", "then import calc.browser (the worker's entry), Pyodide (Node)"
        ),
        "pyodide.boot": summary([r["boot_ms"] for r in out], "ms", "loadPyodide, Node"),
    }
    return figures, out[0].get("python")
