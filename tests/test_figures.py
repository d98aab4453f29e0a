"""The figure catalogue: provenance of every record, the default-figure contract, spot checks.

Expected values are worked out by hand from the sources the figures cite, not read back from calc.
"""

from __future__ import annotations

import math
import re

import pytest

from calc._catalogue import CATALOGUE, CLAIMS, FIGURE_BY_ID, STUDIES, _index, data_as_of
from calc import _catalogue_defaults, _catalogue_gpus, _catalogue_providers, _catalogue_serving, _catalogue_training
from calc import _catalogue_2026_12
from calc._catalogue_2026_12 import FIGURES_2026_12
from calc._figures import CATEGORIES, CONFIDENCES, KINDS, Figure, Source

# The default figure ids: field -> figure id. This is the contract with the scenario module.
DEFAULT_FIGURE_IDS = {
    "queries_per_month": "assume.queries_per_month",
    "growth_per_month": "assume.growth_per_month",
    "months": "assume.months",
    "prompt_tokens": "assume.prompt_tokens",
    "output_tokens": "assume.output_tokens",
    "api_input_price": "api.gpt_4_1_mini.input",
    "api_output_price": "api.gpt_4_1_mini.output",
    "ft_input_price": "ft.gpt_4_1_mini.input",
    "ft_output_price": "ft.gpt_4_1_mini.output",
    "api_training_price": "ft.gpt_4_1_mini.training",
    "ft_hosting_per_hour": "assume.ft_hosting_per_hour",
    "gpu_hour_price": "gpu.h100_sxm.aws_p5.price",
    "gpus_per_instance": "assume.gpus_per_instance",
    "serving_gpus_per_replica": "assume.serving_gpus_per_replica",
    "serving_min_replicas": "assume.serving_min_replicas",
    "serving_prefill_tps": "throughput.prefill.8b_h100",
    "serving_decode_tps": "throughput.decode.llama31_8b_fp8.h100",
    "decode_ms_per_token": "latency.itl.llama31_8b_fp8.h100",
    "corpus_tokens": "assume.corpus_tokens",
    "corpus_churn": "assume.corpus_churn",
    "chunk_tokens": "assume.chunk_tokens",
    "retrieved_chunks": "assume.retrieved_chunks",
    "embedding_price": "embed.openai.te3_small.price",
    "embedding_dims": "embed.openai.te3_small.dims",
    "vector_db_min_monthly": "vdb.pinecone.standard.minimum",
    "vector_storage_price": "vdb.pinecone.standard.storage",
    "vector_read_price": "vdb.pinecone.standard.reads",
    "orchestration_monthly": "assume.orchestration_monthly",
    "rag_eng_hours_per_month": "assume.rag_eng_hours_per_month",
    "query_embedding_ms": "latency.query_embedding.api",
    "vector_search_ms": "latency.hnsw.1m_1536.mean",
    "rerank_ms": "assume.rerank_ms",
    "model_params_b": "assume.model_params_b",
    "train_examples": "assume.train_examples",
    "tokens_per_example": "assume.tokens_per_example",
    "epochs": "assume.epochs",
    "hp_runs": "assume.hp_runs",
    "retrains_per_year": "assume.retrains_per_year",
    "new_examples_share": "assume.new_examples_share",
    "label_cost": "labelling.sft_example",
    "gpu_peak_tflops": "gpu.h100_sxm.bf16_tflops",
    "gpu_memory_gb": "gpu.h100_sxm.memory_gb",
    "mfu": "assume.mfu",
    "run_overhead_hours": "assume.run_overhead_hours",
    "ft_eng_hours_per_cycle": "assume.ft_eng_hours_per_cycle",
    "eng_hourly_rate": "assume.eng_hourly_rate",
}

