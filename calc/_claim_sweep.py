"""Claims checked, the sweep engine: points, metric values, verdicts and the words for them.

A check's verdict is computed, not written: the share of its sweep's points whose metric lies in
the claimed range.

- share >= ``SUPPORTED_SHARE``: "supported";
- 0 < share < ``SUPPORTED_SHARE``: "supported only under stated conditions", with the axis
  values that every supported point has in common;
- share == 0: "not supported".

Claims the model has no way to evaluate are "outside the model", with the reason.
``check_claims(figures={id: value})`` overrides figure values for a what-if, which is how a test
shows that a changed figure can flip a verdict.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Mapping

from . import _format as fmt
from ._catalogue import FIGURE_BY_ID
from ._claim_checks import (
    CHECK_BY_ID,
    CLAIM_BY_ID,
    CLAIMS,
    DEFAULT_WORKLOAD,
    PRESET_AXES,
    Claim,
    ClaimCheck,
    Metric,
    Sweep,
)
from ._editions import EDITIONS
from ._fields import FIELD_BY_NAME, FIELDS
from ._figures import Figure
from ._model import estimate
from ._render import figure_text
from ._scenario import build_scenario, format_value

# The edition the claims are checked under: the one their sweeps (presets, figures) were written
# for. A later edition's verdicts are compared with these on the claims page.
CLAIMS_EDITION = "2026-11"
# A preset-axis value that a later edition does not have (its API models are another generation)
# is replaced there by every preset of that kind the edition has, in its order: the sweep then
# covers the market of its own edition.

__all__ = [
    "CHOICE_WORDS",
    "SUPPORTED_SHARE",
    "VERDICT_TEXT",
    "ClaimResult",
    "Holds",
    "Point",
    "check_claim",
    "check_claims",
    "classify",
    "figure_ref",
    "metric_value",
    "sweep_points",
]

SUPPORTED_SHARE = 0.8
VERDICT_TEXT = {
    "supported": "supported",
    "conditional": "supported only under stated conditions",
    "not-supported": "not supported",
    "outside": "outside the model",
}
PRESET_AXIS_LABELS = {
    "gpu": "GPU offer",
    "api_model": "API model",
    "vector_store": "Vector store",
    "workload": "Workload",
}
CHOICE_WORDS = {
    "api": "a provider's API",
    "self_hosted": "self-hosted on rented GPUs",
    "full": "full fine-tune",
    "lora": "LoRA",
    "qlora": "QLoRA",
}

Figures = Mapping[str, float]


# --- what a check produces ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Point:
    """One scenario of a sweep: the part it belongs to, its axis settings and its parameters."""

    part: str
    settings: tuple[tuple[str, str], ...]
    params: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Holds:
    """Where a conditionally supported claim holds: restricted axes, the metric's sub-range, a split."""

    where: tuple[tuple[str, tuple[str, ...]], ...]
    low: float
    high: float
    split: tuple[str, tuple[tuple[str, int, int], ...]] | None


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """A claim's verdict and the numbers behind it."""

    claim_id: str
    title: str
    text: str
    source: str
    claimed_low: float
    claimed_high: float | None
    claimed: str
    conditions: str
    metric: str
    model_min: float | None
    model_max: float | None
    model_min_text: str
    model_max_text: str
    share: float | None
    n_points: int
    n_in_range: int
    verdict: str  # a key of VERDICT_TEXT
    verdict_text: str
    holds_where: str
    note: str
    outside_reason: str
    holds_min: float | None = None  # the metric's range over the points in the claimed range
    holds_max: float | None = None
    holds: Holds | None = None


# --- sweeps ----------------------------------------------------------------------------------------


def figure_ref(value: str) -> tuple[Figure, str]:
    """The figure a ``fig:<id>[@low|@high]`` sweep value names, and the bound ("" for its value)."""
    fid, _, bound = value[len("fig:"):].partition("@")
    return FIGURE_BY_ID[fid], bound


