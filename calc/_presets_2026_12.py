"""Presets of edition 2026-12: current GPUs and API models, and the workloads with their prompts
split per approach (the fine-tuned model is sent only what it was not trained to do without).

Names are part of the permalink contract. A preset of edition 2026-11 whose figures still hold is
offered again under the same name; the workload presets are new records, because model 2 needs the
fine-tuned prompt and the current prices.
"""

from __future__ import annotations

from ._presets import (
    _GPU_PRESETS,
    _H100_SERVING,
    _H100_SXM_SPECS,
    _PINECONE,
    _RETRIEVAL_LATENCY,
    _TE3_LARGE,
    _TE3_SMALL,
    _VECTOR_PRESETS,
    Preset,
    _gpu,
    _preset,
)

__all__ = ["PRESETS_2026_12"]

_NO_H200_SERVING = (" No serving benchmark on this GPU is sourced, so the serving speeds are the 8B "
                    "figures on one H100: a conservative stand-in.")

_GPU_PRESETS_2026_12 = (
    _preset("gpu-h100-aws-p5-4xlarge", "gpu", "H100 on AWS p5.4xlarge (one GPU)",
            "A single on-demand H100 on AWS at the same per-GPU rate as the 8-GPU p5.48xlarge, so small "
            "training runs no longer pay for eight GPUs. Serving speeds are the 8B benchmarks on one H100.",
            {**_gpu("gpu.h100.aws_p5_4xlarge.price", "gpu.h100.aws_p5_4xlarge.gpus"), **_H100_SXM_SPECS,
             **_H100_SERVING}),
    _preset("gpu-h200-aws-p5en", "gpu", "H200 on AWS p5en.48xlarge",
            "On-demand H200s on AWS, rented as whole 8-GPU instances: the H100's compute with more, "
            "faster memory." + _NO_H200_SERVING,
            {**_gpu("gpu.h200.aws_p5en.price", "gpu.h200.aws_p5en.gpus"), "gpu_peak_tflops": "gpu.h200.bf16_tflops",
             "gpu_memory_gb": "gpu.h200.memory_gb", **_H100_SERVING}),
    _preset("gpu-b200-aws-p6", "gpu", "B200 on AWS p6-b200.48xlarge",
            "On-demand B200s on AWS, rented as whole 8-GPU instances: more than twice an H100's dense "
            "BF16 peak, and more memory." + _NO_H200_SERVING,
            {**_gpu("gpu.b200.aws_p6.price", "gpu.b200.aws_p6.gpus"), "gpu_peak_tflops": "gpu.b200.bf16_tflops",
             "gpu_memory_gb": "gpu.b200.memory_gb", **_H100_SERVING}),
    _preset("gpu-h200-runpod-secure", "gpu", "H200 on RunPod Secure Cloud",
            "One H200 at a time from a specialty cloud, at well under half of AWS's per-GPU rate."
            + _NO_H200_SERVING,
            {"gpu_hour_price": "gpu.h200.runpod_secure.price", "gpus_per_instance": "gpu.h100.aws_p5_4xlarge.gpus",
             "gpu_peak_tflops": "gpu.h200.bf16_tflops", "gpu_memory_gb": "gpu.h200.memory_gb", **_H100_SERVING}),
    _preset("gpu-b200-runpod-secure", "gpu", "B200 on RunPod Secure Cloud",
            "One B200 at a time from a specialty cloud." + _NO_H200_SERVING,
            {"gpu_hour_price": "gpu.b200.runpod_secure.price", "gpus_per_instance": "gpu.h100.aws_p5_4xlarge.gpus",
             "gpu_peak_tflops": "gpu.b200.bf16_tflops", "gpu_memory_gb": "gpu.b200.memory_gb", **_H100_SERVING}),
    _preset("gpu-b200-lambda-1x", "gpu", "B200 on Lambda (one GPU)",
            "A 1-GPU B200 instance on Lambda." + _NO_H200_SERVING,
            {"gpu_hour_price": "gpu.b200.lambda_1x.price", "gpus_per_instance": "gpu.h100.aws_p5_4xlarge.gpus",
             "gpu_peak_tflops": "gpu.b200.bf16_tflops", "gpu_memory_gb": "gpu.b200.memory_gb", **_H100_SERVING}),
)

