"""Figures gathered for edition 2026-12 (model 2): current API models with their cached-input and
long-prompt prices, the fine-tuning offers that exist in December 2026 and the hosting of their
models, H200 and B200 GPUs, time to first token, and the assumptions model 2 adds.

Gathered 2026-12-07 from stored copies of public pages, vendor repositories and price files. Each
source is declared once; a page without a date of its own is dated by what it lists, and its note
says how. The market moved during 2026: OpenAI stops new fine-tuning jobs on 2027-01-06, Together
serves LoRA fine-tunes only on dedicated endpoints, and several models named in edition 2026-11 are
retired; the notes say so where a figure depends on it.
"""

from __future__ import annotations

import math

from ._catalogue_serving import LB, THROUGHPUT
from ._figures import Figure, Source, assumed, derived, sourced

__all__ = ["FIGURES_2026_12"]

_ON = "2026-12-07"  # the day this project made the assumptions below
_MTOK = "USD/1M tokens"

# --- sources --------------------------------------------------------------------------------------
TOGETHER_MODELS = Source(
    ref="github:togethercomputer/skills skills/together-ai/references/chat-completions/models.md",
    title="Together AI: chat model catalog (Together's own docs repository)", as_of="2026-10-07",
    note="The file says it is a snapshot of the serverless catalog as of 2026-10-07; LiteLLM's price "
         "file of 2026-11-20 lists the same prices.",
)
TOGETHER_FT_PRICING = Source(
    ref="https://www.together.ai/pricing", title="Together AI pricing: fine-tuning (as quoted by four notes)",
    as_of="2026-09-09",
    note="The pricing page itself is not stored; four research notes quote the same table, the newest "
         "read on 2026-09-09. Billed tokens are epochs x training tokens plus evaluation tokens.",
)
TOGETHER_DEDICATED = Source(
    ref="https://docs.together.ai/docs/dedicated-endpoints/overview",
    title="Together AI docs: dedicated endpoints, pricing", as_of="2026-10-24",
    note="Together's docs repository shows the 1x H100 rate at $6.49 (June 2026), $5.40 (July) and a "
         "promotional $3.99 (September, still listed 2026-10-24). LoRA fine-tunes are served only on "
         "dedicated endpoints, billed by the minute: serverless LoRA inference was discontinued.",
)
OPENAI_GPT6 = Source(
    ref="https://docs.litellm.ai/blog/gpt_6_sol_luna", title="LiteLLM: GPT-6 Sol and GPT-6 Luna (OpenAI's prices)",
    as_of="2026-09-22",
    note="Three trackers agree (LiteLLM, codexometer v0.18.4, PromptFuel v1.0.21, all 2026-09-22): "
         "Luna $0.10 input, $0.01 cached, $0.125 cache write, $0.50 output; 1,050,000-token window. Above "
         "272K input tokens, input and cache rates double and output costs 1.5 times, for the whole request.",
)
OPENAI_GPT62_SOL = Source(
    ref="https://developers.openai.com/api/docs/models/gpt-6.2-sol", title="OpenAI: GPT-6.2 Sol (model page)",
    as_of="2026-11-17", note="The model was released 2026-11-17; the page lists the price of its release.",
)
ANTHROPIC_HAIKU_55 = Source(
    ref="https://docs.sim.ai/models/anthropic/claude-haiku-5-5.md",
    title="Claude Haiku 5.5 prices (LiteLLM, claudit v1.9.2, PromptFuel v1.0.23 agree)", as_of="2026-10-07",
    note="A prompt of up to 100,000 tokens pays $0.10 input, $0.01 cache hits, $0.125 5-minute cache "
         "writes, $0.50 output; a longer prompt pays five times those on every token of the request.",
)
ANTHROPIC_SONNET_55 = Source(
    ref="https://platform.claude.com/docs/en/models/sonnet-5-5/overview",
    title="Anthropic: Claude Sonnet 5.5 (model page; cache-hit price from LiteLLM and claudit v1.9.2)",
    as_of="2026-10-07",
    note="Cache hits were cut from $0.20 to $0.10 per MTok on 2026-10-07; 5-minute writes cost 1.25 "
         "times the input price. 1M-token window.",
)
GEMINI_PRICING = Source(
    ref="https://ai.google.dev/gemini-api/docs/pricing", title="Google: Gemini API pricing (quoted copy)",
    as_of="2026-10-01",
    note="Quoted verbatim in a notes file that says the page was last updated 2026-10-01. Gemini 3.8 "
         "Flash's prices double on 2027-01-01 ($1.50 input, $0.15 cached, $7.50 output, $1.00 storage).",
)
AWS_GPU_2026 = Source(
    ref="github:koyakimu/aws-gpu-quick-reference data/instances.json",
    title="AWS GPU quick reference (us-east-1 on-demand; tsaol/aws-gpu and dstack agree)", as_of="2026-09",
)
NVIDIA_SPECS_2026 = Source(
    ref="github:koyakimu/aws-gpu-quick-reference data/gpu-specs.json",
    title="GPU specifications from NVIDIA's datasheets (dense figures)", as_of="2026-09",
    note="NVIDIA's pages print Tensor-core peaks with 2:4 sparsity; these are the dense halves. The B200 "
         "figures are the HGX B200 (1,000 W) part that AWS P6 instances carry.",
)
RUNPOD_2026 = Source(ref="github:tgarg01/silybench-data prices/gpu_hourly.yaml",
                     title="silybench: GPU hourly prices (RunPod, Lambda)", as_of="2026-09-25")
