"""Property tests (Hypothesis) of parsing, validation and the model's invariants (the methodology page: fields, formulas, validation).

Profiles live in tests/conftest.py: HYPOTHESIS_PROFILE=ci (default, ~200 examples per test) or
bench (10,000). Valid scenarios are drawn from the v1 ranges of tests/fixtures/contract_v1.json
(written by hand from model 1's field table), log-uniformly where a range spans several orders of magnitude.
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from hypothesis import assume, given, note
from hypothesis import strategies as st

import calc

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "contract_v1.json").read_text(encoding="utf-8"))
V1_FIELDS = {f["name"]: f for f in FIXTURE["fields"]}
V1_ANSWERS = {a["name"]: a for a in FIXTURE["answers"]}

# the number grammar (methodology page, calc._fields.parse_number): the anchors ^...$ mean the whole text (a trailing newline is not allowed).
NUMBER_RE = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", re.ASCII)

EDGE_STRINGS = (
    "nan", "NaN", "inf", "-inf", "Infinity", "1e400", "-1e400", "1e-400", "1_000", "\u0661\u0662",
    "\uff11\uff12", "", " 5", "5 ", "+.5", "5.", "-0", "+0", "0x10", "1e", "e5", ".", "+", "-", "1.2.3",
    "5\n", "\t5", "1e+5", "1E5", "00012", "0.0", "-0.0", "12.0", "1e3", "2.5", "0.5", "1", "0",
    "api", "self_hosted", "lora", "qlora", "full", "yes", "no", "2026-11", "\x00", "<script>", "%20",
)

APPROACHES = ("rag", "finetune", "hybrid")
SPECIAL_KEYS = ("edition", "preset")


def _calc_fields() -> dict:
    return {f.name: f for f in (*calc.FIELDS, *calc.ANSWER_FIELDS)}


# ---------------------------------------------------------------- an independent oracle of §1 parsing


def _number_verdict(text: str, low: float, high: float, whole: bool) -> bool | None:
    """True if the number grammar accepts ``text`` for a number field, False if not, None if float noise decides."""
    if not NUMBER_RE.fullmatch(text):
        return False
    as_float = float(text)
    float_ok = math.isfinite(as_float) and low <= as_float <= high and (not whole or as_float.is_integer())
    try:
        exact = Decimal(text)
        exact_ok = Decimal(low) <= exact <= Decimal(high) and (not whole or exact == exact.to_integral_value())
    except (InvalidOperation, OverflowError, ValueError):
        return None
    if float_ok != exact_ok:
        return None  # the decimal text is within rounding of a bound or of an integer
    return float_ok


def _value_verdict(field, text: str) -> bool | None:
    if text == "":
        return False
    if field.kind == "choice":
        return text in tuple(field.choices)
    return _number_verdict(text, field.low, field.high, field.kind == "whole")


def expected_errors(pairs: list[tuple[str, str]]) -> tuple[set[str], set[str]]:
    """(fields that must be reported, fields that may be reported) for a list of parameters."""
    fields = _calc_fields()
    grouped: dict[str, list[str]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    must: set[str] = set()
    may: set[str] = set()
    for key, values in grouped.items():
        if key not in fields and key not in SPECIAL_KEYS:
            continue  # unknown: a warning (§4)
        if len(values) > 1:
            must.add(key)  # a field given twice is an error (§1)
            continue
        value = values[0]
        if key == "edition":
            if value not in calc.EDITIONS:
                must.add(key)
        elif key == "preset":
            editions = grouped.get("edition", [calc.LATEST_EDITION])
            edition = calc.EDITIONS.get(editions[0]) if len(editions) == 1 else None
            if edition is None:
                may.add(key)  # the preset cannot be judged without a valid edition
            elif value not in edition.presets:
                must.add(key)
        else:
            verdict = _value_verdict(fields[key], value)
            if verdict is None:
                may.add(key)
            elif not verdict:
                must.add(key)
    return must, may


# ---------------------------------------------------------------- strategies

numeric_like = st.one_of(
    st.from_regex(NUMBER_RE.pattern, fullmatch=True),  # \d here also draws non-ASCII digits
    st.from_regex(r"[+-]?[0-9]{1,12}(\.[0-9]{0,8})?([eE][+-]?[0-9]{1,3})?", fullmatch=True),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**15), max_value=10**15).map(str),
)
any_value = st.one_of(st.text(max_size=30), numeric_like, st.sampled_from(EDGE_STRINGS))


def _known_keys() -> list[str]:
    return sorted({*_calc_fields(), *SPECIAL_KEYS})


any_key = st.one_of(st.sampled_from(_known_keys()), st.text(max_size=20))


def _log_uniform(low: float, high: float) -> st.SearchStrategy[float]:
    lo, hi = math.log10(low), math.log10(high)
    return st.floats(min_value=lo, max_value=hi).map(lambda e: min(high, max(low, 10.0**e)))


def valid_number(entry: dict) -> st.SearchStrategy[str]:
    """A text for a v1 field value within its range, log-uniform where the range is wide."""
    low, high = float(entry["low"]), float(entry["high"])
    if entry["kind"] == "whole":
        ends = st.sampled_from([int(low), int(high)])
        if high - max(low, 1) > 1000:
            spread = _log_uniform(max(low, 1.0), high).map(lambda x: min(int(high), max(int(low), round(x))))
        else:
            spread = st.integers(min_value=int(low), max_value=int(high))
        ints = st.one_of(ends, spread, spread)
        return st.one_of(ints.map(str), ints.map(lambda n: f"{n}.0"))
    ends = st.sampled_from([low, high])
    if low < 0 or (low > 0 and high / low <= 100):
        spread = st.floats(min_value=low, max_value=high)
    elif low == 0:
        spread = _log_uniform(high * 1e-9, high)
    else:
        spread = _log_uniform(low, high)
    return st.one_of(ends, spread, spread, spread).map(repr)


def valid_value(entry: dict) -> st.SearchStrategy[str]:
    if entry["kind"] == "choice":
        return st.sampled_from(entry["choices"])
    return valid_number(entry)


@st.composite
def valid_params(draw, omit: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Parameters for a valid scenario: each v1 field given (in range) or left to its default."""
    params = []
    for name, entry in V1_FIELDS.items():
        if name in omit:
            continue
        if draw(st.booleans()):
            params.append((name, draw(valid_value(entry))))
    return params


