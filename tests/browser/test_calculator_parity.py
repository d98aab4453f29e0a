"""The live calculator (calc in Pyodide, in the worker) shows exactly what CPython's calc renders.

One page is booted for the whole module. Each case sets the form (a preset, fields, decision
answers), waits until the address bar holds the permalink CPython builds for the same
scenario (the page writes it right after showing a live result), then compares every
``data-output`` element's text and ``data-value`` with CPython's fragment, the decision's
outputs and rules, and the notices with CPython's warnings.

Random scenarios: ``random.Random(SEED + i)`` draws every field inside its allowed range (the methodology page's field table)
(log-uniform where the range spans three decades or more, integers for whole fields,
sometimes the exact bounds), cycles through every serving/training/method word, starts a
quarter of the cases from a random preset, and answers a random subset of the decision
questions.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import pytest
from playwright.sync_api import Browser, expect

import calc
from calc_helpers import (
    SharedCalculator,
    expect_query,
    expected,
    expected_query,
    outputs_in_html,
    page_outputs,
    page_rules,
    preset_names,
    rules_in_html,
    set_form,
    shared_calculator,
    watch_shared,
)

pytestmark = pytest.mark.browser

SEED = 20261123
RANDOM_CASES = 32
CHOICES = {f.name: f.choices for f in calc.FIELDS if f.kind == "choice"}
NUMERIC = [f for f in calc.FIELDS if f.kind != "choice"]


@pytest.fixture(scope="module")
def shared(browser: Browser, base_url: str) -> Iterator[SharedCalculator]:
    """One calculator page, booted once, for every case of this module."""
    with shared_calculator(browser, base_url) as calc_page:
        yield calc_page


@pytest.fixture(autouse=True)
def _watched(shared: SharedCalculator, browser_guard: Any) -> None:
    """Each test's guard watches the shared page."""
    watch_shared(shared, browser_guard)


# --- drawing scenarios ---------------------------------------------------------------------


def draw_number(rng: random.Random, f: calc.Field) -> str:
    """A value of numeric field ``f`` inside its range, as text a reader could type."""
    low, high = float(f.low), float(f.high)  # type: ignore[arg-type]
    u = rng.random()
    if u < 0.06:
        x = low
    elif u < 0.12:
        x = high
    else:
        floor = low if low > 0 else min(1.0, high / 1e4)
        if high / floor >= 1000:  # wide range: log-uniform, with a little mass at the low end
            x = math.exp(rng.uniform(math.log(floor), math.log(high)))
        else:
            x = rng.uniform(low, high)
    if f.kind == "whole":
        n = min(int(high), max(int(low), round(x)))
        style = rng.random()
        if style < 0.1:
            return f"{n}.0"
        if style < 0.2 and n >= 1000 and n % 1000 == 0:
            return f"{n // 1000}e3"
        return str(n)
    style = rng.random()
    if style < 0.15:
        return f"{x:.3e}"
    return f"{x:.6g}"


def draw_answer(rng: random.Random, f: calc.Field) -> str:
    """A valid decision answer for ``f``."""
    if f.kind == "choice":
        return rng.choice(f.choices)
    if f.kind == "whole":
        return str(int(math.exp(rng.uniform(0, math.log(float(f.high))))) if rng.random() > 0.1 else "0")
    return f"{rng.uniform(float(f.low), float(f.high)):.6g}"  # type: ignore[arg-type]


