"""Live-ready against a bare Pyodide boot, cold and warm.

The calculator page for a scenario that is not pre-rendered: navigation start to its first live
result. The bare page (benchmarks/bare/): a module worker that boots the same Pyodide files and
installs the same wheel, navigation start to its ready message. The two alternate run by run,
and each pair gives a ratio; where the calculator's time goes is kept as milestones (medians)."""

from __future__ import annotations

import statistics
from pathlib import Path

from benchmarks.chromium import LIVE_PAINTED, LIVE_TIMEOUT_MS, Browser
from benchmarks.common import SCENARIO_QUERY, log, summary

CALCULATOR_DONE_JS = (
    f"() => ({LIVE_PAINTED}) || "
    "(document.querySelector('#rvf-status') || {}).dataset?.state === 'unavailable'"
)
CALCULATOR_RECORD_JS = """() => {
  const r = window.__rvfBench;
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  const nav = performance.getEntriesByType("navigation")[0];
  const status = document.getElementById("rvf-status");
  return {
    live: r.live, liveFrame: r.liveFrame, states: r.states,
    fcp: fcp ? fcp.startTime : null,
    dcl: nav ? nav.domContentLoadedEventEnd : null,
    load: nav ? nav.loadEventEnd : null,
    state: status ? status.dataset.state : null,
    source: document.getElementById("rvf-results").dataset.source,
    field: document.getElementById("rvf-f-queries_per_month").value,
    url: location.search,
    resultsBytes: document.getElementById("rvf-results-body").innerHTML.length,
    longtasks: r.longtasks,
    resources: performance.getEntriesByType("resource")
      .filter((e) => /chart\\.umd|worker\\.mjs|ui\\.js|calculator\\.js|bundle\\.[^/]*\\.js/.test(e.name))
      .map((e) => [e.name.split("/").pop().split("?")[0], e.startTime, e.responseEnd]),
  };
}"""
BARE_DONE_JS = (
    "() => { const s = document.getElementById('rvf-bare'); "
    "return s && (s.dataset.state === 'computed' || s.dataset.state === 'failed'); }"
)
BARE_RECORD_JS = """() => ({ times: window.rvfBare.times, worker: window.rvfBare.worker,
                           state: document.getElementById("rvf-bare").dataset.state,
                           text: document.getElementById("rvf-bare").textContent })"""


def _load(context, url: str, done_js: str, record_js: str) -> dict:  # type: ignore[no-untyped-def]
    """Load ``url`` in ``context`` until ``done_js`` holds, and return what ``record_js`` reads."""
    # A persistent context opens with a page; a second one would be a background tab.
    page = context.pages[0] if context.pages else context.new_page()
    try:
        page.goto(url, wait_until="commit")
        page.wait_for_function(done_js, timeout=LIVE_TIMEOUT_MS, polling=100)
        return page.evaluate(record_js)
    finally:
        page.close()


def run_calculator(br: Browser, context) -> dict:  # type: ignore[no-untyped-def]
    rec = _load(context, br.calculator_url(), CALCULATOR_DONE_JS, CALCULATOR_RECORD_JS)
    if rec["live"] is None or rec["source"] != "live":
        raise RuntimeError(f"the calculator never went live: {rec}")
    if rec["field"] != SCENARIO_QUERY or f"queries_per_month={SCENARIO_QUERY}" not in rec["url"]:
        raise RuntimeError(f"the live result is not the requested scenario: {rec}")
    states: dict[str, float] = {}
    for name, t in rec["states"]:
        states.setdefault(name, t)
    rec["stage_ms"] = states
    started = states.get("downloading")
    before = [(t, d) for t, d in rec["longtasks"] if started is None or t < started]
    rec["longtask_ms_before_start"] = sum(d for _, d in before)
    rec["longest_task_before_start"] = max((d for _, d in before), default=0.0)
    rec["resource_end"] = {name: end for name, _, end in rec["resources"]}
    return rec


def run_bare(br: Browser, context) -> dict:  # type: ignore[no-untyped-def]
    rec = _load(context, br.bare_url(), BARE_DONE_JS, BARE_RECORD_JS)
    if rec["state"] != "computed":
        raise RuntimeError(f"the bare page failed: {rec['text']}")
    return rec


