"""Renderers: figures, estimates and rules as HTML and Markdown fragments.

Build time (mkdocs-macros) and the browser worker both call these, so the numbers a page shows
and the numbers the worker swaps in are the same strings. Every string from outside is escaped;
every figure printed sits in an element that names it (``data-figure`` or ``data-output``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping  # isinstance through typing's aliases is slow in Pyodide
from functools import lru_cache
from typing import Any

from . import _format as fmt
from ._catalogue import FIGURE_BY_ID
from ._editions import EDITIONS, LATEST_EDITION
from ._encode import escape  # html.escape's output, without its import cost in Pyodide
from ._fields import APPROACHES_DECLARED, FIELD_BY_NAME
from ._figures import RELEASED, STALE_AFTER_DAYS, Figure, is_stale
from ._model import BREAK_EVEN_MAX_WORDS, approaches_of, crossover, cumulative_costs, estimate, lines_of
from ._scenario import build_scenario

__all__ = [
    "APPROACH_LABELS",
    "LINE_LABELS",
    "attr",
    "expand_tokens",
    "figure_text",
    "figure_tip",
    "plain_tokens",
    "format_output",
    "html_table",
    "lookup_output",
    "output_names",
    "output_span",
    "preset_estimate",
    "render_figure",
    "render_markdown_summary",
    "render_output",
    "render_results",
]

APPROACH_LABELS = {a.key: a.label for a in APPROACHES_DECLARED}
LINE_LABELS = {
    "generation": "Generation",
    "hosting": "Fine-tuned model hosting",
    "embeddings": "Embeddings",
    "vector_db": "Vector database",
    "orchestration": "Orchestration",
    "training": "Training",
    "labelling": "Labelling",
    "engineering": "Engineering",
    "cache": "Prompt cache (writes, storage)",
}
# The added-latency row's label, by model version: from model 2 it also holds long context's wait.
ADDED_LATENCY_LABEL = {"1": "Latency added by retrieval", "2": "Latency added (retrieval, or a long cached prompt)"}
DIRECTION_TEXT = {
    "finetune_cheaper_above": "fine-tuning is cheaper above this volume",
    "rag_cheaper_above": "RAG is cheaper above this volume",
}


_SINGULAR = {
    "GPUs": "GPU", "hours": "hour", "replicas": "replica", "months": "month", "passes": "pass",
    "runs": "run", "tokens": "token", "examples": "example", "chunks": "chunk", "queries": "query",
    "dimensions": "dimension", "cycles": "cycle", "hours/month": "hour/month",
}


def _attr(value: object) -> str:
    """A value as the text of an HTML attribute, escaped."""
    return escape(str(value), quote=True)


# --- figures -------------------------------------------------------------------------------


def _share_text(value: float) -> str:
    """A share as a percentage to three significant figures: 80%, 12.5%, 0%."""
    return fmt.sig(value * 100, 3).rstrip("0").rstrip(".") + "%" if value else "0%"


def figure_text(fig: Figure) -> str:
    """A figure's value as a reader reads it, with its unit."""
    unit = fig.unit
    value = fig.value
    if unit.startswith("USD"):
        # Cents when the price is whole cents; otherwise every significant digit it has (up to 4),
        # so 0.012 shows as $0.012, not a rounded $0.01.
        amount = fmt.money(value) if round(value, 2) == value else "$" + fmt.number(value)
        rest = unit[3:].lstrip("/ ")
        return f"{amount} per {rest}" if rest else amount
    if unit == "share":
        return _share_text(value)
    if value == 1:
        unit = _SINGULAR.get(unit, unit)
    return f"{fmt.number(value)} {unit}".strip()


def figure_tip(fig: Figure) -> str:
    """The tooltip text: source, date, confidence and kind, and the range with its basis."""
    rng = ""
    if fig.low is not None and fig.high is not None:
        rng = f"; range {fmt.number(fig.low)} to {fmt.number(fig.high)}"
        if fig.range_basis:
            rng += ": " + plain_tokens(fig.range_basis).rstrip(".")
    # An assumption's source title already says so ("Assumption (this project)"): name it once.
    origin = fig.source_title if fig.kind == "assumption" else f"{fig.kind.capitalize()}: {fig.source_title}"
    stale = f"; {stale_words(fig)}" if is_stale(fig) else ""
    return f"{fig.label}. {origin}, {fig.as_of} ({fig.confidence} confidence{rng}{stale})"


