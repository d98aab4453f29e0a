"""The cost and latency model and its outputs (the methodology page renders every formula here).

Pure and deterministic. Every float sum is ``math.fsum`` and growth is repeated multiplication,
so CPython 3.11, CPython 3.12+ and Pyodide agree to the last digit.
"""

from __future__ import annotations

import math
from typing import Any, Mapping

from ._catalogue import FIGURE_BY_ID
from ._editions import EDITIONS
from ._fields import APPROACHES_DECLARED, FIELD_BY_NAME
from ._format import count_words
from ._scenario import Scenario

__all__ = [
    "APPROACHES",
    "BREAKDOWN_LINES",
    "HOURS_PER_MONTH",
    "MODEL_VERSION",
    "MODEL_APPROACHES",
    "MODEL_LINES",
    "approaches_of",
    "break_even",
    "cumulative_costs",
    "cycle_months",
    "estimate",
    "latency",
    "long_context_ttft",
    "monthly_cost_lines",
    "monthly_queries",
    "training_run",
]

MODEL_VERSION = "2"  # the newest; each edition names the version it is computed with
# Model 1's approaches and cost lines; model 2 adds the long-context approach and the cache line.
APPROACHES = tuple(a.key for a in APPROACHES_DECLARED if a.since_model == "1")
BREAKDOWN_LINES = (
    "generation", "hosting", "embeddings", "vector_db", "orchestration", "training", "labelling",
    "engineering",
)
MODEL_APPROACHES: dict[str, tuple[str, ...]] = {
    version: tuple(a.key for a in APPROACHES_DECLARED if a.since_model <= version) for version in ("1", "2")
}
MODEL_LINES: dict[str, tuple[str, ...]] = {"1": BREAKDOWN_LINES, "2": BREAKDOWN_LINES + ("cache",)}


def _rule(figure_id: str) -> float:
    return float(FIGURE_BY_ID[figure_id].value)


# Model constants, read from their figures (the methodology page cites the same records).
HOURS_PER_MONTH = _rule("rule.hours_per_month")
FLOPS_FACTOR = {
    "full": _rule("rule.flops_factor.full"),
    "lora": _rule("rule.flops_factor.lora"),
    "qlora": _rule("rule.flops_factor.lora"),
}
BYTES_PER_PARAM = {m: _rule(f"rule.bytes_per_param.{m}") for m in ("full", "lora", "qlora")}
ACTIVATION_OVERHEAD = _rule("rule.activation_overhead")
MEMORY_HEADROOM = _rule("rule.memory_headroom")
MIN_READ_UNITS = _rule("vdb.pinecone.min_read_units")
# The break-even search covers every volume the queries_per_month field accepts.
BREAK_EVEN_MAX_QUERIES = int(FIELD_BY_NAME["queries_per_month"].high or 0)
BREAK_EVEN_MAX_WORDS = count_words(BREAK_EVEN_MAX_QUERIES)  # "10 billion", for sentences

V = Mapping[str, Any]


def monthly_queries(q1: float, growth: float, months: int) -> list[float]:
    """Q_1..Q_M: Q_m = Q_(m-1) x (1 + growth), by repeated multiplication."""
    out = []
    q = q1
    for _ in range(months):
        out.append(q)
        q = q * (1.0 + growth)
    return out


def cycle_months(months: int, retrains_per_year: int) -> list[int]:
    """Months in which a training cycle runs: 1 + (12 k) // r while <= M; r = 0 is month 1 only."""
    if retrains_per_year == 0:
        return [1]
    out = []
    k = 0
    while True:
        m = 1 + (12 * k) // retrains_per_year
        if m > months:
            return out
        out.append(m)
        k += 1