def bad_value(entry) -> st.SearchStrategy[str]:
    """A text the number grammar or the range rejects for this field (calc Field or fixture entry)."""
    kind = entry.kind
    if kind == "choice":
        words = tuple(entry.choices)
        return st.sampled_from(["", "API", "nope", " api", words[0] + " ", words[0].upper() + "_"])
    low, high = float(entry.low), float(entry.high)
    options = ["", "nan", "inf", "-inf", "1e400", "1_000", "\u0661\u0662", " 5", "abc", "5 ", "0x10",
               repr(high * 2 + 1), repr(low - 1 - abs(low))]
    if kind == "whole" and low < 2.5 < high:
        options.append("2.5")
    return st.sampled_from(options)


# ---------------------------------------------------------------- helpers


def _walk_numbers(node, path="estimate"):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk_numbers(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node, start=1):
            yield from _walk_numbers(value, f"{path}.{index}")
    elif isinstance(node, float):
        yield path, node


def _estimate_at(params: list[tuple[str, str]], queries: int | float) -> dict:
    pairs = [(k, v) for k, v in params if k != "queries_per_month"]
    pairs.append(("queries_per_month", repr(queries) if isinstance(queries, float) else str(queries)))
    return calc.estimate(calc.build_scenario(pairs))


def _difference(result: dict) -> tuple[float, float]:
    """(finetune tco - rag tco, the size of that number's rounding noise) from a JSON estimate."""
    ft, rag = result["finetune"]["tco"], result["rag"]["tco"]
    # Each tco is rounded to 6 dp (error <= 5e-7) and carries float error of a few ulps.
    noise = 1.5e-6 + 1e-12 * max(abs(ft), abs(rag))
    return ft - rag, noise


# ---------------------------------------------------------------- validation properties


@given(st.dictionaries(any_key, any_value, max_size=12))
def test_any_mapping_validates_or_raises_validation_error(params):
    """Any mapping of strings gives a Scenario or calc.ValidationError, never another exception."""
    must, may = expected_errors(list(params.items()))
    try:
        scenario = calc.build_scenario(params)
    except calc.ValidationError as exc:
        assert exc.errors, "a ValidationError must carry its errors"
        reported = [e.field for e in exc.errors]
        for error in exc.errors:
            assert isinstance(error.field, str) and error.field in params, error
            assert isinstance(error.value, str) and isinstance(error.message, str) and error.message
        assert len(reported) == len(set(reported)), f"a field reported twice: {reported}"
        assert must <= set(reported) <= must | may, (must, may, reported)
    else:
        assert not must, f"accepted although these are bad: {must}"
        result = calc.estimate(scenario)
        bad = [(p, x) for p, x in _walk_numbers(result) if not math.isfinite(x)]
        assert not bad, bad


@given(st.lists(st.tuples(any_key, any_value), max_size=12))
def test_any_pairs_validate_or_raise_validation_error(pairs):
    """Any list of string pairs (duplicates included) validates or names every bad or repeated field."""
    must, may = expected_errors(pairs)
    try:
        calc.build_scenario(pairs)
    except calc.ValidationError as exc:
        reported = {e.field for e in exc.errors}
        assert exc.errors and must <= reported <= must | may, (must, may, reported)
    else:
        assert not must, f"accepted although these are bad: {must}"


