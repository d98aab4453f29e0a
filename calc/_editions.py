"""Editions: frozen sets of defaults and presets, named by date (MODEL.md §5).

An edition resolves each field's default from the figure that holds it. A released edition is
never edited: a figure that changes gets a new record (a new id), and a new edition points at
it. ``tests/fixtures/edition-2026-11.json`` pins every released value; a test fails if one moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from ._catalogue import FIGURE_BY_ID
from ._fields import FIELDS
from ._presets import PRESETS_2026_11, Preset

__all__ = ["EDITIONS", "LATEST_EDITION", "Edition"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Edition:
    """A named, frozen set of defaults and presets."""

    name: str
    defaults: Mapping[str, float | int | str]
    default_figures: Mapping[str, str]
    presets: Mapping[str, Preset]


def _resolve(figure_ids: Mapping[str, str]) -> dict[str, float | int | str]:
    values: dict[str, float | int | str] = {}
    for field in FIELDS:
        if field.kind == "choice":
            assert field.default_choice is not None
            values[field.name] = field.default_choice
            continue
        raw = FIGURE_BY_ID[figure_ids[field.name]].value
        values[field.name] = int(raw) if field.kind == "whole" else float(raw)
    return values


def _edition(name: str, figure_ids: Mapping[str, str], presets: tuple[Preset, ...]) -> Edition:
    return Edition(
        name=name,
        defaults=MappingProxyType(_resolve(figure_ids)),
        default_figures=MappingProxyType(dict(figure_ids)),
        presets=MappingProxyType({p.name: p for p in presets}),
    )


# Edition 2026-11: the v1 defaults of MODEL.md §1. Field -> the figure holding its default.
# Frozen: a later edition gets its own mapping; this one is never edited.
_FIGURES_2026_11 = {
    "queries_per_month": "assume.queries_per_month",
    "growth_per_month": "assume.growth_per_month",
    "months": "assume.months",
    "prompt_tokens": "assume.prompt_tokens",
    "output_tokens": "assume.output_tokens",
    "api_input_price": "api.gpt_4_1_mini.input",
    "api_output_price": "api.gpt_4_1_mini.output",
    "ft_input_price": "ft.gpt_4_1_mini.input",
    "ft_output_price": "ft.gpt_4_1_mini.output",
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
    "api_training_price": "ft.gpt_4_1_mini.training",
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

EDITIONS: Mapping[str, Edition] = MappingProxyType(
    {"2026-11": _edition("2026-11", _FIGURES_2026_11, PRESETS_2026_11)}
)
LATEST_EDITION = max(EDITIONS)
