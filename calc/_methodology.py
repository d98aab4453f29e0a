"""The methodology: every formula of the model in readable form, tied to the code that computes it.

Each entry names the function in ``calc._model`` that implements it; the methodology page shows
the readable formula, the constants it uses (with their figures), and that function's source,
read from the installed package at build time, so the page cannot drift from the code.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._format import number
from ._model import (
    ACTIVATION_OVERHEAD,
    BREAK_EVEN_MAX_QUERIES,
    BREAK_EVEN_MAX_WORDS,
    BYTES_PER_PARAM,
    FLOPS_FACTOR,
    HOURS_PER_MONTH,
    MEMORY_HEADROOM,
    LC_TTFT_REFERENCE_TOKENS,
    MIN_READ_UNITS,
    SIZE_EXPONENT,
)

__all__ = ["FORMULAS", "Formula"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Formula:
    """One step of the model: what it computes, how, in which unit, and what it assumes."""

    id: str
    title: str
    lines: tuple[str, ...]
    unit: str
    function: str
    assumptions: tuple[str, ...] = ()
    figures: tuple[str, ...] = ()


# The model's constants as the formulas print them (read from the model, which reads its figures).
_H = number(HOURS_PER_MONTH)
_MIN_RU = number(MIN_READ_UNITS)
_F, _L = number(FLOPS_FACTOR["full"]), number(FLOPS_FACTOR["lora"])
_B = {m: number(b) for m, b in BYTES_PER_PARAM.items()}
_MAX_Q = f"10^{len(str(BREAK_EVEN_MAX_QUERIES)) - 1}" if str(BREAK_EVEN_MAX_QUERIES).strip("0") == "1" else number(BREAK_EVEN_MAX_QUERIES)

FORMULAS: tuple[Formula, ...] = (
    Formula(
        id="queries",
        title="Queries per month",
        lines=(
            "Q_1 = queries_per_month",
            "Q_m = Q_(m-1) × (1 + growth_per_month), for m = 2 … months",
        ),
        unit="queries",
        function="monthly_queries",
        assumptions=("Growth compounds monthly; it is applied by repeated multiplication, not a power, "
                     "so every Python computes the same digits.",),
    ),
    Formula(
        id="prompt-tokens",
        title="What each approach sends",
        lines=(
            "ctx = retrieved_chunks × chunk_tokens (context tokens per query; RAG and hybrid)",
            "in_tokens: RAG = prompt_tokens + ctx;  fine-tuning = ft_prompt_tokens;  hybrid = ft_prompt_tokens + ctx;  "
            "long context = corpus_tokens + prompt_tokens",
            "prefix: RAG = cached_prompt_share × prompt_tokens;  fine-tuning and hybrid = cached_prompt_share × "
            "ft_prompt_tokens;  long context = corpus_tokens + cached_prompt_share × prompt_tokens",
            "cached_tokens = prefix when prefix ≥ min_cacheable_tokens, else 0",
        ),
        unit="tokens per query",
        function="prompt_tokens",
        assumptions=("The fine-tuned model is sent only what it was not trained to do without: ft_prompt_tokens "
                     "leaves out the instructions and examples the training replaced.",
                     "Retrieved context changes with every query, so it is never cached.",
                     "A provider caches only a prefix of at least its minimum length; a shorter one is billed "
                     "at the full input price.",
                     "In edition 2026-11 (model 1) ft_prompt_tokens equals prompt_tokens and nothing is cached."),
    ),
    Formula(
        id="generation-api",
        title="Generation on an API",
        lines=(
            "prices: RAG and long context pay the base model's (api_*), fine-tuning and hybrid the fine-tuned model's (ft_*)",
            "a request with in_tokens > long_prompt_threshold_tokens pays input and cached prices × long_prompt_input_multiplier "
            "and the output price × long_prompt_output_multiplier",
            "generation_m = Q_m × ((in_tokens − cached_tokens) × input_price + output_tokens × output_price + "
            "cached_tokens × cached_input_price) / 10^6",
            f"cache_m = min(cache_writes_per_month, Q_m) × cached_tokens × input_price × (1 + cache_write_premium) / 10^6 + "
            f"cache_storage_price × cached_tokens / 10^6 × {_H}",
            "RAG with rag_dedicated_per_hour > 0: generation_m = min(generation_m, rag_dedicated_per_hour × "
            f"serving_gpus_per_replica × max({_H}, replica_hours_m)), the base model on a dedicated endpoint "
            "in a month where that costs less",
        ),
        unit="USD per month",
        function="monthly_cost_lines",
        figures=("rule.hours_per_month",),
        assumptions=("A billing month is [[fig:rule.hours_per_month]].",
                     "Each cache write is counted on top of the reads; the one read it replaces is not "
                     "subtracted, a small overstatement.",
                     "A cache is never written more often than it is read: at most one write per query.",
                     "The dedicated endpoint's replica-hours count every input token (no prefix cache on "
                     "the endpoint), which overstates them a little.",
                     "Batch pricing (half price for work that can wait a day) is not modelled: the "
                     "estimator prices interactive queries."),
    ),
    Formula(
        id="hosting",
        title="Hosting the fine-tuned model",
        lines=(
            f"ft_hosting = flat:  hosting_m = ft_hosting_per_hour × {_H}",
            f"ft_hosting = per_replica:  hosting_m = ft_hosting_per_hour × serving_gpus_per_replica × max({_H}, replica_hours_m)",
            "replica_hours_m = Q_m × (in_tokens / prefill_tps + output_tokens / decode_tps) / 3600  (a replica's rates, below)",
        ),
        unit="USD per month (fine-tuning and hybrid, API serving)",
        function="monthly_cost_lines",
        figures=("rule.hours_per_month",),
        assumptions=("A dedicated endpoint is billed by the hour whatever it serves; its traffic is spread evenly.",
                     "In edition 2026-11 (model 1) hosting is flat."),
    ),
    Formula(
        id="generation-self-hosted",
        title="Generation on your own GPUs",
        lines=(
            f"size = (serving_reference_params_b / model_params_b) ^ {number(SIZE_EXPONENT)};  gpus = serving_gpus_per_replica / serving_reference_gpus",
            "prefill_tps = serving_prefill_tps × size × gpus;  decode_tps = serving_decode_tps × size × gpus;  "
            "ms per output token = decode_ms_per_token / size",
            "replica_hours_needed_m = Q_m × (in_tokens / prefill_tps + output_tokens / decode_tps) / 3600",
            f"billed_gpu_hours_m = max(serving_min_replicas × {_H}, replica_hours_needed_m) × serving_gpus_per_replica",
            "generation_m = billed_gpu_hours_m × gpu_hour_price",
        ),
        unit="USD per month",
        function="replica_rates",
        figures=("rule.hours_per_month", "rule.serving.size_exponent"),
        assumptions=("Traffic is spread evenly: peaks above the average need headroom the model does not add.",
                     "The fine-tuned model (an adapter or merged weights) serves at the base model's throughput.",
                     "The measured rates fall with the model's size more slowly than its parameters grow: the "
                     "exponent [[fig:rule.serving.size_exponent]] is fitted to an 8B model on one H100 and a 70B "
                     "model on two, because batched decoding is limited by memory as much as by compute.",
                     "A replica of more GPUs serves proportionally more tokens a second; its time per output "
                     "token follows the model's size only, which is pessimistic for tensor-parallel replicas.",
                     "In edition 2026-11 (model 1) the reference size and GPUs are the scenario's own, so "
                     "the rates are the measured ones.",
                     "Prefix caching on your own servers is not modelled: cached_prompt_share applies to an "
                     "API's bill."),
    ),
    Formula(
        id="retrieval",
        title="Retrieval (RAG and hybrid)",
        lines=(
            "vectors = ceil(corpus_tokens / chunk_tokens);  index_gb = vectors × embedding_dims × 4 / 10^9",
            "embeddings_m = (corpus tokens embedded in month m + Q_m × prompt_tokens) × embedding_price / 10^6",
            "corpus tokens embedded: all of corpus_tokens in month 1, corpus_churn × corpus_tokens later",
            f"vector_db_m = max(vector_db_min_monthly, index_gb × vector_storage_price + Q_m × max({_MIN_RU}, index_gb) × vector_read_price / 10^6)",
            "orchestration_m = orchestration_monthly;  engineering_m = rag_eng_hours_per_month × eng_hourly_rate",
        ),
        unit="USD per month",
        function="monthly_cost_lines",
        assumptions=("Vectors are float32 (4 bytes per dimension), with no index overhead.",
                     f"Each query reads max({_MIN_RU}, index GB) read units, as Pinecone bills them."),
    ),
    Formula(
        id="cycles",
        title="Training cycles",
        lines=(
            "cycle months: 1 + (12 × k) // retrains_per_year for k = 0, 1, 2, … while ≤ months",
            "retrains_per_year = 0: month 1 only",
        ),
        unit="months",
        function="cycle_months",
    ),
    Formula(
        id="training",
        title="Training cost per cycle",
        lines=(
            "train_tokens = train_examples × tokens_per_example × epochs (per run)",
            "API: cost per cycle = hp_runs × train_tokens × api_training_price / 10^6",
            f"Self-hosted: flops = c × P × train_tokens, c = {_F} (full) or {_L} (LoRA, QLoRA), P = model_params_b × 10^9",
            f"memory_gb = P × bytes_per_param / 10^9 × {number(ACTIVATION_OVERHEAD)}, bytes_per_param = {_B['full']} (full), {_B['lora']} (LoRA), {_B['qlora']} (QLoRA)",
            f"gpus = whole instances covering max(1, ceil(memory_gb / ({number(MEMORY_HEADROOM)} × gpu_memory_gb))) GPUs",
            "compute_gpu_hours = flops / (gpu_peak_tflops × 10^12 × mfu) / 3600, × qlora_time_factor for QLoRA",
            "billed_gpu_hours = compute_gpu_hours + gpus × run_overhead_hours",
            "wall_clock_hours = compute_gpu_hours / gpus + run_overhead_hours",
            "cost per cycle = hp_runs × billed_gpu_hours × gpu_hour_price",
        ),
        unit="USD per cycle; GPU-hours and hours per run",
        function="training_run",
        figures=("rule.flops_factor.full", "rule.flops_factor.lora", "rule.bytes_per_param.full",
                 "rule.bytes_per_param.lora", "rule.bytes_per_param.qlora", "rule.activation_overhead",
                 "rule.memory_headroom"),
        assumptions=("Every rented GPU trains, and the work divides evenly across them.",
                     "Activations and workspace add a flat fifth to weight and optimiser memory "
                     "([[fig:rule.activation_overhead]])."),
    ),
    Formula(
        id="labelling-engineering",
        title="Labelling and fine-tuning engineering",
        lines=(
            "labelling: train_examples × label_cost in month 1; train_examples × new_examples_share × label_cost in each later cycle month",
            "engineering: ft_eng_hours_per_cycle × eng_hourly_rate in each cycle month",
        ),
        unit="USD per cycle month",
        function="monthly_cost_lines",
    ),
    Formula(
        id="totals",
        title="Totals, cost per query and cheapest approach",
        lines=(
            "rag = generation (base prices, with ctx) + retrieval",
            "finetune = generation (fine-tuned prices, no ctx) + hosting + training + labelling + fine-tuning engineering",
            "hybrid = generation (fine-tuned prices, with ctx) + hosting + retrieval + training + labelling + both engineering lines",
            "long context = generation (base prices, the corpus cached) + cache + lc_eng_hours_per_month × eng_hourly_rate",
            "tco = fsum of the monthly totals;  per_query = tco / fsum(Q_m) (none without queries)",
            "long context is feasible only on an API and when corpus_tokens + prompt_tokens ≤ context_window_tokens",
            "cheapest = lowest tco among the feasible approaches; ties go to RAG, then fine-tuning, hybrid, long context",
        ),
        unit="USD over the horizon",
        function="estimate",
        assumptions=("With the same prompts the hybrid costs at least as much as fine-tuning alone; "
                     "it is chosen for quality, not price.",
                     "Edition 2026-11 (model 1) compares RAG, fine-tuning and hybrid; long context arrives "
                     "with model 2 (edition 2026-12).",
                     "Long context has no retrieval index, training or labelling; it keeps the corpus in "
                     "the provider's cache, which is written again when it expires or the corpus changes."),
    ),
    Formula(
        id="break-even",
        title="Break-even volume",
        lines=(
            "d(Q) = tco(fine-tuning) − tco(RAG) with month-1 volume Q, everything else unchanged",
            f"no break-even when d(0) and d({_MAX_Q}) are on the same side of zero",
            "otherwise the smallest whole Q where the side differs from d(0)'s, by integer bisection",
            "direction: fine-tuning cheaper above when d(0) > 0; RAG cheaper above otherwise",
        ),
        unit="queries per month (month 1)",
        function="break_even",
        assumptions=(
            f"The search assumes d changes sign at most once between 0 and {BREAK_EVEN_MAX_WORDS} queries. That holds for "
            "most scenarios, but not all: when the vector store's plan minimum is high and its reads are "
            "dear, RAG's cost can stay flat and then grow faster than fine-tuning's, so d can cross zero "
            "twice. The search then reports no break-even although one approach is cheaper over a middle band "
            "of volumes. Compare the totals at your own volume rather than relying on the break-even alone.",
        ),
    ),
    Formula(
        id="latency",
        title="Latency per query",
        lines=(
            "added_latency_ms (RAG, hybrid) = query_embedding_ms + vector_search_ms + rerank_ms + ctx / prefill_tps × 1000",
            "added_latency_ms (fine-tuning) = 0;  (long context) = max(api_ttft_ms, long_context_ttft_ms + "
            f"lc_ttft_ms_per_1k_tokens × (cached_tokens − {number(LC_TTFT_REFERENCE_TOKENS)}) / 1000)",
            "latency_ms = added_latency_ms + static prompt / prefill_tps × 1000 + output_tokens × ms per output token "
            "+ api_ttft_ms (API serving; long context's wait is already in its added latency)",
            "ms per output token: api_ms_per_output_token on a shared API; a replica's (decode_ms_per_token / size) "
            "self-hosted and for the fine-tuned model on a dedicated endpoint (ft_hosting = per_replica)",
            "static prompt: prompt_tokens (RAG), ft_prompt_tokens (fine-tuning, hybrid), (1 − cached_prompt_share) × "
            "prompt_tokens (long context)",
        ),
        unit="milliseconds",
        function="latency",
        figures=("rule.long_context.ttft_reference_tokens", "latency.long_context.ttft_per_1k_tokens"),
        assumptions=("Queueing under load is not modelled.",
                     "A replica's time per output token is measured under load; a lightly used dedicated "
                     "endpoint answers faster.",
                     "The long prompt's time to first token is a straight line through two measured cached "
                     "prompts ([[fig:latency.long_context.cached_10k_ttft]] and "
                     "[[fig:latency.long_context.cached_100k_ttft]]); beyond them it is an extrapolation.",
                     "The decision rules compare latency_budget_ms with each approach's total latency.",
                     "In edition 2026-11 (model 1) api_ttft_ms is 0: API latency was prefill and decoding only."),
    ),
)
