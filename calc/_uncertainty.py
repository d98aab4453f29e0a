"""Decisions under uncertainty: Monte Carlo over the inputs' ranges, and the inputs that move the answer.

Which inputs vary. Every numeric field the reader did not set, whose value comes from a figure with
a range (``low`` < ``high``), and every field the reader gave as ``low..high``. A field a preset
sets with a value of its own (no figure) takes the relative spread of the field's default figure.
Fields backed by the same figure draw the same value (one price, used twice). Structural fields
(``STRUCTURAL``) never vary: they describe the set-up (how many months, how many GPUs a machine
has, a model's window), not a quantity anyone is unsure of.

The distribution. Triangular over [low, high] with the figure's value as its mode: bounded, so no
draw leaves the range that the figure's basis argues, and peaked at the sourced value, with no
shape parameter to invent (PERT adds one). A range whose high end is more than ``LOG_SPAN`` times
its low end (low > 0) is triangular on a log scale: a factor-of-ten range of engineering hours is
as likely to be half the value as twice it. Draws are clamped to the field's allowed range, and a
whole-number field is rounded. The generator is ``random.Random(seed)`` (Mersenne Twister, the same
stream in CPython and Pyodide) and a draw uses only ``sqrt``, ``log`` and ``exp``.

Per draw: each approach's total cost of ownership, its cost per query, and the cheapest feasible
approach. Percentiles are linear between order statistics (the sorted draws' ``(n - 1) * p``-th).

Drivers: the one-at-a-time sensitivity of the margin ``tco(runner-up) - tco(cheapest)`` (the two
cheapest feasible approaches at the point estimate): each varying input at its low and at its high
with the rest at their values. ``swing`` is the spread of the two deltas. ``flip_value``: the value
of that input, within the field's allowed range, nearest to its value at which the cheapest approach
changes, found by a scan of ``SCAN_STEPS`` steps toward each end of the allowed range and bisection
of the first step that changes it, to a relative width of ``FLIP_TOLERANCE``; the value returned
is on the side where ``flip_to`` is the cheapest.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any, Mapping

from ._catalogue import FIGURE_BY_ID
from ._editions import EDITIONS
from ._fields import FIELD_BY_NAME, FIELDS, STRUCTURAL, is_log_range
from ._model import MODEL_APPROACHES, MODEL_LINES, long_context_fit, monthly_cost_lines, monthly_queries
from ._scenario import Scenario

__all__ = [
    "DEFAULT_DRAWS",
    "DEFAULT_SEED",
    "MAX_DRAWS",
    "MIN_DRAWS",
    "STRUCTURAL",
    "Uncertain",
    "draw_value",
    "percentile",
    "uncertain_inputs",
    "uncertainty",
]

DEFAULT_DRAWS = 2000
MIN_DRAWS = 10
MAX_DRAWS = 100_000
DEFAULT_SEED = 1
SCAN_STEPS = 8
FLIP_TOLERANCE = 1e-4
PERCENTILES = (("p10", 0.10), ("p50", 0.50), ("p90", 0.90))

V = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Uncertain:
    """One quantity drawn per draw: the fields it sets, its range and mode, and where they come from."""

    fields: tuple[str, ...]
    low: float
    mode: float
    high: float
    log: bool
    basis: str  # "figure <id>", "your range", or "<id>'s relative spread"

    @property
    def field(self) -> str:
        return self.fields[0]


def _allowed(fields: tuple[str, ...]) -> tuple[float, float]:
    """The values every one of the fields accepts."""
    low = max(float(FIELD_BY_NAME[f].low or 0.0) for f in fields)
    high = min(float(FIELD_BY_NAME[f].high or 0.0) for f in fields)
    return low, high


def uncertain_inputs(scenario: Scenario) -> list[Uncertain]:
    """The quantities that vary for this scenario, in the schema's order of their first field."""
    ed = EDITIONS[scenario.edition]
    preset = ed.presets.get(scenario.preset) if scenario.preset else None
    v = scenario.values
    by_key: dict[str, list[Any]] = {}
    for f in FIELDS:
        if f.kind == "choice" or f.name in STRUCTURAL or f.name not in v:
            continue
        if f.name in scenario.ranges:
            low, high = scenario.ranges[f.name]
            by_key[f"you:{f.name}"] = [[f.name], float(low), float(v[f.name]), float(high), "your range"]
            continue
        if f.name in scenario.explicit:
            continue
        fid = preset.figures.get(f.name) if preset is not None and f.name in preset.values else None
        value = float(v[f.name])
        if fid is None and preset is not None and f.name in preset.values:
            # A preset's own value: the default figure's spread, relative to its value.
            ref = FIGURE_BY_ID.get(ed.default_figures.get(f.name, ""))
            if ref is None or ref.low is None or ref.high is None or ref.value == 0 or ref.low == ref.high:
                continue
            key = f"preset:{f.name}"
            by_key[key] = [[f.name], value * ref.low / ref.value, value, value * ref.high / ref.value,
                           f"{ref.id}'s relative spread"]
            continue
        fid = fid or ed.default_figures.get(f.name)
        fig = FIGURE_BY_ID.get(fid or "")
        if fig is None or fig.low is None or fig.high is None or fig.low == fig.high:
            continue
        if fid in by_key:
            by_key[fid][0].append(f.name)
            continue
        by_key[fid] = [[f.name], float(fig.low), value, float(fig.high), f"figure {fid}"]
    out = []
    for fields, low, mode, high, basis in by_key.values():
        names = tuple(fields)
        a_low, a_high = _allowed(names)
        low, high = max(low, a_low), min(high, a_high)
        mode = min(max(mode, low), high)
        if low < high:
            out.append(Uncertain(names, low, mode, high, is_log_range(low, high), basis))
    return out


