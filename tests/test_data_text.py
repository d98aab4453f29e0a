"""Text in calc's data carries no typed figures: money and percentages come from tokens.

Notes, derivations, preset descriptions, field words, methodology text, FAQ answers and decision
reasons are shown on pages, where a test over the built HTML fails on any money amount or
percentage outside an element that names its figure or output. So these strings write such
numbers as ``[[fig:ID]]`` or ``[[out:PRESET:OUTPUT]]`` tokens, and every token must resolve.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from calc import render
from calc._catalogue import CATALOGUE, FIGURE_BY_ID
from calc._decide import RULES, SCORING_NOTE
from calc._editions import EDITIONS, LATEST_EDITION
from calc._faq import FAQ
from calc._fields import ANSWER_FIELDS, FIELDS
from calc._methodology import FORMULAS
from calc._render_pages import (
    md_inline,
    render_calculator,
    render_methodology,
    render_preset_examples,
    render_sources_table,
)

MONEY_OR_PERCENT = re.compile(r"\$\s?\d|\d\s?%")
TOKEN = re.compile(r"\[\[(fig|out):([^\]]+)\]\]")


def _figure_texts() -> Iterator[tuple[str, str]]:
    for fig in CATALOGUE:
        yield f"figure {fig.id} note", fig.note
        yield f"figure {fig.id} derivation", fig.derivation
        yield f"figure {fig.id} range basis", fig.range_basis


def _preset_texts() -> Iterator[tuple[str, str]]:
    for ed in EDITIONS.values():
        for p in ed.presets.values():
            yield f"preset {ed.name}/{p.name} description", p.description


def _field_texts() -> Iterator[tuple[str, str]]:
    for f in (*FIELDS, *ANSWER_FIELDS):
        for attr in ("label", "unit", "help"):
            yield f"field {f.name} {attr}", getattr(f, attr)


def _methodology_texts() -> Iterator[tuple[str, str]]:
    for f in FORMULAS:
        yield f"formula {f.id} title", f.title
        yield f"formula {f.id} unit", f.unit
        for i, line in enumerate(f.lines):
            yield f"formula {f.id} line {i + 1}", line
        for i, a in enumerate(f.assumptions):
            yield f"formula {f.id} assumption {i + 1}", a


def _faq_texts() -> Iterator[tuple[str, str]]:
    for e in FAQ:
        for attr in ("question", "short_answer", "body"):
            yield f"faq {e.anchor} {attr}", getattr(e, attr)


def _decision_texts() -> Iterator[tuple[str, str]]:
    for r in RULES:
        yield f"rule {r.id} reason", r.reason
    yield "decision scoring note", SCORING_NOTE


GROUPS = {
    "figures": _figure_texts,
    "presets": _preset_texts,
    "fields": _field_texts,
    "methodology": _methodology_texts,
    "faq": _faq_texts,
    "decisions": _decision_texts,
}


def _all_texts() -> list[tuple[str, str]]:
    return [item for group in GROUPS.values() for item in group()]


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_no_money_or_percentage_outside_tokens(group: str) -> None:
    """No data string shows "$" + digits or digits + "%" once its [[fig:..]]/[[out:..]] tokens are removed."""
    found = []
    for where, text in GROUPS[group]():
        bare = TOKEN.sub("", text)
        found += [f"{where}: ...{bare[max(0, m.start() - 30):m.end() + 20]}..."
                  for m in MONEY_OR_PERCENT.finditer(bare)]
    assert not found, "typed figures:\n  " + "\n  ".join(found)


def test_assumption_reasons_carry_no_tokens_or_typed_money() -> None:
    """An assumption's reason (printed as its source, unexpanded) has no token, money amount or percentage."""
    bad = [
        fig.id for fig in CATALOGUE
        if fig.kind == "assumption" and (TOKEN.search(fig.source) or MONEY_OR_PERCENT.search(fig.source))
    ]
    assert bad == []


def test_checker_pattern_flags_and_passes_the_right_text() -> None:
    """The pattern flags "$55.04", "$ 5", "20%" and "5 %", and passes "5 per cent" and "21.96 / 8 = 2.745"."""
    for typed in ("costs $55.04 an hour", "about $ 5", "a flat 20% more", "5 % a month"):
        assert MONEY_OR_PERCENT.search(typed), typed
    for words in ("share (0.05 means 5 per cent)", "21.96 / 8 = 2.745", "US$ amounts", "100 percent"):
        assert not MONEY_OR_PERCENT.search(words), words


def test_every_double_bracket_is_a_well_formed_token() -> None:
    """Every "[[" in a data string starts a [[fig:..]] or [[out:..]] token, so no typo is printed raw."""
    bad = [
        where for where, text in _all_texts()
        if text.count("[[") != len(TOKEN.findall(text)) or text.count("]]") != text.count("[[")
    ]
    assert bad == []


