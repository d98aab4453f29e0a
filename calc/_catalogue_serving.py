"""The catalogue's serving figures: retrieval and model latency, and self-hosted serving throughput.

Each source is declared once, as a ``Source``; the figures name it.
"""

from __future__ import annotations

from ._catalogue_providers import PGVECTOR
from ._figures import GATHERED, UNDATED, Source, assumed, derived, sourced

__all__ = ["LATENCY", "THROUGHPUT"]

# --- sources --------------------------------------------------------------------------------------
QDRANT_BENCH = Source(ref="github:qdrant/landing_page static/benchmarks/results-1-100-thread-2024-06-15.json",
                      title="Qdrant vector database benchmarks, 1 and 100 clients", as_of="2024-06-15")
ORACLE_EMBED = Source(ref="https://docs.oracle.com/en-us/iaas/Content/generative-ai/benchmarks-cohere.htm",
                      title="Oracle Cloud docs: Cohere benchmarks (OCI Generative AI)", as_of=GATHERED, note=UNDATED)
ORACLE_RERANK = Source(
    ref="https://docs.oracle.com/en-us/iaas/Content/generative-ai/benchmark-cohere-rerank-3-5.htm",
    title="Oracle Cloud docs: Cohere Rerank 3.5 benchmark", as_of=GATHERED, note=UNDATED,
)
_SB_PERF_TITLE = "silybench data: vLLM runs on 1x H100 80GB"
_SB_RUN_DATE = "2026-09-24"  # the vLLM runs (run ids 20260924T...)
SB_PERF = Source(ref="github:tgarg01/silybench-data derived/csv/perf_points.csv", title=_SB_PERF_TITLE,
                 as_of=_SB_RUN_DATE)
SB_CAP = Source(ref="github:tgarg01/silybench-data derived/csv/capacity.csv", title=_SB_PERF_TITLE,
                as_of=_SB_RUN_DATE)
LB = Source(ref="github:LambdaLabsML/vllm-benchmark benchmark_v0.md", title="Lambda vLLM benchmark v0 (vLLM 0.5.4)",
            as_of="2024-09",
            note="vLLM 0.5.4, Llama 3.1 FP8, 320 prompts; the date is approximate (about 2024-09).")

