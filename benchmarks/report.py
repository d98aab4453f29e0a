"""The results: the budgets each figure is held to, ``benchmarks/results.json`` (the performance
page renders it, calc/_perf.py), and the report printed at the end of a run."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from benchmarks.common import REPO, SCENARIO_QUERY

BUDGETS = {
    "live_ratio": 1.15,  # live-ready / bare-ready, at most
    "recompute_p95_ms": 50.0,  # at most
    "uncertainty_p95_ms": 300.0,  # at most: change event to updated bands
    "page_raw_bytes": 400_000,  # pages other than the calculator, without the search index: under
    "property_scenarios": 10_000,  # scenarios of the scenario-level property, at least
}


def _budget(id_: str, label: str, value: object, unit: str, op: str, limit: object, ok: bool, **extra: object) -> dict:
    return {"id": id_, "label": label, "value": value, "unit": unit, "op": op, "limit": limit, "pass": ok, **extra}


def budgets(figures: dict, bytes_: dict, props: dict) -> list[dict]:
    """Each budget with the value measured and whether it holds (reported, not enforced)."""
    out = []
    for mode in ("cold", "warm"):
        fig = figures.get(f"live_ratio.{mode}")
        if fig and fig["median"] is not None:
            out.append(_budget(f"live_ratio.{mode}", f"Live-ready over bare-ready ({mode}, median)", fig["median"],
                               "ratio", "<=", BUDGETS["live_ratio"], fig["median"] <= BUDGETS["live_ratio"]))
    p95 = figures.get("recompute.p95")
    if p95 and p95["median"] is not None:
        out.append(_budget("recompute.p95", "Recompute, p95", p95["median"], "ms", "<=", BUDGETS["recompute_p95_ms"],
                           p95["median"] <= BUDGETS["recompute_p95_ms"]))
    unc = figures.get("uncertainty.p95")
    if unc and unc["median"] is not None:
        out.append(_budget("uncertainty.p95", "Uncertainty bands, p95", unc["median"], "ms", "<=",
                           BUDGETS["uncertainty_p95_ms"], unc["median"] <= BUDGETS["uncertainty_p95_ms"]))
    others = [p for p in bytes_["pages"] if not p["calculator"]]
    if others:
        heaviest = max(others, key=lambda p: p["raw"])
        out.append(_budget(
            "bytes.other_pages", f"Heaviest page other than the calculator ({heaviest['page']}), raw, search index apart",
            heaviest["raw"], "bytes", "<", BUDGETS["page_raw_bytes"],
            all(p["raw"] < BUDGETS["page_raw_bytes"] for p in others),
        ))
        loaders = [p["page"] for p in others if p["pyodide_files"]]
        out.append(_budget("bytes.no_pyodide", "Pages other than the calculator that request Pyodide files",
                           len(loaders), "pages", "==", 0, not loaders, pages=loaders))
    if props.get("ran"):
        n = props["scenario_property_examples"]
        out.append(_budget("properties.scenarios", "Property tests: scenarios of the scenario-level property", n,
                           "scenarios", ">=", BUDGETS["property_scenarios"], n >= BUDGETS["property_scenarios"]))
        out.append(_budget(
            "properties.failures", "Property tests: failures", props["tests_failed"] + props["failing_examples"],
            "failures", "==", 0,
            props["exit_code"] == 0 and props["tests_failed"] == 0 and props["failing_examples"] == 0,
        ))
    return out


def results_document(*, date: str, machine: dict, cold: int, warm: int, changes: int, figures: dict,
                     breakdown: dict, bytes_: dict, props: dict, warnings: list[str], started: float) -> dict:
    """What benchmarks/results.json holds (``started``: the run's perf_counter start, for wall_s)."""
    results = {
        "schema": 1,
        "date": date,
        "machine": machine,
        "settings": {
            "cold_runs": cold,
            "warm_runs": warm,
            "changes": changes,
            "scenario": f"queries_per_month={SCENARIO_QUERY}",
            "gzip_level": 6,
            "kB": 1000,
        },
        "figures": figures,
        "breakdown": breakdown,
        "bytes": bytes_,
        "property_tests": props,
        "budgets": [],
        "warnings": warnings,
        "wall_s": None,
    }
    results["budgets"] = budgets(figures, bytes_, props)
    results["wall_s"] = round(time.perf_counter() - started, 1)
    return results


def write_results(results: dict, out: Path) -> None:
    """Write ``out``, print the report, and say where it went."""
    out.write_text(json.dumps(results, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    print_report(results)
    print(f"\nWrote {out.relative_to(REPO) if out.is_relative_to(REPO) else out} in {results['wall_s']} s")


# --- printing ------------------------------------------------------------------------------------


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


def _print_table(rows: list[tuple[str, ...]]) -> None:
    """Rows under a header row: the first column left-aligned, the others right-aligned."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for i, r in enumerate(rows):
        print("  ".join(c.ljust(widths[0]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(r)))
        if i == 0:
            print("  ".join("-" * w for w in widths))


def _print_breakdown(breakdown: dict) -> None:
    for mode, d in breakdown.items():
        c, b = d["calculator"], d["bare"]
        print(f"Where the time goes ({mode}, medians, ms since navigation start):")
        print(f"  calculator: FCP {c['fcp']}, DOMContentLoaded {c['dom_content_loaded']}, load {c['load']}, "
              f"ui.js fetched {c['ui_js_loaded']}, chart library fetched {c['chart_loaded']}, "
              f"long tasks before the worker starts {c['long_tasks_before_start']} (longest {c['longest_task_before_start']}), "
              f"worker started {c['worker_started']}, starting {c['starting']}, installing {c['installing']}, "
              f"ready {c['ready']}, live result {c['live']}, painted {c['live_painted']}")
        print(f"  bare page:  script {b['script']}, ready (installed) {b['ready']}, imported calc.browser {b['imported']}, "
              f"first estimate {b['computed']}")


def _print_bytes(bytes_: dict) -> None:
    print("Bytes of a cold load, per page (search index apart; gzip level 6 for text formats):")
    rows = [("Page", "files", "raw", "gzip", "Pyodide?")]
    for p in bytes_["pages"]:
        rows.append((p["page"], str(len(p["files"])), fmt_num(p["raw"], "bytes"), fmt_num(p["gzip"], "bytes"),
                     "yes" if p["pyodide_files"] else "no"))
    si = bytes_["search_index"]
    if si:
        rows.append(("search index (fetched after load)", "1", fmt_num(si["raw"], "bytes"), fmt_num(si["gzip"], "bytes"), "-"))
    _print_table(rows)
    calc_page = next((p for p in bytes_["pages"] if p["calculator"]), None)
    if calc_page:
        print("\nCalculator page, by file:")
        for f in calc_page["files"]:
            print(f"  {f['file']:<60} {fmt_num(f['raw'], 'bytes'):>12} {fmt_num(f['gzip'], 'bytes'):>12}")


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
    _print_table(rows)
    print()
    _print_breakdown(results["breakdown"])
    print()
    _print_bytes(results["bytes"])
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


def print_live(live: dict, load_start: list[float]) -> None:
    """``--only live``: the live-ready figures and the breakdown, briefly."""
    print(f"\nload average at start {load_start}, at end {[round(x, 2) for x in os.getloadavg()]}")
    for key, fig in live["figures"].items():
        print(f"  {fig['label']} [{key}]: median {fmt_num(fig['median'], fig['unit'])}, "
              f"min {fmt_num(fig['min'], fig['unit'])}, max {fmt_num(fig['max'], fig['unit'])}, n {fig['n']}")
    print(json.dumps(live["breakdown"], indent=1))
