"""The benchmark runner's pure parts (benchmarks/): figures, budgets, the results document and the
report, checked against the committed benchmarks/results.json without running a benchmark."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from benchmarks import report
from benchmarks.common import percentile, summary
from benchmarks.recompute import FIELDS, change_plan

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "results.json"
needs_results = pytest.mark.skipif(not RESULTS.is_file(), reason="benchmarks/results.json not written yet")


def test_percentile_is_nearest_rank() -> None:
    samples = [float(x) for x in range(1, 21)]  # 1..20
    assert percentile(samples, 50) == 10.0
    assert percentile(samples, 95) == 19.0
    assert percentile(samples, 100) == 20.0
    assert percentile([7.0], 95) == 7.0
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0  # unsorted input


def test_summary_rounds_by_unit_and_keeps_extras() -> None:
    fig = summary([1.23456, 2.34567, 9.87654], "ms", "x", changes=3)
    assert (fig["median"], fig["min"], fig["max"], fig["n"], fig["changes"]) == (2.3, 1.2, 9.9, 3, 3)
    assert summary([1.23456], "ratio", "r")["median"] == 1.235
    assert summary([], "ms", "empty") == {"label": "empty", "unit": "ms", "median": None, "min": None,
                                         "max": None, "n": 0, "samples": []}


def test_change_plan_changes_every_field_each_turn() -> None:
    """Fields in turn, and each change sets a value other than the field's previous one."""
    plan = change_plan(120)
    assert [f for f, _ in plan[: len(FIELDS)]] == list(FIELDS)
    last: dict[str, int] = {}
    for field, value in plan:
        assert last.get(field) != value, (field, value)
        last[field] = value


@needs_results
def test_budgets_and_document_reproduce_the_committed_results() -> None:
    """From the committed figures, the budgets and the JSON text come out as committed."""
    text = RESULTS.read_text(encoding="utf-8")
    r = json.loads(text)
    assert report.budgets(r["figures"], r["bytes"], r["property_tests"]) == r["budgets"]
    doc = report.results_document(
        date=r["date"], machine=r["machine"], cold=r["settings"]["cold_runs"], warm=r["settings"]["warm_runs"],
        changes=r["settings"]["changes"], figures=r["figures"], breakdown=r["breakdown"], bytes_=r["bytes"],
        props=r["property_tests"], warnings=r["warnings"], started=time.perf_counter(),
    )
    doc["wall_s"] = r["wall_s"]
    assert json.dumps(doc, indent=2) + "\n" == text


def test_a_failing_budget_is_reported_as_failing() -> None:
    figures = {"live_ratio.cold": summary([1.5], "ratio", "x"), "recompute.p95": summary([10.0], "ms", "x")}
    bytes_ = {"pages": [{"page": "/a/", "calculator": False, "raw": 500_000, "pyodide_files": ["/x.whl"]}]}
    out = {b["id"]: b for b in report.budgets(figures, bytes_, {"ran": False})}
    assert not out["live_ratio.cold"]["pass"] and out["recompute.p95"]["pass"]
    assert not out["bytes.other_pages"]["pass"]
    assert out["bytes.no_pyodide"]["pages"] == ["/a/"] and not out["bytes.no_pyodide"]["pass"]
    assert "properties.scenarios" not in out


@needs_results
def test_report_prints_every_figure_and_budget() -> None:
    r = json.loads(RESULTS.read_text(encoding="utf-8"))
    buf = io.StringIO()
    with redirect_stdout(buf):
        report.print_report(r)
    text = buf.getvalue()
    for key in r["figures"]:
        assert (f"[{key}]" in text) == (key != "recompute.all"), key
    for b in r["budgets"]:
        assert b["label"] in text
    assert text.count("[PASS]") + text.count("[FAIL]") == len(r["budgets"])


def test_run_help_lists_every_option() -> None:
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "run.py"), "--help"],
                         capture_output=True, text=True, check=True, cwd="/").stdout
    for option in ("--cold", "--warm", "--changes", "--skip-build", "--skip-properties", "--properties", "--out", "--only"):
        assert option in out
