"""The site a run measures: built (and timed) into a private temporary directory for the port it
is served on, so other builds of ``site/`` cannot change it mid-run, and served on 127.0.0.1 with
the bare page mounted at ``/__bench__/`` (``benchmarks/bare/``, never copied into the site)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import BENCH, REPO, log, summary
from static_server import StaticServer

MOUNTS = {"/__bench__/": BENCH / "bare"}


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


def fill_site(skip_build: bool, port: int, site: Path) -> dict | None:
    """Put the site to measure into ``site``: a timed ``make build`` for ``port`` (its figure is
    returned), or with --skip-build a copy of an existing build (RVF_SITE_DIR, else site/)."""
    if not skip_build:
        return time_build(port, site)
    shared = Path(os.environ.get("RVF_SITE_DIR") or REPO / "site").resolve()
    if not (shared / "index.html").is_file():
        raise SystemExit(f"no built site at {shared}: run `make build` first")
    shutil.copytree(shared, site, dirs_exist_ok=True)
    return None


def wheel_path(site: Path) -> Path:
    wheels = sorted((site / "assets" / "calculator" / "wheel").glob("calc-*-py3-none-any.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one calc wheel in {site}/assets/calculator/wheel, found {wheels}")
    return wheels[0]


@dataclass
class Served:
    url: str  # the server's base URL, ending in "/"
    site: Path  # the site directory served
    tmp: Path  # the run's private directory (browser profiles go here); removed afterwards
    wheel: Path  # calc's wheel in the site
    build: dict | None  # the `make build` figure, None with --skip-build
    port_busy: bool  # the requested port was busy and a free one serves instead


@contextmanager
def served_site(port: int, skip_build: bool, *, any_free_port: bool = False) -> Iterator[Served]:
    """The site to measure, served while the block runs, then stopped and removed.

    The server holds its port from the start, and the site is built for the port it holds
    (instant navigation, and so Material's sitemap fetch, needs site_url's port). With
    ``any_free_port`` a busy ``port`` gives way to a free one (``Served.port_busy``)."""
    tmp = Path(tempfile.mkdtemp(prefix="rvf-bench-"))
    site = tmp / "site"
    site.mkdir()
    try:
        busy = False
        try:
            server = StaticServer(site, port, mounts=MOUNTS)
        except OSError:
            if not any_free_port:
                raise
            busy = True
            server = StaticServer(site, 0, mounts=MOUNTS)
        server.start()
        try:
            build = fill_site(skip_build, server.port, site)
            yield Served(server.url, site, tmp, wheel_path(site), build, busy)
        finally:
            server.stop()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
