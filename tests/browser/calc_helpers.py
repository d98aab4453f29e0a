"""Shared helpers for the calculator page's browser tests (tests/browser/test_calculator_*.py).

- CPython's side of every comparison: ``expected(pairs)`` runs ``calc.browser.compute`` (the
  same function the worker runs in Pyodide) and ``outputs_in_html`` reads the ``data-output``
  elements of a rendered fragment with ``html.parser``. "The numbers match" means the list of
  (name, text, data-value) of every ``[data-output]`` element is equal, in document order.
- ``page_outputs`` reads the same list from the live page (``textContent``, so text inside
  closed ``<details>`` counts as well).
- Booting Pyodide costs seconds: modules that run many cases on one page use
  ``shared_calculator`` (module scope), and attach each test's ``browser_guard`` (conftest: no
  request leaving localhost, no console or page error) to the shared context with
  ``watch_shared``, so every test is still checked against what the shared page did during it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Page, expect

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.append(str(REPO))

import calc  # noqa: E402
from calc.browser import compute  # noqa: E402
from calc.render import render_results  # noqa: E402

CALC_PATH = "calculator/"
# Cold Pyodide boot is ~3 s on an idle 2-core machine; leave room for a loaded CI box.
LIVE_TIMEOUT_MS = 90_000
# One live recomputation after a form change (a worker call plus rendering).
COMPUTE_TIMEOUT_MS = 20_000
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                       "source", "track", "wbr"})

Output = tuple[str, str, "str | None"]
Pairs = Sequence[tuple[str, str]]


# --- CPython's side ------------------------------------------------------------------------


class _OutputParser(HTMLParser):
    """Collects (data-output, text content, data-value) of every element carrying data-output."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[list[Any]] = []  # [name, text parts, value]
        self._open: list[tuple[int, int]] = []  # (index into found, depth at which it opened)
        self._depth = 0
        self.rules: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if "data-rule" in a:
            self.rules.append(a["data-rule"] or "")
        if tag in VOID_TAGS:
            return
        self._depth += 1
        if "data-output" in a:
            self.found.append([a["data-output"], [], a.get("data-value")])
            self._open.append((len(self.found) - 1, self._depth))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        while self._open and self._open[-1][1] >= self._depth:
            self._open.pop()
        self._depth -= 1

    def handle_data(self, data: str) -> None:
        for index, _ in self._open:
            self.found[index][1].append(data)


def outputs_in_html(html: str) -> list[Output]:
    """(name, text, data-value) of each ``[data-output]`` element of an HTML fragment, in order."""
    parser = _OutputParser()
    parser.feed(html)
    parser.close()
    return [(name, "".join(parts), value) for name, parts, value in parser.found]


def rules_in_html(html: str) -> list[str]:
    """``data-rule`` ids (decision reasons and risks) of a fragment, in order."""
    parser = _OutputParser()
    parser.feed(html)
    parser.close()
    return parser.rules


def expected(pairs: Pairs, *, base_url: str = "") -> dict[str, Any]:
    """CPython's answer for the pairs, exactly as the worker computes it."""
    return compute([(k, v) for k, v in pairs], base_url=base_url)


def expected_query(pairs: Pairs) -> str:
    """The permalink query CPython builds for valid pairs (no leading "?")."""
    return calc.build_scenario([(k, v) for k, v in pairs]).query()


def default_outputs() -> list[Output]:
    """The default scenario's outputs, rendered by CPython."""
    return outputs_in_html(render_results(calc.estimate(calc.build_scenario([]))))


def preset_names() -> list[str]:
    """Every preset of the newest edition, in the edition's order."""
    return list(calc.EDITIONS[calc.LATEST_EDITION].presets)


def calc_url(base_url: str, query: str = "") -> str:
    """Absolute URL of the calculator page with ``query`` (no leading "?")."""
    return base_url + CALC_PATH + (f"?{query}" if query else "")


# --- the page's side -------------------------------------------------------------------------

_OUTPUTS_JS = """(root) => Array.from(root.querySelectorAll('[data-output]'),
    (e) => [e.dataset.output, e.textContent, e.hasAttribute('data-value') ? e.dataset.value : null])"""


def page_outputs(page: Page, selector: str = "#rvf-results-body") -> list[Output]:
    """(name, text, data-value) of each ``[data-output]`` under ``selector`` in the page."""
    return [tuple(x) for x in page.locator(selector).evaluate(_OUTPUTS_JS)]  # type: ignore[misc]


def page_rules(page: Page) -> list[str]:
    """``data-rule`` ids shown in the decision box."""
    return page.locator("#rvf-decision").evaluate(
        "(root) => Array.from(root.querySelectorAll('[data-rule]'), (e) => e.dataset.rule)"
    )


def form_state(page: Page) -> dict[str, str]:
    """Value of the preset picker, of every field and of every decision answer control."""
    return page.locator("#rvf-form").evaluate(
        """(form) => Object.fromEntries(Array.from(form.querySelectorAll('input[name], select[name]'),
            (e) => [e.name, e.value]))"""
    )


