"""Page-level renderers: the calculator, cost tables, sources, methodology, FAQ, decisions.

Build time calls all of these through ``macros.py``; the browser worker calls
``render_decision``. Each returns HTML or Markdown text; none does I/O.
"""

from __future__ import annotations

import json
import re
from typing import Any, Mapping

from . import _format as fmt
from ._catalogue import CATALOGUE, FIGURE_BY_ID, data_as_of
from ._editions import EDITIONS, LATEST_EDITION
from ._encode import escape  # html.escape's output, without its import cost in Pyodide
from ._fields import ANSWER_FIELDS, APPROACHES_DECLARED, FIELDS, GROUPS, KEY_FIELDS, Field
from ._figures import CATEGORIES, is_stale
from ._render import (
    APPROACH_LABELS,
    _attr,
    _table,
    expand_tokens,
    figure_text,
    preset_estimate,
    preset_scenario,
    render_figure,
    render_output,
    render_results,
    stale_words,
)

__all__ = [
    "CATEGORY_TITLES",
    "render_calculator",
    "render_decision",
    "render_decision_table",
    "render_faq",
    "render_figures_table",
    "render_preset_examples",
    "render_sources_table",
]

CATEGORY_TITLES = {
    "gpu_prices": "GPU prices",
    "gpu_specs": "GPU specifications and utilisation",
    "training_rules": "Training compute and memory rules",
    "finetune_prices": "Hosted fine-tuning prices",
    "api_prices": "LLM API token prices",
    "embeddings": "Embedding and reranker prices",
    "vector_stores": "Vector database pricing",
    "latency": "Retrieval and model latency",
    "labelling": "Data labelling",
    "throughput": "Serving throughput (self-hosted)",
    "workload": "Workload assumptions",
    "engineering": "Engineering assumptions",
}
PRESET_KIND_TITLES = {
    "workload": "Workloads",
    "api_model": "API models",
    "gpu": "GPUs",
    "vector_store": "Vector stores",
}


def _source_link(fig: Any) -> str:
    url = fig.source_url()
    title = escape(fig.source_title)
    if url is None:
        return f'<span class="rvf-assumption">{escape(fig.source)}</span>'
    return f'<a href="{_attr(url)}" rel="noopener">{title}</a>'


def _range(fig: Any) -> str:
    if fig.low is None or fig.high is None:
        return ""
    return f"{fmt.number(fig.low)} to {fmt.number(fig.high)}"


def _range_cell(fig: Any) -> str:
    """The range and, below it, why it is what it is (the basis's figure tokens become figures)."""
    rng = escape(_range(fig))
    if not rng or not fig.range_basis:
        return rng
    return f'{rng}<br><span class="rvf-range-basis">{md_inline(fig.range_basis)}</span>'


# --- cost tables and sources -----------------------------------------------------------------


def render_figures_table(category: str) -> str:
    """One category's figures: value, source, date, confidence and kind."""
    if category not in CATEGORIES:
        raise KeyError(f"unknown category {category!r}")
    figs = [fig for fig in CATALOGUE if fig.category == category]
    if not figs:
        return "<p>No figures in this category yet.</p>"
    ranged = any(fig.low is not None and fig.high is not None for fig in figs)
    rows = []
    for fig in figs:
        cells = [render_figure(fig.id)]
        if ranged:
            cells.append(_range_cell(fig))
        age = f' <span class="rvf-stale">({escape(stale_words(fig))})</span>' if is_stale(fig) else ""
        cells += [_source_link(fig), f'<time datetime="{_attr(fig.as_of)}">{escape(fig.as_of)}</time>{age}',
                  escape(fig.confidence), escape(fig.kind)]
        rows.append((fig.label, cells))
    head = ["Figure", "Value", *(["Range"] if ranged else []), "Source", "Date", "Confidence", "Kind"]
    return _table(CATEGORY_TITLES[category], head, rows, cls=f"rvf-figures rvf-figures--{category}")


