"""The uncertainty analysis: distributions derived by hand, determinism, the contract's JSON keys,
ranges given as low..high, hostile ranges, and properties over 10,000 scenarios."""

from __future__ import annotations

import json
import math
import random

import pytest

from calc import build_scenario
from calc._cli import main
from calc._editions import EDITIONS, LATEST_EDITION
from calc._fields import FIELD_BY_NAME, FIELDS
from calc._model import estimate
from calc._scenario import ValidationError
from calc._uncertainty import (
    DEFAULT_DRAWS,
    STRUCTURAL,
    Uncertain,
    _driver,
    _Model,
    draw_value,
    percentile,
    uncertain_inputs,
    uncertainty,
)
from calc._uncertainty_text import flip_sentence, render_uncertainty_markdown

# --- the distribution ----------------------------------------------------------------------------


def _triangular_cdf(x: float, a: float, m: float, b: float) -> float:
    """The textbook CDF of the triangular distribution on [a, b] with mode m."""
    if x <= m:
        return (x - a) ** 2 / ((b - a) * (m - a)) if m > a else 0.0
    return 1 - (b - x) ** 2 / ((b - a) * (b - m))


@pytest.mark.parametrize("r", [0.0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999])
def test_linear_draw_inverts_the_triangular_cdf(r: float) -> None:
    u = Uncertain(("mfu",), 0.0, 1.0, 4.0, False, "test")
    x = draw_value(u, r)
    assert 0.0 <= x <= 4.0
    assert _triangular_cdf(x, 0.0, 1.0, 4.0) == pytest.approx(r, abs=1e-12)


def test_the_mode_sits_at_its_share_of_the_range() -> None:
    """With a=0, m=1, b=4 a quarter of the mass is below the mode: r = 0.25 draws the mode itself."""
    u = Uncertain(("mfu",), 0.0, 1.0, 4.0, False, "test")
    assert draw_value(u, 0.25) == pytest.approx(1.0, abs=1e-12)


@pytest.mark.parametrize("r", [0.05, 0.3, 0.5, 0.8])
def test_log_draw_is_triangular_in_the_logarithm(r: float) -> None:
    """10 to 1,000 with mode 100 is symmetric on a log scale: its median (r = 0.5) is 100."""
    u = Uncertain(("eng_hourly_rate",), 10.0, 100.0, 1000.0, True, "test")
    x = draw_value(u, r)
    assert _triangular_cdf(math.log(x), math.log(10), math.log(100), math.log(1000)) == pytest.approx(r, abs=1e-12)
    if r == 0.5:
        assert x == pytest.approx(100.0, rel=1e-12)


def test_percentile_is_linear_between_order_statistics() -> None:
    """Eleven values 0..100: the (n-1)p-th is exact at p = 0.1 (10) and between two at p = 0.55 (55)."""
    values = [float(10 * i) for i in range(11)]
    assert percentile(values, 0.1) == 10.0
    assert percentile(values, 0.55) == pytest.approx(55.0)
    assert percentile(values, 0.9) == 90.0
    assert percentile([7.0], 0.9) == 7.0


# --- which inputs vary ---------------------------------------------------------------------------


def test_inputs_the_reader_sets_do_not_vary_and_ranges_they_give_do() -> None:
    free = {u.field for u in uncertain_inputs(build_scenario({}))}
    assert "train_examples" in free and not free & STRUCTURAL
    fixed = build_scenario({"train_examples": "2000", "queries_per_month": "100000..400000"})
    inputs = {u.field: u for u in uncertain_inputs(fixed)}
    assert "train_examples" not in inputs
    q = inputs["queries_per_month"]
    # A factor of four: a log-scale range, its point value the geometric mean sqrt(1e5 * 4e5) = 2e5.
    assert (q.low, q.mode, q.high, q.log, q.basis) == (100000.0, 200000.0, 400000.0, True, "your range")
    assert fixed.values["queries_per_month"] == pytest.approx(200000.0)


