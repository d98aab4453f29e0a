"""Claims checked, the page: the verdicts of ``_claim_sweep`` as HTML.

Every number sits in an element that names it (``data-output="claims.<id>...."``, or a figure's
``data-figure``), and every string from outside is escaped, with ``_render``'s helpers.
"""

from __future__ import annotations

from typing import Mapping

from ._claim_checks import CHECK_BY_ID, CLAIM_BY_ID, Claim, ClaimCheck
from ._claim_editions import EditionPair, compare_claims, substituted_axes
from ._claim_sweep import (
    CLAIMS_EDITION,
    SUPPORTED_SHARE,
    ClaimResult,
    axis_label,
    bound_text,
    check_claims,
    claimed_parts,
    figure_ref,
    format_amount,
    holds_words,
    percent,
    setting_label,
)
from ._editions import LATEST_EDITION
from ._encode import escape
from ._figures import Figure
from ._render import attr as _attr
from ._render import figure_tip, html_table, output_span, render_figure

__all__ = ["claim_anchor", "render_claims_table"]


def claim_anchor(claim_id: str) -> str:
    """The stable anchor of a claim's section: its id with dots replaced by dashes."""
    return claim_id.replace(".", "-")


def _span(name: str, value: float, text: str) -> str:
    """A claims-page output: its value rounded to six places, shown as ``text``."""
    return output_span(name, round(value, 6), text=text)


def _claimed_html(claim: Claim) -> str:
    low, high, words = claimed_parts(claim)
    key = f"claims.{claim.id}"
    core = _span(f"{key}.claimed_low", claim.low, low)
    if high is None:
        core += " or more"
    else:
        assert claim.high is not None
        core += " to " + _span(f"{key}.claimed_high", claim.high, high)
    return core + (f" {escape(words)}" if words else "")


def _bound_html(claim_id: str, axis: str, fig: Figure, bound: str) -> str:
    """A figure's low or high end, in an element naming it (an output of this claim's sweep)."""
    value = fig.low if bound == "low" else fig.high
    assert value is not None
    tip = f"The {bound} end of the range of: {figure_tip(fig)}"
    return (
        f'<span class="rvf-out rvf-fig--{_attr(fig.kind)}" data-output="claims.{_attr(claim_id)}.sweep.'
        f'{_attr(axis)}.{_attr(bound)}" data-value="{_attr(value)}" data-figure-bound="{_attr(fig.id)}@'
        f'{_attr(bound)}" tabindex="0" aria-description="{_attr(tip)}">'
        f"{escape(bound_text(fig, bound))}</span>"
    )


def _setting_html(claim_id: str, axis: str, value: str) -> str:
    if value.startswith("fig:"):
        fig, bound = figure_ref(value)
        if bound:
            return f"{_bound_html(claim_id, axis, fig, bound)} ({escape(fig.label)}, {escape(bound)} end)"
        return f"{render_figure(fig.id)} ({escape(fig.label)})"
    return escape(setting_label(axis, value))


def _conditions_html(check: ClaimCheck) -> str:
    items = []
    for sweep in check.sweeps:
        rows = []
        for k, v in sweep.base:
            label = "Preset" if k == "preset" else axis_label(k)
            rows.append(f"<li>Fixed: {escape(label)}: {_setting_html(check.claim_id, k, v)}</li>")
        for axis in sweep.axes:
            vals = ", ".join(_setting_html(check.claim_id, axis.name, v) for v in axis.values)
            rows.append(f"<li>{escape(axis_label(axis.name))}: {vals}</li>")
        head = f"<strong>{escape(sweep.label.capitalize())}</strong>: " if len(check.sweeps) > 1 else ""
        items.append(
            f'<div class="rvf-claim-sweep"><p>{head}{escape(sweep.description)} '
            f"{sweep.size()} scenarios.</p><ul>{''.join(rows)}</ul></div>"
        )
    return "".join(items)


def _verdict_html(r: ClaimResult, later: str = "") -> str:
    return (f'<strong class="rvf-verdict rvf-verdict--{_attr(r.verdict)}" '
            f'data-output="claims.{_attr(r.claim_id)}{later}.verdict" data-value="{_attr(r.verdict)}">'
            f"{escape(r.verdict_text)}</strong>")


def _model_range_html(r: ClaimResult, unit_words: str, later: str = "") -> str:
    assert r.model_min is not None and r.model_max is not None
    key = f"claims.{r.claim_id}{later}"
    text = (f"{_span(key + '.min', r.model_min, r.model_min_text)} to "
            f"{_span(key + '.max', r.model_max, r.model_max_text)}")
    return text + (f" {escape(unit_words)}" if unit_words else "")


def _share_html(r: ClaimResult, later: str = "") -> str:
    assert r.share is not None
    return (f"{r.n_in_range} of {r.n_points} scenarios "
            f"({_span(f'claims.{r.claim_id}{later}.share', r.share, percent(r.share))})")


_LATER = ".later"  # data-output names of the later edition's results: claims.<id>.later.verdict