# The v1 defaults (the methodology page lists the model's inputs), typed by hand.
V1_DEFAULTS = {
    "queries_per_month": 100000, "growth_per_month": 0, "months": 12, "prompt_tokens": 500,
    "output_tokens": 250, "api_input_price": 0.40, "api_output_price": 1.60, "ft_input_price": 0.80,
    "ft_output_price": 3.20, "api_training_price": 5.00, "ft_hosting_per_hour": 0, "gpu_hour_price": 6.88,
    "gpus_per_instance": 1, "serving_gpus_per_replica": 1, "serving_min_replicas": 1,
    "serving_prefill_tps": 40000, "serving_decode_tps": 3400, "decode_ms_per_token": 19.8,
    "corpus_tokens": 50_000_000, "corpus_churn": 0.10, "chunk_tokens": 512, "retrieved_chunks": 5,
    "embedding_price": 0.02, "embedding_dims": 1536, "vector_db_min_monthly": 50,
    "vector_storage_price": 0.33, "vector_read_price": 16, "orchestration_monthly": 300,
    "rag_eng_hours_per_month": 8, "query_embedding_ms": 150, "vector_search_ms": 15, "rerank_ms": 0,
    "model_params_b": 8, "train_examples": 5000, "tokens_per_example": 1000, "epochs": 3, "hp_runs": 3,
    "retrains_per_year": 4, "new_examples_share": 0.2, "label_cost": 0.50, "gpu_peak_tflops": 989,
    "gpu_memory_gb": 80, "mfu": 0.35, "run_overhead_hours": 1, "ft_eng_hours_per_cycle": 40,
    "eng_hourly_rate": 100,
}

# The model's constants, with their values.
RULE_FIGURES = {
    "rule.flops_factor.full": 6,
    "rule.flops_factor.lora": 4,
    "rule.bytes_per_param.full": 16,
    "rule.bytes_per_param.lora": 2,
    "rule.bytes_per_param.qlora": 0.55,
    "rule.activation_overhead": 1.2,
    "rule.memory_headroom": 0.9,
    "rule.hours_per_month": 730,
}

_ID = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")


def _ids(figures):
    return [f.id for f in figures]


@pytest.mark.parametrize("fig", CATALOGUE, ids=_ids(CATALOGUE))
def test_figure_has_provenance(fig: Figure) -> None:
    """Every figure names a source, a source title, a unit and a YYYY-MM[-DD] date."""
    assert fig.source.strip()
    assert fig.source_title.strip()
    assert fig.unit.strip()
    assert fig.label.strip()
    assert _DATE.match(fig.as_of), fig.as_of


@pytest.mark.parametrize("fig", CATALOGUE, ids=_ids(CATALOGUE))
def test_figure_fields_are_from_their_vocabularies(fig: Figure) -> None:
    """Kind, confidence and category are words from calc._figures, and the id is dotted lowercase."""
    assert fig.kind in KINDS
    assert fig.confidence in CONFIDENCES
    assert fig.category in CATEGORIES
    assert _ID.match(fig.id), fig.id


@pytest.mark.parametrize("fig", CATALOGUE, ids=_ids(CATALOGUE))
def test_figure_value_is_finite_and_inside_its_range(fig: Figure) -> None:
    """The value is a finite number, and low <= value <= high wherever a bound is given."""
    assert isinstance(fig.value, (int, float)) and not isinstance(fig.value, bool)
    assert math.isfinite(fig.value)
    if fig.low is not None:
        assert math.isfinite(fig.low) and fig.low <= fig.value
    if fig.high is not None:
        assert math.isfinite(fig.high) and fig.value <= fig.high


@pytest.mark.parametrize("fig", CATALOGUE, ids=_ids(CATALOGUE))
def test_figure_kind_matches_its_source(fig: Figure) -> None:
    """Derived figures write out their arithmetic; assumptions, and only they, cite 'assumption:'."""
    if fig.kind == "derived":
        assert fig.derivation.strip()
    if fig.kind == "assumption":
        assert fig.source.startswith("assumption: ") and len(fig.source) > len("assumption: ") + 10
    else:
        assert not fig.source.startswith("assumption")
        assert fig.source.startswith(("https://", "github:"))
        assert fig.source_url() is not None


def test_figure_ids_are_unique() -> None:
    """No id appears twice, and the index holds every catalogue entry."""
    ids = [f.id for f in CATALOGUE]
    assert len(ids) == len(set(ids))
    assert set(FIGURE_BY_ID) == set(ids)
    assert all(FIGURE_BY_ID[f.id] is f for f in CATALOGUE)


def test_index_rejects_a_duplicate_id() -> None:
    """Building the index from two records with one id raises ValueError."""
    fig = FIGURE_BY_ID["assume.months"]
    with pytest.raises(ValueError, match="assume.months"):
        _index((fig, fig))


@pytest.mark.parametrize("field", sorted(DEFAULT_FIGURE_IDS))
def test_default_figure_exists_with_its_v1_value(field: str) -> None:
    """Each default figure id exists and holds the v1 default typed above."""
    fig = FIGURE_BY_ID[DEFAULT_FIGURE_IDS[field]]
    assert math.isclose(fig.value, V1_DEFAULTS[field], rel_tol=0, abs_tol=1e-12)