LAMBDA_2026 = Source(ref="github:api-evangelist/lambda-labs plans/lambda-labs-plans-pricing.yml",
                     title="Lambda on-demand instances (transcribed from lambda.ai)", as_of="2026-09-20")
ANTHROPIC_CACHING = Source(
    ref="https://www.anthropic.com/news/prompt-caching", title="Anthropic: prompt caching (announcement)",
    as_of="2024-08-14",
    note="A 100,000-token cached prompt (a book) answered in 2.4 s instead of 11.5 s with Claude 3.5 "
         "Sonnet; the page now lives at claude.com/blog/prompt-caching.",
)
LITELLM_CACHING = Source(
    ref="https://docs.litellm.ai/docs/completion/prompt_caching",
    title="LiteLLM docs: prompt caching, minimum input tokens by provider", as_of="2026-10-07",
    note="The page's table: OpenAI 1,024; Anthropic 512 (Opus 5), 1,024 (Sonnet 5, Sonnet 4.x) or 4,096 "
         "(Haiku 4.5); Google Gemini 1,024. A prompt below the minimum is silently not cached.",
)
GEMINI_CACHING = Source(
    ref="https://ai.google.dev/gemini-api/docs/caching", title="Google: Gemini API context caching",
    as_of="2026-10-01",
    note="The page carries no date; it is dated by the pricing page (2026-10-01) that lists the same "
         "models. Its table gives 4,096 tokens for Gemini 3.5 to 3.8 "
         "Flash (2,048 for Gemini 2.5), above the 1,024 that third-party tables quote.",
)
RASCHKA_LORA = Source(
    ref="https://magazine.sebastianraschka.com/p/practical-tips-for-finetuning-llms",
    title="Raschka 2023, Practical tips for finetuning LLMs using LoRA", as_of="2023-11-19",
    note="QLoRA saved a third of the GPU memory at a 39% longer training run (7B model, one GPU). The "
         "article's own run times, 1.85 h for LoRA and 2.79 h for QLoRA, give 51%: hence the range.",
)
OPENAI_CACHE_GUIDE = Source(
    ref="https://developers.openai.com/api/docs/guides/prompt-caching", title="OpenAI: prompt caching guide",
    as_of="2026-06",
    note="Cache writes have no extra fee before the GPT-5.6 family and cost 1.25 times the input price "
         "from it on; the guide dates from after GPT-5.6's preview (2026-06-26).",
)

