"""The cost and latency model of MODEL.md §2 and its outputs (§3).

Pure and deterministic. Every float sum is ``math.fsum`` and growth is repeated multiplication,
so CPython 3.11, CPython 3.12+ and Pyodide agree to the last digit.
"""

from __future__ import annotations

import math
from typing import Any, Mapping

from ._scenario import Scenario

__all__ = [
    "APPROACHES",
    "BREAKDOWN_LINES",
    "HOURS_PER_MONTH",
    "MODEL_VERSION",
    "break_even",
    "cycle_months",
    "estimate",
    "monthly_queries",
    "training_run",
]

MODEL_VERSION = "1"
HOURS_PER_MONTH = 730.0  # billing month; figure rule.hours_per_month
APPROACHES = ("rag", "finetune", "hybrid")
BREAKDOWN_LINES = (
    "generation", "hosting", "embeddings", "vector_db", "orchestration", "training", "labelling",
    "engineering",
)
# Model constants of v1; each is also a figure (rule.*) so the methodology page can cite it.
FLOPS_FACTOR = {"full": 6.0, "lora": 4.0, "qlora": 4.0}
BYTES_PER_PARAM = {"full": 16.0, "lora": 2.0, "qlora": 0.55}
ACTIVATION_OVERHEAD = 1.2
MEMORY_HEADROOM = 0.9
BREAK_EVEN_MAX_QUERIES = 10_000_000_000

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
    billed = compute + gpus * v["run_overhead_hours"]
    wall = compute / gpus + v["run_overhead_hours"]
    return {
        "train_tokens": float(train_tokens),
        "cost_per_cycle": v["hp_runs"] * billed * v["gpu_hour_price"],
        "gpus": gpus, "compute_gpu_hours": compute, "billed_gpu_hours": billed,
        "wall_clock_hours": wall, "memory_gb": memory_gb, "flops": flops,
    }


def _lines(v: V, approach: str, qs: list[float]) -> dict[str, list[float]]:
    """Monthly cost per breakdown line for one approach."""
    months = len(qs)
    zero = [0.0] * months
    lines = {name: list(zero) for name in BREAKDOWN_LINES}
    retrieval = approach in ("rag", "hybrid")
    tuned = approach in ("finetune", "hybrid")
    ctx = v["retrieved_chunks"] * v["chunk_tokens"] if retrieval else 0
    in_tokens = v["prompt_tokens"] + ctx

    # Generation
    if v["serving"] == "api":
        in_price = v["ft_input_price"] if tuned else v["api_input_price"]
        out_price = v["ft_output_price"] if tuned else v["api_output_price"]
        per_query = in_tokens * in_price + v["output_tokens"] * out_price
        lines["generation"] = [q * per_query / 1e6 for q in qs]
        if tuned:
            lines["hosting"] = [v["ft_hosting_per_hour"] * HOURS_PER_MONTH] * months
    else:
        seconds = in_tokens / v["serving_prefill_tps"] + v["output_tokens"] / v["serving_decode_tps"]
        floor_hours = v["serving_min_replicas"] * HOURS_PER_MONTH
        gen = []
        for q in qs:
            needed = q * seconds / 3600
            gen.append(max(floor_hours, needed) * v["serving_gpus_per_replica"] * v["gpu_hour_price"])
        lines["generation"] = gen

    eng_rate = v["eng_hourly_rate"]
    eng = list(zero)
    # Retrieval
    if retrieval:
        vectors = math.ceil(v["corpus_tokens"] / v["chunk_tokens"])
        index_gb = vectors * v["embedding_dims"] * 4 / 1e9
        churn_tokens = v["corpus_churn"] * v["corpus_tokens"]
        emb, vdb = [], []
        for m, q in enumerate(qs, start=1):
            corpus = v["corpus_tokens"] if m == 1 else churn_tokens
            emb.append((corpus + q * v["prompt_tokens"]) * v["embedding_price"] / 1e6)
            usage = index_gb * v["vector_storage_price"] + q * max(0.25, index_gb) * v["vector_read_price"] / 1e6
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
    return [math.fsum(lines[name][m] for name in BREAKDOWN_LINES) for m in range(months)]


def _tco(v: V, approach: str, q1: float) -> float:
    qs = monthly_queries(q1, v["growth_per_month"], v["months"])
    return math.fsum(_totals(_lines(v, approach, qs), len(qs)))


def break_even(v: V) -> tuple[int | None, str | None]:
    """Smallest whole month-1 volume at which finetune-vs-rag changes sign (MODEL.md §2)."""

    def positive(q: int) -> bool:
        return _tco(v, "finetune", float(q)) - _tco(v, "rag", float(q)) > 0

    start = positive(0)
    if positive(BREAK_EVEN_MAX_QUERIES) == start:
        return None, None
    lo, hi = 0, BREAK_EVEN_MAX_QUERIES  # sign(lo) == start != sign(hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if positive(mid) == start:
            lo = mid
        else:
            hi = mid
    return hi, ("finetune_cheaper_above" if start else "rag_cheaper_above")


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def _latency(v: V, approach: str) -> tuple[float, float]:
    prefill = v["serving_prefill_tps"]
    added = 0.0
    if approach in ("rag", "hybrid"):
        ctx = v["retrieved_chunks"] * v["chunk_tokens"]
        added = math.fsum(
            (v["query_embedding_ms"], v["vector_search_ms"], v["rerank_ms"], ctx / prefill * 1000)
        )
    total = math.fsum((added, v["prompt_tokens"] / prefill * 1000, v["output_tokens"] * v["decode_ms_per_token"]))
    return added, total


def estimate(scenario: Scenario) -> dict[str, Any]:
    """Every output of MODEL.md §3 for a validated scenario, JSON-ready."""
    v = scenario.values
    qs = monthly_queries(v["queries_per_month"], v["growth_per_month"], v["months"])
    total_queries = math.fsum(qs)
    out: dict[str, Any] = {
        "edition": scenario.edition,
        "model_version": MODEL_VERSION,
        "preset": scenario.preset,
        "scenario": dict(v),
        "warnings": list(scenario.warnings),
        "answers": dict(scenario.answers),
    }
    tcos: dict[str, float] = {}
    for approach in APPROACHES:
        lines = _lines(v, approach, qs)
        monthly = _totals(lines, len(qs))
        tco = math.fsum(monthly)
        tcos[approach] = tco
        added, latency = _latency(v, approach)
        out[approach] = {
            "tco": _r(tco),
            "per_query": _r(tco / total_queries) if total_queries > 0 else None,
            "monthly": [_r(x) for x in monthly],
            "breakdown": {name: _r(math.fsum(lines[name])) for name in BREAKDOWN_LINES},
            "added_latency_ms": _r(added),
            "latency_ms": _r(latency),
        }
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
    q_star, direction = break_even(v)
    out["break_even_queries_per_month"] = q_star
    out["break_even_direction"] = direction
    out["cheapest"] = min(APPROACHES, key=lambda a: (tcos[a], APPROACHES.index(a)))
    return out