def test_fields_behind_one_figure_draw_one_value() -> None:
    """The dedicated endpoint's hourly fee backs both the fine-tuned model's hosting and the base
    model's dedicated option in 2026-12: one quantity, two fields."""
    ed = EDITIONS["2026-12"]
    fid = ed.default_figures["ft_hosting_per_hour"]
    assert ed.default_figures["rag_dedicated_per_hour"] == fid
    shared = [u for u in uncertain_inputs(build_scenario({})) if "ft_hosting_per_hour" in u.fields]
    assert len(shared) == 1 and set(shared[0].fields) == {"ft_hosting_per_hour", "rag_dedicated_per_hour"}


# --- the contract --------------------------------------------------------------------------------


def test_json_has_the_contract_keys_and_is_deterministic() -> None:
    s = build_scenario({})
    a = uncertainty(s, draws=300, seed=7)
    assert a == uncertainty(s, draws=300, seed=7)
    assert a != uncertainty(s, draws=300, seed=8)
    assert {"edition", "draws", "seed", "approaches", "p_cheapest", "drivers"} <= set(a)
    assert (a["edition"], a["draws"], a["seed"]) == (LATEST_EDITION, 300, 7)
    for name, part in a["approaches"].items():
        assert set(part["tco"]) >= {"p10", "p50", "p90", "mean"}, name
        assert set(part["per_query"]) >= {"p10", "p50", "p90"}, name
    assert set(a["p_cheapest"]) == set(a["approaches"])
    keys = {"field", "low", "high", "tco_delta_low", "tco_delta_high", "swing", "flip_value", "flip_to"}
    assert a["drivers"] and all(keys <= set(d) for d in a["drivers"])
    swings = [d["swing"] for d in a["drivers"]]
    assert swings == sorted(swings, reverse=True)
    assert uncertainty(s)["draws"] == DEFAULT_DRAWS >= 2000


def test_driver_deltas_are_the_margin_at_each_end() -> None:
    """tco_delta_low/high: the change of tco(runner-up) - tco(cheapest) with one input at its low/high,
    recomputed here from two estimates."""
    s = build_scenario({})
    result = uncertainty(s, draws=100)
    est = estimate(s)
    ranked = sorted((a for a in result["approaches"] if est[a].get("feasible", True)), key=lambda a: est[a]["tco"])
    first, second = ranked[:2]
    d = next(d for d in result["drivers"] if d["field"] == "train_examples")

    def margin(value: float) -> float:
        e = estimate(build_scenario({"train_examples": str(int(value))}))
        return e[second]["tco"] - e[first]["tco"]

    base = est[second]["tco"] - est[first]["tco"]
    assert d["tco_delta_low"] == pytest.approx(margin(d["low"]) - base, abs=1e-4)
    assert d["tco_delta_high"] == pytest.approx(margin(d["high"]) - base, abs=1e-4)
    assert d["swing"] == pytest.approx(abs(d["tco_delta_high"] - d["tco_delta_low"]), abs=1e-5)


def test_flip_sentence_reads_the_direction_and_the_unit() -> None:
    d = {"field": "ft_eng_hours_per_cycle", "fields": ["ft_eng_hours_per_cycle"], "value": 40.0,
         "flip_value": 31.0, "flip_to": "finetune"}
    assert flip_sentence(d) == ("Fine-tuning becomes the cheapest if `ft_eng_hours_per_cycle` is below "
                                "31 hours/cycle (now 40 hours/cycle).")
    assert flip_sentence({**d, "flip_value": None}) is None


def test_a_users_range_flips_the_handbook_answer_where_estimates_say() -> None:
    """Handbook preset with 50,000..200,000 queries: long context is cheapest at the point value and
    RAG above the flip value (checked by two estimates either side)."""
    s = build_scenario({"preset": "handbook-assistant", "queries_per_month": "50000..200000"})
    r = uncertainty(s, draws=200)
    assert r["cheapest"] == "long_context"
    assert 0 < r["p_cheapest"]["long_context"] < 1 and 0 < r["p_cheapest"]["rag"] < 1
    d = next(d for d in r["drivers"] if d["field"] == "queries_per_month")
    assert d["flip_to"] == "rag" and d["flip_value"] > d["value"]
    # The exact crossover of the two totals (integer bisection of the model, calc.render's crossover
    # output): the flip value is at or just past it, within the search's relative tolerance.
    from calc import render

    exact = render.preset_output("handbook-assistant", "crossover.long_context.rag")
    assert exact <= d["flip_value"] <= exact * (1 + 2e-4)
    above = estimate(build_scenario({"preset": "handbook-assistant", "queries_per_month": str(d["flip_value"])}))
    below = estimate(build_scenario({"preset": "handbook-assistant", "queries_per_month": str(exact - 1)}))
    assert (above["cheapest"], below["cheapest"]) == ("rag", "long_context")
    md = render_uncertainty_markdown(r)
    assert "| Long context |" in md and "What would change the answer:" in md
    assert flip_sentence(d).startswith("RAG becomes the cheapest if `queries_per_month` is above ")


