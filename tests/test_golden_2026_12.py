"""Model 2's golden scenarios (tests/golden_cases_2026_12.py): calc's estimate of edition 2026-12
against numbers derived by hand from the methodology page, and the latency-budget risks."""

from __future__ import annotations

import math

import pytest

import calc
from golden_cases_2026_12 import CASES_2026_12, LATENCY_LC_PARAMS, LATENCY_LC_TOTAL, LATENCY_PARAMS, Case, params
from test_golden import output_mismatches, resolve

_IDS = [case.name for case in CASES_2026_12]
APPROACHES = ("rag", "finetune", "hybrid", "long_context")
LINES = ("generation", "hosting", "embeddings", "vector_db", "orchestration", "training", "labelling",
         "engineering", "cache")


def _estimate(p) -> dict:
    return calc.estimate(calc.build_scenario(list(p), edition="2026-12"))


def test_cases_are_well_formed():
    """Unique names, string parameters, at least one expectation each, and every model-2 term covered."""
    assert len(set(_IDS)) == len(_IDS)
    for case in CASES_2026_12:
        assert case.expected, case.name
        for key, value in case.params:
            assert isinstance(key, str) and isinstance(value, str), (case.name, key)
            assert key in calc.FIELD_BY_NAME, (case.name, key)
    names = " ".join(_IDS)
    for term in ("ft_prompt_tokens", "cached_share", "writes_capped", "min_cacheable", "long_context_cost",
                 "ttft_grows", "long_prompt_tier", "api_ttft", "replica_rates_scale", "rag_dedicated",
                 "per_replica_hosting", "infeasible_long_context"):
        assert term in names, term


@pytest.mark.parametrize("case", CASES_2026_12, ids=_IDS)
def test_golden_outputs_2026_12(case: Case):
    """Each listed output equals its hand-derived value (floats to 1e-9 relative / 1e-6 absolute)."""
    result = _estimate(case.params)
    assert result["model_version"] == "2" and result["edition"] == "2026-12"
    mismatches = output_mismatches(result, case.expected, same_type=True)
    assert not mismatches, f"{case.name}:\n  " + "\n  ".join(mismatches)


@pytest.mark.parametrize("case", CASES_2026_12, ids=_IDS)
def test_golden_2026_12_lines_and_months_add_up(case: Case):
    """Every approach has the nine model-2 lines, which sum to its tco, as its months do."""
    result = _estimate(case.params)
    months = int(dict(case.params)["months"])
    for approach in APPROACHES:
        out = result[approach]
        assert set(out["breakdown"]) == set(LINES), approach
        assert len(out["monthly"]) == months, approach
        assert math.fsum(out["breakdown"].values()) == pytest.approx(out["tco"], rel=1e-9, abs=1e-5), approach
        assert math.fsum(out["monthly"]) == pytest.approx(out["tco"], rel=1e-9, abs=1e-5), approach


@pytest.mark.parametrize("case", CASES_2026_12, ids=_IDS)
def test_golden_2026_12_have_no_warnings(case: Case):
    """None of the scenarios sends the fine-tuned model more than the base prompt, nor uses a preset."""
    assert _estimate(case.params)["warnings"] == []


def test_infeasible_long_context_is_not_the_cheapest():
    """Long context at zero cost but too large for its window is priced, infeasible and not cheapest."""
    case = next(c for c in CASES_2026_12 if c.name == "infeasible_long_context_is_never_cheapest")
    result = _estimate(case.params)
    assert result["long_context"]["tco"] == 0.0
    assert result["cheapest"] != "long_context"
    feasible = [a for a in APPROACHES if result[a].get("feasible", True)]
    assert result["cheapest"] == min(feasible, key=lambda a: (result[a]["tco"], APPROACHES.index(a)))
    reason = result["long_context"]["infeasible_reason"]
    # corpus 1,000,000 + prompt 500 = 1,000,500 tokens against a 100,000-token window
    assert isinstance(reason, str) and "1,000,500" in reason and "100,000" in reason