_FIG_TOKEN = re.compile(r"\[\[fig:([^\]]+)\]\]")


def plain_tokens(text: str) -> str:
    """``[[fig:ID]]`` tokens as the figures' text, for plain text such as a tooltip (escaped where it is used)."""
    return _FIG_TOKEN.sub(lambda m: figure_text(FIGURE_BY_ID[m.group(1)]), text)


def stale_words(fig: Figure) -> str:
    """What a stale figure says about its age."""
    return f"older than {STALE_AFTER_DAYS} days at the {RELEASED} release: check the source"


def render_figure(figure_id: str, *, text: str | None = None) -> str:
    """A figure in an element that names it; hover or focus shows its source and date."""
    fig = FIGURE_BY_ID[figure_id]
    shown = figure_text(fig) if text is None else text
    tip = figure_tip(fig)
    return (
        f'<span class="rvf-fig rvf-fig--{_attr(fig.kind)}" data-figure="{_attr(fig.id)}" '
        f'data-value="{_attr(fig.value)}" tabindex="0" '
        f'aria-description="{_attr(tip)}">{escape(shown)}</span>'
    )


# --- outputs -------------------------------------------------------------------------------


def lookup_output(est: Mapping[str, Any], name: str) -> Any:
    """The value of a dotted output name (``rag.monthly.1`` is the first month)."""
    node: Any = est
    parts = name.split(".")
    for i, part in enumerate(parts):
        if isinstance(node, list):
            node = node[int(part) - 1]
        elif isinstance(node, Mapping) and part in node:
            node = node[part]
        else:
            raise KeyError(f"unknown output {name!r} (at {'.'.join(parts[: i + 1])})")
    return node


def format_output(name: str, value: Any) -> str:
    """An output's text, by what its name measures."""
    leaf = name.rsplit(".", 1)[-1]
    if name.startswith("crossover."):
        return "no crossover" if value is None else f"{fmt.integer(value)} queries/month"
    if name.startswith("uncertainty."):
        from ._uncertainty_text import chance_text  # noqa: PLC0415

        if ".p_cheapest." in name or leaf == "feasible_share":
            return chance_text(value)
        if isinstance(value, str):
            return value.replace("`", "")
        if leaf in ("draws", "input_count"):
            return fmt.integer(value)
        return fmt.money(value)
    if value is None:
        if leaf == "infeasible_reason":
            return "it fits"
        if name == "break_even_queries_per_month":
            return "no break-even"
        if name.endswith("per_query"):
            return "n/a (no queries)"
        return "n/a"
    if name == "cheapest":
        return APPROACH_LABELS[value]
    if name.startswith("scenario."):
        # A scenario's input, as the calculator shows it: with the field's unit.
        fld = FIELD_BY_NAME[leaf]
        if not isinstance(value, (int, float)):
            return str(value)
        if fld.unit == "share":
            return _share_text(value)
        return f"{fmt.number(value)} {fld.unit}".strip()
    if leaf == "feasible":
        return "fits in the context window" if value else "does not fit in the context window"
    if leaf == "infeasible_reason":
        return str(value)
    if name == "break_even_direction":
        return DIRECTION_TEXT[value]
    if name == "break_even_queries_per_month":
        return f"{fmt.integer(value)} queries/month"
    if leaf == "cycles":
        return "month " + ", ".join(str(m) for m in value) if len(value) == 1 else (
            "months " + ", ".join(str(m) for m in value)
        )
    if leaf == "cycle_count" or leaf == "gpus":
        return fmt.integer(value)
    if leaf == "per_query":
        return fmt.money_sig(value)
    if leaf.endswith("latency_ms"):
        return fmt.ms(value)
    if leaf.endswith("_hours"):
        return fmt.hours(value)
    return fmt.money(value)


