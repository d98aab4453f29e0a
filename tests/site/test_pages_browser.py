"""Every built page in Chromium: loads with no request leaving 127.0.0.1 and no console error,
fits a phone-width screen, and Material's colour-scheme toggle and local search work.

The guard in ``tests/conftest.py`` aborts and records any request to another host and fails the
test on any console error or uncaught page error; these tests only drive the pages.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, Response, expect

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LIVE_TIMEOUT_MS = 60_000


def _open(page: Page, base_url: str, page_url: str) -> list[str]:
    """Load a page and wait until it is idle; return the local responses that failed."""
    failed: list[str] = []

    def on_response(response: Response) -> None:
        if response.status >= 400:
            failed.append(f"{response.status} {response.url}")

    page.on("response", on_response)
    response = page.goto(base_url + page_url, wait_until="load")
    assert response is not None and response.ok, f"/{page_url}: {response and response.status}"
    page.wait_for_load_state("networkidle")
    if page.locator("#rvf-calculator").count():
        # The calculator starts Pyodide once the page is idle; let it finish so its requests
        # (runtime, wheel) and any worker error are checked as well.
        status = page.locator("#rvf-status")
        expect(status, "the live calculator should start from local files").to_have_attribute(
            "data-state", re.compile(r"^(ready|unavailable)$"), timeout=LIVE_TIMEOUT_MS
        )
        expect(status, "the live calculator should start").to_have_attribute("data-state", "ready")
    return failed


def test_page_loads_with_local_requests_only(page: Page, base_url: str, page_url: str) -> None:
    """The page loads with every request answered by the local server and no console error."""
    failed = _open(page, base_url, page_url)
    assert not failed, f"/{page_url}: failed requests: {failed}"
    expect(page.locator("article.md-content__inner"), "the page has its main content").to_have_count(1)


def test_page_fits_a_phone_screen(page: Page, base_url: str, page_url: str) -> None:
    """At 390 px wide the document does not scroll sideways."""
    page.set_viewport_size(PHONE)
    _open(page, base_url, page_url)
    scroll_width, inner_width = page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]"
    )
    if scroll_width > inner_width + 1:
        culprits = page.evaluate(
            """(limit) => [...document.querySelectorAll('body *')]
                 .filter((el) => el.getBoundingClientRect().right > limit)
                 .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= limit)
                 .slice(0, 8)
                 .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} `
                              + `right=${Math.round(el.getBoundingClientRect().right)}`)""",
            inner_width + 1,
        )
        pytest.fail(f"/{page_url}: document is {scroll_width} px wide at {inner_width} px: {culprits}")


def test_colour_scheme_toggle_switches_light_and_dark(page: Page, base_url: str) -> None:
    """The header's palette toggle is there and cycles to both the light and the dark scheme."""
    _open(page, base_url, "")
    toggle = page.locator('form[data-md-component="palette"] label.md-header__button:visible')
    expect(toggle, "one visible colour-scheme toggle in the header").to_have_count(1)
    seen = set()
    for _ in range(3):
        toggle.first.click()
        seen.add(page.locator("body").get_attribute("data-md-color-scheme"))
    assert {"default", "slate"} <= seen, f"schemes seen while toggling: {seen}"
    stored = page.evaluate("() => Object.keys(localStorage).filter((k) => k.endsWith('__palette'))")
    assert stored, "the chosen scheme is not remembered"


def test_search_finds_pages(page: Page, base_url: str) -> None:
    """Typing a word into Material's search box lists matching pages from the local index."""
    _open(page, base_url, "")
    box = page.locator("input.md-search__input")  # in the header at desktop width
    box.click()
    box.press_sequentially("retrieval", delay=20)
    results = page.locator(".md-search-result__item")
    expect(results.first, "search shows at least one result for 'retrieval'").to_be_visible(timeout=10_000)
    expect(page.locator(".md-search-result__meta")).to_contain_text(re.compile(r"\d+ matching document"))
    hrefs = results.locator("a").evaluate_all("(links) => links.map((a) => a.href)")
    assert hrefs and all(h.startswith(base_url) for h in hrefs), hrefs
