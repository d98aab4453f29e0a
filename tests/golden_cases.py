"""Golden scenarios for the v1 cost and latency model, each derived by hand from the formulas (methodology page).

Every expected number below was worked out from the formulas as the methodology page states them (not from calc's code);
the derivation of each case lists every intermediate number. Fields not given in ``params``
take the defaults of edition 2026-11.

Expected outputs are keyed by their data-output names (the methodology page lists the outputs): ``rag.tco``,
``rag.breakdown.generation``, ``rag.monthly.1`` (1-based), ``finetune.training.gpus``,
``break_even_queries_per_month``, ``cheapest`` ...  Floats are compared with a relative
tolerance of 1e-9 and an absolute one of 1e-6 (calc rounds to 6 decimal places); ints,
strings, lists and None exactly.

Shared arithmetic of the defaults (used by several cases; "per query" means per query in one month):
- ctx = 5 x 512 = 2560 context tokens.
- rag API generation per query = ((500 + 2560) x 0.40 + 250 x 1.60) / 1e6 = (1224 + 400) / 1e6 = 0.001624.
- fine-tuned API generation per query, no ctx = (500 x 0.80 + 250 x 3.20) / 1e6 = (400 + 800) / 1e6 = 0.0012.
- hybrid API generation per query = (3060 x 0.80 + 250 x 3.20) / 1e6 = (2448 + 800) / 1e6 = 0.003248.
- vectors = ceil(50e6 / 512) = ceil(97656.25) = 97657; index_gb = 97657 x 1536 x 4 / 1e9 = 0.600004608.
- query embedding per query = 500 x 0.02 / 1e6 = 0.00001; corpus embedding: month 1 50e6 x 0.02 / 1e6 = 1.0,
  later months 0.10 x 50e6 x 0.02 / 1e6 = 0.1.
- vector_db per month = max(50, 0.600004608 x 0.33 + Q x 0.600004608 x 16 / 1e6)
  = max(50, 0.19800152064 + Q x 9.600073728e-6); it stays at the 50 minimum while
  Q < 49.80199847936 / 9.600073728e-6 = 5,187,668.6, which holds in every default-corpus case below.
- API training per cycle = 3 runs x (5000 x 1000 x 3 = 15e6 tokens) x 5.00 / 1e6 = 225.
- labelling: month 1 5000 x 0.50 = 2500; later cycles 5000 x 0.2 x 0.50 = 500.
- fine-tuning engineering per cycle = 40 x 100 = 4000; rag engineering per month = 8 x 100 = 800.
- latency: prompt prefill 500 / 40000 x 1000 = 12.5 ms; decode 250 x 19.8 = 4950 ms;
  ctx prefill 2560 / 40000 x 1000 = 64 ms.
- Over 12 months at default settings, rag(Q) = 13,802.1 + 0.019608 Q, where 13,802.1 =
  orchestration 3600 + engineering 9600 + vector_db 600 + corpus embeddings (1.0 + 11 x 0.1 = 2.1),
  and 0.019608 = 12 x (0.001624 + 0.00001).
- Break-even sign convention (methodology page): "positive" means d > 0, otherwise non-positive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["CASES", "GoldenCase"]


@dataclass(frozen=True)
class GoldenCase:
    """A scenario, its expected outputs (data-output name -> value) and the hand derivation."""

    name: str
    params: tuple[tuple[str, str], ...]
    expected: dict[str, object]
    derivation: str = field(repr=False, default="")


_ZERO_LINES = {"hosting": 0.0, "training": 0.0, "labelling": 0.0}
_API_TRAINING_NULLS = {
    "finetune.training.gpus": None,
    "finetune.training.compute_gpu_hours": None,
    "finetune.training.billed_gpu_hours": None,
    "finetune.training.wall_clock_hours": None,
}

# The rag side of every case that keeps the default retrieval and API serving.
_DEFAULT_RAG = {
    "rag.tco": 15762.9,
    "rag.breakdown.generation": 1948.8,
    "rag.breakdown.hosting": 0.0,
    "rag.breakdown.embeddings": 14.1,
    "rag.breakdown.vector_db": 600.0,
    "rag.breakdown.orchestration": 3600.0,
    "rag.breakdown.training": 0.0,
    "rag.breakdown.labelling": 0.0,
    "rag.breakdown.engineering": 9600.0,
    "rag.added_latency_ms": 229.0,
    "rag.latency_ms": 5191.5,
}


CASES: list[GoldenCase] = [
    GoldenCase(
        name="worked_example_defaults",
        params=(),
        expected={
            **_DEFAULT_RAG,
            "rag.per_query": 0.01313575,
            "rag.monthly.1": 1314.4,
            "rag.monthly.2": 1313.5,
            "rag.monthly.12": 1313.5,
            "finetune.tco": 22340.0,
            "finetune.per_query": 0.018617,
            "finetune.breakdown.generation": 1440.0,
            "finetune.breakdown.hosting": 0.0,
            "finetune.breakdown.embeddings": 0.0,
            "finetune.breakdown.vector_db": 0.0,
            "finetune.breakdown.orchestration": 0.0,
            "finetune.breakdown.training": 900.0,
            "finetune.breakdown.labelling": 4000.0,
            "finetune.breakdown.engineering": 16000.0,
            "finetune.monthly.1": 6845.0,
            "finetune.monthly.2": 120.0,
            "finetune.monthly.4": 4845.0,
            "finetune.monthly.12": 120.0,
            "finetune.added_latency_ms": 0.0,
            "finetune.latency_ms": 4962.5,
            "finetune.training.cycles": [1, 4, 7, 10],
            "finetune.training.cost_per_cycle": 225.0,
            **_API_TRAINING_NULLS,
            "hybrid.tco": 38611.7,
            "hybrid.per_query": 0.032176,
            "hybrid.breakdown.generation": 3897.6,
            "hybrid.breakdown.hosting": 0.0,
            "hybrid.breakdown.embeddings": 14.1,
            "hybrid.breakdown.vector_db": 600.0,
            "hybrid.breakdown.orchestration": 3600.0,
            "hybrid.breakdown.training": 900.0,
            "hybrid.breakdown.labelling": 4000.0,
            "hybrid.breakdown.engineering": 25600.0,
            "hybrid.monthly.1": 8201.8,
            "hybrid.monthly.2": 1475.9,
            "hybrid.monthly.4": 6200.9,
            "hybrid.added_latency_ms": 229.0,
            "hybrid.latency_ms": 5191.5,
            "break_even_queries_per_month": 1362885,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "rag",
            "edition": "2026-11",
            "model_version": "1",
        },
        derivation="""
        Model 1's worked example, all defaults. Q_m = 100,000 every month (growth 0), M = 12.
        rag generation/month = 100,000 x 0.001624 = 162.4; x12 = 1,948.8.
        rag embeddings: month 1 (50e6 + 100,000 x 500) x 0.02 / 1e6 = 2.0; months 2-12 (5e6 + 5e7) x 0.02 / 1e6
          = 1.1 each, x11 = 12.1; total 14.1.
        vector_db/month = max(50, 0.198 + 100,000 x 9.6e-6 = 1.158) = 50; x12 = 600.
        orchestration 300 x 12 = 3,600; engineering 800 x 12 = 9,600.
        rag tco = 1,948.8 + 14.1 + 600 + 3,600 + 9,600 = 15,762.9; per query 15,762.9 / 1.2e6 = 0.01313575.
        rag monthly: m1 162.4 + 2.0 + 50 + 300 + 800 = 1,314.4; m2..12 162.4 + 1.1 + 50 + 300 + 800 = 1,313.5.
        Cycle months (r = 4): 1 + 12k // 4 = 1, 4, 7, 10 (13 > 12).
        finetune generation/month = 100,000 x 0.0012 = 120; x12 = 1,440. training 4 x 225 = 900.
        labelling 2,500 + 3 x 500 = 4,000. engineering 4 x 4,000 = 16,000.
        finetune tco = 1,440 + 900 + 4,000 + 16,000 = 22,340; per query 22,340 / 1.2e6 = 0.0186166... -> 0.018617.
        finetune monthly: m1 120 + 225 + 2,500 + 4,000 = 6,845; m4 120 + 225 + 500 + 4,000 = 4,845; others 120.
        hybrid generation/month = 100,000 x 0.003248 = 324.8; x12 = 3,897.6.
        hybrid tco = 3,897.6 + 14.1 + 600 + 3,600 + 900 + 4,000 + (9,600 + 16,000) = 38,611.7;
          per query 38,611.7 / 1.2e6 = 0.03217641... -> 0.032176.
        hybrid monthly: m1 324.8 + 2.0 + 50 + 300 + 800 + 225 + 2,500 + 4,000 = 8,201.8;
          m4 324.8 + 1.1 + 50 + 300 + 800 + 225 + 500 + 4,000 = 6,200.9; m2 324.8 + 1.1 + 50 + 300 + 800 = 1,475.9.
        cheapest: rag (15,762.9 < 22,340 < 38,611.7).
        Break-even: finetune(Q) = 20,900 + 0.0144 Q (0.0144 = 12 x 0.0012); rag(Q) = 13,802.1 + 0.019608 Q.
          d(Q) = 7,097.9 - 0.005208 Q; d(0) > 0. Root 7,097.9 / 0.005208 = 1,362,884.02;
          d(1,362,884) = +0.000128 > 0, d(1,362,885) = -0.00508 <= 0 -> 1,362,885, finetune_cheaper_above.
          (Above 5.19M rag's vector_db grows, so d stays negative up to 1e10.)
        Latency: rag/hybrid added = 150 + 15 + 0 + 64 = 229; latency = 229 + 12.5 + 4,950 = 5,191.5;
          finetune added 0, latency 12.5 + 4,950 = 4,962.5.
        """,
    ),
    GoldenCase(
        name="self_hosted_full_70b_several_instances",
        params=(
            ("training", "self_hosted"),
            ("method", "full"),
            ("model_params_b", "70"),
            ("gpus_per_instance", "8"),
            ("gpu_peak_tflops", "1000"),
            ("mfu", "0.5"),
        ),
        expected={
            **_DEFAULT_RAG,
            "finetune.tco": 23710.4,
            "finetune.per_query": 0.019759,
            "finetune.breakdown.generation": 1440.0,
            "finetune.breakdown.training": 2270.4,
            "finetune.breakdown.labelling": 4000.0,
            "finetune.breakdown.engineering": 16000.0,
            "finetune.monthly.1": 7187.6,
            "finetune.monthly.4": 5187.6,
            "finetune.monthly.5": 120.0,
            "finetune.training.cycles": [1, 4, 7, 10],
            "finetune.training.gpus": 24,
            "finetune.training.compute_gpu_hours": 3.5,
            "finetune.training.billed_gpu_hours": 27.5,
            "finetune.training.wall_clock_hours": 1.145833,
            "finetune.training.cost_per_cycle": 567.6,
            "hybrid.tco": 39982.1,
            "hybrid.breakdown.training": 2270.4,
            "break_even_queries_per_month": 1626018,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "rag",
        },
        derivation="""
        Full fine-tune of a 70B model, self-hosted, rented 8 GPUs at a time; peak 1000 TFLOP/s, MFU 0.5.
        P = 70e9. train_tokens = 5000 x 1000 x 3 = 15e6.
        flops = 6 x 70e9 x 15e6 = 6.3e18.
        memory_gb = 70e9 x 16 / 1e9 x 1.2 = 1,120 x 1.2 = 1,344 GB; usable per GPU 0.9 x 80 = 72 GB;
          1,344 / 72 = 18.67 -> 19 GPUs; ceil(19 / 8) = 3 instances -> gpus = 24.
        compute_gpu_hours = 6.3e18 / (1000e12 x 0.5 = 5e14) / 3600 = 12,600 s / 3600 = 3.5.
        billed_gpu_hours = 3.5 + 24 x 1 = 27.5. wall_clock_hours = 3.5 / 24 + 1 = 1.1458333.
        cost per cycle = 3 runs x 27.5 x 6.88 = 567.6; cycles 1, 4, 7, 10 -> training 4 x 567.6 = 2,270.4.
        finetune tco = 1,440 + 2,270.4 + 4,000 + 16,000 = 23,710.4; per query / 1.2e6 = 0.0197587 -> 0.019759.
        monthly: m1 120 + 567.6 + 2,500 + 4,000 = 7,187.6; m4 120 + 567.6 + 500 + 4,000 = 5,187.6; m5 120.
        rag unchanged (15,762.9). hybrid = 38,611.7 - 900 + 2,270.4 = 39,982.1.
        Break-even: d(Q) = 0.0144 Q + 2,270.4 + 4,000 + 16,000 - (13,802.1 + 0.019608 Q)
          = 8,468.3 - 0.005208 Q; root 8,468.3 / 0.005208 = 1,626,017.67 -> smallest whole Q with d <= 0 is
          1,626,018 (d(1,626,017) = +0.003464, d(1,626,018) = -0.001744); finetune_cheaper_above.
        """,
    ),
    GoldenCase(
        name="self_hosted_serving_above_replica_minimum",
        params=(
            ("serving", "self_hosted"),
            ("training", "self_hosted"),
            ("queries_per_month", "3600000"),
            ("serving_prefill_tps", "4000"),
            ("serving_decode_tps", "250"),
            ("serving_gpus_per_replica", "2"),
            ("gpu_peak_tflops", "1000"),
            ("mfu", "0.4"),
        ),
        expected={
            "rag.tco": 305670.9,
            "rag.per_query": 0.007076,
            "rag.breakdown.generation": 291436.8,
            "rag.breakdown.embeddings": 434.1,
            "rag.breakdown.vector_db": 600.0,
            "rag.breakdown.orchestration": 3600.0,
            "rag.breakdown.engineering": 9600.0,
            "rag.monthly.1": 25473.4,
            "rag.monthly.2": 25472.5,
            "rag.added_latency_ms": 805.0,
            "rag.latency_ms": 5880.0,
            "finetune.tco": 205870.08,
            "finetune.per_query": 0.004766,
            "finetune.breakdown.generation": 185760.0,
            "finetune.breakdown.hosting": 0.0,
            "finetune.breakdown.training": 110.08,
            "finetune.breakdown.labelling": 4000.0,
            "finetune.breakdown.engineering": 16000.0,
            "finetune.monthly.1": 22007.52,
            "finetune.monthly.2": 15480.0,
            "finetune.latency_ms": 5075.0,
            "finetune.training.gpus": 1,
            "finetune.training.compute_gpu_hours": 0.333333,
            "finetune.training.billed_gpu_hours": 1.333333,
            "finetune.training.wall_clock_hours": 1.333333,
            "finetune.training.cost_per_cycle": 27.52,
            "hybrid.tco": 325780.98,
            "hybrid.breakdown.generation": 291436.8,
            "hybrid.monthly.1": 32000.92,
            "break_even_queries_per_month": 1564553,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "finetune",
        },
        derivation="""
        Self-hosted serving and training; 3.6M queries a month; one replica = 2 GPUs; prefill 4000 tok/s,
        decode 250 tok/s; min 1 replica; GPU 6.88/h. Training: LoRA 8B, peak 1000 TFLOP/s, MFU 0.4.
        rag replica_hours_needed = 3.6e6 x (3060 / 4000 + 250 / 250) / 3600 = 1,000 x (0.765 + 1) = 1,765
          > 1 x 730, so billed GPU-hours = 1,765 x 2 = 3,530; cost 3,530 x 6.88 = 24,286.4/month; x12 = 291,436.8.
        finetune replica_hours_needed = 1,000 x (500 / 4000 + 1) = 1,125 > 730; 2,250 GPU-h x 6.88 = 15,480/month;
          x12 = 185,760. hybrid generation = rag's (same in_tokens, self-hosted cost ignores prices) = 291,436.8.
        No ft hosting fee (self-hosted serving).
        embeddings: month 1 (50e6 + 3.6e6 x 500 = 1.8e9) x 0.02 / 1e6 = 37.0; months 2-12 (5e6 + 1.8e9) x 0.02 / 1e6
          = 36.1 each, x11 = 397.1; total 434.1.
        vector_db = max(50, 0.198 + 3.6e6 x 9.6e-6 = 34.76) = 50; x12 = 600.
        rag tco = 291,436.8 + 434.1 + 600 + 3,600 + 9,600 = 305,670.9; per query / 43.2e6 = 0.0070757 -> 0.007076.
        rag monthly m1 24,286.4 + 37.0 + 50 + 300 + 800 = 25,473.4; m2 24,286.4 + 36.1 + 1,150 = 25,472.5.
        Training: memory 8e9 x 2 / 1e9 x 1.2 = 19.2 GB; ceil(19.2 / 72) = 1; gpus = ceil(1 / 1) x 1 = 1.
          flops = 4 x 8e9 x 15e6 = 4.8e17; compute = 4.8e17 / (1000e12 x 0.4 = 4e14) / 3600 = 1,200 s = 1/3 h;
          billed = 1/3 + 1 x 1 = 4/3; wall = 1/3 / 1 + 1 = 4/3; cost per cycle = 3 x 4/3 x 6.88 = 27.52; x4 = 110.08.
        finetune tco = 185,760 + 110.08 + 4,000 + 16,000 = 205,870.08; per query / 43.2e6 = 0.0047655 -> 0.004766.
        finetune monthly m1 15,480 + 27.52 + 2,500 + 4,000 = 22,007.52; m2 15,480.
        hybrid tco = 291,436.8 + 434.1 + 600 + 3,600 + 110.08 + 4,000 + 25,600 = 325,780.98;
          m1 24,286.4 + 37.0 + 50 + 300 + 800 + 27.52 + 2,500 + 4,000 = 32,000.92.
        cheapest: finetune.
        Latency: rag added = 150 + 15 + 0 + 2560 / 4000 x 1000 (640) = 805; latency 805 + 500/4000 x 1000 (125)
          + 4,950 = 5,880; finetune 125 + 4,950 = 5,075.
        Break-even (piecewise: replica minimum binds at low Q): each side's generation is at least
          730 x 2 x 6.88 = 10,044.8/month (120,537.6 over 12). rag's minimum stops binding above
          730 x 3600 / 1.765 = 1,488,951.8 queries, finetune's above 730 x 3600 / 1.125 = 2,336,000.
          d(0) = (120,537.6 + 110.08 + 4,000 + 16,000) - (120,537.6 + 13,802.1) = 6,307.98 > 0.
          For Q below 1,488,951.8: d = 6,307.98 - 0.00012 Q > 6,129 > 0 (only rag's query embeddings grow).
          Between 1,488,951.8 and 2,336,000: rag generation = 12 x Q x 1.765 / 3600 x 2 x 6.88 = 0.080954667 Q,
          d = 140,647.68 - (13,802.1 + 0.00012 Q + 0.080954667 Q) = 126,845.58 - 0.081074667 Q;
          root 1,564,552.59 (inside the interval) -> 1,564,553 (d(1,564,552) = +0.0481, d(1,564,553) = -0.0330);
          finetune_cheaper_above. (vector_db stays 50 there: 0.198 + 1.56e6 x 9.6e-6 = 15.2.)
        """,
    ),
    GoldenCase(
        name="vector_store_above_plan_minimum",
        params=(("corpus_tokens", "5000000000"), ("chunk_tokens", "500")),
        expected={
            "rag.tco": 16764.9504,
            "rag.per_query": 0.013971,
            "rag.breakdown.generation": 1920.0,
            "rag.breakdown.embeddings": 222.0,
            "rag.breakdown.vector_db": 1422.9504,
            "rag.breakdown.orchestration": 3600.0,
            "rag.breakdown.engineering": 9600.0,
            "rag.monthly.1": 1479.5792,
            "rag.monthly.2": 1389.5792,
            "rag.added_latency_ms": 227.5,
            "rag.latency_ms": 5190.0,
            "finetune.tco": 22340.0,
            "hybrid.tco": 39584.9504,
            "hybrid.breakdown.generation": 3840.0,
            "hybrid.breakdown.vector_db": 1422.9504,
            "hybrid.added_latency_ms": 227.5,
            "break_even_queries_per_month": 433507,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "rag",
        },
        derivation="""
        A 5-billion-token corpus in 500-token chunks; everything else default (Q = 100,000, 12 months).
        vectors = ceil(5e9 / 500) = 10,000,000; index_gb = 1e7 x 1536 x 4 / 1e9 = 61.44 GB.
        vector_db/month = max(50, 61.44 x 0.33 + 100,000 x max(0.25, 61.44) x 16 / 1e6)
          = max(50, 20.2752 + 98.304) = 118.5792; x12 = 1,422.9504.
        ctx = 5 x 500 = 2,500; rag generation per query = (3,000 x 0.40 + 250 x 1.60) / 1e6 = 0.0016;
          x 100,000 = 160/month, x12 = 1,920.
        embeddings: month 1 (5e9 + 5e7) x 0.02 / 1e6 = 101.0; months 2-12 (0.1 x 5e9 + 5e7) x 0.02 / 1e6 = 11.0 each,
          x11 = 121; total 222.
        rag tco = 1,920 + 222 + 1,422.9504 + 3,600 + 9,600 = 16,764.9504; per query / 1.2e6 = 0.01397079 -> 0.013971.
        rag monthly m1 160 + 101 + 118.5792 + 300 + 800 = 1,479.5792; m2 160 + 11 + 118.5792 + 1,100 = 1,389.5792.
        finetune unchanged: 22,340. hybrid generation = (3,000 x 0.80 + 800) / 1e6 x 1e5 = 320/month, 3,840;
          hybrid = 3,840 + 222 + 1,422.9504 + 3,600 + 900 + 4,000 + 25,600 = 39,584.9504.
        Latency: ctx prefill 2,500 / 40,000 x 1000 = 62.5; added 150 + 15 + 62.5 = 227.5; latency 227.5 + 12.5 + 4,950 = 5,190.
        Break-even: the plan minimum binds while 20.2752 + 9.8304e-4 Q < 50, i.e. Q < 30,237.6; there
          d = 20,900 + 0.0144 Q - (13,200 + 210 + 600 + 0.01932 Q) = 6,890 - 0.00492 Q > 0
          (corpus embeddings 100 + 11 x 10 = 210; rag per query 12 x (0.0016 + 0.00001) = 0.01932).
          Above it rag(Q) = 13,200 + 210 + 12 x 20.2752 (243.3024) + Q x (0.0192 + 0.00012 + 12 x 9.8304e-4 = 0.01179648)
          = 13,653.3024 + 0.03111648 Q; d = 7,246.6976 - 0.01671648 Q; root 433,506.19 -> 433,507
          (d(433,506) = +0.00322, d(433,507) = -0.01350); finetune_cheaper_above.
        """,
    ),
    GoldenCase(
        name="growth_ten_percent_over_24_months",
        params=(("growth_per_month", "0.1"), ("months", "24")),
        expected={
            "rag.tco": 42063.763192,
            "rag.per_query": 0.004753,
            "rag.breakdown.generation": 14371.965866,
            "rag.breakdown.embeddings": 91.797327,
            "rag.breakdown.vector_db": 1200.0,
            "rag.breakdown.orchestration": 7200.0,
            "rag.breakdown.engineering": 19200.0,
            "rag.monthly.1": 1314.4,
            "rag.monthly.2": 1329.84,
            "rag.monthly.24": 2613.233017,
            "finetune.tco": 50419.679211,
            "finetune.per_query": 0.005697,
            "finetune.breakdown.generation": 10619.679211,
            "finetune.breakdown.training": 1800.0,
            "finetune.breakdown.labelling": 6000.0,
            "finetune.breakdown.engineering": 32000.0,
            "finetune.monthly.1": 6845.0,
            "finetune.monthly.2": 132.0,
            "finetune.monthly.4": 4884.72,
            "finetune.monthly.24": 1074.516292,
            "finetune.training.cycles": [1, 4, 7, 10, 13, 16, 19, 22],
            "hybrid.tco": 96235.729058,
            "hybrid.breakdown.generation": 28743.931731,
            "hybrid.breakdown.engineering": 51200.0,
            "break_even_queries_per_month": 317558,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "rag",
        },
        derivation="""
        10% month-on-month growth over M = 24 months; Q_1 = 100,000; Q_m = Q_(m-1) x 1.1.
        Q_2 = 110,000; Q_4 = 133,100; Q_24 = 100,000 x 1.1^23 = 895,430.2433.
        S = sum of 1.1^(m-1), m = 1..24 = (1.1^24 - 1) / 0.1 = 88.49732676; sum Q = 8,849,732.6758.
        rag generation = 0.001624 x 8,849,732.6758 = 14,371.965866.
        embeddings = corpus 1.0 + 23 x 0.1 = 3.3, plus queries 0.00001 x 8,849,732.6758 = 88.497327; total 91.797327.
        vector_db = 24 x 50 = 1,200 (largest month 0.198 + 895,430 x 9.6e-6 = 8.79 < 50).
        orchestration 24 x 300 = 7,200; engineering 24 x 800 = 19,200.
        rag tco = 14,371.965866 + 91.797327 + 1,200 + 7,200 + 19,200 = 42,063.763192; per query / 8,849,732.68
          = 0.0047531 -> 0.004753.
        rag monthly: m1 1,314.4; m2 110,000 x 0.001624 (178.64) + 0.1 + 1.1 (0.1 + 110,000 x 0.00001) + 50 + 300 + 800
          = 1,329.84; m24 895,430.2433 x 0.001624 (1,454.178715) + 0.1 + 8.954302 + 1,150 = 2,613.233017.
        Cycle months (r = 4, M = 24): 1 + 3k for k = 0..7 = 1, 4, 7, 10, 13, 16, 19, 22 (25 > 24): 8 cycles.
        finetune generation = 0.0012 x 8,849,732.6758 = 10,619.679211; training 8 x 225 = 1,800;
          labelling 2,500 + 7 x 500 = 6,000; engineering 8 x 4,000 = 32,000.
        finetune tco = 50,419.679211; per query 0.0056973 -> 0.005697.
        finetune monthly: m1 6,845; m2 110,000 x 0.0012 = 132; m4 133,100 x 0.0012 (159.72) + 225 + 500 + 4,000
          = 4,884.72; m24 895,430.2433 x 0.0012 = 1,074.516292.
        hybrid generation = 0.003248 x 8,849,732.6758 = 28,743.931731;
          hybrid = 28,743.931731 + 91.797327 + 1,200 + 7,200 + 1,800 + 6,000 + (19,200 + 32,000) = 96,235.729058.
        Break-even: with month-1 volume Q, sum Q_m = S Q.
          finetune(Q) = 39,800 + 0.0012 S Q; rag(Q) = 27,603.3 + 0.001634 S Q (27,603.3 = 3.3 + 1,200 + 7,200 + 19,200).
          d(Q) = 12,196.7 - 0.000434 S Q = 12,196.7 - 0.038407840 Q; root 317,557.56 -> 317,558
          (d(317,557) = +0.0216, d(317,558) = -0.0168); finetune_cheaper_above.
          (At that Q the last month has 2.84M queries; vector_db still 50.)
        """,
    ),
    GoldenCase(
        name="train_once_never_retrain",
        params=(("retrains_per_year", "0"),),
        expected={
            **_DEFAULT_RAG,
            "finetune.tco": 8165.0,
            "finetune.per_query": 0.006804,
            "finetune.breakdown.generation": 1440.0,
            "finetune.breakdown.training": 225.0,
            "finetune.breakdown.labelling": 2500.0,
            "finetune.breakdown.engineering": 4000.0,
            "finetune.monthly.1": 6845.0,
            "finetune.monthly.4": 120.0,
            "finetune.training.cycles": [1],
            "finetune.training.cost_per_cycle": 225.0,
            **_API_TRAINING_NULLS,
            "hybrid.tco": 24436.7,
            "hybrid.breakdown.engineering": 13600.0,
            "hybrid.monthly.1": 8201.8,
            "hybrid.monthly.4": 1475.9,
            "break_even_queries_per_month": None,
            "break_even_direction": None,
            "cheapest": "finetune",
        },
        derivation="""
        retrains_per_year = 0: one training cycle, month 1 only.
        finetune = generation 1,440 + training 225 + labelling 2,500 (5,000 x 0.50) + engineering 4,000 = 8,165;
          per query 8,165 / 1.2e6 = 0.00680417 -> 0.006804. monthly m1 120 + 225 + 2,500 + 4,000 = 6,845; m4 120.
        hybrid = 3,897.6 + 14.1 + 600 + 3,600 + 225 + 2,500 + (9,600 + 4,000) = 24,436.7;
          m1 8,201.8 (as in the defaults); m4 1,475.9 (no cycle).
        rag unchanged 15,762.9. cheapest: finetune (8,165).
        Break-even: d(Q) = 6,725 + 0.0144 Q - (13,802.1 + 0.019608 Q) = -7,077.1 - 0.005208 Q <= 0 for every Q
          up to 5.19M, and above it rag's vector_db only adds to rag, so d(1e10) <= 0 too: d(0) and d(1e10) are both
          <= 0 -> no break-even (null, null).
        """,
    ),
    GoldenCase(
        name="break_even_finetune_cheaper_above",
        params=(("retrains_per_year", "3"), ("ft_input_price", "0.40"), ("ft_output_price", "1.60")),
        expected={
            **_DEFAULT_RAG,
            "finetune.tco": 16895.0,
            "finetune.breakdown.generation": 720.0,
            "finetune.breakdown.training": 675.0,
            "finetune.breakdown.labelling": 3500.0,
            "finetune.breakdown.engineering": 12000.0,
            "finetune.monthly.1": 6785.0,
            "finetune.monthly.5": 4785.0,
            "finetune.monthly.4": 60.0,
            "finetune.training.cycles": [1, 5, 9],
            "hybrid.tco": 31937.9,
            "hybrid.breakdown.generation": 1948.8,
            "break_even_queries_per_month": 191240,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "rag",
        },
        derivation="""
        A fine-tuned model priced like the base model (0.40 / 1.60), retrained 3 times a year.
        Cycle months (r = 3): 1 + 12k // 3 = 1, 5, 9 (13 > 12).
        finetune generation per query = (500 x 0.40 + 250 x 1.60) / 1e6 = 0.0006; x 1e5 = 60/month, x12 = 720.
        training 3 x 225 = 675; labelling 2,500 + 2 x 500 = 3,500; engineering 3 x 4,000 = 12,000.
        finetune tco = 720 + 675 + 3,500 + 12,000 = 16,895. monthly m1 60 + 225 + 2,500 + 4,000 = 6,785;
          m5 60 + 225 + 500 + 4,000 = 4,785; m4 60.
        hybrid generation = rag's (same prices, same ctx) = 1,948.8; hybrid = 1,948.8 + 14.1 + 600 + 3,600 + 675 + 3,500
          + (9,600 + 12,000) = 31,937.9. rag 15,762.9; cheapest rag.
        Break-even: d(Q) = 16,175 + 0.0072 Q - (13,802.1 + 0.019608 Q) = 2,372.9 - 0.012408 Q; d(0) > 0;
          root 2,372.9 / 0.012408 = 191,239.52 -> 191,240 (d(191,239) = +0.006488, d(191,240) = -0.00592);
          finetune_cheaper_above.
        """,
    ),
    GoldenCase(
        name="break_even_rag_cheaper_above",
        params=(("retrains_per_year", "0"), ("ft_input_price", "3.0"), ("ft_output_price", "12.0")),
        expected={
            **_DEFAULT_RAG,
            "finetune.tco": 12125.0,
            "finetune.breakdown.generation": 5400.0,
            "finetune.breakdown.training": 225.0,
            "finetune.breakdown.labelling": 2500.0,
            "finetune.breakdown.engineering": 4000.0,
            "finetune.training.cycles": [1],
            "hybrid.tco": 35155.1,
            "hybrid.breakdown.generation": 14616.0,
            "hybrid.monthly.2": 2369.1,
            "break_even_queries_per_month": 205778,
            "break_even_direction": "rag_cheaper_above",
            "cheapest": "finetune",
        },
        derivation="""
        Train once, and the fine-tuned model is expensive per token (3.00 in, 12.00 out).
        finetune generation per query = (500 x 3 + 250 x 12) / 1e6 = 0.0045; x 1e5 = 450/month, x12 = 5,400.
        finetune tco = 5,400 + 225 + 2,500 + 4,000 = 12,125 < rag 15,762.9 -> cheapest finetune.
        hybrid generation per query = (3,060 x 3 + 250 x 12) / 1e6 = 0.01218; 1,218/month, x12 = 14,616;
          hybrid = 14,616 + 14.1 + 600 + 3,600 + 225 + 2,500 + 13,600 = 35,155.1; m2 1,218 + 1.1 + 50 + 300 + 800 = 2,369.1.
        Break-even: d(Q) = 6,725 + 0.054 Q - (13,802.1 + 0.019608 Q) = -7,077.1 + 0.034392 Q; d(0) <= 0;
          root 7,077.1 / 0.034392 = 205,777.51 -> 205,778 (d(205,777) = -0.017416, d(205,778) = +0.016976);
          d(1e10) > 0 (finetune 5.4e8 against rag about 1.97e8), so rag_cheaper_above.
        """,
    ),
    GoldenCase(
        name="no_break_even_finetune_always_dearer",
        params=(("retrains_per_year", "5"), ("ft_input_price", "3.0"), ("ft_output_price", "12.0")),
        expected={
            **_DEFAULT_RAG,
            "finetune.tco": 31025.0,
            "finetune.breakdown.training": 1125.0,
            "finetune.breakdown.labelling": 4500.0,
            "finetune.breakdown.engineering": 20000.0,
            "finetune.monthly.3": 5175.0,
            "finetune.monthly.7": 450.0,
            "finetune.monthly.8": 5175.0,
            "finetune.training.cycles": [1, 3, 5, 8, 10],
            "hybrid.tco": 54055.1,
            "break_even_queries_per_month": None,
            "break_even_direction": None,
            "cheapest": "rag",
        },
        derivation="""
        Expensive fine-tuned tokens (3.00 / 12.00) and 5 retrains a year.
        Cycle months (r = 5): 1 + 12k // 5: k=0 -> 1, k=1 -> 1 + 2 = 3, k=2 -> 1 + 4 = 5, k=3 -> 1 + 7 = 8,
          k=4 -> 1 + 9 = 10, k=5 -> 13 > 12: months 1, 3, 5, 8, 10.
        finetune: generation 5,400 (0.0045 x 1e5 x 12); training 5 x 225 = 1,125; labelling 2,500 + 4 x 500 = 4,500;
          engineering 5 x 4,000 = 20,000; tco 31,025. m3 450 + 225 + 500 + 4,000 = 5,175; m7 450.
        hybrid = 14,616 + 14.1 + 600 + 3,600 + 1,125 + 4,500 + (9,600 + 20,000) = 54,055.1.
        Break-even: d(Q) = 25,625 + 0.054 Q - (13,802.1 + 0.019608 Q) = 11,822.9 + 0.034392 Q > 0 for Q up to 5.19M;
          beyond, rag's vector_db adds 12 x 9.6e-6 = 1.152e-4 per query, so rag's slope 0.0197 stays below 0.054:
          d(1e10) > 0. Same sign at 0 and 1e10 -> null, null. cheapest rag.
        """,
    ),
    GoldenCase(
        name="qlora_70b_on_24gb_gpus",
        params=(
            ("training", "self_hosted"),
            ("method", "qlora"),
            ("model_params_b", "70"),
            ("gpu_memory_gb", "24"),
            ("train_examples", "1000"),
            ("tokens_per_example", "1200"),
            ("gpu_peak_tflops", "200"),
            ("mfu", "0.5"),
            ("gpu_hour_price", "2"),
        ),
        expected={
            **_DEFAULT_RAG,
            "finetune.tco": 18379.2,
            "finetune.breakdown.training": 139.2,
            "finetune.breakdown.labelling": 800.0,
            "finetune.monthly.1": 4654.8,
            "finetune.monthly.4": 4254.8,
            "finetune.training.gpus": 3,
            "finetune.training.compute_gpu_hours": 2.8,
            "finetune.training.billed_gpu_hours": 5.8,
            "finetune.training.wall_clock_hours": 1.933333,
            "finetune.training.cost_per_cycle": 34.8,
            "hybrid.tco": 34650.9,
            "break_even_queries_per_month": 602362,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "rag",
        },
        derivation="""
        QLoRA of a 70B model on 24 GB GPUs (peak 200 TFLOP/s, MFU 0.5, 2.00 per GPU-hour), 1,000 examples
        of 1,200 tokens. API serving, so gpu_hour_price only affects training.
        train_tokens = 1,000 x 1,200 x 3 = 3.6e6. flops = 4 x 70e9 x 3.6e6 = 1.008e18.
        memory_gb = 70e9 x 0.55 / 1e9 x 1.2 = 38.5 x 1.2 = 46.2; usable 0.9 x 24 = 21.6; 46.2 / 21.6 = 2.14 -> 3;
          gpus_per_instance 1 -> gpus 3.
        compute_gpu_hours = 1.008e18 / (200e12 x 0.5 = 1e14) / 3600 = 10,080 s / 3600 = 2.8.
        billed = 2.8 + 3 x 1 = 5.8; wall = 2.8 / 3 + 1 = 1.9333; cost per cycle = 3 x 5.8 x 2 = 34.8; x4 = 139.2.
        labelling = 1,000 x 0.50 = 500 + 3 x (1,000 x 0.2 x 0.50 = 100) = 800.
        finetune tco = 1,440 + 139.2 + 800 + 16,000 = 18,379.2; m1 120 + 34.8 + 500 + 4,000 = 4,654.8;
          m4 120 + 34.8 + 100 + 4,000 = 4,254.8.
        hybrid = 3,897.6 + 14.1 + 600 + 3,600 + 139.2 + 800 + 25,600 = 34,650.9.
        Break-even: d(Q) = 16,939.2 + 0.0144 Q - (13,802.1 + 0.019608 Q) = 3,137.1 - 0.005208 Q; root 602,361.75
          -> 602,362 (d(602,361) = +0.003912, d(602,362) = -0.001296); finetune_cheaper_above.
        """,
    ),
    GoldenCase(
        name="lora_70b_two_gpu_instances",
        params=(
            ("training", "self_hosted"),
            ("method", "lora"),
            ("model_params_b", "70"),
            ("gpus_per_instance", "2"),
            ("train_examples", "6000"),
            ("gpu_peak_tflops", "1000"),
            ("mfu", "0.5"),
        ),
        expected={
            **_DEFAULT_RAG,
            "finetune.tco": 22801.408,
            "finetune.breakdown.training": 561.408,
            "finetune.breakdown.labelling": 4800.0,
            "finetune.monthly.1": 7260.352,
            "finetune.training.gpus": 4,
            "finetune.training.compute_gpu_hours": 2.8,
            "finetune.training.billed_gpu_hours": 6.8,
            "finetune.training.wall_clock_hours": 1.7,
            "finetune.training.cost_per_cycle": 140.352,
            "hybrid.tco": 39073.108,
            "break_even_queries_per_month": 1451481,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "rag",
        },
        derivation="""
        LoRA of a 70B model on 80 GB GPUs rented 2 at a time; 6,000 examples; peak 1000 TFLOP/s, MFU 0.5.
        train_tokens = 6,000 x 1,000 x 3 = 18e6. flops = 4 x 70e9 x 18e6 = 5.04e18.
        memory_gb = 70e9 x 2 / 1e9 x 1.2 = 168; 168 / 72 = 2.33 -> 3 GPUs; ceil(3 / 2) = 2 instances -> gpus 4.
        compute_gpu_hours = 5.04e18 / 5e14 / 3600 = 10,080 s = 2.8 h. billed = 2.8 + 4 x 1 = 6.8;
          wall = 2.8 / 4 + 1 = 1.7; cost per cycle = 3 x 6.8 x 6.88 = 140.352; x4 = 561.408.
        labelling = 6,000 x 0.50 = 3,000 + 3 x (6,000 x 0.2 x 0.5 = 600) = 4,800.
        finetune tco = 1,440 + 561.408 + 4,800 + 16,000 = 22,801.408; m1 120 + 140.352 + 3,000 + 4,000 = 7,260.352.
        hybrid = 3,897.6 + 14.1 + 600 + 3,600 + 561.408 + 4,800 + 25,600 = 39,073.108.
        Break-even: d(Q) = 21,361.408 + 0.0144 Q - (13,802.1 + 0.019608 Q) = 7,559.308 - 0.005208 Q;
          root 1,451,480.03 -> 1,451,481 (d(1,451,480) = +0.00016, d(1,451,481) = -0.005048); finetune_cheaper_above.
        """,
    ),
    GoldenCase(
        name="api_serving_with_ft_hosting_fee",
        params=(("ft_hosting_per_hour", "1.7"),),
        expected={
            **_DEFAULT_RAG,
            "finetune.tco": 37232.0,
            "finetune.breakdown.hosting": 14892.0,
            "finetune.breakdown.generation": 1440.0,
            "finetune.monthly.1": 8086.0,
            "finetune.monthly.2": 1361.0,
            "hybrid.tco": 53503.7,
            "hybrid.breakdown.hosting": 14892.0,
            "hybrid.monthly.2": 2716.9,
            "break_even_queries_per_month": 4222332,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "rag",
        },
        derivation="""
        API serving of the fine-tuned model with a 1.70/hour deployment fee.
        hosting = 1.7 x 730 = 1,241/month; x12 = 14,892 (finetune and hybrid; rag has none).
        finetune tco = 22,340 + 14,892 = 37,232; m1 6,845 + 1,241 = 8,086; m2 120 + 1,241 = 1,361.
        hybrid = 38,611.7 + 14,892 = 53,503.7; m2 1,475.9 + 1,241 = 2,716.9.
        Break-even: d(Q) = 7,097.9 + 14,892 - 0.005208 Q = 21,989.9 - 0.005208 Q; root 4,222,331.03 -> 4,222,332
          (d(4,222,331) = +0.000152, d(4,222,332) = -0.005056); still below 5.19M, where vector_db would start
          growing; finetune_cheaper_above.
        """,
    ),
    GoldenCase(
        name="latency_with_reranker_and_more_context",
        params=(("rerank_ms", "120"), ("retrieved_chunks", "10"), ("chunk_tokens", "400")),
        expected={
            "rag.added_latency_ms": 385.0,
            "rag.latency_ms": 5347.5,
            "hybrid.added_latency_ms": 385.0,
            "hybrid.latency_ms": 5347.5,
            "finetune.added_latency_ms": 0.0,
            "finetune.latency_ms": 4962.5,
            "rag.tco": 16454.1,
            "rag.breakdown.generation": 2640.0,
            "rag.breakdown.vector_db": 600.0,
            "rag.breakdown.embeddings": 14.1,
            "hybrid.tco": 39994.1,
            "hybrid.breakdown.generation": 5280.0,
            "break_even_queries_per_month": 585636,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "rag",
        },
        derivation="""
        A 120 ms reranker and 10 chunks of 400 tokens (ctx = 4,000).
        added latency (rag, hybrid) = 150 + 15 + 120 + 4,000 / 40,000 x 1000 (100) = 385;
          latency = 385 + 12.5 + 4,950 = 5,347.5; finetune: added 0, latency 4,962.5.
        vectors = ceil(50e6 / 400) = 125,000; index_gb = 125,000 x 1536 x 4 / 1e9 = 0.768;
          vector_db = max(50, 0.768 x 0.33 + 1e5 x 0.768 x 16 / 1e6 = 0.25344 + 1.2288) = 50; x12 = 600.
        rag generation per query = (4,500 x 0.40 + 400) / 1e6 = 0.0022; 220/month; x12 = 2,640.
        rag tco = 2,640 + 14.1 + 600 + 3,600 + 9,600 = 16,454.1.
        hybrid generation per query = (4,500 x 0.80 + 800) / 1e6 = 0.0044; 440/month; 5,280;
          hybrid = 5,280 + 14.1 + 600 + 3,600 + 900 + 4,000 + 25,600 = 39,994.1.
        Break-even: rag(Q) = 13,802.1 + 12 x (0.0022 + 0.00001) Q = 13,802.1 + 0.02652 Q;
          d(Q) = 7,097.9 - 0.01212 Q; root 585,635.31 -> 585,636 (d(585,635) = +0.0038, d(585,636) = -0.00832);
          vector_db still 50 there (0.25344 + 585,636 x 1.2288e-5 = 7.45); finetune_cheaper_above.
        """,
    ),
    GoldenCase(
        name="zero_queries",
        params=(("queries_per_month", "0"),),
        expected={
            "rag.tco": 13802.1,
            "rag.per_query": None,
            "rag.breakdown.generation": 0.0,
            "rag.breakdown.embeddings": 2.1,
            "rag.monthly.1": 1151.0,
            "rag.monthly.2": 1150.1,
            "finetune.tco": 20900.0,
            "finetune.per_query": None,
            "finetune.monthly.2": 0.0,
            "hybrid.tco": 34702.1,
            "hybrid.per_query": None,
            "break_even_queries_per_month": 1362885,
            "break_even_direction": "finetune_cheaper_above",
            "cheapest": "rag",
        },
        derivation="""
        No queries at all: per_query is null for every approach (fsum(Q_m) = 0).
        rag = embeddings (1.0 + 11 x 0.1 = 2.1) + vector_db 600 + orchestration 3,600 + engineering 9,600 = 13,802.1;
          m1 1.0 + 50 + 300 + 800 = 1,151; m2 0.1 + 1,150 = 1,150.1.
        finetune = training 900 + labelling 4,000 + engineering 16,000 = 20,900; m2 0.
        hybrid = 2.1 + 600 + 3,600 + 900 + 4,000 + 25,600 = 34,702.1.
        The break-even search varies month-1 volume over [0, 1e10] regardless of the scenario's own volume,
          so it equals the defaults': 1,362,885, finetune_cheaper_above. cheapest rag.
        """,
    ),
]