def _figure_value(ref: str, figures: Figures) -> float:
    """The number a ``fig:<id>[@low|@high]`` reference stands for, overrides applied to values."""
    fig, bound = figure_ref(ref)
    if bound == "":
        return float(figures.get(fig.id, fig.value))
    value = fig.low if bound == "low" else fig.high if bound == "high" else None
    if value is None:
        raise ValueError(f"figure {fig.id} has no {bound!r} bound")
    return float(value)


def _value_text(field: str, raw: str, figures: Figures) -> str:
    """A sweep value as the scenario parser reads it (figure references resolved)."""
    if not raw.startswith("fig:"):
        return raw
    value = _figure_value(raw, figures)
    if FIELD_BY_NAME[field].kind == "whole":
        return format_value(int(value))
    return format_value(value)


def _preset_params(name: str, figures: Figures, edition: str) -> dict[str, str]:
    """A preset's values as parameters, each figure-backed value re-read from the figures."""
    if name == DEFAULT_WORKLOAD:
        return {}
    preset = EDITIONS[edition].presets[name]
    out: dict[str, str] = {}
    for field, value in preset.values.items():
        fid = preset.figures.get(field)
        if fid is not None:
            out[field] = _value_text(field, "fig:" + fid, figures)
        else:
            out[field] = value if isinstance(value, str) else format_value(value)
    return out


def _apply(params: dict[str, str], name: str, raw: str, figures: Figures, edition: str) -> None:
    if name in PRESET_AXES or name == "preset":
        params.update(_preset_params(raw, figures, edition))
    else:
        params[name] = _value_text(name, raw, figures)


def axis_values(axis_name: str, values: tuple[str, ...], edition: str) -> tuple[str, ...]:
    """An axis's values in an edition: a preset the edition lacks gives way to all of its kind."""
    if axis_name not in PRESET_AXES:
        return values
    presets = EDITIONS[edition].presets
    kept = tuple(v for v in values if v == DEFAULT_WORKLOAD or v in presets)
    if len(kept) == len(values):
        return values
    return kept + tuple(n for n, p in presets.items() if p.kind == axis_name and n not in kept)


def sweep_points(check: ClaimCheck, *, figures: Figures | None = None, edition: str = CLAIMS_EDITION,
                 start: Mapping[str, str] | None = None) -> list[Point]:
    """Every scenario of a check's sweeps, as parameter strings ready for ``build_scenario``.

    Order of precedence: ``start`` (parameters under everything, for a what-if), the edition's
    defaults (with overridden default figures), then the base's preset, the preset axes, the
    base's fields, then the field axes.
    """
    figs: Figures = figures or {}
    default_figures = EDITIONS[edition].default_figures
    defaults = dict(start or {})
    defaults.update({
        f.name: _value_text(f.name, "fig:" + default_figures[f.name], figs)
        for f in FIELDS if default_figures.get(f.name) in figs
    })
    points = []
    for sweep in check.sweeps:
        base_presets = [(k, v) for k, v in sweep.base if k == "preset"]
        base_fields = [(k, v) for k, v in sweep.base if k != "preset"]
        preset_axes = [a for a in sweep.axes if a.name in PRESET_AXES]
        field_axes = [a for a in sweep.axes if a.name not in PRESET_AXES]
        ordered = preset_axes + field_axes
        for combo in itertools.product(*(axis_values(a.name, a.values, edition) for a in ordered)):
            params = dict(defaults)
            for k, v in base_presets:
                _apply(params, k, v, figs, edition)
            for axis, value in zip(preset_axes, combo):
                _apply(params, axis.name, value, figs, edition)
            for k, v in base_fields:
                _apply(params, k, v, figs, edition)
            for axis, value in zip(field_axes, combo[len(preset_axes):]):
                _apply(params, axis.name, value, figs, edition)
            settings = tuple((a.name, v) for a, v in zip(ordered, combo))
            points.append(Point(sweep.label, settings, tuple(sorted(params.items()))))
    return points


@lru_cache(maxsize=16384)
def _estimate(params: tuple[tuple[str, str], ...], edition: str) -> Mapping[str, Any]:
    return estimate(build_scenario(dict(params), edition=edition))