# The one fine-tuning route every API preset shares: a LoRA fine-tune of Qwen3.5 9B on Together,
# served from a dedicated H100 endpoint billed by the hour (Together serves LoRA fine-tunes only
# there, and OpenAI takes no new fine-tuning jobs after 2027-01-06).
_TOGETHER_FT = {
    "api_training_price": "ft.together.lora_sft.le16b.training",
    "ft_input_price": "ft.together.dedicated.per_token",
    "ft_cached_input_price": "ft.together.dedicated.per_token",
    "ft_output_price": "ft.together.dedicated.per_token",
    "ft_hosting_per_hour": "ft.together.dedicated.h100.per_hour",
    "model_params_b": "assume.model_params_b.qwen35_9b",
}
_NO_TIER = {
    "long_prompt_threshold_tokens": "assume.long_prompt.none.threshold",
    "long_prompt_input_multiplier": "assume.long_prompt.none.multiplier",
    "long_prompt_output_multiplier": "assume.long_prompt.none.multiplier",
}
_FT_NOTE = (" The fine-tuned side is a LoRA fine-tune of Qwen3.5 9B on Together, served from a dedicated "
            "H100 endpoint billed by the hour.")


# A closed base model is compared with a fine-tuned open model: the estimate prices both, it does not
# say that the two answer equally well.
_OTHER_MODEL = ("the base model ({base}) and the fine-tuned model (Qwen3.5 9B) are different models: the "
                "estimate compares their costs, not the quality of their answers; check that a tuned 9B model "
                "is good enough before you rely on its saving")


def _base(model: str, *, write_premium: str, min_cached: str, storage: str = "assume.cache_storage_price.none",
          tier: dict[str, str] | None = None, dedicated: str = "assume.rag_dedicated_per_hour.none",
          writes: str = "assume.cache_writes_per_month") -> dict[str, str]:
    """The base model's figures: prices, cache prices and rules, window, cache write premium,
    long-prompt tier, and the dedicated endpoint it can be served from (none for a closed model)."""
    return {
        "min_cacheable_tokens": min_cached,
        "rag_dedicated_per_hour": dedicated,
        "cache_writes_per_month": writes,
        "api_input_price": f"api.{model}.input",
        "api_cached_input_price": f"api.{model}.cached_input",
        "api_output_price": f"api.{model}.output",
        "context_window_tokens": f"api.{model}.context_window",
        "cache_write_premium": write_premium,
        "cache_storage_price": storage,
        **(tier or _NO_TIER),
        **_TOGETHER_FT,
    }


_QWEN = _base("together.qwen35_9b", write_premium="assume.cache_write_premium.none",
              min_cached="assume.min_cacheable_tokens.none", dedicated="ft.together.dedicated.h100.per_hour")
_OPENAI_MIN = "api.openai.min_cacheable_tokens"
_GPT6_TIER = {
    "long_prompt_threshold_tokens": "api.openai.gpt6.long_prompt_threshold",
    "long_prompt_input_multiplier": "api.openai.gpt6.long_prompt_input_multiplier",
    "long_prompt_output_multiplier": "api.openai.gpt6.long_prompt_output_multiplier",
}
_HAIKU_TIER = {
    "long_prompt_threshold_tokens": "api.claude_haiku_5_5.long_prompt_threshold",
    "long_prompt_input_multiplier": "api.claude_haiku_5_5.long_prompt_multiplier",
    "long_prompt_output_multiplier": "api.claude_haiku_5_5.long_prompt_multiplier",
}

