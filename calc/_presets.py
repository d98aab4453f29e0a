"""Presets: named sets of field values that start a scenario (the methodology page lists the fields; permalinks name presets).

A preset's name is part of the permalink contract: once released it is never renamed or removed.
Values that come from a figure are read from the catalogue (never retyped), and ``figures`` records
which figure each one came from. Workload presets are plausible scenarios, not measurements: the
numbers they choose themselves are labelled as assumptions in their descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._catalogue import FIGURE_BY_ID
from ._fields import FIELD_BY_NAME

__all__ = ["PRESETS_2026_11", "PRESET_KINDS", "Preset"]

PRESET_KINDS = ("gpu", "api_model", "vector_store", "workload")


@dataclass(frozen=True, slots=True, kw_only=True)
class Preset:
    """A named set of field values; explicit fields in a permalink override it."""

    name: str  # kebab-case, stable forever
    kind: str  # one of PRESET_KINDS
    title: str
    description: str
    values: dict[str, float | int | str]  # field -> value (strings only for choice fields)
    figures: dict[str, str]  # field -> id of the figure the value came from
    caveat: str = ""  # a limit of the comparison, shown with every estimate made from this preset


def _preset(
    name: str,
    kind: str,
    title: str,
    description: str,
    from_figures: dict[str, str],
    chosen: dict[str, float | int | str] | None = None,
    caveat: str = "",
) -> Preset:
    """Build a preset: ``from_figures`` maps field -> figure id, ``chosen`` holds the other values."""
    values: dict[str, float | int | str] = {}
    for field, figure_id in from_figures.items():
        raw = FIGURE_BY_ID[figure_id].value
        values[field] = FIELD_BY_NAME[field].coerce(raw) if FIELD_BY_NAME[field].kind == "whole" else raw
    for field, value in (chosen or {}).items():
        if field in values:
            raise ValueError(f"preset {name}: field {field} given twice")
        values[field] = value
    return Preset(name=name, kind=kind, title=title, description=description, values=values,
                  figures=dict(from_figures), caveat=caveat)


# --- Figure groups shared by several presets --------------------------------------------------
_H100_SERVING = {
    "serving_prefill_tps": "throughput.prefill.8b_h100",
    "serving_decode_tps": "throughput.decode.llama31_8b_fp8.h100",
    "decode_ms_per_token": "latency.itl.llama31_8b_fp8.h100",
}
_H100_SXM_SPECS = {"gpu_peak_tflops": "gpu.h100_sxm.bf16_tflops", "gpu_memory_gb": "gpu.h100_sxm.memory_gb"}
_A100_SERVING = {
    "serving_decode_tps": "throughput.decode.llama31_8b_fp8.a100",
    "decode_ms_per_token": "latency.itl.llama31_8b_fp8.a100",
}


def _gpu(price: str, gpus: str) -> dict[str, str]:
    return {"gpu_hour_price": price, "gpus_per_instance": gpus}


def _model(api: str, ft: str) -> dict[str, str]:
    return {
        "api_input_price": f"api.{api}.input",
        "api_output_price": f"api.{api}.output",
        "ft_input_price": f"ft.{ft}.input",
        "ft_output_price": f"ft.{ft}.output",
        "api_training_price": f"ft.{ft}.training",
    }


_PINECONE = {
    "vector_db_min_monthly": "vdb.pinecone.standard.minimum",
    "vector_storage_price": "vdb.pinecone.standard.storage",
    "vector_read_price": "vdb.pinecone.standard.reads",
}
_TE3_SMALL = {"embedding_price": "embed.openai.te3_small.price", "embedding_dims": "embed.openai.te3_small.dims"}
_TE3_LARGE = {"embedding_price": "embed.openai.te3_large.price", "embedding_dims": "embed.openai.te3_large.dims"}
_RETRIEVAL_LATENCY = {
    "query_embedding_ms": "latency.query_embedding.api",
    "vector_search_ms": "latency.hnsw.1m_1536.mean",
}

_A100_NOTE = (
    " Serving speed is the 8B decode benchmark on one A100; prompt processing keeps the H100-derived "
    "default, since no A100 prefill figure is sourced."
)

# --- GPU presets ------------------------------------------------------------------------------
_GPU_PRESETS = (
    _preset("gpu-h100-aws-p5", "gpu", "H100 SXM on AWS p5.48xlarge",
            "On-demand H100s on AWS, rented only as whole 8-GPU instances, so training bills in multiples "
            "of 8 GPUs. Serving speeds are the 8B benchmarks on one H100.",
            {**_gpu("gpu.h100_sxm.aws_p5.price", "gpu.h100_sxm.aws_p5.gpus"), **_H100_SXM_SPECS,
             **_H100_SERVING}),
    _preset("gpu-a100-80gb-aws-p4de", "gpu", "A100 80GB on AWS p4de.24xlarge",
            "On-demand A100 80GB GPUs on AWS, rented as whole 8-GPU instances." + _A100_NOTE,
            {**_gpu("gpu.a100_80gb.aws_p4de.price", "gpu.a100_80gb.aws_p4de.gpus"),
             "gpu_peak_tflops": "gpu.a100_sxm.bf16_tflops", "gpu_memory_gb": "gpu.a100_80gb.memory_gb",
             **_A100_SERVING}),
    _preset("gpu-a100-40gb-aws-p4d", "gpu", "A100 40GB on AWS p4d.24xlarge",
            "On-demand A100 40GB GPUs on AWS, rented as whole 8-GPU instances; the smaller memory means "
            "more GPUs for large models." + _A100_NOTE,
            {**_gpu("gpu.a100_40gb.aws_p4d.price", "gpu.a100_40gb.aws_p4d.gpus"),
             "gpu_peak_tflops": "gpu.a100_sxm.bf16_tflops", "gpu_memory_gb": "gpu.a100_40gb.memory_gb",
             **_A100_SERVING}),
    _preset("gpu-l40s-aws-g6e", "gpu", "L40S on AWS g6e.xlarge",
            "A single on-demand L40S on AWS, with twice the memory of an L4 or A10G. No serving benchmark for "
            "this GPU is sourced, so serving "
            "speeds stay at the H100 defaults: adjust them before trusting self-hosted serving costs.",
            {**_gpu("gpu.l40s.aws_g6e_xlarge.price", "gpu.l40s.aws_g6e_xlarge.gpus"),
             "gpu_peak_tflops": "gpu.l40s.bf16_tflops", "gpu_memory_gb": "gpu.l40s.memory_gb"}),
    _preset("gpu-l4-aws-g6", "gpu", "L4 on AWS g6.xlarge",
            "A single on-demand L4 on AWS, the cheapest GPU here. No serving benchmark for this GPU is "
            "sourced, so serving speeds stay at the H100 defaults: adjust them before trusting self-hosted "
            "serving costs.",
            {**_gpu("gpu.l4.aws_g6_xlarge.price", "gpu.l4.aws_g6_xlarge.gpus"),
             "gpu_peak_tflops": "gpu.l4.bf16_tflops", "gpu_memory_gb": "gpu.l4.memory_gb"}),
    _preset("gpu-a10g-aws-g5", "gpu", "A10G on AWS g5.xlarge",
            "A single on-demand A10G on AWS. Its peak compute is our assumption, not a sourced figure, and "
            "serving speeds stay at the H100 defaults.",
            {**_gpu("gpu.a10g.aws_g5_xlarge.price", "gpu.a10g.aws_g5_xlarge.gpus"),
             "gpu_peak_tflops": "gpu.a10g.bf16_tflops", "gpu_memory_gb": "gpu.a10g.memory_gb"}),
    _preset("gpu-h100-gcp-a3", "gpu", "H100 80GB on GCP a3-highgpu-1g",
            "One on-demand H100 on Google Cloud (us-central1). A3 machines carry SXM H100s, so the SXM peak "
            "applies; serving speeds are the 8B benchmarks on one H100.",
            {**_gpu("gpu.h100_80gb.gcp_a3_highgpu_1g.price", "gpu.h100_80gb.gcp_a3_highgpu_1g.gpus"),
             **_H100_SXM_SPECS, **_H100_SERVING}),
    _preset("gpu-h100-azure-nd96isr", "gpu", "H100 SXM on Azure ND96isr_H100_v5",
            "On-demand H100s on Azure, rented as whole 8-GPU machines. Serving speeds are the 8B benchmarks "
            "on one H100.",
            {**_gpu("gpu.h100_sxm.azure_nd96isr_v5.price", "gpu.h100_sxm.azure_nd96isr_v5.gpus"),
             **_H100_SXM_SPECS, **_H100_SERVING}),
    _preset("gpu-h100-lambda-8x", "gpu", "Lambda 8x H100 SXM",
            "On-demand H100s on Lambda's 8-GPU instances, cheaper per GPU than the hyperscalers. Serving "
            "speeds are the 8B benchmarks on one H100.",
            {**_gpu("gpu.h100_sxm.lambda_8x.price", "gpu.h100_sxm.lambda_8x.gpus"), **_H100_SXM_SPECS,
             **_H100_SERVING}),
    _preset("gpu-h100-runpod-secure", "gpu", "H100 SXM on RunPod Secure Cloud",
            "A single H100 on RunPod's Secure Cloud, at the price seen on 2026-11-09 (it was lower in "
            "September 2026). Serving speeds are the 8B benchmarks on one H100.",
            {**_gpu("gpu.h100_sxm.runpod_secure.price", "gpu.h100_sxm.runpod_secure.gpus"), **_H100_SXM_SPECS,
             **_H100_SERVING}),
)

# --- API model presets --------------------------------------------------------------------------
_API_PRESETS = (
    _preset("model-gpt-4-1", "api_model", "OpenAI gpt-4.1",
            "Base and fine-tuned gpt-4.1 prices from OpenAI: the largest 4.1 model, for hard tasks.",
            _model("gpt_4_1", "gpt_4_1")),
    _preset("model-gpt-4-1-mini", "api_model", "OpenAI gpt-4.1-mini",
            "Base and fine-tuned gpt-4.1-mini prices from OpenAI (the calculator's default model).",
            _model("gpt_4_1_mini", "gpt_4_1_mini")),
    _preset("model-gpt-4-1-nano", "api_model", "OpenAI gpt-4.1-nano",
            "Base and fine-tuned gpt-4.1-nano prices from OpenAI: the cheapest 4.1 model, for short, "
            "high-volume tasks.",
            _model("gpt_4_1_nano", "gpt_4_1_nano")),
    _preset("model-gpt-4o-2024-08-06", "api_model", "OpenAI gpt-4o (2024-08-06)",
            "Base and fine-tuned prices for the gpt-4o snapshot of 2024-08-06, from LiteLLM's price file "
            "(its training price comes from a code comment there).",
            _model("gpt_4o", "gpt_4o_2024_08_06")),
    _preset("model-gpt-4o-mini", "api_model", "OpenAI gpt-4o-mini (2024-07-18)",
            "Base and fine-tuned prices for gpt-4o-mini (snapshot 2024-07-18), from LiteLLM's price file "
            "(its training price comes from a code comment there).",
            _model("gpt_4o_mini", "gpt_4o_mini_2024_07_18")),
)

# --- Vector store presets -----------------------------------------------------------------------
_VECTOR_PRESETS = (
    _preset("vector-pinecone-standard", "vector_store", "Pinecone Standard (serverless)",
            "Pinecone's Standard plan: a monthly minimum bill, storage per GB-month, and read units that grow "
            "with index size (the calculator's default vector store).",
            dict(_PINECONE)),
    _preset("vector-pgvector-managed", "vector_store", "Managed Postgres with pgvector (flat fee)",
            "One vendor's large managed Postgres tier (8 vCPU) for a flat monthly fee (low-confidence vendor "
            "page), which its own benchmark runs with 1M 1536-d vectors. Assumption: the flat fee covers "
            "storage and queries, so their prices are zero; past about 1M vectors you would need a bigger tier.",
            {"vector_db_min_monthly": "vdb.pgvector.managed.large_monthly"},
            {"vector_storage_price": 0, "vector_read_price": 0}),
)

# --- Workload presets -------------------------------------------------------------------------------
_WORKLOAD_PRESETS = (
    _preset(
        "support-chatbot", "workload", "Support chatbot over product docs",
        "A customer support bot answering from product documentation that changes every release: the "
        "textbook case for RAG. Assumptions: 50,000 queries in month 1, growing by a twentieth each month, "
        "a 5M-token doc set of which three tenths is re-embedded monthly, and a fine-tune that would need "
        "monthly retraining to keep up (2,000 examples, three tenths of them new each time). Prices: "
        "gpt-4.1-mini, text-embedding-3-small, Pinecone.",
        {**_model("gpt_4_1_mini", "gpt_4_1_mini"), **_TE3_SMALL, **_PINECONE, **_RETRIEVAL_LATENCY,
         "label_cost": "labelling.sft_example"},
        {
            "queries_per_month": 50000, "growth_per_month": 0.05, "months": 12,
            "prompt_tokens": 400, "output_tokens": 300, "serving": "api",
            "corpus_tokens": 5000000, "corpus_churn": 0.3, "chunk_tokens": 512, "retrieved_chunks": 5,
            "orchestration_monthly": 300, "rag_eng_hours_per_month": 8, "rerank_ms": 0,
            "training": "api", "train_examples": 2000, "tokens_per_example": 800, "epochs": 3, "hp_runs": 2,
            "retrains_per_year": 12, "new_examples_share": 0.3,
            "ft_eng_hours_per_cycle": 24, "eng_hourly_rate": 100,
        },
    ),
    _preset(
        "contract-analysis", "workload", "Contract analysis with a strict output schema",
        "Lawyers submit long contracts and get clause-by-clause findings in a fixed JSON schema: few "
        "queries, long prompts, and behaviour (the schema) matters as much as knowledge. Assumptions: 4,000 "
        "contracts a month of about 12,000 tokens each, 1,200-token answers, a 30M-token clause library that "
        "rarely changes, 1,500 expert-labelled examples each costing a quarter hour of a lawyer's time (our "
        "guess), retrained twice a year. Prices: gpt-4.1.",
        {**_model("gpt_4_1", "gpt_4_1"), **_TE3_SMALL, **_PINECONE, **_RETRIEVAL_LATENCY},
        {
            "queries_per_month": 4000, "growth_per_month": 0.02, "months": 12,
            "prompt_tokens": 12000, "output_tokens": 1200, "serving": "api",
            "corpus_tokens": 30000000, "corpus_churn": 0.02, "chunk_tokens": 1024, "retrieved_chunks": 6,
            "orchestration_monthly": 300, "rag_eng_hours_per_month": 10, "rerank_ms": 0,
            "training": "api", "train_examples": 1500, "tokens_per_example": 14000, "epochs": 2, "hp_runs": 3,
            "retrains_per_year": 2, "new_examples_share": 0.15, "label_cost": 25,
            "ft_eng_hours_per_cycle": 60, "eng_hourly_rate": 100,
        },
    ),
    _preset(
        "coding-assistant", "workload", "Internal coding assistant on your own GPUs",
        "An in-house coding assistant served from an 8B open model on rented H100s (Lambda, one GPU per "
        "instance), with LoRA fine-tunes trained on the same GPUs and retrieval over internal repositories. "
        "Assumptions: 300,000 requests a month (about 150 engineers), 3,000-token prompts, two replicas always "
        "up, a 400M-token code corpus of which a quarter is re-embedded each month, 8,000 curated examples "
        "(an engineer checks each one, which sets the label cost), quarterly retraining.",
        {**_gpu("gpu.h100_sxm.lambda_1x.price", "gpu.h100_sxm.lambda_1x.gpus"), **_H100_SXM_SPECS,
         **_H100_SERVING, **_TE3_SMALL, **_PINECONE, **_RETRIEVAL_LATENCY, "mfu": "assume.mfu"},
        {
            "queries_per_month": 300000, "growth_per_month": 0.03, "months": 12,
            "prompt_tokens": 3000, "output_tokens": 300, "serving": "self_hosted",
            "serving_gpus_per_replica": 1, "serving_min_replicas": 2,
            "corpus_tokens": 400000000, "corpus_churn": 0.25, "chunk_tokens": 256, "retrieved_chunks": 8,
            "orchestration_monthly": 500, "rag_eng_hours_per_month": 16, "rerank_ms": 0,
            "training": "self_hosted", "method": "lora", "model_params_b": 8,
            "train_examples": 8000, "tokens_per_example": 2000, "epochs": 2, "hp_runs": 4,
            "retrains_per_year": 4, "new_examples_share": 0.25, "label_cost": 1.0,
            "run_overhead_hours": 1, "ft_eng_hours_per_cycle": 40, "eng_hourly_rate": 100,
        },
    ),
    _preset(
        "high-volume-classifier", "workload", "High-volume ticket classifier",
        "Millions of short inputs a month, each answered with a label of a few tokens: fine-tuning territory, "
        "since a tuned small model needs no examples or retrieved context in every prompt. Assumptions: "
        "3M queries in month 1, growing slowly month on month, 250-token inputs, 5-token outputs, 20,000 examples "
        "labelled by three Mechanical Turk workers each, retrained twice a year. Prices: gpt-4.1-nano.",
        {**_model("gpt_4_1_nano", "gpt_4_1_nano"), **_TE3_SMALL, **_PINECONE, **_RETRIEVAL_LATENCY,
         "label_cost": "labelling.mturk.text_classification_3_workers"},
        {
            "queries_per_month": 3000000, "growth_per_month": 0.02, "months": 12,
            "prompt_tokens": 250, "output_tokens": 5, "serving": "api",
            "corpus_tokens": 2000000, "corpus_churn": 0.05, "chunk_tokens": 256, "retrieved_chunks": 4,
            "orchestration_monthly": 300, "rag_eng_hours_per_month": 4, "rerank_ms": 0,
            "training": "api", "train_examples": 20000, "tokens_per_example": 300, "epochs": 3, "hp_runs": 2,
            "retrains_per_year": 2, "new_examples_share": 0.1,
            "ft_eng_hours_per_cycle": 24, "eng_hourly_rate": 100,
        },
    ),
    _preset(
        "research-assistant", "workload", "Research assistant over a large cited corpus",
        "Analysts ask questions over a large library of papers and reports and need answers with citations, "
        "so retrieval (with a reranker) is not optional. Assumptions: 20,000 queries a month, growing by a "
        "twentieth each month, a 2-billion-token corpus of which only a small share changes each month, 10 "
        "chunks per prompt, 900-token answers, 3,000 expert-written examples (their label cost is our guess) "
        "if a fine-tune is added. Prices: gpt-4.1, "
        "text-embedding-3-large, Pinecone; reranker latency from the Cohere Rerank 3.5 benchmark.",
        {**_model("gpt_4_1", "gpt_4_1"), **_TE3_LARGE, **_PINECONE, **_RETRIEVAL_LATENCY,
         "rerank_ms": "latency.rerank.cohere_3_5.dedicated"},
        {
            "queries_per_month": 20000, "growth_per_month": 0.05, "months": 12,
            "prompt_tokens": 600, "output_tokens": 900, "serving": "api",
            "corpus_tokens": 2000000000, "corpus_churn": 0.03, "chunk_tokens": 512, "retrieved_chunks": 10,
            "orchestration_monthly": 800, "rag_eng_hours_per_month": 20,
            "training": "api", "train_examples": 3000, "tokens_per_example": 1500, "epochs": 3, "hp_runs": 3,
            "retrains_per_year": 4, "new_examples_share": 0.2, "label_cost": 5,
            "ft_eng_hours_per_cycle": 40, "eng_hourly_rate": 100,
        },
    ),
)

PRESETS_2026_11: tuple[Preset, ...] = _GPU_PRESETS + _API_PRESETS + _VECTOR_PRESETS + _WORKLOAD_PRESETS
