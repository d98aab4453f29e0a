"""The command line: ``python -m calc`` (or ``rag-vs-ft``).

Subcommands:

- ``estimate [field=value ...] [--preset NAME] [--edition NAME] [--format table|markdown|json]``:
  the estimate of a scenario. Field names are the schema's, exactly as in a permalink query.
- ``figures [--category NAME] [--format table|json]``: every figure with its source and date.
- ``presets [--edition NAME] [--format table|json]``: the presets of an edition.
- ``fields [--format table|json]``: the scenario fields and decision answers, with ranges and defaults.
- ``decide [answer=word ...] [field=value ...] [--format text|json]``: the decision rules'
  recommendation, reasons and warnings, the cheapest approach of the scenario's estimate, and
  the approaches whose total latency is over ``latency_budget_ms`` (scenario fields feed the estimate).
- ``uncertainty [field=value|field=low..high ...] [--preset] [--edition] [--draws N] [--seed S]
  [--format text|markdown|json]``: Monte Carlo over the inputs' ranges (see calc._uncertainty).

Bad input exits with status 2 and one ``error: <field>: <message>`` line per problem on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Mapping, Sequence, TextIO

from ._catalogue import FIGURE_BY_ID
from ._decide import decide
from ._editions import EDITIONS, LATEST_EDITION
from ._fields import ANSWER_FIELDS, FIELDS, parse_number, shown
from ._model import APPROACHES, BREAK_EVEN_MAX_WORDS, approaches_of, estimate, lines_of
from ._render import ADDED_LATENCY_LABEL, APPROACH_LABELS, LINE_LABELS, _heading
from ._scenario import ValidationError, build_scenario, format_value
from ._uncertainty import DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, MIN_DRAWS, uncertainty
from ._uncertainty_text import render_uncertainty_markdown, render_uncertainty_text
from .render import format_output, render_markdown_summary

__all__ = ["main"]

EXIT_OK = 0
EXIT_USAGE = 2

_ANSWER_NAMES = frozenset(f.name for f in ANSWER_FIELDS)


class _Usage(Exception):
    """Bad command-line input: a list of (name, message) pairs, reported one per line."""

    def __init__(self, problems: list[tuple[str, str]], usage: str = "") -> None:
        super().__init__("; ".join(f"{n}: {m}" for n, m in problems))
        self.problems = problems
        self.usage = usage


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so ``main`` returns a status."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _Usage([(self.prog, message)], usage=self.format_usage())


# --- helpers -------------------------------------------------------------------------------


def _pairs(words: Sequence[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """``name=value`` words as ordered pairs (split at the first '='), and the malformed words."""
    pairs: list[tuple[str, str]] = []
    problems: list[tuple[str, str]] = []
    for word in words:
        name, sep, value = word.partition("=")
        if not sep or not name:
            problems.append((word, "expected name=value (for example queries_per_month=250000)"))
        else:
            pairs.append((name, value))
    return pairs, problems


def _scenario(words: Sequence[str], preset: str | None, edition: str | None):
    """A validated scenario, or _Usage listing every malformed word and every invalid field at once."""
    pairs, problems = _pairs(words)
    options = [("edition", edition), ("preset", preset)]
    pairs = [(name, value) for name, value in options if value is not None] + pairs
    try:
        scenario = build_scenario(pairs)
    except ValidationError as exc:
        problems += [(error.field, error.message) for error in exc.errors]
        raise _Usage(problems) from None
    if problems:
        raise _Usage(problems)
    return scenario


def _columns(rows: list[list[str]], right: Sequence[int] = ()) -> str:
    """Rows of cells as plain-text columns (two spaces apart); columns in ``right`` right-aligned."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i]) for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _warnings(warnings: Sequence[str], err: TextIO) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=err)


# --- estimate ------------------------------------------------------------------------------


