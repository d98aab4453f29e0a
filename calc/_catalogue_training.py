"""The catalogue's training figures: compute and memory rules of training, and data labelling.

Each source is declared once, as a ``Source``; the figures name it.
"""

from __future__ import annotations

import math

from ._catalogue_gpus import GPU_SPECS
from ._figures import GATHERED, UNDATED, Source, assumed, derived, sourced

__all__ = ["LABELLING", "TRAINING_RULES"]

# --- sources --------------------------------------------------------------------------------------
KAPLAN = Source(ref="https://arxiv.org/abs/2001.08361",
                title="Kaplan et al. 2020, Scaling Laws for Neural Language Models", as_of="2020-01")
LORA = Source(ref="https://arxiv.org/abs/2106.09685",
              title="Hu et al. 2021, LoRA: Low-Rank Adaptation of Large Language Models", as_of="2021-06")
QLORA = Source(ref="https://arxiv.org/abs/2305.14314",
               title="Dettmers et al. 2023, QLoRA: Efficient Finetuning of Quantized LLMs", as_of="2023-05")
ZERO = Source(ref="https://arxiv.org/abs/1910.02054",
              title="Rajbhandari et al. 2019, ZeRO: Memory Optimizations Toward Training Trillion Parameter Models",
              as_of="2019-10")
HF_MEMORY = Source(ref="https://huggingface.co/docs/transformers/model_memory_anatomy",
                   title="Hugging Face Transformers docs: model memory anatomy", as_of=GATHERED, note=UNDATED)
HF_ESTIMATOR = Source(ref="https://huggingface.co/docs/accelerate/usage_guides/model_size_estimator",
                      title="Hugging Face Accelerate: model memory estimator", as_of=GATHERED, note=UNDATED)
LLAMA31_CARD = Source(ref="https://huggingface.co/meta-llama/Llama-3.1-8B", title="Meta Llama 3.1 8B model card",
                      as_of="2024-07")
WRING = Source(ref="https://www.wring.co/blog/aws-sagemaker-ground-truth-pricing-guide",
               title="Wring: SageMaker Ground Truth pricing guide", as_of="2026-03-15")
SECOND_TALENT = Source(
    ref="https://www.secondtalent.com/resources/data-annotation-for-llm-fine-tuning-rlhf-and-instruction-tuning-guide/",
    title="Second Talent: data annotation for LLM fine-tuning (blog)", as_of=GATHERED,
)
NEURAL_BASE = Source(ref="https://theneuralbase.com/dpo/learn/advanced/preference-data-collection-cost/",
                     title="The Neural Base: preference data collection cost (blog)", as_of=GATHERED, note=UNDATED)

# --- Training compute and memory rules ------------------------------------------------------------
# The figures other figures are computed from, named here and listed in their place below.
_FLOPS_FULL = sourced(
    "rule.flops_factor.full", "Training FLOPs per parameter per token, full fine-tune", 6, "FLOP/(param x token)",
    "training_rules", KAPLAN, "high",
    note="About 6 N D: 2 N D forward, 4 N D backward. EleutherAI's 'Transformer Math 101' "
         "(https://blog.eleuther.ai/transformer-math/) gives the same rule.",
)
_NF4_BITS = 4  # bits per weight in QLoRA's 4-bit NormalFloat
_NF4_WEIGHT_BYTES = derived(
    "rule.qlora.weight_bytes_per_param", "Weight memory per parameter, 4-bit NF4", _NF4_BITS / 8, "bytes/param",
    "training_rules", QLORA, "medium",
    "4 bits / 8 bits per byte = 0.5 byte per parameter; a 65B model's weights take 65e9 x 0.5 = 32.5e9 bytes.",
)
_LLAMA31_HOURS = sourced(
    "rule.calibration.llama31_8b.gpu_hours", "Llama 3.1 8B pretraining compute", 1.46e6, "H100-hours",
    "training_rules", LLAMA31_CARD, "medium", note="Read from the model card as quoted by a secondary source.",
)
_LLAMA31_TOKENS = sourced(
    "rule.calibration.llama31_8b.tokens", "Llama 3.1 pretraining tokens", 15e12, "tokens", "training_rules",
    LLAMA31_CARD, "medium", note="About 15 trillion tokens.",
)
_LLAMA31_8B_PARAMS = 8e9  # the model's size, from its name
_H100_BF16_TFLOPS = next(f for f in GPU_SPECS if f.id == "gpu.h100_sxm.bf16_tflops")