def output_names(est: Mapping[str, Any]) -> list[str]:
    """Every data-output name of an estimate, in page order."""
    names = []
    for a in approaches_of(est):
        names += [f"{a}.tco", f"{a}.per_query"]
        names += [f"{a}.breakdown.{line}" for line in lines_of(est)]
        names += [f"{a}.monthly.{m}" for m in range(1, len(est[a]["monthly"]) + 1)]
        names += [f"{a}.added_latency_ms", f"{a}.latency_ms"]
    names += [f"finetune.training.{k}" for k in (
        "cycles", "cost_per_cycle", "gpus", "compute_gpu_hours", "billed_gpu_hours", "wall_clock_hours")]
    names += ["break_even_queries_per_month", "break_even_direction", "cheapest"]
    return names


def _out(name: str, value: Any, *, tip: str | None = None, text: str | None = None) -> str:
    """An output in an element naming it: the value in ``data-value``, as content ``text`` or the
    value formatted by its name, and with ``tip`` a focusable description."""
    raw = "" if value is None else (json.dumps(value) if isinstance(value, list) else value)
    shown = format_output(name, value) if text is None else text
    tip_attrs = f' tabindex="0" aria-description="{_attr(tip)}"' if tip else ""
    return (
        f'<span class="rvf-out" data-output="{_attr(name)}" data-value="{_attr(raw)}"{tip_attrs}>'
        f"{escape(shown)}</span>"
    )


@lru_cache(maxsize=None)
def preset_scenario(preset: str = "default", edition: str = LATEST_EDITION) -> Any:
    """The validated scenario of a preset (``default`` = the edition's defaults), cached."""
    params = {"edition": edition}
    if preset != "default":
        params["preset"] = preset
    return build_scenario(params)


@lru_cache(maxsize=None)
def preset_uncertainty(preset: str = "default", edition: str = LATEST_EDITION) -> Mapping[str, Any]:
    """The uncertainty analysis of a preset at the default draws and seed, cached."""
    from ._uncertainty import uncertainty  # noqa: PLC0415

    return uncertainty(preset_scenario(preset, edition))


@lru_cache(maxsize=None)
def preset_estimate(preset: str = "default", edition: str = LATEST_EDITION) -> Mapping[str, Any]:
    """The estimate of a preset (``default`` = the edition's defaults), cached."""
    return estimate(preset_scenario(preset, edition))


def render_output(preset: str, name: str, *, edition: str = LATEST_EDITION) -> str:
    """One output of a preset's estimate, in an element naming it and the scenario it came from."""
    est = preset_estimate(preset, edition)
    scenario = "the default scenario" if preset == "default" else f"the {preset} preset"
    tip = f"Computed by the model (v{est['model_version']}) for {scenario}, edition {est['edition']}"
    if name.startswith("crossover."):
        _, first, second = name.split(".")
        tip += f": where the totals of {APPROACH_LABELS[first]} and {APPROACH_LABELS[second]} cross"
    return _out(name, preset_output(preset, name, edition=edition), tip=tip)


def preset_output(preset: str, name: str, *, edition: str = LATEST_EDITION) -> Any:
    """The value of an output of a preset's estimate, or of ``crossover.A.B``: the month-1 volume
    at which approach A's total moves to the other side of B's (None when it never does)."""
    if name.startswith("uncertainty."):
        # The uncertainty analysis of the preset at the default draws and seed; "uncertainty.flips.N"
        # is the N-th flip sentence (1-based), "uncertainty.input_count" the number of inputs varied.
        result = preset_uncertainty(preset, edition)
        rest = name[len("uncertainty."):]
        if rest == "input_count":
            return len(result["inputs"])
        if rest.startswith("flips."):
            from ._uncertainty_text import top_flips  # noqa: PLC0415

            flips = top_flips(result, 10)
            n = int(rest.split(".", 1)[1])
            if not 1 <= n <= len(flips):
                raise KeyError(f"unknown output {name!r}: {len(flips)} flips")
            return flips[n - 1].replace("`", "")  # plain text: it sits in an attribute of a Markdown page
        return lookup_output(result, rest)
    if name.startswith("crossover."):
        parts = name.split(".")
        if len(parts) != 3 or not set(parts[1:]) <= set(approaches_of(preset_estimate(preset, edition))):
            raise KeyError(f"unknown output {name!r}: crossover.<approach>.<approach>")
        est = preset_estimate(preset, edition)
        return crossover(preset_scenario(preset, edition).values, parts[1], parts[2], lines_of(est))
    return lookup_output(preset_estimate(preset, edition), name)


