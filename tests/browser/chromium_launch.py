"""How Chromium is launched, by the browser tests (tests/conftest.py) and by ``make bench``
(benchmarks/chromium.py): Debian's binary (or ``RVF_CHROMIUM``), and the switches that keep it
from reaching the network on its own (updates, sync, background fetches) or needing a GPU."""

from __future__ import annotations

import os

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
