"""Claims checked, the declarations: the seed article's claims and how each is tested, as data.

``CLAIMS`` are the article's numeric claims. Each has one ``ClaimCheck``: the metric it is
about (a named function of ``estimate()``'s output) and a declared sweep of scenarios (a base
scenario and axes whose cartesian product is evaluated), or the reason the model cannot test it.
The sweep engine (``_claim_sweep``) evaluates them; ``_claim_page`` renders the verdicts.

Sweep values that are figures are never typed here: an axis value is a preset name (its
figure-backed values are re-read from the figures) or ``fig:<id>`` (``fig:<id>@low`` and
``@high`` for a figure's range).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Mapping

__all__ = [
    "CHECKS",
    "CHECK_BY_ID",
    "CLAIMS",
    "CLAIM_BY_ID",
    "DEFAULT_WORKLOAD",
    "PRESET_AXES",
    "Axis",
    "Claim",
    "ClaimCheck",
    "Metric",
    "Sweep",
]

PRESET_AXES = ("gpu", "api_model", "vector_store", "workload")
DEFAULT_WORKLOAD = "default"  # a workload-axis value meaning "the edition's default scenario"


# --- the article's claims --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claim:
    """A numeric claim from the seed article; ``high`` is None for an open range ("$50,000+")."""

    id: str
    text: str
    low: float
    high: float | None
    unit: str
    source: str = "seed article (unsourced)"


CLAIMS: tuple[Claim, ...] = (
    Claim("claim.full_ft_70b_cycle", "A full fine-tune of a 70B model costs $5,000 to $50,000 or more per "
          "training cycle.", 5000, None, "USD/cycle"),
    Claim("claim.qlora_cost_reduction", "QLoRA often cuts fine-tuning cost by 90% or more.", 0.9, None, "share"),
    Claim("claim.rag_infra_mid_scale_monthly", "Mid-scale RAG infrastructure costs $500 to $5,000 a month.",
          500, 5000, "USD/month"),
    Claim("claim.single_training_run", "A single training run on A100 or H100 GPUs can cost more than $10,000, "
          "and every hyperparameter iteration multiplies it.", 10000, None, "USD/run"),
    Claim("claim.mid_tier_rag_100k_queries", "A mid-tier RAG system at 100,000 queries a month costs $3,000 to "
          "$8,000 a month.", 3000, 8000, "USD/month"),
    Claim("claim.ft_run_cost", "A fine-tuning run costs $1,000 to $50,000 or more.", 1000, None, "USD/run"),
    Claim("claim.labelled_examples", "Fine-tuning needs 1,000 to 10,000 labelled examples.", 1000, 10000,
          "examples"),
    Claim("claim.retrieval_added_latency", "Retrieval adds 100 to 500 ms to each query.", 100, 500, "ms"),
    Claim("claim.update_time_rag", "RAG picks up new knowledge in minutes (re-indexing); read here as 1 to 60 "
          "minutes.", 1, 60, "minutes"),
    Claim("claim.update_time_finetune", "Fine-tuning takes hours to days to pick up new knowledge (retraining); "
          "read here as at least 1 hour, no upper bound.", 1, None, "hours"),
    Claim("claim.hybrid_hallucination_reduction", "A hybrid has 30-60% lower hallucination rates than "
          "fine-tuning alone (the article attributes this to a vendor).", 0.30, 0.60, "share",
          "seed article (vendor claim, unsourced)"),
    Claim("claim.ft_duration", "Fine-tuning takes hours (LoRA, small models) to days (full fine-tune, 70B and "
          "larger); read here as at least 1 hour, no upper bound.", 1, None, "hours"),
)


# --- how a check is declared -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Axis:
    """One swept input: a scenario field, or a preset kind (``gpu``, ``api_model``, ...).

    Values are strings: a field's text (``full``, ``70``), ``fig:<id>`` / ``fig:<id>@low`` /
    ``fig:<id>@high`` for a figure, or a preset name for a preset axis.
    """

    name: str
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Sweep:
    """A declared set of scenarios: a base and axes; the points are the cartesian product.

    ``base`` holds (field, value) pairs in the same value syntax as an axis; a ``preset`` key
    names a preset whose values start the scenario. ``label`` names this part of the sweep
    when a claim is tested over several parts (for example API and self-hosted serving).
    """

    label: str
    description: str
    base: tuple[tuple[str, str], ...]
    axes: tuple[Axis, ...]

    def size(self) -> int:
        """Number of points in this sweep."""
        return math.prod(len(a.values) for a in self.axes)


@dataclass(frozen=True, slots=True)
class Metric:
    """A named number computed from one estimate per variant (most metrics need one)."""

    name: str
    label: str
    unit: str  # "money" | "share" | "ms" | "hours"
    per: str  # words after an amount: "per cycle", "a month", "" ...
    fn: Callable[..., float]
    variants: tuple[tuple[tuple[str, str], ...], ...] = ((),)


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """How one claim is tested: its metric and sweep, or why the model cannot test it."""

    claim_id: str
    title: str
    metric: Metric | None
    sweeps: tuple[Sweep, ...]
    outside_reason: str = ""
    note: str = ""


# --- metrics -------------------------------------------------------------------------------------


def _months(est: Mapping[str, Any]) -> int:
    return len(est["rag"]["monthly"])


def _cost_per_cycle(est: Mapping[str, Any]) -> float:
    return est["finetune"]["training"]["cost_per_cycle"]


def _cost_per_run(est: Mapping[str, Any]) -> float:
    return est["finetune"]["training"]["cost_per_cycle"] / est["scenario"]["hp_runs"]


def _rag_infra_monthly(est: Mapping[str, Any]) -> float:
    b = est["rag"]["breakdown"]
    return math.fsum((b["embeddings"], b["vector_db"], b["orchestration"])) / _months(est)


def _rag_monthly(est: Mapping[str, Any]) -> float:
    return est["rag"]["tco"] / _months(est)


def _rag_added_latency(est: Mapping[str, Any]) -> float:
    return est["rag"]["added_latency_ms"]


def _wall_clock(est: Mapping[str, Any]) -> float:
    return est["finetune"]["training"]["wall_clock_hours"]


def _retrain_hours(est: Mapping[str, Any]) -> float:
    return est["finetune"]["training"]["wall_clock_hours"] * est["scenario"]["hp_runs"]


def _qlora_saving(qlora: Mapping[str, Any], full: Mapping[str, Any]) -> float:
    return 1.0 - _cost_per_cycle(qlora) / _cost_per_cycle(full)


M_COST_PER_CYCLE = Metric(
    "finetune.training.cost_per_cycle", "training cost per cycle (all hyperparameter runs)", "money",
    "per cycle", _cost_per_cycle,
)
M_COST_PER_RUN = Metric(
    "finetune.training.cost_per_cycle / hp_runs", "training cost of one run", "money", "per run",
    _cost_per_run,
)
M_RAG_INFRA = Metric(
    "(rag.breakdown.embeddings + rag.breakdown.vector_db + rag.breakdown.orchestration) / months",
    "RAG infrastructure per month (embeddings, vector database, orchestration; no engineering, "
    "no generation)", "money", "a month", _rag_infra_monthly,
)
M_RAG_MONTHLY = Metric(
    "rag.tco / months", "RAG total cost per month (generation, retrieval, engineering)", "money",
    "a month", _rag_monthly,
)
M_ADDED_LATENCY = Metric(
    "rag.added_latency_ms", "latency retrieval adds to a query", "ms", "per query", _rag_added_latency,
)
M_WALL_CLOCK = Metric(
    "finetune.training.wall_clock_hours", "wall-clock time of one training run", "hours", "per run",
    _wall_clock,
)
M_RETRAIN = Metric(
    "finetune.training.wall_clock_hours x hp_runs",
    "wall-clock time of one retraining cycle, its runs one after another", "hours", "per retrain",
    _retrain_hours,
)
M_QLORA_SAVING = Metric(
    "1 - finetune.training.cost_per_cycle (qlora) / finetune.training.cost_per_cycle (full)",
    "share of the training cost QLoRA saves against a full fine-tune of the same model, data and GPUs",
    "share", "", _qlora_saving, variants=((("method", "qlora"),), (("method", "full"),)),
)


# --- the checks ----------------------------------------------------------------------------------

_A100_H100 = (
    "gpu-h100-aws-p5", "gpu-h100-azure-nd96isr", "gpu-h100-gcp-a3", "gpu-h100-lambda-8x",
    "gpu-h100-runpod-secure", "gpu-a100-80gb-aws-p4de", "gpu-a100-40gb-aws-p4d",
)
_ALL_GPUS = _A100_H100 + ("gpu-l40s-aws-g6e", "gpu-l4-aws-g6", "gpu-a10g-aws-g5")
_API_MODELS = (
    "model-gpt-4-1", "model-gpt-4-1-mini", "model-gpt-4-1-nano", "model-gpt-4o-2024-08-06",
    "model-gpt-4o-mini",
)
_VECTOR_STORES = ("vector-pinecone-standard", "vector-pgvector-managed")
_WORKLOADS = (
    DEFAULT_WORKLOAD, "support-chatbot", "contract-analysis", "coding-assistant",
    "high-volume-classifier", "research-assistant",
)
_EXAMPLES_RANGE = ("fig:assume.train_examples@low", "fig:assume.train_examples@high")
_EXAMPLES_3 = ("fig:assume.train_examples@low", "fig:assume.train_examples",
               "fig:assume.train_examples@high")
_SIZES = ("8", "70")  # the model sizes the claims name: small (8B) and 70B
_METHODS = ("full", "lora", "qlora")
_SELF_HOSTED_TRAINING = (("training", "self_hosted"),)

_SELF_HOSTED_RUNS = Sweep(
    "self-hosted training",
    "Self-hosted training of an 8B or a 70B model on rented A100 or H100 GPUs, every method, with "
    "the article's own range of labelled examples; other inputs at the edition's defaults.",
    _SELF_HOSTED_TRAINING,
    (Axis("gpu", _A100_H100), Axis("method", _METHODS), Axis("model_params_b", _SIZES),
     Axis("train_examples", _EXAMPLES_RANGE)),
)

CHECKS: tuple[ClaimCheck, ...] = (
    ClaimCheck(
        "claim.full_ft_70b_cycle",
        "A full fine-tune of a 70B model, per training cycle",
        M_COST_PER_CYCLE,
        (Sweep(
            "full fine-tune, 70B",
            "A full fine-tune of a 70B model on rented A100 or H100 GPUs, over the article's own range "
            "of labelled examples and the assumed range of GPU utilisation; a cycle is the default "
            "number of hyperparameter runs.",
            (("training", "self_hosted"), ("method", "full"), ("model_params_b", "70")),
            (Axis("gpu", _A100_H100), Axis("train_examples", _EXAMPLES_3),
             Axis("mfu", ("fig:assume.mfu@low", "fig:assume.mfu@high"))),
        ),),
        note=(
            "In the model a full fine-tune of a 70B model needs a few dozen GPUs just to hold its weights, "
            "gradients and optimiser state, but with the article's range of examples those GPUs train for "
            "only an hour or two per run. Costs in the claimed range need many times more training tokens, "
            "or far dearer GPUs."
        ),
    ),
    ClaimCheck(
        "claim.qlora_cost_reduction",
        "What QLoRA saves against a full fine-tune",
        M_QLORA_SAVING,
        (Sweep(
            "QLoRA against full",
            "The same self-hosted training run twice, once as QLoRA and once as a full fine-tune, for an "
            "8B and a 70B model on every GPU offer, over the article's range of labelled examples.",
            _SELF_HOSTED_TRAINING,
            (Axis("gpu", _ALL_GPUS), Axis("model_params_b", _SIZES), Axis("train_examples", _EXAMPLES_3)),
        ),),
        note=(
            "In the model, QLoRA saves memory (so fewer GPUs, each billed for the run's setup time) and "
            "a third of the compute (no weight gradients); it does not make a token cheaper to process. "
            "Where the whole instance is rented anyway, the memory saving buys nothing."
        ),
    ),
    ClaimCheck(
        "claim.rag_infra_mid_scale_monthly",
        "RAG infrastructure at mid scale, per month",
        M_RAG_INFRA,
        (Sweep(
            "workloads",
            "Every workload preset and the default scenario, each with a serverless and a flat-fee "
            "vector store. Infrastructure here is embeddings, the vector database and orchestration; "
            "generation and engineering time are left out.",
            (),
            (Axis("workload", _WORKLOADS), Axis("vector_store", _VECTOR_STORES)),
        ),),
        note=(
            "Orchestration (app servers, queues, monitoring) is an assumption of this project and "
            "dominates the model's figure at these sizes; embeddings and the vector database cost little."
        ),
    ),
    ClaimCheck(
        "claim.single_training_run",
        "One training run on A100 or H100 GPUs",
        M_COST_PER_RUN,
        (_SELF_HOSTED_RUNS,),
        note="The article's second half is built into the model: a cycle costs one run times the number "
             "of hyperparameter runs.",
    ),
    ClaimCheck(
        "claim.mid_tier_rag_100k_queries",
        "A mid-tier RAG system at 100,000 queries a month",
        M_RAG_MONTHLY,
        (
            Sweep(
                "API serving",
                "The default scenario at the article's volume, generation on a provider's API, for every "
                "API model and both vector stores.",
                (("queries_per_month", "fig:assume.queries_per_month"), ("serving", "api")),
                (Axis("api_model", _API_MODELS), Axis("vector_store", _VECTOR_STORES)),
            ),
            Sweep(
                "self-hosted serving",
                "The same, with an 8B model served on one rented GPU kept up all month, for every GPU offer "
                "and both vector stores.",
                (("queries_per_month", "fig:assume.queries_per_month"), ("serving", "self_hosted")),
                (Axis("gpu", _ALL_GPUS), Axis("vector_store", _VECTOR_STORES)),
            ),
        ),
    ),
    ClaimCheck(
        "claim.ft_run_cost",
        "What one fine-tuning run costs",
        M_COST_PER_RUN,
        (
            Sweep(
                "hosted fine-tuning",
                "Fine-tuning on a provider's API, priced per training token, for every API model over the "
                "article's range of labelled examples.",
                (("training", "api"),),
                (Axis("api_model", _API_MODELS), Axis("train_examples", _EXAMPLES_3)),
            ),
            Sweep(
                "self-hosted training",
                "Self-hosted training of an 8B or a 70B model on every GPU offer, every method, over the "
                "article's range of labelled examples.",
                _SELF_HOSTED_TRAINING,
                (Axis("gpu", _ALL_GPUS), Axis("method", _METHODS), Axis("model_params_b", _SIZES),
                 Axis("train_examples", _EXAMPLES_RANGE)),
            ),
        ),
    ),
    ClaimCheck(
        "claim.labelled_examples",
        "How many labelled examples fine-tuning needs",
        None,
        (),
        outside_reason=(
            "The model takes the number of labelled examples as an input and prices it; how many "
            "examples a task needs depends on the task and on the quality of the data, which a cost "
            "model cannot predict. The calculator's default and its low and high bounds come from this "
            "very claim, so checking it against the model would be circular."
        ),
    ),
    ClaimCheck(
        "claim.retrieval_added_latency",
        "Latency that retrieval adds to each query",
        M_ADDED_LATENCY,
        (Sweep(
            "retrieval pipelines",
            "Query embedding by a dedicated endpoint or a hosted API (its anecdotal low and high), vector "
            "search from a small pgvector index up to a loaded server with many clients, with and without "
            "a hosted reranker, and five to twenty retrieved chunks read by an 8B model on one H100.",
            (),
            (Axis("query_embedding_ms", ("fig:latency.query_embedding.cohere_embed_v4.dedicated",
                                         "fig:latency.query_embedding.api@low",
                                         "fig:latency.query_embedding.api@high")),
             Axis("vector_search_ms", ("fig:latency.pgvector.hnsw_250k_1536.p50",
                                       "fig:latency.hnsw.1m_1536.mean", "fig:latency.hnsw.1m_1536.p99",
                                       "fig:latency.hnsw.qdrant_1m_960.mean_100_clients")),
             Axis("rerank_ms", ("fig:assume.rerank_ms", "fig:latency.rerank.cohere_3_5.dedicated")),
             Axis("retrieved_chunks", ("fig:assume.retrieved_chunks", "10", "20"))),
        ),),
    ),
    ClaimCheck(
        "claim.update_time_rag",
        "How fast RAG picks up new knowledge",
        None,
        (),
        outside_reason=(
            "The model prices re-embedding changed documents (the embeddings line) but holds no figure "
            "for how fast documents are embedded and indexed, so it cannot say whether a re-index takes "
            "minutes or hours."
        ),
    ),
    ClaimCheck(
        "claim.update_time_finetune",
        "How long a retrain takes before a fine-tuned model knows something new",
        M_RETRAIN,
        (Sweep(
            "self-hosted retraining",
            "One retraining cycle (the default number of hyperparameter runs, one after another) on rented "
            "A100 or H100 GPUs, 8B and 70B models, every method, over the article's range of labelled "
            "examples. Labelling the new examples, evaluation and release are not in the model; hosted "
            "fine-tuning is left out because the model has no figure for a provider's queue and run time.",
            _SELF_HOSTED_TRAINING,
            (Axis("gpu", _A100_H100), Axis("method", _METHODS), Axis("model_params_b", _SIZES),
             Axis("train_examples", _EXAMPLES_RANGE)),
        ),),
        note=(
            "Every run includes the assumed setup time (loading, checkpoints, evaluation), so part of the "
            "lower bound is that assumption; the training itself is often shorter."
        ),
    ),
    ClaimCheck(
        "claim.hybrid_hallucination_reduction",
        "Hallucinations of a hybrid against fine-tuning alone",
        None,
        (),
        outside_reason=(
            "The model computes cost and latency, not answer quality, so it says nothing about "
            "hallucination rates; the article gives no source for this figure, and only an evaluation "
            "on your own questions can measure it."
        ),
    ),
    ClaimCheck(
        "claim.ft_duration",
        "How long fine-tuning takes",
        M_WALL_CLOCK,
        (_SELF_HOSTED_RUNS,),
        note=(
            "The claim's upper end, days for a full fine-tune of a 70B model, does not appear in this "
            "sweep: with the article's range of examples even that run ends within hours. Runs of days "
            "need far more training tokens (or far fewer GPUs) than this sweep holds."
        ),
    ),
)
CHECK_BY_ID: Mapping[str, ClaimCheck] = {c.claim_id: c for c in CHECKS}
CLAIM_BY_ID: Mapping[str, Claim] = {c.id: c for c in CLAIMS}
