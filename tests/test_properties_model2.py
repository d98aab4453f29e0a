"""Model 2's properties (edition 2026-12) over 10,000 random scenarios.

The scenarios come from ``random.Random(SEED)``: every scenario field is drawn within its allowed range
(its ends, the values the edition's defaults and presets give it, and a spread in between,
log-uniform where the range covers several orders of magnitude); some scenarios start from a
preset and redraw half of the fields. Each property states its precondition, worked out from the
formulas of the methodology page; the oracles below (``_cached``, ``_prices`` ...) restate those
formulas, not the code.

The whole estimate (break-even search included) runs once per scenario; the properties that compare
two variants of a scenario price them with ``calc._model.monthly_cost_lines``, the function behind the
estimate's totals (``test_every_output_is_finite_and_feasibility_is_consistent`` checks, scenario by
scenario, that its totals are the estimate's ``tco``).
"""

from __future__ import annotations

import functools
import math
import random

import calc
from calc._model import MODEL_LINES, monthly_cost_lines

SEED = 20261207
N_SCENARIOS = 10_000
EDITION = calc.EDITIONS["2026-12"]
APPROACHES = ("rag", "finetune", "hybrid", "long_context")
LINES = MODEL_LINES["2"]
HOURS = 730  # rule.hours_per_month
NUMERIC = [f for f in calc.FIELDS if f.kind != "choice"]
CHOICES = [f for f in calc.FIELDS if f.kind == "choice"]


def _known_values() -> dict[str, list[float]]:
    """For each number field, the values the edition's defaults and presets give it."""
    known: dict[str, set[float]] = {f.name: set() for f in NUMERIC}
    for source in (EDITION.defaults, *(p.values for p in EDITION.presets.values())):
        for name, value in source.items():
            if name in known:
                known[name].add(float(value))
    return {name: sorted(values) for name, values in known.items()}


KNOWN = _known_values()


def _draw(rng: random.Random, f) -> str:
    """A text for field ``f`` within its range: an end, a default or preset value, or a spread value."""
    low, high = float(f.low), float(f.high)
    r = rng.random()
    if r < 0.08:
        x = low
    elif r < 0.16:
        x = high
    elif r < 0.45 and KNOWN[f.name]:
        x = rng.choice(KNOWN[f.name])
    elif low < 0 or (low > 0 and high / low <= 100):
        x = rng.uniform(low, high)
    else:
        lo = math.log10(low) if low > 0 else math.log10(high) - 9
        x = min(high, max(low, 10.0 ** rng.uniform(lo, math.log10(high))))
    if f.kind == "whole":
        return str(min(int(high), max(int(low), round(x))))
    return repr(x)


@functools.lru_cache(maxsize=1)
def scenarios() -> tuple[calc.Scenario, ...]:
    """N_SCENARIOS valid scenarios of edition 2026-12, the same on every run."""
    rng = random.Random(SEED)
    presets = sorted(EDITION.presets)
    out = []
    for _ in range(N_SCENARIOS):
        pairs = [(f.name, rng.choice(f.choices)) for f in CHOICES]
        preset = None
        if rng.random() < 0.3:
            preset = rng.choice(presets)
            pairs = [p for p in pairs if rng.random() < 0.5]
            pairs += [(f.name, _draw(rng, f)) for f in NUMERIC if rng.random() < 0.5]
        else:
            pairs += [(f.name, _draw(rng, f)) for f in NUMERIC]
        out.append(calc.build_scenario(pairs, edition="2026-12", preset=preset))
    return tuple(out)


# --- oracles: the methodology page's formulas, restated -----------------------------------------


def _queries(v) -> list[float]:
    out, q = [], v["queries_per_month"]
    for _ in range(v["months"]):
        out.append(q)
        q = q * (1.0 + v["growth_per_month"])
    return out


def _static(v, a: str) -> float:
    return v["ft_prompt_tokens"] if a in ("finetune", "hybrid") else v["prompt_tokens"]


def _in_tokens(v, a: str) -> float:
    if a == "long_context":
        return v["corpus_tokens"] + v["prompt_tokens"]
    ctx = v["retrieved_chunks"] * v["chunk_tokens"] if a in ("rag", "hybrid") else 0
    return _static(v, a) + ctx


