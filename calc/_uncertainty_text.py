"""The uncertainty analysis in words: the CLI's text and Markdown, the flip sentences, the bands.

Every sentence is built here from the analysis' JSON, so the CLI, the RFC export and the page
(CPython at build time, Pyodide in the worker) say the same thing.
"""

from __future__ import annotations

from typing import Any, Mapping

from . import _format as fmt
from ._fields import APPROACH_BY_KEY, FIELD_BY_NAME

__all__ = ["band_text", "chance_text", "field_value_text", "flip_sentence", "render_uncertainty_markdown",
           "render_uncertainty_text", "top_flips"]


def field_value_text(name: str, value: float) -> str:
    """A field's value with its unit, as a sentence reads it: $3.99 per GPU-hour, 80%, 31 hours."""
    unit = FIELD_BY_NAME[name].unit
    if unit.startswith("USD"):
        amount = fmt.money(value) if round(value, 2) == value else "$" + fmt.number(value)
        rest = unit[3:].lstrip("/ ")
        return f"{amount} per {rest}" if rest else amount
    if unit.startswith("share"):
        return chance_text(value)
    return f"{fmt.number(value)} {unit}".strip()


def chance_text(share: float) -> str:
    """A share as a percentage to at most one decimal: 83%, 0.5%, 100%."""
    pct = share * 100
    text = f"{pct:.1f}" if 0 < pct < 10 or 90 < pct < 100 else f"{pct:.0f}"
    return text.rstrip("0").rstrip(".") + "%" if "." in text else text + "%"


def band_text(summary: Mapping[str, Any] | None) -> str:
    """A P10-P90 band of money: "$14,355.24 to $14,502.18"."""
    if not summary:
        return "n/a"
    return f"{fmt.money(summary['p10'])} to {fmt.money(summary['p90'])}"


def flip_sentence(driver: Mapping[str, Any]) -> str | None:
    """"Fine-tuning becomes the cheapest if `ft_eng_hours_per_cycle` is below 31 hours."", or None."""
    if driver.get("flip_value") is None:
        return None
    side = "below" if driver["flip_value"] < driver["value"] else "above"
    label = APPROACH_BY_KEY[driver["flip_to"]].label
    shared = ""
    if len(driver.get("fields", ())) > 1:
        shared = " (with " + ", ".join(f"`{f}`" for f in driver["fields"][1:]) + ", from the same figure)"
    return (f"{label} becomes the cheapest if `{driver['field']}`{shared} is {side} "
            f"{field_value_text(driver['field'], driver['flip_value'])} "
            f"(now {field_value_text(driver['field'], driver['value'])}).")


def top_flips(result: Mapping[str, Any], n: int = 3) -> list[str]:
    """The flip sentences of the ``n`` drivers with the largest swing that have one."""
    return [s for s in (flip_sentence(d) for d in result["drivers"]) if s][:n]


def _approaches(result: Mapping[str, Any]) -> list[str]:
    return list(result["approaches"])


def render_uncertainty_text(result: Mapping[str, Any], *, top: int = 10) -> str:
    """The analysis as plain text: bands, chances, the largest drivers and the flips."""
    lines = [f"Uncertainty: {result['draws']:,} draws, seed {result['seed']}, edition {result['edition']}", ""]
    rows = [["", "P10", "P50", "P90", "Chance cheapest"]]
    for a in _approaches(result):
        tco = result["approaches"][a]["tco"]
        rows.append([APPROACH_BY_KEY[a].label, fmt.money(tco["p10"]), fmt.money(tco["p50"]), fmt.money(tco["p90"]),
                     chance_text(result["p_cheapest"][a])])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        lines.append("  ".join([r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]).rstrip())
    lines += ["", f"Inputs that vary: {len(result['inputs'])}. Largest drivers of the margin between the two cheapest:"]
    for d in result["drivers"][:top]:
        lines.append(f"  {d['field']}: {field_value_text(d['field'], d['low'])} to "
                     f"{field_value_text(d['field'], d['high'])}, margin {fmt.money(d['tco_delta_low'])} / "
                     f"{fmt.money(d['tco_delta_high'])} (swing {fmt.money(d['swing'])})")
    flips = top_flips(result, top)
    if flips:
        lines += ["", "What would change the answer:"] + [f"  {s.replace('`', '')}" for s in flips]
    return "\n".join(lines) + "\n"


def render_uncertainty_markdown(result: Mapping[str, Any], *, flips: int = 3) -> str:
    """The analysis as Markdown for an RFC: a table of bands and chances, then the top flips."""
    out = [f"**How sure:** {result['draws']:,} draws over the inputs' ranges (seed {result['seed']}, "
           f"edition {result['edition']}).", "",
           "| Approach | P10 | P50 | P90 | Chance it is the cheapest |", "|---|---:|---:|---:|---:|"]
    for a in _approaches(result):
        tco = result["approaches"][a]["tco"]
        out.append(f"| {APPROACH_BY_KEY[a].label} | {fmt.money(tco['p10'])} | {fmt.money(tco['p50'])} | "
                   f"{fmt.money(tco['p90'])} | {chance_text(result['p_cheapest'][a])} |")
    found = top_flips(result, flips)
    out.append("")
    if found:
        out += ["What would change the answer:", ""] + [f"- {s}" for s in found]
    else:
        out.append("No single input, moved anywhere in its allowed range, changes the cheapest approach.")
    return "\n".join(out) + "\n"