# --- hostile ranges --------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["5..", "..5", "5..1", "1e999..2", "nan..1", "1..inf", "1.." + "9" * 10000,
                                 "x" * 10000 + "..1", "1..2..3", " 1..2", "1..-2", "\x00..1"])
def test_hostile_ranges_name_the_field(raw: str) -> None:
    with pytest.raises(ValidationError) as exc:
        build_scenario({"queries_per_month": raw})
    message = str(exc.value)
    assert message.startswith("queries_per_month: ") and "allowed" in message and "0 to 1e10" in message
    assert len(message) < 400


def test_a_range_on_a_choice_or_an_answer_is_refused() -> None:
    for name, raw in (("serving", "api..self_hosted"), ("labelled_examples", "100..1000")):
        with pytest.raises(ValidationError, match=f"^{name}: .*a range, and this field takes one value"):
            build_scenario({name: raw})


def test_cli_uncertainty_json_and_bad_draws(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["uncertainty", "--draws", "200", "--format", "json", "queries_per_month=1e5..4e5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["draws"] == 200 and data["seed"] == 1
    for bad in (["--draws", "5"], ["--draws", "1e999"], ["--seed", "-1"], ["months=1..5"]):
        assert main(["uncertainty", *bad]) == 2
        err = capsys.readouterr().err
        assert "error:" in err and "allowed" in err


def test_range_round_trips_through_the_permalink() -> None:
    s = build_scenario({"eng_hourly_rate": "80..120", "preset": "support-chatbot"})
    again = build_scenario(dict(p for p in [tuple(x.split("=", 1)) for x in s.query().split("&")]))
    assert again.ranges == s.ranges and again.values == s.values
    assert "eng_hourly_rate=80..120" in s.query()
    assert estimate(s)["ranges"] == {"eng_hourly_rate": [80.0, 120.0]}


# --- properties over 10,000 scenarios ---------------------------------------------------------------

SCENARIOS = 10_000
_NUMERIC = [f for f in FIELDS if f.kind != "choice" and f.name not in STRUCTURAL]


def _random_params(rng: random.Random) -> dict[str, str]:
    """A preset (or none), and up to three fields moved, each to a value or a range, within bounds
    drawn near the edition's value (a factor of 0.2 to 5) and clamped to the field's allowed range."""
    ed = EDITIONS[LATEST_EDITION]
    names = [None, *ed.presets]
    params: dict[str, str] = {}
    preset = rng.choice(names)
    if preset is not None:
        params["preset"] = preset
    base = build_scenario(params).values
    for f in rng.sample(_NUMERIC, 3):
        v = float(base[f.name])
        lo_f, hi_f = float(f.low or 0), float(f.high or 0)

        def near() -> float:
            x = (v if v > 0 else (hi_f - lo_f) * 1e-3 or 1.0) * math.exp(rng.uniform(-1.6, 1.6))
            x = min(max(x, lo_f), hi_f)
            return float(round(x)) if f.kind == "whole" else x

        a, b = sorted((near(), near()))
        text = (lambda x: str(int(x)) if f.kind == "whole" else repr(x))
        params[f.name] = f"{text(a)}..{text(b)}" if rng.random() < 0.5 else text(a)
    return params


def _scenarios():
    rng = random.Random(20261207)
    for _ in range(SCENARIOS):
        yield rng, build_scenario(_random_params(rng))


def _finite(node) -> bool:
    if isinstance(node, dict):
        return all(_finite(v) for v in node.values())
    if isinstance(node, list):
        return all(_finite(v) for v in node)
    return not isinstance(node, float) or math.isfinite(node)


def test_properties_of_bands_and_chances_over_10000_scenarios() -> None:
    """p10 <= p50 <= p90 (tco and per query), chances sum to 1 over the approaches compared, every
    output finite, and a chance only for an approach feasible in some draw."""
    for _, s in _scenarios():
        r = uncertainty(s, draws=10, drivers=False)
        assert _finite(r), s.query()
        assert math.isclose(math.fsum(r["p_cheapest"].values()), 1.0, abs_tol=1e-12), s.query()
        for a, part in r["approaches"].items():
            for key in ("tco", "per_query"):
                band = part[key]
                if band is not None:
                    assert band["p10"] <= band["p50"] <= band["p90"], (s.query(), a, key)
            if part["feasible_share"] == 0:
                assert r["p_cheapest"][a] == 0


def _past(field: str, value: float, start: float) -> float:
    """0.5% past a flip value, away from the input's current value, inside the allowed range."""
    f = FIELD_BY_NAME[field]
    step = 0.005 * abs(value) if value != 0 else 0.005 * abs(start)
    x = value + step if value > start else value - step
    if f.kind == "whole":
        x = math.ceil(x) if value > start else math.floor(x)
    return min(max(x, float(f.low or 0)), float(f.high or 0))


def test_a_flip_value_moved_half_a_percent_past_itself_changes_the_cheapest() -> None:
    """Over 10,000 scenarios, one varying input each: where a flip value is found, the scenario with
    that input 0.5% further from its value names ``flip_to`` as the cheapest (a fresh estimate)."""
    checked = 0
    for rng, s in _scenarios():
        inputs = uncertain_inputs(s)
        if not inputs:
            continue
        u = rng.choice(inputs)
        m = _Model(s)
        est = estimate(s)
        ranked = sorted((a for a in m.approaches if est[a].get("feasible", True)),
                        key=lambda a: (est[a]["tco"], m.approaches.index(a)))
        point = {a: est[a]["tco"] for a in m.approaches}
        d = _driver(m, u, point, ranked[0], ranked[1])
        if d["flip_value"] is None:
            continue
        x = _past(u.field, d["flip_value"], d["value"])
        params = {k: v for k, v in s.query_pairs() if k not in u.fields}
        for name in u.fields:
            params[name] = str(int(x)) if FIELD_BY_NAME[name].kind == "whole" else repr(x)
        assert estimate(build_scenario(params))["cheapest"] == d["flip_to"], (s.query(), d)
        checked += 1
    assert checked >= 300  # the property is exercised, not vacuous


def test_every_number_of_the_fragment_is_an_output_of_the_analysis() -> None:
    """Each data-output of the rendered fragment names a value of the analysis' JSON (or the point
    estimate's total) and carries that value, so the page and CPython can be compared number by number."""
    import re

    from calc import render
    from calc._render_uncertainty import render_uncertainty_html

    s = build_scenario({"preset": "handbook-assistant"})
    result, est = uncertainty(s, draws=300), estimate(s)
    html = render_uncertainty_html(result, est)
    found = re.findall(r'data-output="([^"]+)" data-value="([^"]*)"', html)
    assert len(found) > 20
    for name, raw in found:
        if name.startswith("uncertainty."):
            value = render.lookup_output(result, name[len("uncertainty."):])
        else:
            value = render.lookup_output(est, name)
        assert raw == str(value), name
    assert "What would change the answer" in html and "<script" not in html


def test_worker_request_returns_the_analysis_and_exports_with_it() -> None:
    from calc.browser import handle

    reply = json.loads(handle(json.dumps({"type": "uncertainty", "params": [["preset", "support-chatbot"]],
                                          "draws": 200, "seed": 3})))
    s = build_scenario({"preset": "support-chatbot"})
    assert reply["ok"] and reply["uncertainty"] == uncertainty(s, draws=200, seed=3)
    assert json.loads(reply["exports"]["json"])["uncertainty"] == reply["uncertainty"]
    assert "**How sure:**" in reply["exports"]["markdown"]
    bad = json.loads(handle(json.dumps({"type": "uncertainty", "params": [], "draws": 10**9})))
    assert bad["ok"] is False and "draws" in bad["error"]["message"]