def draw_value(u: Uncertain, r: float) -> float:
    """The inverse of the triangular distribution's CDF at ``r`` in [0, 1), on a log scale for a wide range."""
    a, m, b = (math.log(u.low), math.log(u.mode), math.log(u.high)) if u.log else (u.low, u.mode, u.high)
    c = (m - a) / (b - a)
    x = a + math.sqrt(r * (b - a) * (m - a)) if r < c else b - math.sqrt((1.0 - r) * (b - a) * (b - m))
    return math.exp(x) if u.log else x


def _setter(u: Uncertain, followers: Mapping[str, str], fixed: frozenset[str]):
    """A function that puts a value of ``u`` into a scenario's values: each field clamped to its
    allowed range, a whole field rounded, and the fields that follow one of them moved along."""
    targets = []
    for name in u.fields:
        f = FIELD_BY_NAME[name]
        targets.append((name, float(f.low or 0.0), float(f.high or 0.0), f.kind == "whole"))
    follow = [(name, leader) for name, leader in followers.items() if leader in u.fields and name not in fixed]

    def put(v: V, x: float) -> None:
        for name, low, high, whole in targets:
            x_f = min(max(x, low), high)
            v[name] = int(round(x_f)) if whole else x_f + 0.0
        for name, leader in follow:
            v[name] = v[leader]

    return put


def _costs(v: V, approaches: tuple[str, ...], lines: tuple[str, ...]) -> tuple[dict[str, float], list[str], float]:
    qs = monthly_queries(v["queries_per_month"], v["growth_per_month"], v["months"])
    tcos = {}
    for a in approaches:
        cost = monthly_cost_lines(v, a, qs, lines)
        tcos[a] = math.fsum(math.fsum(cost[name]) for name in lines)
    feasible = [a for a in approaches if a != "long_context" or long_context_fit(v) is None]
    return tcos, feasible, math.fsum(qs)


def _cheapest(tcos: Mapping[str, float], feasible: list[str], approaches: tuple[str, ...]) -> str:
    return min(feasible, key=lambda a: (tcos[a], approaches.index(a)))


def percentile(sorted_values: list[float], p: float) -> float:
    """Linear between order statistics: the ``(n - 1) * p``-th of the sorted values."""
    pos = (len(sorted_values) - 1) * p
    i = int(pos)
    if i + 1 >= len(sorted_values):
        return sorted_values[-1]
    frac = pos - i
    return sorted_values[i] + (sorted_values[i + 1] - sorted_values[i]) * frac


def _summary(values: list[float], *, mean: bool) -> dict[str, float | None] | None:
    if not values:
        return None
    s = sorted(values)
    out: dict[str, float | None] = {k: round(percentile(s, p), 6) for k, p in PERCENTILES}
    if mean:
        out["mean"] = round(math.fsum(s) / len(s), 6)
    return out


class _Model:
    """The scenario's values and what the sensitivity needs: the margin and the cheapest at any value."""

    def __init__(self, scenario: Scenario) -> None:
        ed = EDITIONS[scenario.edition]
        self.approaches = MODEL_APPROACHES[ed.model_version]
        self.lines = MODEL_LINES[ed.model_version]
        self.base: V = dict(scenario.values)
        self.followers = ed.followers
        self.fixed = frozenset(scenario.explicit)

    def at(self, u: Uncertain, x: float) -> tuple[dict[str, float], list[str]]:
        v = dict(self.base)
        _setter(u, self.followers, self.fixed)(v, x)
        tcos, feasible, _ = _costs(v, self.approaches, self.lines)
        return tcos, feasible

    def cheapest_at(self, u: Uncertain, x: float) -> str:
        tcos, feasible = self.at(u, x)
        return _cheapest(tcos, feasible, self.approaches)


def _margin(tcos: Mapping[str, float], first: str, second: str) -> float:
    return tcos[second] - tcos[first]


