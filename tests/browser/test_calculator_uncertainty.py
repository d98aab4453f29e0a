"""The uncertainty section in a real Chromium: pre-rendered bands before Python, the live bands equal
to CPython's for the same seed (every number, to the last rendered digit), a range typed into a
field, a preset's pre-rendered bands, and a phone layout that does not scroll sideways."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

import calc
from calc._render import preset_uncertainty
from calc._render_uncertainty import render_uncertainty_html
from calc.browser import compute_uncertainty
from calc_helpers import COMPUTE_TIMEOUT_MS, calc_url, open_calculator, outputs_in_html, page_outputs

pytestmark = pytest.mark.browser

BODY = "#rvf-uncertainty-body"


def _wait_live_bands(page: Page) -> None:
    expect(page.locator(BODY), "the bands never came from the worker").to_have_attribute(
        "data-source", "live", timeout=COMPUTE_TIMEOUT_MS * 4
    )
    expect(page.locator(BODY)).not_to_have_class("rvf-stale", timeout=COMPUTE_TIMEOUT_MS * 4)


def test_prerendered_bands_are_cpythons_before_python_loads(page: Page, base_url: str) -> None:
    page.route("**/*.wasm", lambda route: None)  # never answered: Python cannot start
    page.goto(calc_url(base_url))
    want = outputs_in_html(render_uncertainty_html(preset_uncertainty("default"),
                                                   calc.estimate(calc.build_scenario([]))))
    assert page_outputs(page, BODY) == want


def test_live_bands_equal_cpythons_for_the_same_seed(page: Page, base_url: str) -> None:
    open_calculator(page, base_url)
    _wait_live_bands(page)
    page.fill("#rvf-f-queries_per_month", "100000..400000")
    page.dispatch_event("#rvf-f-queries_per_month", "change")
    want = outputs_in_html(compute_uncertainty([("queries_per_month", "100000..400000")])["fragment"])
    expect(page.locator(f'{BODY} [data-output="uncertainty.approaches.rag.tco.p10"]')).to_have_attribute(
        "data-value", dict((n, v) for n, _, v in want)["uncertainty.approaches.rag.tco.p10"],
        timeout=COMPUTE_TIMEOUT_MS * 4,
    )
    _wait_live_bands(page)
    assert page_outputs(page, BODY) == want
    assert "queries_per_month=100000..400000" in page.url
    # The status says the ranges were recomputed; the export buttons now carry them.
    expect(page.locator("#rvf-uncertainty-status")).to_contain_text("Ranges recomputed")


def test_a_presets_prerendered_bands_show_when_it_is_picked_before_python(page: Page, base_url: str) -> None:
    page.route("**/*.wasm", lambda route: None)
    page.goto(calc_url(base_url))
    page.select_option("#rvf-preset", "handbook-assistant")
    want = outputs_in_html(render_uncertainty_html(preset_uncertainty("handbook-assistant"), compact=True))
    # Long context is the cheapest there: the lead sentence names its chance (none does for the defaults).
    expect(page.locator(f'{BODY} .rvf-uncertainty-lead [data-output="uncertainty.p_cheapest.long_context"]')
           ).to_have_attribute("data-value", want[0][2])
    assert page_outputs(page, BODY) == want


def test_bands_fit_a_phone(page: Page, base_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_calculator(page, base_url)
    _wait_live_bands(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 391, f"the page is {width} px wide on a 390 px phone"
