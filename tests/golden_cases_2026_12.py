"""Golden scenarios for model 2 (edition 2026-12), each derived by hand from the methodology page.

Each case sets every field its outputs depend on, so the edition's figure values do not matter (the
one constant read from the catalogue, by id, is the serving size exponent ``rule.serving.size_exponent``;
``rule.hours_per_month`` (730) and the long-context reference prompt
(``rule.long_context.ttft_reference_tokens``, 100,000 tokens) are the published constants the
methodology page prints). Expected values are Python arithmetic on literals, written from the formulas
as the methodology page states them:

- in_tokens: RAG = prompt_tokens + ctx; fine-tuning = ft_prompt_tokens; hybrid = ft_prompt_tokens + ctx;
  long context = corpus_tokens + prompt_tokens (ctx = retrieved_chunks x chunk_tokens).
- prefix: RAG = share x prompt_tokens; fine-tuning, hybrid = share x ft_prompt_tokens; long context =
  corpus_tokens + share x prompt_tokens; cached_tokens = prefix if prefix >= min_cacheable_tokens else 0.
- generation_m = Q_m x ((in - cached) x input_price + output x output_price + cached x cached_price) / 1e6,
  prices x the long-prompt multipliers when in_tokens > long_prompt_threshold_tokens.
- cache_m = min(writes, Q_m) x cached x input_price x (1 + premium) / 1e6 + storage x cached / 1e6 x 730.
- RAG with rag_dedicated_per_hour > 0: min(generation_m, rag_dedicated_per_hour x gpus_per_replica x
  max(730, replica_hours_m)); replica_hours_m = Q_m x (in / prefill_tps + output / decode_tps) / 3600.
- per_replica hosting: ft_hosting_per_hour x gpus_per_replica x max(730, replica_hours_m); flat: fee x 730.
- size = (serving_reference_params_b / model_params_b) ^ exponent; gpus = gpus_per_replica /
  serving_reference_gpus; prefill = prefill_tps x size x gpus; decode = decode_tps x size x gpus;
  ms per output token = decode_ms_per_token / size (self-hosted, or the tuned model on a dedicated endpoint),
  api_ms_per_output_token on a shared API.
- latency: added (RAG, hybrid) = embed + search + rerank + ctx / prefill x 1000; (long context) =
  max(api_ttft_ms, long_context_ttft_ms + lc_ttft_ms_per_1k_tokens x (cached - 100,000) / 1000);
  total = added + static / prefill x 1000 + output x ms per token + api_ttft_ms (API; not long context);
  static = prompt_tokens (RAG), ft_prompt_tokens (fine-tuning, hybrid), (1 - share) x prompt_tokens (long context).
- long context is feasible only on an API and when corpus_tokens + prompt_tokens <= context_window_tokens;
  cheapest = lowest tco among the feasible approaches.

Outputs are keyed by data-output names (``long_context.breakdown.cache``, ``rag.monthly.2``). Floats are
compared with a relative tolerance of 1e-9 and an absolute one of 1e-6 (calc rounds to 6 decimals).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import calc

__all__ = ["CASES_2026_12", "Case", "SIZE_EXPONENT"]

# The one catalogue figure read by id: the exponent fitted to two measured model sizes.
SIZE_EXPONENT = float(calc.FIGURES["rule.serving.size_exponent"].value)
H = 730  # rule.hours_per_month, as the methodology page prints it
LC_REF = 100_000  # rule.long_context.ttft_reference_tokens


@dataclass(frozen=True)
class Case:
    """A scenario (edition 2026-12), its expected outputs (data-output name -> value) and a note."""

    name: str
    params: tuple[tuple[str, str], ...]
    expected: dict[str, object]
    note: str = field(repr=False, default="")


# Fields that every case pins, so that no figure of the edition leaks into a line a case checks:
# one month, a model of the size the serving figures were measured on, one GPU per replica, no
# dedicated endpoint for RAG, flat (zero) hosting, nothing cached, no long-prompt tier.
BASE: dict[str, object] = {
    "months": 1, "growth_per_month": 0, "queries_per_month": 10000, "serving": "api",
    "model_params_b": 8, "serving_reference_params_b": 8, "serving_gpus_per_replica": 1,
    "serving_reference_gpus": 1, "serving_prefill_tps": 40000, "serving_decode_tps": 3400,
    "decode_ms_per_token": 20, "api_ms_per_output_token": 10, "api_ttft_ms": 600,
    "rag_dedicated_per_hour": 0, "ft_hosting": "flat", "ft_hosting_per_hour": 0,
    "cached_prompt_share": 0, "cache_write_premium": 0, "cache_writes_per_month": 0,
    "cache_storage_price": 0, "min_cacheable_tokens": 0, "long_prompt_threshold_tokens": 0,
    "long_prompt_input_multiplier": 1, "long_prompt_output_multiplier": 1,
    "query_embedding_ms": 100, "vector_search_ms": 20, "rerank_ms": 30,
    "corpus_tokens": 1000000, "embedding_price": 0.02, "context_window_tokens": 0,
}


def params(**changes: object) -> tuple[tuple[str, str], ...]:
    """BASE with ``changes``, as the string pairs a permalink carries."""
    merged = {**BASE, **changes}
    return tuple((k, str(v)) for k, v in merged.items())


# --- 1. ft_prompt_tokens in the fine-tuned model's and the hybrid's input -------------------------
_FT_PROMPT = Case(
    name="ft_prompt_tokens_in_finetune_and_hybrid_input",
    params=params(prompt_tokens=1000, ft_prompt_tokens=300, output_tokens=100, retrieved_chunks=4,
                  chunk_tokens=250, api_input_price=1, api_cached_input_price=1, api_output_price=3,
                  ft_input_price=2, ft_cached_input_price=2, ft_output_price=4),
    expected={
        # fine-tuning sends ft_prompt_tokens only: 10,000 x (300 x 2 + 100 x 4) / 1e6
        "finetune.breakdown.generation": 10000 * (300 * 2 + 100 * 4) / 1e6,  # = 10.0
        # hybrid sends ft_prompt_tokens plus the context, 300 + 4 x 250 = 1,300, at the tuned prices
        "hybrid.breakdown.generation": 10000 * ((300 + 4 * 250) * 2 + 100 * 4) / 1e6,  # = 30.0
        # RAG sends the whole prompt plus the context, 1,000 + 1,000, at the base prices
        "rag.breakdown.generation": 10000 * ((1000 + 1000) * 1 + 100 * 3) / 1e6,  # = 23.0
        # the query is embedded with prompt_tokens for both retrieval approaches: (corpus + Q x 1,000) x 0.02
        "hybrid.breakdown.embeddings": (1000000 + 10000 * 1000) * 0.02 / 1e6,  # = 0.22
        "rag.breakdown.embeddings": (1000000 + 10000 * 1000) * 0.02 / 1e6,
        # latency (API): fine-tuning 300 / 40,000 x 1000 = 7.5 ms prefill + 100 x 10 ms + 600 ms TTFT
        "finetune.latency_ms": 300 / 40000 * 1000 + 100 * 10 + 600,  # = 1607.5
        # hybrid: added = 100 + 20 + 30 + 1,000 / 40,000 x 1000 = 175; + 7.5 + 1,000 + 600
        "hybrid.added_latency_ms": 100 + 20 + 30 + 1000 / 40000 * 1000,  # = 175.0
        "hybrid.latency_ms": 175 + 300 / 40000 * 1000 + 100 * 10 + 600,  # = 1782.5
        "rag.latency_ms": 175 + 1000 / 40000 * 1000 + 100 * 10 + 600,  # = 1800.0
    },
)

# --- 2. cached share billing -------------------------------------------------------------------
_CACHE = dict(prompt_tokens=2000, ft_prompt_tokens=400, output_tokens=100, retrieved_chunks=2, chunk_tokens=500,
              cached_prompt_share=0.5, api_input_price=1, api_cached_input_price=0.1, api_output_price=2,
              ft_input_price=1.5, ft_cached_input_price=0.3, ft_output_price=2.5, cache_write_premium=0.25,
              cache_writes_per_month=100, cache_storage_price=0.5)
# RAG: in = 2,000 + 2 x 500 = 3,000, prefix 0.5 x 2,000 = 1,000. Fine-tuning: in = 400, prefix 200.
# Hybrid: in = 400 + 1,000 = 1,400, prefix 200 (retrieved context is never cached).
_RAG_CACHED_Q = (3000 - 1000) * 1 + 100 * 2 + 1000 * 0.1  # 2,300 micro-dollars a query
_FT_CACHED_Q = (400 - 200) * 1.5 + 100 * 2.5 + 200 * 0.3  # 610
_HY_CACHED_Q = (1400 - 200) * 1.5 + 100 * 2.5 + 200 * 0.3  # 2,110
_RAG_WRITE = 1000 * 1 * (1 + 0.25) / 1e6  # 0.00125 USD a write of RAG's prefix
_FT_WRITE = 200 * 1.5 * (1 + 0.25) / 1e6  # 0.000375
_RAG_STORE = 0.5 * 1000 / 1e6 * 730  # 0.365 USD a month of storage
_FT_STORE = 0.5 * 200 / 1e6 * 730  # 0.073

_CACHED_SHARE = Case(
    name="cached_share_billing",
    params=params(**_CACHE),
    expected={
        "rag.breakdown.generation": 10000 * _RAG_CACHED_Q / 1e6,  # = 23.0
        # 100 writes (fewer than the 10,000 queries) + storage: 100 x 0.00125 + 0.365
        "rag.breakdown.cache": 100 * _RAG_WRITE + _RAG_STORE,  # = 0.49
        "finetune.breakdown.generation": 10000 * _FT_CACHED_Q / 1e6,  # = 6.1
        "finetune.breakdown.cache": 100 * _FT_WRITE + _FT_STORE,  # = 0.1105
        "hybrid.breakdown.generation": 10000 * _HY_CACHED_Q / 1e6,  # = 21.1
        "hybrid.breakdown.cache": 100 * _FT_WRITE + _FT_STORE,  # = 0.1105
    },
)

_WRITES_CAPPED = Case(
    name="cache_writes_capped_by_queries",
    # two months, 60 then 120 queries (growth 1), 100 writes a month allowed
    params=params(**{**_CACHE, "months": 2, "growth_per_month": 1, "queries_per_month": 60}),
    expected={
        # writes: min(100, 60) = 60 in month 1, min(100, 120) = 100 in month 2; storage both months
        "rag.breakdown.cache": (60 + 100) * _RAG_WRITE + 2 * _RAG_STORE,  # = 0.2 + 0.73 = 0.93
        "finetune.breakdown.cache": (60 + 100) * _FT_WRITE + 2 * _FT_STORE,  # = 0.06 + 0.146 = 0.206
        "rag.breakdown.generation": (60 + 120) * _RAG_CACHED_Q / 1e6,  # = 0.414
    },
)

_MIN_CACHEABLE = Case(
    name="min_cacheable_tokens_threshold",
    # RAG's prefix (1,000) equals the minimum: cached. The fine-tuned prefix (200) is below it: not cached.
    params=params(**{**_CACHE, "min_cacheable_tokens": 1000}),
    expected={
        "rag.breakdown.generation": 10000 * _RAG_CACHED_Q / 1e6,  # = 23.0, as in cached_share_billing
        "rag.breakdown.cache": 100 * _RAG_WRITE + _RAG_STORE,  # = 0.49
        # every fine-tuned input token at the full price: 10,000 x (400 x 1.5 + 100 x 2.5) / 1e6
        "finetune.breakdown.generation": 10000 * (400 * 1.5 + 100 * 2.5) / 1e6,  # = 8.5
        "finetune.breakdown.cache": 0.0,
        "hybrid.breakdown.generation": 10000 * (1400 * 1.5 + 100 * 2.5) / 1e6,  # = 23.5
        "hybrid.breakdown.cache": 0.0,
    },
)

_BELOW_MIN = Case(
    name="min_cacheable_tokens_one_above_the_prefix",
    params=params(**{**_CACHE, "min_cacheable_tokens": 1001}),
    expected={
        # RAG's 1,000-token prefix is one short of the minimum: 10,000 x (3,000 x 1 + 100 x 2) / 1e6
        "rag.breakdown.generation": 10000 * (3000 * 1 + 100 * 2) / 1e6,  # = 32.0
        "rag.breakdown.cache": 0.0,
    },
)

# --- 3. long context: cost and latency -----------------------------------------------------------
_LC = dict(corpus_tokens=100000, prompt_tokens=1000, ft_prompt_tokens=150, cached_prompt_share=0.6,
           output_tokens=200, api_input_price=2, api_cached_input_price=0.2, api_output_price=8,
           cache_write_premium=0.25, cache_writes_per_month=30, cache_storage_price=0.01,
           min_cacheable_tokens=1024, context_window_tokens=200000, queries_per_month=5000,
           lc_eng_hours_per_month=3, eng_hourly_rate=100, api_ttft_ms=400, long_context_ttft_ms=2400,
           lc_ttft_ms_per_1k_tokens=14, long_prompt_threshold_tokens=10000000)
# in = 100,000 + 1,000 = 101,000; prefix = 100,000 + 0.6 x 1,000 = 100,600 >= 1,024, all of it cached.
_LC_Q = (101000 - 100600) * 2 + 200 * 8 + 100600 * 0.2  # = 800 + 1,600 + 20,120 = 22,520 micro-dollars
_LC_GEN = 5000 * _LC_Q / 1e6  # = 112.6
_LC_CACHE = 30 * 100600 * 2 * (1 + 0.25) / 1e6 + 0.01 * 100600 / 1e6 * 730  # = 7.545 + 0.73438 = 8.27938
_LC_TTFT = 2400 + 14 * (100600 - LC_REF) / 1000  # = 2,408.4
_LONG_CONTEXT = Case(
    name="long_context_cost_and_latency",
    params=params(**_LC),
    expected={
        "long_context.breakdown.generation": _LC_GEN,
        "long_context.breakdown.cache": _LC_CACHE,
        "long_context.breakdown.engineering": 3 * 100.0,  # lc_eng_hours_per_month x eng_hourly_rate
        "long_context.breakdown.embeddings": 0.0,
        "long_context.breakdown.vector_db": 0.0,
        "long_context.breakdown.orchestration": 0.0,
        "long_context.breakdown.hosting": 0.0,
        "long_context.breakdown.training": 0.0,
        "long_context.breakdown.labelling": 0.0,
        "long_context.tco": _LC_GEN + _LC_CACHE + 300,  # = 420.87938
        "long_context.monthly.1": _LC_GEN + _LC_CACHE + 300,
        "long_context.per_query": round((_LC_GEN + _LC_CACHE + 300) / 5000, 6),  # 0.084175876 -> 0.084176
        "long_context.feasible": True,
        "long_context.infeasible_reason": None,
        "long_context.added_latency_ms": _LC_TTFT,
        # + the uncached 0.4 x 1,000 = 400 prompt tokens at 40,000 tokens/s (10 ms) + 200 x 10 ms; no API TTFT on top
        "long_context.latency_ms": _LC_TTFT + (1 - 0.6) * 1000 / 40000 * 1000 + 200 * 10,  # = 4,418.4
    },
)


def _lc_ttft_case(name: str, corpus: int, per_1k: float, expected_added: float) -> Case:
    p = params(**{**_LC, "corpus_tokens": corpus, "lc_ttft_ms_per_1k_tokens": per_1k, "context_window_tokens": 1000000})
    return Case(name=name, params=p, expected={
        "long_context.added_latency_ms": float(expected_added),
        # + the uncached 400 prompt tokens (10 ms) + 200 output tokens x 10 ms
        "long_context.latency_ms": float(expected_added + 10 + 2000),
    })


_LC_TTFT_CASES = [
    # 500,000 + 600 cached tokens: 2,400 + 14 x 400,600 / 1000
    _lc_ttft_case("long_context_ttft_grows_with_the_prefix", 500000, 14, 2400 + 14 * (500600 - 100000) / 1000),
    # 10,000 + 600 cached tokens: below the reference, 2,400 - 14 x 89,400 / 1000 = 1,148.4
    _lc_ttft_case("long_context_ttft_shrinks_below_the_reference", 10000, 14, 2400 + 14 * (10600 - 100000) / 1000),
    # 1,000 + 600 = 1,600 cached at 30 ms per 1,000: 2,400 - 30 x 98.4 = -552, floored at api_ttft_ms = 400
    _lc_ttft_case("long_context_ttft_never_below_api_ttft", 1000, 30, max(400, 2400 + 30 * (1600 - 100000) / 1000)),
]

_LC_BELOW_MIN = Case(
    name="long_context_prefix_below_minimum_is_not_cached",
    # corpus 300 + 0.6 x 1,000 = 900 < 1,024: nothing cached, no cache line
    params=params(**{**_LC, "corpus_tokens": 300}),
    expected={
        "long_context.breakdown.generation": 5000 * ((300 + 1000) * 2 + 200 * 8) / 1e6,  # = 21.0
        "long_context.breakdown.cache": 0.0,
        # cached = 0: 2,400 + 14 x (0 - 100,000) / 1000 = 1,000 (above api_ttft_ms 400)
        "long_context.added_latency_ms": float(max(400, 2400 + 14 * (0 - 100000) / 1000)),
    },
)

# --- 4. long-prompt price tier --------------------------------------------------------------------
_TIER = dict(corpus_tokens=300000, prompt_tokens=1000, ft_prompt_tokens=150, cached_prompt_share=0, output_tokens=200,
             api_input_price=0.1, api_cached_input_price=0.01, api_output_price=0.5,
             long_prompt_threshold_tokens=272000, long_prompt_input_multiplier=2, long_prompt_output_multiplier=1.5,
             cache_write_premium=0.25, cache_writes_per_month=30, cache_storage_price=0, min_cacheable_tokens=1024,
             context_window_tokens=1050000, queries_per_month=1000, retrieved_chunks=5, chunk_tokens=512)
_LONG_PROMPT_TIER = Case(
    name="long_prompt_tier_prices",
    params=params(**_TIER),
    expected={
        # long context: in = 301,000 > 272,000: input 0.1 x 2 = 0.2, cached 0.01 x 2 = 0.02, output 0.5 x 1.5 = 0.75;
        # cached = the corpus, 300,000 (share 0); uncached = the 1,000-token prompt
        "long_context.breakdown.generation": 1000 * (1000 * 0.2 + 200 * 0.75 + 300000 * 0.02) / 1e6,  # = 6.35
        # a write is billed at the multiplied input price: 30 x 300,000 x 0.2 x 1.25 / 1e6
        "long_context.breakdown.cache": 30 * 300000 * 0.2 * 1.25 / 1e6,  # = 2.25
        # RAG's request, 1,000 + 5 x 512 = 3,560 tokens, is below the threshold: base prices
        "rag.breakdown.generation": 1000 * (3560 * 0.1 + 200 * 0.5) / 1e6,  # = 0.456
    },
)
_TIER_AT_THRESHOLD = Case(
    name="long_prompt_tier_not_applied_at_the_threshold",
    # 271,000 + 1,000 = 272,000 tokens: not above the threshold, so no multiplier
    params=params(**{**_TIER, "corpus_tokens": 271000}),
    expected={
        "long_context.breakdown.generation": 1000 * (1000 * 0.1 + 200 * 0.5 + 271000 * 0.01) / 1e6,  # = 2.91
        "long_context.breakdown.cache": 30 * 271000 * 0.1 * 1.25 / 1e6,  # = 1.01625
    },
)
_TIER_TUNED = Case(
    name="long_prompt_tier_on_the_tuned_model",
    # a 280,000-token fine-tuned prompt is above 272,000: the tuned prices are multiplied too
    params=params(**{**_TIER, "prompt_tokens": 300000, "ft_prompt_tokens": 280000, "ft_input_price": 1,
                     "ft_cached_input_price": 1, "ft_output_price": 3, "retrieved_chunks": 0}),
    expected={
        "finetune.breakdown.generation": 1000 * (280000 * 1 * 2 + 200 * 3 * 1.5) / 1e6,  # = 560.9
        "hybrid.breakdown.generation": 1000 * (280000 * 1 * 2 + 200 * 3 * 1.5) / 1e6,  # no context: the same
    },
)

# --- 5. API time to first token in the total latency ---------------------------------------------
_TTFT = dict(prompt_tokens=500, ft_prompt_tokens=150, output_tokens=250, api_ms_per_output_token=8, api_ttft_ms=500,
             decode_ms_per_token=19.8, retrieved_chunks=5, chunk_tokens=512, query_embedding_ms=150,
             vector_search_ms=15, rerank_ms=0)
_RAG_ADDED = 150 + 15 + 0 + 5 * 512 / 40000 * 1000  # = 229.0
_API_TTFT = Case(
    name="api_ttft_in_total_latency",
    params=params(**_TTFT),
    expected={
        "rag.added_latency_ms": _RAG_ADDED,
        "rag.latency_ms": _RAG_ADDED + 500 / 40000 * 1000 + 250 * 8 + 500,  # = 2,741.5
        "finetune.added_latency_ms": 0.0,
        "finetune.latency_ms": 150 / 40000 * 1000 + 250 * 8 + 500,  # = 2,503.75
        "hybrid.latency_ms": _RAG_ADDED + 150 / 40000 * 1000 + 250 * 8 + 500,  # = 2,732.75
    },
)
_API_TTFT_DEDICATED = Case(
    name="api_ttft_with_the_tuned_model_on_a_dedicated_endpoint",
    # ft_hosting = per_replica: the tuned model answers at the replica's 19.8 ms per token, still over the API
    params=params(**{**_TTFT, "ft_hosting": "per_replica"}),
    expected={
        "rag.latency_ms": _RAG_ADDED + 500 / 40000 * 1000 + 250 * 8 + 500,  # = 2,741.5, unchanged
        "finetune.latency_ms": 150 / 40000 * 1000 + 250 * 19.8 + 500,  # = 5,453.75
        "hybrid.latency_ms": _RAG_ADDED + 150 / 40000 * 1000 + 250 * 19.8 + 500,  # = 5,682.75
    },
)
_NO_TTFT_SELF_HOSTED = Case(
    name="no_api_ttft_when_self_hosted",
    params=params(**{**_TTFT, "serving": "self_hosted", "training": "self_hosted"}),
    expected={
        "rag.latency_ms": _RAG_ADDED + 500 / 40000 * 1000 + 250 * 19.8,  # = 5,191.5
        "finetune.latency_ms": 150 / 40000 * 1000 + 250 * 19.8,  # = 4,953.75
        "long_context.feasible": False,
    },
)

# --- 6. replica rates scaled by model size and GPUs -------------------------------------------------
_SIZE = (8 / 70) ** SIZE_EXPONENT  # (reference 8B / model 70B) ^ exponent; 0.2539 at exponent 0.632
_PREFILL_70 = 40000 * _SIZE * (2 / 1)  # two GPUs a replica, figures measured on one
_DECODE_70 = 3400 * _SIZE * (2 / 1)
_SECONDS_70 = 1000 / _PREFILL_70 + 100 / _DECODE_70
_REPLICA_SIZE = Case(
    name="replica_rates_scale_with_model_size_and_gpus",
    params=params(serving="self_hosted", training="self_hosted", model_params_b=70, serving_reference_params_b=8, serving_gpus_per_replica=2,
                  serving_reference_gpus=1, decode_ms_per_token=19.8, serving_min_replicas=0, gpu_hour_price=2,
                  queries_per_month=1000000, prompt_tokens=1000, ft_prompt_tokens=1000, output_tokens=100,
                  retrieved_chunks=0),
    expected={
        # replica-hours x 2 GPUs x 2 USD: 1e6 x (1,000 / prefill + 100 / decode) / 3600 x 2 x 2
        "finetune.breakdown.generation": 1000000 * _SECONDS_70 / 3600 * 2 * 2,  # = 119.05...
        "rag.breakdown.generation": 1000000 * _SECONDS_70 / 3600 * 2 * 2,  # no context: the same tokens
        # the time per output token scales with the size alone: 19.8 / size
        "finetune.latency_ms": 1000 / _PREFILL_70 * 1000 + 100 * 19.8 / _SIZE,
        "rag.latency_ms": 100 + 20 + 30 + 0 + 1000 / _PREFILL_70 * 1000 + 100 * 19.8 / _SIZE,
    },
)
_REPLICA_GPUS = Case(
    name="replica_rates_at_the_measured_size_and_gpus",
    # two GPUs a replica, figures measured on two, the measured model size: the rates are the figures
    params=params(serving="self_hosted", training="self_hosted", serving_gpus_per_replica=2, serving_reference_gpus=2, serving_min_replicas=0,
                  gpu_hour_price=2, queries_per_month=1000000, prompt_tokens=1000, ft_prompt_tokens=1000,
                  output_tokens=100, retrieved_chunks=0, decode_ms_per_token=19.8),
    expected={
        "finetune.breakdown.generation": 1000000 * (1000 / 40000 + 100 / 3400) / 3600 * 2 * 2,
        "finetune.latency_ms": 1000 / 40000 * 1000 + 100 * 19.8,  # = 2,005.0
    },
)

# --- 7. RAG on a dedicated endpoint when that costs less -------------------------------------------
_DED = dict(prompt_tokens=1000, ft_prompt_tokens=150, retrieved_chunks=0, output_tokens=340, api_input_price=1,
            api_cached_input_price=1, api_output_price=1, rag_dedicated_per_hour=2, ft_input_price=1,
            ft_cached_input_price=1, ft_output_price=1,
            # no retrieval costs, so that RAG's month is its generation line alone
            embedding_price=0, vector_db_min_monthly=0, vector_storage_price=0, vector_read_price=0,
            orchestration_monthly=0, rag_eng_hours_per_month=0)
_DED_Q = (1000 + 340) * 1 / 1e6  # 0.00134 USD a query per token
_DED_S = 1000 / 40000 + 340 / 3400  # 0.125 s of one replica a query
_RAG_DEDICATED = Case(
    name="rag_dedicated_endpoint_when_cheaper",
    # 1M, 2M, 4M queries in months 1-3 (growth 1)
    params=params(**{**_DED, "months": 3, "growth_per_month": 1, "queries_per_month": 1000000}),
    expected={
        # month 1: per token 1,340 < dedicated 2 x 1 x max(730, 1e6 x 0.125 / 3600 = 34.7) = 1,460 -> 1,340
        "rag.monthly.1": min(1000000 * _DED_Q, 2 * 1 * max(730, 1000000 * _DED_S / 3600)),  # = 1,340
        # month 2: per token 2,680 > 1,460; month 3: 5,360 > 1,460 (138.9 replica-hours < 730)
        "rag.monthly.2": float(min(2000000 * _DED_Q, 2 * 1 * max(730, 2000000 * _DED_S / 3600))),  # = 1,460
        "rag.monthly.3": float(min(4000000 * _DED_Q, 2 * 1 * max(730, 4000000 * _DED_S / 3600))),  # = 1,460
        "rag.breakdown.generation": 1340 + 1460 + 1460.0,  # = 4,260
        # the tuned approaches pay per token (no dedicated choice): 7M x (150 + 340) x 1 / 1e6
        "finetune.breakdown.generation": (1000000 + 2000000 + 4000000) * (150 * 1 + 340 * 1) / 1e6,  # = 3,430
    },
)
_RAG_DEDICATED_BUSY = Case(
    name="rag_dedicated_endpoint_above_one_replica",
    # 1e8 queries: 1e8 x 0.125 / 3600 = 3,472.2 replica-hours, each of 2 GPUs at 2 USD a GPU-hour
    params=params(**{**_DED, "queries_per_month": 100000000, "serving_gpus_per_replica": 2, "serving_reference_gpus": 2}),
    expected={
        "rag.breakdown.generation": float(min(100000000 * _DED_Q, 2 * 2 * max(730, 100000000 * _DED_S / 3600))),  # 13,888.89
    },
)

# --- 8. per-replica hosting pays for each GPU of a replica ----------------------------------------
_HOST = dict(ft_hosting="per_replica", ft_hosting_per_hour=3, serving_gpus_per_replica=4, serving_reference_gpus=1,
             prompt_tokens=1000, ft_prompt_tokens=1000, output_tokens=0, retrieved_chunks=2, chunk_tokens=500,
             ft_input_price=0, ft_cached_input_price=0, ft_output_price=0)
_PER_REPLICA_LOW = Case(
    name="per_replica_hosting_floor_times_gpus",
    params=params(**{**_HOST, "queries_per_month": 1000}),
    expected={
        "finetune.breakdown.hosting": 3 * 4 * 730.0,  # = 8,760: one replica of 4 GPUs all month
        "hybrid.breakdown.hosting": 3 * 4 * 730.0,
    },
)
_PER_REPLICA_HIGH = Case(
    name="per_replica_hosting_follows_traffic",
    # replica prefill = 40,000 x 4 / 1 = 160,000 tokens/s; no output tokens
    params=params(**{**_HOST, "queries_per_month": 1000000000}),
    expected={
        # fine-tuning: 1e9 x 1,000 / 160,000 / 3600 = 1,736.1 replica-hours x 3 x 4
        "finetune.breakdown.hosting": 3 * 4 * (1000000000 * (1000 / 160000) / 3600),  # = 20,833.33
        # hybrid: 1,000 + 1,000 context tokens: 3,472.2 replica-hours
        "hybrid.breakdown.hosting": 3 * 4 * (1000000000 * (2000 / 160000) / 3600),  # = 41,666.67
    },
)
_FLAT_HOSTING = Case(
    name="flat_hosting_ignores_gpus",
    params=params(**{**_HOST, "ft_hosting": "flat", "queries_per_month": 1000000000}),
    expected={"finetune.breakdown.hosting": 3 * 730.0, "hybrid.breakdown.hosting": 3 * 730.0},  # = 2,190
)

# --- feasibility and the cheapest approach ---------------------------------------------------------
_FREE_LC = dict(corpus_tokens=1000000, prompt_tokens=500, api_input_price=0, api_cached_input_price=0,
                api_output_price=0, lc_eng_hours_per_month=0)
_LC_INFEASIBLE_CHEAPEST = Case(
    name="infeasible_long_context_is_never_cheapest",
    # long context would cost nothing (free tokens, no engineering) but 1,000,500 tokens exceed a 100,000 window
    params=params(**{**_FREE_LC, "context_window_tokens": 100000}),
    expected={"long_context.tco": 0.0, "long_context.feasible": False},
)
_LC_FEASIBLE_CHEAPEST = Case(
    name="feasible_long_context_at_no_cost_is_cheapest",
    # the same with a window of exactly 1,000,000 + 500 tokens: it fits (<=), and 0 is the lowest tco
    params=params(**{**_FREE_LC, "context_window_tokens": 1000500}),
    expected={"long_context.tco": 0.0, "long_context.feasible": True, "long_context.infeasible_reason": None,
              "cheapest": "long_context"},
)

CASES_2026_12: list[Case] = [
    _FT_PROMPT, _CACHED_SHARE, _WRITES_CAPPED, _MIN_CACHEABLE, _BELOW_MIN, _LONG_CONTEXT, *_LC_TTFT_CASES,
    _LC_BELOW_MIN, _LONG_PROMPT_TIER, _TIER_AT_THRESHOLD, _TIER_TUNED, _API_TTFT, _API_TTFT_DEDICATED,
    _NO_TTFT_SELF_HOSTED, _REPLICA_SIZE, _REPLICA_GPUS, _RAG_DEDICATED, _RAG_DEDICATED_BUSY, _PER_REPLICA_LOW,
    _PER_REPLICA_HIGH, _FLAT_HOSTING, _LC_INFEASIBLE_CHEAPEST, _LC_FEASIBLE_CHEAPEST,
]

# The latency-budget cases: the api_ttft_in_total_latency scenario (RAG 2,741.5 ms, fine-tuning 2,503.75,
# hybrid 2,732.75; long context infeasible there: BASE's 1M-token corpus and a window of 0), and the same
# with a feasible long context (a 100,000-token corpus in a 200,000 window, no share cached):
# 2,400 + 14 x (100,000 - 100,000) / 1000 = 2,400 added, + 500 / 40,000 x 1000 = 12.5 + 250 x 8 = 2,000.
LATENCY_PARAMS = _API_TTFT.params
LATENCY_LC_PARAMS = params(**{**_TTFT, "corpus_tokens": 100000, "context_window_tokens": 200000,
                              "long_context_ttft_ms": 2400, "lc_ttft_ms_per_1k_tokens": 14})
LATENCY_LC_TOTAL = max(500, 2400 + 14 * (100000 - LC_REF) / 1000) + 500 / 40000 * 1000 + 250 * 8  # = 4,412.5
assert math.isclose(LATENCY_LC_TOTAL, 4412.5)