def metric_value(metric: Metric, params: tuple[tuple[str, str], ...], edition: str = CLAIMS_EDITION) -> float:
    """The metric at one point: one estimate per variant of the point's parameters."""
    ests = []
    for variant in metric.variants:
        merged = dict(params)
        merged.update(variant)
        ests.append(_estimate(tuple(sorted(merged.items())), edition))
    value = metric.fn(*ests)
    if value is None or not math.isfinite(value):
        raise ValueError(f"metric {metric.name} has no value at {dict(params)}")
    return value


# --- verdicts --------------------------------------------------------------------------------------


def classify(share: float) -> str:
    """The verdict key for a share of sweep points in the claimed range."""
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be between 0 and 1, got {share!r}")
    if share >= SUPPORTED_SHARE:
        return "supported"
    if share > 0.0:
        return "conditional"
    return "not-supported"


def _in_range(value: float, low: float, high: float | None) -> bool:
    return low <= value and (high is None or value <= high)


def format_amount(unit: str, value: float) -> str:
    """A metric or claimed amount as text."""
    if unit in ("money", "USD"):
        return fmt.money(value)
    if unit == "share":
        return percent(value)
    if unit == "ms":
        return fmt.ms(value)
    if unit == "hours":
        return fmt.hours(value)
    if unit == "minutes":
        return f"{fmt.number(value)} min"
    return fmt.number(value)


def percent(share: float) -> str:
    text = fmt.sig(share * 100, 3)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "%"


def _claim_unit(claim: Claim) -> tuple[str, str]:
    """(amount unit, words after it) for a claim's unit such as ``USD/cycle``."""
    unit = claim.unit
    if unit.startswith("USD"):
        per = unit[4:] if unit.startswith("USD/") else ""
        words = {"cycle": "per cycle", "run": "per run", "month": "a month"}.get(per, f"per {per}" if per else "")
        return "money", words
    if unit == "share":
        return "share", ""
    if unit == "ms":
        return "ms", "per query"
    return unit, ""


def _claimed_amount(kind: str, value: float) -> str:
    """A claimed bound as the article would write it: whole dollars, plain hours and minutes."""
    if kind == "money" and value == int(value):
        return f"${int(value):,}"
    if kind in ("money", "share", "ms"):
        return format_amount(kind, value)
    if kind == "hours":
        return f"{fmt.number(value)} h"
    if kind == "minutes":
        return f"{fmt.number(value)} min"
    return fmt.number(value)


def claimed_parts(claim: Claim) -> tuple[str, str | None, str]:
    """(low text, high text or None, words after the range) of a claim's range."""
    kind, words = _claim_unit(claim)
    if kind not in ("money", "share", "ms", "hours", "minutes"):
        words = f"{kind} {words}".strip()
    low = _claimed_amount(kind, claim.low)
    high = None if claim.high is None else _claimed_amount(kind, claim.high)
    return low, high, words


def _claimed_text(claim: Claim) -> str:
    low, high, words = claimed_parts(claim)
    core = f"{low} or more" if high is None else f"{low} to {high}"
    return f"{core} {words}".strip()


def setting_label(axis: str, value: str) -> str:
    """An axis value in words: a preset's title, a figure's value with its label, or the text."""
    if axis in PRESET_AXES:
        if value == DEFAULT_WORKLOAD:
            return "the default scenario"
        return next(e.presets[value].title for e in EDITIONS.values() if value in e.presets)
    if value.startswith("fig:"):
        fig, bound = figure_ref(value)
        if bound:
            return f"{bound_text(fig, bound)} ({fig.label}, {bound} end)"
        return f"{figure_text(fig)} ({fig.label})"
    if axis == "model_params_b":
        return f"{value}B parameters"
    return CHOICE_WORDS.get(value, value)


def bound_text(fig: Figure, bound: str) -> str:
    """A figure's low or high end, written as its value would be."""
    value = fig.low if bound == "low" else fig.high
    assert value is not None
    return figure_text(dataclasses.replace(fig, value=value))


