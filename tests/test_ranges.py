"""Ranges of the figures behind edition 2026-12's defaults and presets, and where pages show their basis.

A Monte Carlo draws each input the reader did not set from [low, high] with the figure's value as the
mode, so every such figure needs both bounds, inside every field it backs, and the reason for them.
Expected bounds below are worked out by hand from the figures the bases name, not read back from calc.
"""

from __future__ import annotations

import dataclasses
import math
import re

import pytest

from calc._catalogue import FIGURE_BY_ID
from calc._editions import EDITIONS
from calc._fields import FIELD_BY_NAME
from calc._render import figure_tip, render_figure
from calc._render_pages import _range_cell, render_figures_table

TOKEN = re.compile(r"\[\[(\w+):([^\]]+)\]\]")


def _backing() -> dict[str, set[str]]:
    """Figure id -> the fields it backs in edition 2026-12 (its defaults and every preset)."""
    ed = EDITIONS["2026-12"]
    backs: dict[str, set[str]] = {}
    for field, fid in ed.default_figures.items():
        backs.setdefault(fid, set()).add(field)
    for preset in ed.presets.values():
        for field, fid in preset.figures.items():
            backs.setdefault(fid, set()).add(field)
    return backs


BACKING = _backing()


def test_the_set_is_the_one_the_edition_uses() -> None:
    """144 figures stand behind 2026-12's defaults and presets (the count the ranges were set for)."""
    assert len(BACKING) == 144


@pytest.mark.parametrize("figure_id", sorted(BACKING))
def test_figure_has_a_range_inside_its_fields(figure_id: str) -> None:
    """low <= value <= high, a basis, and both bounds accepted by every field the figure backs."""
    fig = FIGURE_BY_ID[figure_id]
    assert fig.low is not None and fig.high is not None, figure_id
    assert fig.low <= fig.value <= fig.high, (fig.low, fig.value, fig.high)
    assert fig.range_basis.strip(), figure_id
    for name in BACKING[figure_id]:
        field = FIELD_BY_NAME[name]
        assert field.low is not None and field.high is not None
        assert field.low <= fig.low and fig.high <= field.high, (name, field.low, field.high)
        for bound in (fig.low, fig.high):
            # The bound, written as a reader would type it, is a valid value (whole fields: a whole number).
            text = str(int(bound)) if float(bound).is_integer() else repr(float(bound))
            value, error = field.parse(text)
            assert error is None and value == bound, (name, text, error)


@pytest.mark.parametrize("figure_id", sorted(BACKING))
def test_exact_means_low_equals_high(figure_id: str) -> None:
    """A basis that says "Exact" has low == high, and a figure with low < high is not marked exact."""
    fig = FIGURE_BY_ID[figure_id]
    exact = fig.range_basis.startswith("Exact")
    assert exact == (fig.low == fig.high), (figure_id, fig.low, fig.high, fig.range_basis)
    if fig.low != fig.high:
        assert "exact" not in fig.range_basis.lower().split(":")[0]


@pytest.mark.parametrize("figure_id", sorted(BACKING))
def test_basis_names_other_figures_by_token(figure_id: str) -> None:
    """A basis uses only [[fig:ID]] tokens, each naming a catalogue figure; no money or percentage typed."""
    basis = FIGURE_BY_ID[figure_id].range_basis
    for kind, ref in TOKEN.findall(basis):
        assert kind == "fig" and ref in FIGURE_BY_ID, ref
    bare = TOKEN.sub("", basis)
    assert not re.search(r"\$\s?\d|\d\s?%", bare), bare


def test_assumptions_with_a_spread_say_so() -> None:
    """Every assumption whose range is not a point says it is an assumption, or names the source of its range."""
    unsaid = [
        fid for fid in BACKING
        if FIGURE_BY_ID[fid].kind == "assumption" and FIGURE_BY_ID[fid].low != FIGURE_BY_ID[fid].high
        and "assumption" not in FIGURE_BY_ID[fid].range_basis.lower()
        and fid not in ("assume.train_examples", "assume.eng_hourly_rate")  # a claimed range; sourced wages
    ]
    assert unsaid == []


# --- bounds worked out by hand from the figures the bases name --------------------------------------