def draw_scenario(i: int) -> tuple[str, dict[str, str], dict[str, str]]:
    """Case ``i``: (preset or "", field texts to set, decision answers)."""
    rng = random.Random(SEED + i)
    preset = rng.choice(preset_names()) if i % 4 == 3 else ""
    if i % 2 == 0:
        chosen = NUMERIC  # every field drawn
    else:
        chosen = rng.sample(NUMERIC, k=rng.randint(3, 12))
    fields = {f.name: draw_number(rng, f) for f in chosen}
    fields["serving"] = CHOICES["serving"][i % 2]
    fields["training"] = CHOICES["training"][(i // 2) % 2]
    fields["method"] = CHOICES["method"][i % 3]
    fields["ft_hosting"] = CHOICES["ft_hosting"][(i // 3) % 2]
    answers = {f.name: draw_answer(rng, f) for f in calc.ANSWER_FIELDS if rng.random() < 0.5}
    return preset, fields, answers


def test_random_scenarios_cover_every_mode_and_range() -> None:
    """The drawn scenarios use every serving/training/method word, and span each wide field's decades."""
    drawn = [draw_scenario(i) for i in range(RANDOM_CASES)]
    for name, words in CHOICES.items():
        assert {fields[name] for _, fields, _ in drawn} == set(words), f"{name} words not all drawn"
    combos = {(f["serving"], f["training"], f["method"]) for _, f, _ in drawn}
    assert len(combos) == 12, f"only {len(combos)} of the 12 serving x training x method combinations drawn"
    q = [float(f["queries_per_month"]) for _, f, _ in drawn if "queries_per_month" in f]
    assert min(q) < 1e3 and max(q) > 1e8, f"queries_per_month drawn only from {min(q)} to {max(q)}"
    assert any(p for p, _, _ in drawn), "no scenario starts from a preset"
    assert sum(1 for _, _, a in drawn if a) >= RANDOM_CASES // 2, "too few scenarios answer decision questions"


# --- comparing one case --------------------------------------------------------------------


def check_case(shared: SharedCalculator, preset: str, fields: dict[str, str], answers: dict[str, str]) -> None:
    """Set the form, wait for the live result of exactly this scenario, compare it with CPython's."""
    page = shared.page
    pairs = ([("preset", preset)] if preset else []) + list(fields.items()) + list(answers.items())
    want = expected(pairs, base_url=shared.base_url)
    assert want["errors"] == [], f"the drawn scenario is not valid for calc: {want['errors']}"
    query = expected_query(pairs)
    assert want["query"] == query
    before = page.url
    set_form(page, preset=preset, fields=fields, answers=answers)
    expect_query(page, shared.base_url, query, f"setting {pairs}")
    expect(page.locator("#rvf-results"), "results not live").to_have_attribute("data-source", "live")
    expect(page.locator("#rvf-errors"), "a valid scenario shows errors").to_be_empty()
    shown = page_outputs(page)
    assert shown == outputs_in_html(want["fragments"]["results"]), (
        f"page and CPython differ for {pairs} (page URL before: {before}): "
        + repr(next(((a, b) for a, b in zip(shown, outputs_in_html(want["fragments"]["results"])) if a != b), None))
    )
    decision = page_outputs(page, "#rvf-decision")
    assert decision == outputs_in_html(want["fragments"]["decision"]), f"decision differs for {pairs}"
    assert page_rules(page) == rules_in_html(want["fragments"]["decision"]), f"decision reasons differ for {pairs}"
    # The page sends only the fields that differ from the preset or defaults (a default `method`
    # with training=api is not "given"), so its notices are the warnings of the permalink's pairs.
    notices = page.locator("#rvf-notices li").all_text_contents()
    assert notices == expected(parse_qsl(query))["warnings"], f"notices differ from CPython's warnings for {query}"


@pytest.mark.parametrize("preset", preset_names())
def test_preset_matches_cpython(shared: SharedCalculator, preset: str) -> None:
    """Choosing a preset in the picker recomputes it in the worker; every output equals CPython's."""
    page = shared.page
    page.locator("#rvf-preset").select_option(preset)
    pairs = [("preset", preset)]
    expect_query(page, shared.base_url, expected_query(pairs), f"choosing preset {preset}")
    want = expected(pairs)
    assert page_outputs(page) == outputs_in_html(want["fragments"]["results"]), f"preset {preset} differs"
    expect(page.locator("#rvf-results"), "preset result not from the worker").to_have_attribute(
        "data-source", "live"
    )
    expect(page.locator("#rvf-results"), "results not labelled with the preset").to_have_attribute(
        "data-preset", preset
    )


@pytest.mark.parametrize("i", range(RANDOM_CASES))
def test_random_scenario_matches_cpython(shared: SharedCalculator, i: int) -> None:
    """A seeded random scenario typed into the form gives CPython's outputs, decision and permalink."""
    preset, fields, answers = draw_scenario(i)
    check_case(shared, preset, fields, answers)