def axis_label(name: str) -> str:
    if name in PRESET_AXIS_LABELS:
        return PRESET_AXIS_LABELS[name]
    return FIELD_BY_NAME[name].label


def _base_words(sweep: Sweep) -> list[str]:
    out = []
    for k, v in sweep.base:
        label = "Preset" if k == "preset" else axis_label(k)
        out.append(f"{label}: {setting_label(k, v)}")
    return out


def _conditions_text(check: ClaimCheck, edition: str) -> str:
    parts = []
    for sweep in check.sweeps:
        words = [sweep.description]
        base = _base_words(sweep)
        if base:
            words.append("Fixed: " + "; ".join(base) + ".")
        for axis in sweep.axes:
            values = ", ".join(setting_label(axis.name, v) for v in axis_values(axis.name, axis.values, edition))
            words.append(f"{axis_label(axis.name)}: {values}.")
        words.append(f"{sweep.size()} scenarios.")
        prefix = f"[{sweep.label}] " if len(check.sweeps) > 1 else ""
        parts.append(prefix + " ".join(words))
    return " ".join(parts)


def _holds_where(check: ClaimCheck, points: list[Point], hits: list[bool]) -> list[tuple[str, list[str]]]:
    """Axes whose values at the supported points are a strict subset of the values swept.

    Returns (axis label, value labels) pairs; the part is a pseudo-axis when there are several.
    """
    supported = [p for p, hit in zip(points, hits) if hit]
    out: list[tuple[str, list[str]]] = []
    if len(check.sweeps) > 1:
        parts = [s.label for s in check.sweeps]
        seen = [lbl for lbl in parts if any(p.part == lbl for p in supported)]
        if len(seen) < len(parts):
            out.append(("Setting", seen))
    axis_names: list[str] = []
    for sweep in check.sweeps:
        for axis in sweep.axes:
            if axis.name not in axis_names:
                axis_names.append(axis.name)
    for name in axis_names:
        all_values: list[str] = []
        for p in points:
            for k, v in p.settings:
                if k == name and v not in all_values:
                    all_values.append(v)
        hit_values = [v for v in all_values if any((name, v) in p.settings for p in supported)]
        # Only points that have this axis count: a part without the axis does not restrict it.
        has_axis = [p for p in supported if any(k == name for k, _ in p.settings)]
        if has_axis and len(hit_values) < len(all_values):
            out.append((axis_label(name), [setting_label(name, v) for v in hit_values]))
    return out


def _by_value_counts(points: list[Point], hits: list[bool]) -> tuple[str, list[tuple[str, int, int]]] | None:
    """The axis whose values differ most in how often the claim holds: (axis, [(value, hits, n)])."""
    best: tuple[float, str, list[tuple[str, int, int]]] | None = None
    names: list[str] = []
    for p in points:
        for k, _ in p.settings:
            if k not in names:
                names.append(k)
    for name in names:
        counts: dict[str, list[int]] = {}
        for p, hit in zip(points, hits):
            for k, v in p.settings:
                if k == name:
                    c = counts.setdefault(v, [0, 0])
                    c[0] += int(hit)
                    c[1] += 1
        shares = [h / n for h, n in counts.values()]
        spread = max(shares) - min(shares)
        if len(counts) > 1 and (best is None or spread > best[0]):
            best = (spread, name, [(v, h, n) for v, (h, n) in counts.items()])
    if best is None or best[0] == 0:
        return None
    return best[1], best[2]


def _holds(check: ClaimCheck, points: list[Point], values: list[float], hits: list[bool]) -> Holds:
    sub = [v for v, h in zip(values, hits) if h]
    where = tuple((label, tuple(vals)) for label, vals in _holds_where(check, points, hits))
    split = None
    if not where:
        found = _by_value_counts(points, hits)
        if found is not None:
            split = (found[0], tuple(found[1]))
    return Holds(where, min(sub), max(sub), split)