def test_h100_prices_span_the_catalogue_offers() -> None:
    """Every H100 offer behind 2026-12 ranges from RunPod Community (2.69) to Azure (12.29)."""
    assert FIGURE_BY_ID["gpu.h100_sxm.runpod_community.price"].value == 2.69
    assert FIGURE_BY_ID["gpu.h100_sxm.azure_nd96isr_v5.price"].value == 12.29
    for fid in ("gpu.h100.aws_p5_4xlarge.price", "gpu.h100_sxm.aws_p5.price", "gpu.h100_80gb.gcp_a3_highgpu_1g.price",
                "gpu.h100_sxm.azure_nd96isr_v5.price", "gpu.h100_sxm.lambda_8x.price",
                "gpu.h100_sxm.runpod_secure.price"):
        fig = FIGURE_BY_ID[fid]
        assert (fig.low, fig.high) == (2.69, 12.29), fid


@pytest.mark.parametrize("figure_id", sorted(f for f in BACKING if f.startswith("gpu.") and f.endswith(".price")))
def test_gpu_price_ranges_cover_the_offers_they_name(figure_id: str) -> None:
    """A GPU-hour price's range covers its own value and every offer its basis names."""
    fig = FIGURE_BY_ID[figure_id]
    named = [FIGURE_BY_ID[ref].value for kind, ref in TOKEN.findall(fig.range_basis) if kind == "fig"]
    assert named or "Assumption" in fig.range_basis, figure_id
    assert fig.low <= min([fig.value, *named]) and max([fig.value, *named]) <= fig.high


def test_single_offer_gpus_run_from_a_commitment_discount() -> None:
    """One offer only: about three tenths off on-demand. 2.74 x 0.7 = 1.918 -> 1.92; 1.006 x 0.7 = 0.704 -> 0.70;
    0.8048 x 0.7 = 0.563 -> 0.56; the high end is the on-demand price."""
    for fid, low, high in (("gpu.a100_40gb.aws_p4d.price", 1.92, 2.74), ("gpu.a10g.aws_g5_xlarge.price", 0.70, 1.006),
                           ("gpu.l4.aws_g6_xlarge.price", 0.56, 0.8048)):
        fig = FIGURE_BY_ID[fid]
        assert (fig.low, fig.high) == (low, high) and fig.high == fig.value, fid


def test_a100_80gb_and_l40s_span_their_offers() -> None:
    """A100 80GB: RunPod Community 1.39 to AWS 3.43; L40S: RunPod Community 0.79 to AWS 1.861."""
    a100, l40s = FIGURE_BY_ID["gpu.a100_80gb.aws_p4de.price"], FIGURE_BY_ID["gpu.l40s.aws_g6e_xlarge.price"]
    assert (a100.low, a100.high) == (1.39, 3.43) == (FIGURE_BY_ID["gpu.a100_sxm_80gb.runpod_community.price"].value,
                                                     a100.value)
    assert (l40s.low, l40s.high) == (0.79, 1.861) == (FIGURE_BY_ID["gpu.l40s.runpod_community.price"].value, l40s.value)


def test_gemini_prices_run_to_the_doubled_2027_price() -> None:
    """Gemini 3.8 Flash's prices double on 2027-01-01: 0.75 -> 1.50, 0.075 -> 0.15, 3.75 -> 7.50, 0.50 -> 1.00."""
    for fid, low, high in (("api.gemini_3_8_flash.input", 0.75, 1.50), ("api.gemini_3_8_flash.cached_input", 0.075, 0.15),
                           ("api.gemini_3_8_flash.output", 3.75, 7.50), ("api.gemini_3_8_flash.cache_storage", 0.5, 1.0)):
        fig = FIGURE_BY_ID[fid]
        assert (fig.value, fig.low, fig.high) == (low, low, high), fid


def test_embedding_prices_run_from_the_batch_price() -> None:
    """Batch embeddings cost half: 0.02 x 0.5 = 0.01 and 0.13 x 0.5 = 0.065."""
    assert FIGURE_BY_ID["api.openai.batch_discount"].value == 0.5
    small, large = FIGURE_BY_ID["embed.openai.te3_small.price"], FIGURE_BY_ID["embed.openai.te3_large.price"]
    assert (small.low, small.high) == (0.01, 0.02)
    assert (large.low, large.high) == (0.065, 0.13)


