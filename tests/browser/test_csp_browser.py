"""The Content-Security-Policy in Chromium: every page, instant navigation, the live calculator
and search work under the policy ``hooks/csp.py`` writes, with no violation.

Violations are recorded two ways, and either fails a test: a ``securitypolicyviolation``
listener installed before any page script runs (``window.__cspViolations``), and any console
message, from the page or a worker, that mentions the Content Security Policy. (The shared guard
in ``tests/conftest.py`` also fails on console errors; the records here say which policy
and which resource.) ``test_recorder_sees_a_violation`` shows the recorder is not blind.

Instant navigation keeps one document and appends each new page's policy ``<meta>`` to its
head; every policy so added stays in force. These tests check that the policies the site writes
survive being stacked that way.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, ConsoleMessage, Page, expect

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("RVF_SITE_DIR") or REPO / "site").resolve()
SKIP_DIRS = ("assets/", "search/", "__fixtures__/")
LIVE_TIMEOUT_MS = 90_000  # cold Pyodide boot is ~3 s; leave room for a loaded machine
CSP_TEXT = re.compile(r"Content[- ]Security[- ]Policy", re.IGNORECASE)

RECORDER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push({
    directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample,
    source: e.sourceFile, line: e.lineNumber, policy: e.originalPolicy.slice(0, 80),
  });
});
"""


def built_pages() -> list[str]:
    """Every built page as a URL relative to the site root ("", "guide/", "404.html")."""
    urls = []
    for path in sorted(SITE.rglob("*.html")):
        rel = path.relative_to(SITE).as_posix()
        if not rel.startswith(SKIP_DIRS):
            urls.append(rel.removesuffix("index.html"))
    return urls or ["<site not built>"]


class CspRecorder:
    """Collects CSP console messages of a context and reads the page's violation list."""

    def __init__(self, context: BrowserContext) -> None:
        self.messages: list[str] = []
        context.add_init_script(RECORDER)
        context.on("console", self._on_console)

    def _on_console(self, message: ConsoleMessage) -> None:
        if CSP_TEXT.search(message.text):
            self.messages.append(f"[{message.type}] {message.text[:300]}")

    def problems(self, page: Page) -> list[str]:
        """Violations seen by the page's listener plus CSP console messages, as lines."""
        page.evaluate("0")  # a round trip, so pending console events arrive
        violations = page.evaluate("window.__cspViolations || []")
        return [f"violation: {v}" for v in violations] + [f"console: {m}" for m in self.messages]

    def assert_clean(self, page: Page, where: str) -> None:
        """Fail with every violation and CSP message seen so far."""
        problems = self.problems(page)
        assert not problems, f"{where}: CSP problems:\n  " + "\n  ".join(problems)


@pytest.fixture
def csp(context: BrowserContext) -> Iterator[CspRecorder]:
    """A recorder attached to the test's context before its page opens any document."""
    yield CspRecorder(context)


def instant_go(page: Page, path: str) -> None:
    """Follow the page's own link to ``path`` the way a reader does, and wait for the swap."""
    clicked = page.evaluate(
        """(path) => {
          const a = [...document.querySelectorAll("a[href]")].find(
            (a) => new URL(a.href).pathname === path && !new URL(a.href).hash);
          if (!a) return false;
          a.click();
          return true;
        }""",
        path,
    )
    assert clicked, f"no link to {path} on {page.url}"
    page.wait_for_function(
        "(path) => location.pathname === path && "
        "document.querySelector('link[rel=canonical]').href.endsWith(path)",
        arg=path,
    )
    page.wait_for_load_state("networkidle")