def render_sources_table(category: str | None = None, *, root: str = "../") -> str:
    """Every figure (or one category's) with its source link, date, confidence, kind and derivation.

    ``root`` leads from the page to the site root, for the site-relative links of the notes.
    """
    if category is not None and category not in CATEGORIES:
        raise KeyError(f"unknown category {category!r}")
    rows = []
    for fig in sorted(CATALOGUE, key=lambda f: (CATEGORIES.index(f.category), f.id)):
        if category is not None and fig.category != category:
            continue
        notes = " ".join(x for x in (fig.derivation, fig.note) if x)
        rows.append((fig.id, [render_figure(fig.id), _source_link(fig), escape(fig.as_of), escape(fig.confidence),
                              escape(fig.kind), md_inline(notes, root=root)]))
    if not rows:
        return "<p>No figures in this category yet.</p>"
    which = "All" if category is None else f"{CATEGORY_TITLES[category]}:"
    return _table(f"{which} {len(rows)} figures (data as of {data_as_of()})",
                  ["Figure id", "Value", "Source", "Date", "Confidence", "Kind", "Derivation and notes"], rows,
                  cls="rvf-sources" if category is None else f"rvf-sources rvf-sources--{category}")


def render_data_as_of() -> str:
    """The newest source date, derived from the figures."""
    return f'<time class="rvf-asof" datetime="{_attr(data_as_of())}">{escape(data_as_of())}</time>'


def render_preset_examples() -> str:
    """A worked example per workload preset: its totals and cheapest approach, with links."""
    ed = EDITIONS[LATEST_EDITION]
    parts = []
    for p in ed.presets.values():
        if p.kind != "workload":
            continue
        rows = [
            (label, [render_output(p.name, f"{a}.{key}") for a in ("rag", "finetune", "hybrid")])
            for label, key in (("Total cost of ownership", "tco"), ("Cost per query", "per_query"),
                               ("Latency per query", "latency_ms"))
        ]
        parts.append(
            f'<h3 id="preset-{_attr(p.name)}">{escape(p.title)}</h3>\n\n'
            f"<p>{md_inline(p.description)} Cheapest: {render_output(p.name, 'cheapest')}; break-even "
            f"{render_output(p.name, 'break_even_queries_per_month')}. "
            f'<a href="../calculator/?preset={_attr(p.name)}">Open in the calculator</a>.</p>\n\n'
            + _table(f"{p.title}: estimate", ["", "RAG", "Fine-tuning", "Hybrid"], rows)
        )
    return "\n\n".join(parts)


# --- calculator form ---------------------------------------------------------------------------


def _field_html(f: Field, default: Any, *, figure: str | None = None, answer: bool = False) -> str:
    fid = f"rvf-f-{f.name}"
    help_id = f"rvf-h-{f.name}"
    err_id = f"rvf-e-{f.name}"
    unit = f' <span class="rvf-unit">({escape(f.unit)})</span>' if f.unit else ""
    label = f'<label for="{fid}">{escape(f.label)}{unit}</label>'
    described = f'aria-describedby="{help_id} {err_id}"'
    if f.kind == "choice":
        options = []
        if answer:
            options.append('<option value="" selected>Not answered</option>')
        for word in f.choices:
            sel = " selected" if (not answer and word == default) else ""
            options.append(f'<option value="{_attr(word)}"{sel}>{escape(word)}</option>')
        control = (
            f'<select id="{fid}" name="{_attr(f.name)}" data-default="{_attr("" if answer else default)}" '
            f'{described}>{"".join(options)}</select>'
        )
    else:
        value = "" if answer else _value_text(default)
        control = (
            f'<input id="{fid}" name="{_attr(f.name)}" type="text" inputmode="decimal" autocomplete="off" '
            f'spellcheck="false" value="{_attr(value)}" data-default="{_attr(value)}" {described}>'
        )
    allowed = f"Allowed: {escape(f.allowed())}."
    source = ""
    if figure is not None and not answer:
        source = f" Default from {render_figure(figure)}."
    help_text = f'<p id="{help_id}" class="rvf-help">{escape(f.help)} {allowed}{source}</p>'
    error = f'<p id="{err_id}" class="rvf-field-error" hidden></p>'
    return f'<div class="rvf-field" data-field="{_attr(f.name)}">{label}{control}{help_text}{error}</div>'


def _value_text(value: Any) -> str:
    from ._scenario import format_value  # noqa: PLC0415

    return format_value(value)


def _nouns() -> str:
    nouns = [a.noun for a in APPROACHES_DECLARED]
    return ", ".join(nouns[:-1]) + " and " + nouns[-1]


def _preset_bands(preset: str, *, compact: bool) -> str:
    """A preset's (or the defaults') uncertainty fragment, computed at build time with the seed and
    number of draws the page asks the worker for, so the live result replaces it with the same numbers."""
    from ._render import preset_uncertainty  # noqa: PLC0415
    from ._render_uncertainty import render_uncertainty_html  # noqa: PLC0415

    return render_uncertainty_html(preset_uncertainty(preset, LATEST_EDITION), preset_estimate(preset, LATEST_EDITION), compact=compact)


