"""The uncertainty analysis as HTML: bands beside each total, the chance each approach is the
cheapest, a tornado of the largest drivers and their flip values as sentences.

Rendered by CPython at build time (the presets' bands, there before Python loads in the page) and
by Pyodide in the worker (after each point estimate), from the same function. Every number sits in
a ``data-output="uncertainty.…"`` element with its raw value, so a test can compare the two.
"""

from __future__ import annotations

from typing import Any, Mapping

from . import _format as fmt
from ._encode import escape
from ._fields import APPROACH_BY_KEY
from ._render import attr as _attr
from ._render import output_span
from ._uncertainty_text import chance_text, field_value_text, flip_sentence

__all__ = ["render_uncertainty_html", "TORNADO_ROWS"]

TORNADO_ROWS = 6
_BAR_WIDTH = 240  # the tornado's bar area, in SVG user units; the centre is the point estimate
_BAR_HEIGHT = 14


def _out(name: str, value: Any, text: str) -> str:
    return output_span(name, value, text=text)


def _money(name: str, value: float | None) -> str:
    return _out(name, value, "n/a" if value is None else fmt.money(value))


def _code(text: str) -> str:
    """A sentence with `code` spans, escaped."""
    parts = text.split("`")
    return "".join(f"<code>{escape(p)}</code>" if i % 2 else escape(p) for i, p in enumerate(parts))