def test_assumed_defaults_are_labelled_as_assumptions() -> None:
    """Every assume.* figure is an assumption dated 2026-11-23, the day this project made them
    (those first made for edition 2026-12 are dated 2026-12-07, the day they were made)."""
    assumed = [f for f in CATALOGUE if f.id.startswith("assume.") and f not in FIGURES_2026_12]
    assert len(assumed) >= 27
    for fig in assumed:
        assert fig.kind == "assumption", fig.id
        assert fig.as_of == "2026-11-23", fig.id
    later = [f for f in FIGURES_2026_12 if f.id.startswith("assume.")]
    assert later and all(f.kind == "assumption" and f.as_of == "2026-12-07" for f in later)


@pytest.mark.parametrize("figure_id", sorted(RULE_FIGURES))
def test_model_constants_exist(figure_id: str) -> None:
    """The model constants are figures with their stated values and categories."""
    fig = FIGURE_BY_ID[figure_id]
    assert math.isclose(fig.value, RULE_FIGURES[figure_id], rel_tol=0, abs_tol=1e-12)
    expected_category = "workload" if figure_id == "rule.hours_per_month" else "training_rules"
    assert fig.category == expected_category


def test_ranges_carried_over_from_the_sources() -> None:
    """Ranged defaults keep their bounds: HNSW 9-17 ms, embedding 150-250 ms, labels 0.10-1.00, MFU 0.30-0.40."""
    expected = {
        "latency.hnsw.1m_1536.mean": (9, 17),
        "latency.query_embedding.api": (150, 250),
        "labelling.sft_example": (0.10, 1.00),
        "assume.mfu": (0.30, 0.40),
        "assume.train_examples": (1000, 10000),
    }
    for figure_id, bounds in expected.items():
        fig = FIGURE_BY_ID[figure_id]
        assert (fig.low, fig.high) == bounds, figure_id


def test_data_as_of_is_the_newest_source_date() -> None:
    """data_as_of() is the newest non-assumption date: DR's retrieval date 2026-11-09."""
    def padded(d: str) -> str:
        return d if len(d) == 10 else d + "-01"

    dated = [f.as_of for f in CATALOGUE if f.kind != "assumption"]
    newest = max(dated, key=padded)
    assert data_as_of() == newest
    # Edition 2026-11's newest dated source was Data Receipts (2026-11-09); edition 2026-12 adds
    # OpenAI's GPT-6.2 Sol page, dated by the model's release on 2026-11-17.
    assert data_as_of() == "2026-11-17"


def test_data_as_of_ignores_assumption_dates() -> None:
    """Assumptions are dated 2026-11-23, later than any source, yet data_as_of() stays earlier."""
    assert FIGURE_BY_ID["assume.mfu"].as_of == "2026-11-23"
    assert data_as_of() < "2026-11-23"


def test_spot_check_gpu_prices() -> None:
    """Per-GPU AWS prices are the instance price over 8: 55.04/8 = 6.88; 27.45/8 = 3.431 -> 3.43."""
    p5 = FIGURE_BY_ID["gpu.h100_sxm.aws_p5.price"]
    assert math.isclose(p5.value, 55.04 / 8)
    instance = FIGURE_BY_ID["gpu.h100_sxm.aws_p5.instance_price"].value
    assert math.isclose(instance / FIGURE_BY_ID["gpu.h100_sxm.aws_p5.gpus"].value, 6.88)
    assert round(FIGURE_BY_ID["gpu.a100_80gb.aws_p4de.instance_price"].value / 8, 2) == 3.43
    assert FIGURE_BY_ID["gpu.l4.aws_g6_xlarge.price"].value == 0.8048
    assert FIGURE_BY_ID["gpu.h100_sxm.runpod_secure.price"].value == 3.99
    assert FIGURE_BY_ID["gpu.h100_sxm.runpod_secure.price"].as_of == "2026-11-09"
    assert FIGURE_BY_ID["gpu.h100_sxm.runpod_secure.price_2026_09"].value == 3.49