def test_serving_ranges_from_the_measurements_they_name() -> None:
    """H100 8B decode: 2,815 (2,048 in/out) to 14,540 (128-token chats). A100: those times 1,518 / 3,400:
    2,815 x 0.44647 = 1,256.8 -> 1,257 and 14,540 x 0.44647 = 6,491.7 -> 6,492. A100 one-user time per token:
    4.7 ms x 3.35 / 2.0 = 7.87 -> 7.9. H100 per-token time: one user (4.7) to the 50 ms service limit."""
    h100, a100 = FIGURE_BY_ID["throughput.decode.llama31_8b_fp8.h100"], FIGURE_BY_ID["throughput.decode.llama31_8b_fp8.a100"]
    assert (h100.low, h100.high) == (2815, 14540)
    assert (a100.low, a100.high) == (1257, 6492)
    itl_h100, itl_a100 = FIGURE_BY_ID["latency.itl.llama31_8b_fp8.h100"], FIGURE_BY_ID["latency.itl.llama31_8b_fp8.a100"]
    assert (itl_h100.low, itl_h100.high) == (4.7, 50)
    assert itl_a100.low == 7.9


def test_mturk_label_cost_runs_three_to_five_workers() -> None:
    """Three to five workers at 0.012 each: 0.036 to 0.060."""
    fig = FIGURE_BY_ID["labelling.mturk.text_classification_3_workers"]
    assert (fig.low, fig.high) == (0.036, 0.06)


def test_pinecone_ranges_run_standard_to_enterprise() -> None:
    """Pinecone minimum 50 (Standard) to 500 (Enterprise); reads 16 to 24 per million; storage 0.33 on both."""
    fig = FIGURE_BY_ID
    assert (fig["vdb.pinecone.standard.minimum"].low, fig["vdb.pinecone.standard.minimum"].high) == (50, 500)
    assert (fig["vdb.pinecone.standard.reads"].low, fig["vdb.pinecone.standard.reads"].high) == (16, 24)
    assert fig["vdb.pinecone.standard.storage"].low == fig["vdb.pinecone.standard.storage"].high == 0.33


# --- the basis on pages ------------------------------------------------------------------------------


def test_tooltip_shows_the_range_and_its_basis() -> None:
    """The tip reads "; range 0.01 to 0.02: OpenAI's Batch API price (this price less 50%) ..." with the token
    written as the figure's text."""
    tip = figure_tip(FIGURE_BY_ID["embed.openai.te3_small.price"])
    assert "; range 0.01 to 0.02: OpenAI's Batch API price (this price less 50%)" in tip
    assert "[[" not in tip and not tip.endswith(".)")


def test_tooltip_and_range_cell_escape_the_basis() -> None:
    """Markup in a basis is escaped in the tooltip attribute and in the cost table's range cell."""
    base = FIGURE_BY_ID["assume.months"]
    fig = dataclasses.replace(base, range_basis='a <b>"bold"</b> & [[fig:api.openai.batch_discount]] claim')
    tip = figure_tip(fig)
    assert '<b>"bold"</b> & 50% claim' in tip
    cell = _range_cell(fig)
    assert cell.startswith("6 to 36<br>") and "&lt;b&gt;" in cell and "<b>" not in cell
    assert 'data-figure="api.openai.batch_discount"' in cell  # the token becomes a named figure
    html = render_figure("assume.months")
    assert "range 6 to 36: Assumption" in html and "<b>" not in html


def test_cost_table_range_column_carries_the_basis() -> None:
    """The workload table's range column shows each 2026-12 figure's basis below its range."""
    html = render_figures_table("workload")
    assert '<td>20000 to 500000<br><span class="rvf-range-basis">Assumption: from a pilot' in html.replace(",", "")
    no_basis = dataclasses.replace(FIGURE_BY_ID["assume.months"], range_basis="")
    assert _range_cell(no_basis) == "6 to 36"
    assert _range_cell(dataclasses.replace(no_basis, low=None, high=None)) == ""


def test_values_keep_their_log_scale_meaning() -> None:
    """A range spanning more than a factor of 3 starts above zero unless a zero is plausible (then linear)."""
    zero_ok = {"assume.lc_eng_hours_per_month", "latency.long_context.ttft_per_1k_tokens", "assume.growth_per_month"}
    for fid in BACKING:
        fig = FIGURE_BY_ID[fid]
        if fig.low != fig.high and fig.low <= 0:
            assert fid in zero_ok, fid
        if fig.low > 0:
            assert math.isfinite(math.log(fig.high / fig.low))
