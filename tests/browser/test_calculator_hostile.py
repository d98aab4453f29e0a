"""Hostile input, typed into the form and given in the URL, is refused clearly and never executed.

Every case must give an error naming the field in ``#rvf-errors`` (role="alert") and next to
the field, leave no page error or console error (conftest's guard), open no dialog (the
markup payloads call ``alert``), set no ``window.__pwned`` (the others try to), and add no
element or event-handler attribute from the payload to the page. The results shown stay
the defaults (a refused value keeps its default). The number grammar and the validation rules (methodology page) say which
values are refused.

Typed cases share one booted page. URL cases are grouped into a few links, each field at most
once per link (every error is reported at once), so each link costs one boot.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import pytest
from playwright.sync_api import Browser, Page, expect

from calc_helpers import (
    reveal,
    SharedCalculator,
    calc_url,
    default_outputs,
    expected,
    injected_markup,
    outputs_in_html,
    page_outputs,
    shared_calculator,
    wait_live,
    watch_shared,
)

pytestmark = pytest.mark.browser

LONG_DIGITS = "9" * 10_000
LONG_TEXT = "<b>x</b>" * 1_250  # 10,000 characters of markup
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_SVG = '"><svg onload=alert(1)>'
PWN_IMG = '<img src=x onerror="window.__pwned=1">'
PWN_ATTR = "\" autofocus onfocus=\"window.__pwned=1"

# (field, value typed into its text input)
TYPED: list[tuple[str, str]] = [
    ("queries_per_month", "-5"),
    ("growth_per_month", "-0.9"),
    ("months", "0"),
    ("months", "61"),
    ("mfu", "1.5"),
    ("gpu_hour_price", "0.001"),
    ("decode_ms_per_token", "0.05"),
    ("gpus_per_instance", "17"),
    ("queries_per_month", "1e11"),
    ("queries_per_month", "NaN"),
    ("prompt_tokens", "nan"),
    ("output_tokens", "Infinity"),
    ("gpu_hour_price", "-inf"),
    ("corpus_tokens", "1e400"),
    ("months", ""),
    ("mfu", "   "),
    ("queries_per_month", "1_000"),
    ("prompt_tokens", "\u0661\u0662\u0663"),
    ("output_tokens", "\uff11\uff12"),
    ("epochs", "three"),
    ("model_params_b", "1,000"),
    ("eng_hourly_rate", "$100"),
    ("queries_per_month", "0x10"),
    ("gpu_peak_tflops", "1e"),
    ("corpus_churn", "."),
    ("rerank_ms", "+-5"),
    ("label_cost", XSS_IMG),
    ("chunk_tokens", XSS_SCRIPT),
    ("api_input_price", XSS_SVG),
    ("vector_read_price", PWN_IMG),
    ("orchestration_monthly", PWN_ATTR),
    ("tokens_per_example", "<b onmouseover=alert(1)>x</b>"),
    ("retrains_per_year", "javascript:alert(1)"),
    ("prompt_tokens", "{{7*7}}"),
    ("embedding_dims", LONG_DIGITS),
    ("vector_search_ms", LONG_TEXT),
    ("months", " 12 "),
    ("months", "12.5"),
    ("hp_runs", "2.5"),
    ("train_examples", "1e3.5"),
    ("serving_min_replicas", "-1"),
    ("queries_per_month", "1\u00002"),
    ("labelled_examples", "12.5"),
    ("latency_budget_ms", "-1"),
    ("latency_budget_ms", XSS_SCRIPT),
]

# Links: raw query strings (already percent-encoded, as a pasted link would be). Each field at
# most once per link, except where the repeat is the point.
URL_BATCHES: dict[str, list[tuple[str, str]]] = {
    "numbers": [
        ("queries_per_month", "-1"),
        ("growth_per_month", "-0.51"),
        ("months", "3&months=4"),  # the field given twice
        ("prompt_tokens", "NaN"),
        ("output_tokens", "nan"),
        ("api_input_price", "Infinity"),
        ("api_output_price", "-inf"),
        ("ft_input_price", "1e400"),
        ("ft_output_price", ""),
        ("ft_hosting_per_hour", "1_000"),
        ("gpu_hour_price", "%D9%A1%D9%A2%D9%A3"),  # Arabic-Indic digits
        ("gpus_per_instance", "%EF%BC%91%EF%BC%92"),  # fullwidth digits
        ("serving_gpus_per_replica", "12.5"),
        ("serving_min_replicas", "%2012%20"),  # whitespace-padded
        ("serving_prefill_tps", "%00"),
        ("serving_decode_tps", "1e7.5"),
        ("decode_ms_per_token", "0"),
        ("corpus_tokens", "1e14"),
        ("corpus_churn", "2"),
        ("chunk_tokens", "0"),
        ("retrieved_chunks", "1001"),
        ("embedding_price", "lots"),
        ("embedding_dims", "1536.5"),
        ("serving", "gpu"),
        ("training", "API"),
        ("method", "LoRA"),
        ("labelled_examples", "-3"),
        ("latency_budget_ms", "60001"),
        ("knowledge_change", "daily"),
        ("stage", "launched"),
    ],
    "markup": [
        ("vector_db_min_monthly", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
        ("vector_storage_price", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
        ("vector_read_price", "%22%3E%3Csvg%20onload%3Dalert(1)%3E"),
        ("orchestration_monthly", "%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E"),
        ("rag_eng_hours_per_month", "9" * 10_000),
        ("query_embedding_ms", "%3Cb%3E" * 1_000),
        ("vector_search_ms", "%27%3B%20window.__pwned%3D1%3B%20%27"),
        ("rerank_ms", "javascript%3Aalert(1)"),
        ("api_training_price", "%26lt%3Bscript%26gt%3B"),
        ("model_params_b", "0"),
        ("train_examples", "1e9.5"),
        ("tokens_per_example", "%E2%88%9E"),  # the infinity sign
        ("epochs", "%2B%2B3"),
        ("hp_runs", "3%0A"),  # a trailing newline
        ("retrains_per_year", "13"),
        ("new_examples_share", "-0.0001"),
        ("label_cost", "1e5"),
        ("gpu_peak_tflops", "0.5"),
        ("gpu_memory_gb", "%F0%9F%92%A5"),  # an emoji
        ("mfu", "0"),
        ("run_overhead_hours", "1001"),
        ("ft_eng_hours_per_cycle", "1e-"),
        ("eng_hourly_rate", "%E2%80%8B100"),  # zero-width space before the digits
        ("needs_citations", "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"),
        ("behaviour_need", "%22%3E%3Csvg%20onload%3Dalert(1)%3E"),
        ("ml_capacity", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ],
}
URL_EXTRA = {
    # Unknown parameter names with markup are notices, shown as text.
    "markup": "&%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1",
}


def hostile_count() -> int:
    """Hostile values across typed and URL cases."""
    return len(TYPED) + sum(len(b) for b in URL_BATCHES.values())


def test_enough_hostile_inputs() -> None:
    """At least 40 typed and 40 URL hostile values, covering every kind named in the issue."""
    assert len(TYPED) >= 40 and sum(len(b) for b in URL_BATCHES.values()) >= 40, hostile_count()
    typed = {v for _, v in TYPED}
    for needed in ("NaN", "nan", "Infinity", "-inf", "1e400", "", "1_000", "\u0661\u0662\u0663", "\uff11\uff12",
                   XSS_IMG, XSS_SCRIPT, XSS_SVG, LONG_DIGITS, " 12 ", "12.5"):
        assert needed in typed, f"typed cases lack {needed[:20]!r}"


def assert_not_executed(page: Page, dialogs: list[str]) -> None:
    """No dialog opened, no __pwned flag, no element or handler attribute from a payload in the DOM."""
    assert not dialogs, f"a payload opened a dialog: {dialogs}"
    assert page.evaluate("window.__pwned") is None, "a payload ran script (window.__pwned set)"
    assert injected_markup(page) == [], "payload markup reached the DOM"


# --- typed, on one booted page -----------------------------------------------------------------


@pytest.fixture(scope="module")
def shared(browser: Browser, base_url: str) -> Iterator[SharedCalculator]:
    """One calculator page for every typed case."""
    with shared_calculator(browser, base_url) as calc_page:
        yield calc_page


@pytest.mark.parametrize(("field", "value"), TYPED, ids=[f"{f}-{i}" for i, (f, _) in enumerate(TYPED)])
def test_typed_hostile_value(shared: SharedCalculator, browser_guard: Any, field: str, value: str) -> None:
    """Typing a hostile value gives the field's error in the alert and beside it, defaults, nothing run."""
    watch_shared(shared, browser_guard)
    page = shared.page
    want = expected([(field, value)])
    assert [e["field"] for e in want["errors"]] == [field], f"CPython should refuse {field}={value[:40]!r}"
    control = page.locator(f"#rvf-f-{field}")
    default = control.get_attribute("data-default") or ""
    reveal(page, field)
    control.fill(value)
    control.dispatch_event("change")
    errors = page.locator("#rvf-errors")
    expect(errors, f"no alert naming {field}").to_contain_text(f"{field}:")
    expect(errors, "the alert lost role=alert").to_have_attribute("role", "alert")
    field_error = page.locator(f"#rvf-e-{field}")
    expect(field_error, f"no error beside {field}").to_be_visible()
    message = want["errors"][0]["message"]
    expect(field_error, "the error beside the field is not CPython's message").to_have_text(message)
    expect(control, "field not marked invalid").to_have_attribute("aria-invalid", "true")
    assert len(errors.text_content() or "") < 400, "the error quotes the whole long value"
    assert page_outputs(page) == default_outputs(), "results are not the defaults after a refused value"
    assert_not_executed(page, shared.dialogs)
    # Put the default back: the error goes away.
    control.fill(default)
    control.dispatch_event("change")
    expect(errors, "the error stayed after the default was restored").to_be_empty()
    expect(field_error, "the field's error stayed").to_be_hidden()
    assert control.get_attribute("aria-invalid") is None


