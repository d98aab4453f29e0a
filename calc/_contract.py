"""The model's public contract as the methodology page states it, rendered from the schema.

Field names, units, ranges and defaults come from ``calc._fields`` and the editions; the output
names from an estimate; the rules of parsing, editions and permalinks are written once here. The
page is built from these records, so a field added to the schema appears on it with nothing else
to edit. Build time only (CPython): the browser never imports this module.
"""

from __future__ import annotations

from typing import Any

from ._editions import EDITIONS, LATEST_EDITION
from ._encode import escape
from ._fields import ANSWER_FIELDS, APPROACHES_DECLARED, FIELDS, GROUPS, Field, format_value
from ._model import BREAKDOWN_LINES
from ._render import render_figure

__all__ = ["OUTPUT_MEANINGS", "RULES_OF_INPUT", "RULES_OF_EDITIONS", "render_contract"]

RULES_OF_INPUT: tuple[str, ...] = (
    "A number is ASCII text of the form <code>[+-]digits[.digits][e[+-]digits]</code> "
    "(also <code>.5</code> and <code>5.</code>): no thousands separators, no <code>_</code>, no "
    "other scripts' digits, no <code>inf</code> or <code>nan</code>; it must be finite and inside the "
    "field's range.",
    "A whole field accepts a number that is integral (<code>12</code>, <code>12.0</code>, "
    "<code>1e3</code>) and rejects <code>12.5</code>.",
    "A choice must be one of its listed words, exactly.",
    "An empty value is an error (a value is required), not the default. A field given twice is an error.",
    "Every error is reported at once, each naming the field, the value received (shortened past 40 "
    "characters, control characters escaped) and the allowed range or choices. Bad input never "
    "crashes and never yields NaN or infinity.",
    "An unknown parameter is a warning, not an error, so that old links keep working.",
    "Warnings, not errors: <code>training=api</code> with <code>serving=self_hosted</code> (a fine-tune "
    "made on a provider's API cannot be exported to your own GPUs); <code>method</code> given with "
    "<code>training=api</code> (the provider chooses the method).",
)

RULES_OF_EDITIONS: tuple[str, ...] = (
    "An edition is a frozen set of defaults, each taken from a dated figure, and of presets; it is "
    "named by its date. The newest edition is the default.",
    "A released edition is never edited: a figure that changes gets a new record, and a new edition "
    "points at it. A field added later states the value that reproduces the older editions' numbers "
    "(a constant, or another field's value), so an old link gives the same numbers under every later "
    "release.",
    "A permalink's query holds <code>edition=&lt;name&gt;</code>, <code>preset=&lt;name&gt;</code> when "
    "the scenario started from a preset, the fields that differ from where it started (explicit "
    "fields override the preset), and the decision answers given. An unknown edition or preset is an "
    "error naming it.",
    "Names are a public contract: field names are also the URL's query parameters and the CLI's "
    "words, output names are the JSON keys and the page's <code>data-output</code> attributes. A "
    "released name is never renamed or removed.",
    "Raw values in JSON and in <code>data-value</code> are floats rounded to six decimals; the rendered "
    "text is identical in CPython and in the browser's Python.",
)

# What each output measures. Keys are the JSON keys; the approach keys repeat for each approach.
OUTPUT_MEANINGS: dict[str, str] = {
    "edition": "the data edition used",
    "model_version": "the version of the model's formulas",
    "preset": "the preset the scenario started from, or null",
    "scenario": "every field after defaults and validation",
    "warnings": "cross-field warnings, as text",
    "answers": "the decision answers given",
    "<approach>.tco": "total cost of ownership over the horizon, USD",
    "<approach>.per_query": "tco divided by the queries of the horizon, USD; null without queries",
    "<approach>.monthly": "the monthly totals, USD (data-output names count months from 1)",
    "<approach>.breakdown.<line>": "each cost line over the horizon, USD: " + ", ".join(BREAKDOWN_LINES),
    "<approach>.added_latency_ms": "latency retrieval adds to a query, ms",
    "<approach>.latency_ms": "latency of one query, ms",
    "finetune.training": "cycles (months), cycle_count, cost_per_cycle, and for self-hosted training "
                         "gpus, compute_gpu_hours, billed_gpu_hours, wall_clock_hours per run",
    "break_even_queries_per_month": "month-1 volume at which fine-tuning's and RAG's totals cross, or null",
    "break_even_direction": "finetune_cheaper_above or rag_cheaper_above, or null",
    "cheapest": "the approach with the lowest tco (ties: the first in the order above)",
}


