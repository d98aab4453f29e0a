"""Permalinks: a copied link reopens the same scenario; unknown and bad parameters are reported.

Permalinks (methodology page): the query holds the edition, the preset, the fields that differ and the decision
answers; an unknown parameter is a notice (old links keep working), a bad value is the field's
error and the field keeps its default.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, expect

import calc
from calc_helpers import (
    reveal,
    SharedCalculator,
    calc_url,
    default_outputs,
    expect_query,
    expected,
    expected_query,
    form_state,
    open_calculator,
    outputs_in_html,
    page_outputs,
    page_rules,
    rules_in_html,
    shared_calculator,
    wait_live,
    watch_shared,
)

pytestmark = pytest.mark.browser

EDITION = calc.LATEST_EDITION
# What the reader sets: a preset, fields of each group, every mode word that differs, answers.
PRESET = "support-chatbot"
FIELDS = [
    ("queries_per_month", "250000"),
    ("months", "24"),
    ("growth_per_month", "0.08"),
    ("retrieved_chunks", "8"),
    ("model_params_b", "70"),
]
SELECTS = [("serving", "self_hosted"), ("training", "self_hosted"), ("method", "full")]
ANSWERS_TYPED = [("labelled_examples", "20000"), ("latency_budget_ms", "800")]
ANSWERS_CHOSEN = [("knowledge_change", "weekly"), ("needs_citations", "yes"), ("stage", "production")]


@pytest.fixture
def clip_context(new_context: Any, browser_guard: Any) -> BrowserContext:
    """A guarded context whose pages may read and write the clipboard."""
    context = new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    browser_guard.attach(context)
    return context


def test_copied_link_reopens_the_same_scenario(
    clip_context: BrowserContext, new_context: Any, browser_guard: Any, base_url: str
) -> None:
    """Set a preset, fields and answers, copy the link, open it in a fresh page: same numbers, form and answers."""
    page = clip_context.new_page()
    open_calculator(page, base_url)
    page.locator("#rvf-preset").select_option(PRESET)
    expect_query(page, base_url, expected_query([("preset", PRESET)]), "choosing the preset")
    for name, value in FIELDS + ANSWERS_TYPED:
        reveal(page, name)
        page.locator(f"#rvf-f-{name}").fill(value)
        page.locator(f"#rvf-f-{name}").press("Tab")  # commits the edit (change event)
    for name, value in SELECTS + ANSWERS_CHOSEN:
        reveal(page, name)
        page.locator(f"#rvf-f-{name}").select_option(value)
    pairs = [("preset", PRESET), *FIELDS, *SELECTS, *ANSWERS_TYPED, *ANSWERS_CHOSEN]
    query = expected_query(pairs)
    for name, value in pairs:
        assert f"{name}={value}" in query, f"{name} should travel in the permalink: {query}"
    expect_query(page, base_url, query, "setting fields and answers")

    copy = page.locator("#rvf-copy-link")
    expect(copy, "Copy link should be enabled once live").to_be_enabled()
    copy.click()
    expect(page.locator("#rvf-action-status"), "no confirmation after copying").to_have_text("Link copied")
    link = page.evaluate("navigator.clipboard.readText()")
    assert link == calc_url(base_url, query), "the copied link is not the scenario's permalink"

    shown = page_outputs(page)
    decision = page_outputs(page, "#rvf-decision")
    form = form_state(page)
    want = expected(pairs)
    assert shown == outputs_in_html(want["fragments"]["results"]), "first page differs from CPython"
    assert decision == outputs_in_html(want["fragments"]["decision"]), "first page's decision differs"
    assert [o for o in decision if o[0] == "decision.recommendation"], "no recommendation shown"

    # A fresh page in a new context: nothing shared with the first page but the link.
    fresh = new_context()
    browser_guard.attach(fresh)
    other = fresh.new_page()
    other.goto(link)
    # The form is restored from the URL before Python has started.
    expect(other.locator("#rvf-preset"), "preset not restored from the link").to_have_value(PRESET)
    assert form_state(other) == form, "the form restored from the link differs"
    wait_live(other)
    expect(other, "the reopened page rewrote its permalink").to_have_url(link)
    assert page_outputs(other) == shown, "reopened page shows different numbers"
    assert page_outputs(other, "#rvf-decision") == decision, "reopened page shows a different decision"
    assert page_rules(other) == rules_in_html(want["fragments"]["decision"]), "different decision reasons"
    assert form_state(other) == form, "reopened page shows different form values or answers"
    expect(other.locator("#rvf-errors"), "reopened link shows errors").to_be_empty()


# One page load serves both checks below: an old link with an unknown parameter and a bad value.
ODD_LINK = f"edition={EDITION}&frobnicate=%3Cb%3E7%3C%2Fb%3E&queries_per_month=abc"
ODD_PAIRS = [("edition", EDITION), ("frobnicate", "<b>7</b>"), ("queries_per_month", "abc")]


@pytest.fixture(scope="module")
def odd_link(browser: Browser, base_url: str) -> Iterator[SharedCalculator]:
    """The calculator opened (once for the module) at a link with an unknown parameter and a bad value."""
    with shared_calculator(browser, base_url, ODD_LINK) as shared:
        yield shared


def test_unknown_parameter_is_a_notice(odd_link: SharedCalculator, browser_guard: Any) -> None:
    """An unknown parameter shows a notice naming it (as text), and is not an error."""
    watch_shared(odd_link, browser_guard)
    page = odd_link.page
    notices = page.locator("#rvf-notices")
    expect(notices, "no notice for the unknown parameter").to_contain_text("frobnicate")
    want = expected(ODD_PAIRS)
    assert want["warnings"] and "frobnicate" in want["warnings"][0], "CPython should warn about it"
    assert notices.locator("li").all_text_contents() == want["warnings"], "notices differ from CPython's warnings"
    assert notices.locator("b").count() == 0, "markup from the URL was inserted into the notice"
    assert "frobnicate" not in page.locator("#rvf-errors").text_content(), "an unknown parameter is not an error"


def test_bad_value_shows_field_error_and_default_results(
    odd_link: SharedCalculator, browser_guard: Any
) -> None:
    """?queries_per_month=abc names the field in the alert and next to it; results are the defaults'."""
    watch_shared(odd_link, browser_guard)
    page = odd_link.page
    errors = page.locator("#rvf-errors")
    expect(errors, "#rvf-errors must be an alert").to_have_attribute("role", "alert")
    expect(errors, "the alert does not name the field").to_contain_text("queries_per_month")
    expect(errors, "the alert does not quote the value").to_contain_text("abc")
    assert errors.locator("li").count() == 1, "one bad value, one error"
    field_error = page.locator("#rvf-e-queries_per_month")
    expect(field_error, "no error next to the field").to_be_visible()
    expect(field_error, "the field's error does not say what is allowed").to_contain_text("allowed")
    expect(page.locator("#rvf-f-queries_per_month"), "field not marked invalid").to_have_attribute(
        "aria-invalid", "true"
    )
    link = errors.get_by_role("link", name="queries_per_month")
    expect(link, "the alert should link to the field").to_have_attribute("href", "#rvf-f-queries_per_month")
    assert page_outputs(page) == default_outputs(), "results are not the defaults' after a bad value"
    expect_query(page, odd_link.base_url, f"edition={EDITION}", "a bad value (the permalink keeps the default)")
