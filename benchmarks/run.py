#!/usr/bin/env python3
"""`make bench`: measure the site and calc, print the figures, write benchmarks/results.json.

Run by ``make bench`` (``RVF_PORT`` from the Makefile)::

    RVF_PORT=8765 .venv/bin/python benchmarks/run.py [--cold 6] [--warm 6] [--changes 60] [--properties all]

It times one ``make build`` into a private temporary directory and serves it with the bare page
(serving.py), then measures, each browser figure with its median, min, max and n (chromium.py;
cold = a fresh browser context, warm = a persistent context relaunched on one user data dir):

- ``make build`` wall time; one estimate (with its break-even search) in CPython and in Pyodide
  under Node; ``import calc`` in Pyodide (runtimes.py);
- first contentful paint of the calculator page, and live-ready: navigation start to the first
  live result for a scenario that is not pre-rendered, alternating run by run with the bare page
  that boots the same Pyodide files and installs the same wheel; the ratio of each pair, and
  milestones of where the time goes (live.py);
- recompute: a change event on a field to the updated ``data-value`` in the page (recompute.py);
- bytes of a cold load of every page in the sitemap, by file, raw and gzipped (weight.py);
- the property tests with many examples (properties.py); ``--properties all`` (or
  RVF_BENCH_PROPERTIES=all) runs the whole property file under the bench profile, which takes
  longer than everything else together.

Every figure is printed as a table and written, with the machine it ran on (machine.py) and the
budgets, to ``benchmarks/results.json`` (report.py); the performance page renders that file
(calc/_perf.py). Budgets are reported, not enforced: the run fails only when a property test fails.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the package `benchmarks`

from benchmarks.chromium import Browser  # noqa: E402
from benchmarks.common import BENCH  # noqa: E402
from benchmarks.live import live_series  # noqa: E402
from benchmarks.machine import machine_info  # noqa: E402
from benchmarks.properties import property_tests  # noqa: E402
from benchmarks.recompute import recompute_series, uncertainty_series  # noqa: E402
from benchmarks.report import print_live, results_document, write_results  # noqa: E402
from benchmarks.runtimes import time_cpython, time_pyodide_node  # noqa: E402
from benchmarks.serving import served_site  # noqa: E402
from benchmarks.weight import bytes_series  # noqa: E402


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Measure the built site and calc; write benchmarks/results.json.")
    parser.add_argument("--cold", type=int, default=6, help="cold runs of each page (default 6, at least 5)")
    parser.add_argument("--warm", type=int, default=6, help="warm runs of each page (default 6)")
    parser.add_argument("--changes", type=int, default=60, help="recompute changes (default 60, at least 50)")
    parser.add_argument("--skip-build", action="store_true", help="do not time `make build` (development only)")
    parser.add_argument("--skip-properties", action="store_true", help="do not run the property tests (development only)")
    parser.add_argument(
        "--properties", choices=("scenarios", "all"), default=os.environ.get("RVF_BENCH_PROPERTIES", "scenarios"),
        help="scenarios (default): the scenario-level property under the bench profile, the others as in CI; "
             "all: every property under the bench profile (takes longer than the rest of the run); "
             "env RVF_BENCH_PROPERTIES",
    )
    parser.add_argument("--out", type=Path, default=None, help="results file (default benchmarks/results.json)")
    parser.add_argument(
        "--only", choices=("live", "uncertainty"), default=None,
        help="live: only the live-ready series (calculator and bare page); uncertainty: only the "
             "change-to-bands series; printed and not written unless --out is given (development only; "
             "combine with --skip-build to reuse a built site)",
    )
    return parser.parse_args(argv)


def live_only(args: argparse.Namespace) -> int:
    """``--only live``: the live-ready series alone, printed (written only to an explicit --out)."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    port = int(os.environ.get("RVF_PORT", "8765"))
    load_start = [round(x, 2) for x in os.getloadavg()]
    with served_site(port, args.skip_build) as served, sync_playwright() as pw:
        br = Browser(pw, served.url, served.wheel.name)
        try:
            live = live_series(br, args.cold, args.warm, served.tmp)
        finally:
            br.close()
    print_live(live, load_start)
    if args.out is not None:
        args.out.write_text(json.dumps(live, indent=2) + "\n", encoding="utf-8")
    return 0


def uncertainty_only(args: argparse.Namespace) -> int:
    """``--only uncertainty``: the change-to-bands series alone, printed."""
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    port = int(os.environ.get("RVF_PORT", "8765"))
    with served_site(port, args.skip_build) as served, sync_playwright() as pw:
        br = Browser(pw, served.url, served.wheel.name)
        try:
            figs = uncertainty_series(br, min(args.changes, 20))
        finally:
            br.close()
    print(json.dumps(figs, indent=2))
    if args.out is not None:
        args.out.write_text(json.dumps(figs, indent=2) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.only == "live":
        return live_only(args)
    if args.only == "uncertainty":
        return uncertainty_only(args)
    out = args.out or BENCH / "results.json"
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    port = int(os.environ.get("RVF_PORT", "8765"))
    warnings: list[str] = []
    started = time.perf_counter()
    machine = machine_info()
    date = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    figures: dict[str, dict] = {}
    with served_site(port, args.skip_build, any_free_port=True) as served:
        if served.port_busy:
            warnings.append(f"port {port} was busy; the benchmark site was built for and served on a free port")
        if served.build is None:
            warnings.append("the site was not rebuilt for this run (--skip-build)")
        else:
            figures["build.wall"] = served.build

        cpy = time_cpython()
        figures["cpython.estimate"] = cpy["cpython.estimate"]
        figures["cpython.handle"] = cpy["cpython.handle"]
        node_figs, machine["pyodide_python"] = time_pyodide_node(served.wheel)
        figures.update(node_figs)

        with sync_playwright() as pw:
            br = Browser(pw, served.url, served.wheel.name)
            machine["chromium"] = br.version
            try:
                live = live_series(br, args.cold, args.warm, served.tmp)
                figures.update(live["figures"])
                figures.update(recompute_series(br, args.changes))
                figures.update(uncertainty_series(br, 20))
                bytes_ = bytes_series(br, served.site)
            finally:
                br.close()
            warnings.extend(br.warnings())

    props = {"ran": False, "reason": "skipped (--skip-properties)"} if args.skip_properties else property_tests(args.properties)
    machine["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    if max(machine["load_average_start"][0], machine["load_average_end"][0]) > (machine["cores"] or 1):
        warnings.append(
            "the machine was busy (load average above its core count): timings include waiting for the CPU"
        )
    results = results_document(
        date=date, machine=machine, cold=args.cold, warm=args.warm, changes=args.changes, figures=figures,
        breakdown=live["breakdown"], bytes_=bytes_, props=props, warnings=warnings, started=started,
    )
    write_results(results, out)
    # Budgets are reported, not enforced; a failing property test is a bug, and fails the run.
    return 0 if not props.get("ran") or props["exit_code"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