def training_run(v: V) -> dict[str, Any]:
    """Training figures for one cycle: cost, and for self-hosted training the GPU figures of one run."""
    train_tokens = v["train_examples"] * v["tokens_per_example"] * v["epochs"]
    if v["training"] == "api":
        return {
            "train_tokens": float(train_tokens),
            "cost_per_cycle": v["hp_runs"] * train_tokens * v["api_training_price"] / 1e6,
            "gpus": None, "compute_gpu_hours": None, "billed_gpu_hours": None,
            "wall_clock_hours": None, "memory_gb": None, "flops": None,
        }
    p = v["model_params_b"] * 1e9
    method = v["method"]
    flops = FLOPS_FACTOR[method] * p * train_tokens
    memory_gb = p * BYTES_PER_PARAM[method] / 1e9 * ACTIVATION_OVERHEAD
    needed = max(1, math.ceil(memory_gb / (MEMORY_HEADROOM * v["gpu_memory_gb"])))
    per_instance = v["gpus_per_instance"]
    gpus = math.ceil(needed / per_instance) * per_instance
    compute = flops / (v["gpu_peak_tflops"] * 1e12 * v["mfu"]) / 3600
    if method == "qlora":
        compute = compute * v["qlora_time_factor"]  # 4-bit weights are dequantised on every pass
    billed = compute + gpus * v["run_overhead_hours"]
    wall = compute / gpus + v["run_overhead_hours"]
    return {
        "train_tokens": float(train_tokens),
        "cost_per_cycle": v["hp_runs"] * billed * v["gpu_hour_price"],
        "gpus": gpus, "compute_gpu_hours": compute, "billed_gpu_hours": billed,
        "wall_clock_hours": wall, "memory_gb": memory_gb, "flops": flops,
    }


def _prices(v: V, approach: str, request_tokens: float) -> tuple[float, float, float]:
    """(input, cached input, output) price per 1M tokens an approach pays on the API, with the
    provider's long-prompt multipliers applied when the request is above its threshold."""
    tuned = approach in ("finetune", "hybrid")
    in_price = v["ft_input_price"] if tuned else v["api_input_price"]
    cached_price = v["ft_cached_input_price"] if tuned else v["api_cached_input_price"]
    out_price = v["ft_output_price"] if tuned else v["api_output_price"]
    if request_tokens > v["long_prompt_threshold_tokens"]:
        in_price = in_price * v["long_prompt_input_multiplier"]
        cached_price = cached_price * v["long_prompt_input_multiplier"]
        out_price = out_price * v["long_prompt_output_multiplier"]
    return in_price, cached_price, out_price


def prompt_tokens(v: V, approach: str) -> tuple[float, float]:
    """(input tokens per query, of which cacheable): the approach's static prompt plus what it adds.

    RAG sends ``prompt_tokens`` and the retrieved context; fine-tuning ``ft_prompt_tokens``; the
    hybrid ``ft_prompt_tokens`` and the context; long context the corpus and ``prompt_tokens``.
    Cacheable: the static prompt's ``cached_prompt_share`` (and, for long context, the corpus),
    when that prefix is at least ``min_cacheable_tokens`` long; retrieved context is never cached."""
    ctx = v["retrieved_chunks"] * v["chunk_tokens"] if approach in ("rag", "hybrid") else 0
    if approach == "long_context":
        prefix = v["corpus_tokens"] + v["cached_prompt_share"] * v["prompt_tokens"]
        total = v["corpus_tokens"] + v["prompt_tokens"]
    else:
        static = v["ft_prompt_tokens"] if approach in ("finetune", "hybrid") else v["prompt_tokens"]
        prefix, total = v["cached_prompt_share"] * static, static + ctx
    return total, (prefix if prefix >= v["min_cacheable_tokens"] else 0.0)


SIZE_EXPONENT = _rule("rule.serving.size_exponent")
LC_TTFT_REFERENCE_TOKENS = _rule("rule.long_context.ttft_reference_tokens")


