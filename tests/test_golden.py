"""Golden scenarios: calc's estimate against numbers derived by hand from the methodology page (tests/golden_cases.py)."""

from __future__ import annotations

import math

import pytest

import calc
from golden_cases import CASES, GoldenCase

_IDS = [case.name for case in CASES]


def resolve(estimate: dict, name: str):
    """Look up a data-output name (``rag.breakdown.generation``, ``rag.monthly.1``) in an estimate dict."""
    node = estimate
    parts = name.split(".")
    for index, part in enumerate(parts):
        if isinstance(node, list):
            position = int(part)
            assert position >= 1, f"{name}: data-output positions are 1-based"
            node = node[position - 1]
        else:
            assert isinstance(node, dict), f"{name}: {'.'.join(parts[:index])} is not an object"
            assert part in node, f"{name}: no key {part!r} under {'.'.join(parts[:index]) or 'the top level'}"
            node = node[part]
    return node


def _estimate(case: GoldenCase) -> dict:
    return calc.estimate(calc.build_scenario(list(case.params), edition="2026-11"))


def test_cases_are_well_formed():
    """Every golden case has a unique name, a derivation, string parameters and at least one expectation."""
    assert len(CASES) >= 9
    assert len(set(_IDS)) == len(_IDS)
    for case in CASES:
        assert case.derivation.strip(), case.name
        assert case.expected, case.name
        for key, value in case.params:
            assert isinstance(key, str) and isinstance(value, str), (case.name, key)


def output_mismatches(result: dict, expected_outputs: dict, *, same_type: bool) -> list[str]:
    """Each expected output that the estimate does not match: floats to 1e-9 relative / 1e-6
    absolute, anything else exactly (of the expected type with ``same_type``, else not a bool)."""
    mismatches = []
    for name, expected in expected_outputs.items():
        actual = resolve(result, name)
        if isinstance(expected, float):
            ok = isinstance(actual, (int, float)) and not isinstance(actual, bool)
            ok = ok and actual == pytest.approx(expected, rel=1e-9, abs=1e-6)
        elif same_type:
            ok = actual == expected and type(actual) is type(expected)
        else:
            ok = actual == expected and type(actual) is not bool
        if not ok:
            mismatches.append(f"{name}: expected {expected!r}, got {actual!r}")
    return mismatches


@pytest.mark.parametrize("case", CASES, ids=_IDS)
def test_golden_outputs(case: GoldenCase):
    """Each listed output equals its hand-derived value (floats to 1e-9 relative / 1e-6 absolute)."""
    mismatches = output_mismatches(_estimate(case), case.expected, same_type=False)
    assert not mismatches, f"{case.name}:\n  " + "\n  ".join(mismatches)


@pytest.mark.parametrize("case", CASES, ids=_IDS)
def test_golden_monthly_sums_to_tco(case: GoldenCase):
    """Each approach's monthly list has one entry per month and sums to its tco."""
    result = _estimate(case)
    months = int(dict(case.params).get("months", "12"))
    for approach in ("rag", "finetune", "hybrid"):
        monthly = result[approach]["monthly"]
        assert len(monthly) == months, approach
        assert math.fsum(monthly) == pytest.approx(result[approach]["tco"], rel=1e-9, abs=1e-5), approach


@pytest.mark.parametrize("case", CASES, ids=_IDS)
def test_golden_breakdown_sums_to_tco(case: GoldenCase):
    """Each approach's eight breakdown lines sum to its tco."""
    result = _estimate(case)
    lines = ("generation", "hosting", "embeddings", "vector_db", "orchestration", "training", "labelling", "engineering")
    for approach in ("rag", "finetune", "hybrid"):
        breakdown = result[approach]["breakdown"]
        assert set(breakdown) == set(lines), approach
        total = math.fsum(breakdown[line] for line in lines)
        assert total == pytest.approx(result[approach]["tco"], rel=1e-9, abs=1e-5), approach


@pytest.mark.parametrize("case", CASES, ids=_IDS)
def test_golden_scenarios_have_no_warnings(case: GoldenCase):
    """None of the golden scenarios combines fields that the model contract says deserve a warning."""
    result = _estimate(case)
    assert result["warnings"] == []


def test_worked_example_is_the_default_scenario():
    """An empty parameter list and an empty mapping both give model 1's worked example."""
    from_list = calc.estimate(calc.build_scenario([], edition="2026-11"))
    from_mapping = calc.estimate(calc.build_scenario({}, edition="2026-11"))
    assert from_list == from_mapping
    assert from_list["rag"]["tco"] == pytest.approx(15762.9, abs=1e-6)
    assert from_list["finetune"]["tco"] == pytest.approx(22340.0, abs=1e-6)
    assert from_list["hybrid"]["tco"] == pytest.approx(38611.7, abs=1e-6)
    assert from_list["break_even_queries_per_month"] == 1362885