_TOKEN = re.compile(r"\[\[(fig|out):([^\]]+)\]\]")


def expand_tokens(text: str) -> str:
    """Replace ``[[fig:ID]]`` and ``[[out:PRESET:OUTPUT]]`` in calc's own data text."""

    def sub(m: re.Match[str]) -> str:
        if m.group(1) == "fig":
            return render_figure(m.group(2))
        preset, _, name = m.group(2).partition(":")
        return render_output(preset, name)

    return _TOKEN.sub(sub, text)


# --- results ----------------------------------------------------------------------------


def _table(caption: str, head: Iterable[str], rows: Iterable[tuple[str, list[str]]], *, cls: str = "",
           label_html: bool = False) -> str:
    """A scrolling table: caption and column heads are text; each row is a header and HTML cells.

    Row headers are text, escaped here, unless ``label_html`` says they are HTML already.
    """
    # An empty corner cell is a <td>: a header cell must have text (axe: empty-table-header).
    h = "".join(f'<th scope="col">{escape(c)}</th>' if c else "<td></td>" for c in head)
    body = "".join(
        f'<tr><th scope="row">{label if label_html else escape(label)}</th>{"".join(f"<td>{c}</td>" for c in cells)}</tr>'
        for label, cells in rows
    )
    classes = f"rvf-table {cls}".strip()
    return (
        f'<div class="rvf-table-wrap" tabindex="0"><table class="{classes}">'
        f"<caption>{escape(caption)}</caption><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _heading(est: Mapping[str, Any], approach: str) -> str:
    """An approach's column heading; one that is not an option for the scenario says so."""
    label = APPROACH_LABELS[approach]
    return label if est[approach].get("feasible", True) else f"{label} (not an option)"


def render_results(est: Mapping[str, Any]) -> str:
    """The calculator's results: totals, breakdown, per query, latency, training, break-even."""
    months = len(est["rag"]["monthly"])
    approaches = approaches_of(est)
    head = ["", *(_heading(est, a) for a in approaches)]
    rows = [
        (LINE_LABELS[line], [_out(f"{a}.breakdown.{line}", est[a]["breakdown"][line]) for a in approaches])
        for line in lines_of(est)
    ]
    rows.append((f"Total cost of ownership, {months} months", [_out(f"{a}.tco", est[a]["tco"]) for a in approaches]))
    rows.append(("Cost per query", [_out(f"{a}.per_query", est[a]["per_query"]) for a in approaches]))
    rows.append((ADDED_LATENCY_LABEL[est["model_version"]],
                 [_out(f"{a}.added_latency_ms", est[a]["added_latency_ms"]) for a in approaches]))
    rows.append(("Latency per query", [_out(f"{a}.latency_ms", est[a]["latency_ms"]) for a in approaches]))
    costs = _table("Total cost of ownership and latency by approach", head, rows, cls="rvf-results-table")

    cheapest = est["cheapest"]
    be = est["break_even_queries_per_month"]
    if be is None:
        be_text = (
            f'<p class="rvf-breakeven">Break-even: {_out("break_even_queries_per_month", None)} '
            f"between fine-tuning and RAG for any volume from 0 to {BREAK_EVEN_MAX_WORDS} queries a month."
            f'{_out("break_even_direction", None, text="")}</p>'
        )
    else:
        be_text = (
            f'<p class="rvf-breakeven">Break-even with RAG at {_out("break_even_queries_per_month", be)} '
            f'in month 1: {_out("break_even_direction", est["break_even_direction"])}.</p>'
        )
    summary = (
        f'<p class="rvf-cheapest">Cheapest over the horizon: <strong>{_out("cheapest", cheapest)}</strong>.</p>'
    )
    for a in approaches:
        reason = est[a].get("infeasible_reason")
        if reason:
            summary += (f'<p class="rvf-infeasible" data-approach="{_attr(a)}">{escape(APPROACH_LABELS[a])} is '
                        f"not an option here: {escape(reason)}; its column shows what it would cost.</p>")

    t = est["finetune"]["training"]
    train_rows = [
        ("Training cycles", [_out("finetune.training.cycles", t["cycles"])]),
        ("Cost per cycle", [_out("finetune.training.cost_per_cycle", t["cost_per_cycle"])]),
        ("GPUs per run", [_out("finetune.training.gpus", t["gpus"])]),
        ("Compute GPU-hours per run", [_out("finetune.training.compute_gpu_hours", t["compute_gpu_hours"])]),
        ("Billed GPU-hours per run", [_out("finetune.training.billed_gpu_hours", t["billed_gpu_hours"])]),
        ("Wall-clock time per run", [_out("finetune.training.wall_clock_hours", t["wall_clock_hours"])]),
    ]
    training = _table("Fine-tuning runs (the GPU figures apply to self-hosted training)", ["", "Value"], train_rows)

    month_rows = []
    for m in range(1, months + 1):
        cells = []
        for a in approaches:
            cells.append(_out(f"{a}.monthly.{m}", est[a]["monthly"][m - 1]))
        month_rows.append((f"Month {m}", cells))
    monthly = _table("Cost per month by approach", ["", *head[1:]], month_rows, cls="rvf-monthly-table")

    warnings = ""
    if est.get("warnings"):
        items = "".join(f"<li>{escape(w)}</li>" for w in est["warnings"])
        warnings = f'<div class="rvf-warnings" role="status"><p>Warnings:</p><ul>{items}</ul></div>'
    return (
        f'<div class="rvf-results" data-edition="{_attr(est["edition"])}" '
        f'data-model-version="{_attr(est["model_version"])}" '
        f'data-chart="{_attr(json.dumps(cumulative_costs(est), separators=(",", ":")))}">'
        f"{warnings}{summary}{be_text}{costs}{training}"
        f'<details class="rvf-monthly"><summary>Cost per month</summary>{monthly}</details></div>'
    )


# --- Markdown for RFCs ---------------------------------------------------------------------


def render_markdown_summary(est: Mapping[str, Any], query: str, *, base_url: str = "",
                            note: str | None = None) -> str:
    """A Markdown table ready to paste into an RFC, with the permalink under it.

    ``note``: the decision in one sentence (and why it is not the cheapest, when it is not), under the table."""
    months = len(est["rag"]["monthly"])
    approaches = approaches_of(est)
    lines = [
        f"| {months}-month estimate | " + " | ".join(_heading(est, a) for a in approaches) + " |",
        "|---|" + "---:|" * len(approaches),
    ]

    def row(label: str, key: str) -> None:
        cells = [format_output(f"{a}.{key}", lookup_output(est, f"{a}.{key}")) for a in approaches]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    for line in lines_of(est):
        row(LINE_LABELS[line], f"breakdown.{line}")
    row("**Total cost of ownership**", "tco")
    row("Cost per query", "per_query")
    row("Latency added by retrieval", "added_latency_ms")
    row("Latency per query", "latency_ms")
    be = est["break_even_queries_per_month"]
    lines.append("")
    lines.append(f"Cheapest: {format_output('cheapest', est['cheapest'])}. Break-even: "
                 + (f"{format_output('break_even_queries_per_month', be)}, "
                    f"{format_output('break_even_direction', est['break_even_direction'])}." if be is not None
                    else f"none between 0 and {BREAK_EVEN_MAX_WORDS} queries a month."))
    for a in approaches:
        if est[a].get("infeasible_reason"):
            lines.append("")
            lines.append(f"{APPROACH_LABELS[a]} is not an option here: {est[a]['infeasible_reason']}.")
    if note:
        lines.append("")
        lines.append(note)
    lines.append("")
    lines.append(f"Edition {est['edition']}, model v{est['model_version']}. Scenario: "
                 f"{base_url}calculator/?{query}")
    return "\n".join(lines) + "\n"


# The HTML helpers under public names, for the other renderers (the claims page).
attr = _attr
output_span = _out
html_table = _table
