"""Browser tests of the calculator worker, against the built site served locally.

The shared fixtures (system Chromium, the session's static server, ``base_url``, and the
guard that fails a test on any request leaving localhost or any console error) live in
``tests/conftest.py``, so that ``tests/site/`` uses the same server. This file marks every
test here as a browser test and keeps the helpers the tests import from it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def site_dir() -> Path:
    """Directory of the built site under test."""
    return Path(os.environ.get("RVF_SITE_DIR") or REPO / "site").resolve()


def site_port() -> int:
    """Port the site is served on (and built for)."""
    return int(os.environ.get("RVF_PORT", "8765"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test in this directory as a browser test."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)
