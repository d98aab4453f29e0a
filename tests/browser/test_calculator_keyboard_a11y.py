"""The calculator with the keyboard alone, its exports, and axe-core (from npm) on the page.

Keyboard: Tab to the preset picker, choose with the arrow keys, Tab to a field, type, Tab on,
Enter on Copy link, Copy Markdown table, Download CSV and Download JSON. Nothing is clicked.

axe-core: ``node_modules/axe-core/axe.min.js`` injected into a context with ``bypass_csp`` (the
site's policy forbids inline scripts), run with its default rule set (no rule disabled, no
scope narrowed) over the whole page, after the live result is shown, with every ``<details>``
opened so the monthly table and every preset's block are checked too. Light and dark come from
the context's ``color_scheme`` (the site follows the system scheme until a reader picks one).
A failure lists each violation with its nodes, marked [calculator] when the node is inside
``#rvf-calculator`` and [theme] when it is Material's page chrome.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

import calc
from calc_helpers import (
    reveal,
    REPO,
    SharedCalculator,
    calc_url,
    expect_query,
    expected,
    expected_query,
    open_calculator,
    outputs_in_html,
    page_outputs,
    shared_calculator,
    watch_shared,
)

pytestmark = pytest.mark.browser

AXE_JS = REPO / "node_modules" / "axe-core" / "axe.min.js"
MAX_TABS = 400
ANSWERS = [("knowledge_change", "weekly"), ("needs_citations", "yes"), ("behaviour_need", "strict"),
           ("stage", "production")]


# --- keyboard -----------------------------------------------------------------------------


def active_id(page: Page) -> str:
    """id of the focused element ("" when it has none)."""
    return page.evaluate("document.activeElement ? document.activeElement.id : ''")


def tab_to(page: Page, element_id: str) -> int:
    """Press Tab until the element with ``element_id`` has focus; returns the number of presses."""
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if active_id(page) == element_id:
            return presses
    raise AssertionError(f"#{element_id} never received focus after {MAX_TABS} Tab presses")


def clipboard(page: Page) -> str:
    """The clipboard's text (the context grants clipboard-read)."""
    return page.evaluate("navigator.clipboard.readText()")