def test_spot_check_derived_figures() -> None:
    """Derived figures match hand arithmetic: 8192/0.205 ~ 40k tok/s; 1e6 x 1536 x 4 B = 6.144 GB."""
    prefill = FIGURE_BY_ID["throughput.prefill.8b_h100"]
    assert prefill.kind == "derived"
    assert abs(8192 / 0.205 - prefill.value) / prefill.value < 0.01  # 39,961 vs 40,000
    index = FIGURE_BY_ID["vdb.index_size.1m_1536"]
    assert math.isclose(index.value, 1_000_000 * 1536 * 4 / 1e9)
    assert math.isclose(FIGURE_BY_ID["vdb.qdrant.ram_1m_1536"].value, 6.144 * 1.5)
    assert math.isclose(FIGURE_BY_ID["labelling.mturk.text_classification_3_workers"].value, 3 * 0.012)
    # 6 x 8e9 x 15e12 / (1.46e6 h x 3600 s x 989e12) = 7.2e23 / 5.198e24 = 0.1385
    assert FIGURE_BY_ID["rule.calibration.llama31_8b.implied_mfu"].value == round(
        6 * 8e9 * 15e12 / (1.46e6 * 3600 * 989e12), 3
    )
    assert FIGURE_BY_ID["rule.hours_per_month"].value == 365 * 24 / 12


def test_derived_figures_equal_their_inputs_arithmetic() -> None:
    """Each derived value is the arithmetic of the figures it names, to the rounding its derivation states."""
    fig = FIGURE_BY_ID
    assert fig["vdb.qdrant.ram_1m_1536"].value == round(
        fig["vdb.index_size.1m_1536"].value * fig["vdb.qdrant.ram_factor"].value, 4)
    assert fig["labelling.mturk.text_classification_3_workers"].value == round(
        3 * fig["labelling.mturk.text_classification"].value, 3)
    assert fig["rule.flops_factor.lora"].value == fig["rule.flops_factor.full"].value * 2 / 3
    assert fig["rule.qlora.weight_bytes_per_param"].value == 4 / 8
    # NF4 weights + 0.127 bit of constants = 0.516 byte, rounded up to the next 0.05.
    assert fig["rule.bytes_per_param.qlora"].value == 0.55
    assert 0.05 > fig["rule.bytes_per_param.qlora"].value - (fig["rule.qlora.weight_bytes_per_param"].value
                                                             + 0.127 / 8) > 0
    implied = (fig["rule.flops_factor.full"].value * 8e9 * fig["rule.calibration.llama31_8b.tokens"].value
               / (fig["rule.calibration.llama31_8b.gpu_hours"].value * 3600
                  * fig["gpu.h100_sxm.bf16_tflops"].value * 1e12))
    assert fig["rule.calibration.llama31_8b.implied_mfu"].value == round(implied, 3)
    ttft = fig["latency.ttft_p95.8b_fp8_h100.prompt_8192"].value / 1000
    assert fig["throughput.prefill.8b_h100"].value == round(8192 / ttft, -3)
    per_token = fig["latency.decode.8b_fp8_h100.single_stream"]
    stream = fig["throughput.decode.8b_fp8_h100.single_stream"]
    assert (stream.value, stream.low, stream.high) == (
        round(1000 / per_token.value, 1), round(1000 / per_token.high, 1), round(1000 / per_token.low, 1))


def test_per_gpu_prices_agree_with_their_instance_prices() -> None:
    """Where an offer has an instance price and a GPU count, its per-GPU price is their quotient to the cent."""
    checked = []
    for f in CATALOGUE:
        base = f.id.removesuffix(".price")
        inst, gpus = FIGURE_BY_ID.get(base + ".instance_price"), FIGURE_BY_ID.get(base + ".gpus")
        if f.id.endswith(".price") and inst is not None and gpus is not None:
            assert abs(inst.value / gpus.value - f.value) <= 0.005 + 1e-12, f.id
            checked.append(f.id)
    assert sorted(checked) == ["gpu.a100_40gb.aws_p4d.price", "gpu.a100_80gb.aws_p4de.price",
                               "gpu.h100_sxm.aws_p5.price"]


def test_each_source_is_declared_once_and_every_sourced_figure_names_one() -> None:
    """The catalogue modules declare each (address, title, date) once, and every non-assumption figure cites one."""
    modules = (_catalogue_gpus, _catalogue_training, _catalogue_providers, _catalogue_serving, _catalogue_defaults,
               _catalogue_2026_12)
    declared = {id(v): v for m in modules for v in vars(m).values() if isinstance(v, Source)}
    keys = [(s.ref, s.title, s.as_of) for s in declared.values()]
    assert len(keys) == len(set(keys)) and len(keys) > 30
    cited = {(f.source, f.source_title, f.as_of) for f in CATALOGUE if f.kind != "assumption"}
    assert cited <= set(keys), sorted(cited - set(keys))
    assert set(keys) <= cited, "a declared source no figure cites"


