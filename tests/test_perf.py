"""calc._perf: the performance page's tables from benchmarks/results.json."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from calc._perf import SECTIONS, render_performance

RESULTS = Path(__file__).resolve().parents[1] / "benchmarks" / "results.json"

# A number followed by a unit, a money amount or a percentage: must never be bare text.
_NUMBER_WITH_UNIT = re.compile(r"\d[\d,.]*\s?(ms|s|kB|MB|GB|B|%)\b|\$\s?\d|\d\s?%")

SAMPLE = {
    "schema": 1,
    "date": "2026-11-24T00:30:00Z",
    "machine": {
        "source": "3eb652d1a2b3 (modified)", "cpu": "Test CPU <b>9000</b>", "cores": 2, "memory_gb": 23.4, "os": "Debian GNU/Linux 12 (bookworm)",
        "kernel": "6.1.0", "chromium": "156.0.8078.79", "python": "3.11.7", "pyodide": "314.0.7",
        "pyodide_python": "3.14.2", "node": "v20.19.0", "load_average_start": [0.5, 0.4, 0.3],
        "load_average_end": [1.5, 0.9, 0.6],
    },
    "figures": {
        "fcp.cold": {"label": "x", "unit": "ms", "median": 412.3, "min": 400.0, "max": 450.5, "n": 7},
        "live_ready.cold": {"label": "x", "unit": "ms", "median": 3120.0, "min": 3000.0, "max": 3500.0, "n": 7},
        "bare_ready.cold": {"label": "x", "unit": "ms", "median": 2900.0, "min": 2800.0, "max": 3100.0, "n": 7},
        "live_ratio.cold": {"label": "x", "unit": "ratio", "median": 1.076, "min": 1.01, "max": 1.2, "n": 7},
        "recompute.p95": {"label": "x", "unit": "ms", "median": 21.5, "min": 21.5, "max": 21.5, "n": 1, "changes": 60},
        "build.wall": {"label": "x", "unit": "s", "median": 31.25, "min": 31.25, "max": 31.25, "n": 1},
    },
    "breakdown": {"cold": {"calculator": {"fcp": 412.3, "live": 3120.0}, "bare": {"ready": 2900.0}}},
    "bytes": {
        "pages": [
            {"page": "/", "calculator": False, "raw": 350_000, "gzip": 90_000,
             "files": [{"file": "/index.html", "raw": 30_000, "gzip": 8_000}], "pyodide_files": []},
        ],
        "search_index": {"file": "/search/search_index.json", "raw": 200_000, "gzip": 46_000},
    },
    "property_tests": {
        "ran": True, "command": "HYPOTHESIS_PROFILE=bench pytest tests/test_properties.py", "exit_code": 0,
        "tests_passed": 8, "tests_failed": 0, "failing_examples": 0, "scenario_property": "test_x",
        "scenario_property_examples": 10_000, "valid_scenarios_estimated": 30_000, "examples_total": 80_000,
        "wall_s": 200.5,
    },
    "budgets": [
        {"id": "live_ratio.cold", "label": "Live-ready over bare-ready", "value": 1.076, "unit": "ratio",
         "op": "<=", "limit": 1.15, "pass": True},
        {"id": "recompute.p95", "label": "Recompute, p95", "value": 61.0, "unit": "ms", "op": "<=",
         "limit": 50.0, "pass": False},
    ],
    "warnings": ["port 8765 was busy & <odd>"],
}


class _Texts(HTMLParser):
    """Text nodes, each with whether an enclosing element carries data-output or data-figure."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.texts: list[tuple[str, bool]] = []
        self.values: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        self.stack.append((tag, "data-output" in names or "data-figure" in names))
        if "data-output" in names:
            self.values[str(names["data-output"])] = str(names.get("data-value"))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"unbalanced </{tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.texts.append((data, any(named for _, named in self.stack)))


def _parse(html: str) -> _Texts:
    parser = _Texts()
    parser.feed(html)
    parser.close()
    assert not parser.stack, "unclosed elements"
    return parser


def test_every_number_with_a_unit_is_named() -> None:
    """No number with a unit (ms, s, kB, MB, GB, %) appears outside a data-output element."""
    page = _parse(render_performance(SAMPLE))
    bare = [t for t, named in page.texts if not named and _NUMBER_WITH_UNIT.search(t)]
    assert bare == []


def test_outputs_carry_raw_values() -> None:
    """Each figure's data-value is the raw number from the file, not its formatted text."""
    page = _parse(render_performance(SAMPLE))
    assert page.values["perf.live_ready.cold.median"] == "3120.0"
    assert page.values["perf.machine.source"] == "3eb652d1a2b3 (modified)"
    assert page.values["perf.budget.recompute.p95.limit"] == "50.0"
    assert page.values["perf.budget.recompute.p95.verdict"] == "fail"
    assert page.values["perf.bytes.home.raw"] == "350000"
    assert page.values["perf.properties.scenarios"] == "10000"


def test_formatting_by_unit() -> None:
    """Milliseconds above 100 are whole, bytes are kB of 1000 (350000 B -> 350.0 kB), ratios two places."""
    html = render_performance(SAMPLE)
    assert 'data-value="3120.0">3,120 ms<' in html
    assert 'data-value="21.5">21.5 ms<' in html
    assert 'data-value="350000">350.0 kB<' in html
    assert 'data-value="1.076">1.08<' in html
    assert 'data-value="31.25">31.2 s<' in html  # str.format rounds half to even on the binary value


def test_strings_from_the_file_are_escaped() -> None:
    """Markup in the results file (CPU name, warnings) is shown as text, never as HTML."""
    html = render_performance(SAMPLE)
    assert "<b>9000</b>" not in html and "&lt;b&gt;9000&lt;/b&gt;" in html
    assert "&lt;odd&gt;" in html and "<odd>" not in html


def test_sections_and_missing_results() -> None:
    """One section renders alone; an unknown one raises; no results gives a notice without numbers."""
    only = render_performance(SAMPLE, section="budgets")
    assert 'data-section="budgets"' in only and 'data-section="machine"' not in only
    assert render_performance(SAMPLE).count('class="rvf-perf"') == len(SECTIONS)
    with pytest.raises(KeyError):
        render_performance(SAMPLE, section="nope")
    missing = render_performance({})
    assert "make bench" in missing and not re.search(r"\d", missing)


@pytest.mark.skipif(not RESULTS.is_file(), reason="benchmarks/results.json not written yet")
def test_committed_results_render() -> None:
    """The committed results file renders, every number named, with the machine and every budget."""
    results = json.loads(RESULTS.read_text(encoding="utf-8"))
    page = _parse(render_performance(results))
    bare = [t for t, named in page.texts if not named and _NUMBER_WITH_UNIT.search(t)]
    assert bare == []
    assert page.values["perf.machine.chromium"] == results["machine"]["chromium"]
    for budget in results["budgets"]:
        assert f"perf.budget.{budget['id']}.verdict" in page.values