def replica_rates(v: V) -> tuple[float, float, float]:
    """(prefill tokens/s, decode tokens/s, ms per output token) of one replica serving the model.

    The measured figures are for a ``serving_reference_params_b`` model on ``serving_reference_gpus``
    GPUs. Throughput per GPU scales as (reference size / model size) ** SIZE_EXPONENT (the exponent is
    fitted to two measured sizes), and with the GPUs of a replica; the time per output token scales
    with the size alone."""
    size = (v["serving_reference_params_b"] / v["model_params_b"]) ** SIZE_EXPONENT
    gpus = v["serving_gpus_per_replica"] / v["serving_reference_gpus"]
    return (v["serving_prefill_tps"] * size * gpus, v["serving_decode_tps"] * size * gpus,
            v["decode_ms_per_token"] / size)


def _on_endpoint(v: V, approach: str) -> bool:
    """Whether an approach's model runs on replicas of its own: self-hosted, or the fine-tuned model
    on a dedicated endpoint (hosting billed per replica)."""
    tuned = approach in ("finetune", "hybrid")
    return v["serving"] != "api" or (tuned and v["ft_hosting"] == "per_replica")


def serving_rates(v: V, approach: str = "rag") -> tuple[float, float, float]:
    """(prefill tokens/s, decode tokens/s per replica, ms per output token) of an approach's generator.

    On replicas of its own (see ``_on_endpoint``) the time per output token is the replica's; on a
    shared API it is the provider's (``api_ms_per_output_token``), and the prompt is prefilled at the
    replica rate (no provider publishes its own)."""
    prefill, decode, ms_per_token = replica_rates(v)
    if v["serving"] == "api" and not _on_endpoint(v, approach):
        ms_per_token = v["api_ms_per_output_token"]
    return prefill, decode, ms_per_token


def _replica_seconds(v: V, in_tokens: float) -> float:
    """Replica-seconds one query keeps busy, at the replica's throughput."""
    prefill, decode, _ = replica_rates(v)
    return in_tokens / prefill + v["output_tokens"] / decode


def _replica_hours(v: V, in_tokens: float, q: float) -> float:
    """Replica-hours a month's queries keep busy, at the replica's throughput."""
    return q * _replica_seconds(v, in_tokens) / 3600


def _hosting(v: V, in_tokens: float, qs: list[float]) -> list[float]:
    """The fine-tuned model's hosting fee by month: one deployment all month (``flat``), or as many
    replica-hours as the traffic needs, never fewer than one replica all month, each replica paying
    the fee for each of its GPUs (``per_replica``)."""
    fee = v["ft_hosting_per_hour"]
    if v["ft_hosting"] == "flat":
        return [fee * HOURS_PER_MONTH] * len(qs)
    per_replica = fee * v["serving_gpus_per_replica"]
    seconds = _replica_seconds(v, in_tokens)
    return [per_replica * max(HOURS_PER_MONTH, q * seconds / 3600) for q in qs]


def long_context_fit(v: V) -> str | None:
    """Why the long-context approach is not an option for this scenario, or None when it is."""
    if v["serving"] != "api":
        return "long context is priced on a provider's API; serving=self_hosted does not offer it here"
    need = v["corpus_tokens"] + v["prompt_tokens"]
    if need > v["context_window_tokens"]:
        return (f"the corpus and the prompt ({need:,.0f} tokens) do not fit in the context window "
                f"({v['context_window_tokens']:,} tokens)")
    return None