def wait_live(page: Page, *, timeout: int = LIVE_TIMEOUT_MS) -> None:
    """Wait until Pyodide is ready and the results on show come from the worker."""
    expect(page.locator("#rvf-status"), "the live calculator never became ready").to_have_attribute(
        "data-state", "ready", timeout=timeout
    )
    expect(page.locator("#rvf-results"), "results never switched to the live computation").to_have_attribute(
        "data-source", "live", timeout=COMPUTE_TIMEOUT_MS
    )


def open_calculator(page: Page, base_url: str, query: str = "") -> None:
    """Open the calculator (with an optional raw query) and wait for the live results."""
    page.goto(calc_url(base_url, query))
    wait_live(page)


def expect_query(page: Page, base_url: str, query: str, what: str) -> None:
    """Wait until the permalink in the address bar is exactly ``query`` (set after a live result)."""
    expect(page, f"permalink after {what}").to_have_url(calc_url(base_url, query), timeout=COMPUTE_TIMEOUT_MS)


def set_form(page: Page, *, preset: str, fields: dict[str, str], answers: dict[str, str]) -> None:
    """Select ``preset`` (the page resets the fields to its values), then set fields and answers.

    Two change events: the picker's, then the last control's; answers not given become "".
    """
    page.locator("#rvf-form").evaluate(
        """(form, {preset, fields, answers}) => {
            const picker = form.querySelector('#rvf-preset');
            picker.value = preset;  // a change event on the picker resets every field to its base
            picker.dispatchEvent(new Event('change', {bubbles: true}));
            let last = null;
            for (const [name, value] of Object.entries({...fields, ...answers})) {
                const el = form.querySelector('#rvf-f-' + name);
                el.value = value;
                last = el;
            }
            if (last) last.dispatchEvent(new Event('change', {bubbles: true}));
        }""",
        {"preset": preset, "fields": fields, "answers": {f.name: answers.get(f.name, "") for f in calc.ANSWER_FIELDS}},
    )


def injected_markup(page: Page) -> list[str]:
    """Elements a hostile payload would have created: event-handler attributes, img src=x, alert scripts."""
    return page.evaluate(
        """() => {
            const out = [];
            for (const el of document.querySelectorAll('*')) {
                for (const attr of el.attributes) {
                    if (/^on/i.test(attr.name)) out.push(el.outerHTML.slice(0, 120));
                }
            }
            for (const el of document.querySelectorAll('img[src="x"], svg[onload], script')) {
                const payload = el.tagName !== 'SCRIPT' || /alert\\(|__pwned/.test(el.textContent);
                if (payload) out.push(el.outerHTML.slice(0, 120));
            }
            return out;
        }"""
    )


# --- one booted page for many cases -------------------------------------------------------------

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


@dataclass
class SharedCalculator:
    """A calculator page booted once for a whole module."""

    context: BrowserContext
    page: Page
    base_url: str
    dialogs: list[str] = field(default_factory=list)  # JavaScript dialogs (alert...) ever opened
    boot_problems: list[str] = field(default_factory=list)


def _abort_external(shared: SharedCalculator, route) -> None:  # type: ignore[no-untyped-def]
    url = route.request.url
    if url.startswith(("data:", "blob:", "about:")) or (urlsplit(url).hostname or "") in LOCAL_HOSTS:
        route.fallback()
    else:
        shared.boot_problems.append(f"request left localhost (aborted): {url}")
        route.abort("blockedbyclient")


@contextmanager
def shared_calculator(
    browser: Browser, base_url: str, query: str = "", **context_args: Any
) -> Iterator[SharedCalculator]:
    """Boot the calculator (at ``query``) once in a new context; yields it and closes the context after.

    Requests leaving localhost are aborted for the context's whole life (each test's guard,
    attached with ``watch_shared``, records them too); console and page errors during the
    boot itself fail the fixture.
    """
    context = browser.new_context(base_url=base_url, **context_args)
    page = context.new_page()
    shared = SharedCalculator(context, page, base_url)
    context.route("**/*", lambda route: _abort_external(shared, route))
    booting = True

    def on_console(message) -> None:  # type: ignore[no-untyped-def]
        if booting and message.type == "error":
            shared.boot_problems.append(f"console error: {message.text}")

    def on_weberror(web_error) -> None:  # type: ignore[no-untyped-def]
        if booting:
            shared.boot_problems.append(f"page error: {web_error.error}")

    context.on("console", on_console)
    context.on("weberror", on_weberror)
    page.on("dialog", lambda d: (shared.dialogs.append(f"{d.type}: {d.message}"), d.dismiss()))
    try:
        open_calculator(page, base_url, query)
        page.evaluate("0")  # deliver pending events
        assert not shared.boot_problems, "while booting the shared page:\n  " + "\n  ".join(shared.boot_problems)
        booting = False
        yield shared
    finally:
        context.close()


def watch_shared(shared: SharedCalculator, guard: Any) -> None:
    """Let this test's conftest guard record what the shared context does during the test."""
    guard.attach(shared.context, route=False)  # the shared context already aborts external requests
    shared.dialogs.clear()


def reveal(page: Page, name: str) -> None:
    """Open the folded group that holds a field's control, as a reader does before editing it."""
    page.locator(f"#rvf-f-{name}").evaluate(
        "(el) => { const fold = el.closest('details'); if (fold && !fold.open) fold.querySelector('summary').click(); }"
    )