def _median(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return round(statistics.median(vals), 1) if vals else None


def _breakdown(cr: list[dict], brs: list[dict]) -> dict:
    """Where the time goes, on the page clock (medians over runs)."""
    stage = lambda name: _median([r["stage_ms"].get(name) for r in cr])  # noqa: E731
    bare = lambda name: _median([b["times"].get(name) for b in brs])  # noqa: E731
    return {
        "calculator": {
            "fcp": _median([r["fcp"] for r in cr]),
            "dom_content_loaded": _median([r["dcl"] for r in cr]),
            "load": _median([r["load"] for r in cr]),
            "ui_js_loaded": _median([r["resource_end"].get("ui.js") for r in cr]),
            "chart_loaded": _median([r["resource_end"].get("chart.umd.min.js") for r in cr]),
            "long_tasks_before_start": _median([r["longtask_ms_before_start"] for r in cr]),
            "longest_task_before_start": _median([r["longest_task_before_start"] for r in cr]),
            "worker_started": stage("downloading"),
            "starting": stage("starting"),
            "installing": stage("installing"),
            "ready": stage("ready"),
            "live": _median([r["live"] for r in cr]),
            "live_painted": _median([r["liveFrame"] for r in cr]),
            "results_html_chars": cr[0]["resultsBytes"] if cr else None,
        },
        "bare": {name: bare(name) for name in ("script", "ready", "imported", "computed")},
    }


def live_series(br: Browser, cold_runs: int, warm_runs: int, tmp: Path) -> dict:
    """Calculator and bare page, alternating (ABAB..., order swapped every pair), cold then warm."""
    runs: dict[str, dict[str, list[dict]]] = {kind: {"cold": [], "warm": []} for kind in ("calc", "bare")}

    def load(kind: str, mode: str) -> dict:
        context = br.cold_context() if mode == "cold" else br.warm_context(tmp / f"profile-{kind}")
        try:
            return run_calculator(br, context) if kind == "calc" else run_bare(br, context)
        finally:
            context.close()

    def pairs(mode: str, n: int) -> None:
        for i in range(n):
            for kind in ("calc", "bare") if i % 2 == 0 else ("bare", "calc"):
                runs[kind][mode].append(load(kind, mode))
            log(f"{mode} pair {i + 1}/{n}: calculator live {runs['calc'][mode][-1]['live']:.0f} ms, "
                f"bare ready {runs['bare'][mode][-1]['times']['ready']:.0f} ms")

    pairs("cold", cold_runs)
    # Prime each profile once (not counted), then relaunch on it for every warm run.
    for kind in ("calc", "bare") if warm_runs else ():
        load(kind, "warm")
    pairs("warm", warm_runs)

    figures: dict[str, dict] = {}
    detail: dict[str, dict] = {}
    for mode in ("cold", "warm"):
        cr, brs = runs["calc"][mode], runs["bare"][mode]
        fcp = [r["fcp"] for r in cr if r["fcp"] is not None]
        figures[f"fcp.{mode}"] = summary(fcp, "ms", f"Calculator page, first contentful paint ({mode})")
        figures[f"live_ready.{mode}"] = summary(
            [r["live"] for r in cr], "ms", f"Calculator, navigation start to first live result ({mode})"
        )
        figures[f"bare_ready.{mode}"] = summary(
            [r["times"]["ready"] for r in brs], "ms", f"Bare worker page, navigation start to ready ({mode})"
        )
        ratios = [c["live"] / b["times"]["ready"] for c, b in zip(cr, brs)]
        figures[f"live_ratio.{mode}"] = summary(
            ratios, "ratio", f"Live-ready over bare-ready, run by run ({mode})"
        )
        detail[mode] = _breakdown(cr, brs)
        full = [c["live"] / b["times"]["computed"] for c, b in zip(cr, brs)]
        figures[f"live_vs_bare_computed.{mode}"] = summary(
            full, "ratio", f"Live-ready over bare page's first estimate (boot, install, import, compute) ({mode})"
        )
    return {"figures": figures, "breakdown": detail}