def _bands(result: Mapping[str, Any], est: Mapping[str, Any] | None, compact: bool) -> str:
    head = "<tr><td></td>" + ("<th scope=\"col\">Point estimate</th>" if est else "") + (
        '<th scope="col">P10 to P90</th>' + ("" if compact else '<th scope="col">Median (P50)</th>')
        + '<th scope="col">Chance it is the cheapest</th></tr>')
    rows = []
    for a, part in result["approaches"].items():
        tco = part["tco"]
        key = f"uncertainty.approaches.{a}"
        point = f"<td>{_money(f'{a}.tco', est[a]['tco'])}</td>" if est else ""
        chance = _out(f"uncertainty.p_cheapest.{a}", result["p_cheapest"][a], chance_text(result["p_cheapest"][a]))
        infeasible = ""
        if part.get("feasible_share", 1.0) < 1.0:
            infeasible = (f' <span class="rvf-note">(fits in the window in '
                          f'{_out(f"{key}.feasible_share", part["feasible_share"], chance_text(part["feasible_share"]))}'
                          f" of draws)</span>")
        rows.append(
            f'<tr data-approach="{_attr(a)}"><th scope="row">{escape(APPROACH_BY_KEY[a].label)}</th>{point}'
            f"<td>{_money(f'{key}.tco.p10', tco['p10'])} to {_money(f'{key}.tco.p90', tco['p90'])}</td>"
            + ("" if compact else f"<td>{_money(f'{key}.tco.p50', tco['p50'])}</td>")
            + f"<td>{chance}{infeasible}</td></tr>"
        )
    return (
        '<div class="rvf-table-wrap" tabindex="0"><table class="rvf-table rvf-bands-table">'
        "<caption>Total cost of ownership: the range of plausible outcomes</caption>"
        f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _bar(d: Mapping[str, Any], scale: float) -> str:
    """One tornado bar: from the margin's change at the input's low to its change at its high."""
    centre = _BAR_WIDTH / 2
    x_low = centre + d["tco_delta_low"] / scale * centre
    x_high = centre + d["tco_delta_high"] / scale * centre
    rects = []
    for cls, x in (("rvf-bar-low", x_low), ("rvf-bar-high", x_high)):
        left, width = min(centre, x), abs(x - centre)
        rects.append(f'<rect class="{cls}" x="{left:.1f}" y="0" width="{max(width, 0.5):.1f}" height="{_BAR_HEIGHT}"/>')
    line = f'<line class="rvf-bar-axis" x1="{centre:.0f}" y1="0" x2="{centre:.0f}" y2="{_BAR_HEIGHT}"/>'
    return (f'<svg class="rvf-bar" viewBox="0 0 {_BAR_WIDTH} {_BAR_HEIGHT}" width="{_BAR_WIDTH}" '
            f'height="{_BAR_HEIGHT}" aria-hidden="true" focusable="false">{"".join(rects)}{line}</svg>')


def _tornado(result: Mapping[str, Any], first: str, second: str) -> str:
    shown = [d for d in result["drivers"] if d["swing"] > 0][:TORNADO_ROWS]
    if not shown:
        return '<p class="rvf-note">No input with a range moves the margin between the two cheapest approaches.</p>'
    scale = max(max(abs(d["tco_delta_low"]), abs(d["tco_delta_high"])) for d in shown) or 1.0
    rows = []
    for i, d in enumerate(shown):
        key = f"uncertainty.drivers.{i + 1}"
        rows.append(
            f'<tr><th scope="row"><code>{escape(d["field"])}</code></th>'
            f"<td>{_out(f'{key}.low', d['low'], field_value_text(d['field'], d['low']))} to "
            f"{_out(f'{key}.high', d['high'], field_value_text(d['field'], d['high']))}</td>"
            f"<td>{_money(f'{key}.tco_delta_low', d['tco_delta_low'])} / "
            f"{_money(f'{key}.tco_delta_high', d['tco_delta_high'])}</td><td>{_bar(d, scale)}</td></tr>"
        )
    caption = (f"What moves the answer: the change of the margin between {APPROACH_BY_KEY[second].noun} and "
               f"{APPROACH_BY_KEY[first].noun} (the cheapest) with one input at its low (blue bar) and at its high (orange bar)")
    return (
        '<div class="rvf-table-wrap" tabindex="0"><table class="rvf-table rvf-tornado">'
        f"<caption>{escape(caption)}</caption><thead><tr><th scope=\"col\">Input</th>"
        '<th scope="col">Range</th><th scope="col">Margin change, low / high</th>'
        f'<th scope="col">Effect</th></tr></thead><tbody>{"".join(rows)}</tbody>'
        "</table></div>"
    )


def _flip_html(i: int, d: Mapping[str, Any]) -> str:
    """``flip_sentence`` as HTML, its two values in elements that name them."""
    text = flip_sentence(d)
    assert text is not None
    flip = field_value_text(d["field"], d["flip_value"])
    now = field_value_text(d["field"], d["value"])
    head, _, rest = text.rpartition(f" {flip} (now {now}).")
    key = f"uncertainty.drivers.{i + 1}"
    return (f"{_code(head)} {_out(f'{key}.flip_value', d['flip_value'], flip)} "
            f"(now {_out(f'{key}.value', d['value'], now)}).")


def render_uncertainty_html(result: Mapping[str, Any], est: Mapping[str, Any] | None = None, *,
                            compact: bool = False) -> str:
    """The analysis' fragment; ``compact``: the bands and chances only (a preset's pre-rendered block)."""
    first = result["cheapest"]
    lead = (f'<p class="rvf-uncertainty-lead">{escape(APPROACH_BY_KEY[first].label)} is the cheapest at the point '
            f"estimate and in {_out(f'uncertainty.p_cheapest.{first}', result['p_cheapest'][first], chance_text(result['p_cheapest'][first]))} "
            f"of {result['draws']:,} draws over the ranges of {len(result['inputs'])} inputs "
            f"(seed {escape(str(result['seed']))}).</p>")
    body = lead + _bands(result, None if compact else est, compact)
    if not compact:
        body += _tornado(result, first, result.get("runner_up") or first)
        flips = [_flip_html(i, d) for i, d in enumerate(result["drivers"]) if d.get("flip_value") is not None][:3]
        if flips:
            body += ('<p>What would change the answer:</p><ul class="rvf-flips">'
                     + "".join(f"<li>{s}</li>" for s in flips) + "</ul>")
        else:
            body += ('<p class="rvf-flips-none">No single input, moved anywhere in its allowed range, changes '
                     "the cheapest approach.</p>")
    return (f'<div class="rvf-uncertainty-body" data-edition="{_attr(result["edition"])}" '
            f'data-draws="{_attr(result["draws"])}" data-seed="{_attr(result["seed"])}">{body}</div>')