def monthly_cost_lines(v: V, approach: str, qs: list[float], lines_of: tuple[str, ...] = BREAKDOWN_LINES) -> dict[str, list[float]]:
    """The cost of each breakdown line in each month, for one approach (the whole cost model)."""
    months = len(qs)
    zero = [0.0] * months
    lines = {name: list(zero) for name in lines_of}
    retrieval = approach in ("rag", "hybrid")
    tuned = approach in ("finetune", "hybrid")
    in_tokens, cached = prompt_tokens(v, approach)

    # Generation
    if v["serving"] == "api" or approach == "long_context":
        in_price, cached_price, out_price = _prices(v, approach, in_tokens)
        per_query = (in_tokens - cached) * in_price + v["output_tokens"] * out_price + cached * cached_price
        lines["generation"] = [q * per_query / 1e6 for q in qs]
        if approach == "rag" and v["rag_dedicated_per_hour"] > 0:
            # The base model on a dedicated endpoint instead, in a month where that costs less.
            per_replica = v["rag_dedicated_per_hour"] * v["serving_gpus_per_replica"]
            seconds = _replica_seconds(v, in_tokens)
            lines["generation"] = [
                min(g, per_replica * max(HOURS_PER_MONTH, q * seconds / 3600))
                for g, q in zip(lines["generation"], qs)
            ]
        if tuned:
            lines["hosting"] = _hosting(v, in_tokens, qs)
        if "cache" in lines:
            # A write per expiry or change, never more writes than queries; storage all month.
            write = cached * in_price * (1.0 + v["cache_write_premium"]) / 1e6
            storage = v["cache_storage_price"] * cached / 1e6 * HOURS_PER_MONTH
            lines["cache"] = [min(v["cache_writes_per_month"], q) * write + storage for q in qs]
    else:
        prefill, decode, _ = replica_rates(v)
        seconds = in_tokens / prefill + v["output_tokens"] / decode
        floor_hours = v["serving_min_replicas"] * HOURS_PER_MONTH
        gen = []
        for q in qs:
            needed = q * seconds / 3600
            gen.append(max(floor_hours, needed) * v["serving_gpus_per_replica"] * v["gpu_hour_price"])
        lines["generation"] = gen

    eng_rate = v["eng_hourly_rate"]
    eng = list(zero)
    if approach == "long_context":
        eng = [v["lc_eng_hours_per_month"] * eng_rate] * months
    # Retrieval
    if retrieval:
        vectors = math.ceil(v["corpus_tokens"] / v["chunk_tokens"])
        index_gb = vectors * v["embedding_dims"] * 4 / 1e9
        churn_tokens = v["corpus_churn"] * v["corpus_tokens"]
        emb, vdb = [], []
        for m, q in enumerate(qs, start=1):
            corpus = v["corpus_tokens"] if m == 1 else churn_tokens
            emb.append((corpus + q * v["prompt_tokens"]) * v["embedding_price"] / 1e6)
            usage = index_gb * v["vector_storage_price"] + q * max(MIN_READ_UNITS, index_gb) * v["vector_read_price"] / 1e6
            vdb.append(max(v["vector_db_min_monthly"], usage))
        lines["embeddings"] = emb
        lines["vector_db"] = vdb
        lines["orchestration"] = [float(v["orchestration_monthly"])] * months
        eng = [v["rag_eng_hours_per_month"] * eng_rate] * months

    # Training, labelling, fine-tuning engineering
    if tuned:
        run = training_run(v)
        cycles = set(cycle_months(months, v["retrains_per_year"]))
        first_labels = v["train_examples"] * v["label_cost"]
        later_labels = v["train_examples"] * v["new_examples_share"] * v["label_cost"]
        ft_eng = v["ft_eng_hours_per_cycle"] * eng_rate
        train, labels = list(zero), list(zero)
        for m in range(1, months + 1):
            if m in cycles:
                train[m - 1] = run["cost_per_cycle"]
                labels[m - 1] = first_labels if m == 1 else later_labels
                eng[m - 1] = eng[m - 1] + ft_eng
        lines["training"] = train
        lines["labelling"] = labels
    lines["engineering"] = eng
    return lines


def _totals(lines: dict[str, list[float]], months: int) -> list[float]:
    return [math.fsum(lines[name][m] for name in lines) for m in range(months)]