def _toward(m: _Model, u: Uncertain, start: float, bound: float, point: str, whole: bool) -> float | None:
    """The value between ``start`` and ``bound`` nearest to ``start`` at which the cheapest is not ``point``."""
    if bound == start:
        return None
    log = is_log_range(min(start, bound), max(start, bound))

    def value(t: float) -> float:
        x = math.exp(math.log(start) + t * (math.log(bound) - math.log(start))) if log else start + t * (bound - start)
        return float(round(x)) if whole else x

    lo = 0.0
    hi = None
    for k in range(1, SCAN_STEPS + 1):
        t = k / SCAN_STEPS
        if m.cheapest_at(u, value(t)) != point:
            hi = t
            break
        lo = t
    if hi is None:
        return None
    while True:
        x_lo, x_hi = value(lo), value(hi)
        if whole and abs(x_hi - x_lo) <= 1:
            break
        if not whole and abs(x_hi - x_lo) <= FLIP_TOLERANCE * max(abs(x_hi), abs(x_lo), 1e-12):
            break
        mid = (lo + hi) / 2
        if m.cheapest_at(u, value(mid)) != point:
            hi = mid
        else:
            lo = mid
        if hi - lo < 1e-15:
            break
    return value(hi)


def _driver(m: _Model, u: Uncertain, point_tcos: Mapping[str, float], first: str, second: str) -> dict[str, Any]:
    base = _margin(point_tcos, first, second)
    tcos_low, _ = m.at(u, u.low)
    tcos_high, _ = m.at(u, u.high)
    d_low = _margin(tcos_low, first, second) - base
    d_high = _margin(tcos_high, first, second) - base
    whole = all(FIELD_BY_NAME[f].kind == "whole" for f in u.fields)
    a_low, a_high = _allowed(u.fields)
    start = float(m.base[u.field])
    found = [x for x in (_toward(m, u, start, a_low, first, whole), _toward(m, u, start, a_high, first, whole))
             if x is not None]
    flip = min(found, key=lambda x: (abs(x - start) / max(abs(start), 1e-12), x)) if found else None
    return {
        "field": u.field,
        "fields": list(u.fields),
        "low": round(u.low, 6),
        "high": round(u.high, 6),
        "value": round(start, 6),
        "tco_delta_low": round(d_low, 6),
        "tco_delta_high": round(d_high, 6),
        "swing": round(abs(d_high - d_low), 6),
        "flip_value": None if flip is None else round(flip, 6) if not whole else int(flip),
        "flip_to": None if flip is None else m.cheapest_at(u, flip),
        "basis": u.basis,
    }


def uncertainty(scenario: Scenario, *, draws: int = DEFAULT_DRAWS, seed: int = DEFAULT_SEED,
                drivers: bool = True) -> dict[str, Any]:
    """Monte Carlo over the scenario's uncertain inputs: percentiles per approach, the chance that
    each is the cheapest, and the drivers of the answer (JSON-ready; see the module's docstring)."""
    if not (isinstance(draws, int) and MIN_DRAWS <= draws <= MAX_DRAWS):
        raise ValueError(f"draws: {draws!r} is out of range; allowed: {MIN_DRAWS} to {MAX_DRAWS:,} (a whole number)")
    if not isinstance(seed, int) or not 0 <= seed < 2**32:
        raise ValueError(f"seed: {seed!r} is out of range; allowed: 0 to {2**32 - 1} (a whole number)")
    m = _Model(scenario)
    inputs = uncertain_inputs(scenario)
    rng = random.Random(seed)
    tco_draws: dict[str, list[float]] = {a: [] for a in m.approaches}
    pq_draws: dict[str, list[float]] = {a: [] for a in m.approaches}
    feasible_count = dict.fromkeys(m.approaches, 0)
    wins = dict.fromkeys(m.approaches, 0)
    setters = [(u, _setter(u, m.followers, m.fixed)) for u in inputs]
    for _ in range(draws):
        v = dict(m.base)
        for u, put in setters:
            put(v, draw_value(u, rng.random()))
        tcos, feasible, total_q = _costs(v, m.approaches, m.lines)
        wins[_cheapest(tcos, feasible, m.approaches)] += 1
        for a in m.approaches:
            tco_draws[a].append(tcos[a])
            if total_q > 0:
                pq_draws[a].append(tcos[a] / total_q)
        for a in feasible:
            feasible_count[a] += 1
    point_tcos, point_feasible, _ = _costs(dict(m.base), m.approaches, m.lines)
    ranked = sorted(point_feasible, key=lambda a: (point_tcos[a], m.approaches.index(a)))
    out: dict[str, Any] = {
        "edition": scenario.edition,
        "draws": draws,
        "seed": seed,
        "cheapest": ranked[0],
        "runner_up": ranked[1] if len(ranked) > 1 else None,
        "approaches": {
            a: {
                "tco": _summary(tco_draws[a], mean=True),
                "per_query": _summary(pq_draws[a], mean=False),
                "feasible_share": round(feasible_count[a] / draws, 6),
            }
            for a in m.approaches
        },
        "p_cheapest": {a: wins[a] / draws for a in m.approaches},
        "inputs": [
            {"field": u.field, "fields": list(u.fields), "low": round(u.low, 6), "mode": round(u.mode, 6),
             "high": round(u.high, 6), "scale": "log" if u.log else "linear", "basis": u.basis}
            for u in inputs
        ],
        "drivers": [],
    }
    if drivers and len(ranked) >= 2:
        found = [_driver(m, u, point_tcos, ranked[0], ranked[1]) for u in inputs]
        found.sort(key=lambda d: (-d["swing"], d["field"]))
        out["drivers"] = found
    return out
