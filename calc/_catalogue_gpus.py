"""The catalogue's GPU figures: on-demand prices per GPU-hour, and the specifications of the GPUs.

Each source is declared once, as a ``Source``; the figures name it.
"""

from __future__ import annotations

from ._figures import GATHERED, UNDATED, Source, assumed, sourced

__all__ = ["GPU_PRICES", "GPU_SPECS"]

# --- sources --------------------------------------------------------------------------------------
_DR_TITLE = "Data Receipts: GPU pricing"
DR_HYPER = Source(ref="github:datareceipts/data-receipts 109-gpu-pricing/hyperscalers.json", title=_DR_TITLE,
                  as_of="2026-11-09")
DR_VENDORS = Source(ref="github:datareceipts/data-receipts 109-gpu-pricing/vendors.json", title=_DR_TITLE,
                    as_of="2026-11-09")
SB_GPU = Source(ref="github:tgarg01/silybench-data derived/csv/gpu_prices.csv", title="silybench data: GPU prices",
                as_of="2026-09-25")  # the price snapshot
VT = Source(ref="github:tsaol/aws-gpu data/all_gpu_instances.js",
            title="aws-gpu: AWS GPU instances (generated from instances.vantage.sh)", as_of="2026-08-26")
H100_DATASHEET = Source(ref="https://www.nvidia.com/en-us/data-center/h100/",
                        title="NVIDIA H100 Tensor Core GPU datasheet", as_of=GATHERED, note=UNDATED)
A100_DATASHEET = Source(ref="https://www.nvidia.com/en-us/data-center/a100/",
                        title="NVIDIA A100 datasheet (as reproduced by secondary sources)", as_of=GATHERED,
                        note=UNDATED)
L4_SPECS = Source(ref="https://www.nvidia.com/en-us/data-center/l4/",
                  title="NVIDIA L4 specifications (secondary source)", as_of=GATHERED, note=UNDATED)
L40S_DATASHEET = Source(ref="https://www.nvidia.com/en-us/data-center/l40s/",
                        title="NVIDIA L40S datasheet (as reproduced by resellers)", as_of=GATHERED, note=UNDATED)
LLAMA3 = Source(ref="https://arxiv.org/abs/2407.21783", title="Llama Team 2024, The Llama 3 Herd of Models",
                as_of="2024-07")

_USD_GPU_H = "USD/GPU-hour"
_USD_INST_H = "USD/instance-hour"