def _summary_bar(est: Any) -> str:
    """The phone's summary, in view while the form scrolls: each approach's total and the cheapest
    (ui.js refreshes it from the results on show, and adds the recommendation once there is one)."""
    from ._model import approaches_of  # noqa: PLC0415
    from ._render import _out  # noqa: PLC0415

    totals = " · ".join(
        f'{escape(APPROACH_LABELS[a])} {_out(f"{a}.tco", est[a]["tco"])}' for a in approaches_of(est)
    )
    return (
        '<div class="rvf-summary-bar" id="rvf-summary-bar" role="status" aria-live="off">'
        f'<span class="rvf-summary-totals">{totals}</span>. '
        f'<span class="rvf-summary-answer">Cheapest: {_out("cheapest", est["cheapest"])}</span>. '
        '<a href="#rvf-results">Full results</a></div>'
    )


def _uncertainty_section() -> str:
    return (
        '<section id="rvf-uncertainty" class="rvf-uncertainty" aria-labelledby="rvf-uncertainty-title">'
        '<h3 id="rvf-uncertainty-title">How sure are these numbers?</h3>'
        '<p class="rvf-uncertainty-status" id="rvf-uncertainty-status" role="status" aria-live="polite">'
        "Pre-computed ranges for this scenario. The live calculator recomputes them after each change.</p>"
        '<progress id="rvf-uncertainty-progress" class="rvf-progress" aria-label="Computing the ranges" hidden></progress>'
        f'<div id="rvf-uncertainty-body" data-search-exclude>{_preset_bands("default", compact=False)}</div>'
        '<p class="rvf-note">Each input the reader did not set is drawn from its range (see the cost tables); '
        'a field given as <code>low..high</code> (for example <code>100000..400000</code>) is drawn from that '
        'range. <a href="../guide/#how-sure-are-the-numbers">How the ranges are read</a>.</p></section>'
    )


