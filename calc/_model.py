"""The cost and latency model and its outputs (the methodology page renders every formula here).

Pure and deterministic. Every float sum is ``math.fsum`` and growth is repeated multiplication,
so CPython 3.11, CPython 3.12+ and Pyodide agree to the last digit.
"""

from __future__ import annotations

import math
from typing import Any, Mapping

from ._catalogue import FIGURE_BY_ID
from ._fields import APPROACHES_DECLARED, FIELD_BY_NAME
from ._format import count_words
from ._scenario import Scenario

__all__ = [
    "APPROACHES",
    "BREAKDOWN_LINES",
    "HOURS_PER_MONTH",
    "MODEL_VERSION",
    "break_even",
    "cumulative_costs",
    "cycle_months",
    "estimate",
    "latency",
    "monthly_cost_lines",
    "monthly_queries",
    "training_run",
]

MODEL_VERSION = "1"
APPROACHES = tuple(a.key for a in APPROACHES_DECLARED)
BREAKDOWN_LINES = (
    "generation", "hosting", "embeddings", "vector_db", "orchestration", "training", "labelling",
    "engineering",
)


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
    billed = compute + gpus * v["run_overhead_hours"]
    wall = compute / gpus + v["run_overhead_hours"]
    return {
        "train_tokens": float(train_tokens),
        "cost_per_cycle": v["hp_runs"] * billed * v["gpu_hour_price"],
        "gpus": gpus, "compute_gpu_hours": compute, "billed_gpu_hours": billed,
        "wall_clock_hours": wall, "memory_gb": memory_gb, "flops": flops,
    }


def monthly_cost_lines(v: V, approach: str, qs: list[float]) -> dict[str, list[float]]:
    """The cost of each breakdown line in each month, for one approach (the whole cost model)."""
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
    return [math.fsum(lines[name][m] for name in BREAKDOWN_LINES) for m in range(months)]


def _tco(v: V, approach: str, q1: float) -> float:
    qs = monthly_queries(q1, v["growth_per_month"], v["months"])
    return math.fsum(_totals(monthly_cost_lines(v, approach, qs), len(qs)))


def break_even(v: V) -> tuple[int | None, str | None]:
    """Smallest whole month-1 volume at which finetune's tco minus rag's changes sign, or (None, None).

    Integer bisection over [0, BREAK_EVEN_MAX_QUERIES]; it assumes one change of sign at most."""

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


def latency(v: V, approach: str) -> tuple[float, float]:
    """(added_latency_ms, latency_ms) of one query for one approach."""
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
    """Every output of the model for a validated scenario, JSON-ready."""
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
        lines = monthly_cost_lines(v, approach, qs)
        monthly = _totals(lines, len(qs))
        tco = math.fsum(monthly)
        tcos[approach] = tco
        added, total = latency(v, approach)
        out[approach] = {
            "tco": _r(tco),
            "per_query": _r(tco / total_queries) if total_queries > 0 else None,
            "monthly": [_r(x) for x in monthly],
            "breakdown": {name: _r(math.fsum(lines[name])) for name in BREAKDOWN_LINES},
            "added_latency_ms": _r(added),
            "latency_ms": _r(total),
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


def cumulative_costs(est: Mapping[str, Any]) -> dict[str, Any]:
    """The chart's data: each approach's cumulative cost by month, and the first month (1-based)
    in which fine-tuning's and RAG's cumulative costs are on the other side of each other from
    month 1, or None. Computed from the estimate's rounded monthly totals."""
    running: dict[str, list[float]] = {}
    for approach in APPROACHES:
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