def _later_html(pair: EditionPair, edition: str) -> str:
    """The later edition's results for a claim, and the reason where its verdict differs."""
    r = pair.later
    check = CHECK_BY_ID[r.claim_id]
    assert check.metric is not None
    text = (f"The model gives {_model_range_html(r, check.metric.per, _LATER)}; "
            f"{_share_html(r, _LATER)} in the claimed range: {_verdict_html(r, _LATER)}.")
    swapped = substituted_axes(check, edition)
    if swapped and not pair.differs:
        text += " In this edition " + escape("; ".join(swapped)) + "."
    if pair.differs:
        text += f" The verdict differs from edition {escape(CLAIMS_EDITION)}'s: {escape(pair.reason)}."
    else:
        text += f" The same verdict as in edition {escape(CLAIMS_EDITION)}."
    return text


def _summary_table(pairs: list[EditionPair], edition: str) -> str:
    rows = []
    for pair in pairs:
        r = pair.first
        claim = CLAIM_BY_ID[r.claim_id]
        check = CHECK_BY_ID[r.claim_id]
        per = check.metric.per if check.metric else ""
        model = "not computed" if r.verdict == "outside" else _model_range_html(r, per)
        link = f'<a href="#{_attr(claim_anchor(r.claim_id))}">{escape(r.title)}</a>'
        later = _verdict_html(pair.later, _LATER) if r.verdict != "outside" else escape(pair.later.verdict_text)
        rows.append((link, [_claimed_html(claim), model, _verdict_html(r), later]))
    return html_table("The seed article’s claims against the model",
                      ("Claim", "Claimed", f"Model (edition {CLAIMS_EDITION})", f"Verdict (edition {CLAIMS_EDITION})",
                       f"Verdict (edition {edition})"),
                      rows, cls="rvf-claims-table", label_html=True)


def _section(pair: EditionPair, edition: str) -> str:
    r = pair.first
    claim = CLAIM_BY_ID[r.claim_id]
    check = CHECK_BY_ID[r.claim_id]
    anchor = claim_anchor(r.claim_id)
    facts = [
        ("The claim", f'<q class="rvf-claim-text" data-output="claims.{_attr(r.claim_id)}.text" '
                      f'data-value="{_attr(r.text)}">{escape(r.text)}</q> '
                      f'<span class="rvf-claim-source">Source: {escape(r.source)}.</span>'),
        ("Claimed range", _claimed_html(claim)),
    ]
    if r.verdict == "outside":
        facts.append(("Why the model cannot test it", escape(r.outside_reason)))
    else:
        assert check.metric is not None
        facts += [
            ("What the model computes", f"{escape(check.metric.label)} "
                                        f'(<code>{escape(check.metric.name)}</code>)'),
            ("Tested under", _conditions_html(check)),
            ("The model gives", _model_range_html(r, check.metric.per)),
            ("In the claimed range", _share_html(r)),
        ]
        if r.holds is not None:
            unit = check.metric.unit
            key = f"claims.{r.claim_id}"
            html = holds_words(r.holds, lambda which, v: _span(f"{key}.{which}", v, format_amount(unit, v)),
                               escape, lambda axis, v: _setting_html(r.claim_id, axis, v))
            facts.append(("Where it holds", html))
    if r.note:
        facts.append(("Note", escape(r.note)))
    facts.append((f"Verdict (edition {CLAIMS_EDITION})", _verdict_html(r)))
    if r.verdict != "outside":
        facts.append((f"Under edition {edition}", _later_html(pair, edition)))
    body = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in facts)
    return (
        f'<section class="rvf-claim rvf-claim--{_attr(r.verdict)}" data-claim="{_attr(r.claim_id)}">'
        f'<h2 id="{_attr(anchor)}">{escape(r.title)}</h2><dl class="rvf-claim-facts">{body}</dl></section>'
    )


def render_claims_table(*, figures: Mapping[str, float] | None = None, edition: str = LATEST_EDITION) -> str:
    """The claims page body: how verdicts are computed, a summary table, then one section per claim,
    each checked in the claims' own edition and again in ``edition`` (figure overrides in the later)."""
    pairs = compare_claims(edition=edition, figures=figures)
    threshold = _span("claims.supported_share", SUPPORTED_SHARE, percent(SUPPORTED_SHARE))
    intro = (
        '<p class="rvf-claims-rule">Each claim is tested over a declared sweep of scenarios, not one '
        "point. The verdict is computed from the share of scenarios whose result falls in the claimed "
        f"range: {threshold} or more is <em>supported</em>; some but fewer is <em>supported only under "
        "stated conditions</em>, and the conditions are listed; none is <em>not supported</em>. Claims "
        "about things the model does not compute are marked <em>outside the model</em>, with the reason.</p>"
        f'<p class="rvf-claims-editions">The sweeps were written for edition {escape(CLAIMS_EDITION)}, whose '
        f"presets and figures they name, and each claim is checked again under edition {escape(edition)}: "
        "the same sweep with that edition's defaults and model, and where a preset it names is of an "
        "earlier generation (an API model), every preset of that kind the later edition has. Where the two "
        "verdicts differ, the reason is found by the model: each input that differs between the editions "
        "is set back alone, and the one that moves the verdict's share most is named.</p>"
    )
    sections = "".join(_section(p, edition) for p in pairs)
    return f'<div class="rvf-claims">{intro}{_summary_table(pairs, edition)}{sections}</div>'