def render_calculator() -> str:
    """The whole calculator: form from field metadata, default and preset results pre-rendered."""
    ed = EDITIONS[LATEST_EDITION]
    start = ed.start_values()
    groups: dict[str, list[str]] = {}
    key = {name: "" for name in KEY_FIELDS}
    for f in FIELDS:
        html = _field_html(f, start[f.name], figure=ed.default_figures.get(f.name))
        if f.name in key:
            key[f.name] = html
        else:
            groups.setdefault(f.group, []).append(html)
    answers = "".join(_field_html(f, None, answer=True) for f in ANSWER_FIELDS)
    # First the decision questions and the few inputs that move the answer most, open; then every
    # other group folded, its summary counting the values that differ from the defaults (ui.js
    # keeps the count current and opens the group of a field a permalink sets).
    fieldsets = (
        f'<fieldset class="rvf-group rvf-group--first" data-group="decision"><legend>{escape(GROUPS["decision"])}'
        f"</legend>{answers}</fieldset>"
        '<fieldset class="rvf-group rvf-group--first" data-group="key"><legend>The inputs that matter most</legend>'
        f'{"".join(key.values())}</fieldset>'
    ) + "".join(
        f'<details class="rvf-group rvf-fold" data-group="{_attr(g)}"><summary>{escape(GROUPS[g])} '
        f'<span class="rvf-changed" data-changed-for="{_attr(g)}" aria-live="off"></span></summary>'
        f'<div class="rvf-fold-body">{"".join(items)}</div></details>'
        for g, items in groups.items()
    )
    options = ['<option value="" selected>Defaults of edition ' + escape(ed.name) + "</option>"]
    for kind, title in PRESET_KIND_TITLES.items():
        opts = "".join(
            f'<option value="{_attr(p.name)}">{escape(p.title)}</option>'
            for p in ed.presets.values() if p.kind == kind
        )
        if opts:
            options.append(f'<optgroup label="{_attr(title)}">{opts}</optgroup>')
    picker = (
        '<div class="rvf-picker"><label for="rvf-preset">Start from a preset</label>'
        f'<select id="rvf-preset" name="preset">{"".join(options)}</select>'
        '<button type="button" class="md-button" id="rvf-reset">Reset to defaults</button></div>'
    )
    status = (
        '<div id="rvf-status" class="rvf-status" role="status" aria-live="polite" data-state="static">'
        '<span class="rvf-status-text">Showing pre-computed numbers. The live calculator starts when '
        'the page is idle.</span><progress class="rvf-progress" max="4" value="0" aria-label="Start-up of the live calculator" hidden></progress></div>'
    )
    notices = '<div id="rvf-notices" class="rvf-notices" role="status" aria-live="polite"></div>'
    errors = '<div id="rvf-errors" class="rvf-errors" role="alert" aria-live="assertive"></div>'
    actions = (
        '<div class="rvf-actions" role="group" aria-label="Share and export">'
        '<button type="button" class="md-button" id="rvf-copy-link" disabled>Copy link</button>'
        '<button type="button" class="md-button" id="rvf-copy-md" disabled>Copy Markdown table</button>'
        '<button type="button" class="md-button" id="rvf-dl-csv" disabled>Download CSV</button>'
        '<button type="button" class="md-button" id="rvf-dl-json" disabled>Download JSON</button>'
        '<span id="rvf-action-status" class="rvf-action-status" role="status" aria-live="polite"></span></div>'
    )
    default_est = preset_estimate("default", ed.name)
    results = (
        f'<section id="rvf-results" class="rvf-live-results" aria-labelledby="rvf-results-title" '
        f'data-source="prerendered" data-preset="">'
        f'<h2 id="rvf-results-title">Results</h2>'
        f'<div id="rvf-decision" class="rvf-decision"></div>'
        f'<div class="rvf-chart-box"><canvas id="rvf-chart" role="img" '
        f'aria-label="Cumulative cost per month for {_attr(_nouns())}; the cost per month table below has the same numbers"></canvas></div>'
        f'<section id="rvf-results-body" data-search-exclude>{render_results(default_est)}</section>'
        f"{_uncertainty_section()}</section>"
    )
    # The numbers (the results and each preset's) stay out of the search index
    # (data-search-exclude, Material's search plugin): tables of figures answer no search, and
    # they were a fifth of the index every page downloads and indexes at start-up. On a
    # <section>: the plugin ends an exclusion at the first closing tag of the same name, and
    # the results hold <div>s but no <section>.
    presets = []
    for p in ed.presets.values():
        presets.append(
            f'<details class="rvf-preset-result" data-preset="{_attr(p.name)}"><summary>{escape(p.title)}'
            f"</summary><p>{md_inline(p.description)}</p>"
            f'<section class="rvf-preset-body" data-search-exclude>'
            f"{render_results(preset_estimate(p.name, ed.name))}</section>"
            f'<section class="rvf-preset-uncertainty" data-search-exclude>{_preset_bands(p.name, compact=True)}'
            "</section></details>"
        )
    # The preset blocks (two thirds of the page's bytes) sit in a <noscript>. Without JavaScript
    # the browser parses and shows them as they are. With JavaScript it keeps them as one text
    # node, which costs next to nothing to parse: parsing and building some 5,000 elements while
    # Pyodide boots takes CPU from the boot (the performance page's live-ready budget). ui.js parses them when a preset is picked before Python answers and, once the
    # live start has settled and the page is idle, moves them into #rvf-preset-list and drops
    # data-pending (calculator.css hides the section until then, when scripts run).
    preset_section = (
        '<section class="rvf-preset-results" id="rvf-preset-results" aria-labelledby="rvf-presets-title" data-pending>'
        '<h2 id="rvf-presets-title">Every preset, pre-computed</h2>'
        f'<noscript id="rvf-preset-store">{"".join(presets)}</noscript>'
        '<div id="rvf-preset-list"></div></section>'
    )
    from . import __version__  # noqa: PLC0415

    data = {
        # The wheel the worker installs, as scripts/build_wheel.py names it (PEP 427; pure Python).
        "wheel": f"calc-{__version__}-py3-none-any.whl",
        "edition": ed.name,
        "approaches": [{"key": a.key, "label": a.label} for a in APPROACHES_DECLARED],
        "fields": [f.name for f in FIELDS],
        "answers": [f.name for f in ANSWER_FIELDS],
        "defaults": {k: _value_text(v) for k, v in ed.start_values().items()},
        "presets": {p.name: {k: _value_text(v) for k, v in p.values.items()} for p in ed.presets.values()},
    }
    # Carried in an attribute, not a <script type="application/json">: Material's instant navigation
    # re-creates content scripts without their attributes, which would run the JSON as code.
    blob = json.dumps(data, sort_keys=True)
    # boot.js, the early start: a classic script, so it runs right here while the page is parsed
    # (before Material's bundle), and starts Python at once when the link needs it (see boot.js).
    # The page glue that figures.js imports at the end of <body>, and the module it imports, are
    # fetched meanwhile rather than one after the other. Small scripts, no Pyodide.
    glue = (
        '<script src="../assets/calculator/boot.js"></script>'
        '<link rel="modulepreload" href="../assets/calculator/ui.js">'
        '<link rel="modulepreload" href="../assets/calculator/calculator.js">'
    )
    # The grid holds the form and the results; the preset section comes after it, outside, so
    # that the results, sticky beside the form on wide screens, stop where the grid ends rather
    # than riding over the presets (a sticky box stays inside its container).
    return (
        '<div class="rvf-calculator" id="rvf-calculator" data-stall-seconds="10">'
        f'<div class="rvf-calc-grid"><div id="rvf-calc-data" hidden data-json="{_attr(blob)}"></div>'
        f"{status}{glue}{notices}{errors}"
        f'<form id="rvf-form" class="rvf-form" novalidate>{picker}{fieldsets}{_summary_bar(default_est)}</form>'
        f"{actions}{results}</div>{preset_section}</div>"
    )