def test_spot_check_prices() -> None:
    """API and fine-tuning prices as their sources list them: 4.1-mini 0.40/1.60, tuned 0.80/3.20, training 5."""
    assert FIGURE_BY_ID["api.gpt_4_1.input"].value == 2.00
    assert FIGURE_BY_ID["api.gpt_4_1.output"].value == 8.00
    assert FIGURE_BY_ID["ft.gpt_4_1_nano.training"].value == 1.50
    assert FIGURE_BY_ID["ft.gpt_4o_2024_08_06.cached_input"].value == 1.875
    assert FIGURE_BY_ID["embed.openai.te3_large.dims"].value == 3072
    # The fine-tuned 4.1-mini costs exactly twice the base model per token.
    assert FIGURE_BY_ID["ft.gpt_4_1_mini.input"].value == 2 * FIGURE_BY_ID["api.gpt_4_1_mini.input"].value
    assert FIGURE_BY_ID["ft.gpt_4_1_mini.output"].value == 2 * FIGURE_BY_ID["api.gpt_4_1_mini.output"].value


def test_midpoints_of_ranges_without_a_model_default() -> None:
    """Ranges with no default of the model take the midpoint: p95 (10.5+24)/2 = 17.25, rerank (110+170)/2 = 140."""
    for figure_id in ("latency.hnsw.1m_1536.p95", "latency.rerank.cohere_3_5.dedicated",
                      "ft.together.up_to_16b.training", "labelling.expert_preference_pair",
                      "gpu.mfu.llama3_405b_pretraining"):
        fig = FIGURE_BY_ID[figure_id]
        assert fig.low is not None and fig.high is not None
        assert math.isclose(fig.value, (fig.low + fig.high) / 2), figure_id
    assert FIGURE_BY_ID["latency.hnsw.1m_1536.p95"].value == 17.25


def test_confidence_letters_are_mapped() -> None:
    """The sources' confidence letters (H/M/L) survive: DR prices high, SB prices medium, the pgvector vendor page low."""
    assert FIGURE_BY_ID["gpu.h100_sxm.aws_p5.price"].confidence == "high"
    assert FIGURE_BY_ID["gpu.h100_80gb.gcp_a3_highgpu_1g.price"].confidence == "medium"
    assert FIGURE_BY_ID["vdb.pgvector.managed.large_monthly"].confidence == "low"
    assert FIGURE_BY_ID["labelling.sft_example"].confidence == "low"


def test_every_category_is_used() -> None:
    """Each of the twelve categories holds at least one figure (each cost table has rows)."""
    used = {f.category for f in CATALOGUE}
    assert used == set(CATEGORIES)


def test_claims_are_numeric_ranges() -> None:
    """Claims have unique claim.* ids, text, a numeric low and a high that is None or >= low."""
    ids = [c.id for c in CLAIMS]
    assert len(ids) == len(set(ids)) and len(ids) >= 11
    for claim in CLAIMS:
        assert claim.id.startswith("claim.")
        assert claim.text.strip() and claim.unit.strip() and claim.source.startswith("seed article")
        assert math.isfinite(claim.low)
        assert claim.high is None or claim.high >= claim.low
    by_id = {c.id: c for c in CLAIMS}
    assert (by_id["claim.full_ft_70b_cycle"].low, by_id["claim.full_ft_70b_cycle"].high) == (5000, None)
    assert (by_id["claim.retrieval_added_latency"].low, by_id["claim.retrieval_added_latency"].high) == (100, 500)


def test_studies_cite_an_address() -> None:
    """Each study has a unique id, a title, authors, a finding and an https address."""
    ids = [s.id for s in STUDIES]
    assert len(ids) == len(set(ids)) and len(ids) >= 8
    for study in STUDIES:
        assert study.title.strip() and study.authors_year.strip() and len(study.finding) > 40
        assert study.url.startswith("https://")
    assert {"https://arxiv.org/abs/2312.05934", "https://arxiv.org/abs/2401.08406",
            "https://arxiv.org/abs/2403.01432"} <= {s.url for s in STUDIES}