# --- API models: the base model of RAG and long context -----------------------------------------
_QWEN = "Qwen3.5 9B on Together serverless"
API_2026_12: tuple[Figure, ...] = (
    sourced("api.together.qwen35_9b.input", _QWEN + ": input tokens", 0.17, _MTOK, "api_prices",
            TOGETHER_MODELS, "high", low=0.10, high=0.17,
            note="An April 2026 note gives a lower, earlier price (the low end of the range); the catalog "
                 "of 2026-10-07 and LiteLLM agree on this one.",
            range_basis="An earlier price of the same model (an April 2026 note, the low end) to the current catalog "
                        "price; no other provider's price is sourced."),
    sourced("api.together.qwen35_9b.cached_input", _QWEN + ": cached input tokens (no discount listed)", 0.17,
            _MTOK, "api_prices", TOGETHER_MODELS, "medium",
            note="Together lists no cached-input price for this model: a cached token is billed as any other.",
            low=0.1, high=0.17,
            range_basis="Together lists no cached-input price, so a cached token is billed as an input token: the "
                        "range of [[fig:api.together.qwen35_9b.input]]."),
    sourced("api.together.qwen35_9b.output", _QWEN + ": output tokens", 0.25, _MTOK, "api_prices",
            TOGETHER_MODELS, "high",
            low=0.25, high=0.25,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.together.qwen35_9b.context_window", _QWEN + ": context window", 262144, "tokens",
            "api_prices", TOGETHER_MODELS, "high",
            low=262144, high=262144,
            range_basis="Exact: a specification of the model."),
    sourced("api.gpt_6_luna.input", "OpenAI GPT-6 Luna: input tokens", 0.10, _MTOK, "api_prices", OPENAI_GPT6, "high",
            low=0.1, high=0.1,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.gpt_6_luna.cached_input", "OpenAI GPT-6 Luna: cached input tokens", 0.01, _MTOK, "api_prices",
            OPENAI_GPT6, "high",
            low=0.01, high=0.01,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.gpt_6_luna.output", "OpenAI GPT-6 Luna: output tokens", 0.50, _MTOK, "api_prices",
            OPENAI_GPT6, "high",
            low=0.5, high=0.5,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.gpt_6_luna.context_window", "OpenAI GPT-6 Luna: context window", 1050000, "tokens",
            "api_prices", OPENAI_GPT6, "high",
            low=1050000, high=1050000,
            range_basis="Exact: a specification of the model."),
    sourced("api.gpt_6_2_sol.input", "OpenAI GPT-6.2 Sol: input tokens", 2.00, _MTOK, "api_prices",
            OPENAI_GPT62_SOL, "high",
            low=2, high=2,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.gpt_6_2_sol.cached_input", "OpenAI GPT-6.2 Sol: cached input tokens", 0.10, _MTOK, "api_prices",
            OPENAI_GPT62_SOL, "high",
            low=0.1, high=0.1,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.gpt_6_2_sol.output", "OpenAI GPT-6.2 Sol: output tokens", 10.00, _MTOK, "api_prices",
            OPENAI_GPT62_SOL, "high",
            low=10, high=10,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.gpt_6_2_sol.context_window", "OpenAI GPT-6.2 Sol: context window", 1050000, "tokens",
            "api_prices", OPENAI_GPT62_SOL, "high",
            low=1050000, high=1050000,
            range_basis="Exact: a specification of the model."),
    sourced("api.openai.gpt6.long_prompt_threshold", "OpenAI GPT-6 family: long-prompt price threshold", 272000,
            "tokens", "api_prices", OPENAI_GPT62_SOL, "high",
            low=272000, high=272000,
            range_basis="Exact: a list rule of the provider's price list."),
    sourced("api.openai.gpt6.long_prompt_input_multiplier", "OpenAI GPT-6 family: input and cache price above the "
            "threshold", 2.0, "x", "api_prices", OPENAI_GPT62_SOL, "high",
            low=2, high=2,
            range_basis="Exact: a list rule of the provider's price list."),
    sourced("api.openai.gpt6.long_prompt_output_multiplier", "OpenAI GPT-6 family: output price above the threshold",
            1.5, "x", "api_prices", OPENAI_GPT62_SOL, "high",
            low=1.5, high=1.5,
            range_basis="Exact: a list rule of the provider's price list."),
    sourced("api.openai.cache_write_premium.gpt_5_6_on", "OpenAI, GPT-5.6 and later: cache write premium", 0.25,
            "share of the input price", "api_prices", OPENAI_CACHE_GUIDE, "high",
            low=0.25, high=0.25,
            range_basis="Exact: a list rule of the provider's price list."),
    sourced("api.claude_haiku_5_5.input", "Anthropic Claude Haiku 5.5: input tokens (prompt up to 100K)", 0.10,
            _MTOK, "api_prices", ANTHROPIC_HAIKU_55, "high",
            low=0.1, high=0.1,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.claude_haiku_5_5.cached_input", "Anthropic Claude Haiku 5.5: cache hits", 0.01, _MTOK,
            "api_prices", ANTHROPIC_HAIKU_55, "high",
            low=0.01, high=0.01,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.claude_haiku_5_5.output", "Anthropic Claude Haiku 5.5: output tokens", 0.50, _MTOK,
            "api_prices", ANTHROPIC_HAIKU_55, "high",
            low=0.5, high=0.5,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.claude_haiku_5_5.context_window", "Anthropic Claude Haiku 5.5: context window", 1000000,
            "tokens", "api_prices", ANTHROPIC_HAIKU_55, "high",
            low=1000000, high=1000000,
            range_basis="Exact: a specification of the model."),
    sourced("api.claude_haiku_5_5.long_prompt_threshold", "Anthropic Claude Haiku 5.5: long-prompt threshold",
            100000, "tokens", "api_prices", ANTHROPIC_HAIKU_55, "high",
            low=100000, high=100000,
            range_basis="Exact: a list rule of the provider's price list."),
    sourced("api.claude_haiku_5_5.long_prompt_multiplier", "Anthropic Claude Haiku 5.5: every price above the "
            "threshold", 5.0, "x", "api_prices", ANTHROPIC_HAIKU_55, "high",
            low=5, high=5,
            range_basis="Exact: a list rule of the provider's price list."),
    sourced("api.anthropic.cache_write_premium.5m", "Anthropic: 5-minute cache write premium", 0.25,
            "share of the input price", "api_prices", ANTHROPIC_SONNET_55, "high",
            note="A 1-hour cache write costs twice the input price (a premium of 1).",
            low=0.25, high=0.25,
            range_basis="Exact: a list rule (the 5-minute cache write over the input price); the 1-hour cache is "
                        "another product, priced in this figure's note."),
    sourced("api.claude_sonnet_5_5.input", "Anthropic Claude Sonnet 5.5: input tokens", 2.00, _MTOK,
            "api_prices", ANTHROPIC_SONNET_55, "high",
            low=2, high=2,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.claude_sonnet_5_5.cached_input", "Anthropic Claude Sonnet 5.5: cache hits", 0.10, _MTOK,
            "api_prices", ANTHROPIC_SONNET_55, "high",
            low=0.1, high=0.1,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.claude_sonnet_5_5.output", "Anthropic Claude Sonnet 5.5: output tokens", 10.00, _MTOK,
            "api_prices", ANTHROPIC_SONNET_55, "high",
            low=10, high=10,
            range_basis="Exact: the list price of this model; other models are other presets."),
    sourced("api.claude_sonnet_5_5.context_window", "Anthropic Claude Sonnet 5.5: context window", 1000000,
            "tokens", "api_prices", ANTHROPIC_SONNET_55, "high",
            low=1000000, high=1000000,
            range_basis="Exact: a specification of the model."),
    sourced("api.gemini_3_8_flash.input", "Google Gemini 3.8 Flash: input tokens (to 2026-12-31)", 0.75, _MTOK,
            "api_prices", GEMINI_PRICING, "high",
            low=0.75, high=1.5,
            range_basis="The price to 2026-12-31 to the price from 2027-01-01, twice it, that the same page lists: a "
                        "12-month horizon from December pays the later price for most of it."),
    sourced("api.gemini_3_8_flash.cached_input", "Google Gemini 3.8 Flash: cached input tokens (to 2026-12-31)",
            0.075, _MTOK, "api_prices", GEMINI_PRICING, "high",
            low=0.075, high=0.15,
            range_basis="The price to 2026-12-31 to the price from 2027-01-01, twice it, that the same page lists: a "
                        "12-month horizon from December pays the later price for most of it."),
    sourced("api.gemini_3_8_flash.output", "Google Gemini 3.8 Flash: output tokens (to 2026-12-31)", 3.75, _MTOK,
            "api_prices", GEMINI_PRICING, "high",
            low=3.75, high=7.5,
            range_basis="The price to 2026-12-31 to the price from 2027-01-01, twice it, that the same page lists: a "
                        "12-month horizon from December pays the later price for most of it."),
    sourced("api.gemini_3_8_flash.cache_storage", "Google Gemini 3.8 Flash: cache storage (to 2026-12-31)", 0.50,
            "USD/1M tokens per hour", "api_prices", GEMINI_PRICING, "high",
            low=0.5, high=1,
            range_basis="The price to 2026-12-31 to the price from 2027-01-01, twice it, that the same page lists: a "
                        "12-month horizon from December pays the later price for most of it."),
    sourced("api.gemini_3_8_flash.context_window", "Google Gemini 3.8 Flash: context window", 1048576, "tokens",
            "api_prices", GEMINI_PRICING, "high",
            low=1048576, high=1048576,
            range_basis="Exact: a specification of the model."),
)

