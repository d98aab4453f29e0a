"""The performance page: ``benchmarks/results.json`` (written by ``make bench``) as HTML tables.

Pure: takes the parsed results, returns HTML; macros.py reads the file at build time. Every
number sits in an element with a ``data-output`` attribute (``perf.<figure>.<statistic>``),
whose ``data-value`` holds the raw number; every string from the file is escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any, Iterable, Mapping

from ._uncertainty import DEFAULT_DRAWS

__all__ = ["SECTIONS", "render_performance"]

SECTIONS = ("machine", "budgets", "timings", "breakdown", "recompute", "runtime", "bytes", "files", "properties")

_MODES = (("cold", "cold"), ("warm", "warm"))
_TIMING_ROWS = (
    ("fcp", "Calculator page, first contentful paint"),
    ("live_ready", "Calculator, navigation start to the first live result"),
    ("bare_ready", "Bare worker page, navigation start to its ready message"),
    ("live_ratio", "Calculator over bare page, run by run"),
    ("live_vs_bare_computed", "Calculator over the bare page's own first estimate"),
)
_RUNTIME_ROWS = (
    ("build.wall", "make build, wall time"),
    ("cpython.estimate", "One estimate with its break-even search, CPython"),
    ("cpython.handle", "One worker request (estimate and HTML fragments), CPython"),
    ("pyodide.estimate", "One estimate with its break-even search, Pyodide in Node"),
    ("pyodide.handle", "One worker request (estimate and HTML fragments), Pyodide in Node"),
    ("pyodide.import_calc", "import calc, Pyodide in Node, fresh interpreter"),
    ("pyodide.import_browser", "then import calc.browser (what the worker imports)"),
    ("pyodide.boot", "Pyodide start (loadPyodide), Node"),
)
_BREAKDOWN_ROWS = (
    ("calculator", "fcp", "Calculator: first contentful paint"),
    ("calculator", "dom_content_loaded", "Calculator: DOMContentLoaded done"),
    ("calculator", "load", "Calculator: load event done"),
    ("calculator", "ui_js_loaded", "Calculator: its page script fetched"),
    ("calculator", "chart_loaded", "Calculator: chart library fetched"),
    ("calculator", "long_tasks_before_start", "Calculator: main-thread long tasks before the worker starts (total)"),
    ("calculator", "longest_task_before_start", "Calculator: the longest of them"),
    ("calculator", "worker_started", "Calculator: worker started"),
    ("calculator", "starting", "Calculator: Python starting (wasm compiled)"),
    ("calculator", "installing", "Calculator: installing the wheel"),
    ("calculator", "ready", "Calculator: worker ready (calc.browser imported)"),
    ("calculator", "live", "Calculator: first live result in the page"),
    ("calculator", "live_painted", "Calculator: next frame after it"),
    ("bare", "script", "Bare page: its script runs, worker created"),
    ("bare", "ready", "Bare page: ready (wheel installed)"),
    ("bare", "imported", "Bare page: calc.browser imported"),
    ("bare", "computed", "Bare page: first estimate returned"),
)
_OPS = {"<=": "at most", "<": "under", ">=": "at least", "==": "exactly"}


# --- formatting ---------------------------------------------------------------------------------


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _number_text(value: float, unit: str) -> str:
    if unit == "ratio":
        return f"{value:.2f}"
    if unit == "s":
        return f"{value:,.1f} s"
    if unit == "ms":
        return f"{value:,.1f} ms" if abs(value) < 100 else f"{value:,.0f} ms"
    if unit == "bytes":
        if value >= 1_000_000:
            return f"{value / 1_000_000:,.2f} MB"
        return f"{value / 1000:,.1f} kB"
    if unit == "GB":
        return f"{value:,.1f} GB"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f} {unit}".strip()
    return f"{int(value):,} {unit}".strip()


def _out(name: str, value: Any, unit: str = "", *, text: str | None = None) -> str:
    """A value in an element that names it; numbers formatted with their unit."""
    if value is None:
        return f'<span class="rvf-out" data-output="{_attr(name)}" data-value="">n/a</span>'
    if text is None:
        if isinstance(value, bool):
            text = "yes" if value else "no"
        elif isinstance(value, (int, float)):
            text = _number_text(value, unit)
        else:
            text = str(value)
    raw = value if not isinstance(value, bool) else str(value).lower()
    return f'<span class="rvf-out" data-output="{_attr(name)}" data-value="{_attr(raw)}">{escape(text)}</span>'


def _table(caption: str, head: Iterable[str], rows: Iterable[tuple[str, list[str]]], *, cls: str = "") -> str:
    """A table in calc's table markup: row labels are text (escaped), cells are HTML."""
    h = "".join(f'<th scope="col">{escape(c)}</th>' for c in head)
    body = "".join(
        f'<tr><th scope="row">{label}</th>{"".join(f"<td>{c}</td>" for c in cells)}</tr>' for label, cells in rows
    )
    classes = f"rvf-table rvf-perf-table {cls}".strip()
    return (
        f'<div class="rvf-table-wrap" tabindex="0"><table class="{classes}">'
        f"<caption>{escape(caption)}</caption><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _slug(page: str) -> str:
    s = page.strip("/").replace("/", ".")
    return s or "home"


def _stat_cells(key: str, fig: Mapping[str, Any] | None) -> list[str]:
    if not fig:
        return [_out(f"perf.{key}.{s}", None) for s in ("median", "min", "max", "n")]
    unit = str(fig.get("unit", ""))
    return [
        _out(f"perf.{key}.median", fig.get("median"), unit),
        _out(f"perf.{key}.min", fig.get("min"), unit),
        _out(f"perf.{key}.max", fig.get("max"), unit),
        _out(f"perf.{key}.n", fig.get("n"), ""),
    ]


# --- sections -------------------------------------------------------------------------------------


def _machine(results: Mapping[str, Any]) -> str:
    m = results.get("machine", {})
    date = str(results.get("date", ""))
    shown_date = date.replace("T", " ").replace("Z", " UTC")
    pyodide = m.get("pyodide")
    if pyodide and m.get("pyodide_python"):
        pyodide_text = f"{pyodide} (Python {m['pyodide_python']})"
    else:
        pyodide_text = pyodide
    load = m.get("load_average_start")
    load_end = m.get("load_average_end")
    rows = [
        ("Measured", [_out("perf.date", date, text=shown_date)]),
        *([("Commit measured", [_out("perf.machine.source", m["source"])])] if m.get("source") else []),
        ("Processor", [_out("perf.machine.cpu", m.get("cpu"))]),
        ("Cores", [_out("perf.machine.cores", m.get("cores"))]),
        ("Memory", [_out("perf.machine.memory_gb", m.get("memory_gb"), "GB")]),
        ("Operating system", [_out("perf.machine.os", m.get("os"))]),
        ("Kernel", [_out("perf.machine.kernel", m.get("kernel"))]),
        ("Browser (headless Chromium)", [_out("perf.machine.chromium", m.get("chromium"))]),
        ("Python (build and CPython timings)", [_out("perf.machine.python", m.get("python"))]),
        ("Pyodide", [_out("perf.machine.pyodide", pyodide, text=pyodide_text)]),
        ("Node", [_out("perf.machine.node", m.get("node"))]),
    ]
    if load:
        rows.append(("Load average (one minute) at start", [_out("perf.machine.load_start", load[0])]))
    if load_end:
        rows.append(("Load average (one minute) at end", [_out("perf.machine.load_end", load_end[0])]))
    html = _table("The machine the figures were measured on", ["", "Value"], rows)
    warnings = results.get("warnings") or []
    if warnings:
        items = "".join(
            f'<li>{_out(f"perf.warning.{i}", w)}</li>' for i, w in enumerate(warnings, start=1)
        )
        html += f'<div class="admonition warning"><p class="admonition-title">Caveats of this run</p><ul>{items}</ul></div>'
    return html


def _budgets(results: Mapping[str, Any]) -> str:
    rows = []
    for b in results.get("budgets", []):
        bid = str(b.get("id", ""))
        unit = str(b.get("unit", ""))
        op = _OPS.get(str(b.get("op")), str(b.get("op")))
        verdict = "pass" if b.get("pass") else "fail"
        rows.append(
            (
                escape(str(b.get("label", bid))),
                [
                    f'{escape(op)} {_out(f"perf.budget.{bid}.limit", b.get("limit"), unit)}',
                    _out(f"perf.budget.{bid}.value", b.get("value"), unit),
                    _out(f"perf.budget.{bid}.verdict", verdict),
                ],
            )
        )
    if not rows:
        return "<p>No budgets were evaluated.</p>"
    return _table("Budgets", ["Budget", "Limit", "Measured", "Verdict"], rows, cls="rvf-perf-budgets")


def _timings(results: Mapping[str, Any]) -> str:
    figures = results.get("figures", {})
    rows = []
    for key, label in _TIMING_ROWS:
        for mode, mode_label in _MODES:
            name = f"{key}.{mode}"
            if name in figures:
                rows.append((escape(f"{label}, {mode_label}"), _stat_cells(name, figures[name])))
    return _table(
        "Calculator page against the bare worker page (cold: fresh browser context; warm: disk cache)",
        ["Figure", "Median", "Fastest", "Slowest", "Runs"],
        rows,
    )


def _breakdown(results: Mapping[str, Any]) -> str:
    detail = results.get("breakdown", {})
    if not detail:
        return ""
    rows = []
    for side, key, label in _BREAKDOWN_ROWS:
        cells = []
        for mode, _ in _MODES:
            value = detail.get(mode, {}).get(side, {}).get(key)
            cells.append(_out(f"perf.breakdown.{mode}.{side}.{key}", value, "ms"))
        rows.append((escape(label), cells))
    return _table(
        "Where the time goes: medians of time since navigation start (long tasks: their duration)",
        ["Milestone", "Cold", "Warm"],
        rows,
    )


def _recompute(results: Mapping[str, Any]) -> str:
    figures = results.get("figures", {})
    rows = []
    for key, label in (
        ("recompute.p50", "Change event to updated data-value, median (p50)"),
        ("recompute.p95", "Change event to updated data-value, p95"),
        ("recompute.frame_p95", "Change event to the next frame (chart redrawn), p95"),
        ("uncertainty.p50", f"Change event to updated uncertainty bands ({DEFAULT_DRAWS:,} draws and the drivers), median"),
        ("uncertainty.p95", "Change event to updated uncertainty bands, p95"),
    ):
        fig = figures.get(key)
        if fig:
            rows.append((escape(label), [_out(f"perf.{key}", fig.get("median"), str(fig.get("unit", "ms"))),
                                         _out(f"perf.{key}.changes", fig.get("changes"), "")]))
    every = figures.get("recompute.all")
    if every:
        rows.append(("Fastest change", [_out("perf.recompute.all.min", every.get("min"), "ms"),
                                        _out("perf.recompute.all.n", every.get("n"), "")]))
        rows.append(("Slowest change", [_out("perf.recompute.all.max", every.get("max"), "ms"),
                                        _out("perf.recompute.all.n2", every.get("n"), "")]))
    return _table("Recompute in the live page", ["Figure", "Value", "Changes"], rows)


def _runtime(results: Mapping[str, Any]) -> str:
    figures = results.get("figures", {})
    rows = [(escape(label), _stat_cells(key, figures[key])) for key, label in _RUNTIME_ROWS if key in figures]
    return _table("Build and model timings", ["Figure", "Median", "Fastest", "Slowest", "Runs"], rows)


def _bytes(results: Mapping[str, Any]) -> str:
    data = results.get("bytes", {})
    pages = data.get("pages", [])
    rows = []
    for p in pages:
        slug = _slug(str(p.get("page", "")))
        loads = bool(p.get("pyodide_files"))
        rows.append(
            (
                f'<a href="..{_attr(p.get("page", "/"))}">{escape(str(p.get("page", "")))}</a>',
                [
                    _out(f"perf.bytes.{slug}.files", len(p.get("files", []))),
                    _out(f"perf.bytes.{slug}.raw", p.get("raw"), "bytes"),
                    _out(f"perf.bytes.{slug}.gzip", p.get("gzip"), "bytes"),
                    _out(f"perf.bytes.{slug}.pyodide", loads),
                ],
            )
        )
    index = data.get("search_index")
    if index:
        rows.append(
            (
                "Search index (fetched after load, counted apart)",
                [
                    _out("perf.bytes.search_index.files", 1),
                    _out("perf.bytes.search_index.raw", index.get("raw"), "bytes"),
                    _out("perf.bytes.search_index.gzip", index.get("gzip"), "bytes"),
                    _out("perf.bytes.search_index.pyodide", False),
                ],
            )
        )
    return _table(
        "Bytes of a cold load of each page, search index apart",
        ["Page", "Files", "Raw", "Gzipped", "Loads Pyodide"],
        rows,
    )


def _files(results: Mapping[str, Any]) -> str:
    """The files behind the bytes of each page: those every page fetches, then what each adds."""
    pages = results.get("bytes", {}).get("pages", [])
    html = ""
    # Files every page fetches once, then what each page adds to them.
    lists = [{str(f.get("file")) for f in p.get("files", [])} for p in pages]
    shared = set.intersection(*lists) if lists else set()
    first = pages[0].get("files", []) if pages else []
    shared_rows = [
        (
            f"<code>{escape(str(f.get('file', '')))}</code>",
            [
                _out(f"perf.bytes.shared.{i}.raw", f.get("raw"), "bytes"),
                _out(f"perf.bytes.shared.{i}.gzip", f.get("gzip"), "bytes"),
            ],
        )
        for i, f in enumerate((f for f in first if str(f.get("file")) in shared), start=1)
    ]
    own_rows = []
    for p in pages:
        slug = _slug(str(p.get("page", "")))
        for i, f in enumerate((f for f in p.get("files", []) if str(f.get("file")) not in shared), start=1):
            own_rows.append(
                (
                    f"<code>{escape(str(f.get('file', '')))}</code>",
                    [
                        escape(str(p.get("page", ""))),
                        _out(f"perf.bytes.{slug}.file.{i}.raw", f.get("raw"), "bytes"),
                        _out(f"perf.bytes.{slug}.file.{i}.gzip", f.get("gzip"), "bytes"),
                    ],
                )
            )
    if shared_rows:
        html += _table("Files every page fetches, largest first", ["File", "Raw", "Gzipped"], shared_rows)
    if own_rows:
        html += _table("Files each page adds to those, largest first", ["File", "Page", "Raw", "Gzipped"], own_rows)
    return html or "<p>No pages measured.</p>"


def _properties(results: Mapping[str, Any]) -> str:
    props = results.get("property_tests") or {}
    if not props.get("ran"):
        return f"<p>The property tests were not run: {escape(str(props.get('reason', 'no results')))}.</p>"
    rows = [
        ("Command", [f"<code>{escape(str(props.get('command', '')))}</code>"]),
        ("Tests passed", [_out("perf.properties.tests_passed", props.get("tests_passed"))]),
        ("Tests failed", [_out("perf.properties.tests_failed", props.get("tests_failed"))]),
        ("Failing examples", [_out("perf.properties.failing_examples", props.get("failing_examples"))]),
        (
            f"Scenarios drawn by <code>{escape(str(props.get('scenario_property', '')))}</code>",
            [_out("perf.properties.scenarios", props.get("scenario_property_examples"))],
        ),
        ("Valid scenarios estimated, all model properties", [_out("perf.properties.estimated", props.get("valid_scenarios_estimated"))]),
        ("Examples in all properties", [_out("perf.properties.examples", props.get("examples_total"))]),
        ("Wall time", [_out("perf.properties.wall", props.get("wall_s"), "s")]),
    ]
    return _table("Property tests under the bench profile", ["", "Value"], rows)


_RENDERERS = {
    "machine": _machine,
    "budgets": _budgets,
    "timings": _timings,
    "breakdown": _breakdown,
    "recompute": _recompute,
    "runtime": _runtime,
    "bytes": _bytes,
    "files": _files,
    "properties": _properties,
}


def render_performance(results: Mapping[str, Any], *, section: str | None = None) -> str:
    """The benchmark results as HTML: one section (see SECTIONS) or, by default, all of them."""
    if not results or "figures" not in results:
        return '<p class="rvf-perf-missing">No benchmark results yet: run <code>make bench</code>.</p>'
    if section is not None and section not in _RENDERERS:
        raise KeyError(f"unknown performance section {section!r}; one of {', '.join(SECTIONS)}")
    names = SECTIONS if section is None else (section,)
    return "".join(f'<div class="rvf-perf" data-section="{_attr(n)}">{_RENDERERS[n](results)}</div>' for n in names)