def render_table(est: Mapping[str, Any], query: str) -> str:
    """The estimate as a readable plain-text table."""
    months = len(est["rag"]["monthly"])
    preset = est.get("preset")
    title = f"RAG vs fine-tuning: {months}-month estimate (edition {est['edition']}, model v{est['model_version']}"
    title += f", preset {preset})" if preset else ")"
    approaches = approaches_of(est)
    rows = [["", *(_heading(est, a) for a in approaches)]]

    def row(label: str, key: str) -> None:
        rows.append([label, *(format_output(f"{a}.{key}", _lookup(est[a], key)) for a in approaches)])

    for line in lines_of(est):
        row(LINE_LABELS[line], f"breakdown.{line}")
    rows.append(["-" * len("Total cost of ownership"), *([""] * len(approaches))])
    row("Total cost of ownership", "tco")
    row("Cost per query", "per_query")
    row(ADDED_LATENCY_LABEL[est["model_version"]], "added_latency_ms")
    row("Latency per query", "latency_ms")

    out = [title, "", _columns(rows, right=tuple(range(1, len(approaches) + 1))), ""]
    out.append(f"Cheapest: {format_output('cheapest', est['cheapest'])}")
    for a in approaches:
        if est[a].get("infeasible_reason"):
            out.append(f"{APPROACH_LABELS[a]} is not an option: {est[a]['infeasible_reason']}")
    be = est["break_even_queries_per_month"]
    if be is None:
        out.append(f"Break-even: none between 0 and {BREAK_EVEN_MAX_WORDS} queries a month")
    else:
        out.append(
            f"Break-even: {format_output('break_even_queries_per_month', be)} in month 1; "
            f"{format_output('break_even_direction', est['break_even_direction'])}"
        )
    t = est["finetune"]["training"]
    training = (
        f"Fine-tuning: training in {format_output('finetune.training.cycles', t['cycles'])}, "
        f"{format_output('finetune.training.cost_per_cycle', t['cost_per_cycle'])} per cycle"
    )
    if t.get("gpus") is not None:
        training += (
            f"; per run {format_output('finetune.training.gpus', t['gpus'])} GPUs, GPU-hours "
            f"{format_output('finetune.training.compute_gpu_hours', t['compute_gpu_hours'])} compute and "
            f"{format_output('finetune.training.billed_gpu_hours', t['billed_gpu_hours'])} billed, wall clock "
            f"{format_output('finetune.training.wall_clock_hours', t['wall_clock_hours'])}"
        )
    out.append(training)
    for warning in est.get("warnings", ()):
        out.append(f"Warning: {warning}")
    out.append("")
    out.append(f"Permalink query: {query}")
    return "\n".join(out) + "\n"


def _lookup(node: Mapping[str, Any], dotted: str) -> Any:
    for part in dotted.split("."):
        node = node[part]
    return node


def _cmd_estimate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    scenario = _scenario(args.params, args.preset, args.edition)
    est = estimate(scenario)
    query = scenario.query()
    if args.format == "json":
        out.write(json.dumps(est, indent=2, sort_keys=False) + "\n")
    elif args.format == "markdown":
        _warnings(scenario.warnings, err)
        out.write(render_markdown_summary(est, query, base_url=args.base_url))
    else:
        out.write(render_table(est, query))
    return EXIT_OK


def _whole(name: str, low: int, high: int):
    def parse(text: str) -> int:
        value = parse_number(text)
        if value is None or value != int(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"'{shown(text)}' is not allowed; allowed: {low:,} to {high:,} "
                                             "(a whole number)")
        return int(value)

    parse.__name__ = name
    return parse


