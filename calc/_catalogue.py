"""The figure catalogue: every number the model uses or a page quotes, with its provenance.

Each record keeps its source, the date or version of that source (``as_of``) and a confidence.
Figures computed here from sourced ones are ``kind="derived"`` and spell out the arithmetic;
numbers this project chose are ``kind="assumption"`` and say why. Ids are stable forever:
a figure that changes gets a new record with a new id (editions point at ids, MODEL.md §5).

Dates. ``as_of`` is the date or version of the source: the retrieval date of a dataset
(DR 2026-11-09, SB 2026-09-25, VT 2026-08-26), the month of a paper (from its arXiv number),
the release of a price file. A page that carries no date of its own gets the month this
catalogue was gathered from stored copies ("2026-11", gathered 2026-11-23), and its note says
so. Assumptions are dated the day this project made them (2026-11-23).

Also here: the seed article's claims (``CLAIMS``) that the claims page checks against the model,
and the published studies (``STUDIES``) the guide cites.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from ._figures import Figure

__all__ = ["CATALOGUE", "CLAIMS", "FIGURE_BY_ID", "STUDIES", "Claim", "Study", "data_as_of"]


def __getattr__(name: str) -> object:
    # The seed article's claims live with their checks; loaded only when asked for (not in the browser).
    if name in ("CLAIMS", "Claim"):
        from . import _claim_checks  # noqa: PLC0415

        return getattr(_claim_checks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# --- Sources (figures.md "Source key") -------------------------------------------------------
_DR_HYPER = "github:datareceipts/data-receipts 109-gpu-pricing/hyperscalers.json"
_DR_VENDORS = "github:datareceipts/data-receipts 109-gpu-pricing/vendors.json"
_DR_TITLE = "Data Receipts: GPU pricing"
_DR_DATE = "2026-11-09"

_SB_GPU = "github:tgarg01/silybench-data derived/csv/gpu_prices.csv"
_SB_PERF = "github:tgarg01/silybench-data derived/csv/perf_points.csv"
_SB_CAP = "github:tgarg01/silybench-data derived/csv/capacity.csv"
_SB_TITLE = "silybench data: GPU prices"
_SB_PERF_TITLE = "silybench data: vLLM runs on 1x H100 80GB"
_SB_DATE = "2026-09-25"  # price snapshot
_SB_RUN_DATE = "2026-09-24"  # vLLM runs (run ids 20260924T...)

_VT = "github:tsaol/aws-gpu data/all_gpu_instances.js"
_VT_TITLE = "aws-gpu: AWS GPU instances (generated from instances.vantage.sh)"
_VT_DATE = "2026-08-26"

_LL = "github:BerriAI/litellm model_prices_and_context_window.json"
_LL_TITLE = "LiteLLM model price file"
_LL_DATE = "2026-04"
_LL_NOTE = "LiteLLM's price file is undated; it lists models released 2026-04, so it is at least that recent."

_OA = "https://openai.com/api/pricing"
_OA_TITLE = "OpenAI API pricing"
_OA_DATE = "2026-03"
_OA_NOTE = (
    "The stored copy of OpenAI's pricing page dates from about Q1 2026; 2026-03 is approximate. "
    "LiteLLM's price file lists the same price."
)

_LB = "github:LambdaLabsML/vllm-benchmark benchmark_v0.md"
_LB_TITLE = "Lambda vLLM benchmark v0 (vLLM 0.5.4)"
_LB_DATE = "2024-09"
_LB_NOTE = "vLLM 0.5.4, Llama 3.1 FP8, 320 prompts; the date is approximate (about 2024-09)."

_QB = "github:qdrant/landing_page static/benchmarks/results-1-100-thread-2024-06-15.json"
_QB_TITLE = "Qdrant vector database benchmarks, 1 and 100 clients"
_QB_DATE = "2024-06-15"

_GATHERED = "2026-11"
_UNDATED = "The page carries no date; as_of is the month this figure was gathered (2026-11-23)."

_ASSUMED_ON = "2026-11-23"
_ASSUMPTION_TITLE = "Assumption (this project)"

_NVIDIA_H100 = "https://www.nvidia.com/en-us/data-center/h100/"
_NVIDIA_A100 = "https://www.nvidia.com/en-us/data-center/a100/"
_NVIDIA_L4 = "https://www.nvidia.com/en-us/data-center/l4/"
_NVIDIA_L40S = "https://www.nvidia.com/en-us/data-center/l40s/"

_KAPLAN = "https://arxiv.org/abs/2001.08361"
_KAPLAN_TITLE = "Kaplan et al. 2020, Scaling Laws for Neural Language Models"
_LORA = "https://arxiv.org/abs/2106.09685"
_LORA_TITLE = "Hu et al. 2021, LoRA: Low-Rank Adaptation of Large Language Models"
_QLORA = "https://arxiv.org/abs/2305.14314"
_QLORA_TITLE = "Dettmers et al. 2023, QLoRA: Efficient Finetuning of Quantized LLMs"
_ZERO = "https://arxiv.org/abs/1910.02054"
_ZERO_TITLE = "Rajbhandari et al. 2019, ZeRO: Memory Optimizations Toward Training Trillion Parameter Models"
_LLAMA3 = "https://arxiv.org/abs/2407.21783"
_LLAMA3_TITLE = "Llama Team 2024, The Llama 3 Herd of Models"

_PINECONE_PRICING = "https://www.pinecone.io/pricing/"
_PINECONE_COST = "https://docs.pinecone.io/guides/organizations/manage-cost/understanding-cost"
_PINECONE_DATE = "2026-11-04"

_PGVECTOR = "https://rivestack.io/pgvector-benchmarks"
_PGVECTOR_TITLE = "Rivestack: managed pgvector benchmarks and tiers (vendor page)"

_ORACLE_BENCH = "https://docs.oracle.com/en-us/iaas/Content/generative-ai/benchmarks-cohere.htm"
_ORACLE_RERANK = "https://docs.oracle.com/en-us/iaas/Content/generative-ai/benchmark-cohere-rerank-3-5.htm"


# --- Record helpers -------------------------------------------------------------------------
def _src(
    id: str,  # noqa: A002 - the record's own field name
    label: str,
    value: float,
    unit: str,
    category: str,
    source: str,
    source_title: str,
    as_of: str,
    confidence: str,
    *,
    low: float | None = None,
    high: float | None = None,
    note: str = "",
) -> Figure:
    return Figure(
        id=id, label=label, value=value, unit=unit, category=category, kind="sourced",
        source=source, source_title=source_title, as_of=as_of, confidence=confidence,
        low=low, high=high, note=note,
    )


def _der(
    id: str,  # noqa: A002
    label: str,
    value: float,
    unit: str,
    category: str,
    source: str,
    source_title: str,
    as_of: str,
    confidence: str,
    derivation: str,
    *,
    low: float | None = None,
    high: float | None = None,
    note: str = "",
) -> Figure:
    return Figure(
        id=id, label=label, value=value, unit=unit, category=category, kind="derived",
        source=source, source_title=source_title, as_of=as_of, confidence=confidence,
        low=low, high=high, derivation=derivation, note=note,
    )


def _asm(
    id: str,  # noqa: A002
    label: str,
    value: float,
    unit: str,
    category: str,
    reason: str,
    *,
    confidence: str = "low",
    low: float | None = None,
    high: float | None = None,
    derivation: str = "",
    note: str = "",
) -> Figure:
    return Figure(
        id=id, label=label, value=value, unit=unit, category=category, kind="assumption",
        source="assumption: " + reason, source_title=_ASSUMPTION_TITLE, as_of=_ASSUMED_ON,
        confidence=confidence, low=low, high=high, derivation=derivation, note=note,
    )


_USD_GPU_H = "USD/GPU-hour"
_USD_INST_H = "USD/instance-hour"
_USD_MTOK = "USD/1M tokens"

# --- 1. GPU on-demand prices ----------------------------------------------------------------
_GPU_PRICES = (
    _src("gpu.h100_sxm.aws_p5.price", "H100 SXM on AWS p5.48xlarge, per GPU-hour", 6.88, _USD_GPU_H,
         "gpu_prices", _DR_HYPER, _DR_TITLE, _DR_DATE, "high",
         note="On demand, us-east-1: [[fig:gpu.h100_sxm.aws_p5.instance_price]] for "
              "[[fig:gpu.h100_sxm.aws_p5.gpus]]. The list price before the June 2025 cut "
              "([[fig:gpu.h100_sxm.aws_p5.instance_price_before_2025_06]], "
              "[[fig:gpu.h100_sxm.aws_p5.price_before_2025_06]]) still circulates; AWS cut P5 prices in "
              "June 2025."),
    _src("gpu.h100_sxm.aws_p5.instance_price", "AWS p5.48xlarge (8x H100 SXM), per instance-hour",
         55.04, _USD_INST_H, "gpu_prices", _DR_HYPER, _DR_TITLE, _DR_DATE, "high",
         note="On demand, us-east-1."),
    _src("gpu.h100_sxm.aws_p5.price_before_2025_06",
         "H100 SXM on AWS p5, list price before the June 2025 cut, per GPU-hour", 12.29, _USD_GPU_H,
         "gpu_prices", _DR_HYPER, _DR_TITLE, _DR_DATE, "medium",
         note="Superseded: AWS cut P5 prices in June 2025 (now [[fig:gpu.h100_sxm.aws_p5.price]]). Kept "
              "because the old price still circulates; 98.32 / 8 = 12.29."),
    _src("gpu.h100_sxm.aws_p5.instance_price_before_2025_06",
         "AWS p5.48xlarge (8x H100 SXM), list price before the June 2025 cut, per instance-hour", 98.32,
         _USD_INST_H, "gpu_prices", _DR_HYPER, _DR_TITLE, _DR_DATE, "medium",
         note="Superseded: AWS cut P5 prices in June 2025 (now "
              "[[fig:gpu.h100_sxm.aws_p5.instance_price]])."),
    _src("gpu.h100_sxm.aws_p5.gpus", "GPUs in one AWS p5.48xlarge", 8, "GPUs", "gpu_prices",
         _DR_HYPER, _DR_TITLE, _DR_DATE, "high",
         note="AWS rents P5 capacity as whole 8-GPU instances."),
    _src("gpu.a100_40gb.aws_p4d.price", "A100 40GB on AWS p4d.24xlarge, per GPU-hour", 2.74, _USD_GPU_H,
         "gpu_prices", _DR_HYPER, _DR_TITLE, _DR_DATE, "high",
         note="[[fig:gpu.a100_40gb.aws_p4d.instance_price]] for [[fig:gpu.a100_40gb.aws_p4d.gpus]]; "
              "21.96 / 8 = 2.745, which the source rounds to 2.74."),
    _src("gpu.a100_40gb.aws_p4d.instance_price", "AWS p4d.24xlarge (8x A100 40GB), per instance-hour",
         21.96, _USD_INST_H, "gpu_prices", _DR_HYPER, _DR_TITLE, _DR_DATE, "high"),
    _src("gpu.a100_40gb.aws_p4d.gpus", "GPUs in one AWS p4d.24xlarge", 8, "GPUs", "gpu_prices",
         _DR_HYPER, _DR_TITLE, _DR_DATE, "high"),
    _src("gpu.a100_80gb.aws_p4de.price", "A100 80GB on AWS p4de.24xlarge, per GPU-hour", 3.43, _USD_GPU_H,
         "gpu_prices", _DR_HYPER, _DR_TITLE, _DR_DATE, "high",
         note="[[fig:gpu.a100_80gb.aws_p4de.instance_price]] for [[fig:gpu.a100_80gb.aws_p4de.gpus]] "
              "(27.45 / 8 = 3.431)."),
    _src("gpu.a100_80gb.aws_p4de.instance_price", "AWS p4de.24xlarge (8x A100 80GB), per instance-hour",
         27.45, _USD_INST_H, "gpu_prices", _DR_HYPER, _DR_TITLE, _DR_DATE, "high"),
    _src("gpu.a100_80gb.aws_p4de.gpus", "GPUs in one AWS p4de.24xlarge", 8, "GPUs", "gpu_prices",
         _DR_HYPER, _DR_TITLE, _DR_DATE, "high"),
    _src("gpu.a10g.aws_g5_xlarge.price", "A10G on AWS g5.xlarge, per GPU-hour", 1.006, _USD_GPU_H,
         "gpu_prices", _VT, _VT_TITLE, _VT_DATE, "high", note="On demand, us-east-1; one GPU per instance."),
    _src("gpu.a10g.aws_g5_xlarge.gpus", "GPUs in one AWS g5.xlarge", 1, "GPUs", "gpu_prices",
         _VT, _VT_TITLE, _VT_DATE, "high"),
    _src("gpu.l4.aws_g6_xlarge.price", "L4 on AWS g6.xlarge, per GPU-hour", 0.8048, _USD_GPU_H,
         "gpu_prices", _VT, _VT_TITLE, _VT_DATE, "high", note="On demand, us-east-1; one GPU per instance."),
    _src("gpu.l4.aws_g6_xlarge.gpus", "GPUs in one AWS g6.xlarge", 1, "GPUs", "gpu_prices",
         _VT, _VT_TITLE, _VT_DATE, "high"),
    _src("gpu.l40s.aws_g6e_xlarge.price", "L40S on AWS g6e.xlarge, per GPU-hour", 1.861, _USD_GPU_H,
         "gpu_prices", _VT, _VT_TITLE, _VT_DATE, "high", note="On demand, us-east-1; one GPU per instance."),
    _src("gpu.l40s.aws_g6e_xlarge.gpus", "GPUs in one AWS g6e.xlarge", 1, "GPUs", "gpu_prices",
         _VT, _VT_TITLE, _VT_DATE, "high"),
    _src("gpu.h100_80gb.gcp_a3_highgpu_1g.price", "H100 80GB on GCP a3-highgpu-1g (us-central1), per GPU-hour",
         10.98, _USD_GPU_H, "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium", note="On demand."),
    _src("gpu.h100_80gb.gcp_a3_highgpu_1g.spot_price",
         "H100 80GB on GCP a3-highgpu-1g (us-central1), spot, per GPU-hour", 6.57, _USD_GPU_H,
         "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium",
         note="Spot capacity can be reclaimed at any time."),
    _src("gpu.h100_80gb.gcp_a3_highgpu_1g.gpus", "GPUs in one GCP a3-highgpu-1g", 1, "GPUs", "gpu_prices",
         _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.h100_sxm.azure_nd96isr_v5.price", "H100 SXM on Azure ND96isr_H100_v5, per GPU-hour", 12.29,
         _USD_GPU_H, "gpu_prices", _DR_HYPER, _DR_TITLE, _DR_DATE, "high"),
    _src("gpu.h100_sxm.azure_nd96isr_v5.gpus", "GPUs in one Azure ND96isr_H100_v5", 8, "GPUs", "gpu_prices",
         _DR_HYPER, _DR_TITLE, _DR_DATE, "high"),
    _src("gpu.a100_pcie_80gb.azure_nc24ads_v4.price", "A100 PCIe 80GB on Azure NC24ads_A100_v4, per GPU-hour",
         3.673, _USD_GPU_H, "gpu_prices", _DR_HYPER, _DR_TITLE, _DR_DATE, "high"),
    _src("gpu.h100_sxm.lambda_1x.price", "H100 SXM on Lambda, 1-GPU instance, per GPU-hour", 4.29, _USD_GPU_H,
         "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.h100_sxm.lambda_1x.gpus", "GPUs in a Lambda 1x H100 SXM instance", 1, "GPUs", "gpu_prices",
         _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.h100_sxm.lambda_8x.price", "H100 SXM on Lambda, 8-GPU instance, per GPU-hour", 3.99, _USD_GPU_H,
         "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.h100_sxm.lambda_8x.gpus", "GPUs in a Lambda 8x H100 SXM instance", 8, "GPUs", "gpu_prices",
         _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.h100_pcie.lambda_1x.price", "H100 PCIe on Lambda, 1-GPU instance, per GPU-hour", 3.29, _USD_GPU_H,
         "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.a100_80gb.lambda_8x.price", "A100 80GB on Lambda, 8-GPU instance, per GPU-hour", 2.79, _USD_GPU_H,
         "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.a10.lambda_1x.price", "A10 on Lambda, 1-GPU instance, per GPU-hour", 1.29, _USD_GPU_H,
         "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.h100_sxm.runpod_community.price", "H100 SXM on RunPod Community Cloud, per GPU-hour", 2.69,
         _USD_GPU_H, "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.h100_sxm.runpod_secure.price", "H100 SXM on RunPod Secure Cloud, per GPU-hour", 3.99, _USD_GPU_H,
         "gpu_prices", _DR_VENDORS, _DR_TITLE, _DR_DATE, "medium",
         note="The newer of two observations: silybench recorded "
              "[[fig:gpu.h100_sxm.runpod_secure.price_2026_09]] on 2026-09-25. GPU-cloud H100 prices rose "
              "during 2026."),
    _src("gpu.h100_sxm.runpod_secure.price_2026_09", "H100 SXM on RunPod Secure Cloud, per GPU-hour (Sept 2026)",
         3.49, _USD_GPU_H, "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium",
         note="Superseded by [[fig:gpu.h100_sxm.runpod_secure.price]] on 2026-11-09."),
    _src("gpu.h100_sxm.runpod_secure.gpus", "GPUs in one RunPod Secure Cloud H100 pod (smallest size)", 1, "GPUs",
         "gpu_prices", _DR_VENDORS, _DR_TITLE, _DR_DATE, "medium", note="RunPod rents single GPUs."),
    _src("gpu.a100_sxm_80gb.runpod_community.price", "A100 SXM 80GB on RunPod Community Cloud, per GPU-hour",
         1.39, _USD_GPU_H, "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.a100_sxm_80gb.runpod_secure.price", "A100 SXM 80GB on RunPod Secure Cloud, per GPU-hour",
         1.59, _USD_GPU_H, "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.l40s.runpod_community.price", "L40S on RunPod Community Cloud, per GPU-hour", 0.79, _USD_GPU_H,
         "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
    _src("gpu.l40s.runpod_secure.price", "L40S on RunPod Secure Cloud, per GPU-hour", 1.09, _USD_GPU_H,
         "gpu_prices", _SB_GPU, _SB_TITLE, _SB_DATE, "medium"),
)

# --- 2. GPU specs and utilisation -----------------------------------------------------------
_DENSE = "Dense (no sparsity); NVIDIA's headline numbers assume 2:4 sparsity and are twice this."
_GPU_SPECS = (
    _src("gpu.h100_sxm.bf16_tflops", "H100 SXM, dense BF16 peak", 989, "TFLOP/s", "gpu_specs",
         _NVIDIA_H100, "NVIDIA H100 Tensor Core GPU datasheet", _GATHERED, "high",
         note=_DENSE + " " + _UNDATED),
    _src("gpu.h100_sxm.memory_gb", "H100 SXM, GPU memory (HBM3)", 80, "GB", "gpu_specs",
         _NVIDIA_H100, "NVIDIA H100 Tensor Core GPU datasheet", _GATHERED, "high", note=_UNDATED),
    _src("gpu.h100_sxm.bandwidth_tbs", "H100 SXM, memory bandwidth", 3.35, "TB/s", "gpu_specs",
         _NVIDIA_H100, "NVIDIA H100 Tensor Core GPU datasheet", _GATHERED, "high", note=_UNDATED),
    _src("gpu.h100_pcie.bf16_tflops", "H100 PCIe, dense BF16 peak", 756, "TFLOP/s", "gpu_specs",
         _NVIDIA_H100, "NVIDIA H100 Tensor Core GPU datasheet", _GATHERED, "high",
         note=_DENSE + " " + _UNDATED),
    _src("gpu.h100_pcie.memory_gb", "H100 PCIe, GPU memory (HBM2e)", 80, "GB", "gpu_specs",
         _NVIDIA_H100, "NVIDIA H100 Tensor Core GPU datasheet", _GATHERED, "high", note=_UNDATED),
    _src("gpu.h100_pcie.bandwidth_tbs", "H100 PCIe, memory bandwidth", 2.0, "TB/s", "gpu_specs",
         _NVIDIA_H100, "NVIDIA H100 Tensor Core GPU datasheet", _GATHERED, "high", note=_UNDATED),
    _src("gpu.a100_sxm.bf16_tflops", "A100 SXM, dense BF16 peak", 312, "TFLOP/s", "gpu_specs",
         _NVIDIA_A100, "NVIDIA A100 datasheet (as reproduced by secondary sources)", _GATHERED, "medium",
         note="Same peak for the A100 40GB and A100 80GB parts. " + _UNDATED),
    _src("gpu.a100_40gb.memory_gb", "A100 40GB, GPU memory", 40, "GB", "gpu_specs",
         _NVIDIA_A100, "NVIDIA A100 datasheet (as reproduced by secondary sources)", _GATHERED, "medium",
         note=_UNDATED),
    _src("gpu.a100_80gb.memory_gb", "A100 80GB, GPU memory", 80, "GB", "gpu_specs",
         _NVIDIA_A100, "NVIDIA A100 datasheet (as reproduced by secondary sources)", _GATHERED, "medium",
         note=_UNDATED),
    _src("gpu.a100_sxm.bandwidth_tbs", "A100 SXM 80GB, memory bandwidth", 2.0, "TB/s", "gpu_specs",
         _NVIDIA_A100, "NVIDIA A100 datasheet (as reproduced by secondary sources)", _GATHERED, "medium",
         note="The A100 40GB part has less bandwidth, about four fifths of this. " + _UNDATED),
    _src("gpu.l4.bf16_tflops", "L4, dense BF16 peak (about)", 121, "TFLOP/s", "gpu_specs",
         _NVIDIA_L4, "NVIDIA L4 specifications (secondary source)", _GATHERED, "medium",
         note="Given as about 121. " + _UNDATED),
    _src("gpu.l4.memory_gb", "L4, GPU memory", 24, "GB", "gpu_specs",
         _NVIDIA_L4, "NVIDIA L4 specifications (secondary source)", _GATHERED, "medium", note=_UNDATED),
    _src("gpu.l4.bandwidth_tbs", "L4, memory bandwidth", 0.3, "TB/s", "gpu_specs",
         _NVIDIA_L4, "NVIDIA L4 specifications (secondary source)", _GATHERED, "medium",
         note="The source gives it in GB/s. " + _UNDATED),
    _src("gpu.l40s.bf16_tflops", "L40S, dense BF16 peak", 362.05, "TFLOP/s", "gpu_specs",
         _NVIDIA_L40S, "NVIDIA L40S datasheet (as reproduced by resellers)", _GATHERED, "medium",
         note=_DENSE + " Reproduced datasheet tables list 362.05 dense / 733 sparse. " + _UNDATED),
    _src("gpu.l40s.memory_gb", "L40S, GPU memory (GDDR6)", 48, "GB", "gpu_specs",
         _VT, _VT_TITLE, _VT_DATE, "high", note="As listed for AWS g6e instances."),
    _src("gpu.a10g.memory_gb", "A10G, GPU memory (GDDR6)", 24, "GB", "gpu_specs",
         _VT, _VT_TITLE, _VT_DATE, "high", note="As listed for AWS g5 instances."),
    _asm("gpu.a10g.bf16_tflops", "A10G, dense BF16 peak (about)", 70, "TFLOP/s", "gpu_specs",
         "no stored datasheet gives the A10G's tensor peak (an AWS-only variant of the A10, whose "
         "datasheet says 125 dense BF16); about 70 is the figure commonly quoted for the A10G"),
    _src("gpu.mfu.llama3_405b_pretraining", "Model FLOPs utilisation, Llama 3 405B pretraining (BF16, 16K H100)",
         0.405, "share", "gpu_specs", _LLAMA3, _LLAMA3_TITLE, "2024-07", "medium", low=0.38, high=0.43,
         note="Reported as a range (the low and high shown with this figure); value is the midpoint. "
              "Large, carefully tuned pretraining runs; "
              "fine-tuning on 1-8 GPUs usually gets less."),
)

# --- 3. Training compute and memory rules ---------------------------------------------------
_TRAINING_RULES = (
    _src("rule.flops_factor.full", "Training FLOPs per parameter per token, full fine-tune", 6,
         "FLOP/(param x token)", "training_rules", _KAPLAN, _KAPLAN_TITLE, "2020-01", "high",
         note="About 6 N D: 2 N D forward, 4 N D backward. EleutherAI's 'Transformer Math 101' "
              "(https://blog.eleuther.ai/transformer-math/) gives the same rule."),
    _der("rule.flops_factor.lora", "Training FLOPs per parameter per token, LoRA and QLoRA", 4,
         "FLOP/(param x token)", "training_rules", _KAPLAN, _KAPLAN_TITLE, "2020-01", "low",
         "6 N D = 2 N D forward + 4 N D backward, and the backward half is about 2 N D for gradients "
         "with respect to activations plus 2 N D for gradients with respect to weights. Frozen weights "
         "need no weight gradients, leaving 2 + 2 = 4 N D; the small adapters add little.",
         note="A rule of thumb: recomputation (gradient checkpointing) adds work back."),
    _src("rule.bytes_per_param.full", "Memory per parameter, full fine-tune with mixed-precision Adam", 16,
         "bytes/param", "training_rules", _ZERO, _ZERO_TITLE, "2019-10", "medium",
         note="2 (fp16/bf16 weights) + 2 (gradients) + 12 (fp32 master weights, momentum, variance); "
              "activations come on top."),
    _src("rule.bytes_per_param.full_hf", "Memory per parameter, full fine-tune, Hugging Face accounting", 18,
         "bytes/param", "training_rules", "https://huggingface.co/docs/transformers/model_memory_anatomy",
         "Hugging Face Transformers docs: model memory anatomy", _GATHERED, "high",
         note="About 18 bytes per parameter plus activations. " + _UNDATED),
    _src("rule.adam_memory_multiple", "Adam training memory as a multiple of the model's size", 4, "x model size",
         "training_rules", "https://huggingface.co/docs/accelerate/usage_guides/model_size_estimator",
         "Hugging Face Accelerate: model memory estimator", _GATHERED, "high",
         note="Weights, gradients and two optimiser states. " + _UNDATED),
    _der("rule.bytes_per_param.lora", "Memory per parameter, LoRA (bf16 frozen weights)", 2, "bytes/param",
         "training_rules", _LORA, _LORA_TITLE, "2021-06", "medium",
         "bf16 stores each weight in 2 bytes. The frozen base model needs no gradients and no optimiser "
         "state; the adapters (LoRA reports 10,000x fewer trainable parameters on GPT-3 175B) and their "
         "Adam state add well under a hundredth of that. Activations are covered by rule.activation_overhead."),
    _der("rule.qlora.weight_bytes_per_param", "Weight memory per parameter, 4-bit NF4", 0.5, "bytes/param",
         "training_rules", _QLORA, _QLORA_TITLE, "2023-05", "medium",
         "4 bits / 8 bits per byte = 0.5 byte per parameter; a 65B model's weights take "
         "65e9 x 0.5 = 32.5e9 bytes."),
    _der("rule.bytes_per_param.qlora", "Memory per parameter, QLoRA (4-bit NF4 base, constants, adapters)", 0.55,
         "bytes/param", "training_rules", _QLORA, _QLORA_TITLE, "2023-05", "medium",
         "NF4 weights take 0.5 byte per parameter; with double quantisation the quantisation constants "
         "take about 0.127 bit (0.016 byte) per parameter (QLoRA paper). 0.5 + 0.016 = 0.516, rounded "
         "up to 0.55 to cover the adapters and their optimiser state."),
    _asm("rule.activation_overhead", "Memory multiplier for activations and workspace", 1.2, "x",
         "training_rules",
         "activations, temporary buffers and the CUDA context add to the parameter memory; a fifth on "
         "top is a rough allowance for short sequences and small batches, not a measured figure"),
    _asm("rule.memory_headroom", "Share of GPU memory a training job can plan to fill", 0.9, "share",
         "training_rules",
         "leave about a tenth of each GPU's memory free for fragmentation and framework overhead"),
    _src("rule.lora.trainable_params_reduction", "LoRA: fewer trainable parameters than full fine-tuning (GPT-3 175B)",
         10000, "x", "training_rules", _LORA, _LORA_TITLE, "2021-06", "high"),
    _src("rule.lora.memory_reduction", "LoRA: less GPU memory than full Adam fine-tuning (GPT-3 175B)",
         3, "x", "training_rules", _LORA, _LORA_TITLE, "2021-06", "high"),
    _src("rule.qlora.llama_65b.memory_16bit_gb", "QLoRA paper: memory to fine-tune a 65B model in 16-bit (more than)",
         780, "GB", "training_rules", _QLORA, _QLORA_TITLE, "2023-05", "high",
         note="The paper gives a lower bound: more than this."),
    _src("rule.qlora.llama_65b.memory_qlora_gb", "QLoRA paper: memory to fine-tune a 65B model with QLoRA (under)",
         48, "GB", "training_rules", _QLORA, _QLORA_TITLE, "2023-05", "high",
         note="Fits on a single GPU of that size, using 4-bit NF4, double quantisation and paged "
              "optimisers."),
    _src("rule.calibration.llama31_8b.gpu_hours", "Llama 3.1 8B pretraining compute", 1.46e6, "H100-hours",
         "training_rules", "https://huggingface.co/meta-llama/Llama-3.1-8B", "Meta Llama 3.1 8B model card",
         "2024-07", "medium", note="Read from the model card as quoted by a secondary source."),
    _src("rule.calibration.llama31_8b.tokens", "Llama 3.1 pretraining tokens", 15e12, "tokens",
         "training_rules", "https://huggingface.co/meta-llama/Llama-3.1-8B", "Meta Llama 3.1 8B model card",
         "2024-07", "medium", note="About 15 trillion tokens."),
    _der("rule.calibration.llama31_8b.implied_mfu",
         "Utilisation implied by the Llama 3.1 8B card under this model's FLOPs rule", 0.139, "share",
         "training_rules", "https://huggingface.co/meta-llama/Llama-3.1-8B", "Meta Llama 3.1 8B model card",
         "2024-07", "low",
         "6 x 8e9 params x 15e12 tokens = 7.2e23 FLOPs; 1.46e6 H100-hours x 3,600 seconds an hour x 989e12 FLOP/s = "
         "5.198e24 FLOPs available; 7.2e23 / 5.198e24 = 0.139.",
         note="A calibration check, not a measurement: the card's hours may include more than the "
              "final training run. It shows how far a formula that assumes [[fig:assume.mfu]] utilisation can be off."),
    _asm("rule.hours_per_month", "Hours in a billing month", 730, "hours", "workload",
         "the billing month of cloud price calculators: 365 days x 24 hours / 12 months",
         confidence="high", derivation="365 x 24 / 12 = 730"),
)

# --- 4. Hosted fine-tuning prices -----------------------------------------------------------
def _openai_ft(model_id: str, model: str, training: float, inp: float, cached: float, out: float,
               source: str, title: str, as_of: str, confidence: str, note: str) -> tuple[Figure, ...]:
    base = "ft." + model_id
    return (
        _src(base + ".training", model + " fine-tuning: training tokens", training, _USD_MTOK,
             "finetune_prices", source, title, as_of, confidence, note=note),
        _src(base + ".input", model + " fine-tuned: input tokens", inp, _USD_MTOK,
             "finetune_prices", source, title, as_of, confidence, note=note),
        _src(base + ".cached_input", model + " fine-tuned: cached input tokens", cached, _USD_MTOK,
             "finetune_prices", source, title, as_of, confidence, note=note),
        _src(base + ".output", model + " fine-tuned: output tokens", out, _USD_MTOK,
             "finetune_prices", source, title, as_of, confidence, note=note),
    )


_LL_FT_NOTE = (
    _LL_NOTE + " The training price is read from a code comment in the file, not a price field."
)
_TOGETHER_NOTE = (
    "Ranges from a generated listing dated 2026-05-08 (they span LoRA vs full fine-tuning and SFT vs "
    "DPO); value is the midpoint. Together bills epochs x training tokens + evaluations x validation "
    "tokens, with no minimum (https://docs.together.ai/docs/fine-tuning-pricing)."
)
_FINETUNE_PRICES = (
    _openai_ft("gpt_4_1", "gpt-4.1", 25.00, 3.00, 0.75, 12.00, _OA, _OA_TITLE, _OA_DATE, "high", _OA_NOTE)
    + _openai_ft("gpt_4_1_mini", "gpt-4.1-mini", 5.00, 0.80, 0.20, 3.20, _OA, _OA_TITLE, _OA_DATE, "high",
                 _OA_NOTE)
    + _openai_ft("gpt_4_1_nano", "gpt-4.1-nano", 1.50, 0.20, 0.05, 0.80, _OA, _OA_TITLE, _OA_DATE, "high",
                 _OA_NOTE)
    + _openai_ft("gpt_4o_2024_08_06", "gpt-4o-2024-08-06", 25.00, 3.75, 1.875, 15.00, _LL, _LL_TITLE, _LL_DATE,
                 "medium", _LL_FT_NOTE)
    + _openai_ft("gpt_4o_mini_2024_07_18", "gpt-4o-mini-2024-07-18", 3.00, 0.30, 0.15, 1.20, _LL, _LL_TITLE,
                 _LL_DATE, "medium", _LL_FT_NOTE)
    + (
        _src("ft.together.up_to_16b.training", "Together fine-tuning, models up to 16B: training tokens",
             0.915, _USD_MTOK, "finetune_prices", "https://www.together.ai/pricing", "Together AI pricing",
             "2026-05-08", "low", low=0.48, high=1.35, note=_TOGETHER_NOTE),
        _src("ft.together.17b_69b.training", "Together fine-tuning, models 17-69B: training tokens",
             2.81, _USD_MTOK, "finetune_prices", "https://www.together.ai/pricing", "Together AI pricing",
             "2026-05-08", "low", low=1.50, high=4.12, note=_TOGETHER_NOTE),
        _src("ft.together.70b_100b.training", "Together fine-tuning, models 70-100B: training tokens",
             5.45, _USD_MTOK, "finetune_prices", "https://www.together.ai/pricing", "Together AI pricing",
             "2026-05-08", "low", low=2.90, high=8.00, note=_TOGETHER_NOTE),
    )
)

# --- 5. LLM API token prices ----------------------------------------------------------------
def _api(model_id: str, model: str, inp: float, out: float, source: str, title: str, as_of: str,
         confidence: str, note: str) -> tuple[Figure, Figure]:
    return (
        _src("api." + model_id + ".input", model + ": input tokens", inp, _USD_MTOK, "api_prices",
             source, title, as_of, confidence, note=note),
        _src("api." + model_id + ".output", model + ": output tokens", out, _USD_MTOK, "api_prices",
             source, title, as_of, confidence, note=note),
    )


_LL_API_NOTE = _LL_NOTE + " OpenAI's pricing page (about Q1 2026) lists the same price."
_API_PRICES = (
    _api("gpt_4o", "gpt-4o", 2.50, 10.00, _LL, _LL_TITLE, _LL_DATE, "high",
         _LL_API_NOTE + " The gpt-4o alias points at gpt-4o-2024-08-06.")
    + (
        _src("api.gpt_4o.cached_input", "gpt-4o: cached input tokens", 1.25, _USD_MTOK, "api_prices",
             _LL, _LL_TITLE, _LL_DATE, "high", note=_LL_NOTE),
        _src("api.openai.batch_discount", "OpenAI Batch API discount on token prices", 0.5, "share",
             "api_prices", _OA, _OA_TITLE, _OA_DATE, "high",
             note="Batch requests are billed at this discount off the usual token prices. " + _OA_NOTE),
    )
    + _api("gpt_4o_mini", "gpt-4o-mini", 0.15, 0.60, _LL, _LL_TITLE, _LL_DATE, "high", _LL_NOTE)
    + _api("gpt_4_1", "gpt-4.1", 2.00, 8.00, _LL, _LL_TITLE, _LL_DATE, "high", _LL_API_NOTE)
    + _api("gpt_4_1_mini", "gpt-4.1-mini", 0.40, 1.60, _LL, _LL_TITLE, _LL_DATE, "high", _LL_API_NOTE)
    + _api("gpt_4_1_nano", "gpt-4.1-nano", 0.10, 0.40, _LL, _LL_TITLE, _LL_DATE, "high", _LL_API_NOTE)
    + _api("claude_sonnet_4_5", "Claude Sonnet 4.5", 3.00, 15.00, _LL, _LL_TITLE, _LL_DATE, "high", _LL_NOTE)
    + _api("claude_haiku_4_5", "Claude Haiku 4.5", 1.00, 5.00, _LL, _LL_TITLE, _LL_DATE, "high", _LL_NOTE)
    + _api("llama_3_1_8b.fireworks", "Llama 3.1 8B on Fireworks", 0.10, 0.10, _LL, _LL_TITLE, _LL_DATE,
           "high", _LL_NOTE)
    + _api("llama_3_1_70b.together_turbo", "Llama 3.1 70B on Together (Turbo)", 0.88, 0.88,
           "https://www.together.ai/pricing", "Together AI pricing", "2025-10-11", "medium",
           "Taken from a third-party note dated 2025-10-11.")
)

# --- 6. Embedding and reranker prices -------------------------------------------------------
_AGGREGATORS = ("Price as listed by API price aggregators (secondary); the vendor's page is where to "
                "check it. " + _UNDATED)
_EMBEDDINGS = (
    _src("embed.openai.te3_small.price", "OpenAI text-embedding-3-small", 0.02, _USD_MTOK, "embeddings",
         "https://platform.openai.com/docs/models/text-embedding-3-small", "OpenAI model page: text-embedding-3-small",
         _GATHERED, "high", note=_UNDATED),
    _src("embed.openai.te3_small.dims", "OpenAI text-embedding-3-small, dimensions", 1536, "dimensions",
         "embeddings", "https://platform.openai.com/docs/models/text-embedding-3-small",
         "OpenAI model page: text-embedding-3-small", _GATHERED, "high",
         note="Default output size (the API can shorten it). " + _UNDATED),
    _src("embed.openai.te3_large.price", "OpenAI text-embedding-3-large", 0.13, _USD_MTOK, "embeddings",
         "https://platform.openai.com/docs/models/text-embedding-3-large", "OpenAI model page: text-embedding-3-large",
         _GATHERED, "high", note=_UNDATED),
    _src("embed.openai.te3_large.dims", "OpenAI text-embedding-3-large, dimensions", 3072, "dimensions",
         "embeddings", "https://platform.openai.com/docs/models/text-embedding-3-large",
         "OpenAI model page: text-embedding-3-large", _GATHERED, "high",
         note="Default output size (the API can shorten it). " + _UNDATED),
    _src("embed.voyage.voyage_3_large.price", "Voyage voyage-3-large", 0.18, _USD_MTOK, "embeddings",
         "https://docs.voyageai.com/docs/pricing", "Voyage AI pricing (via aggregators)", _GATHERED, "medium",
         note=_AGGREGATORS),
    _src("embed.voyage.voyage_3_large.dims", "Voyage voyage-3-large, dimensions", 1024, "dimensions",
         "embeddings", "https://docs.voyageai.com/docs/pricing", "Voyage AI pricing (via aggregators)",
         _GATHERED, "medium", note="Default output size. " + _AGGREGATORS),
    _src("embed.voyage.voyage_3.price", "Voyage voyage-3", 0.06, _USD_MTOK, "embeddings",
         "https://docs.voyageai.com/docs/pricing", "Voyage AI pricing (via aggregators)", _GATHERED, "medium",
         note=_AGGREGATORS),
    _src("embed.voyage.voyage_3.dims", "Voyage voyage-3, dimensions", 1024, "dimensions", "embeddings",
         "https://docs.voyageai.com/docs/pricing", "Voyage AI pricing (via aggregators)", _GATHERED, "medium",
         note=_AGGREGATORS),
    _src("embed.voyage.voyage_3_lite.price", "Voyage voyage-3-lite", 0.02, _USD_MTOK, "embeddings",
         "https://docs.voyageai.com/docs/pricing", "Voyage AI pricing (via aggregators)", _GATHERED, "medium",
         note=_AGGREGATORS),
    _src("embed.cohere.embed_v4.price", "Cohere embed-v4.0", 0.12, _USD_MTOK, "embeddings",
         "https://cohere.com/pricing", "Cohere pricing (via aggregators)", _GATHERED, "medium", note=_AGGREGATORS),
    _src("embed.cohere.embed_english_v3.price", "Cohere embed-english-v3.0", 0.10, _USD_MTOK, "embeddings",
         "https://cohere.com/pricing", "Cohere pricing (via aggregators)", _GATHERED, "medium", note=_AGGREGATORS),
    _src("rerank.voyage.rerank_2_5.price", "Voyage rerank-2.5", 0.05, _USD_MTOK, "embeddings",
         "https://docs.voyageai.com/docs/pricing", "Voyage AI pricing (via aggregators)", _GATHERED, "medium",
         note=_AGGREGATORS),
    _src("rerank.voyage.rerank_2_5_lite.price", "Voyage rerank-2.5-lite", 0.02, _USD_MTOK, "embeddings",
         "https://docs.voyageai.com/docs/pricing", "Voyage AI pricing (via aggregators)", _GATHERED, "medium",
         note=_AGGREGATORS),
)

# --- 7. Vector database pricing -------------------------------------------------------------
_PINECONE_NOTE = "Pinecone pricing page captured 2026-11-04; the cost rules are on docs.pinecone.io."
_VECTOR_STORES = (
    _src("vdb.pinecone.standard.minimum", "Pinecone Standard: monthly minimum", 50, "USD/month",
         "vector_stores", _PINECONE_PRICING, "Pinecone pricing", _PINECONE_DATE, "high",
         note="Usage below the minimum is billed up to it. " + _PINECONE_NOTE),
    _src("vdb.pinecone.standard.storage", "Pinecone Standard: storage", 0.33, "USD/GB-month",
         "vector_stores", _PINECONE_PRICING, "Pinecone pricing", _PINECONE_DATE, "high", note=_PINECONE_NOTE),
    _src("vdb.pinecone.standard.reads", "Pinecone Standard: read units", 16, "USD/1M read units",
         "vector_stores", _PINECONE_PRICING, "Pinecone pricing", _PINECONE_DATE, "high", note=_PINECONE_NOTE),
    _src("vdb.pinecone.standard.writes", "Pinecone Standard: write units", 4, "USD/1M write units",
         "vector_stores", _PINECONE_PRICING, "Pinecone pricing", _PINECONE_DATE, "high", note=_PINECONE_NOTE),
    _src("vdb.pinecone.read_units_per_gb", "Pinecone: read units per query per GB of namespace", 1,
         "read units/GB", "vector_stores", _PINECONE_COST, "Pinecone docs: understanding cost", _GATHERED, "high",
         note=_UNDATED),
    _src("vdb.pinecone.min_read_units", "Pinecone: minimum read units per query", 0.25, "read units",
         "vector_stores", _PINECONE_COST, "Pinecone docs: understanding cost", _GATHERED, "high", note=_UNDATED),
    _src("vdb.weaviate.flex.minimum", "Weaviate Cloud Flex: from", 45, "USD/month", "vector_stores",
         "https://weaviate.io/pricing", "Weaviate pricing (via a listing)", "2026-10-07", "medium",
         note="Read from a third-party listing dated 2026-10-07."),
    _src("vdb.weaviate.flex.dimensions", "Weaviate Cloud Flex: stored vector dimensions", 0.00465,
         "USD/1M vector dimensions", "vector_stores", "https://weaviate.io/pricing",
         "Weaviate pricing (via a listing)", "2026-10-07", "medium",
         note="Billed on objects x dimensions (uncompressed). The listing does not say per month; "
              "Weaviate bills monthly."),
    _src("vdb.weaviate.flex.storage", "Weaviate Cloud Flex: storage", 0.12, "USD/GiB", "vector_stores",
         "https://weaviate.io/pricing", "Weaviate pricing (via a listing)", "2026-10-07", "medium",
         note="The listing does not say per month; Weaviate bills monthly."),
    _src("vdb.zilliz.serverless.writes", "Zilliz Cloud serverless: writes", 4, "USD/1M vCUs", "vector_stores",
         "https://docs.zilliz.com/docs/serverless-cluster-cost", "Zilliz Cloud docs: serverless cluster cost",
         _GATHERED, "high", note=_UNDATED),
    _src("vdb.zilliz.serverless.write_1m_1536", "Zilliz Cloud serverless: writing 1M 1536-d vectors", 6, "USD",
         "vector_stores", "https://docs.zilliz.com/docs/serverless-cluster-cost",
         "Zilliz Cloud docs: serverless cluster cost", _GATHERED, "high",
         note="About 1.5M vCUs. " + _UNDATED),
    _src("vdb.qdrant.ram_factor", "Qdrant sizing rule: RAM = vectors x dimensions x 4 B x this factor", 1.5, "x",
         "vector_stores", "https://qdrant.tech/documentation/cloud/capacity-sizing",
         "Qdrant docs: capacity planning", _GATHERED, "high",
         note="The extra half covers index metadata and segments being optimised. " + _UNDATED),
    _der("vdb.index_size.1m_1536", "Raw size of 1M float32 vectors of 1536 dimensions", 6.144, "GB",
         "vector_stores", "https://qdrant.tech/documentation/cloud/capacity-sizing",
         "Qdrant docs: capacity planning", _GATHERED, "high",
         "1,000,000 vectors x 1536 dimensions x 4 bytes = 6,144,000,000 bytes; at 10^9 bytes per GB, "
         "6,144,000,000 / 10^9 = 6.144.",
         note="The index_gb formula of MODEL.md §2 uses the same arithmetic."),
    _der("vdb.qdrant.ram_1m_1536", "Qdrant RAM estimate for 1M vectors of 1536 dimensions", 9.216, "GB",
         "vector_stores", "https://qdrant.tech/documentation/cloud/capacity-sizing",
         "Qdrant docs: capacity planning", _GATHERED, "high",
         "[[fig:vdb.index_size.1m_1536]] of raw vectors times the sizing factor "
         "([[fig:vdb.qdrant.ram_factor]]): 6.144 x 1.5 = 9.216."),
    _src("vdb.pgvector.managed.small_monthly", "Managed Postgres + pgvector, small tier (2 vCPU)", 15,
         "USD/month", "vector_stores", _PGVECTOR, _PGVECTOR_TITLE, _GATHERED, "low",
         note="One vendor's flat monthly price; its benchmark runs 250k x 1536-d vectors on this tier. "
              + _UNDATED),
    _src("vdb.pgvector.managed.large_monthly", "Managed Postgres + pgvector, large tier (8 vCPU)", 99,
         "USD/month", "vector_stores", _PGVECTOR, _PGVECTOR_TITLE, _GATHERED, "low",
         note="One vendor's flat monthly price; its benchmark runs 1M x 1536-d vectors on this tier. "
              + _UNDATED),
)

# --- 8. Retrieval and LLM latency -----------------------------------------------------------
_QB_NOTE = "Single client, precision 0.985-0.995; the range spans engine settings."
_LATENCY = (
    _src("latency.hnsw.1m_1536.mean", "HNSW search, 1M x 1536-d vectors, 1 client: mean", 15, "ms", "latency",
         _QB, _QB_TITLE, _QB_DATE, "medium", low=9, high=17,
         note="Elasticsearch rows of Qdrant's benchmark (the range shown with this figure); the value is "
              "the model's default, towards the slow end. " + _QB_NOTE),
    _src("latency.hnsw.1m_1536.p95", "HNSW search, 1M x 1536-d vectors, 1 client: p95", 17.25, "ms", "latency",
         _QB, _QB_TITLE, _QB_DATE, "medium", low=10.5, high=24,
         note="Elasticsearch rows (the range shown with this figure); value is the midpoint. " + _QB_NOTE),
    _src("latency.hnsw.1m_1536.p99", "HNSW search, 1M x 1536-d vectors, 1 client: p99", 19, "ms", "latency",
         _QB, _QB_TITLE, _QB_DATE, "medium", low=12, high=26,
         note="Elasticsearch rows (the range shown with this figure); value is the midpoint. " + _QB_NOTE),
    _src("latency.hnsw.qdrant_1m_960.mean", "HNSW search in Qdrant, 1M x 960-d vectors, 1 client: mean", 10.8, "ms",
         "latency", _QB, _QB_TITLE, _QB_DATE, "medium", low=5.6, high=16,
         note="Value is the midpoint of the range shown with this figure."),
    _src("latency.hnsw.qdrant_1m_960.p95", "HNSW search in Qdrant, 1M x 960-d vectors, 1 client: p95", 14.5, "ms",
         "latency", _QB, _QB_TITLE, _QB_DATE, "medium", low=7, high=22,
         note="Value is the midpoint of the range shown with this figure."),
    _src("latency.hnsw.qdrant_1m_960.mean_100_clients",
         "HNSW search in Qdrant, 1M x 960-d vectors, 100 clients: mean", 265, "ms", "latency",
         _QB, _QB_TITLE, _QB_DATE, "medium", low=160, high=370,
         note="Value is the midpoint of the range shown with this figure. Queueing under load, not search "
              "time alone."),
    _src("latency.pgvector.hnsw_250k_1536.p50", "pgvector HNSW, 250k x 1536-d, recall 0.93, 4 clients: p50", 3.7,
         "ms", "latency", _PGVECTOR, _PGVECTOR_TITLE, _GATHERED, "low", note="Vendor benchmark. " + _UNDATED),
    _src("latency.pgvector.hnsw_250k_1536.p95", "pgvector HNSW, 250k x 1536-d, recall 0.93, 4 clients: p95", 5.9,
         "ms", "latency", _PGVECTOR, _PGVECTOR_TITLE, _GATHERED, "low", note="Vendor benchmark. " + _UNDATED),
    _asm("latency.query_embedding.api", "Query embedding through a hosted API, round trip", 150, "ms", "latency",
         "anecdotal reports put an embedding API round trip within this figure's range; no measured, "
         "citable source was found, so the low end is used (dedicated endpoints measure faster, see "
         "latency.query_embedding.cohere_embed_v4.dedicated)",
         low=150, high=250),
    _src("latency.query_embedding.cohere_embed_v4.dedicated", "Cohere embed-v4 on a dedicated cluster, per request",
         90, "ms", "latency", _ORACLE_BENCH, "Oracle Cloud docs: Cohere benchmarks (OCI Generative AI)",
         _GATHERED, "medium", note="Given in seconds per request. " + _UNDATED),
    _src("latency.rerank.cohere_3_5.dedicated", "Cohere Rerank 3.5 on a dedicated cluster, 1-96 docs of 64 tokens",
         140, "ms", "latency", _ORACLE_RERANK, "Oracle Cloud docs: Cohere Rerank 3.5 benchmark", _GATHERED,
         "medium", low=110, high=170,
         note="Given in seconds as a range (shown with this figure); value is the midpoint. " + _UNDATED),
    _src("latency.ttft_p95.8b_fp8_h100.prompt_128", "Time to first token, p95, Qwen3-8B FP8 on 1x H100, 128-token prompt",
         14, "ms", "latency", _SB_PERF, _SB_PERF_TITLE, _SB_RUN_DATE, "medium",
         note="vLLM, concurrency 1; rounded from a measured 14.45."),
    _src("latency.ttft_p95.8b_fp8_h100.prompt_2048", "Time to first token, p95, Qwen3-8B FP8 on 1x H100, 2,048-token prompt",
         50, "ms", "latency", _SB_PERF, _SB_PERF_TITLE, _SB_RUN_DATE, "medium",
         note="vLLM, concurrency 1; rounded from a measured 50.3."),
    _src("latency.ttft_p95.8b_fp8_h100.prompt_8192", "Time to first token, p95, Qwen3-8B FP8 on 1x H100, 8,192-token prompt",
         205, "ms", "latency", _SB_PERF, _SB_PERF_TITLE, _SB_RUN_DATE, "medium",
         note="vLLM, concurrency 1; rounded from a measured 205.1."),
    _src("latency.decode.8b_fp8_h100.single_stream", "Time per output token, Qwen3-8B FP8 on 1x H100, one user",
         4.7, "ms/token", "latency", _SB_PERF, _SB_PERF_TITLE, _SB_RUN_DATE, "medium", low=4.6, high=4.8,
         note="vLLM at concurrency 1 (the range shown with this figure); value is the midpoint. Under "
              "load it rises "
              "(see latency.itl.llama31_8b_fp8.h100)."),
    _src("latency.itl.llama31_8b_fp8.h100", "Inter-token latency, Llama 3.1 8B FP8 on 1x H100, 320 prompts",
         19.8, "ms/token", "latency", _LB, _LB_TITLE, _LB_DATE, "medium", note=_LB_NOTE),
    _src("latency.itl.llama31_8b_fp8.a100", "Inter-token latency, Llama 3.1 8B FP8 on 1x A100, 320 prompts",
         42.9, "ms/token", "latency", _LB, _LB_TITLE, _LB_DATE, "medium", note=_LB_NOTE),
    _src("latency.itl.llama31_70b_fp8.h100x2", "Inter-token latency, Llama 3.1 70B FP8 on 2x H100", 49, "ms/token",
         "latency", _LB, _LB_TITLE, _LB_DATE, "medium", note=_LB_NOTE),
    _src("latency.itl.llama31_70b_fp8.h100x4", "Inter-token latency, Llama 3.1 70B FP8 on 4x H100", 38, "ms/token",
         "latency", _LB, _LB_TITLE, _LB_DATE, "medium", note=_LB_NOTE),
    _src("latency.itl.llama31_70b_fp8.h100x8", "Inter-token latency, Llama 3.1 70B FP8 on 8x H100", 34, "ms/token",
         "latency", _LB, _LB_TITLE, _LB_DATE, "medium", note=_LB_NOTE),
    _src("latency.itl.llama31_70b_fp8.a100x2", "Inter-token latency, Llama 3.1 70B FP8 on 2x A100", 120, "ms/token",
         "latency", _LB, _LB_TITLE, _LB_DATE, "medium", note=_LB_NOTE),
)

# --- 9. Data labelling ----------------------------------------------------------------------
_WRING = "https://www.wring.co/blog/aws-sagemaker-ground-truth-pricing-guide"
_WRING_TITLE = "Wring: SageMaker Ground Truth pricing guide"
_LABELLING = (
    _src("labelling.mturk.text_classification", "SageMaker Ground Truth via Mechanical Turk: text classification",
         0.012, "USD/worker/object", "labelling", _WRING, _WRING_TITLE, "2026-03-15", "medium",
         note="Per worker per labelled object; Ground Truth sends each object to several workers "
              "(3-5 by default, per the same guide)."),
    _der("labelling.mturk.text_classification_3_workers",
         "Text classification label from three Mechanical Turk workers", 0.036, "USD/example", "labelling",
         _WRING, _WRING_TITLE, "2026-03-15", "medium",
         "Three workers per object, each paid [[fig:labelling.mturk.text_classification]] (0.012 before "
         "rounding): 0.012 x 3 = 0.036 per labelled example."),
    _src("labelling.sft_example", "Supervised fine-tuning example, written by a person", 0.50, "USD/example",
         "labelling",
         "https://www.secondtalent.com/resources/data-annotation-for-llm-fine-tuning-rlhf-and-instruction-tuning-guide/",
         "Second Talent: data annotation for LLM fine-tuning (blog)", _GATHERED, "low", low=0.10, high=1.00,
         note="The post (2025) gives a range per instruction-tuning sample (the low and high shown with "
              "this figure); the value is the model's default, near the midpoint. The month of the post is "
              "not recorded; as_of is when it was gathered."),
    _src("labelling.expert_preference_pair", "Preference pair judged by a domain expert", 32.5, "USD/pair",
         "labelling", "https://theneuralbase.com/dpo/learn/advanced/preference-data-collection-cost/",
         "The Neural Base: preference data collection cost (blog)", _GATHERED, "low", low=15, high=50,
         note="Given as a range per pair (the low and high shown with this figure); value is the "
              "midpoint. " + _UNDATED),
)

# --- 10. Serving throughput (self-hosted) ---------------------------------------------------
_THROUGHPUT = (
    _der("throughput.prefill.8b_h100", "Prompt tokens per second, 8B FP8 model on 1x H100 (vLLM)", 40000,
         "tokens/s", "throughput", _SB_PERF, _SB_PERF_TITLE, _SB_RUN_DATE, "medium",
         "Time to first token (p95, one user) for an 8,192-token prompt is "
         "[[fig:latency.ttft_p95.8b_fp8_h100.prompt_8192]]: 8,192 tokens / 0.205 seconds = 39,961 tokens a "
         "second; for a 2,048-token prompt ([[fig:latency.ttft_p95.8b_fp8_h100.prompt_2048]]), "
         "2,048 / 0.050 = 40,960. Rounded to 40,000.",
         note="Qwen3-8B FP8. TTFT also holds scheduling and the first decode step, so pure prefill is a "
              "little faster; short prompts (128 tokens in [[fig:latency.ttft_p95.8b_fp8_h100.prompt_128]]) are "
              "dominated by that fixed cost."),
    _src("throughput.decode.llama31_8b_fp8.h100", "Output tokens per second, Llama 3.1 8B FP8 on 1x H100, batched",
         3400, "tokens/s", "throughput", _LB, _LB_TITLE, _LB_DATE, "medium",
         note=_LB_NOTE + " Newer vLLM releases are reported to be faster."),
    _src("throughput.decode.llama31_8b_fp8.a100", "Output tokens per second, Llama 3.1 8B FP8 on 1x A100, batched",
         1518, "tokens/s", "throughput", _LB, _LB_TITLE, _LB_DATE, "medium", note=_LB_NOTE),
    _src("throughput.decode.llama31_70b_fp8.h100x2", "Output tokens per second, Llama 3.1 70B FP8 on 2x H100",
         1728, "tokens/s", "throughput", _LB, _LB_TITLE, _LB_DATE, "medium", note=_LB_NOTE),
    _src("throughput.decode.llama31_70b_fp8.h100x4", "Output tokens per second, Llama 3.1 70B FP8 on 4x H100",
         2243, "tokens/s", "throughput", _LB, _LB_TITLE, _LB_DATE, "medium", note=_LB_NOTE),
    _src("throughput.decode.llama31_70b_fp8.h100x8", "Output tokens per second, Llama 3.1 70B FP8 on 8x H100",
         2573, "tokens/s", "throughput", _LB, _LB_TITLE, _LB_DATE, "medium", note=_LB_NOTE),
    _src("throughput.decode.llama31_70b_fp8.a100x2", "Output tokens per second, Llama 3.1 70B FP8 on 2x A100",
         663, "tokens/s", "throughput", _LB, _LB_TITLE, _LB_DATE, "medium",
         note=_LB_NOTE + " Newer vLLM releases are reported to more than double 70B throughput."),
    _src("throughput.qwen3_8b_bf16.h100.chat_128", "Output tokens per second, Qwen3-8B BF16 on 1x H100, chat 128 in / 128 out",
         14540, "tokens/s", "throughput", _SB_CAP, _SB_PERF_TITLE, _SB_RUN_DATE, "medium",
         note="vLLM at the most users that still meet the benchmark's service levels (p99 time to first "
              "token within two seconds, median inter-token latency within fifty milliseconds): 512 users; "
              "measured 14,539.5."),
    _src("throughput.qwen3_8b_bf16.h100.balanced_2048", "Output tokens per second, Qwen3-8B BF16 on 1x H100, 2,048 in / 2,048 out",
         2815, "tokens/s", "throughput", _SB_CAP, _SB_PERF_TITLE, _SB_RUN_DATE, "medium",
         note="Same service-level limits (40 users); measured 2,814.7."),
    _der("throughput.decode.8b_fp8_h100.single_stream", "Output tokens per second seen by one user, 8B FP8 on 1x H100",
         212.8, "tokens/s", "throughput", _SB_PERF, _SB_PERF_TITLE, _SB_RUN_DATE, "medium",
         "1,000 milliseconds in a second / [[fig:latency.decode.8b_fp8_h100.single_stream]] = 212.8 tokens "
         "a second; the ends of that figure's range give 1,000 / 4.8 = 208.3 and 1,000 / 4.6 = 217.4.",
         low=208.3, high=217.4, note="Qwen3-8B FP8 at concurrency 1."),
)

# --- Defaults that are assumptions (PLAN.md "Default figure ids") ----------------------------
_ASSUMED_DEFAULTS = (
    _asm("assume.queries_per_month", "Queries in the first month", 100000, "queries/month", "workload",
         "a mid-sized assistant; the seed article's own mid-tier example is 100,000 queries a month"),
    _asm("assume.growth_per_month", "Month-on-month growth of queries", 0, "share", "workload",
         "flat volume keeps the default easy to check by hand; enter your own growth"),
    _asm("assume.months", "Horizon of the total cost of ownership", 12, "months", "workload",
         "one year, the usual budgeting period"),
    _asm("assume.prompt_tokens", "Input tokens per query, without retrieved context", 500, "tokens", "workload",
         "a short system prompt and a user question"),
    _asm("assume.output_tokens", "Output tokens per query", 250, "tokens", "workload",
         "an answer of a few short paragraphs"),
    _asm("assume.ft_hosting_per_hour", "Hourly fee for keeping a fine-tuned deployment up", 0, "USD/hour",
         "finetune_prices",
         "OpenAI charges no hourly fee for serving a fine-tuned model; Azure OpenAI does charge one "
         "for a deployed fine-tuned model, used or not (learn.microsoft.com, manage costs)",
         confidence="medium"),
    _asm("assume.gpus_per_instance", "Smallest number of GPUs rented at once", 1, "GPUs", "gpu_prices",
         "many GPU clouds rent single GPUs; the AWS P-instance presets set 8"),
    _asm("assume.serving_gpus_per_replica", "GPUs in one serving replica", 1, "GPUs", "throughput",
         "an 8B model fits on one H100 or A100 80GB with room for its KV cache"),
    _asm("assume.serving_min_replicas", "Replicas kept up all month", 1, "replicas", "throughput",
         "one replica always on, so the service answers without a cold start"),
    _asm("assume.corpus_tokens", "Tokens in the knowledge base", 50000000, "tokens", "workload",
         "a mid-sized knowledge base, for example 100,000 pages of about 500 tokens"),
    _asm("assume.corpus_churn", "Share of the corpus re-embedded each month", 0.10, "share", "workload",
         "about a tenth of the documents change in a month"),
    _asm("assume.chunk_tokens", "Tokens per chunk", 512, "tokens", "embeddings",
         "a common chunk size in RAG tutorials and framework examples"),
    _asm("assume.retrieved_chunks", "Chunks put into each prompt (k)", 5, "chunks", "embeddings",
         "top-5 retrieval, a common starting point"),
    _asm("assume.orchestration_monthly", "App servers, queues and monitoring for retrieval", 300, "USD/month",
         "engineering", "a few small always-on servers, a queue and monitoring"),
    _asm("assume.rag_eng_hours_per_month", "Engineering hours a month to keep retrieval healthy", 8, "hours/month",
         "engineering", "about one working day a month on ingestion, evaluation and fixes"),
    _asm("assume.rerank_ms", "Reranker latency", 0, "ms", "latency",
         "no reranker by default; a hosted reranker adds the time measured in "
         "latency.rerank.cohere_3_5.dedicated"),
    _asm("assume.model_params_b", "Parameters of the model being tuned", 8, "billion parameters",
         "training_rules", "an 8B open model, the size the serving throughput figures were measured on"),
    _asm("assume.train_examples", "Labelled examples", 5000, "examples", "labelling",
         "the middle of the seed article's 1,000-10,000 range (claim.labelled_examples)", low=1000, high=10000),
    _asm("assume.tokens_per_example", "Tokens per training example", 1000, "tokens", "training_rules",
         "a prompt plus a worked answer"),
    _asm("assume.epochs", "Passes over the training data", 3, "epochs", "training_rules",
         "a common choice for small supervised fine-tuning sets"),
    _asm("assume.hp_runs", "Training runs per cycle (hyperparameter search)", 3, "runs", "training_rules",
         "a small search over learning rate or epochs before keeping one model"),
    _asm("assume.retrains_per_year", "Training cycles per year, the first included", 4, "cycles/year",
         "training_rules", "retraining once a quarter"),
    _asm("assume.new_examples_share", "Share of examples newly labelled for each retrain", 0.2, "share",
         "labelling", "a fifth of the training set is added or relabelled for each retrain"),
    _asm("assume.mfu", "Model FLOPs utilisation of a fine-tuning run", 0.35, "share", "gpu_specs",
         "no source measures utilisation for fine-tuning on 1-8 GPUs; this figure's range is common "
         "folklore, a little under the range Meta reports for Llama 3 pretraining "
         "(gpu.mfu.llama3_405b_pretraining)",
         low=0.30, high=0.40),
    _asm("assume.run_overhead_hours", "Billed hours per run spent not training", 1, "hours", "training_rules",
         "setup, model download, loading, checkpoints and evaluation take about an hour per run"),
    _asm("assume.ft_eng_hours_per_cycle", "Engineering hours per training cycle", 40, "hours", "engineering",
         "about one engineer-week per cycle for data curation, evaluation and release"),
    _asm("assume.eng_hourly_rate", "Cost of an engineering hour", 100, "USD/hour", "engineering",
         "a round loaded hourly cost for an ML engineer; use your own"),
)

CATALOGUE: tuple[Figure, ...] = (
    _GPU_PRICES
    + _GPU_SPECS
    + _TRAINING_RULES
    + _FINETUNE_PRICES
    + _API_PRICES
    + _EMBEDDINGS
    + _VECTOR_STORES
    + _LATENCY
    + _LABELLING
    + _THROUGHPUT
    + _ASSUMED_DEFAULTS
)


def _index(figures: tuple[Figure, ...]) -> Mapping[str, Figure]:
    by_id: dict[str, Figure] = {}
    for fig in figures:
        if fig.id in by_id:
            raise ValueError(f"duplicate figure id: {fig.id}")
        by_id[fig.id] = fig
    return MappingProxyType(by_id)


FIGURE_BY_ID: Mapping[str, Figure] = _index(CATALOGUE)
"""Every figure by id (read-only)."""


def _date_key(as_of: str) -> tuple[str, int]:
    # "2026-09" sorts as "2026-09-01"; on a tie the more precise date wins.
    padded = (as_of + "-01-01")[:10] if len(as_of) < 10 else as_of[:10]
    return (padded, len(as_of))


def data_as_of() -> str:
    """The newest source date among sourced and derived figures, as written in the figure.

    Assumption dates are excluded: they date this project's choices, not the data.
    """
    dates = [f.as_of for f in CATALOGUE if f.kind != "assumption"]
    return max(dates, key=_date_key)


# --- Published studies and guides -----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Study:
    """A published study or guide the decision guide cites, with its finding in our words."""

    id: str
    title: str
    authors_year: str
    finding: str
    url: str


STUDIES: tuple[Study, ...] = (
    Study("ovadia2023", "Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs", "Ovadia et al. 2023",
          "On knowledge-heavy question sets, retrieval beat continued unsupervised training on the same "
          "documents, both for facts the model had met in pretraining and for new ones. Training alone "
          "taught new facts poorly unless each fact appeared in many rephrasings.",
          "https://arxiv.org/abs/2312.05934"),
    Study("balaguer2024", "RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture",
          "Balaguer et al. 2024",
          "On agricultural questions, fine-tuning raised accuracy by a little over 6 points and retrieval "
          "added about 5 more on top: the two gains added up.",
          "https://arxiv.org/abs/2401.08406"),
    Study("soudani2024", "Fine Tuning vs. Retrieval Augmented Generation for Less Popular Knowledge",
          "Soudani et al. 2024 (SIGIR)",
          "For facts about less popular entities, the long tail a model rarely saw in training, retrieval "
          "beat fine-tuning by a wide margin.",
          "https://arxiv.org/abs/2403.01432"),
    Study("anyscale_form_not_facts", "Fine tuning is for form, not facts",
          "Kadous and Hakhamaneshi, Anyscale blog, 2023",
          "Fine-tuning mostly changes how a model answers (format, style, tone) rather than what it knows; "
          "on narrow tasks a small tuned model can beat a larger general one.",
          "https://www.anyscale.com/blog/fine-tuning-is-for-form-not-facts"),
    Study("openai_optimizing_accuracy", "Optimizing LLMs for accuracy", "OpenAI platform guide",
          "Treats accuracy work as two separate levers: give the model better context (retrieval) when "
          "knowledge is missing or out of date, and change the model (fine-tuning) when its behaviour is "
          "inconsistent. Many systems end up pulling both.",
          "https://platform.openai.com/docs/guides/optimizing-llm-accuracy"),
    Study("microsoft_compare_strategies", "Compare and combine optimization strategies", "Microsoft Learn",
          "Places prompt engineering, RAG and fine-tuning in rising order of time to implement, complexity "
          "and cost (low, medium, high), and treats them as complementary rather than exclusive.",
          "https://learn.microsoft.com/en-gb/training/modules/optimize-generative-ai-model-performance/"
          "5-compare-combine-strategies"),
    Study("lora2021", "LoRA: Low-Rank Adaptation of Large Language Models", "Hu et al. 2021",
          "Freezes the model and trains small low-rank matrices beside it: on GPT-3 175B, about 10,000 times "
          "fewer trainable parameters and a third of the GPU memory of full fine-tuning with Adam.",
          _LORA),
    Study("qlora2023", "QLoRA: Efficient Finetuning of Quantized LLMs", "Dettmers et al. 2023",
          "Trains LoRA adapters on top of a base model quantised to 4 bits (NF4), with double quantisation "
          "and paged optimisers, bringing a 65B fine-tune from more than 780 GB to under 48 GB: one GPU.",
          _QLORA),
)