def _cached(v, a: str) -> float:
    """cached_tokens: the prefix (share x static prompt, plus the corpus for long context) if it
    reaches min_cacheable_tokens, else 0."""
    if a == "long_context":
        prefix = v["corpus_tokens"] + v["cached_prompt_share"] * v["prompt_tokens"]
    else:
        prefix = v["cached_prompt_share"] * _static(v, a)
    return prefix if prefix >= v["min_cacheable_tokens"] else 0.0


def _prices(v, a: str) -> tuple[float, float, float]:
    """(input, cached input, output) per 1M tokens, with the long-prompt multipliers above the threshold."""
    tuned = a in ("finetune", "hybrid")
    p_in = v["ft_input_price"] if tuned else v["api_input_price"]
    p_c = v["ft_cached_input_price"] if tuned else v["api_cached_input_price"]
    p_out = v["ft_output_price"] if tuned else v["api_output_price"]
    if _in_tokens(v, a) > v["long_prompt_threshold_tokens"]:
        k_in, k_out = v["long_prompt_input_multiplier"], v["long_prompt_output_multiplier"]
        return p_in * k_in, p_c * k_in, p_out * k_out
    return p_in, p_c, p_out


def _replica_seconds(v, a: str) -> float:
    """Seconds of one replica a query takes: in / prefill + output / decode, at the scaled rates."""
    size = (v["serving_reference_params_b"] / v["model_params_b"]) ** float(calc.FIGURES["rule.serving.size_exponent"].value)
    gpus = v["serving_gpus_per_replica"] / v["serving_reference_gpus"]
    return _in_tokens(v, a) / (v["serving_prefill_tps"] * size * gpus) + v["output_tokens"] / (
        v["serving_decode_tps"] * size * gpus)


def tco(v, a: str) -> float:
    """An approach's total over the horizon, as the estimate adds it up (monthly totals, then months)."""
    qs = _queries(v)
    lines = monthly_cost_lines(v, a, qs, LINES)
    return math.fsum(math.fsum(lines[name][m] for name in lines) for m in range(len(qs)))


def _close(a: float, b: float) -> float:
    """The float noise allowed between two totals of this size."""
    return 1e-6 + 1e-9 * max(abs(a), abs(b))


def _walk(node, path="estimate"):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node, start=1):
            yield from _walk(value, f"{path}.{i}")
    elif isinstance(node, float):
        yield path, node


# --- the properties ---------------------------------------------------------------------------------


def test_scenarios_cover_every_field_and_preset():
    """The draw is what the docstring says: every field at both ends of its range, every preset used."""
    seen_low = {f.name for f in NUMERIC}
    seen_high = set(seen_low)
    presets = set()
    for s in scenarios():
        presets.add(s.preset)
        for f in NUMERIC:
            if s.values[f.name] == f.low:
                seen_low.discard(f.name)
            if s.values[f.name] == f.high:
                seen_high.discard(f.name)
    assert not seen_low and not seen_high, (seen_low, seen_high)
    assert set(EDITION.presets) <= presets


def test_every_output_is_finite_and_feasibility_is_consistent():
    """Over every scenario: every number of the estimate is finite (no NaN or infinity) in all four
    approaches; long context is infeasible exactly when serving is not ``api`` or corpus_tokens +
    prompt_tokens > context_window_tokens, with a non-empty ``infeasible_reason`` then and None
    otherwise; ``cheapest`` is a feasible approach with the lowest tco among the feasible ones; and
    each tco is the sum of ``monthly_cost_lines``' months (what the other properties compare)."""
    infeasible = feasible_count = 0
    for s in scenarios():
        v = s.values
        est = calc.estimate(s)
        bad = [(p, x) for p, x in _walk(est) if not math.isfinite(x)]
        assert not bad, (s.query(), bad[:5])
        lc = est["long_context"]
        fits = v["serving"] == "api" and v["corpus_tokens"] + v["prompt_tokens"] <= v["context_window_tokens"]
        assert lc["feasible"] is fits, s.query()
        if fits:
            feasible_count += 1
            assert lc["infeasible_reason"] is None, s.query()
        else:
            infeasible += 1
            assert isinstance(lc["infeasible_reason"], str) and lc["infeasible_reason"].strip(), s.query()
        feasible = [a for a in APPROACHES if est[a].get("feasible", True)]
        assert est["cheapest"] in feasible, s.query()
        low = min(est[a]["tco"] for a in feasible)
        assert est[est["cheapest"]]["tco"] <= low + _close(low, low), s.query()
        for a in APPROACHES:
            assert est[a]["tco"] == round(tco(v, a), 6), (s.query(), a)
    # both sides of the feasibility rule are exercised
    assert infeasible > 500 and feasible_count > 500, (infeasible, feasible_count)