# --- GPU on-demand prices ----------------------------------------------------------------
# Per-GPU prices are the ones the sources list, not computed here from the instance prices beside
# them: Data Receipts states its own per-GPU price, rounded its own way (p4d's 21.96 / 8 = 2.745 is
# listed as 2.74). A test checks that each agrees with its instance price and GPU count to the cent.
GPU_PRICES = (
    sourced("gpu.h100_sxm.aws_p5.price", "H100 SXM on AWS p5.48xlarge, per GPU-hour", 6.88, _USD_GPU_H,
            "gpu_prices", DR_HYPER, "high",
            note="On demand, us-east-1: [[fig:gpu.h100_sxm.aws_p5.instance_price]] for "
                 "[[fig:gpu.h100_sxm.aws_p5.gpus]]. The list price before the June 2025 cut "
                 "([[fig:gpu.h100_sxm.aws_p5.instance_price_before_2025_06]], "
                 "[[fig:gpu.h100_sxm.aws_p5.price_before_2025_06]]) still circulates; AWS cut P5 prices in "
                 "June 2025.",
            low=2.69, high=12.29,
            range_basis="The catalogue's on-demand offers of the same H100 (SXM, 80GB): from "
                        "[[fig:gpu.h100_sxm.runpod_community.price]] (RunPod Community) to "
                        "[[fig:gpu.h100_sxm.azure_nd96isr_v5.price]] (Azure), with "
                        "[[fig:gpu.h100_sxm.lambda_8x.price]] (Lambda), [[fig:gpu.h100_sxm.aws_p5.price]] (AWS) and "
                        "[[fig:gpu.h100_80gb.gcp_a3_highgpu_1g.price]] (GCP) between."),
    sourced("gpu.h100_sxm.aws_p5.instance_price", "AWS p5.48xlarge (8x H100 SXM), per instance-hour",
            55.04, _USD_INST_H, "gpu_prices", DR_HYPER, "high",
            note="On demand, us-east-1."),
    sourced("gpu.h100_sxm.aws_p5.price_before_2025_06",
            "H100 SXM on AWS p5, list price before the June 2025 cut, per GPU-hour", 12.29, _USD_GPU_H,
            "gpu_prices", DR_HYPER, "medium",
            note="Superseded: AWS cut P5 prices in June 2025 (now [[fig:gpu.h100_sxm.aws_p5.price]]). Kept "
                 "because the old price still circulates; 98.32 / 8 = 12.29."),
    sourced("gpu.h100_sxm.aws_p5.instance_price_before_2025_06",
            "AWS p5.48xlarge (8x H100 SXM), list price before the June 2025 cut, per instance-hour", 98.32,
            _USD_INST_H, "gpu_prices", DR_HYPER, "medium",
            note="Superseded: AWS cut P5 prices in June 2025 (now "
                 "[[fig:gpu.h100_sxm.aws_p5.instance_price]])."),
    sourced("gpu.h100_sxm.aws_p5.gpus", "GPUs in one AWS p5.48xlarge", 8, "GPUs", "gpu_prices",
            DR_HYPER, "high",
            note="AWS rents P5 capacity as whole 8-GPU instances.",
            low=8, high=8,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.a100_40gb.aws_p4d.price", "A100 40GB on AWS p4d.24xlarge, per GPU-hour", 2.74, _USD_GPU_H,
            "gpu_prices", DR_HYPER, "high",
            note="[[fig:gpu.a100_40gb.aws_p4d.instance_price]] for [[fig:gpu.a100_40gb.aws_p4d.gpus]]; "
                 "21.96 / 8 = 2.745, which the source rounds to 2.74.",
            low=1.92, high=2.74,
            range_basis="Assumption: the catalogue has no other offer of this GPU, so the range runs from an assumed "
                        "1-year commitment of about three tenths off (AWS advertises savings plans of up to seven "
                        "tenths off; no rate for this instance was sourced) to the on-demand price."),
    sourced("gpu.a100_40gb.aws_p4d.instance_price", "AWS p4d.24xlarge (8x A100 40GB), per instance-hour",
            21.96, _USD_INST_H, "gpu_prices", DR_HYPER, "high"),
    sourced("gpu.a100_40gb.aws_p4d.gpus", "GPUs in one AWS p4d.24xlarge", 8, "GPUs", "gpu_prices",
            DR_HYPER, "high",
            low=8, high=8,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.a100_80gb.aws_p4de.price", "A100 80GB on AWS p4de.24xlarge, per GPU-hour", 3.43, _USD_GPU_H,
            "gpu_prices", DR_HYPER, "high",
            note="[[fig:gpu.a100_80gb.aws_p4de.instance_price]] for [[fig:gpu.a100_80gb.aws_p4de.gpus]] "
                 "(27.45 / 8 = 3.431).",
            low=1.39, high=3.43,
            range_basis="The catalogue's on-demand offers of the same A100 (SXM, 80GB): from "
                        "[[fig:gpu.a100_sxm_80gb.runpod_community.price]] (RunPod Community) through "
                        "[[fig:gpu.a100_sxm_80gb.runpod_secure.price]] and [[fig:gpu.a100_80gb.lambda_8x.price]] to "
                        "AWS."),
    sourced("gpu.a100_80gb.aws_p4de.instance_price", "AWS p4de.24xlarge (8x A100 80GB), per instance-hour",
            27.45, _USD_INST_H, "gpu_prices", DR_HYPER, "high"),
    sourced("gpu.a100_80gb.aws_p4de.gpus", "GPUs in one AWS p4de.24xlarge", 8, "GPUs", "gpu_prices",
            DR_HYPER, "high",
            low=8, high=8,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.a10g.aws_g5_xlarge.price", "A10G on AWS g5.xlarge, per GPU-hour", 1.006, _USD_GPU_H,
            "gpu_prices", VT, "high", note="On demand, us-east-1; one GPU per instance.",
            low=0.7, high=1.006,
            range_basis="Assumption: the catalogue has no other offer of this GPU, so the range runs from an assumed "
                        "1-year commitment of about three tenths off (AWS advertises savings plans of up to seven "
                        "tenths off; no rate for this instance was sourced) to the on-demand price."),
    sourced("gpu.a10g.aws_g5_xlarge.gpus", "GPUs in one AWS g5.xlarge", 1, "GPUs", "gpu_prices",
            VT, "high",
            low=1, high=1,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.l4.aws_g6_xlarge.price", "L4 on AWS g6.xlarge, per GPU-hour", 0.8048, _USD_GPU_H,
            "gpu_prices", VT, "high", note="On demand, us-east-1; one GPU per instance.",
            low=0.56, high=0.8048,
            range_basis="Assumption: the catalogue has no other offer of this GPU, so the range runs from an assumed "
                        "1-year commitment of about three tenths off (AWS advertises savings plans of up to seven "
                        "tenths off; no rate for this instance was sourced) to the on-demand price."),
    sourced("gpu.l4.aws_g6_xlarge.gpus", "GPUs in one AWS g6.xlarge", 1, "GPUs", "gpu_prices",
            VT, "high",
            low=1, high=1,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.l40s.aws_g6e_xlarge.price", "L40S on AWS g6e.xlarge, per GPU-hour", 1.861, _USD_GPU_H,
            "gpu_prices", VT, "high", note="On demand, us-east-1; one GPU per instance.",
            low=0.79, high=1.861,
            range_basis="The catalogue's on-demand offers of the L40S: [[fig:gpu.l40s.runpod_community.price]] "
                        "(RunPod Community) and [[fig:gpu.l40s.runpod_secure.price]] (RunPod Secure) to AWS."),
    sourced("gpu.l40s.aws_g6e_xlarge.gpus", "GPUs in one AWS g6e.xlarge", 1, "GPUs", "gpu_prices",
            VT, "high",
            low=1, high=1,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.h100_80gb.gcp_a3_highgpu_1g.price", "H100 80GB on GCP a3-highgpu-1g (us-central1), per GPU-hour",
            10.98, _USD_GPU_H, "gpu_prices", SB_GPU, "medium", note="On demand.",
            low=2.69, high=12.29,
            range_basis="The catalogue's on-demand offers of the same H100 (SXM, 80GB): from "
                        "[[fig:gpu.h100_sxm.runpod_community.price]] (RunPod Community) to "
                        "[[fig:gpu.h100_sxm.azure_nd96isr_v5.price]] (Azure), with "
                        "[[fig:gpu.h100_sxm.lambda_8x.price]] (Lambda), [[fig:gpu.h100_sxm.aws_p5.price]] (AWS) and "
                        "[[fig:gpu.h100_80gb.gcp_a3_highgpu_1g.price]] (GCP) between."),
    sourced("gpu.h100_80gb.gcp_a3_highgpu_1g.spot_price",
            "H100 80GB on GCP a3-highgpu-1g (us-central1), spot, per GPU-hour", 6.57, _USD_GPU_H,
            "gpu_prices", SB_GPU, "medium",
            note="Spot capacity can be reclaimed at any time."),
    sourced("gpu.h100_80gb.gcp_a3_highgpu_1g.gpus", "GPUs in one GCP a3-highgpu-1g", 1, "GPUs", "gpu_prices",
            SB_GPU, "medium",
            low=1, high=1,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.h100_sxm.azure_nd96isr_v5.price", "H100 SXM on Azure ND96isr_H100_v5, per GPU-hour", 12.29,
            _USD_GPU_H, "gpu_prices", DR_HYPER, "high",
            low=2.69, high=12.29,
            range_basis="The catalogue's on-demand offers of the same H100 (SXM, 80GB): from "
                        "[[fig:gpu.h100_sxm.runpod_community.price]] (RunPod Community) to "
                        "[[fig:gpu.h100_sxm.azure_nd96isr_v5.price]] (Azure), with "
                        "[[fig:gpu.h100_sxm.lambda_8x.price]] (Lambda), [[fig:gpu.h100_sxm.aws_p5.price]] (AWS) and "
                        "[[fig:gpu.h100_80gb.gcp_a3_highgpu_1g.price]] (GCP) between."),
    sourced("gpu.h100_sxm.azure_nd96isr_v5.gpus", "GPUs in one Azure ND96isr_H100_v5", 8, "GPUs", "gpu_prices",
            DR_HYPER, "high",
            low=8, high=8,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.a100_pcie_80gb.azure_nc24ads_v4.price", "A100 PCIe 80GB on Azure NC24ads_A100_v4, per GPU-hour",
            3.673, _USD_GPU_H, "gpu_prices", DR_HYPER, "high"),
    sourced("gpu.h100_sxm.lambda_1x.price", "H100 SXM on Lambda, 1-GPU instance, per GPU-hour", 4.29, _USD_GPU_H,
            "gpu_prices", SB_GPU, "medium"),
    sourced("gpu.h100_sxm.lambda_1x.gpus", "GPUs in a Lambda 1x H100 SXM instance", 1, "GPUs", "gpu_prices",
            SB_GPU, "medium"),
    sourced("gpu.h100_sxm.lambda_8x.price", "H100 SXM on Lambda, 8-GPU instance, per GPU-hour", 3.99, _USD_GPU_H,
            "gpu_prices", SB_GPU, "medium",
            low=2.69, high=12.29,
            range_basis="The catalogue's on-demand offers of the same H100 (SXM, 80GB): from "
                        "[[fig:gpu.h100_sxm.runpod_community.price]] (RunPod Community) to "
                        "[[fig:gpu.h100_sxm.azure_nd96isr_v5.price]] (Azure), with "
                        "[[fig:gpu.h100_sxm.lambda_8x.price]] (Lambda), [[fig:gpu.h100_sxm.aws_p5.price]] (AWS) and "
                        "[[fig:gpu.h100_80gb.gcp_a3_highgpu_1g.price]] (GCP) between."),
    sourced("gpu.h100_sxm.lambda_8x.gpus", "GPUs in a Lambda 8x H100 SXM instance", 8, "GPUs", "gpu_prices",
            SB_GPU, "medium",
            low=8, high=8,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.h100_pcie.lambda_1x.price", "H100 PCIe on Lambda, 1-GPU instance, per GPU-hour", 3.29, _USD_GPU_H,
            "gpu_prices", SB_GPU, "medium"),
    sourced("gpu.a100_80gb.lambda_8x.price", "A100 80GB on Lambda, 8-GPU instance, per GPU-hour", 2.79, _USD_GPU_H,
            "gpu_prices", SB_GPU, "medium"),
    sourced("gpu.a10.lambda_1x.price", "A10 on Lambda, 1-GPU instance, per GPU-hour", 1.29, _USD_GPU_H,
            "gpu_prices", SB_GPU, "medium"),
    sourced("gpu.h100_sxm.runpod_community.price", "H100 SXM on RunPod Community Cloud, per GPU-hour", 2.69,
            _USD_GPU_H, "gpu_prices", SB_GPU, "medium"),
    sourced("gpu.h100_sxm.runpod_secure.price", "H100 SXM on RunPod Secure Cloud, per GPU-hour", 3.99, _USD_GPU_H,
            "gpu_prices", DR_VENDORS, "medium",
            note="The newer of two observations: silybench recorded "
                 "[[fig:gpu.h100_sxm.runpod_secure.price_2026_09]] on 2026-09-25. GPU-cloud H100 prices rose "
                 "during 2026.",
            low=2.69, high=12.29,
            range_basis="The catalogue's on-demand offers of the same H100 (SXM, 80GB): from "
                        "[[fig:gpu.h100_sxm.runpod_community.price]] (RunPod Community) to "
                        "[[fig:gpu.h100_sxm.azure_nd96isr_v5.price]] (Azure), with "
                        "[[fig:gpu.h100_sxm.lambda_8x.price]] (Lambda), [[fig:gpu.h100_sxm.aws_p5.price]] (AWS) and "
                        "[[fig:gpu.h100_80gb.gcp_a3_highgpu_1g.price]] (GCP) between."),
    sourced("gpu.h100_sxm.runpod_secure.price_2026_09", "H100 SXM on RunPod Secure Cloud, per GPU-hour (Sept 2026)",
            3.49, _USD_GPU_H, "gpu_prices", SB_GPU, "medium",
            note="Superseded by [[fig:gpu.h100_sxm.runpod_secure.price]] on 2026-11-09."),
    sourced("gpu.h100_sxm.runpod_secure.gpus", "GPUs in one RunPod Secure Cloud H100 pod (smallest size)", 1, "GPUs",
            "gpu_prices", DR_VENDORS, "medium", note="RunPod rents single GPUs.",
            low=1, high=1,
            range_basis="Exact: a specification of the instance (GPUs come with it)."),
    sourced("gpu.a100_sxm_80gb.runpod_community.price", "A100 SXM 80GB on RunPod Community Cloud, per GPU-hour",
            1.39, _USD_GPU_H, "gpu_prices", SB_GPU, "medium"),
    sourced("gpu.a100_sxm_80gb.runpod_secure.price", "A100 SXM 80GB on RunPod Secure Cloud, per GPU-hour",
            1.59, _USD_GPU_H, "gpu_prices", SB_GPU, "medium"),
    sourced("gpu.l40s.runpod_community.price", "L40S on RunPod Community Cloud, per GPU-hour", 0.79, _USD_GPU_H,
            "gpu_prices", SB_GPU, "medium"),
    sourced("gpu.l40s.runpod_secure.price", "L40S on RunPod Secure Cloud, per GPU-hour", 1.09, _USD_GPU_H,
            "gpu_prices", SB_GPU, "medium"),
)

