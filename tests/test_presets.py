"""Presets of edition 2026-11: names, kinds, field names and ranges (the schema's), provenance."""

from __future__ import annotations

import math
import re

import pytest

from calc._catalogue import FIGURE_BY_ID
from calc._presets import PRESET_KINDS, PRESETS_2026_11, Preset

# Model 1's fields, typed from its field table: field -> (low, high, whole?). Choice fields listed apart.
NUMERIC_FIELDS = {
    "queries_per_month": (0, 1e10, False),
    "growth_per_month": (-0.5, 1, False),
    "months": (1, 60, True),
    "prompt_tokens": (0, 1e6, False),
    "output_tokens": (0, 1e5, False),
    "api_input_price": (0, 1000, False),
    "api_output_price": (0, 1000, False),
    "ft_input_price": (0, 1000, False),
    "ft_output_price": (0, 1000, False),
    "ft_hosting_per_hour": (0, 1000, False),
    "gpu_hour_price": (0.01, 1000, False),
    "gpus_per_instance": (1, 16, True),
    "serving_gpus_per_replica": (1, 64, True),
    "serving_min_replicas": (0, 1000, True),
    "serving_prefill_tps": (1, 1e7, False),
    "serving_decode_tps": (1, 1e7, False),
    "decode_ms_per_token": (0.1, 1000, False),
    "corpus_tokens": (0, 1e13, False),
    "corpus_churn": (0, 1, False),
    "chunk_tokens": (1, 1e5, True),
    "retrieved_chunks": (0, 1000, True),
    "embedding_price": (0, 100, False),
    "embedding_dims": (1, 65536, True),
    "vector_db_min_monthly": (0, 1e6, False),
    "vector_storage_price": (0, 1000, False),
    "vector_read_price": (0, 1000, False),
    "orchestration_monthly": (0, 1e7, False),
    "rag_eng_hours_per_month": (0, 10000, False),
    "query_embedding_ms": (0, 60000, False),
    "vector_search_ms": (0, 60000, False),
    "rerank_ms": (0, 60000, False),
    "api_training_price": (0, 10000, False),
    "model_params_b": (0.01, 2000, False),
    "train_examples": (1, 1e9, True),
    "tokens_per_example": (1, 1e6, False),
    "epochs": (1, 100, True),
    "hp_runs": (1, 1000, True),
    "retrains_per_year": (0, 12, True),
    "new_examples_share": (0, 1, False),
    "label_cost": (0, 10000, False),
    "gpu_peak_tflops": (1, 1e5, False),
    "gpu_memory_gb": (1, 10000, False),
    "mfu": (0.01, 1, False),
    "run_overhead_hours": (0, 1000, False),
    "ft_eng_hours_per_cycle": (0, 10000, False),
    "eng_hourly_rate": (0, 10000, False),
}
CHOICE_FIELDS = {
    "serving": ("api", "self_hosted"),
    "training": ("api", "self_hosted"),
    "method": ("full", "lora", "qlora"),
}

# Presets fill several fields at once (methodology page).
GPU_FIELDS = {"gpu_hour_price", "gpus_per_instance", "gpu_peak_tflops", "gpu_memory_gb"}
GPU_OPTIONAL_FIELDS = {"serving_prefill_tps", "serving_decode_tps", "decode_ms_per_token"}
API_MODEL_FIELDS = {"api_input_price", "api_output_price", "ft_input_price", "ft_output_price",
                    "api_training_price"}
VECTOR_STORE_FIELDS = {"vector_db_min_monthly", "vector_storage_price", "vector_read_price"}

