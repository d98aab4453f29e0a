"""Built-site tests: the pages of ``site/`` (``RVF_SITE_DIR``), parsed or crawled.

The browser fixtures (system Chromium, the session's static server on ``RVF_PORT``, the guard
that fails a test on any request leaving localhost or any console error) come from
``tests/conftest.py``; a test module here opts in with ``pytestmark = pytest.mark.browser``.
A test that takes a ``page_url`` argument runs once per built page.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("RVF_SITE_DIR") or REPO / "site").resolve()
SKIP_DIRS = ("assets/", "search/", "__fixtures__/")


def page_urls() -> list[str]:
    """Every built HTML page as a URL relative to the site root ("", "guide/", "404.html")."""
    urls = []
    for path in sorted(SITE.rglob("*.html")):
        rel = path.relative_to(SITE).as_posix()
        if rel.startswith(SKIP_DIRS):
            continue
        urls.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return urls


def page_file(url: str) -> Path:
    """The file in site/ that serves ``url``."""
    return SITE / (url + "index.html" if url == "" or url.endswith("/") else url)


@pytest.fixture(scope="session")
def site() -> Path:
    """The built site directory; fails with a clear message when it was not built."""
    if not (SITE / "index.html").is_file():
        pytest.fail(f"built site not found: {SITE / 'index.html'} does not exist. Run `make build` first "
                    "(or point RVF_SITE_DIR at a built site).", pytrace=False)
    return SITE


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run tests taking ``page_url`` once per built page (the ``site`` fixture fails if none)."""
    if "page_url" in metafunc.fixturenames:
        metafunc.parametrize("page_url", page_urls() or ["<site not built>"])


@pytest.fixture(scope="session")
def page_path(site: Path):  # type: ignore[no-untyped-def]
    """A function mapping a page URL to its file in the built site."""
    return page_file