def _tco(v: V, approach: str, q1: float, lines_of: tuple[str, ...] = BREAKDOWN_LINES) -> float:
    qs = monthly_queries(q1, v["growth_per_month"], v["months"])
    return math.fsum(_totals(monthly_cost_lines(v, approach, qs, lines_of), len(qs)))


def crossover(v: V, first: str, second: str, lines_of: tuple[str, ...] = BREAKDOWN_LINES) -> int | None:
    """Smallest whole month-1 volume at which ``first``'s tco minus ``second``'s changes sign from
    its sign at no queries, or None when it keeps its sign up to BREAK_EVEN_MAX_QUERIES.

    Integer bisection over [0, BREAK_EVEN_MAX_QUERIES]; it assumes one change of sign at most.
    ``break_even`` is fine-tuning against RAG; the guide quotes long context against retrieval.
    ``lines_of``: the cost lines of the scenario's model version."""

    def positive(q: int) -> bool:
        return _tco(v, first, float(q), lines_of) - _tco(v, second, float(q), lines_of) > 0

    start = positive(0)
    if positive(BREAK_EVEN_MAX_QUERIES) == start:
        return None
    lo, hi = 0, BREAK_EVEN_MAX_QUERIES  # sign(lo) == start != sign(hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if positive(mid) == start:
            lo = mid
        else:
            hi = mid
    return hi


def break_even(v: V, lines_of: tuple[str, ...] = BREAKDOWN_LINES) -> tuple[int | None, str | None]:
    """Smallest whole month-1 volume at which finetune's tco minus rag's changes sign, or (None, None),
    with the direction: which approach is cheaper above it."""
    q_star = crossover(v, "finetune", "rag", lines_of)
    if q_star is None:
        return None, None
    # finetune - rag > 0 at no queries: fine-tuning dearer at first, cheaper above the volume.
    dearer_first = _tco(v, "finetune", 0.0, lines_of) - _tco(v, "rag", 0.0, lines_of) > 0
    return q_star, ("finetune_cheaper_above" if dearer_first else "rag_cheaper_above")


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def long_context_ttft(v: V) -> float:
    """The provider's time to first token with the corpus as a cached prefix: the figure measured at
    LC_TTFT_REFERENCE_TOKENS cached tokens, moved along ``lc_ttft_ms_per_1k_tokens`` for a larger or
    smaller prefix, never below an ordinary prompt's ``api_ttft_ms``."""
    _, cached = prompt_tokens(v, "long_context")
    moved = v["long_context_ttft_ms"] + v["lc_ttft_ms_per_1k_tokens"] * (cached - LC_TTFT_REFERENCE_TOKENS) / 1000
    return max(float(v["api_ttft_ms"]), moved)


def latency(v: V, approach: str) -> tuple[float, float]:
    """(added_latency_ms, latency_ms) of one query for one approach.

    Added: what retrieval adds (embedding the query, search, reranking, prefilling the context),
    or for long context the provider's time to first token with the long cached prompt. Total:
    added, the time to first token of an API call (long context: already in its added time),
    prefilling the rest of the prompt, and producing the output tokens."""
    prefill, _, ms_per_token = serving_rates(v, approach)
    added = 0.0
    static = v["ft_prompt_tokens"] if approach in ("finetune", "hybrid") else v["prompt_tokens"]
    ttft = v["api_ttft_ms"] if v["serving"] == "api" else 0.0
    if approach in ("rag", "hybrid"):
        ctx = v["retrieved_chunks"] * v["chunk_tokens"]
        added = math.fsum(
            (v["query_embedding_ms"], v["vector_search_ms"], v["rerank_ms"], ctx / prefill * 1000)
        )
    elif approach == "long_context":
        added, ttft = long_context_ttft(v), 0.0
        static = (1.0 - v["cached_prompt_share"]) * v["prompt_tokens"]
    total = math.fsum((added, static / prefill * 1000, v["output_tokens"] * ms_per_token, ttft))
    return added, total