def holds_words(h: Holds, amount: Callable[[str, float], str], esc: Callable[[str], str],
                  setting: Callable[[str, str], str] | None = None) -> str:
    """Words for a Holds; ``amount(which, value)`` renders the sub-range ends, ``esc`` escapes text,
    ``setting(axis, value)`` renders an axis value (default: its words, escaped)."""
    if setting is None:
        setting = lambda axis, v: esc(setting_label(axis, v))  # noqa: E731
    lo, hi = amount("holds_min", h.low), amount("holds_max", h.high)
    rng = esc("the model's figure there is ") + lo if (h.low == h.high or lo == hi) else (
        esc("the model's figure there runs from ") + lo + esc(" to ") + hi)
    if h.where:
        parts = "; ".join(f"{label}: {', '.join(vals)}" for label, vals in h.where)
        return esc(f"Every scenario where the claim holds has {parts}; ") + rng + esc(".")
    text = esc("No single setting decides it; ") + rng + esc(".")
    if h.split is not None:
        name, counts = h.split
        parts = ", ".join(f"{setting(name, v)}{esc(f': {k} of {n}')}" for v, k, n in counts)
        text += esc(f" Scenarios in the claimed range, by {axis_label(name)}: ") + parts + esc(".")
    return text


def check_claim(check: ClaimCheck, *, figures: Figures | None = None, edition: str = CLAIMS_EDITION,
                start: Mapping[str, str] | None = None) -> ClaimResult:
    """Evaluate one claim over its sweep in an edition (figure overrides applied, ``start`` under
    the sweep's parameters) and compute its verdict."""
    claim = CLAIM_BY_ID[check.claim_id]
    claimed = _claimed_text(claim)
    if check.metric is None:
        return ClaimResult(
            claim_id=claim.id, title=check.title, text=claim.text, source=claim.source,
            claimed_low=claim.low, claimed_high=claim.high, claimed=claimed, conditions="",
            metric="", model_min=None, model_max=None, model_min_text="", model_max_text="",
            share=None, n_points=0, n_in_range=0, verdict="outside", verdict_text=VERDICT_TEXT["outside"],
            holds_where="", note=check.note, outside_reason=check.outside_reason,
        )
    metric = check.metric
    points = sweep_points(check, figures=figures, edition=edition, start=start)
    values = [metric_value(metric, p.params, edition) for p in points]
    hits = [_in_range(v, claim.low, claim.high) for v in values]
    n_in = sum(hits)
    share = n_in / len(points)
    verdict = classify(share)
    holds: Holds | None = None
    holds_text = ""
    if verdict == "conditional":
        holds = _holds(check, points, values, hits)
        holds_text = holds_words(holds, lambda _w, v: format_amount(metric.unit, v), lambda t: t)
    lo, hi = min(values), max(values)
    return ClaimResult(
        claim_id=claim.id, title=check.title, text=claim.text, source=claim.source,
        claimed_low=claim.low, claimed_high=claim.high, claimed=claimed,
        conditions=_conditions_text(check, edition), metric=f"{metric.label} [{metric.name}]",
        model_min=lo, model_max=hi,
        model_min_text=format_amount(metric.unit, lo), model_max_text=format_amount(metric.unit, hi),
        share=share, n_points=len(points), n_in_range=n_in, verdict=verdict,
        verdict_text=VERDICT_TEXT[verdict], holds_where=holds_text, note=check.note, outside_reason="",
        holds_min=None if holds is None else holds.low, holds_max=None if holds is None else holds.high,
        holds=holds,
    )


def check_claims(*, figures: Mapping[str, float] | None = None, edition: str = CLAIMS_EDITION) -> list[ClaimResult]:
    """Every claim of ``CLAIMS``, in order, checked against the model in an edition (figure
    overrides applied)."""
    if figures:
        unknown = sorted(set(figures) - set(FIGURE_BY_ID))
        if unknown:
            raise KeyError(f"unknown figure ids: {', '.join(unknown)}")
    return [check_claim(CHECK_BY_ID[c.id], figures=figures, edition=edition) for c in CLAIMS]