@pytest.fixture
def keyboard_context(new_context: Any, browser_guard: Any) -> BrowserContext:
    """A guarded context (the site's real CSP applies) with clipboard access and downloads."""
    context = new_context(accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    browser_guard.attach(context)
    return context


def test_whole_flow_with_the_keyboard(keyboard_context: BrowserContext, base_url: str, tmp_path: Path) -> None:
    """Preset, edit, results, copy link, Markdown and both downloads, using only the keyboard."""
    page = keyboard_context.new_page()
    open_calculator(page, base_url)

    # Preset: Tab to the picker, arrow down twice (the first two options after "Defaults").
    tab_to(page, "rvf-preset")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    preset = page.locator("#rvf-preset").input_value()
    assert preset in calc.EDITIONS[calc.LATEST_EDITION].presets, f"arrow keys chose {preset!r}"
    expect_query(page, base_url, expected_query([("preset", preset)]), "choosing a preset with the arrow keys")

    # Edit a field: Tab to it, replace its text, Tab away (the change recomputes).
    tab_to(page, "rvf-f-queries_per_month")
    page.keyboard.press("Control+A")
    page.keyboard.type("250000")
    page.keyboard.press("Tab")
    pairs = [("preset", preset), ("queries_per_month", "250000")]
    query = expected_query(pairs)
    expect_query(page, base_url, query, "typing a value")
    want = expected(pairs, base_url=base_url)
    assert page_outputs(page) == outputs_in_html(want["fragments"]["results"]), "results differ from CPython"
    expect(page.locator('#rvf-results-body [data-output="rag.tco"]'), "RAG total not shown").to_be_visible()

    # Copy link.
    tab_to(page, "rvf-copy-link")
    page.keyboard.press("Enter")
    status = page.locator("#rvf-action-status")
    expect(status, "no confirmation for Copy link").to_have_text("Link copied")
    assert clipboard(page) == calc_url(base_url, query), "the copied link is not the permalink"

    # Copy Markdown table: the table with the permalink under it.
    tab_to(page, "rvf-copy-md")
    page.keyboard.press("Enter")
    expect(status, "no confirmation for Copy Markdown").to_have_text("Markdown table copied")
    markdown = clipboard(page)
    assert markdown == want["exports"]["markdown"], "the Markdown differs from CPython's"
    assert calc_url(base_url, query) in markdown, "the Markdown lacks the permalink"
    assert markdown.startswith("| "), "the Markdown does not start with a table"

    # Download CSV: edition and model_version rows.
    tab_to(page, "rvf-dl-csv")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    csv_path = tmp_path / info.value.suggested_filename
    info.value.save_as(csv_path)
    assert csv_path.suffix == ".csv"
    rows = {row[0]: row[1:] for row in csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8")))}
    assert rows["edition"][0] == calc.LATEST_EDITION, "CSV edition row"
    assert rows["model_version"][0] == calc.MODEL_VERSION, "CSV model_version row"
    assert rows["scenario.queries_per_month"][0] in ("250000", "250000.0"), "CSV lacks the typed value"
    expect(status, "no confirmation for the CSV download").to_contain_text(".csv")

    # Download JSON: parses, carries edition and model_version, equals CPython's estimate.
    tab_to(page, "rvf-dl-json")
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    json_path = tmp_path / info.value.suggested_filename
    info.value.save_as(json_path)
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["edition"] == calc.LATEST_EDITION and data["model_version"] == calc.MODEL_VERSION
    assert data["preset"] == preset
    assert data == want["estimate"], "the JSON download differs from CPython's estimate"


# --- axe-core -----------------------------------------------------------------------------

_AXE_RUN = """async () => {
    for (const d of document.querySelectorAll('details')) d.open = true;
    const root = document.getElementById('rvf-calculator');
    const result = await axe.run(document);
    return result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => {
            const el = document.querySelector(n.target[0]);
            return {target: n.target.join(' '), ours: !!(el && root && root.contains(el)),
                    summary: n.failureSummary, html: n.html.slice(0, 160)};
        }),
    }));
}"""


def axe_violations(page: Page) -> list[dict]:
    """axe-core's violations on the whole page, every rule at its default setting."""
    assert AXE_JS.is_file(), f"{AXE_JS} missing: run `npm ci`"
    page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    return page.evaluate(_AXE_RUN)


def describe(violations: list[dict]) -> str:
    """Readable lines: rule, impact, help, then each node as [calculator] or [theme]."""
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for n in v["nodes"]:
            where = "calculator" if n["ours"] else "theme"
            summary = " ".join(n["summary"].split())[:200]
            lines.append(f"    [{where}] {n['target']}: {summary} -- {n['html']}")
    return "\n".join(lines)


def answer_questions(page: Page) -> None:
    """Answer some decision questions so the decision box shows reasons, risks and links."""
    for name, value in ANSWERS:
        page.locator(f"#rvf-f-{name}").select_option(value)


@pytest.fixture(scope="module")
def light(browser: Browser, base_url: str) -> Iterator[SharedCalculator]:
    """The calculator in the light scheme, booted once, scripts injectable (bypass_csp)."""
    with shared_calculator(browser, base_url, bypass_csp=True, color_scheme="light") as shared:
        yield shared


def test_axe_light(light: SharedCalculator, browser_guard: Any) -> None:
    """No axe violations on the calculator page in the light scheme, with a live result and a decision."""
    watch_shared(light, browser_guard)
    page = light.page
    answer_questions(page)
    expect_query(page, light.base_url, expected_query(ANSWERS), "answering the decision questions")
    assert page.evaluate("document.body.dataset.mdColorScheme") == "default", "not the light scheme"
    violations = axe_violations(page)
    assert not violations, "axe violations (light):\n" + describe(violations)


def test_axe_with_an_error_showing(light: SharedCalculator, browser_guard: Any) -> None:
    """No axe violations while a validation error is shown in the alert and beside its field."""
    watch_shared(light, browser_guard)
    page = light.page
    field = page.locator("#rvf-f-months")
    reveal(page, "months")
    field.fill("12.5")
    field.press("Tab")
    expect(page.locator("#rvf-e-months"), "no error beside the field").to_be_visible()
    expect(page.locator("#rvf-errors"), "no alert").to_contain_text("months:")
    violations = axe_violations(page)
    assert not violations, "axe violations (with an error):\n" + describe(violations)


def test_axe_dark(browser: Browser, base_url: str, browser_guard: Any) -> None:
    """No axe violations on the calculator page in the dark (slate) scheme, with a live result and a decision."""
    with shared_calculator(browser, base_url, bypass_csp=True, color_scheme="dark") as dark:
        watch_shared(dark, browser_guard)
        page = dark.page
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate", "not the dark scheme"
        answer_questions(page)
        expect_query(page, base_url, expected_query(ANSWERS), "answering the decision questions")
        violations = axe_violations(page)
        assert not violations, "axe violations (dark):\n" + describe(violations)