def approaches_of(est: Mapping[str, Any]) -> tuple[str, ...]:
    """The approaches an estimate compares (its model version's)."""
    return MODEL_APPROACHES[est["model_version"]]


def lines_of(est: Mapping[str, Any]) -> tuple[str, ...]:
    """The breakdown lines of an estimate's model version."""
    return MODEL_LINES[est["model_version"]]


def estimate(scenario: Scenario) -> dict[str, Any]:
    """Every output of the model for a validated scenario, JSON-ready.

    The edition decides the model version, hence the approaches compared and the cost lines."""
    v = scenario.values
    version = EDITIONS[scenario.edition].model_version
    approaches, cost_lines = MODEL_APPROACHES[version], MODEL_LINES[version]
    qs = monthly_queries(v["queries_per_month"], v["growth_per_month"], v["months"])
    total_queries = math.fsum(qs)
    out: dict[str, Any] = {
        "edition": scenario.edition,
        "model_version": version,
        "preset": scenario.preset,
        "scenario": dict(v),
        "warnings": list(scenario.warnings),
        "answers": dict(scenario.answers),
    }
    if scenario.ranges:  # fields given as low..high (priced at the range's middle)
        out["ranges"] = {name: list(bounds) for name, bounds in scenario.ranges.items()}
    tcos: dict[str, float] = {}
    feasible: list[str] = []
    for approach in approaches:
        lines = monthly_cost_lines(v, approach, qs, cost_lines)
        monthly = _totals(lines, len(qs))
        tco = math.fsum(monthly)
        tcos[approach] = tco
        added, total = latency(v, approach)
        out[approach] = {
            "tco": _r(tco),
            "per_query": _r(tco / total_queries) if total_queries > 0 else None,
            "monthly": [_r(x) for x in monthly],
            "breakdown": {name: _r(math.fsum(lines[name])) for name in cost_lines},
            "added_latency_ms": _r(added),
            "latency_ms": _r(total),
        }
        reason = long_context_fit(v) if approach == "long_context" else None
        if approach == "long_context":
            out[approach]["feasible"] = reason is None
            out[approach]["infeasible_reason"] = reason
        if reason is None:
            feasible.append(approach)
    run = training_run(v)
    cycles = cycle_months(v["months"], v["retrains_per_year"])
    out["finetune"]["training"] = {
        "cycles": cycles,
        "cycle_count": len(cycles),
        "cost_per_cycle": _r(run["cost_per_cycle"]),
        "gpus": run["gpus"],
        "compute_gpu_hours": _r(run["compute_gpu_hours"]),
        "billed_gpu_hours": _r(run["billed_gpu_hours"]),
        "wall_clock_hours": _r(run["wall_clock_hours"]),
    }
    q_star, direction = break_even(v, cost_lines)
    out["break_even_queries_per_month"] = q_star
    out["break_even_direction"] = direction
    out["cheapest"] = min(feasible, key=lambda a: (tcos[a], approaches.index(a)))
    return out


def cumulative_costs(est: Mapping[str, Any]) -> dict[str, Any]:
    """The chart's data: each approach's cumulative cost by month, and the first month (1-based)
    in which fine-tuning's and RAG's cumulative costs are on the other side of each other from
    month 1, or None. Computed from the estimate's rounded monthly totals."""
    running: dict[str, list[float]] = {}
    for approach in approaches_of(est):
        total = 0.0
        sums = []
        for x in est[approach]["monthly"]:
            total = total + x
            sums.append(total)
        running[approach] = sums

    def side(i: int) -> int:
        d = running["finetune"][i] - running["rag"][i]
        return (d > 0) - (d < 0)

    crossing = next((i + 1 for i in range(1, len(running["rag"])) if side(i) != side(0)), None)
    series = {a: [round(x, 6) for x in sums] for a, sums in running.items()}
    return {"series": series, "crossing_month": crossing}