# --- Markdown inline (calc's own data text) ----------------------------------------------------

_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_MD_CODE = re.compile(r"`([^`]+)`")
_MD_EM = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")
_MD_STRONG = re.compile(r"\*\*([^*\n]+)\*\*")


def _href(target: str, root: str) -> str:
    if target.startswith(("http://", "https://", "#")):
        return target
    return root + target


def md_inline(text: str, *, root: str = "../") -> str:
    """calc's own Markdown subset (links, code, emphasis) to HTML, escaping everything else.

    Figure tokens are expanded after escaping, so their HTML stays intact.
    """
    out = escape(text, quote=False)
    out = _MD_LINK.sub(lambda m: f'<a href="{_attr(_href(m.group(2), root))}">{m.group(1)}</a>', out)
    out = _MD_CODE.sub(lambda m: f"<code>{m.group(1)}</code>", out)
    out = _MD_STRONG.sub(lambda m: f"<strong>{m.group(1)}</strong>", out)
    out = _MD_EM.sub(lambda m: f"<em>{m.group(1)}</em>", out)
    return expand_tokens(out)


def md_block(text: str, *, root: str = "../") -> str:
    """Paragraphs (blank-line separated) of calc's Markdown subset as HTML."""
    paras = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    return "".join(f"<p>{md_inline(' '.join(p.split()), root=root)}</p>" for p in paras)


# --- decisions ----------------------------------------------------------------------------------


def render_decision(result: Any, *, root: str = "../") -> str:
    """A decision: the recommendation, every reason that fired and every risk, with links."""
    rec = result.recommendation
    if not result.answered:
        intro = "No decision questions answered yet; answer them at the top of the form for a recommendation."
    else:
        intro = f"Answers given: {len(result.answered)} of 7."
    reasons = "".join(
        f'<li data-rule="{_attr(r.id)}">{md_inline(r.text, root=root)} '
        f'<a href="{_attr(_href(r.link, root))}">Why</a></li>'
        for r in result.reasons
    )
    risks = "".join(
        f'<li data-rule="{_attr(r.id)}">{md_inline(r.text, root=root)} '
        f'<a href="{_attr(_href(r.link, root))}">More</a></li>'
        for r in result.risks
    )
    risk_html = (
        f'<div class="rvf-risks"><p>Risks to weigh:</p><ul>{risks}</ul></div>' if risks else ""
    )
    scores = ", ".join(f"{APPROACH_LABELS[a]} {result.scores[a]}" for a in result.scores)
    summary = ""
    if getattr(result, "summary", None):
        summary = f'<p class="rvf-rfc-sentence"><strong>In one sentence:</strong> {escape(result.summary)}</p>'
    return (
        f'<div class="rvf-decision-result" data-recommendation="{_attr(rec)}">{summary}'
        f"<p>{escape(intro)}</p>"
        f'<p class="rvf-recommendation">Recommended approach: '
        f'<strong data-output="decision.recommendation" data-value="{_attr(rec)}">'
        f"{escape(APPROACH_LABELS[rec])}</strong> (scores: {escape(scores)}).</p>"
        f"{_cost_note_html(result)}"
        f'<ul class="rvf-reasons">{reasons}</ul>{risk_html}</div>'
    )


def _cost_note_html(result: Any) -> str:
    """The sentence saying the recommendation is not the cheapest, when it is not."""
    if not getattr(result, "cost_note", None):
        return ""
    return (f'<p class="rvf-cost-note" data-output="decision.cheapest" data-value="{_attr(result.cheapest)}">'
            f"{escape(result.cost_note)}</p>")