_API_PRESETS_2026_12 = (
    _preset("model-qwen3-5-9b-together", "api_model", "Qwen3.5 9B on Together (base and fine-tuned)",
            "The same open model on both sides, the fairest comparison: per-token serverless prices for the "
            "base model (no cached-input discount listed, 262,144-token window)." + _FT_NOTE, _QWEN),
    _preset("model-gpt-6-luna", "api_model", "OpenAI GPT-6 Luna as the base model",
            "OpenAI's high-volume tier: cached input at a tenth of the price, a 1.05M-token window, and "
            "double input and 1.5 times output prices above 272K input tokens. GPT-6 models cannot be "
            "fine-tuned." + _FT_NOTE,
            _base("gpt_6_luna", write_premium="api.openai.cache_write_premium.gpt_5_6_on", tier=_GPT6_TIER,
                  min_cached=_OPENAI_MIN),
            caveat=_OTHER_MODEL.format(base="GPT-6 Luna")),
    _preset("model-gpt-6-2-sol", "api_model", "OpenAI GPT-6.2 Sol as the base model",
            "OpenAI's newest general model (2026-11-17), with cached input at a twentieth of the price and the "
            "same long-prompt rule as GPT-6 Luna." + _FT_NOTE,
            _base("gpt_6_2_sol", write_premium="api.openai.cache_write_premium.gpt_5_6_on", tier=_GPT6_TIER,
                  min_cached=_OPENAI_MIN),
            caveat=_OTHER_MODEL.format(base="GPT-6.2 Sol")),
    _preset("model-claude-haiku-5-5", "api_model", "Anthropic Claude Haiku 5.5 as the base model",
            "Anthropic's small model: cache hits at a tenth of the input price, 5-minute cache writes at 1.25 "
            "times, and five times every price for a prompt over 100,000 tokens." + _FT_NOTE,
            _base("claude_haiku_5_5", write_premium="api.anthropic.cache_write_premium.5m", tier=_HAIKU_TIER,
                  min_cached="assume.min_cacheable_tokens.claude_haiku_5_5"),
            caveat=_OTHER_MODEL.format(base="Claude Haiku 5.5")),
    _preset("model-claude-sonnet-5-5", "api_model", "Anthropic Claude Sonnet 5.5 as the base model",
            "Anthropic's mid-size model with a 1M-token window and cache hits at a twentieth of the input "
            "price." + _FT_NOTE,
            _base("claude_sonnet_5_5", write_premium="api.anthropic.cache_write_premium.5m",
                  min_cached="assume.min_cacheable_tokens.claude_sonnet_5_5"),
            caveat=_OTHER_MODEL.format(base="Claude Sonnet 5.5")),
    _preset("model-gemini-3-8-flash", "api_model", "Google Gemini 3.8 Flash as the base model",
            "Gemini's fast model with explicit caching (cached input at a tenth, plus storage by the hour). "
            "Its prices double on 2027-01-01, inside a 12-month horizon." + _FT_NOTE,
            _base("gemini_3_8_flash", write_premium="assume.cache_write_premium.none",
                  storage="api.gemini_3_8_flash.cache_storage", min_cached="api.gemini_3_8_flash.min_cacheable_tokens",
                  writes="assume.cache_writes_per_month.explicit"),
            caveat=_OTHER_MODEL.format(base="Gemini 3.8 Flash")),
)


def _workload(name: str, title: str, description: str, figures: dict[str, str],
              chosen: dict[str, float | int | str], caveat: str = "") -> Preset:
    # The workload's own figures come last: a workload that names its embedding model keeps it.
    return _preset(name, "workload", title, description,
                   {**_TE3_SMALL, **_PINECONE, **_RETRIEVAL_LATENCY, **figures}, chosen, caveat=caveat)