def wait_until_live(page: Page) -> None:
    """Wait for the calculator's worker, then change one field and wait for the live result."""
    status = page.locator("#rvf-status")
    expect(status, "the calculator should go live under the policy").to_have_attribute(
        "data-state", "ready", timeout=LIVE_TIMEOUT_MS
    )
    field = page.locator("#rvf-f-queries_per_month")
    field.fill("250000")
    field.dispatch_event("change")
    expect(page.locator("#rvf-results"), "a live result replaces the pre-rendered one").to_have_attribute(
        "data-source", "live", timeout=30_000
    )
    assert page.evaluate("typeof window.Chart === 'function'"), "chart.js did not load"
    expect(page.locator("#rvf-chart")).to_be_visible()


@pytest.mark.parametrize("url", built_pages())
def test_page_loads_without_csp_violation(page: Page, csp: CspRecorder, url: str) -> None:
    """Each built page loads (the calculator until live, with a recompute) with no CSP violation."""
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if page.locator("#rvf-calculator").count():
        wait_until_live(page)
    csp.assert_clean(page, f"/{url}")


def test_instant_navigation_without_csp_violation(page: Page, csp: CspRecorder) -> None:
    """Home -> guide -> FAQ -> costs -> home by instant navigation: one document, no violation."""
    page.goto("")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__rvfSameDocument = true")
    root = page.evaluate("new URL(document.baseURI).pathname.replace(/[^/]*$/, '')")
    for path in ("guide/", "faq/", "costs/", ""):
        instant_go(page, root + path)
        assert page.evaluate("window.__rvfSameDocument === true"), (
            f"/{path} was a full page load: instant navigation is off (site_url's port must match)"
        )
    policies = page.evaluate(
        "[...document.querySelectorAll('meta[http-equiv=Content-Security-Policy]')].length"
    )
    assert policies >= 1
    csp.assert_clean(page, "instant navigation")


def test_instant_navigation_to_the_calculator(page: Page, csp: CspRecorder) -> None:
    """Home -> calculator by instant navigation: the calculator goes live with no violation."""
    page.goto("")
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__rvfSameDocument = true")
    root = page.evaluate("new URL(document.baseURI).pathname.replace(/[^/]*$/, '')")
    instant_go(page, root + "calculator/")
    assert page.evaluate("window.__rvfSameDocument === true"), "instant navigation is off"
    csp.assert_clean(page, "after instant navigation to the calculator")
    wait_until_live(page)
    csp.assert_clean(page, "calculator live after instant navigation")


def test_search_without_csp_violation(page: Page, csp: CspRecorder) -> None:
    """Material's search (its worker, the index fetch, results, Enter) runs with no violation."""
    page.goto("faq/")
    page.wait_for_load_state("networkidle")
    page.keyboard.press("/")
    page.keyboard.type("latency")
    results = page.locator(".md-search-result__item")
    expect(results.first, "search lists results under the policy").to_be_visible(timeout=20_000)
    page.keyboard.press("Enter")  # opens the first result (Material handles it; no form submit)
    page.wait_for_load_state("networkidle")
    csp.assert_clean(page, "search")


def test_palette_toggle_without_csp_violation(page: Page, csp: CspRecorder) -> None:
    """Switching the colour scheme (Material's palette form and stored preference) causes no violation."""
    page.goto("guide/")
    page.wait_for_load_state("networkidle")
    for _ in range(2):
        page.locator("form[data-md-component=palette] label:visible").first.click()
    page.wait_for_function("() => window.__md_get('__palette') !== null")
    csp.assert_clean(page, "palette toggle")


@pytest.mark.allow_console_errors(r"Content Security Policy")
def test_recorder_sees_a_violation(page: Page, csp: CspRecorder) -> None:
    """An injected inline script is refused by the policy, and the recorder reports it."""
    page.goto("guide/")
    page.wait_for_load_state("networkidle")
    page.evaluate(
        "() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
        " document.body.append(s); }"
    )
    page.wait_for_function("window.__cspViolations.length > 0")
    assert page.evaluate("window.__ran") is None, "an unhashed inline script ran"
    problems = csp.problems(page)
    assert any("script-src" in p for p in problems), problems