@given(st.sampled_from(sorted(V1_FIELDS)), st.one_of(numeric_like, st.sampled_from(EDGE_STRINGS)))
def test_number_parsing_follows_model_rules(name, text):
    """A numeric field accepts exactly the ASCII decimal texts of the number grammar that are finite and in range."""
    field = _calc_fields()[name]
    verdict = _value_verdict(field, text)
    assume(verdict is not None)
    try:
        scenario = calc.build_scenario([(name, text)])
    except calc.ValidationError as exc:
        assert not verdict, f"{name}={text!r} rejected: {exc.errors}"
        assert [e.field for e in exc.errors] == [name]
    else:
        assert verdict, f"{name}={text!r} accepted as {scenario.values[name]!r}"
        if field.kind != "choice":
            assert scenario.values[name] == float(text)


@given(st.lists(st.sampled_from(sorted({*V1_FIELDS, *V1_ANSWERS})), min_size=3, max_size=3, unique=True), st.data())
def test_three_bad_fields_give_three_errors(names, data):
    """Three bad fields at once are reported as exactly three errors, one naming each field."""
    fields = _calc_fields()
    params = [(name, data.draw(bad_value(fields[name]), label=name)) for name in names]
    try:
        calc.build_scenario(params)
    except calc.ValidationError as exc:
        assert sorted(e.field for e in exc.errors) == sorted(names), exc.errors
    else:
        raise AssertionError(f"{params} accepted")


@given(st.sampled_from(sorted(V1_FIELDS)), st.data())
def test_field_given_twice_is_an_error(name, data):
    """A field given twice, even with valid values, is an error naming it."""
    entry = V1_FIELDS[name]
    first, second = data.draw(valid_value(entry)), data.draw(valid_value(entry))
    try:
        calc.build_scenario([(name, first), (name, second)])
    except calc.ValidationError as exc:
        assert [e.field for e in exc.errors] == [name]
    else:
        raise AssertionError("a repeated field was accepted")


# ---------------------------------------------------------------- model properties


@given(valid_params())
def test_valid_scenarios_give_finite_outputs(params):
    """Every number of an estimate of a valid scenario is finite, and the choices are consistent."""
    result = calc.estimate(calc.build_scenario(params, edition="2026-11"))
    bad = [(path, x) for path, x in _walk_numbers(result) if not math.isfinite(x)]
    assert not bad, bad
    tcos = {a: result[a]["tco"] for a in APPROACHES}
    for approach in APPROACHES:
        assert tcos[approach] >= 0, approach
        assert len(result[approach]["monthly"]) == int(result["scenario"]["months"])
    # cheapest is chosen on unrounded totals, so allow the 6-dp rounding
    assert tcos[result["cheapest"]] <= min(tcos.values()) + 1e-6
    # In model 1 the hybrid is never cheaper than fine-tuning alone
    assert tcos["hybrid"] >= tcos["finetune"] - 1e-6


@given(valid_params(omit=("queries_per_month",)), st.lists(_log_uniform(1e-3, 1e10), min_size=2, max_size=2))
def test_tco_never_falls_as_queries_rise(params, volumes):
    """For each approach, tco at a higher month-1 volume is never below tco at a lower one."""
    low_q, high_q = sorted(volumes)
    low, high = _estimate_at(params, low_q), _estimate_at(params, high_q)
    for approach in APPROACHES:
        assert high[approach]["tco"] >= low[approach]["tco"], (approach, low_q, high_q)


@given(valid_params(omit=("queries_per_month",)))
def test_break_even_flips_the_cheaper_side(params):
    """At the break-even volume the cheaper side differs from that at 0; one query below it does not."""
    base = _estimate_at(params, 0)
    q_star, direction = base["break_even_queries_per_month"], base["break_even_direction"]
    d0, noise0 = _difference(base)
    note(f"d(0) = {d0}, Q* = {q_star}, direction = {direction}")
    if q_star is None:
        assert direction is None
        d_top, noise_top = _difference(_estimate_at(params, 10**10))
        if abs(d0) > noise0 and abs(d_top) > noise_top:
            assert (d0 > 0) == (d_top > 0), (d0, d_top)
        return
    assert isinstance(q_star, int) and 0 < q_star <= 10**10
    if abs(d0) > noise0:
        assert direction == ("finetune_cheaper_above" if d0 > 0 else "rag_cheaper_above")
    start_positive = direction == "finetune_cheaper_above"
    at, noise_at = _difference(_estimate_at(params, q_star))
    if abs(at) > noise_at:
        assert (at > 0) != start_positive, f"d({q_star}) = {at}"
    below, noise_below = _difference(_estimate_at(params, q_star - 1))
    if abs(below) > noise_below:
        assert (below > 0) == start_positive, f"d({q_star - 1}) = {below}"
