#!/usr/bin/env python3
"""`make bench`: measure the site and calc, print the figures, write benchmarks/results.json.

Run by ``make bench`` (``RVF_PORT`` from the Makefile)::

    RVF_PORT=8765 .venv/bin/python benchmarks/run.py [--cold 6] [--warm 6] [--changes 60] [--properties all]

It times one ``make build`` into a private temporary directory (built for the port it serves on,
so other builds of ``site/`` cannot change it mid-run), serves it on 127.0.0.1 with the bare
page mounted at ``/__bench__/`` (``benchmarks/bare/``, never copied into the site), and measures
with headless Chromium (each browser figure: median, min, max and n; cold = a fresh browser
context, warm = a persistent context relaunched on one user data dir, so the disk cache is real):

- first contentful paint of the calculator page;
- live-ready: navigation start to the first live result for a scenario that is not pre-rendered
  (``/calculator/?queries_per_month=123457``), alternating run by run with the bare page, whose
  module worker boots the same Pyodide files and installs the same wheel (navigation start to
  its ready message); the ratio of each pair, and milestones of where the time goes;
- recompute: a change event on a field to the updated ``data-value`` in the page (p50, p95);
- bytes of a cold load of every page in the sitemap, by file, raw and gzipped, search index apart;
- ``make build`` wall time; one estimate (with its break-even search) in CPython (timeit) and in
  Pyodide under Node (benchmarks/pyodide_node.mjs, fresh interpreters); ``import calc`` in Pyodide;
- the property tests: the scenario-level property under ``HYPOTHESIS_PROFILE=bench`` (10,000
  scenarios), the others under the CI profile; ``--properties all`` (or RVF_BENCH_PROPERTIES=all)
  runs the whole file under the bench profile, about ten more minutes on a 2-core machine.

Every figure is printed as a table and written, with the machine it ran on and the budgets, to
``benchmarks/results.json``; the performance page renders that file (calc/_perf.py). Budgets are
reported, not enforced: the run fails only when a property test fails.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "benchmarks"
sys.path.insert(0, str(REPO / "tests" / "browser"))
sys.path.insert(0, str(REPO))

from static_server import StaticServer  # noqa: E402

CHROMIUM = os.environ.get("RVF_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SCENARIO_QUERY = "123457"  # queries_per_month: no preset and not the default, so never pre-rendered
LIVE_TIMEOUT_MS = 120_000
BUDGETS = {
    "live_ratio": 1.15,  # live-ready / bare-ready, at most
    "recompute_p95_ms": 50.0,  # at most
    "page_raw_bytes": 400_000,  # pages other than the calculator, without the search index: under
    "property_scenarios": 10_000,  # scenarios of the scenario-level property, at least
}
# GitHub Pages compresses text formats; archives and images go out as they are.
COMPRESSED_SUFFIXES = (".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt", ".wasm", ".map", ".csv")
SEARCH_INDEX = "search_index.json"
PYODIDE_MARKERS = ("/vendor/pyodide/", "pyodide", ".whl")

# Recorded in every page from the first byte: paint entries and, on the page clock (ms since
# navigation start), each status stage and the moment the results turn live.
INIT_SCRIPT = """
(() => {
  const rec = { states: [], live: null, liveFrame: null, longtasks: [] };
  window.__rvfBench = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { /* no long task timing */ }
  const mo = new MutationObserver((records) => {
    for (const r of records) {
      const t = r.target;
      if (t.id === "rvf-status" && r.attributeName === "data-state") {
        rec.states.push([t.getAttribute("data-state"), performance.now()]);
      } else if (t.id === "rvf-results" && r.attributeName === "data-source"
                 && t.getAttribute("data-source") === "live" && rec.live === null) {
        rec.live = performance.now();
        requestAnimationFrame(() => setTimeout(() => { rec.liveFrame = performance.now(); }, 0));
      }
    }
  });
  mo.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state", "data-source"] });
})();
"""

RECOMPUTE_JS = """
async ({ field, value, output }) => {
  const el = document.getElementById("rvf-f-" + field);
  const body = document.getElementById("rvf-results-body");
  const read = () => {
    const o = body.querySelector(`[data-output="${output}"]`);
    return o ? o.getAttribute("data-value") : null;
  };
  const before = read();
  return await new Promise((resolve, reject) => {
    let t0 = 0;
    const timer = setTimeout(() => { obs.disconnect(); reject(new Error(`no update of ${output} after ${field}=${value}`)); }, 15000);
    const obs = new MutationObserver(() => {
      const now = read();
      if (now === null || now === before) return;
      const t1 = performance.now();
      obs.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve({ dom: t1 - t0, frame: performance.now() - t0, before, after: now }), 0));
    });
    obs.observe(body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-value"] });
    el.value = String(value);
    t0 = performance.now();
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
}
"""


# --- small helpers ---------------------------------------------------------------------------


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


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def machine_info() -> dict:
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_gb = None
    meminfo = Path("/proc/meminfo")
    if meminfo.is_file():
        m = re.search(r"MemTotal:\s+(\d+) kB", meminfo.read_text(encoding="utf-8"))
        if m:
            mem_gb = round(int(m.group(1)) / 1024 / 1024, 1)
    os_name = platform.system()
    release = Path("/etc/os-release")
    if release.is_file():
        m = re.search(r'^PRETTY_NAME="?([^"\n]+)"?', release.read_text(encoding="utf-8"), re.M)
        if m:
            os_name = m.group(1)
    pyodide_pkg = REPO / "node_modules" / "pyodide" / "package.json"
    pyodide_version = json.loads(pyodide_pkg.read_text(encoding="utf-8"))["version"] if pyodide_pkg.is_file() else None
    try:
        node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        node = None
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short=12", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        # Changes not committed (other than the results file this run rewrites) make it "modified".
        status = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no", "--", ".",
             ":(exclude)benchmarks/results.json"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
        source = f"{commit} (modified)" if status else commit
    except (OSError, subprocess.CalledProcessError):
        source = None
    return {
        "source": source,  # the commit measured
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": mem_gb,
        "os": os_name,
        "kernel": platform.release(),
        "chromium": None,  # filled in once the browser is up
        "python": platform.python_version(),
        "pyodide": pyodide_version,
        "pyodide_python": None,  # filled in by the Node run
        "node": node,
        "load_average_start": [round(x, 2) for x in os.getloadavg()],
    }


# --- build, CPython, Pyodide (Node) ---------------------------------------------------------


def time_build(port: int, out: Path) -> dict:
    """Time one `make build` for the benchmark server's URL, into ``out`` (not the shared site/)."""
    log(f"make build (timed) into {out}")
    start = time.perf_counter()
    proc = subprocess.run(
        ["make", "build", f"SITE_URL=http://127.0.0.1:{port}/", f"SITE={out}"], cwd=REPO, capture_output=True, text=True
    )
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit(f"make build failed ({proc.returncode})")
    return summary([wall], "s", "make build, wall time")


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


def wheel_path(site: Path) -> Path:
    wheels = sorted((site / "assets" / "calculator" / "wheel").glob("calc-*-py3-none-any.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one calc wheel in {site}/assets/calculator/wheel, found {wheels}")
    return wheels[0]


def time_pyodide_node(wheel: Path, runs: int = 5, repeats: int = 20) -> tuple[dict, str | None]:
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


# --- browser ---------------------------------------------------------------------------------


class Browser:
    """Chromium through Playwright: cold contexts from one browser, warm ones from a profile dir."""

    def __init__(self, pw, base_url: str, wheel: str) -> None:  # type: ignore[no-untyped-def]
        self.pw = pw
        self.base_url = base_url
        self.wheel = wheel
        self.browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        self.external: list[str] = []
        self.errors: list[str] = []

    @property
    def version(self) -> str:
        return self.browser.version

    def close(self) -> None:
        self.browser.close()

    def _guard(self, context) -> None:  # type: ignore[no-untyped-def]
        # Record only: routing would turn the HTTP cache off.
        def on_request(request) -> None:  # type: ignore[no-untyped-def]
            host = urlsplit(request.url).hostname or ""
            if request.url.startswith(("http://", "https://")) and host not in ("127.0.0.1", "localhost"):
                self.external.append(request.url)

        context.on("request", on_request)
        context.on("weberror", lambda e: self.errors.append(f"{e.error.name}: {e.error.message}"))
        context.add_init_script(INIT_SCRIPT)

    def cold_context(self):  # type: ignore[no-untyped-def]
        context = self.browser.new_context()
        self._guard(context)
        return context

    def warm_context(self, profile: Path):  # type: ignore[no-untyped-def]
        context = self.pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        self._guard(context)
        return context

    # -- one load of each page kind --

    def calculator_url(self) -> str:
        return f"{self.base_url}calculator/?queries_per_month={SCENARIO_QUERY}"

    def bare_url(self) -> str:
        return f"{self.base_url}__bench__/index.html?wheel={self.wheel}&q={SCENARIO_QUERY}"

    @staticmethod
    def _page(context):  # type: ignore[no-untyped-def]
        # A persistent context opens with a page; a second one would be a background tab.
        return context.pages[0] if context.pages else context.new_page()

    def run_calculator(self, context) -> dict:  # type: ignore[no-untyped-def]
        page = self._page(context)
        try:
            page.goto(self.calculator_url(), wait_until="commit")
            page.wait_for_function(
                "() => (window.__rvfBench && window.__rvfBench.liveFrame !== null) || "
                "(document.querySelector('#rvf-status') || {}).dataset?.state === 'unavailable'",
                timeout=LIVE_TIMEOUT_MS,
                polling=100,
            )
            rec = page.evaluate(
                """() => {
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
                      .filter((e) => /chart\.umd|worker\.mjs|ui\.js|calculator\.js|bundle\.[^/]*\.js/.test(e.name))
                      .map((e) => [e.name.split("/").pop().split("?")[0], e.startTime, e.responseEnd]),
                  };
                }"""
            )
        finally:
            page.close()
        if rec["live"] is None or rec["source"] != "live":
            raise RuntimeError(f"the calculator never went live: {rec}")
        if rec["field"] != SCENARIO_QUERY or f"queries_per_month={SCENARIO_QUERY}" not in rec["url"]:
            raise RuntimeError(f"the live result is not the requested scenario: {rec}")
        states = {}
        for name, t in rec["states"]:
            states.setdefault(name, t)
        rec["stage_ms"] = states
        started = states.get("downloading")
        before = [(t, d) for t, d in rec["longtasks"] if started is None or t < started]
        rec["longtask_ms_before_start"] = sum(d for _, d in before)
        rec["longest_task_before_start"] = max((d for _, d in before), default=0.0)
        rec["resource_end"] = {name: end for name, _, end in rec["resources"]}
        return rec

    def run_bare(self, context) -> dict:  # type: ignore[no-untyped-def]
        page = self._page(context)
        try:
            page.goto(self.bare_url(), wait_until="commit")
            page.wait_for_function(
                "() => { const s = document.getElementById('rvf-bare'); "
                "return s && (s.dataset.state === 'computed' || s.dataset.state === 'failed'); }",
                timeout=LIVE_TIMEOUT_MS,
                polling=100,
            )
            rec = page.evaluate(
                """() => ({ times: window.rvfBare.times, worker: window.rvfBare.worker,
                           state: document.getElementById("rvf-bare").dataset.state,
                           text: document.getElementById("rvf-bare").textContent })"""
            )
        finally:
            page.close()
        if rec["state"] != "computed":
            raise RuntimeError(f"the bare page failed: {rec['text']}")
        return rec


def live_series(br: Browser, cold_runs: int, warm_runs: int, tmp: Path) -> dict:
    """Calculator and bare page, alternating (ABAB..., order swapped every pair), cold then warm."""
    calc_runs: dict[str, list[dict]] = {"cold": [], "warm": []}
    bare_runs: dict[str, list[dict]] = {"cold": [], "warm": []}

    def one(kind: str, mode: str) -> None:
        if mode == "cold":
            context = br.cold_context()
            try:
                rec = br.run_calculator(context) if kind == "calc" else br.run_bare(context)
            finally:
                context.close()
        else:
            context = br.warm_context(tmp / f"profile-{kind}")
            try:
                rec = br.run_calculator(context) if kind == "calc" else br.run_bare(context)
            finally:
                context.close()
        (calc_runs if kind == "calc" else bare_runs)[mode].append(rec)

    for i in range(cold_runs):
        order = ("calc", "bare") if i % 2 == 0 else ("bare", "calc")
        for kind in order:
            one(kind, "cold")
        log(f"cold pair {i + 1}/{cold_runs}: calculator live {calc_runs['cold'][-1]['live']:.0f} ms, "
            f"bare ready {bare_runs['cold'][-1]['times']['ready']:.0f} ms")
    # Prime each profile once (not counted), then relaunch on it for every warm run.
    for kind in ("calc", "bare") if warm_runs else ():
        context = br.warm_context(tmp / f"profile-{kind}")
        try:
            br.run_calculator(context) if kind == "calc" else br.run_bare(context)
        finally:
            context.close()
    for i in range(warm_runs):
        order = ("calc", "bare") if i % 2 == 0 else ("bare", "calc")
        for kind in order:
            one(kind, "warm")
        log(f"warm pair {i + 1}/{warm_runs}: calculator live {calc_runs['warm'][-1]['live']:.0f} ms, "
            f"bare ready {bare_runs['warm'][-1]['times']['ready']:.0f} ms")

    figures: dict[str, dict] = {}
    detail: dict[str, dict] = {}
    for mode in ("cold", "warm"):
        cr, brs = calc_runs[mode], bare_runs[mode]
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
        # Where the calculator's time goes, on the page clock (medians over runs).
        def med(values: list[float | None]) -> float | None:
            vals = [v for v in values if v is not None]
            return round(statistics.median(vals), 1) if vals else None

        detail[mode] = {
            "calculator": {
                "fcp": med([r["fcp"] for r in cr]),
                "dom_content_loaded": med([r["dcl"] for r in cr]),
                "load": med([r["load"] for r in cr]),
                "ui_js_loaded": med([r["resource_end"].get("ui.js") for r in cr]),
                "chart_loaded": med([r["resource_end"].get("chart.umd.min.js") for r in cr]),
                "long_tasks_before_start": med([r["longtask_ms_before_start"] for r in cr]),
                "longest_task_before_start": med([r["longest_task_before_start"] for r in cr]),
                "worker_started": med([r["stage_ms"].get("downloading") for r in cr]),
                "starting": med([r["stage_ms"].get("starting") for r in cr]),
                "installing": med([r["stage_ms"].get("installing") for r in cr]),
                "ready": med([r["stage_ms"].get("ready") for r in cr]),
                "live": med([r["live"] for r in cr]),
                "live_painted": med([r["liveFrame"] for r in cr]),
                "results_html_chars": cr[0]["resultsBytes"] if cr else None,
            },
            "bare": {
                "script": med([b["times"].get("script") for b in brs]),
                "ready": med([b["times"].get("ready") for b in brs]),
                "imported": med([b["times"].get("imported") for b in brs]),
                "computed": med([b["times"].get("computed") for b in brs]),
            },
        }
        full = [c["live"] / b["times"]["computed"] for c, b in zip(cr, brs)]
        figures[f"live_vs_bare_computed.{mode}"] = summary(
            full, "ratio", f"Live-ready over bare page's first estimate (boot, install, import, compute) ({mode})"
        )
    return {"figures": figures, "breakdown": detail}


def recompute_series(br: Browser, changes: int) -> dict:
    log(f"recompute: {changes} changes")
    context = br.cold_context()
    dom: list[float] = []
    frame: list[float] = []
    plan = []
    for i in range(changes):
        field = ("queries_per_month", "prompt_tokens", "output_tokens", "months")[i % 4]
        value = {
            "queries_per_month": 150_000 + 7_919 * i,
            "prompt_tokens": 400 + 13 * i,
            "output_tokens": 200 + 7 * i,
            "months": 12 + (i // 4) % 24 + 1,
        }[field]
        plan.append((field, value))
    try:
        page = context.new_page()
        page.goto(br.calculator_url(), wait_until="commit")
        page.wait_for_function("() => window.__rvfBench && window.__rvfBench.liveFrame !== null", timeout=LIVE_TIMEOUT_MS)
        page.wait_for_timeout(500)  # let the first live render and its chart settle
        for field, value in plan:
            res = page.evaluate(RECOMPUTE_JS, {"field": field, "value": value, "output": "rag.tco"})
            dom.append(res["dom"])
            frame.append(res["frame"])
            page.wait_for_timeout(60)
    finally:
        context.close()
    return {
        "recompute.p50": summary([percentile(dom, 50)], "ms", "Recompute, change event to updated data-value, p50", changes=len(dom)),
        "recompute.p95": summary([percentile(dom, 95)], "ms", "Recompute, change event to updated data-value, p95", changes=len(dom)),
        "recompute.all": summary(dom, "ms", "Recompute, every change (change event to updated data-value)"),
        "recompute.frame_p95": summary([percentile(frame, 95)], "ms", "Recompute to the next frame (chart redrawn), p95", changes=len(frame)),
    }


def sitemap_paths(site: Path) -> list[str]:
    tree = ET.parse(site / "sitemap.xml")
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    paths = [urlsplit(loc.text.strip()).path for loc in tree.getroot().findall("s:url/s:loc", ns) if loc.text]
    return sorted(set(paths), key=lambda p: (p.count("/"), p))


def bytes_series(br: Browser, site: Path) -> dict:
    """A cold load of every page: each file fetched, raw and gzipped; the search index apart."""
    log("bytes: a cold load of every page")
    site_root_path = urlsplit(br.base_url).path
    cache: dict[str, tuple[int, int]] = {}
    pages = []
    search_index = None
    for path in sitemap_paths(site):
        # The sitemap carries site_url's path ("/" for the local build): keep what follows it.
        rel = path.lstrip("/")
        url = br.base_url + rel
        is_calculator = rel.rstrip("/").endswith("calculator")
        context = br.cold_context()
        seen: list[str] = []
        context.on("requestfinished", lambda r: seen.append(r.url))
        try:
            page = context.new_page()
            page.goto(url + (f"?queries_per_month={SCENARIO_QUERY}" if is_calculator else ""), wait_until="load")
            if is_calculator:
                page.wait_for_function("() => window.__rvfBench && window.__rvfBench.liveFrame !== null", timeout=LIVE_TIMEOUT_MS)
            # Quiet: no new request for a second (Material starts its search worker after load).
            last = -1
            for _ in range(30):
                if len(seen) == last:
                    break
                last = len(seen)
                page.wait_for_timeout(1000)
        finally:
            context.close()
        files = []
        for u in dict.fromkeys(seen):
            parts = urlsplit(u)
            if parts.hostname not in ("127.0.0.1", "localhost") or not parts.path.startswith(site_root_path):
                continue
            fpath = parts.path[len(site_root_path):]
            disk = site / fpath
            if fpath == "" or fpath.endswith("/"):
                disk = disk / "index.html"
            if not disk.is_file():
                continue
            key = str(disk)
            if key not in cache:
                data = disk.read_bytes()
                compressed = gzip_size(data) if disk.suffix in COMPRESSED_SUFFIXES else len(data)
                cache[key] = (len(data), compressed)
            raw, gz = cache[key]
            entry = {"file": "/" + fpath if fpath else "/", "raw": raw, "gzip": gz}
            if disk.name == SEARCH_INDEX:
                search_index = {**entry, "loaded_by": search_index["loaded_by"] + [path] if search_index else [path]}
                continue
            files.append(entry)
        files.sort(key=lambda f: -f["raw"])
        pyodide_files = [f["file"] for f in files if any(m in f["file"] for m in PYODIDE_MARKERS)]
        pages.append({
            "page": "/" + rel,
            "calculator": is_calculator,
            "raw": sum(f["raw"] for f in files),
            "gzip": sum(f["gzip"] for f in files),
            "files": files,
            "pyodide_files": pyodide_files,
        })
    if search_index is None:
        idx = site / "search" / SEARCH_INDEX
        if idx.is_file():
            data = idx.read_bytes()
            search_index = {"file": "/search/" + SEARCH_INDEX, "raw": len(data), "gzip": gzip_size(data), "loaded_by": []}
    return {"pages": pages, "search_index": search_index}


# --- property tests ---------------------------------------------------------------------------

# The properties that draw a valid scenario and estimate it (tests/test_properties.py).
SCENARIO_PROPERTY = "test_valid_scenarios_give_finite_outputs"
ESTIMATING_PROPERTIES = (SCENARIO_PROPERTY, "test_tco_never_falls_as_queries_rise", "test_break_even_flips_the_cheaper_side")


def _pytest_properties(target: Path, profile: str, select: str | None) -> dict:
    """One pytest run of the property file under a Hypothesis profile, with its statistics parsed."""
    cmd = [str(REPO / ".venv" / "bin" / "pytest"), str(target.relative_to(REPO)), "-q", "-p", "no:cacheprovider",
           "--hypothesis-show-statistics"]
    if select:
        cmd += ["-k", select]
    shown = f"HYPOTHESIS_PROFILE={profile} pytest {target.relative_to(REPO)}" + (f" -k '{select}'" if select else "")
    log(f"property tests: {shown}")
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, env={**os.environ, "HYPOTHESIS_PROFILE": profile}, capture_output=True, text=True)
    wall = time.perf_counter() - start
    text = proc.stdout + proc.stderr
    per_test: dict[str, dict[str, int]] = {}
    current = None
    for line in text.splitlines():
        m = re.match(r"^\S*::(\w+)(\[.*\])?:\s*$", line.strip())
        if m:
            current = m.group(1)
            per_test.setdefault(current, {"passing": 0, "failing": 0, "invalid": 0, "max_examples": 0, "profile": profile})
            continue
        if not current:
            continue
        m = re.search(r"(\d+) passing examples?, (\d+) failing examples?, (\d+) invalid examples?", line)
        if m:
            per_test[current]["passing"] += int(m.group(1))
            per_test[current]["failing"] += int(m.group(2))
            per_test[current]["invalid"] += int(m.group(3))
        m = re.search(r"settings\.max_examples=(\d+)", line)
        if m:
            per_test[current]["max_examples"] = int(m.group(1))
    summary_line = next((ln for ln in reversed(text.splitlines()) if re.search(r"\d+ (passed|failed|errors?)\b", ln)), "")
    count = lambda word: int(m.group(1)) if (m := re.search(rf"(\d+) {word}", summary_line)) else 0  # noqa: E731
    return {
        "command": shown, "exit_code": proc.returncode, "passed": count("passed"),
        "failed": count("failed") + count("error"), "wall_s": round(wall, 1), "per_test": per_test,
        "tail": "" if proc.returncode == 0 else text[-3000:],
    }


def property_tests(mode: str) -> dict:
    """The property tests: the scenario-level property under the bench profile, the rest as in CI.

    ``mode == "all"`` runs the whole file under the bench profile instead (about ten minutes of
    CPU on this machine, more than the whole benchmark otherwise takes).
    """
    target = REPO / "tests" / "test_properties.py"
    if not target.is_file():
        return {"ran": False, "reason": "tests/test_properties.py not found"}
    if mode == "all":
        runs = [_pytest_properties(target, "bench", None)]
    else:
        runs = [_pytest_properties(target, "bench", SCENARIO_PROPERTY),
                _pytest_properties(target, "ci", f"not {SCENARIO_PROPERTY}")]
    per_test: dict[str, dict] = {}
    for run in runs:
        per_test.update(run["per_test"])
    if SCENARIO_PROPERTY not in per_test:
        return {"ran": False, "reason": f"{SCENARIO_PROPERTY} not found in {target.relative_to(REPO)}",
                "tail": runs[0]["tail"]}
    return {
        "ran": True,
        "mode": mode,
        "command": " ; ".join(r["command"] for r in runs),
        "exit_code": max(r["exit_code"] for r in runs),
        "tests_passed": sum(r["passed"] for r in runs),
        "tests_failed": sum(r["failed"] for r in runs),
        "wall_s": round(sum(r["wall_s"] for r in runs), 1),
        "scenario_property": SCENARIO_PROPERTY,
        "scenario_property_examples": per_test[SCENARIO_PROPERTY]["passing"],
        "scenario_property_max_examples": per_test[SCENARIO_PROPERTY]["max_examples"],
        "valid_scenarios_estimated": sum(per_test.get(t, {}).get("passing", 0) for t in ESTIMATING_PROPERTIES),
        "examples_total": sum(v["passing"] for v in per_test.values()),
        "failing_examples": sum(v["failing"] for v in per_test.values()),
        "per_test": per_test,
        "tail": "\n".join(r["tail"] for r in runs if r["tail"]),
    }


# --- budgets and printing ----------------------------------------------------------------------


def budgets(figures: dict, bytes_: dict, props: dict) -> list[dict]:
    out = []
    for mode in ("cold", "warm"):
        fig = figures.get(f"live_ratio.{mode}")
        if fig and fig["median"] is not None:
            out.append({
                "id": f"live_ratio.{mode}", "label": f"Live-ready over bare-ready ({mode}, median)",
                "value": fig["median"], "unit": "ratio", "op": "<=", "limit": BUDGETS["live_ratio"],
                "pass": fig["median"] <= BUDGETS["live_ratio"],
            })
    p95 = figures.get("recompute.p95")
    if p95 and p95["median"] is not None:
        out.append({
            "id": "recompute.p95", "label": "Recompute, p95", "value": p95["median"], "unit": "ms",
            "op": "<=", "limit": BUDGETS["recompute_p95_ms"], "pass": p95["median"] <= BUDGETS["recompute_p95_ms"],
        })
    others = [p for p in bytes_["pages"] if not p["calculator"]]
    if others:
        heaviest = max(others, key=lambda p: p["raw"])
        out.append({
            "id": "bytes.other_pages", "label": f"Heaviest page other than the calculator ({heaviest['page']}), raw, search index apart",
            "value": heaviest["raw"], "unit": "bytes", "op": "<", "limit": BUDGETS["page_raw_bytes"],
            "pass": all(p["raw"] < BUDGETS["page_raw_bytes"] for p in others),
        })
        loaders = [p["page"] for p in others if p["pyodide_files"]]
        out.append({
            "id": "bytes.no_pyodide", "label": "Pages other than the calculator that request Pyodide files",
            "value": len(loaders), "unit": "pages", "op": "==", "limit": 0, "pass": not loaders, "pages": loaders,
        })
    if props.get("ran"):
        n = props["scenario_property_examples"]
        out.append({
            "id": "properties.scenarios", "label": "Property tests: scenarios of the scenario-level property",
            "value": n, "unit": "scenarios", "op": ">=", "limit": BUDGETS["property_scenarios"],
            "pass": n >= BUDGETS["property_scenarios"],
        })
        out.append({
            "id": "properties.failures", "label": "Property tests: failures", "value": props["tests_failed"] + props["failing_examples"],
            "unit": "failures", "op": "==", "limit": 0,
            "pass": props["exit_code"] == 0 and props["tests_failed"] == 0 and props["failing_examples"] == 0,
        })
    return out


def fmt_num(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ratio":
        return f"{value:.2f}"
    if unit == "s":
        return f"{value:.1f} s"
    if unit == "ms":
        return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "bytes":
        return f"{value / 1000:,.1f} kB"
    return f"{value:,}"


def print_report(results: dict) -> None:
    m = results["machine"]
    print()
    print(f"Benchmarks, {results['date']}")
    print(f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, {m['os']} (kernel {m['kernel']}); "
          f"Chromium {m['chromium']}; Python {m['python']}; Pyodide {m['pyodide']} (Python {m['pyodide_python']}); "
          f"node {m['node']}; load average at start {m['load_average_start']}, at end {m.get('load_average_end')}")
    print()
    rows = [("Figure", "median", "min", "max", "n")]
    for key, fig in results["figures"].items():
        if key == "recompute.all":
            continue
        rows.append((f"{fig['label']} [{key}]", fmt_num(fig["median"], fig["unit"]), fmt_num(fig["min"], fig["unit"]),
                     fmt_num(fig["max"], fig["unit"]), str(fig.get("changes", fig["n"]))))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for i, r in enumerate(rows):
        print("  ".join(c.ljust(widths[0]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(r)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print()
    for mode, d in results["breakdown"].items():
        c, b = d["calculator"], d["bare"]
        print(f"Where the time goes ({mode}, medians, ms since navigation start):")
        print(f"  calculator: FCP {c['fcp']}, DOMContentLoaded {c['dom_content_loaded']}, load {c['load']}, "
              f"ui.js fetched {c['ui_js_loaded']}, chart library fetched {c['chart_loaded']}, "
              f"long tasks before the worker starts {c['long_tasks_before_start']} (longest {c['longest_task_before_start']}), "
              f"worker started {c['worker_started']}, starting {c['starting']}, installing {c['installing']}, "
              f"ready {c['ready']}, live result {c['live']}, painted {c['live_painted']}")
        print(f"  bare page:  script {b['script']}, ready (installed) {b['ready']}, imported calc.browser {b['imported']}, "
              f"first estimate {b['computed']}")
    print()
    print("Bytes of a cold load, per page (search index apart; gzip level 6 for text formats):")
    rows = [("Page", "files", "raw", "gzip", "Pyodide?")]
    for p in results["bytes"]["pages"]:
        rows.append((p["page"], str(len(p["files"])), fmt_num(p["raw"], "bytes"), fmt_num(p["gzip"], "bytes"),
                     "yes" if p["pyodide_files"] else "no"))
    si = results["bytes"]["search_index"]
    if si:
        rows.append(("search index (fetched after load)", "1", fmt_num(si["raw"], "bytes"), fmt_num(si["gzip"], "bytes"), "-"))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    for i, r in enumerate(rows):
        print("  ".join(c.ljust(widths[0]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(r)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    calc_page = next((p for p in results["bytes"]["pages"] if p["calculator"]), None)
    if calc_page:
        print("\nCalculator page, by file:")
        for f in calc_page["files"]:
            print(f"  {f['file']:<60} {fmt_num(f['raw'], 'bytes'):>12} {fmt_num(f['gzip'], 'bytes'):>12}")
    props = results["property_tests"]
    print()
    if props.get("ran"):
        print(f"Property tests ({props['command']}): {props['tests_passed']} passed, {props['tests_failed']} failed, "
              f"{props['examples_total']:,} examples in all; {props['scenario_property_examples']:,} scenarios in "
              f"{props['scenario_property']}; {props['valid_scenarios_estimated']:,} valid scenarios estimated; "
              f"{props['wall_s']} s")
    else:
        print(f"Property tests not run: {props.get('reason')}")
    print("\nBudgets:")
    for b in results["budgets"]:
        verdict = "PASS" if b["pass"] else "FAIL"
        print(f"  [{verdict}] {b['label']}: {fmt_num(b['value'], b['unit'])} ({b['op']} {fmt_num(b['limit'], b['unit'])})"
              + (f" pages: {b['pages']}" if b.get("pages") else ""))
    if results.get("warnings"):
        print("\nWarnings:")
        for w in results["warnings"]:
            print(f"  {w}")


# --- main ------------------------------------------------------------------------------------------


def fill_site(args: argparse.Namespace, port: int, site: Path) -> dict | None:
    """Put the site to measure into ``site``: a timed ``make build`` for ``port`` (its figure is
    returned), or with --skip-build a copy of an existing build (RVF_SITE_DIR, else site/)."""
    if not args.skip_build:
        return time_build(port, site)
    shared = Path(os.environ.get("RVF_SITE_DIR") or REPO / "site").resolve()
    if not (shared / "index.html").is_file():
        raise SystemExit(f"no built site at {shared}: run `make build` first")
    shutil.copytree(shared, site, dirs_exist_ok=True)
    return None


def live_only(args: argparse.Namespace) -> int:
    """``--only live``: the live-ready series alone, printed (written only to an explicit --out)."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    port = int(os.environ.get("RVF_PORT", "8765"))
    tmp = Path(tempfile.mkdtemp(prefix="rvf-bench-"))
    site = tmp / "site"
    site.mkdir()
    load_start = [round(x, 2) for x in os.getloadavg()]
    try:
        server = StaticServer(site, port, mounts={"/__bench__/": BENCH / "bare"})
        server.start()
        try:
            fill_site(args, server.port, site)
            wheel = wheel_path(site)
            with sync_playwright() as pw:
                br = Browser(pw, server.url, wheel.name)
                try:
                    live = live_series(br, args.cold, args.warm, tmp)
                finally:
                    br.close()
        finally:
            server.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"\nload average at start {load_start}, at end {[round(x, 2) for x in os.getloadavg()]}")
    for key, fig in live["figures"].items():
        print(f"  {fig['label']} [{key}]: median {fmt_num(fig['median'], fig['unit'])}, "
              f"min {fmt_num(fig['min'], fig['unit'])}, max {fmt_num(fig['max'], fig['unit'])}, n {fig['n']}")
    print(json.dumps(live["breakdown"], indent=1))
    if args.out is not None:
        args.out.write_text(json.dumps(live, indent=2) + "\n", encoding="utf-8")
    return 0



def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the built site and calc; write benchmarks/results.json.")
    parser.add_argument("--cold", type=int, default=6, help="cold runs of each page (default 6, at least 5)")
    parser.add_argument("--warm", type=int, default=6, help="warm runs of each page (default 6)")
    parser.add_argument("--changes", type=int, default=60, help="recompute changes (default 60, at least 50)")
    parser.add_argument("--skip-build", action="store_true", help="do not time `make build` (development only)")
    parser.add_argument("--skip-properties", action="store_true", help="do not run the property tests (development only)")
    parser.add_argument(
        "--properties", choices=("scenarios", "all"), default=os.environ.get("RVF_BENCH_PROPERTIES", "scenarios"),
        help="scenarios (default): the scenario-level property under the bench profile, the others as in CI; "
             "all: every property under the bench profile (adds about ten minutes); env RVF_BENCH_PROPERTIES",
    )
    parser.add_argument("--out", type=Path, default=None, help="results file (default benchmarks/results.json)")
    parser.add_argument(
        "--only", choices=("live",), default=None,
        help="live: only the live-ready series (calculator and bare page), printed and not written "
             "unless --out is given (development only; combine with --skip-build to reuse a built site)",
    )
    args = parser.parse_args(argv)
    if args.only == "live":
        return live_only(args)
    args.out = args.out or BENCH / "results.json"
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    port = int(os.environ.get("RVF_PORT", "8765"))
    warnings: list[str] = []
    started = time.perf_counter()
    machine = machine_info()
    date = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    figures: dict[str, dict] = {}
    # A private site directory: other builds of site/ (tests) cannot change it mid-run. The
    # server holds its port from the start, and the site is built for the port it holds
    # (instant navigation, and so Material's sitemap fetch, needs site_url's port).
    tmp = Path(tempfile.mkdtemp(prefix="rvf-bench-"))
    site = tmp / "site"
    site.mkdir()
    try:
        try:
            server = StaticServer(site, port, mounts={"/__bench__/": BENCH / "bare"})
        except OSError:
            warnings.append(f"port {port} was busy; the benchmark site was built for and served on a free port")
            server = StaticServer(site, 0, mounts={"/__bench__/": BENCH / "bare"})
        port = server.port
        server.start()
        try:
            build = fill_site(args, port, site)
            if build is None:
                warnings.append("the site was not rebuilt for this run (--skip-build)")
            else:
                figures["build.wall"] = build
            wheel = wheel_path(site)

            cpy = time_cpython()
            figures["cpython.estimate"] = cpy["cpython.estimate"]
            figures["cpython.handle"] = cpy["cpython.handle"]
            node_figs, pyodide_python = time_pyodide_node(wheel)
            machine["pyodide_python"] = pyodide_python
            figures.update(node_figs)

            with sync_playwright() as pw:
                br = Browser(pw, server.url, wheel.name)
                machine["chromium"] = br.version
                try:
                    live = live_series(br, args.cold, args.warm, tmp)
                    figures.update(live["figures"])
                    figures.update(recompute_series(br, args.changes))
                    bytes_ = bytes_series(br, site)
                finally:
                    br.close()
                if br.external:
                    warnings.append(f"requests left localhost: {sorted(set(br.external))[:10]}")
                if br.errors:
                    warnings.append(f"page errors: {br.errors[:10]}")
        finally:
            server.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    props = {"ran": False, "reason": "skipped (--skip-properties)"} if args.skip_properties else property_tests(args.properties)
    machine["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    if max(machine["load_average_start"][0], machine["load_average_end"][0]) > (machine["cores"] or 1):
        warnings.append(
            "the machine was busy (load average above its core count): timings include waiting for the CPU"
        )
    results = {
        "schema": 1,
        "date": date,
        "machine": machine,
        "settings": {
            "cold_runs": args.cold,
            "warm_runs": args.warm,
            "changes": args.changes,
            "scenario": f"queries_per_month={SCENARIO_QUERY}",
            "gzip_level": 6,
            "kB": 1000,
        },
        "figures": figures,
        "breakdown": live["breakdown"],
        "bytes": bytes_,
        "property_tests": props,
        "budgets": [],
        "warnings": warnings,
        "wall_s": None,
    }
    results["budgets"] = budgets(figures, bytes_, props)
    results["wall_s"] = round(time.perf_counter() - started, 1)
    args.out.write_text(json.dumps(results, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    print_report(results)
    print(f"\nWrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out} "
          f"in {results['wall_s']} s")
    # Budgets are reported, not enforced; a failing property test is a bug, and fails the run.
    return 0 if not props.get("ran") or props["exit_code"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
