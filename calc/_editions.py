"""Editions: frozen sets of defaults and presets, named by date.

An edition records, for each number field it knows, the figure that holds the field's default, and
the presets it offers; a choice field's default is its ``default_choice`` unless the edition names
another word. A released edition is never edited: a figure
that changes gets a new record (a new id), and a new edition points at it. A field added later is
not listed by the editions before it: its ``since`` and ``before`` (or ``before_field``) give those
editions the value that reproduces their numbers, so adding a field touches no released edition.
``tests/fixtures/edition-2026-11.json`` pins every released value; a test fails if one moves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

from ._catalogue import FIGURE_BY_ID
from ._fields import FIELDS, Field
from ._presets import PRESETS_2026_11, Preset
from ._presets_2026_12 import PRESETS_2026_12

__all__ = ["EDITIONS", "LATEST_EDITION", "Edition", "make_edition"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Edition:
    """A named, frozen set of defaults and presets.

    ``defaults``: the fields this edition knows, at its defaults. ``default_figures``: field -> id
    of the figure behind each number default. Fields added after the edition are not among them:
    ``later`` holds the constants that reproduce its numbers, and ``followers`` maps a later field
    to the field whose value it takes when the reader does not set it. ``start_values`` puts all
    of them together.
    """

    name: str
    defaults: Mapping[str, float | int | str]
    default_figures: Mapping[str, str]
    presets: Mapping[str, Preset]
    followers: Mapping[str, str] = field(default_factory=dict)
    later: Mapping[str, float | int | str] = field(default_factory=dict)
    model_version: str = "1"
    order: tuple[str, ...] = ()  # every field's name, in the schema's order

    def start_values(self) -> dict[str, float | int | str]:
        """Every field's starting value, in the schema's order: defaults, later constants, followers."""
        values: dict[str, float | int | str] = {**self.defaults, **self.later}
        for name, leader in self.followers.items():
            values[name] = values[leader]
        return {name: values[name] for name in self.order}


def make_edition(
    name: str,
    *,
    figures: Mapping[str, str],
    words: Mapping[str, str] | None = None,
    presets: tuple[Preset, ...],
    fields: tuple[Field, ...] = FIELDS,
    model_version: str = "1",
) -> Edition:
    """Resolve an edition's defaults: its figures and words, then the values later fields reproduce it with.

    Raises ValueError when the edition lists a field it cannot know, or misses one it should.
    """
    values: dict[str, float | int | str] = {}
    later: dict[str, float | int | str] = {}
    followers: dict[str, str] = {}
    words = dict(words or {})
    for f in fields:
        if f.kind == "choice" and f.since <= name:
            values[f.name] = words.pop(f.name, f.default_choice)
            continue
        listed = figures if f.kind != "choice" else words
        if f.since > name:
            if f.name in listed:
                raise ValueError(f"edition {name} lists {f.name}, a field added in {f.since}")
            if f.before_field is not None:
                followers[f.name] = f.before_field
                continue
            if f.before is None:
                raise ValueError(f"field {f.name} (since {f.since}) declares no value for edition {name}")
            later[f.name] = f.before
        elif f.name not in listed:
            raise ValueError(f"edition {name} gives no default for {f.name}")
        else:
            values[f.name] = f.coerce(FIGURE_BY_ID[figures[f.name]].value)
    unknown = sorted(set(words) | (set(figures) - {f.name for f in fields}))
    if unknown:
        raise ValueError(f"edition {name} names unknown fields: {unknown}")
    return Edition(
        name=name,
        defaults=MappingProxyType(values),
        default_figures=MappingProxyType(dict(figures)),
        presets=MappingProxyType({p.name: p for p in presets}),
        followers=MappingProxyType(followers),
        later=MappingProxyType(later),
        model_version=model_version,
        order=tuple(f.name for f in fields),
    )


# Edition 2026-11: model 1's defaults. Field -> the figure holding its default.
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

# Edition 2026-12: model 2, current prices. The same open model on both sides (Qwen3.5 9B on
# Together: serverless per-token for the base model, a LoRA fine-tune on a dedicated endpoint billed
# by the hour), the new fields' figures, and one rented H100 at a time.
_FIGURES_2026_12 = {
    **_FIGURES_2026_11,
    "api_input_price": "api.together.qwen35_9b.input",
    "api_output_price": "api.together.qwen35_9b.output",
    "ft_input_price": "ft.together.dedicated.per_token",
    "ft_output_price": "ft.together.dedicated.per_token",
    "ft_hosting_per_hour": "ft.together.dedicated.h100.per_hour",
    "api_training_price": "ft.together.lora_sft.le16b.training",
    "gpu_hour_price": "gpu.h100.aws_p5_4xlarge.price",
    "gpus_per_instance": "gpu.h100.aws_p5_4xlarge.gpus",
    "model_params_b": "assume.model_params_b.qwen35_9b",
    # fields added with model 2
    "ft_prompt_tokens": "assume.ft_prompt_tokens",
    "api_cached_input_price": "api.together.qwen35_9b.cached_input",
    "ft_cached_input_price": "ft.together.dedicated.per_token",
    "cached_prompt_share": "assume.cached_prompt_share",
    "cache_write_premium": "assume.cache_write_premium.none",
    "cache_writes_per_month": "assume.cache_writes_per_month",
    "cache_storage_price": "assume.cache_storage_price.none",
    "long_prompt_threshold_tokens": "assume.long_prompt.none.threshold",
    "long_prompt_input_multiplier": "assume.long_prompt.none.multiplier",
    "long_prompt_output_multiplier": "assume.long_prompt.none.multiplier",
    "api_ttft_ms": "assume.api_ttft_ms",
    "api_ms_per_output_token": "assume.api_ms_per_output_token",
    "serving_reference_params_b": "assume.serving_reference_params_b",
    "context_window_tokens": "api.together.qwen35_9b.context_window",
    "long_context_ttft_ms": "latency.long_context.cached_100k_ttft",
    "lc_eng_hours_per_month": "assume.lc_eng_hours_per_month",
    "qlora_time_factor": "rule.qlora.time_factor",
    "min_cacheable_tokens": "assume.min_cacheable_tokens.none",
    "rag_dedicated_per_hour": "ft.together.dedicated.h100.per_hour",
    "serving_reference_gpus": "throughput.reference_gpus",
    "lc_ttft_ms_per_1k_tokens": "latency.long_context.ttft_per_1k_tokens",
}

EDITIONS: Mapping[str, Edition] = MappingProxyType({
    "2026-11": make_edition("2026-11", figures=_FIGURES_2026_11, presets=PRESETS_2026_11),
    "2026-12": make_edition("2026-12", figures=_FIGURES_2026_12, presets=PRESETS_2026_12, model_version="2"),
})
LATEST_EDITION = max(EDITIONS)