# --- Fine-tuning offers and the hosting of their models --------------------------------------------
FINETUNE_2026_12: tuple[Figure, ...] = (
    sourced("ft.together.lora_sft.le16b.training", "Together LoRA fine-tuning, models up to 16B: training tokens",
            0.48, "USD/1M training tokens", "finetune_prices", TOGETHER_FT_PRICING, "medium",
            note="Full fine-tuning of the same sizes costs about an eighth more.",
            low=0.48, high=0.48,
            range_basis="Exact: the list price of LoRA SFT up to 16B; full fine-tuning (about an eighth more, this "
                        "figure's note) and DPO are other products."),
    sourced("ft.together.lora_sft.17_69b.training", "Together LoRA fine-tuning, 17-69B: training tokens", 1.50,
            "USD/1M training tokens", "finetune_prices", TOGETHER_FT_PRICING, "medium"),
    sourced("ft.together.lora_sft.70_100b.training", "Together LoRA fine-tuning, 70-100B: training tokens", 2.90,
            "USD/1M training tokens", "finetune_prices", TOGETHER_FT_PRICING, "medium"),
    sourced("ft.together.dedicated.h100.per_hour", "Together dedicated endpoint, 1x H100 80GB", 3.99, "USD/hour",
            "finetune_prices", TOGETHER_DEDICATED, "high", low=3.99, high=6.49,
            range_basis="Together's own H100 endpoint rates during 2026: the promotional rate (the value) to the "
                        "June rate (the source's note)."),
    sourced("ft.together.dedicated.h200.per_hour", "Together dedicated endpoint, 1x H200 141GB", 5.49, "USD/hour",
            "finetune_prices", TOGETHER_DEDICATED, "high", low=5.49, high=7.89,
            note="The high end is the June 2026 rate in the same docs."),
    sourced("ft.together.dedicated.b200.per_hour", "Together dedicated endpoint, 1x B200 180GB", 9.95, "USD/hour",
            "finetune_prices", TOGETHER_DEDICATED, "high", low=9.95, high=11.95,
            note="The high end is the June 2026 rate in the same docs."),
    sourced("ft.together.dedicated.per_token", "Together dedicated endpoint: price per token", 0, _MTOK,
            "finetune_prices", TOGETHER_DEDICATED, "high",
            note="A dedicated endpoint is billed by the minute for the hardware, whatever it serves.",
            low=0, high=0,
            range_basis="Exact: a dedicated endpoint bills its hours, not tokens."),
)

