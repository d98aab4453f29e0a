"""The calculator page without JavaScript: every default and preset number is in the built HTML.

The expected text comes from CPython's calc (the same renderers the build and the worker use);
the page is read from a context with JavaScript disabled, so nothing on it was computed in the
browser.
"""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import BrowserContext, Page, expect

import calc
from calc_helpers import CALC_PATH, default_outputs, form_state, outputs_in_html, preset_names
from calc.render import render_results

pytestmark = pytest.mark.browser


@pytest.fixture
def static_page(new_context: Any, browser_guard: Any) -> Page:
    """The calculator page in a context with JavaScript turned off (guarded like any other)."""
    context: BrowserContext = new_context(java_script_enabled=False)
    browser_guard.attach(context)
    page = context.new_page()
    page.goto(CALC_PATH)
    return page


def outputs_of(page: Page, selector: str) -> list[tuple[str, str, str | None]]:
    """(data-output, text, data-value) under ``selector``, read from the served HTML without scripts."""
    return outputs_in_html(page.locator(selector).inner_html())


def test_default_results_are_prerendered(static_page: Page) -> None:
    """With JavaScript off, every default data-output text and value equals CPython's render."""
    expect(static_page.locator("#rvf-results"), "results not marked pre-rendered").to_have_attribute(
        "data-source", "prerendered"
    )
    expect(static_page.locator("#rvf-status"), "status should stay static without JS").to_have_attribute(
        "data-state", "static"
    )
    shown = outputs_of(static_page, "#rvf-results-body")
    want = default_outputs()
    assert len(want) > 40, f"CPython renders only {len(want)} outputs for the defaults"
    assert {"rag.tco", "finetune.tco", "hybrid.tco", "cheapest", "break_even_queries_per_month"} <= {
        name for name, _, _ in shown
    }, "a headline output is missing from the page"
    assert shown == want, "pre-rendered default results differ from CPython's render"


def test_every_preset_is_prerendered(static_page: Page) -> None:
    """With JavaScript off, each preset's block equals CPython's render of that preset, and the picker lists it."""
    names = preset_names()
    blocks = static_page.locator(".rvf-preset-result")
    on_page = blocks.evaluate_all("(els) => els.map((e) => e.dataset.preset)")
    assert on_page == names, "the pre-rendered preset blocks are not the edition's presets, in order"
    options = static_page.locator("#rvf-preset option").evaluate_all("(els) => els.map((e) => e.value)")
    assert sorted(options) == sorted(["", *names]), "the preset picker does not offer exactly the presets"
    mismatched = []
    for name in names:
        want = outputs_in_html(render_results(calc.estimate(calc.build_scenario([("preset", name)]))))
        shown = outputs_of(static_page, f'.rvf-preset-result[data-preset="{name}"] .rvf-preset-body')
        if shown != want or not want:
            mismatched.append(name)
    assert not mismatched, f"pre-rendered results differ from CPython's for presets {mismatched}"


def test_form_shows_defaults_without_javascript(static_page: Page) -> None:
    """With JavaScript off, each form field holds its edition default and answers are unanswered."""
    defaults = calc.build_scenario([]).values
    shown = form_state(static_page)
    wrong = []
    for f in calc.FIELDS:
        text = shown.get(f.name)
        value = text if f.kind == "choice" or text is None else float(text)
        if value != defaults[f.name]:
            wrong.append(f"{f.name}={text!r} (default {defaults[f.name]!r})")
    assert not wrong, f"fields not showing their defaults: {wrong}"
    answered = {f.name: shown.get(f.name) for f in calc.ANSWER_FIELDS if shown.get(f.name) != ""}
    assert not answered, f"decision answers should start unanswered: {answered}"


def test_presets_with_javascript_wait_as_text_then_show(page: Page) -> None:
    """With JavaScript on, the preset blocks are not built while Python boots; once idle they show, equal to CPython's.

    While the page loads, the blocks stay the text of their <noscript> (no .rvf-preset-result
    element exists at DOMContentLoaded) and their section is hidden; after the live start has
    settled they are elements in #rvf-preset-list, visible, each equal to CPython's render.
    """
    page.add_init_script(
        "document.addEventListener('DOMContentLoaded', () => { window.__rvfBlocksAtDcl ="
        " document.querySelectorAll('.rvf-preset-result').length; });"
    )
    page.goto(f"{CALC_PATH}?queries_per_month=123457")  # a link that starts Python at once
    assert page.evaluate("window.__rvfBlocksAtDcl") == 0, "preset blocks were built as elements during the load"
    section = page.locator("#rvf-preset-results")
    expect(section, "the preset section shows before its blocks").to_be_hidden()
    expect(section, "the preset blocks never appeared").not_to_have_attribute("data-pending", "", timeout=60_000)
    expect(section).to_be_visible()
    expect(page.locator("#rvf-preset-store"), "the <noscript> copy should be gone").to_have_count(0)
    names = preset_names()
    on_page = page.locator("#rvf-preset-list .rvf-preset-result").evaluate_all("(els) => els.map((e) => e.dataset.preset)")
    assert on_page == names, "the preset blocks shown are not the edition's presets, in order"
    mismatched = []
    for name in names:
        want = outputs_in_html(render_results(calc.estimate(calc.build_scenario([("preset", name)]))))
        if outputs_of(page, f'#rvf-preset-list .rvf-preset-result[data-preset="{name}"] .rvf-preset-body') != want:
            mismatched.append(name)
    assert not mismatched, f"preset blocks differ from CPython's for presets {mismatched}"
    page.locator('.rvf-preset-result[data-preset="coding-assistant"] > summary').click()
    expect(page.locator('.rvf-preset-result[data-preset="coding-assistant"] .rvf-preset-body')).to_be_visible()


def test_sticky_results_stay_clear_of_the_presets(page: Page) -> None:
    """On a wide screen, scrolled to the preset section, the results (sticky beside the form) do not cover it."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(CALC_PATH)
    section = page.locator("#rvf-preset-results")
    expect(section).not_to_have_attribute("data-pending", "", timeout=60_000)
    page.locator("#rvf-presets-title").scroll_into_view_if_needed()
    results = page.locator("#rvf-results").bounding_box()
    presets = section.bounding_box()
    assert results and presets, "results or presets not laid out"
    assert results["x"] > presets["x"], "not the two-column layout this test is about"
    assert results["y"] + results["height"] <= presets["y"] + 1, (
        f"the results box (bottom at {results['y'] + results['height']:.0f}) covers the presets (top at {presets['y']:.0f})"
    )