# Names that must exist (names are forever).
REQUIRED_NAMES = {
    "gpu-h100-aws-p5", "gpu-a100-80gb-aws-p4de", "gpu-a100-40gb-aws-p4d", "gpu-l40s-aws-g6e",
    "gpu-l4-aws-g6", "gpu-a10g-aws-g5", "gpu-h100-gcp-a3", "gpu-h100-azure-nd96isr", "gpu-h100-lambda-8x",
    "gpu-h100-runpod-secure", "model-gpt-4-1", "model-gpt-4-1-mini", "model-gpt-4-1-nano",
    "model-gpt-4o-2024-08-06", "model-gpt-4o-mini", "vector-pinecone-standard", "vector-pgvector-managed",
    "support-chatbot", "contract-analysis", "coding-assistant", "high-volume-classifier",
    "research-assistant",
}

_KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _names(presets):
    return [p.name for p in presets]


def test_preset_names_are_unique_and_kebab_case() -> None:
    """Names are unique kebab-case words, and every name promised in the plan is present."""
    names = [p.name for p in PRESETS_2026_11]
    assert len(names) == len(set(names))
    for name in names:
        assert _KEBAB.match(name), name
    assert REQUIRED_NAMES <= set(names)


@pytest.mark.parametrize("preset", PRESETS_2026_11, ids=_names(PRESETS_2026_11))
def test_preset_kind_title_description(preset: Preset) -> None:
    """Each preset has a known kind, a title and a description of at least a sentence."""
    assert preset.kind in PRESET_KINDS
    assert preset.title.strip()
    assert len(preset.description) > 40 and preset.description.rstrip().endswith(".")


@pytest.mark.parametrize("preset", PRESETS_2026_11, ids=_names(PRESETS_2026_11))
def test_preset_values_are_model_fields_within_range(preset: Preset) -> None:
    """Every key is a model 1 field; numbers sit in range, whole fields are ints, choices are exact words."""
    assert preset.values
    for field, value in preset.values.items():
        if field in CHOICE_FIELDS:
            assert value in CHOICE_FIELDS[field], (field, value)
            continue
        assert field in NUMERIC_FIELDS, field
        low, high, whole = NUMERIC_FIELDS[field]
        assert isinstance(value, (int, float)) and not isinstance(value, bool), (field, value)
        assert math.isfinite(value) and low <= value <= high, (field, value)
        if whole:
            assert isinstance(value, int), (field, value)


@pytest.mark.parametrize("preset", PRESETS_2026_11, ids=_names(PRESETS_2026_11))
def test_preset_figures_exist_and_match_values(preset: Preset) -> None:
    """Every figures entry names an existing figure whose value is the preset's value for that field."""
    for field, figure_id in preset.figures.items():
        assert figure_id in FIGURE_BY_ID, figure_id
        assert field in preset.values, field
        assert preset.values[field] == FIGURE_BY_ID[figure_id].value, (field, figure_id)


@pytest.mark.parametrize("preset", PRESETS_2026_11, ids=_names(PRESETS_2026_11))
def test_preset_avoids_api_training_with_self_hosted_serving(preset: Preset) -> None:
    """No preset combines training=api with serving=self_hosted (the methodology page warns: not exportable)."""
    assert not (preset.values.get("training") == "api" and preset.values.get("serving") == "self_hosted")


def test_gpu_presets_set_the_gpu_fields() -> None:
    """GPU presets set price, GPUs per instance, peak and memory, all from figures, and nothing else."""
    gpu = [p for p in PRESETS_2026_11 if p.kind == "gpu"]
    assert len(gpu) >= 10
    for preset in gpu:
        assert GPU_FIELDS <= set(preset.values), preset.name
        assert set(preset.values) <= GPU_FIELDS | GPU_OPTIONAL_FIELDS, preset.name
        assert set(preset.figures) == set(preset.values), preset.name


def test_aws_p5_preset_rents_eight_gpus_at_the_default_price() -> None:
    """gpu-h100-aws-p5: 8 GPUs per instance at 55.04 / 8 = 6.88 per GPU-hour, 989 TFLOP/s, 80 GB."""
    p5 = next(p for p in PRESETS_2026_11 if p.name == "gpu-h100-aws-p5")
    assert p5.values["gpus_per_instance"] == 8
    assert math.isclose(p5.values["gpu_hour_price"], 55.04 / 8)
    assert p5.values["gpu_peak_tflops"] == 989
    assert p5.values["gpu_memory_gb"] == 80


