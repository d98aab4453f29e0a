"""The calculator's layout in a real Chromium, at phone and desktop widths: few inputs in view at
first, folded groups that count their changes and open for a permalink, the summary bar in view on
a phone while editing, and results that do not move when Python takes over."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from calc._fields import ANSWER_FIELDS, KEY_FIELDS
from calc_helpers import COMPUTE_TIMEOUT_MS, calc_url, wait_live

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1400, "height": 900}
VISIBLE_INPUTS_JS = """() => [...document.querySelectorAll('#rvf-form input[name], #rvf-form select[name]')]
    .filter((el) => el.checkVisibility()).map((el) => el.name)"""


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_only_questions_key_fields_and_presets_are_visible_at_first(page: Page, base_url: str, size: dict) -> None:
    page.set_viewport_size(size)
    page.goto(calc_url(base_url))
    visible = page.evaluate(VISIBLE_INPUTS_JS)
    want = ["preset", *(f.name for f in ANSWER_FIELDS), *KEY_FIELDS]
    assert sorted(visible) == sorted(want)
    expect(page.locator("details.rvf-fold").first).not_to_have_attribute("open", "")


def test_a_permalink_opens_the_group_of_the_field_it_sets(page: Page, base_url: str) -> None:
    page.goto(calc_url(base_url, "chunk_tokens=256&mfu=0.4"))
    retrieval = page.locator('details.rvf-fold[data-group="retrieval"]')
    expect(retrieval).to_have_attribute("open", "")
    expect(page.locator("#rvf-f-chunk_tokens")).to_be_visible()
    expect(retrieval.locator(".rvf-changed")).to_have_text("1 changed")
    expect(page.locator('details.rvf-fold[data-group="serving"]')).not_to_have_attribute("open", "")
    # A group summary is reachable and opens from the keyboard.
    summary = page.locator('details.rvf-fold[data-group="caching"] > summary')
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator('details.rvf-fold[data-group="caching"]')).to_have_attribute("open", "")


def test_phone_summary_stays_in_view_after_editing_the_first_field(page: Page, base_url: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(calc_url(base_url))
    wait_live(page)
    field = page.locator(f"#rvf-f-{KEY_FIELDS[0]}")
    field.scroll_into_view_if_needed()
    field.fill("250000")
    field.dispatch_event("change")
    bar = page.locator("#rvf-summary-bar")
    expect(bar).to_be_in_viewport()
    expect(page).to_have_url(calc_url(base_url, "edition=2026-12&queries_per_month=250000"), timeout=COMPUTE_TIMEOUT_MS)
    expect(bar).to_contain_text("RAG $")
    link = bar.get_by_role("link", name="Full results")
    expect(link).to_be_visible()
    assert link.get_attribute("href").endswith("#rvf-results")


def test_results_do_not_move_when_python_takes_over(page: Page, base_url: str) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(calc_url(base_url))
    before = page.locator("#rvf-results-title").bounding_box()
    wait_live(page)
    page.wait_for_timeout(300)
    after = page.locator("#rvf-results-title").bounding_box()
    assert before is not None and after is not None
    assert abs(before["y"] - after["y"]) < 1 and abs(before["x"] - after["x"]) < 1, (before, after)