# --- Retrieval and LLM latency --------------------------------------------------------------------
_QB_NOTE = "Single client, precision 0.985-0.995; the range spans engine settings."
LATENCY = (
    sourced("latency.hnsw.1m_1536.mean", "HNSW search, 1M x 1536-d vectors, 1 client: mean", 15, "ms", "latency",
            QDRANT_BENCH, "medium", low=9, high=17,
            note="Elasticsearch rows of Qdrant's benchmark (the range shown with this figure); the value is "
                 "the model's default, towards the slow end. " + _QB_NOTE,
            range_basis="The Elasticsearch rows of the benchmark: the spread over engine settings with one client."),
    sourced("latency.hnsw.1m_1536.p95", "HNSW search, 1M x 1536-d vectors, 1 client: p95", 17.25, "ms", "latency",
            QDRANT_BENCH, "medium", low=10.5, high=24,
            note="Elasticsearch rows (the range shown with this figure); value is the midpoint. " + _QB_NOTE),
    sourced("latency.hnsw.1m_1536.p99", "HNSW search, 1M x 1536-d vectors, 1 client: p99", 19, "ms", "latency",
            QDRANT_BENCH, "medium", low=12, high=26,
            note="Elasticsearch rows (the range shown with this figure); value is the midpoint. " + _QB_NOTE),
    sourced("latency.hnsw.qdrant_1m_960.mean", "HNSW search in Qdrant, 1M x 960-d vectors, 1 client: mean", 10.8, "ms",
            "latency", QDRANT_BENCH, "medium", low=5.6, high=16,
            note="Value is the midpoint of the range shown with this figure."),
    sourced("latency.hnsw.qdrant_1m_960.p95", "HNSW search in Qdrant, 1M x 960-d vectors, 1 client: p95", 14.5, "ms",
            "latency", QDRANT_BENCH, "medium", low=7, high=22,
            note="Value is the midpoint of the range shown with this figure."),
    sourced("latency.hnsw.qdrant_1m_960.mean_100_clients",
            "HNSW search in Qdrant, 1M x 960-d vectors, 100 clients: mean", 265, "ms", "latency",
            QDRANT_BENCH, "medium", low=160, high=370,
            note="Value is the midpoint of the range shown with this figure. Queueing under load, not search "
                 "time alone."),
    sourced("latency.pgvector.hnsw_250k_1536.p50", "pgvector HNSW, 250k x 1536-d, recall 0.93, 4 clients: p50", 3.7,
            "ms", "latency", PGVECTOR, "low", note="Vendor benchmark. " + PGVECTOR.note),
    sourced("latency.pgvector.hnsw_250k_1536.p95", "pgvector HNSW, 250k x 1536-d, recall 0.93, 4 clients: p95", 5.9,
            "ms", "latency", PGVECTOR, "low", note="Vendor benchmark. " + PGVECTOR.note),
    assumed("latency.query_embedding.api", "Query embedding through a hosted API, round trip", 150, "ms", "latency",
            "anecdotal reports put an embedding API round trip within this figure's range; no measured, "
            "citable source was found, so the low end is used (dedicated endpoints measure faster, see "
            "latency.query_embedding.cohere_embed_v4.dedicated)",
            low=150, high=250,
            range_basis="Assumption: anecdotal reports of an embedding API's round trip; no measured, citable source "
                        "was found."),
    sourced("latency.query_embedding.cohere_embed_v4.dedicated", "Cohere embed-v4 on a dedicated cluster, per request",
            90, "ms", "latency", ORACLE_EMBED, "medium", note="Given in seconds per request. " + ORACLE_EMBED.note),
    sourced("latency.rerank.cohere_3_5.dedicated", "Cohere Rerank 3.5 on a dedicated cluster, 1-96 docs of 64 tokens",
            140, "ms", "latency", ORACLE_RERANK,
            "medium", low=110, high=170,
            note="Given in seconds as a range (shown with this figure); value is the midpoint. " + ORACLE_RERANK.note,
            range_basis="The source's own range, from 1 to 96 documents."),
    sourced("latency.ttft_p95.8b_fp8_h100.prompt_128", "Time to first token, p95, Qwen3-8B FP8 on 1x H100, 128-token prompt",
            14, "ms", "latency", SB_PERF, "medium",
            note="vLLM, concurrency 1; rounded from a measured 14.45."),
    sourced("latency.ttft_p95.8b_fp8_h100.prompt_2048", "Time to first token, p95, Qwen3-8B FP8 on 1x H100, 2,048-token prompt",
            50, "ms", "latency", SB_PERF, "medium",
            note="vLLM, concurrency 1; rounded from a measured 50.3."),
    sourced("latency.ttft_p95.8b_fp8_h100.prompt_8192", "Time to first token, p95, Qwen3-8B FP8 on 1x H100, 8,192-token prompt",
            205, "ms", "latency", SB_PERF, "medium",
            note="vLLM, concurrency 1; rounded from a measured 205.1."),
    sourced("latency.decode.8b_fp8_h100.single_stream", "Time per output token, Qwen3-8B FP8 on 1x H100, one user",
            4.7, "ms/token", "latency", SB_PERF, "medium", low=4.6, high=4.8,
            note="vLLM at concurrency 1 (the range shown with this figure); value is the midpoint. Under "
                 "load it rises "
                 "(see latency.itl.llama31_8b_fp8.h100)."),
    sourced("latency.itl.llama31_8b_fp8.h100", "Inter-token latency, Llama 3.1 8B FP8 on 1x H100, 320 prompts",
            19.8, "ms/token", "latency", LB, "medium", note=LB.note,
            low=4.7, high=50,
            range_basis="The catalogue's measurements of 8B models on one H100: one user "
                        "([[fig:latency.decode.8b_fp8_h100.single_stream]]) to the inter-token limit the capacity "
                        "runs were held to (see [[fig:throughput.qwen3_8b_bf16.h100.chat_128]])."),
    sourced("latency.itl.llama31_8b_fp8.a100", "Inter-token latency, Llama 3.1 8B FP8 on 1x A100, 320 prompts",
            42.9, "ms/token", "latency", LB, "medium", note=LB.note,
            low=7.9, high=100,
            range_basis="The low end is one user, [[fig:latency.decode.8b_fp8_h100.single_stream]] on an H100 scaled "
                        "by memory bandwidth ([[fig:gpu.h100_sxm.bandwidth_tbs]] over "
                        "[[fig:gpu.a100_sxm.bandwidth_tbs]]); the high end, a busier GPU than the benchmark's, is an "
                        "assumption."),
    sourced("latency.itl.llama31_70b_fp8.h100x2", "Inter-token latency, Llama 3.1 70B FP8 on 2x H100", 49, "ms/token",
            "latency", LB, "medium", note=LB.note),
    sourced("latency.itl.llama31_70b_fp8.h100x4", "Inter-token latency, Llama 3.1 70B FP8 on 4x H100", 38, "ms/token",
            "latency", LB, "medium", note=LB.note),
    sourced("latency.itl.llama31_70b_fp8.h100x8", "Inter-token latency, Llama 3.1 70B FP8 on 8x H100", 34, "ms/token",
            "latency", LB, "medium", note=LB.note),
    sourced("latency.itl.llama31_70b_fp8.a100x2", "Inter-token latency, Llama 3.1 70B FP8 on 2x A100", 120, "ms/token",
            "latency", LB, "medium", note=LB.note),
)