def test_a100_presets_carry_the_a100_serving_benchmark() -> None:
    """Both A100 presets set 1,518 tokens/s and 42.9 ms per token (LB, 8B on one A100)."""
    for name in ("gpu-a100-80gb-aws-p4de", "gpu-a100-40gb-aws-p4d"):
        preset = next(p for p in PRESETS_2026_11 if p.name == name)
        assert preset.values["serving_decode_tps"] == 1518
        assert preset.values["decode_ms_per_token"] == 42.9
        assert preset.values["gpu_peak_tflops"] == 312


def test_api_model_presets_set_the_five_prices() -> None:
    """API model presets set exactly the four token prices and the training price, all from figures."""
    models = [p for p in PRESETS_2026_11 if p.kind == "api_model"]
    assert len(models) >= 5
    for preset in models:
        assert set(preset.values) == API_MODEL_FIELDS, preset.name
        assert set(preset.figures) == API_MODEL_FIELDS, preset.name
    mini = next(p for p in models if p.name == "model-gpt-4-1-mini")
    assert (mini.values["api_input_price"], mini.values["api_output_price"]) == (0.40, 1.60)
    assert (mini.values["ft_input_price"], mini.values["ft_output_price"]) == (0.80, 3.20)
    assert mini.values["api_training_price"] == 5.00


def test_vector_store_presets_set_the_three_prices() -> None:
    """Vector store presets set minimum, storage and read prices; pgvector is a flat $99 with zero usage prices."""
    stores = {p.name: p for p in PRESETS_2026_11 if p.kind == "vector_store"}
    for preset in stores.values():
        assert set(preset.values) == VECTOR_STORE_FIELDS, preset.name
    pine = stores["vector-pinecone-standard"]
    assert (pine.values["vector_db_min_monthly"], pine.values["vector_storage_price"],
            pine.values["vector_read_price"]) == (50, 0.33, 16)
    pg = stores["vector-pgvector-managed"]
    assert (pg.values["vector_db_min_monthly"], pg.values["vector_storage_price"],
            pg.values["vector_read_price"]) == (99, 0, 0)
    assert "assumption" in pg.description.lower()


def test_at_least_four_workload_presets_with_whole_scenarios() -> None:
    """There are at least four workload presets, each setting 25+ fields including both choices."""
    workloads = [p for p in PRESETS_2026_11 if p.kind == "workload"]
    assert len(workloads) >= 4
    for preset in workloads:
        assert len(preset.values) >= 25, preset.name
        assert {"serving", "training", "queries_per_month", "prompt_tokens", "output_tokens"} <= set(preset.values)
        assert "assumption" in preset.description.lower(), preset.name


def test_workload_presets_tell_their_stories() -> None:
    """The chatbot churns knowledge monthly, the classifier is high-volume with tiny outputs, coding self-hosts."""
    by_name = {p.name: p for p in PRESETS_2026_11}
    chatbot = by_name["support-chatbot"].values
    assert chatbot["corpus_churn"] >= 0.2 and chatbot["retrains_per_year"] == 12
    classifier = by_name["high-volume-classifier"].values
    assert classifier["queries_per_month"] >= 1_000_000 and classifier["output_tokens"] <= 10
    coding = by_name["coding-assistant"].values
    assert coding["serving"] == "self_hosted" and coding["training"] == "self_hosted"
    assert coding["method"] in CHOICE_FIELDS["method"]
    contract = by_name["contract-analysis"].values
    assert contract["prompt_tokens"] >= 10 * by_name["support-chatbot"].values["prompt_tokens"]
    assert contract["queries_per_month"] < chatbot["queries_per_month"]
    research = by_name["research-assistant"].values
    assert research["corpus_tokens"] >= 1e9 and research["rerank_ms"] > 0