def test_every_figure_token_names_an_existing_figure() -> None:
    """Each [[fig:ID]] in a data string names a figure of the catalogue."""
    missing = [
        f"{where}: {ref}" for where, text in _all_texts()
        for kind, ref in TOKEN.findall(text) if kind == "fig" and ref not in FIGURE_BY_ID
    ]
    assert missing == []


def test_every_output_token_names_a_preset_and_an_output() -> None:
    """Each [[out:PRESET:NAME]] names "default" or a preset of the latest edition, and an output it has."""
    presets = set(EDITIONS[LATEST_EDITION].presets) | {"default"}
    bad = []
    for where, text in _all_texts():
        for kind, ref in TOKEN.findall(text):
            if kind != "out":
                continue
            preset, sep, name = ref.partition(":")
            if not sep or preset not in presets:
                bad.append(f"{where}: {ref} (preset)")
                continue
            try:
                render.preset_output(preset, name)
            except (KeyError, IndexError, ValueError):
                bad.append(f"{where}: {ref} (output)")
    assert bad == []


def test_some_data_text_uses_each_kind_of_token() -> None:
    """The token checks are not vacuous: the data holds at least one [[fig:..]] and one [[out:..]] token."""
    kinds = {kind for _, text in _all_texts() for kind, _ in TOKEN.findall(text)}
    assert kinds == {"fig", "out"}


def test_pre_cut_p5_prices_are_figures_with_the_p5_source() -> None:
    """The old p5 list price is a sourced figure: 98.32 per instance-hour / 8 GPUs = 12.29 per GPU-hour."""
    inst = FIGURE_BY_ID["gpu.h100_sxm.aws_p5.instance_price_before_2025_06"]
    gpu = FIGURE_BY_ID["gpu.h100_sxm.aws_p5.price_before_2025_06"]
    now = FIGURE_BY_ID["gpu.h100_sxm.aws_p5.price"]
    assert inst.value == 98.32 and gpu.value == 12.29
    assert abs(98.32 / 8 - gpu.value) < 0.005
    for fig in (inst, gpu):
        assert fig.kind == "sourced" and (fig.source, fig.as_of) == (now.source, now.as_of)
    assert "[[fig:gpu.h100_sxm.aws_p5.instance_price_before_2025_06]]" in now.note


def test_md_inline_escapes_before_expanding_tokens() -> None:
    """Markup in data text is escaped, while a figure token becomes its named element."""
    html = md_inline("<b>x</b> costs [[fig:gpu.h100_sxm.aws_p5.instance_price]] & more")
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp; more" in html
    assert 'data-figure="gpu.h100_sxm.aws_p5.instance_price"' in html and "[[" not in html


@pytest.mark.parametrize(
    ("renderer", "figure_id"),
    [
        (render_sources_table, "gpu.h100_sxm.aws_p5.price_before_2025_06"),
        (render_methodology, "rule.activation_overhead"),
        (render_preset_examples, None),
        (render_calculator, None),
    ],
    ids=["sources", "methodology", "preset_examples", "calculator"],
)
def test_page_renderers_expand_tokens(renderer, figure_id) -> None:  # type: ignore[no-untyped-def]
    """The pages printing notes, descriptions and assumptions leave no raw token and name the figures used."""
    html = renderer()
    assert "[[fig:" not in html and "[[out:" not in html
    if figure_id is not None:
        assert f'data-figure="{figure_id}"' in html


def test_methodology_assumption_names_the_activation_figure() -> None:
    """The activation-overhead assumption renders its figure (1.2 x, a fifth on top) inside the assumptions list."""
    html = render_methodology()
    start = html.index('<div class="rvf-assumptions">', html.index('id="training"'))
    block = html[start:html.index("</div>", start)]
    assert 'data-figure="rule.activation_overhead"' in block and ">1.2 x<" in block


def test_crossover_output_is_where_the_two_totals_change_sides() -> None:
    """crossover.long_context.rag for the handbook preset: long context is cheaper one query below
    the volume and RAG is cheaper at it (computed by estimating both volumes, not by the bisection)."""
    from calc import build_scenario, estimate

    volume = render.preset_output("handbook-assistant", "crossover.long_context.rag")
    assert isinstance(volume, int) and volume > 0

    def gap(q: int) -> float:
        est = estimate(build_scenario({"preset": "handbook-assistant", "queries_per_month": str(q)}))
        return est["long_context"]["tco"] - est["rag"]["tco"]

    assert gap(volume - 1) <= 0 < gap(volume)
    with pytest.raises(KeyError, match="crossover"):
        render.preset_output("default", "crossover.long_context.nothing")