def _cache_precondition(v, a: str, qs: list[float]) -> bool:
    """Caching pays for itself in every month: Q_m x (p_in - p_cached) >= min(writes, Q_m) x p_in x
    (1 + premium) + 730 x storage (prices after the long-prompt multiplier); and, for RAG with a
    dedicated endpoint price, the per-token bill is the one chosen at share 0 in every month."""
    p_in, p_c, p_out = _prices(v, a)
    for q in qs:
        if q * (p_in - p_c) < min(v["cache_writes_per_month"], q) * p_in * (1 + v["cache_write_premium"]) + (
                HOURS * v["cache_storage_price"]):
            return False
    if a == "rag" and v["rag_dedicated_per_hour"] > 0:
        per_token = [q * (_in_tokens(v, a) * p_in + v["output_tokens"] * p_out) / 1e6 for q in qs]
        dedicated = [v["rag_dedicated_per_hour"] * v["serving_gpus_per_replica"]
                     * max(HOURS, q * _replica_seconds(v, a) / 3600) for q in qs]
        return all(t <= d * (1 - 1e-9) for t, d in zip(per_token, dedicated))
    return True


def test_caching_never_raises_cost_when_it_pays_for_itself():
    """Raising cached_prompt_share from 0 to s (any s in [0, 1]) never raises an approach's tco when
    caching pays for itself in every month (``_cache_precondition``).

    Why this precondition: the share moves cached tokens c (dc >= 0 of them; for long context the
    corpus is cached at share 0 already) from the input price to the cached price, saving
    Q_m x dc x (p_in - p_cached) / 1e6 a month, and adds min(writes, Q_m) x dc x p_in x (1 + premium)
    / 1e6 of writes and 730 x storage x dc / 1e6 of storage to the cache line. Nothing else depends on
    the share (hosting and replica-hours count every input token). So the month's change is dc / 1e6
    times (writes + storage - saving), whatever dc is: the precondition makes each month's change <= 0.
    Without it caching can cost more: a write is billed on top of the read it replaces, so with as many
    writes as queries caching always costs more (``test_caching_changes_cost_by_exactly_the_formula``
    checks the change itself). For RAG with rag_dedicated_per_hour > 0 a month's generation is the
    lower of the per-token bill and the dedicated endpoint; in a month served by the endpoint the
    saving is lost while the cache line is still billed, hence the second clause.
    On self-hosted serving the share changes nothing but long context (which is priced on an API)."""
    rng = random.Random(SEED + 1)
    checked = {a: 0 for a in APPROACHES}
    for s in scenarios():
        v0 = {**s.values, "cached_prompt_share": 0.0}
        v1 = {**s.values, "cached_prompt_share": rng.choice((1.0, rng.random(), s.values["cached_prompt_share"]))}
        qs = _queries(v0)
        for a in APPROACHES:
            if v0["serving"] != "api" and a != "long_context":
                assert tco(v1, a) == tco(v0, a), (s.query(), a)  # no prompt cache on your own GPUs
                continue
            if not _cache_precondition(v0, a, qs):
                continue
            checked[a] += 1
            before, after = tco(v0, a), tco(v1, a)
            assert after <= before + _close(before, after), (s.query(), a, v1["cached_prompt_share"], before, after)
    assert min(checked.values()) >= 1000, checked