def _cmd_uncertainty(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    scenario = _scenario(args.params, args.preset, args.edition)
    result = uncertainty(scenario, draws=args.draws, seed=args.seed)
    if args.format == "json":
        out.write(json.dumps(result, indent=2) + "\n")
    elif args.format == "markdown":
        _warnings(scenario.warnings, err)
        out.write(render_uncertainty_markdown(result))
    else:
        _warnings(scenario.warnings, err)
        out.write(render_uncertainty_text(result))
    return EXIT_OK


# --- figures, presets, fields ----------------------------------------------------------------


def _figure_record(fig) -> dict[str, Any]:
    return {
        "id": fig.id,
        "value": fig.value,
        "unit": fig.unit,
        "kind": fig.kind,
        "confidence": fig.confidence,
        "as_of": fig.as_of,
        "source": fig.source,
        "source_title": fig.source_title,
        "category": fig.category,
        "label": fig.label,
    }


def _cmd_figures(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    figures = [f for f in FIGURE_BY_ID.values() if args.category is None or f.category == args.category]
    if args.category is not None and not figures:
        categories = sorted({f.category for f in FIGURE_BY_ID.values()})
        raise _Usage([("category", f"no figures in {args.category!r}; allowed: {', '.join(categories)}")])
    if args.format == "json":
        out.write(json.dumps([_figure_record(f) for f in figures], indent=2) + "\n")
        return EXIT_OK
    rows = [["id", "value", "unit", "kind", "confidence", "date", "source"]]
    for f in figures:
        rows.append([f.id, format_value(f.value), f.unit, f.kind, f.confidence, f.as_of, f.source])
    out.write(_columns(rows, right=(1,)) + "\n")
    return EXIT_OK


def _edition(name: str | None):
    edition = EDITIONS.get(name or LATEST_EDITION)
    if edition is None:
        raise _Usage([("edition", f"unknown edition {name!r}; allowed: {', '.join(sorted(EDITIONS))}")])
    return edition


def _cmd_presets(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    edition = _edition(args.edition)
    presets = list(edition.presets.values())
    if args.format == "json":
        records = [
            {"name": p.name, "kind": p.kind, "title": p.title, "description": p.description,
             "values": dict(p.values), "figures": dict(p.figures)}
            for p in presets
        ]
        out.write(json.dumps(records, indent=2) + "\n")
        return EXIT_OK
    rows = [["name", "kind", "title"], *([p.name, p.kind, p.title] for p in presets)]
    out.write(f"Presets of edition {edition.name} (use: python -m calc estimate --preset NAME)\n\n")
    out.write(_columns(rows) + "\n")
    return EXIT_OK


def _allowed(field) -> str:
    return field.allowed() if hasattr(field, "allowed") else (
        ", ".join(field.choices) if field.kind == "choice" else f"{field.low} to {field.high}"
    )


def _cmd_fields(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    defaults = EDITIONS[LATEST_EDITION].start_values()
    if args.format == "json":
        records = [
            {"name": f.name, "kind": f.kind, "unit": f.unit, "low": f.low, "high": f.high,
             "choices": list(f.choices), "default": defaults.get(f.name), "answer": f.name in _ANSWER_NAMES}
            for f in (*FIELDS, *ANSWER_FIELDS)
        ]
        out.write(json.dumps(records, indent=2) + "\n")
        return EXIT_OK
    rows = [["field", "default", "unit", "allowed"]]
    rows += [[f.name, format_value(defaults[f.name]), f.unit, _allowed(f)] for f in FIELDS]
    out.write(f"Scenario fields (edition {LATEST_EDITION} defaults)\n\n{_columns(rows)}\n\n")
    rows = [["answer", "unit", "allowed"]] + [[f.name, f.unit, _allowed(f)] for f in ANSWER_FIELDS]
    out.write(f"Decision answers (python -m calc decide name=word ...)\n\n{_columns(rows)}\n")
    return EXIT_OK


# --- decide ----------------------------------------------------------------------------------


def _cmd_decide(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    scenario = _scenario(args.params, args.preset, args.edition)
    _warnings(scenario.warnings, err)
    est = estimate(scenario)
    try:
        decision = decide(answers=dict(scenario.answers), estimate=est)
    except ValueError as exc:  # decide() starts its message with the answer's name
        name, _, message = str(exc).partition(": ")
        raise _Usage([(name, message or name)]) from None
    if args.format == "json":
        record = decision.as_dict()
        record["query"] = scenario.query()
        out.write(json.dumps(record, indent=2) + "\n")
        return EXIT_OK
    lines = [f"Recommendation: {APPROACH_LABELS.get(decision.recommendation, decision.recommendation)}"]
    scores = ", ".join(f"{APPROACH_LABELS.get(a, a)} {decision.scores[a]}" for a in APPROACHES)
    lines.append(f"Scores: {scores}")
    lines.append(f"Cheapest over the horizon: {APPROACH_LABELS.get(decision.cheapest, decision.cheapest)}")
    if decision.summary:
        lines.append(f"In one sentence: {decision.summary}")
    if decision.cost_note:
        lines.append(decision.cost_note)
    if not scenario.answers:
        lines.append("No answers given (try: python -m calc fields, for the answer names and words).")
    lines.append("")
    lines.append("Reasons:")
    lines += [f"  - {r.text} (see {r.link})" for r in decision.reasons] or ["  (none)"]
    lines.append("")
    lines.append("Risks:")
    lines += [f"  - {r.text} (see {r.link})" for r in decision.risks] or ["  (none)"]
    lines.append("")
    lines.append(f"Permalink query: {scenario.query()}")
    out.write("\n".join(lines) + "\n")
    return EXIT_OK


# --- parser and main -------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m calc",
        description="RAG vs fine-tuning: cost and latency estimates, figures, presets and decision rules.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    p = sub.add_parser("estimate", help="estimate a scenario",
                       description="Estimate a scenario. Fields not given take the edition's defaults "
                       "(list them with: python -m calc fields).")
    p.add_argument("params", nargs="*", metavar="field=value", help="scenario fields, e.g. queries_per_month=250000")
    p.add_argument("--preset", help="start from a preset (list them with: python -m calc presets)")
    p.add_argument("--edition", help=f"data edition (default: the newest, {LATEST_EDITION})")
    p.add_argument("--format", choices=("table", "markdown", "json"), default="table")
    p.add_argument("--base-url", default="", help="site address put before the permalink in markdown output")
    p.set_defaults(run=_cmd_estimate)

    p = sub.add_parser("uncertainty", help="P10/P50/P90 per approach, the chance each is cheapest, what flips it",
                       description="Monte Carlo over the ranges of the inputs you do not set (each figure's low "
                       "and high, triangular with the figure's value as mode, log-scale for ranges wider than "
                       "a factor of three). Give a field as low..high to make it a range of your own, "
                       "e.g. queries_per_month=100000..400000.")
    p.add_argument("params", nargs="*", metavar="field=value", help="scenario fields; field=low..high for a range")
    p.add_argument("--preset", help="start from a preset (list them with: python -m calc presets)")
    p.add_argument("--edition", help=f"data edition (default: the newest, {LATEST_EDITION})")
    p.add_argument("--draws", type=_whole("draws", MIN_DRAWS, MAX_DRAWS), default=DEFAULT_DRAWS,
                   help=f"number of draws ({MIN_DRAWS:,} to {MAX_DRAWS:,}; default {DEFAULT_DRAWS:,})")
    p.add_argument("--seed", type=_whole("seed", 0, 2**32 - 1), default=DEFAULT_SEED,
                   help=f"random seed (default {DEFAULT_SEED}); the same seed gives the same result")
    p.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    p.set_defaults(run=_cmd_uncertainty)

    p = sub.add_parser("figures", help="list every figure with its source and date")
    p.add_argument("--category", help="only this category (e.g. gpu_prices)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=_cmd_figures)

    p = sub.add_parser("presets", help="list the presets of an edition")
    p.add_argument("--edition", help=f"data edition (default: {LATEST_EDITION})")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=_cmd_presets)

    p = sub.add_parser("fields", help="list the scenario fields and decision answers")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=_cmd_fields)

    p = sub.add_parser("decide", help="recommend RAG, fine-tuning or hybrid from your answers",
                       description="Recommend an approach from the decision answers (listed on the methodology page). "
                       "Scenario fields may be given too: they feed the estimate whose cheapest approach is "
                       "named, and latency_budget_ms is compared with retrieval's added latency and with "
                       "each approach's total latency.")
    p.add_argument("params", nargs="*", metavar="answer=word", help="e.g. knowledge_change=weekly stage=production")
    p.add_argument("--preset", help="scenario preset (for the estimate and its latencies)")
    p.add_argument("--edition", help=f"data edition (default: {LATEST_EDITION})")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=_cmd_decide)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 2 bad input)."""
    out, err = sys.stdout, sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        return args.run(args, out, err)
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except _Usage as exc:
        if exc.usage:
            err.write(exc.usage)
        for name, message in exc.problems:
            print(f"error: {name}: {message}", file=err)
        return EXIT_USAGE