def render_decision_table(*, root: str = "../") -> str:
    """The rules of calc._decide as a table: condition, effect, reason, link."""
    from ._decide import SCORING_NOTE, decision_table_rows  # noqa: PLC0415

    rows = []
    for row in decision_table_rows():
        page, _, anchor = str(row["link"]).partition("#")
        words = anchor.replace("-", " ")
        where = "FAQ" if page.startswith("faq") else "Guide"
        link = (f'<a href="{_attr(_href(str(row["link"]), root))}" aria-label="{_attr(where + ": " + words)}">'
                f"{escape(where)}</a>")
        rows.append((str(row["condition"]), [escape(str(row["kind"])), escape(str(row["effect"])),
                                             md_inline(str(row["reason"]), root=root), link]))
    table = _table("Decision rules, in the order they are checked", ["When", "Kind", "Effect", "Why", "Read more"],
                   rows, cls="rvf-decision-table")
    return f"{table}\n\n<p class=\"rvf-note\">{md_inline(SCORING_NOTE, root=root)}</p>"


# --- FAQ ------------------------------------------------------------------------------------------


def render_faq(*, root: str = "../") -> str:
    """Every FAQ entry as Markdown: a pinned-anchor heading, the quotable sentence, the answer, links."""
    from ._faq import FAQ  # noqa: PLC0415

    parts = []
    for e in FAQ:
        related = ""
        if e.related:
            from ._faq import FAQ_BY_ANCHOR  # noqa: PLC0415

            links = ", ".join(
                f'<a href="#{_attr(a)}">{escape(FAQ_BY_ANCHOR[a].question)}</a>' for a in e.related
            )
            related = f'<p class="rvf-related">Related: {links}</p>'
        parts.append(
            f"## {e.question} {{ #{e.anchor} }}\n\n"
            f'<div class="rvf-faq-answer" markdown="0">'
            f'<p class="rvf-short-answer"><strong>{md_inline(e.short_answer, root=root)}</strong></p>'
            f"{md_block(e.body, root=root)}"
            f'<p class="rvf-faq-links"><a class="rvf-calc-link" href="{_attr(_href(e.calculator_link, root))}">'
            f"See it in the calculator</a> · "
            f'<a class="rvf-anchor-link" href="#{_attr(e.anchor)}" aria-label="Link to this answer: {_attr(e.question)}">'
            f"Link to this answer</a></p>{related}</div>\n"
        )
    return "\n".join(parts)


# --- methodology ----------------------------------------------------------------------------------


def render_methodology() -> str:
    """Each formula in readable form, its constants' figures, and the source of the code computing it.

    The code is read with ``inspect`` at build time (CPython); it is not needed in the browser.
    """
    import inspect  # noqa: PLC0415 - build time only

    from . import _model  # noqa: PLC0415
    from ._methodology import FORMULAS  # noqa: PLC0415

    parts = []
    shown: set[str] = set()
    for f in FORMULAS:
        lines = "".join(f"<li><code>{escape(line)}</code></li>" for line in f.lines)
        figs = ""
        if f.figures:
            figs = "<p>Constants: " + "; ".join(render_figure(i) for i in f.figures) + ".</p>"
        assumptions = ""
        if f.assumptions:
            items = "".join(f"<li>{md_inline(a)}</li>" for a in f.assumptions)
            assumptions = f'<div class="rvf-assumptions"><p>Assumptions:</p><ul>{items}</ul></div>'
        code = ""
        if f.function not in shown:
            shown.add(f.function)
            source = inspect.getsource(getattr(_model, f.function))
            code = (
                f'<details class="rvf-code"><summary>The code that computes it: '
                f"<code>calc._model.{escape(f.function)}</code></summary>"
                f'<pre><code class="language-python">{escape(source)}</code></pre></details>'
            )
        else:
            code = (f'<p class="rvf-note">Computed in <code>calc._model.{escape(f.function)}</code>, '
                    "shown above.</p>")
        parts.append(
            f'<h2 id="{_attr(f.id)}">{escape(f.title)}</h2>\n\n'
            f'<div class="rvf-formula" markdown="0"><p>Unit: {escape(f.unit)}.</p>'
            f'<ul class="rvf-formula-lines">{lines}</ul>{figs}{assumptions}{code}</div>'
        )
    return "\n\n".join(parts)