TRAINING_RULES = (
    _FLOPS_FULL,
    # The weight gradients are a third of the work (2 of 6 N D): frozen weights skip them.
    derived("rule.flops_factor.lora", "Training FLOPs per parameter per token, LoRA and QLoRA",
            _FLOPS_FULL.value - _FLOPS_FULL.value // 3, "FLOP/(param x token)", "training_rules", KAPLAN, "low",
            "6 N D = 2 N D forward + 4 N D backward, and the backward half is about 2 N D for gradients "
            "with respect to activations plus 2 N D for gradients with respect to weights. Frozen weights "
            "need no weight gradients, leaving 2 + 2 = 4 N D; the small adapters add little.",
            note="A rule of thumb: recomputation (gradient checkpointing) adds work back."),
    sourced("rule.bytes_per_param.full", "Memory per parameter, full fine-tune with mixed-precision Adam", 16,
            "bytes/param", "training_rules", ZERO, "medium",
            note="2 (fp16/bf16 weights) + 2 (gradients) + 12 (fp32 master weights, momentum, variance); "
                 "activations come on top."),
    sourced("rule.bytes_per_param.full_hf", "Memory per parameter, full fine-tune, Hugging Face accounting", 18,
            "bytes/param", "training_rules", HF_MEMORY, "high",
            note="About 18 bytes per parameter plus activations. " + HF_MEMORY.note),
    sourced("rule.adam_memory_multiple", "Adam training memory as a multiple of the model's size", 4, "x model size",
            "training_rules", HF_ESTIMATOR, "high",
            note="Weights, gradients and two optimiser states. " + HF_ESTIMATOR.note),
    derived("rule.bytes_per_param.lora", "Memory per parameter, LoRA (bf16 frozen weights)", 2, "bytes/param",
            "training_rules", LORA, "medium",
            "bf16 stores each weight in 2 bytes. The frozen base model needs no gradients and no optimiser "
            "state; the adapters (LoRA reports 10,000x fewer trainable parameters on GPT-3 175B) and their "
            "Adam state add well under a hundredth of that. Activations are covered by rule.activation_overhead."),
    _NF4_WEIGHT_BYTES,
    # NF4 weights plus 0.127 bit of quantisation constants per parameter, rounded up to a twentieth.
    derived("rule.bytes_per_param.qlora", "Memory per parameter, QLoRA (4-bit NF4 base, constants, adapters)",
            math.ceil((_NF4_WEIGHT_BYTES.value + 0.127 / 8) * 20) / 20, "bytes/param", "training_rules", QLORA, "medium",
            "NF4 weights take 0.5 byte per parameter; with double quantisation the quantisation constants "
            "take about 0.127 bit (0.016 byte) per parameter (QLoRA paper). 0.5 + 0.016 = 0.516, rounded "
            "up to 0.55 to cover the adapters and their optimiser state."),
    assumed("rule.activation_overhead", "Memory multiplier for activations and workspace", 1.2, "x",
            "training_rules",
            "activations, temporary buffers and the CUDA context add to the parameter memory; a fifth on "
            "top is a rough allowance for short sequences and small batches, not a measured figure"),
    assumed("rule.memory_headroom", "Share of GPU memory a training job can plan to fill", 0.9, "share",
            "training_rules",
            "leave about a tenth of each GPU's memory free for fragmentation and framework overhead"),
    sourced("rule.lora.trainable_params_reduction", "LoRA: fewer trainable parameters than full fine-tuning (GPT-3 175B)",
            10000, "x", "training_rules", LORA, "high"),
    sourced("rule.lora.memory_reduction", "LoRA: less GPU memory than full Adam fine-tuning (GPT-3 175B)",
            3, "x", "training_rules", LORA, "high"),
    sourced("rule.qlora.llama_65b.memory_16bit_gb", "QLoRA paper: memory to fine-tune a 65B model in 16-bit (more than)",
            780, "GB", "training_rules", QLORA, "high",
            note="The paper gives a lower bound: more than this."),
    sourced("rule.qlora.llama_65b.memory_qlora_gb", "QLoRA paper: memory to fine-tune a 65B model with QLoRA (under)",
            48, "GB", "training_rules", QLORA, "high",
            note="Fits on a single GPU of that size, using 4-bit NF4, double quantisation and paged "
                 "optimisers."),
    _LLAMA31_HOURS,
    _LLAMA31_TOKENS,
    derived("rule.calibration.llama31_8b.implied_mfu",
            "Utilisation implied by the Llama 3.1 8B card under this model's FLOPs rule",
            round(_FLOPS_FULL.value * _LLAMA31_8B_PARAMS * _LLAMA31_TOKENS.value
                  / (_LLAMA31_HOURS.value * 3600 * _H100_BF16_TFLOPS.value * 1e12), 3), "share",
            "training_rules", LLAMA31_CARD, "low",
            "6 x 8e9 params x 15e12 tokens = 7.2e23 FLOPs; 1.46e6 H100-hours x 3,600 seconds an hour x 989e12 FLOP/s = "
            "5.198e24 FLOPs available; 7.2e23 / 5.198e24 = 0.139.",
            note="A calibration check, not a measurement: the card's hours may include more than the "
                 "final training run. It shows how far a formula that assumes [[fig:assume.mfu]] utilisation can be off."),
    assumed("rule.hours_per_month", "Hours in a billing month", 365 * 24 // 12, "hours", "workload",
            "the billing month of cloud price calculators: 365 days x 24 hours / 12 months",
            confidence="high", derivation="365 x 24 / 12 = 730"),
)