# --- GPUs -------------------------------------------------------------------------------------------
GPUS_2026_12: tuple[Figure, ...] = (
    sourced("gpu.h100.aws_p5_4xlarge.price", "H100 on AWS p5.4xlarge (one GPU), per GPU-hour", 6.88,
            "USD/GPU-hour", "gpu_prices", AWS_GPU_2026, "high",
            note="The same per-GPU rate as the 8-GPU p5.48xlarge, now rentable one GPU at a time.",
            low=2.69, high=12.29,
            range_basis="The catalogue's on-demand offers of the same H100 (SXM, 80GB): from "
                        "[[fig:gpu.h100_sxm.runpod_community.price]] (RunPod Community) to "
                        "[[fig:gpu.h100_sxm.azure_nd96isr_v5.price]] (Azure), with "
                        "[[fig:gpu.h100_sxm.lambda_8x.price]] (Lambda), [[fig:gpu.h100_sxm.aws_p5.price]] (AWS) and "
                        "[[fig:gpu.h100_80gb.gcp_a3_highgpu_1g.price]] (GCP) between."),
    sourced("gpu.h100.aws_p5_4xlarge.gpus", "GPUs in one AWS p5.4xlarge", 1, "GPUs", "gpu_prices", AWS_GPU_2026, "high",
            low=1, high=1,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.h200.aws_p5en.price", "H200 on AWS p5en.48xlarge, per GPU-hour", 7.91, "USD/GPU-hour",
            "gpu_prices", AWS_GPU_2026, "high", low=3.59, high=7.91,
            note="Eight GPUs per instance, billed as one; p5e has no public on-demand rate. Range: RunPod "
                 "Community to AWS.",
            range_basis="RunPod Community (this figure's note) to AWS, with [[fig:gpu.h200.runpod_secure.price]] "
                        "between."),
    sourced("gpu.h200.aws_p5en.gpus", "GPUs in one AWS p5en.48xlarge", 8, "GPUs", "gpu_prices", AWS_GPU_2026, "high",
            low=8, high=8,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.b200.aws_p6.price", "B200 on AWS p6-b200.48xlarge, per GPU-hour", 14.24, "USD/GPU-hour",
            "gpu_prices", AWS_GPU_2026, "high", low=5.98, high=14.24,
            note="Eight GPUs per instance, billed as one. Range: RunPod Community to AWS.",
            range_basis="RunPod Community (this figure's note) to AWS, with [[fig:gpu.b200.runpod_secure.price]] and "
                        "[[fig:gpu.b200.lambda_1x.price]] between."),
    sourced("gpu.b200.aws_p6.gpus", "GPUs in one AWS p6-b200.48xlarge", 8, "GPUs", "gpu_prices", AWS_GPU_2026, "high",
            low=8, high=8,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.h200.runpod_secure.price", "H200 on RunPod Secure Cloud, per GPU-hour", 4.59, "USD/GPU-hour",
            "gpu_prices", RUNPOD_2026, "medium", note="RunPod's H100 Secure price rose in October; this may have too.",
            low=3.59, high=7.91,
            range_basis="As for [[fig:gpu.h200.aws_p5en.price]]: RunPod Community (the low end of that figure's "
                        "range) to AWS, with [[fig:gpu.h200.runpod_secure.price]] between."),
    sourced("gpu.b200.runpod_secure.price", "B200 on RunPod Secure Cloud, per GPU-hour", 6.79, "USD/GPU-hour",
            "gpu_prices", RUNPOD_2026, "high",
            low=5.98, high=14.24,
            range_basis="As for [[fig:gpu.b200.aws_p6.price]]: RunPod Community (the low end of that figure's range) "
                        "to AWS, with [[fig:gpu.b200.runpod_secure.price]] and [[fig:gpu.b200.lambda_1x.price]] "
                        "between."),
    sourced("gpu.b200.lambda_1x.price", "B200 on Lambda, 1-GPU instance, per GPU-hour", 6.99, "USD/GPU-hour",
            "gpu_prices", LAMBDA_2026, "high",
            low=5.98, high=14.24,
            range_basis="As for [[fig:gpu.b200.aws_p6.price]]: RunPod Community (the low end of that figure's range) "
                        "to AWS, with [[fig:gpu.b200.runpod_secure.price]] and [[fig:gpu.b200.lambda_1x.price]] "
                        "between."),
    sourced("gpu.h200.bf16_tflops", "H200 SXM, dense BF16 peak", 989, "TFLOP/s", "gpu_specs", NVIDIA_SPECS_2026,
            "high", note="The same die as the H100 SXM: the same compute, more and faster memory.",
            low=989, high=989,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.h200.memory_gb", "H200 SXM, GPU memory (HBM3e)", 141, "GB", "gpu_specs", NVIDIA_SPECS_2026, "high",
            low=141, high=141,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.b200.bf16_tflops", "B200 (HGX, 1,000 W), dense BF16 peak", 2250, "TFLOP/s", "gpu_specs",
            NVIDIA_SPECS_2026, "high", note="4,500 with 2:4 sparsity; the GB200 NVL72 part is faster.",
            low=2250, high=2250,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.b200.memory_gb", "B200 (HGX), GPU memory (HBM3e)", 180, "GB", "gpu_specs", NVIDIA_SPECS_2026, "high",
            low=180, high=180,
            range_basis="Exact: a specification from the GPU's datasheet."),
)