# --- in the URL, a few links ---------------------------------------------------------------


def batch_query(name: str) -> str:
    """The raw query of URL batch ``name``."""
    return "&".join(f"{k}={v}" for k, v in URL_BATCHES[name]) + URL_EXTRA.get(name, "")


# The first text field of each link and the text the form must hold before Python starts.
FIRST_TEXT = {"numbers": ("queries_per_month", "-1"), "markup": ("vector_db_min_monthly", XSS_IMG)}


@pytest.mark.parametrize("batch", list(URL_BATCHES))
def test_hostile_values_in_url(new_context: Any, browser_guard: Any, base_url: str, batch: str) -> None:
    """A link full of hostile values: each field named in the alert and beside it, defaults shown, nothing run."""
    context = new_context()
    browser_guard.attach(context)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    query = batch_query(batch)
    page.goto(calc_url(base_url, query))
    # Before Python starts, the form holds the link's value as plain text.
    name, text = FIRST_TEXT[batch]
    expect(page.locator(f"#rvf-f-{name}"), "the link's value is not in its field").to_have_value(text)
    assert_not_executed(page, dialogs)
    wait_live(page)
    given = parse_qsl(query, keep_blank_values=True)
    want = expected(given)
    fields = sorted({f for f, _ in URL_BATCHES[batch]})
    assert sorted(e["field"] for e in want["errors"]) == fields, "CPython should refuse every value of the link"
    errors = page.locator("#rvf-errors")
    expect(errors, "no alert naming the first field").to_contain_text(f"{fields[0]}:")
    expect(errors, "the alert lost role=alert").to_have_attribute("role", "alert")
    shown = [t.split(":", 1)[0] for t in errors.locator("li").all_text_contents()]
    assert sorted(shown) == fields, "the alert does not name exactly the refused fields"
    for e in want["errors"]:
        beside = page.locator(f"#rvf-e-{e['field']}")
        expect(beside, f"no error beside {e['field']}").to_have_text(e["message"])
        expect(page.locator(f"#rvf-f-{e['field']}"), f"{e['field']} not marked invalid").to_have_attribute(
            "aria-invalid", "true"
        )
    assert page_outputs(page) == outputs_in_html(want["fragments"]["results"]) == default_outputs(), (
        "results are not the defaults"
    )
    assert page.locator("#rvf-notices li").all_text_contents() == want["warnings"], "notices differ from CPython"
    expect(page, "the address bar should hold the clean permalink").to_have_url(calc_url(base_url, want["query"]))
    assert_not_executed(page, dialogs)


# --- URL keys that are element ids, not field names ----------------------------------------------------


def test_element_ids_in_the_url_set_no_control(new_context: Any, browser_guard: Any, base_url: str) -> None:
    """?rvf-preset=… and ?rvf-f-stage=… name elements, not fields: the picker and the decision select
    keep their defaults, the live result is the defaults', and the permalink names no preset."""
    context = new_context()
    browser_guard.attach(context)
    page = context.new_page()
    page.goto(calc_url(base_url, "rvf-preset=support-chatbot&rvf-f-stage=production"))
    expect(page.locator("#rvf-preset")).to_have_value("")
    expect(page.locator("#rvf-f-stage")).to_have_value("")
    wait_live(page)
    expect(page.locator("#rvf-preset")).to_have_value("")
    assert "preset=" not in page.url.split("?", 1)[-1].replace("rvf-preset=", "")
    expect(page.locator("#rvf-f-stage")).to_have_value("")