def test_self_hosted_long_context_is_infeasible_with_a_reason():
    """Long context is priced on an API only: self-hosted serving makes it infeasible, with the reason."""
    result = _estimate(params(serving="self_hosted", training="self_hosted", corpus_tokens=1000, context_window_tokens=1000000))
    assert result["long_context"]["feasible"] is False
    assert "self_hosted" in result["long_context"]["infeasible_reason"]
    assert result["cheapest"] != "long_context"


# --- the latency budget: one risk per feasible approach whose total latency is over it -----------------


def _risk_ids(p, budget: float) -> list[str]:
    est = _estimate(p)
    decision = calc.decide(answers={"latency_budget_ms": budget}, estimate=est)
    return [r.id for r in decision.risks if r.id.startswith("latency-over-budget-")]


@pytest.mark.parametrize(
    ("budget", "over"),
    [
        (60000.0, []),
        # RAG 2,741.5 > 2,732.75; the hybrid's 2,732.75 equals the budget, which is not over it
        (2732.75, ["rag"]),
        (2732.74, ["rag", "hybrid"]),
        # fine-tuning's 2,503.75 is over 2,500: every priced approach but the infeasible long context
        (2500.0, ["rag", "finetune", "hybrid"]),
        (0.0, ["rag", "finetune", "hybrid"]),
    ],
)
def test_latency_budget_risks(budget: float, over: list[str]):
    """A risk whose id contains "latency" names each feasible approach with latency_ms > the budget."""
    ids = _risk_ids(LATENCY_PARAMS, budget)
    assert ids == [f"latency-over-budget-{a.replace('_', '-')}" for a in over]
    assert all("latency" in i for i in ids)


def test_latency_budget_risk_for_a_feasible_long_context():
    """A feasible long context slower than the budget gets its own latency risk (4,412.5 ms by hand)."""
    est = _estimate(LATENCY_LC_PARAMS)
    assert est["long_context"]["feasible"] is True
    assert est["long_context"]["latency_ms"] == pytest.approx(LATENCY_LC_TOTAL, abs=1e-6)
    assert _risk_ids(LATENCY_LC_PARAMS, 4000.0) == ["latency-over-budget-long-context"]
    assert _risk_ids(LATENCY_LC_PARAMS, 4412.5) == []


def test_latency_budget_risk_reaches_the_cli():
    """`python -m calc decide latency_budget_ms=...` lists the over-budget approaches among the risks."""
    from calc._cli import main
    import io
    import contextlib

    out, err = io.StringIO(), io.StringIO()
    argv = ["decide", "latency_budget_ms=2600", *[f"{k}={v}" for k, v in LATENCY_PARAMS], "--format", "json"]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(argv) == 0, err.getvalue()
    import json

    risks = [r["id"] for r in json.loads(out.getvalue())["risks"]]
    # 2,741.5 (RAG) and 2,732.75 (hybrid) are over 2,600; fine-tuning's 2,503.75 is not
    assert [r for r in risks if "latency-over-budget-" in r] == ["latency-over-budget-rag", "latency-over-budget-hybrid"]


def test_published_formulas_print_their_constants():
    """The methodology lines these goldens follow print the size exponent and the long-context reference
    size as numbers: no formula line carries an unformatted ``{...}`` placeholder."""
    from calc._methodology import FORMULAS

    raw = [f"{f.id}: {line}" for f in FORMULAS for line in f.lines if "{" in line or "}" in line]
    assert raw == []
    by_id = {f.id: f for f in FORMULAS}
    exponent = calc.FIGURES["rule.serving.size_exponent"].value  # 0.632
    assert f"^ {exponent}" in by_id["generation-self-hosted"].lines[0]
    assert "(cached_tokens − 100,000)" in " ".join(by_id["latency"].lines)