_TTFT_10K, _TTFT_100K = 1100, 2400  # ms, the announcement's two cached prompts (figures below)
_LB_8B = next(f.value for f in THROUGHPUT if f.id == "throughput.decode.llama31_8b_fp8.h100")
_LB_70B_2X = next(f.value for f in THROUGHPUT if f.id == "throughput.decode.llama31_70b_fp8.h100x2")

# --- Latency, training and the assumptions of model 2 --------------------------------------------------
MODEL2_2026_12: tuple[Figure, ...] = (
    derived("latency.long_context.cached_100k_ttft", "Time to first token, 100,000-token cached prompt", _TTFT_100K,
            "ms",
            "latency", ANTHROPIC_CACHING, "high",
            "The announcement gives seconds; times 1,000 for milliseconds. Without the cache the same "
            "prompt took almost five times as long.",
            low=1100, high=2500,
            note="Claude 3.5 Sonnet, 2024; no newer figure for a current model was found. A smaller cached "
                 "prompt (ten thousand tokens) answered faster: the low end of the range.",
            range_basis="The smaller cached prompt of the same announcement "
                        "([[fig:latency.long_context.cached_10k_ttft]]) to a little above this one; one provider, "
                        "2024."),
    derived("latency.long_context.cached_10k_ttft", "Time to first token, 10,000-token cached prompt", _TTFT_10K, "ms",
            "latency", ANTHROPIC_CACHING, "high",
            "The announcement's many-shot example (a ten-thousand-token cached prompt) gives seconds; times "
            "1,000 for milliseconds.",
            note="Claude 3.5 Sonnet, 2024, as the 100,000-token figure."),
    derived("latency.long_context.ttft_per_1k_tokens", "Time to first token added per 1,000 cached prompt tokens",
            round((_TTFT_100K - _TTFT_10K) / 90, 3), "ms", "latency", ANTHROPIC_CACHING, "medium",
            "Between the announcement's two cached prompts: ([[fig:latency.long_context.cached_100k_ttft]] - "
            "[[fig:latency.long_context.cached_10k_ttft]]) / 90 thousand tokens. A straight line through two "
            "points; beyond 100,000 tokens it is an extrapolation.",
            low=0, high=30,
            range_basis="Assumption: from no growth with the prefix to about twice the slope between the "
                        "announcement's two points."),
    derived("rule.long_context.ttft_reference_tokens", "Cached prompt size of the long-context time to first token",
            100000, "tokens", "latency", ANTHROPIC_CACHING, "high",
            "The size of the cached prompt (a book) of [[fig:latency.long_context.cached_100k_ttft]] in the "
            "announcement."),
    assumed("assume.min_cacheable_tokens.none", "Minimum cacheable prefix where the cache gives no discount", 0,
            "tokens", "workload", "a cached token costs what an uncached one does, so the minimum changes nothing",
            on=_ON,
            low=0, high=0,
            range_basis="Exact: a placeholder; with no cache discount a minimum changes nothing."),
    sourced("api.openai.min_cacheable_tokens", "OpenAI: shortest prompt prefix that is cached", 1024, "tokens",
            "api_prices", LITELLM_CACHING, "high",
            note="OpenAI's own prompt-caching guide gives the same: prompts of 1,024 tokens or longer.",
            low=1024, high=1024,
            range_basis="Exact: a list rule (OpenAI's caching guide and LiteLLM's table agree)."),
    sourced("api.gemini_3_8_flash.min_cacheable_tokens", "Gemini 3.8 Flash: shortest cached prompt", 4096,
            "tokens", "api_prices", GEMINI_CACHING, "high", low=1024, high=4096,
            note="Third-party tables quote 1,024 for Gemini: the low end.",
            range_basis="Google's own caching table gives the value; third-party tables quote the low end (the "
                        "source's note)."),
    assumed("assume.min_cacheable_tokens.claude_sonnet_5_5", "Claude Sonnet 5.5: shortest cached prompt", 1024,
            "tokens", "api_prices",
            "no figure for Sonnet 5.5 was found; Sonnet 5 and Sonnet 4.x cache prompts from 1,024 tokens "
            "(LiteLLM's table, 2026-10-07), and Anthropic's minimums run from 512 to 4,096",
            low=512, high=4096, on=_ON,
            range_basis="Assumption: Anthropic's minimums across its current models span this range (LiteLLM's "
                        "table); none was found for this model."),
    assumed("assume.min_cacheable_tokens.claude_haiku_5_5", "Claude Haiku 5.5: shortest cached prompt", 4096,
            "tokens", "api_prices",
            "no figure for Haiku 5.5 was found; Haiku 4.5 caches prompts from 4,096 tokens (LiteLLM's table, "
            "2026-10-07), and Anthropic's minimums run from 512 to 4,096",
            low=512, high=4096, on=_ON,
            range_basis="Assumption: Anthropic's minimums across its current models span this range (LiteLLM's "
                        "table); none was found for this model."),
    assumed("assume.cache_writes_per_month.explicit", "Writes a month of an explicit cache kept alive", 30,
            "writes/month", "workload",
            "an explicit cache is stored (and billed) until it is deleted, so it is rewritten only when its "
            "content changes or the application is deployed: about once a day",
            low=4, high=200, on=_ON,
            range_basis="Assumption: from a weekly rewrite (content and deploys rarely change) to several a day "
                        "(frequent deploys or content changes)."),
    assumed("assume.rag_dedicated_per_hour.none", "Dedicated endpoint for a closed base model", 0, "USD/GPU-hour",
            "workload",
            "OpenAI, Anthropic and Google sell their models per token here; reserved capacity (provisioned "
            "throughput) is sold by contract, not at a listed hourly price per GPU",
            on=_ON,
            low=0, high=0,
            range_basis="Exact: a placeholder; a closed model is sold per token here, with no listed hourly "
                        "endpoint."),
    sourced("throughput.reference_gpus", "GPUs per replica of the serving throughput figures", 1, "GPUs",
            "throughput", LB, "high", note="The 8B decode figure was measured on one H100; so was the prefill figure.",
            low=1, high=1,
            range_basis="Exact: the measurements ran on one GPU."),
    derived("rule.serving.size_exponent", "How serving throughput falls with model size (exponent)",
            round(math.log(_LB_70B_2X / (2 * _LB_8B)) / math.log(8 / 70), 3), "exponent", "throughput", LB, "medium",
            "Lambda's benchmark served Llama 3.1 8B on one H100 at [[fig:throughput.decode.llama31_8b_fp8.h100]] "
            "and 70B on two at [[fig:throughput.decode.llama31_70b_fp8.h100x2]]: per GPU, 70/8 = 8.75 times "
            "the parameters gave 3,400 / 864 = 3.94 times fewer tokens a second, and ln 3.94 / ln 8.75 = 0.63. "
            "Throughput per GPU scales as (reference size / model size) to this power.",
            low=0.5, high=1.0,
            note="1.0 would be compute-bound scaling (tokens per second inversely proportional to the "
                 "parameters); batched decoding is bound by memory and does better, as measured."),
    sourced("rule.qlora.time_factor", "QLoRA training time relative to bf16 LoRA", 1.39, "x", "training_rules",
            RASCHKA_LORA, "medium", low=1.33, high=1.51,
            range_basis="The source's two readings (its stated slowdown, the value, and the ratio of its own run "
                        "times, the high end); the low end allows a faster quantised kernel (assumption)."),
    assumed("assume.ft_prompt_tokens", "Prompt tokens per query sent to the fine-tuned model", 150, "tokens",
            "workload",
            "the default prompt's 500 tokens are mostly instructions and examples that a fine-tune learns; "
            "the question and a short system line remain",
            low=50, high=500, on=_ON,
            range_basis="Assumption: from the question alone to the whole default prompt (a fine-tune that learned "
                        "none of the instructions)."),
    assumed("assume.cached_prompt_share", "Share of the static prompt that is a cached prefix", 0.8, "share",
            "workload",
            "instructions and examples sit at the start of every prompt and repeat; the question at the end "
            "does not. A provider caches only a prefix above its minimum length",
            low=0.5, high=0.95, on=_ON,
            range_basis="Assumption: from half the static prompt (varying text early in it breaks the prefix) to "
                        "nearly all of it."),
    assumed("assume.cache_writes_per_month", "Times a cached prefix is written in a month", 730, "writes/month",
            "workload",
            "caches expire after minutes to an hour without traffic: with gaps at night, deploys and prompt "
            "changes, about one write an hour; steady traffic needs fewer, a 5-minute cache with sparse "
            "traffic many more",
            low=30, high=8760, on=_ON,
            range_basis="Assumption: from one write a day (traffic that keeps the cache warm) to one every five "
                        "minutes of the month (a 5-minute cache expiring between sparse queries)."),
    assumed("assume.api_ttft_ms", "API time to first token and network, ordinary prompt", 500, "ms", "latency",
            "measured medians for hosted models in 2026 run from under half a second (Gemini 3 Flash, GPT-4o) "
            "to about a second (GPT-5.4, GPT-5.5 through a router), the range shown with this figure; none "
            "was found for the default model",
            low=300, high=1200, on=_ON,
            range_basis="Assumption: the measured medians of hosted models in 2026 (under half a second to about a "
                        "second), with a margin at the slow end for long system prompts and busy hours."),
    assumed("assume.api_ms_per_output_token", "API time per output token, small hosted model", 8, "ms", "latency",
            "measured median output speeds of hosted models in 2026 run from about a hundred tokens a second "
            "(Claude Sonnet 4.6) to two hundred (Gemini 3 Flash); none was found for the default model",
            low=5, high=20, on=_ON,
            range_basis="Assumption: the fast end is the fastest measured median of 2026 (two hundred tokens a "
                        "second); the slow end allows half the slowest measured speed, for busy hours and long "
                        "answers."),
    assumed("assume.lc_eng_hours_per_month", "Engineering hours a month to keep a long-context prompt current",
            2, "hours/month", "engineering",
            "rebuilding the corpus document when it changes and checking answers: far less than a retrieval "
            "pipeline, not nothing",
            low=0, high=8, on=_ON,
            range_basis="Assumption: from none (a script rebuilds the document) to a working day a month, as much as "
                        "retrieval's default ([[fig:assume.rag_eng_hours_per_month]])."),
    assumed("assume.cache_write_premium.none", "Cache write premium where none is listed", 0,
            "share of the input price", "workload",
            "the default model's price list has no cache prices at all", on=_ON,
            low=0, high=0,
            range_basis="Exact: a placeholder for a charge this price list does not make."),
    assumed("assume.cache_storage_price.none", "Cache storage price where none is charged", 0,
            "USD/1M tokens per hour", "workload",
            "only explicit caches on Gemini charge storage", on=_ON,
            low=0, high=0,
            range_basis="Exact: a placeholder for a charge this price list does not make."),
    assumed("assume.long_prompt.none.threshold", "Long-prompt threshold where the price list has none", 0,
            "tokens", "workload", "with multipliers of 1 the threshold changes nothing", on=_ON,
            low=0, high=0,
            range_basis="Exact: a placeholder for a charge this price list does not make."),
    assumed("assume.long_prompt.none.multiplier", "Long-prompt multiplier where the price list has none", 1,
            "x", "workload", "the same price for every prompt length", on=_ON,
            low=1, high=1,
            range_basis="Exact: a placeholder for a charge this price list does not make."),
    assumed("assume.model_params_b.qwen35_9b", "Parameters of the default model (Qwen3.5 9B)", 9, "billion",
            "workload", "the model's name gives its size", confidence="high", on=_ON,
            low=9, high=9,
            range_basis="Exact: the model's size, as its name gives it."),
    assumed("assume.serving_reference_params_b", "Model size of the default serving figures", 8, "billion",
            "throughput", "the prefill, decode and per-token figures were measured on 8B models", confidence="high",
            on=_ON,
            low=8, high=8,
            range_basis="Exact: the serving figures were measured on 8B models."),
)

FIGURES_2026_12: tuple[Figure, ...] = API_2026_12 + FINETUNE_2026_12 + GPUS_2026_12 + MODEL2_2026_12