# --- Serving throughput (self-hosted) ---------------------------------------------------
# The latency figures the throughput figures are computed from.
_TTFT_8192 = next(f for f in LATENCY if f.id == "latency.ttft_p95.8b_fp8_h100.prompt_8192")
_TIME_PER_TOKEN = next(f for f in LATENCY if f.id == "latency.decode.8b_fp8_h100.single_stream")
THROUGHPUT = (
    # Rounded to the thousand, as the derivation says.
    derived("throughput.prefill.8b_h100", "Prompt tokens per second, 8B FP8 model on 1x H100 (vLLM)",
            int(round(8192 / (_TTFT_8192.value / 1000), -3)), "tokens/s", "throughput", SB_PERF, "medium",
            "Time to first token (p95, one user) for an 8,192-token prompt is "
            "[[fig:latency.ttft_p95.8b_fp8_h100.prompt_8192]]: 8,192 tokens / 0.205 seconds = 39,961 tokens a "
            "second; for a 2,048-token prompt ([[fig:latency.ttft_p95.8b_fp8_h100.prompt_2048]]), "
            "2,048 / 0.050 = 40,960. Rounded to 40,000.",
            note="Qwen3-8B FP8. TTFT also holds scheduling and the first decode step, so pure prefill is a "
                 "little faster; short prompts (128 tokens in [[fig:latency.ttft_p95.8b_fp8_h100.prompt_128]]) are "
                 "dominated by that fixed cost.",
            low=20000, high=60000,
            range_basis="Assumption around the measurement (its two prompt sizes agree within a fortieth): BF16 "
                        "weights or a busy scheduler halve it, batched prefill runs faster."),
    sourced("throughput.decode.llama31_8b_fp8.h100", "Output tokens per second, Llama 3.1 8B FP8 on 1x H100, batched",
            3400, "tokens/s", "throughput", LB, "medium",
            note=LB.note + " Newer vLLM releases are reported to be faster.",
            low=2815, high=14540,
            range_basis="The catalogue's batched measurements of 8B models on one H100: "
                        "[[fig:throughput.qwen3_8b_bf16.h100.balanced_2048]] (long prompts and answers) to "
                        "[[fig:throughput.qwen3_8b_bf16.h100.chat_128]] (short chats, many users); this 2024 run "
                        "sits low."),
    sourced("throughput.decode.llama31_8b_fp8.a100", "Output tokens per second, Llama 3.1 8B FP8 on 1x A100, batched",
            1518, "tokens/s", "throughput", LB, "medium", note=LB.note,
            low=1257, high=6492,
            range_basis="The H100 range of [[fig:throughput.decode.llama31_8b_fp8.h100]] scaled by this benchmark's "
                        "A100-to-H100 ratio (this figure over that one)."),
    sourced("throughput.decode.llama31_70b_fp8.h100x2", "Output tokens per second, Llama 3.1 70B FP8 on 2x H100",
            1728, "tokens/s", "throughput", LB, "medium", note=LB.note),
    sourced("throughput.decode.llama31_70b_fp8.h100x4", "Output tokens per second, Llama 3.1 70B FP8 on 4x H100",
            2243, "tokens/s", "throughput", LB, "medium", note=LB.note),
    sourced("throughput.decode.llama31_70b_fp8.h100x8", "Output tokens per second, Llama 3.1 70B FP8 on 8x H100",
            2573, "tokens/s", "throughput", LB, "medium", note=LB.note),
    sourced("throughput.decode.llama31_70b_fp8.a100x2", "Output tokens per second, Llama 3.1 70B FP8 on 2x A100",
            663, "tokens/s", "throughput", LB, "medium",
            note=LB.note + " Newer vLLM releases are reported to more than double 70B throughput."),
    sourced("throughput.qwen3_8b_bf16.h100.chat_128", "Output tokens per second, Qwen3-8B BF16 on 1x H100, chat 128 in / 128 out",
            14540, "tokens/s", "throughput", SB_CAP, "medium",
            note="vLLM at the most users that still meet the benchmark's service levels (p99 time to first "
                 "token within two seconds, median inter-token latency within fifty milliseconds): 512 users; "
                 "measured 14,539.5."),
    sourced("throughput.qwen3_8b_bf16.h100.balanced_2048", "Output tokens per second, Qwen3-8B BF16 on 1x H100, 2,048 in / 2,048 out",
            2815, "tokens/s", "throughput", SB_CAP, "medium",
            note="Same service-level limits (40 users); measured 2,814.7."),
    # To a tenth of a token a second, as the derivation writes them; the slow end of the time gives the low end.
    derived("throughput.decode.8b_fp8_h100.single_stream", "Output tokens per second seen by one user, 8B FP8 on 1x H100",
            round(1000 / _TIME_PER_TOKEN.value, 1), "tokens/s", "throughput", SB_PERF, "medium",
            "1,000 milliseconds in a second / [[fig:latency.decode.8b_fp8_h100.single_stream]] = 212.8 tokens "
            "a second; the ends of that figure's range give 1,000 / 4.8 = 208.3 and 1,000 / 4.6 = 217.4.",
            low=round(1000 / _TIME_PER_TOKEN.high, 1), high=round(1000 / _TIME_PER_TOKEN.low, 1),
            note="Qwen3-8B FP8 at concurrency 1."),
)