# --- Data labelling -------------------------------------------------------------------------------
_MTURK_CLASSIFICATION = sourced(
    "labelling.mturk.text_classification", "SageMaker Ground Truth via Mechanical Turk: text classification",
    0.012, "USD/worker/object", "labelling", WRING, "medium",
    note="Per worker per labelled object; Ground Truth sends each object to several workers "
         "(3-5 by default, per the same guide).",
)
LABELLING = (
    _MTURK_CLASSIFICATION,
    # Rounded to the source's tenths of a cent (0.012 x 3 is 0.036000000000000004 in binary floating point).
    derived("labelling.mturk.text_classification_3_workers",
            "Text classification label from three Mechanical Turk workers",
            round(_MTURK_CLASSIFICATION.value * 3, 3), "USD/example", "labelling",
            WRING, "medium",
            "Three workers per object, each paid [[fig:labelling.mturk.text_classification]] (0.012 before "
            "rounding): 0.012 x 3 = 0.036 per labelled example.",
            low=0.036, high=0.06,
            range_basis="Ground Truth's default of three to five workers per object (the guide cited by "
                        "[[fig:labelling.mturk.text_classification]]), each paid that figure."),
    sourced("labelling.sft_example", "Supervised fine-tuning example, written by a person", 0.50, "USD/example",
            "labelling",
            SECOND_TALENT, "low", low=0.10, high=1.00,
            note="The post (2025) gives a range per instruction-tuning sample (the low and high shown with "
                 "this figure); the value is the model's default, near the midpoint. The month of the post is "
                 "not recorded; as_of is when it was gathered.",
            range_basis="The source's own range per instruction-tuning sample."),
    sourced("labelling.expert_preference_pair", "Preference pair judged by a domain expert", 32.5, "USD/pair",
            "labelling", NEURAL_BASE, "low", low=15, high=50,
            note="Given as a range per pair (the low and high shown with this figure); value is the "
                 "midpoint. " + NEURAL_BASE.note),
)
