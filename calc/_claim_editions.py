"""Claims checked in two editions: the later edition's verdict beside the one the claims were
written for, and, where the verdict differs, the reason, found by the model itself.

The reason is computed, not written. The two editions' sweeps are matched point by point (same
axis settings); every field whose value differs at a matched point is set back, alone, to its
value in the earlier edition, and the check's share of points in the claimed range is recomputed.
The field whose reversal moves the share most is the reason given; a preset axis whose values
are another generation in the later edition (its API models) is named as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ._claim_checks import CHECK_BY_ID, CLAIM_BY_ID, CLAIMS, ClaimCheck
from ._claim_sweep import (
    CLAIMS_EDITION,
    ClaimResult,
    Point,
    _in_range,
    axis_label,
    axis_values,
    check_claim,
    metric_value,
    percent,
    setting_label,
    sweep_points,
)
from ._editions import EDITIONS, LATEST_EDITION
from ._fields import FIELD_BY_NAME, format_value
from ._scenario import build_scenario
from ._uncertainty_text import field_value_text

__all__ = ["EditionPair", "compare_claim", "compare_claims", "substituted_axes"]


@dataclass(frozen=True, slots=True)
class EditionPair:
    """A claim's results in the claims' own edition and in a later one, and why they differ."""

    claim_id: str
    first: ClaimResult
    later: ClaimResult
    differs: bool  # the verdicts differ
    reason: str  # empty unless they differ


def _words(name: str, text: str) -> str:
    """A field's value (as format_value wrote it) with its unit, as a sentence reads it."""
    try:
        return field_value_text(name, float(text))
    except ValueError:
        return text  # a choice word


def _share(check: ClaimCheck, points: list[Point], edition: str, extra: Mapping[str, str]) -> float:
    claim = CLAIM_BY_ID[check.claim_id]
    assert check.metric is not None
    hits = 0
    for p in points:
        params = dict(p.params)
        params.update(extra.get(p.settings, {}))  # type: ignore[arg-type]
        hits += _in_range(metric_value(check.metric, tuple(sorted(params.items())), edition), claim.low, claim.high)
    return hits / len(points)


def substituted_axes(check: ClaimCheck, edition: str) -> list[str]:
    """Words for each preset axis whose swept values are replaced in ``edition``."""
    out = []
    for sweep in check.sweeps:
        for axis in sweep.axes:
            values = axis_values(axis.name, axis.values, edition)
            if values != axis.values:
                names = ", ".join(setting_label(axis.name, v) for v in values if v not in axis.values)
                text = f"the {axis_label(axis.name)} axis sweeps edition {edition}'s presets ({names})"
                if text not in out:
                    out.append(text)
    return out


def _reason(check: ClaimCheck, first: ClaimResult, later: ClaimResult, edition: str,
            figures: Mapping[str, float] | None) -> str:
    old = {p.settings: p for p in sweep_points(check, edition=CLAIMS_EDITION)}
    new = sweep_points(check, edition=edition, figures=figures)
    matched = [p for p in new if p.settings in old]
    differing: dict[str, dict[tuple, str]] = {}
    shown: dict[str, tuple[str, str]] = {}
    for p in matched:
        v_old = build_scenario(dict(old[p.settings].params), edition=CLAIMS_EDITION).values
        v_new = build_scenario(dict(p.params), edition=edition).values
        for name, value in v_old.items():
            if name in v_new and v_new[name] != value:
                differing.setdefault(name, {})[p.settings] = format_value(value)
                shown.setdefault(name, (format_value(value), format_value(v_new[name])))
    parts = substituted_axes(check, edition)
    if matched and differing:
        base = _share(check, matched, edition, {})
        moves = []
        for name in differing:
            reverted = _share(check, matched, edition, {s: {name: v} for s, v in differing[name].items()})
            moves.append((abs(reverted - base), name, reverted))
        moves.sort(key=lambda m: (-m[0], m[1]))
        move, name, reverted = moves[0]
        if move > 0:
            was, now = (_words(name, v) for v in shown[name])
            parts.append(
                f"{FIELD_BY_NAME[name].label} is {now} in edition {edition} against {was} in "
                f"edition {CLAIMS_EDITION}; set back alone, it puts {percent(reverted)} of the matching "
                f"scenarios in the claimed range, against {percent(base)}"
            )
    if not parts:
        return (f"the share of scenarios in the claimed range moves from {percent(first.share or 0)} to "
                f"{percent(later.share or 0)} with many small changes, none of which alone moves it")
    return "; ".join(parts)


def compare_claim(check: ClaimCheck, *, edition: str = LATEST_EDITION,
                  figures: Mapping[str, float] | None = None) -> EditionPair:
    """One claim in its own edition and in ``edition`` (``figures`` overrides apply to the later)."""
    first = check_claim(check)
    later = check_claim(check, edition=edition, figures=figures)
    differs = first.verdict != later.verdict
    reason = _reason(check, first, later, edition, figures) if differs and check.metric else ""
    return EditionPair(check.claim_id, first, later, differs, reason)


def compare_claims(*, edition: str = LATEST_EDITION, figures: Mapping[str, float] | None = None) -> list[EditionPair]:
    """Every claim, in order, in the claims' own edition and in ``edition``."""
    if edition not in EDITIONS:
        raise KeyError(f"unknown edition {edition!r}")
    return [compare_claim(CHECK_BY_ID[c.id], edition=edition, figures=figures) for c in CLAIMS]