# --- GPU specs and utilisation --------------------------------------------------------------------
_DENSE = "Dense (no sparsity); NVIDIA's headline numbers assume 2:4 sparsity and are twice this."
GPU_SPECS = (
    sourced("gpu.h100_sxm.bf16_tflops", "H100 SXM, dense BF16 peak", 989, "TFLOP/s", "gpu_specs",
            H100_DATASHEET, "high",
            note=_DENSE + " " + H100_DATASHEET.note,
            low=989, high=989,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.h100_sxm.memory_gb", "H100 SXM, GPU memory (HBM3)", 80, "GB", "gpu_specs",
            H100_DATASHEET, "high", note=H100_DATASHEET.note,
            low=80, high=80,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.h100_sxm.bandwidth_tbs", "H100 SXM, memory bandwidth", 3.35, "TB/s", "gpu_specs",
            H100_DATASHEET, "high", note=H100_DATASHEET.note),
    sourced("gpu.h100_pcie.bf16_tflops", "H100 PCIe, dense BF16 peak", 756, "TFLOP/s", "gpu_specs",
            H100_DATASHEET, "high",
            note=_DENSE + " " + H100_DATASHEET.note),
    sourced("gpu.h100_pcie.memory_gb", "H100 PCIe, GPU memory (HBM2e)", 80, "GB", "gpu_specs",
            H100_DATASHEET, "high", note=H100_DATASHEET.note),
    sourced("gpu.h100_pcie.bandwidth_tbs", "H100 PCIe, memory bandwidth", 2.0, "TB/s", "gpu_specs",
            H100_DATASHEET, "high", note=H100_DATASHEET.note),
    sourced("gpu.a100_sxm.bf16_tflops", "A100 SXM, dense BF16 peak", 312, "TFLOP/s", "gpu_specs",
            A100_DATASHEET, "medium",
            note="Same peak for the A100 40GB and A100 80GB parts. " + A100_DATASHEET.note,
            low=312, high=312,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.a100_40gb.memory_gb", "A100 40GB, GPU memory", 40, "GB", "gpu_specs",
            A100_DATASHEET, "medium",
            note=A100_DATASHEET.note,
            low=40, high=40,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.a100_80gb.memory_gb", "A100 80GB, GPU memory", 80, "GB", "gpu_specs",
            A100_DATASHEET, "medium",
            note=A100_DATASHEET.note,
            low=80, high=80,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.a100_sxm.bandwidth_tbs", "A100 SXM 80GB, memory bandwidth", 2.0, "TB/s", "gpu_specs",
            A100_DATASHEET, "medium",
            note="The A100 40GB part has less bandwidth, about four fifths of this. " + A100_DATASHEET.note),
    sourced("gpu.l4.bf16_tflops", "L4, dense BF16 peak (about)", 121, "TFLOP/s", "gpu_specs",
            L4_SPECS, "medium",
            note="Given as about 121. " + L4_SPECS.note,
            low=121, high=121,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.l4.memory_gb", "L4, GPU memory", 24, "GB", "gpu_specs",
            L4_SPECS, "medium", note=L4_SPECS.note,
            low=24, high=24,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.l4.bandwidth_tbs", "L4, memory bandwidth", 0.3, "TB/s", "gpu_specs",
            L4_SPECS, "medium",
            note="The source gives it in GB/s. " + L4_SPECS.note),
    sourced("gpu.l40s.bf16_tflops", "L40S, dense BF16 peak", 362.05, "TFLOP/s", "gpu_specs",
            L40S_DATASHEET, "medium",
            note=_DENSE + " Reproduced datasheet tables list 362.05 dense / 733 sparse. " + L40S_DATASHEET.note,
            low=362.05, high=362.05,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.l40s.memory_gb", "L40S, GPU memory (GDDR6)", 48, "GB", "gpu_specs",
            VT, "high", note="As listed for AWS g6e instances.",
            low=48, high=48,
            range_basis="Exact: a specification from the GPU's datasheet."),
    sourced("gpu.a10g.memory_gb", "A10G, GPU memory (GDDR6)", 24, "GB", "gpu_specs",
            VT, "high", note="As listed for AWS g5 instances.",
            low=24, high=24,
            range_basis="Exact: a specification from the GPU's datasheet."),
    assumed("gpu.a10g.bf16_tflops", "A10G, dense BF16 peak (about)", 70, "TFLOP/s", "gpu_specs",
            "no stored datasheet gives the A10G's tensor peak (an AWS-only variant of the A10, whose "
            "datasheet says 125 dense BF16); about 70 is the figure commonly quoted for the A10G",
            low=35, high=125,
            range_basis="Assumption: the A10's datasheet dense peak bounds it from above (the A10G is a variant of "
                        "the A10); the low end allows that the commonly quoted figure is a sparse one, halved."),
    sourced("gpu.mfu.llama3_405b_pretraining", "Model FLOPs utilisation, Llama 3 405B pretraining (BF16, 16K H100)",
            0.405, "share", "gpu_specs", LLAMA3, "medium", low=0.38, high=0.43,
            note="Reported as a range (the low and high shown with this figure); value is the midpoint. "
                 "Large, carefully tuned pretraining runs; "
                 "fine-tuning on 1-8 GPUs usually gets less."),
)