_WORKLOAD_PRESETS_2026_12 = (
    _workload(
        "support-chatbot", "Support chatbot over product docs",
        "A customer support bot answering from product documentation that changes every release: the "
        "textbook case for RAG. Assumptions: 50,000 queries in month 1, growing by a twentieth each month, "
        "a 5M-token doc set of which three tenths is re-embedded monthly, a 400-token prompt of which the "
        "fine-tuned model needs 120, and a fine-tune retrained monthly (2,000 examples, three tenths new "
        "each time). Prices: Qwen3.5 9B on Together, text-embedding-3-small, Pinecone.",
        {**_QWEN, "label_cost": "labelling.sft_example"},
        {
            "queries_per_month": 50000, "growth_per_month": 0.05, "months": 12,
            "prompt_tokens": 400, "ft_prompt_tokens": 120, "output_tokens": 300, "serving": "api",
            "corpus_tokens": 5000000, "corpus_churn": 0.3, "chunk_tokens": 512, "retrieved_chunks": 5,
            "orchestration_monthly": 300, "rag_eng_hours_per_month": 8, "rerank_ms": 0,
            "training": "api", "train_examples": 2000, "tokens_per_example": 800, "epochs": 3, "hp_runs": 2,
            "retrains_per_year": 12, "new_examples_share": 0.3,
            "ft_eng_hours_per_cycle": 24, "eng_hourly_rate": 100,
        },
    ),
    _workload(
        "contract-analysis", "Contract analysis with a strict output schema",
        "Lawyers submit long contracts and get clause-by-clause findings in a fixed JSON schema. "
        "Assumptions: 4,000 contracts a month of about 10,000 tokens each, plus 2,000 tokens of "
        "instructions and schema examples that a fine-tune learns (its prompt is the contract alone), "
        "1,200-token answers, a 30M-token clause library that rarely changes, 1,500 expert-labelled examples "
        "at a quarter hour of a lawyer's time each (our guess), retrained twice a year. Prices: Qwen3.5 9B "
        "on Together.",
        _QWEN,
        {
            "queries_per_month": 4000, "growth_per_month": 0.02, "months": 12,
            "prompt_tokens": 12000, "ft_prompt_tokens": 10000, "output_tokens": 1200, "serving": "api",
            "corpus_tokens": 30000000, "corpus_churn": 0.02, "chunk_tokens": 1024, "retrieved_chunks": 6,
            "orchestration_monthly": 300, "rag_eng_hours_per_month": 10, "rerank_ms": 0,
            "training": "api", "train_examples": 1500, "tokens_per_example": 12000, "epochs": 2, "hp_runs": 3,
            "retrains_per_year": 2, "new_examples_share": 0.15, "label_cost": 25,
            "ft_eng_hours_per_cycle": 60, "eng_hourly_rate": 100, "cached_prompt_share": 0.15,
        },
    ),
    _workload(
        "coding-assistant", "Internal coding assistant on your own GPUs",
        "An in-house coding assistant served from a 9B open model on rented H100s (one GPU per instance), "
        "with LoRA fine-tunes trained on the same GPUs and retrieval over internal repositories. "
        "Assumptions: 300,000 requests a month (about 150 engineers), 3,000-token prompts of which 2,500 "
        "are the engineer's own code (the fine-tuned model still needs those), two replicas always up, a "
        "400M-token code corpus of which a quarter is re-embedded each month, 8,000 curated examples, "
        "quarterly retraining.",
        {**_gpu("gpu.h100.aws_p5_4xlarge.price", "gpu.h100.aws_p5_4xlarge.gpus"), **_H100_SXM_SPECS,
         **_H100_SERVING, "mfu": "assume.mfu", "model_params_b": "assume.model_params_b.qwen35_9b"},
        {
            "queries_per_month": 300000, "growth_per_month": 0.03, "months": 12,
            "prompt_tokens": 3000, "ft_prompt_tokens": 2500, "output_tokens": 300, "serving": "self_hosted",
            "serving_gpus_per_replica": 1, "serving_min_replicas": 2,
            "corpus_tokens": 400000000, "corpus_churn": 0.25, "chunk_tokens": 256, "retrieved_chunks": 8,
            "orchestration_monthly": 500, "rag_eng_hours_per_month": 16, "rerank_ms": 0,
            "training": "self_hosted", "method": "lora",
            "train_examples": 8000, "tokens_per_example": 2000, "epochs": 2, "hp_runs": 4,
            "retrains_per_year": 4, "new_examples_share": 0.25, "label_cost": 1.0,
            "run_overhead_hours": 1, "ft_eng_hours_per_cycle": 40, "eng_hourly_rate": 100,
        },
    ),
    _workload(
        "high-volume-classifier", "High-volume ticket classifier",
        "Millions of short inputs a month, each answered with a label of a few tokens: fine-tuning "
        "territory, since a tuned small model needs no examples or retrieved context. Assumptions: 3M "
        "queries in month 1, growing slowly, 250-token inputs of which the fine-tuned model needs 80 (the "
        "ticket itself), 5-token outputs, 20,000 examples labelled by three Mechanical Turk workers each, "
        "retrained twice a year. Prices: Qwen3.5 9B on Together.",
        {**_QWEN, "label_cost": "labelling.mturk.text_classification_3_workers"},
        {
            "queries_per_month": 3000000, "growth_per_month": 0.02, "months": 12,
            "prompt_tokens": 250, "ft_prompt_tokens": 80, "output_tokens": 5, "serving": "api",
            "corpus_tokens": 2000000, "corpus_churn": 0.05, "chunk_tokens": 256, "retrieved_chunks": 4,
            "orchestration_monthly": 300, "rag_eng_hours_per_month": 4, "rerank_ms": 0,
            "training": "api", "train_examples": 20000, "tokens_per_example": 300, "epochs": 3, "hp_runs": 2,
            "retrains_per_year": 2, "new_examples_share": 0.1,
            "ft_eng_hours_per_cycle": 24, "eng_hourly_rate": 100,
        },
    ),
    _workload(
        "research-assistant", "Research assistant over a large cited corpus",
        "Analysts ask questions over a large library of papers and reports and need answers with citations, "
        "so retrieval (with a reranker) is not optional. Assumptions: 20,000 queries a month, growing by a "
        "twentieth each month, a 2-billion-token corpus, 10 chunks per prompt, a 600-token prompt of which "
        "the fine-tuned model needs 200, 900-token answers, 3,000 expert-written examples (their label cost "
        "is our guess) if a fine-tune is added. Prices: GPT-6.2 Sol, text-embedding-3-large, Pinecone; "
        "reranker latency from the Cohere Rerank 3.5 benchmark.",
        {**_base("gpt_6_2_sol", write_premium="api.openai.cache_write_premium.gpt_5_6_on", tier=_GPT6_TIER,
                 min_cached=_OPENAI_MIN),
         **_TE3_LARGE, "rerank_ms": "latency.rerank.cohere_3_5.dedicated"},
        {
            "queries_per_month": 20000, "growth_per_month": 0.05, "months": 12,
            "prompt_tokens": 600, "ft_prompt_tokens": 200, "output_tokens": 900, "serving": "api",
            "corpus_tokens": 2000000000, "corpus_churn": 0.03, "chunk_tokens": 512, "retrieved_chunks": 10,
            "orchestration_monthly": 800, "rag_eng_hours_per_month": 20,
            "training": "api", "train_examples": 3000, "tokens_per_example": 1500, "epochs": 3, "hp_runs": 3,
            "retrains_per_year": 4, "new_examples_share": 0.2, "label_cost": 5,
            "ft_eng_hours_per_cycle": 40, "eng_hourly_rate": 100,
        },
        caveat=_OTHER_MODEL.format(base="GPT-6.2 Sol"),
    ),
    _workload(
        "handbook-assistant", "Employee handbook assistant (small corpus, long context)",
        "Staff ask about policies in a 300,000-token handbook that changes a few times a year: small enough "
        "to sit whole in a cached prompt, so retrieval may not be needed at all. Assumptions: 30,000 "
        "questions a month, a 400-token prompt, 300-token answers, the handbook rewritten into the cache "
        "about once an hour, a fine-tune retrained twice a year on 1,500 examples. Prices: GPT-6 Luna, "
        "text-embedding-3-small, Pinecone.",
        _base("gpt_6_luna", write_premium="api.openai.cache_write_premium.gpt_5_6_on", tier=_GPT6_TIER,
              min_cached=_OPENAI_MIN),
        {
            "queries_per_month": 30000, "growth_per_month": 0.0, "months": 12,
            "prompt_tokens": 400, "ft_prompt_tokens": 120, "output_tokens": 300, "serving": "api",
            "corpus_tokens": 300000, "corpus_churn": 0.1, "chunk_tokens": 512, "retrieved_chunks": 5,
            "orchestration_monthly": 300, "rag_eng_hours_per_month": 6, "rerank_ms": 0,
            "training": "api", "train_examples": 1500, "tokens_per_example": 800, "epochs": 3, "hp_runs": 2,
            "retrains_per_year": 2, "new_examples_share": 0.2,
            "ft_eng_hours_per_cycle": 24, "eng_hourly_rate": 100,
        },
        caveat=_OTHER_MODEL.format(base="GPT-6 Luna"),
    ),
)

PRESETS_2026_12: tuple[Preset, ...] = (
    _GPU_PRESETS + _GPU_PRESETS_2026_12 + _API_PRESETS_2026_12 + _VECTOR_PRESETS + _WORKLOAD_PRESETS_2026_12
)