def test_caching_changes_cost_by_exactly_the_formula():
    """From share 0 to s, an approach's tco changes by dc / 1e6 x sum over months of
    (min(writes, Q_m) x p_in x (1 + premium) + 730 x storage - Q_m x (p_in - p_cached)), dc being the
    cached tokens gained: the precondition above is exact month by month, and where it fails the cost
    rises. Not for RAG with a dedicated endpoint (its generation is a minimum) nor on self-hosted
    serving (where the share changes nothing, checked above)."""
    rng = random.Random(SEED + 2)
    rose = 0
    for s in scenarios():
        v0 = {**s.values, "cached_prompt_share": 0.0}
        v1 = {**s.values, "cached_prompt_share": rng.random()}
        qs = _queries(v0)
        for a in APPROACHES:
            if (v0["serving"] != "api" and a != "long_context") or (a == "rag" and v0["rag_dedicated_per_hour"] > 0):
                continue
            dc = _cached(v1, a) - _cached(v0, a)
            assert dc >= 0, (s.query(), a)
            p_in, p_c, _ = _prices(v0, a)
            per_token = [min(v0["cache_writes_per_month"], q) * p_in * (1 + v0["cache_write_premium"])
                         + HOURS * v0["cache_storage_price"] - q * (p_in - p_c) for q in qs]
            expected = dc / 1e6 * math.fsum(per_token)
            before, after = tco(v0, a), tco(v1, a)
            noise = _close(before, after) + 1e-9 * dc / 1e6 * math.fsum(abs(x) for x in per_token)
            assert abs((after - before) - expected) <= noise, (s.query(), a, after - before, expected)
            rose += expected > noise
    assert rose > 100, rose  # caching that does not pay for itself does raise the cost


def test_lowering_ft_prompt_tokens_never_raises_finetune_or_hybrid_cost():
    """For ft_lo <= ft_hi <= prompt_tokens, fine-tuning's and the hybrid's tco at ft_lo is never above
    that at ft_hi, unless lowering takes the cached prefix below the minimum, i.e. cached_prompt_share x
    ft_hi >= min_cacheable_tokens > cached_prompt_share x ft_lo (serving=api).

    Why: every term falls or stays with the prompt: uncached tokens (1 - share) x ft + ctx, cached
    tokens share x ft, the cache line, the replica-hours of per-replica hosting and of self-hosting, and
    the long-prompt multipliers (>= 1, applied only above the threshold). Only losing the cache can
    cost more: the prefix's tokens go from the cached price to the full input price
    (``test_losing_the_cache_by_shortening_the_prompt_can_cost_more``). RAG and long context do not
    send ft_prompt_tokens; their cost is unchanged."""
    rng = random.Random(SEED + 3)
    checked = crossed = 0
    for s in scenarios():
        prompt = s.values["prompt_tokens"]
        hi = rng.choice((prompt, prompt * rng.random(), float(s.values["ft_prompt_tokens"])))
        hi = min(hi, prompt)
        lo = rng.choice((0.0, hi, hi * rng.random(), max(0.0, hi - 1)))
        v_hi = {**s.values, "ft_prompt_tokens": hi}
        v_lo = {**s.values, "ft_prompt_tokens": lo}
        share, minimum = s.values["cached_prompt_share"], s.values["min_cacheable_tokens"]
        if s.values["serving"] == "api" and share * hi >= minimum > share * lo:
            crossed += 1
            continue
        checked += 1
        for a in ("finetune", "hybrid"):
            before, after = tco(v_hi, a), tco(v_lo, a)
            assert after <= before + _close(before, after), (s.query(), a, hi, lo, before, after)
        for a in ("rag", "long_context"):
            assert tco(v_hi, a) == tco(v_lo, a), (s.query(), a)
    assert checked >= 9000 and crossed > 0, (checked, crossed)


def test_losing_the_cache_by_shortening_the_prompt_can_cost_more():
    """The exception above is real: a 1,100-token fine-tuned prompt, all of it a cached prefix at a tenth
    of the price, costs 1,000 x 1,100 x 0.1 / 1e6 = 0.11 a month; shortened to 1,000 tokens, below the
    1,050-token minimum, it costs 1,000 x 1,000 x 1 / 1e6 = 1.0."""
    base = {"edition": "2026-12", "months": "1", "queries_per_month": "1000", "serving": "api", "prompt_tokens": "2000",
            "output_tokens": "0", "cached_prompt_share": "1", "min_cacheable_tokens": "1050", "ft_input_price": "1",
            "ft_cached_input_price": "0.1", "cache_writes_per_month": "0", "cache_storage_price": "0",
            "long_prompt_input_multiplier": "1", "long_prompt_output_multiplier": "1"}
    at_1100 = calc.estimate(calc.build_scenario({**base, "ft_prompt_tokens": "1100"}))
    at_1000 = calc.estimate(calc.build_scenario({**base, "ft_prompt_tokens": "1000"}))
    assert at_1100["finetune"]["breakdown"]["generation"] == 1000 * 1100 * 0.1 / 1e6  # 0.11
    assert at_1000["finetune"]["breakdown"]["generation"] == 1000 * 1000 * 1 / 1e6  # 1.0