def _default_text(f: Field, value: Any, figure: str | None) -> str:
    if figure is not None:
        return render_figure(figure)
    return f"<code>{escape(format_value(value))}</code>"


def _table(head: list[str], rows: list[list[str]]) -> str:
    h = "".join(f"<th>{c}</th>" for c in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<div class="rvf-table-wrap" tabindex="0"><table><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table></div>'


def _allowed(f: Field) -> str:
    if f.kind == "choice":
        return " | ".join(f"<code>{escape(c)}</code>" for c in f.choices)
    return escape(f.allowed())


def render_contract() -> str:
    """The contract sections of the methodology page: inputs, answers, parsing, outputs, editions."""
    ed = EDITIONS[LATEST_EDITION]
    parts = [
        '<h3 id="inputs">Inputs</h3>',
        f"<p>Defaults are those of edition {escape(ed.name)}; each links to its figure, with its source "
        "and date. <em>Since</em> names the first edition that knows the field.</p>",
    ]
    for group, title in GROUPS.items():
        rows = [
            [f"<code>{escape(f.name)}</code>", escape(f.help), escape(f.unit), _allowed(f),
             _default_text(f, ed.start_values()[f.name], ed.default_figures.get(f.name)), escape(f.since)]
            for f in FIELDS if f.group == group
        ]
        if rows:
            parts.append(f"<h4>{escape(title)}</h4>")
            parts.append(_table(["Field", "Meaning", "Unit", "Allowed", "Default", "Since"], rows))
    parts.append('<h3 id="decision-answers">Decision answers</h3>')
    parts.append("<p>They travel in the same query as the fields and have no default: an answer not "
                 "given is not used.</p>")
    parts.append(_table(
        ["Answer", "Question", "Allowed"],
        [[f"<code>{escape(f.name)}</code>", escape(f.label), _allowed(f)] for f in ANSWER_FIELDS],
    ))
    parts.append('<h3 id="parsing-and-validation">Parsing and validation</h3>')
    parts.append("<ul>" + "".join(f"<li>{r}</li>" for r in RULES_OF_INPUT) + "</ul>")
    parts.append('<h3 id="outputs">Outputs</h3>')
    approaches = ", ".join(f"<code>{escape(a.key)}</code> ({escape(a.label)})" for a in APPROACHES_DECLARED)
    parts.append(f"<p>JSON keys; the page's <code>data-output</code> names join them with dots. "
                 f"Approaches: {approaches}.</p>")
    parts.append(_table(["Key", "Meaning"],
                        [[f"<code>{escape(k)}</code>", escape(v)] for k, v in OUTPUT_MEANINGS.items()]))
    parts.append('<h3 id="editions-and-permalinks">Editions and permalinks</h3>')
    parts.append("<ul>" + "".join(f"<li>{r}</li>" for r in RULES_OF_EDITIONS) + "</ul>")
    rows = [[f"<code>{escape(e.name)}</code>", str(len(e.default_figures)), str(len(e.presets)),
             ", ".join(f"<code>{escape(n)}</code>" for n in e.followers) or "none"]
            for e in EDITIONS.values()]
    parts.append(_table(["Edition", "Figures behind defaults", "Presets", "Fields that follow another"], rows))
    return "\n\n".join(parts)
