"""Claims checked: the seed article's claims against the model, each over a declared sweep.

Every claim of ``CLAIMS`` (figures.md, "Claims of the seed article") has one ``ClaimCheck``:
the metric it is about (a named function of ``estimate()``'s output) and a declared sweep of
scenarios (a base scenario and axes whose cartesian product is evaluated). The verdict is
computed, not written: the share of sweep points whose metric lies in the claimed range.

- share >= ``SUPPORTED_SHARE``: "supported";
- 0 < share < ``SUPPORTED_SHARE``: "supported only under stated conditions", with the axis
  values that every supported point has in common;
- share == 0: "not supported".

Claims the model has no way to evaluate (how much labelled data a task needs, hallucination
rates, how long a re-index takes) are "outside the model", with the reason.

Sweep values that are figures are never typed here: an axis value is a preset name (its
figure-backed values are re-read from the figures) or ``fig:<id>`` (``fig:<id>@low`` and
``@high`` for a figure's range). ``check_claims(figures={id: value})`` overrides figure values
for a what-if, which is how a test shows that a changed figure can flip a verdict.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from typing import Any, Callable, Mapping

from . import _format as fmt
from ._catalogue import CLAIMS, FIGURE_BY_ID, Claim
from ._editions import EDITIONS, LATEST_EDITION
from ._fields import FIELD_BY_NAME, FIELDS
from ._figures import Figure
from ._model import estimate
from ._render import figure_text, figure_tip, render_figure
from ._scenario import build_scenario, format_value

_DEFAULT_FIGURES = EDITIONS[LATEST_EDITION].default_figures

__all__ = [
    "CHECKS",
    "CHECK_BY_ID",
    "CHOICE_WORDS",
    "SUPPORTED_SHARE",
    "VERDICT_TEXT",
    "Axis",
    "ClaimCheck",
    "ClaimResult",
    "Metric",
    "Holds",
    "Point",
    "Sweep",
    "check_claim",
    "check_claims",
    "classify",
    "claim_anchor",
    "metric_value",
    "render_claims_table",
    "sweep_points",
]

SUPPORTED_SHARE = 0.8
VERDICT_TEXT = {
    "supported": "supported",
    "conditional": "supported only under stated conditions",
    "not-supported": "not supported",
    "outside": "outside the model",
}
PRESET_AXES = ("gpu", "api_model", "vector_store", "workload")
PRESET_AXIS_LABELS = {
    "gpu": "GPU offer",
    "api_model": "API model",
    "vector_store": "Vector store",
    "workload": "Workload",
}
CHOICE_WORDS = {
    "api": "a provider's API",
    "self_hosted": "self-hosted on rented GPUs",
    "full": "full fine-tune",
    "lora": "LoRA",
    "qlora": "QLoRA",
}
DEFAULT_WORKLOAD = "default"  # a workload-axis value meaning "the edition's default scenario"

Figures = Mapping[str, float]


# --- declarations ------------------------------------------------------------------------------


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


@dataclass(frozen=True, slots=True)
class Point:
    """One scenario of a sweep: the part it belongs to, its axis settings and its parameters."""

    part: str
    settings: tuple[tuple[str, str], ...]
    params: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Holds:
    """Where a conditionally supported claim holds: restricted axes, the metric's sub-range, a split."""

    where: tuple[tuple[str, tuple[str, ...]], ...]
    low: float
    high: float
    split: tuple[str, tuple[tuple[str, int, int], ...]] | None


@dataclass(frozen=True, slots=True)
class ClaimResult:
    """A claim's verdict and the numbers behind it."""

    claim_id: str
    title: str
    text: str
    source: str
    claimed_low: float
    claimed_high: float | None
    claimed: str
    conditions: str
    metric: str
    model_min: float | None
    model_max: float | None
    model_min_text: str
    model_max_text: str
    share: float | None
    n_points: int
    n_in_range: int
    verdict: str  # a key of VERDICT_TEXT
    verdict_text: str
    holds_where: str
    note: str
    outside_reason: str
    holds_min: float | None = None  # the metric's range over the points in the claimed range
    holds_max: float | None = None
    holds: Holds | None = None


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
_CLAIM_BY_ID: Mapping[str, Claim] = {c.id: c for c in CLAIMS}


# --- sweeps ----------------------------------------------------------------------------------------


def _figure_value(ref: str, figures: Figures) -> float:
    """The number a ``fig:<id>[@low|@high]`` reference stands for, overrides applied to values."""
    fid, _, bound = ref[len("fig:"):].partition("@")
    fig = FIGURE_BY_ID[fid]
    if bound == "":
        return float(figures.get(fid, fig.value))
    value = fig.low if bound == "low" else fig.high if bound == "high" else None
    if value is None:
        raise ValueError(f"figure {fid} has no {bound!r} bound")
    return float(value)


def _value_text(field: str, raw: str, figures: Figures) -> str:
    """A sweep value as the scenario parser reads it (figure references resolved)."""
    if not raw.startswith("fig:"):
        return raw
    value = _figure_value(raw, figures)
    if FIELD_BY_NAME[field].kind == "whole":
        return format_value(int(value))
    return format_value(value)


def _preset_params(name: str, figures: Figures) -> dict[str, str]:
    """A preset's values as parameters, each figure-backed value re-read from the figures."""
    if name == DEFAULT_WORKLOAD:
        return {}
    preset = EDITIONS[LATEST_EDITION].presets[name]
    out: dict[str, str] = {}
    for field, value in preset.values.items():
        fid = preset.figures.get(field)
        if fid is not None:
            out[field] = _value_text(field, "fig:" + fid, figures)
        else:
            out[field] = value if isinstance(value, str) else format_value(value)
    return out


def _apply(params: dict[str, str], name: str, raw: str, figures: Figures) -> None:
    if name in PRESET_AXES or name == "preset":
        params.update(_preset_params(raw, figures))
    else:
        params[name] = _value_text(name, raw, figures)


def sweep_points(check: ClaimCheck, *, figures: Figures | None = None) -> list[Point]:
    """Every scenario of a check's sweeps, as parameter strings ready for ``build_scenario``.

    Order of precedence: the edition's defaults (with overridden default figures), then the base's
    preset, the preset axes, the base's fields, then the field axes.
    """
    figs: Figures = figures or {}
    defaults = {
        f.name: _value_text(f.name, "fig:" + _DEFAULT_FIGURES[f.name], figs)
        for f in FIELDS if _DEFAULT_FIGURES.get(f.name) in figs
    }
    points = []
    for sweep in check.sweeps:
        base_presets = [(k, v) for k, v in sweep.base if k == "preset"]
        base_fields = [(k, v) for k, v in sweep.base if k != "preset"]
        preset_axes = [a for a in sweep.axes if a.name in PRESET_AXES]
        field_axes = [a for a in sweep.axes if a.name not in PRESET_AXES]
        ordered = preset_axes + field_axes
        for combo in itertools.product(*(a.values for a in ordered)):
            params = dict(defaults)
            for k, v in base_presets:
                _apply(params, k, v, figs)
            for axis, value in zip(preset_axes, combo):
                _apply(params, axis.name, value, figs)
            for k, v in base_fields:
                _apply(params, k, v, figs)
            for axis, value in zip(field_axes, combo[len(preset_axes):]):
                _apply(params, axis.name, value, figs)
            settings = tuple((a.name, v) for a, v in zip(ordered, combo))
            points.append(Point(sweep.label, settings, tuple(sorted(params.items()))))
    return points


@lru_cache(maxsize=8192)
def _estimate(params: tuple[tuple[str, str], ...]) -> Mapping[str, Any]:
    return estimate(build_scenario(dict(params), edition=LATEST_EDITION))


def metric_value(metric: Metric, params: tuple[tuple[str, str], ...]) -> float:
    """The metric at one point: one estimate per variant of the point's parameters."""
    ests = []
    for variant in metric.variants:
        merged = dict(params)
        merged.update(variant)
        ests.append(_estimate(tuple(sorted(merged.items()))))
    value = metric.fn(*ests)
    if value is None or not math.isfinite(value):
        raise ValueError(f"metric {metric.name} has no value at {dict(params)}")
    return value


# --- verdicts --------------------------------------------------------------------------------------


def classify(share: float) -> str:
    """The verdict key for a share of sweep points in the claimed range."""
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be between 0 and 1, got {share!r}")
    if share >= SUPPORTED_SHARE:
        return "supported"
    if share > 0.0:
        return "conditional"
    return "not-supported"


def _in_range(value: float, low: float, high: float | None) -> bool:
    return low <= value and (high is None or value <= high)


def _format_amount(unit: str, value: float) -> str:
    """A metric or claimed amount as text."""
    if unit in ("money", "USD"):
        return fmt.money(value)
    if unit == "share":
        return _percent(value)
    if unit == "ms":
        return fmt.ms(value)
    if unit == "hours":
        return fmt.hours(value)
    if unit == "minutes":
        return f"{fmt.number(value)} min"
    return fmt.number(value)


def _percent(share: float) -> str:
    text = fmt.sig(share * 100, 3)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text + "%"


def _claim_unit(claim: Claim) -> tuple[str, str]:
    """(amount unit, words after it) for a claim's unit such as ``USD/cycle``."""
    unit = claim.unit
    if unit.startswith("USD"):
        per = unit[4:] if unit.startswith("USD/") else ""
        words = {"cycle": "per cycle", "run": "per run", "month": "a month"}.get(per, f"per {per}" if per else "")
        return "money", words
    if unit == "share":
        return "share", ""
    if unit == "ms":
        return "ms", "per query"
    return unit, ""


def _claimed_amount(kind: str, value: float) -> str:
    """A claimed bound as the article would write it: whole dollars, plain hours and minutes."""
    if kind == "money" and value == int(value):
        return f"${int(value):,}"
    if kind in ("money", "share", "ms"):
        return _format_amount(kind, value)
    if kind == "hours":
        return f"{fmt.number(value)} h"
    if kind == "minutes":
        return f"{fmt.number(value)} min"
    return fmt.number(value)


def _claimed_parts(claim: Claim) -> tuple[str, str | None, str]:
    """(low text, high text or None, words after the range) of a claim's range."""
    kind, words = _claim_unit(claim)
    if kind not in ("money", "share", "ms", "hours", "minutes"):
        words = f"{kind} {words}".strip()
    low = _claimed_amount(kind, claim.low)
    high = None if claim.high is None else _claimed_amount(kind, claim.high)
    return low, high, words


def _claimed_text(claim: Claim) -> str:
    low, high, words = _claimed_parts(claim)
    core = f"{low} or more" if high is None else f"{low} to {high}"
    return f"{core} {words}".strip()


def _setting_label(axis: str, value: str) -> str:
    """An axis value in words: a preset's title, a figure's value with its label, or the text."""
    if axis in PRESET_AXES:
        if value == DEFAULT_WORKLOAD:
            return "the default scenario"
        return EDITIONS[LATEST_EDITION].presets[value].title
    if value.startswith("fig:"):
        fid, _, bound = value[len("fig:"):].partition("@")
        fig = FIGURE_BY_ID[fid]
        if bound:
            return f"{_bound_text(fig, bound)} ({fig.label}, {bound} end)"
        return f"{figure_text(fig)} ({fig.label})"
    if axis == "model_params_b":
        return f"{value}B parameters"
    return CHOICE_WORDS.get(value, value)


def _bound_text(fig: Figure, bound: str) -> str:
    """A figure's low or high end, written as its value would be."""
    value = fig.low if bound == "low" else fig.high
    assert value is not None
    return figure_text(dataclasses.replace(fig, value=value))


def _axis_label(name: str) -> str:
    if name in PRESET_AXIS_LABELS:
        return PRESET_AXIS_LABELS[name]
    return FIELD_BY_NAME[name].label


def _base_words(sweep: Sweep) -> list[str]:
    out = []
    for k, v in sweep.base:
        label = "Preset" if k == "preset" else _axis_label(k)
        out.append(f"{label}: {_setting_label(k, v)}")
    return out


def _conditions_text(check: ClaimCheck) -> str:
    parts = []
    for sweep in check.sweeps:
        words = [sweep.description]
        base = _base_words(sweep)
        if base:
            words.append("Fixed: " + "; ".join(base) + ".")
        for axis in sweep.axes:
            values = ", ".join(_setting_label(axis.name, v) for v in axis.values)
            words.append(f"{_axis_label(axis.name)}: {values}.")
        words.append(f"{sweep.size()} scenarios.")
        prefix = f"[{sweep.label}] " if len(check.sweeps) > 1 else ""
        parts.append(prefix + " ".join(words))
    return " ".join(parts)


def _holds_where(check: ClaimCheck, points: list[Point], hits: list[bool]) -> list[tuple[str, list[str]]]:
    """Axes whose values at the supported points are a strict subset of the values swept.

    Returns (axis label, value labels) pairs; the part is a pseudo-axis when there are several.
    """
    supported = [p for p, hit in zip(points, hits) if hit]
    out: list[tuple[str, list[str]]] = []
    if len(check.sweeps) > 1:
        parts = [s.label for s in check.sweeps]
        seen = [lbl for lbl in parts if any(p.part == lbl for p in supported)]
        if len(seen) < len(parts):
            out.append(("Setting", seen))
    axis_names: list[str] = []
    for sweep in check.sweeps:
        for axis in sweep.axes:
            if axis.name not in axis_names:
                axis_names.append(axis.name)
    for name in axis_names:
        all_values: list[str] = []
        for p in points:
            for k, v in p.settings:
                if k == name and v not in all_values:
                    all_values.append(v)
        hit_values = [v for v in all_values if any((name, v) in p.settings for p in supported)]
        # Only points that have this axis count: a part without the axis does not restrict it.
        has_axis = [p for p in supported if any(k == name for k, _ in p.settings)]
        if has_axis and len(hit_values) < len(all_values):
            out.append((_axis_label(name), [_setting_label(name, v) for v in hit_values]))
    return out


def _by_value_counts(points: list[Point], hits: list[bool]) -> tuple[str, list[tuple[str, int, int]]] | None:
    """The axis whose values differ most in how often the claim holds: (axis, [(value, hits, n)])."""
    best: tuple[float, str, list[tuple[str, int, int]]] | None = None
    names: list[str] = []
    for p in points:
        for k, _ in p.settings:
            if k not in names:
                names.append(k)
    for name in names:
        counts: dict[str, list[int]] = {}
        for p, hit in zip(points, hits):
            for k, v in p.settings:
                if k == name:
                    c = counts.setdefault(v, [0, 0])
                    c[0] += int(hit)
                    c[1] += 1
        shares = [h / n for h, n in counts.values()]
        spread = max(shares) - min(shares)
        if len(counts) > 1 and (best is None or spread > best[0]):
            best = (spread, name, [(v, h, n) for v, (h, n) in counts.items()])
    if best is None or best[0] == 0:
        return None
    return best[1], best[2]


def _holds(check: ClaimCheck, points: list[Point], values: list[float], hits: list[bool]) -> Holds:
    sub = [v for v, h in zip(values, hits) if h]
    where = tuple((label, tuple(vals)) for label, vals in _holds_where(check, points, hits))
    split = None
    if not where:
        found = _by_value_counts(points, hits)
        if found is not None:
            split = (found[0], tuple(found[1]))
    return Holds(where, min(sub), max(sub), split)


def _holds_render(h: Holds, amount: Callable[[str, float], str], esc: Callable[[str], str],
                  setting: Callable[[str, str], str] | None = None) -> str:
    """Words for a Holds; ``amount(which, value)`` renders the sub-range ends, ``esc`` escapes text,
    ``setting(axis, value)`` renders an axis value (default: its words, escaped)."""
    if setting is None:
        setting = lambda axis, v: esc(_setting_label(axis, v))  # noqa: E731
    lo, hi = amount("holds_min", h.low), amount("holds_max", h.high)
    rng = esc("the model's figure there is ") + lo if (h.low == h.high or lo == hi) else (
        esc("the model's figure there runs from ") + lo + esc(" to ") + hi)
    if h.where:
        parts = "; ".join(f"{label}: {', '.join(vals)}" for label, vals in h.where)
        return esc(f"Every scenario where the claim holds has {parts}; ") + rng + esc(".")
    text = esc("No single setting decides it; ") + rng + esc(".")
    if h.split is not None:
        name, counts = h.split
        parts = ", ".join(f"{setting(name, v)}{esc(f': {k} of {n}')}" for v, k, n in counts)
        text += esc(f" Scenarios in the claimed range, by {_axis_label(name)}: ") + parts + esc(".")
    return text


def check_claim(check: ClaimCheck, *, figures: Figures | None = None) -> ClaimResult:
    """Evaluate one claim over its sweep (figure overrides applied) and compute its verdict."""
    claim = _CLAIM_BY_ID[check.claim_id]
    claimed = _claimed_text(claim)
    if check.metric is None:
        return ClaimResult(
            claim_id=claim.id, title=check.title, text=claim.text, source=claim.source,
            claimed_low=claim.low, claimed_high=claim.high, claimed=claimed, conditions="",
            metric="", model_min=None, model_max=None, model_min_text="", model_max_text="",
            share=None, n_points=0, n_in_range=0, verdict="outside", verdict_text=VERDICT_TEXT["outside"],
            holds_where="", note=check.note, outside_reason=check.outside_reason,
        )
    metric = check.metric
    points = sweep_points(check, figures=figures)
    values = [metric_value(metric, p.params) for p in points]
    hits = [_in_range(v, claim.low, claim.high) for v in values]
    n_in = sum(hits)
    share = n_in / len(points)
    verdict = classify(share)
    holds: Holds | None = None
    holds_text = ""
    if verdict == "conditional":
        holds = _holds(check, points, values, hits)
        holds_text = _holds_render(holds, lambda _w, v: _format_amount(metric.unit, v), lambda t: t)
    lo, hi = min(values), max(values)
    return ClaimResult(
        claim_id=claim.id, title=check.title, text=claim.text, source=claim.source,
        claimed_low=claim.low, claimed_high=claim.high, claimed=claimed,
        conditions=_conditions_text(check), metric=f"{metric.label} [{metric.name}]",
        model_min=lo, model_max=hi,
        model_min_text=_format_amount(metric.unit, lo), model_max_text=_format_amount(metric.unit, hi),
        share=share, n_points=len(points), n_in_range=n_in, verdict=verdict,
        verdict_text=VERDICT_TEXT[verdict], holds_where=holds_text, note=check.note, outside_reason="",
        holds_min=None if holds is None else holds.low, holds_max=None if holds is None else holds.high,
        holds=holds,
    )


def check_claims(*, figures: Mapping[str, float] | None = None) -> list[ClaimResult]:
    """Every claim of ``CLAIMS``, in order, checked against the model (figure overrides applied)."""
    if figures:
        unknown = sorted(set(figures) - set(FIGURE_BY_ID))
        if unknown:
            raise KeyError(f"unknown figure ids: {', '.join(unknown)}")
    return [check_claim(CHECK_BY_ID[c.id], figures=figures) for c in CLAIMS]


# --- HTML --------------------------------------------------------------------------------------------


def claim_anchor(claim_id: str) -> str:
    """The stable anchor of a claim's section: its id with dots replaced by dashes."""
    return claim_id.replace(".", "-")


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _span(name: str, value: float, text: str) -> str:
    return (f'<span class="rvf-out" data-output="{_attr(name)}" data-value="{_attr(round(value, 6))}">'
            f"{escape(text)}</span>")


def _claimed_html(claim: Claim) -> str:
    low, high, words = _claimed_parts(claim)
    key = f"claims.{claim.id}"
    core = _span(f"{key}.claimed_low", claim.low, low)
    if high is None:
        core += " or more"
    else:
        assert claim.high is not None
        core += " to " + _span(f"{key}.claimed_high", claim.high, high)
    return core + (f" {escape(words)}" if words else "")


def _bound_html(claim_id: str, axis: str, fig: Figure, bound: str) -> str:
    """A figure's low or high end, in an element naming it (an output of this claim's sweep)."""
    value = fig.low if bound == "low" else fig.high
    assert value is not None
    tip = f"The {bound} end of the range of: {figure_tip(fig)}"
    return (
        f'<span class="rvf-out rvf-fig--{_attr(fig.kind)}" data-output="claims.{_attr(claim_id)}.sweep.'
        f'{_attr(axis)}.{_attr(bound)}" data-value="{_attr(value)}" data-figure-bound="{_attr(fig.id)}@'
        f'{_attr(bound)}" tabindex="0" aria-description="{_attr(tip)}">'
        f"{escape(_bound_text(fig, bound))}</span>"
    )


def _setting_html(claim_id: str, axis: str, value: str) -> str:
    if value.startswith("fig:"):
        fid, _, bound = value[len("fig:"):].partition("@")
        fig = FIGURE_BY_ID[fid]
        if bound:
            return f"{_bound_html(claim_id, axis, fig, bound)} ({escape(fig.label)}, {escape(bound)} end)"
        return f"{render_figure(fid)} ({escape(fig.label)})"
    return escape(_setting_label(axis, value))


def _conditions_html(check: ClaimCheck) -> str:
    items = []
    for sweep in check.sweeps:
        rows = []
        for k, v in sweep.base:
            label = "Preset" if k == "preset" else _axis_label(k)
            rows.append(f"<li>Fixed: {escape(label)}: {_setting_html(check.claim_id, k, v)}</li>")
        for axis in sweep.axes:
            vals = ", ".join(_setting_html(check.claim_id, axis.name, v) for v in axis.values)
            rows.append(f"<li>{escape(_axis_label(axis.name))}: {vals}</li>")
        head = f"<strong>{escape(sweep.label.capitalize())}</strong>: " if len(check.sweeps) > 1 else ""
        items.append(
            f'<div class="rvf-claim-sweep"><p>{head}{escape(sweep.description)} '
            f"{sweep.size()} scenarios.</p><ul>{''.join(rows)}</ul></div>"
        )
    return "".join(items)


def _verdict_html(r: ClaimResult) -> str:
    return (f'<strong class="rvf-verdict rvf-verdict--{_attr(r.verdict)}" '
            f'data-output="claims.{_attr(r.claim_id)}.verdict" data-value="{_attr(r.verdict)}">'
            f"{escape(r.verdict_text)}</strong>")


def _model_range_html(r: ClaimResult, unit_words: str) -> str:
    assert r.model_min is not None and r.model_max is not None
    key = f"claims.{r.claim_id}"
    text = (f"{_span(key + '.min', r.model_min, r.model_min_text)} to "
            f"{_span(key + '.max', r.model_max, r.model_max_text)}")
    return text + (f" {escape(unit_words)}" if unit_words else "")


def _share_html(r: ClaimResult) -> str:
    assert r.share is not None
    return (f"{r.n_in_range} of {r.n_points} scenarios "
            f"({_span(f'claims.{r.claim_id}.share', r.share, _percent(r.share))})")


def _summary_table(results: list[ClaimResult]) -> str:
    rows = []
    for r in results:
        claim = _CLAIM_BY_ID[r.claim_id]
        check = CHECK_BY_ID[r.claim_id]
        per = check.metric.per if check.metric else ""
        model = "not computed" if r.verdict == "outside" else _model_range_html(r, per)
        rows.append(
            f'<tr><th scope="row"><a href="#{_attr(claim_anchor(r.claim_id))}">{escape(r.title)}</a></th>'
            f"<td>{_claimed_html(claim)}</td><td>{model}</td><td>{_verdict_html(r)}</td></tr>"
        )
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in ("Claim", "Claimed", "Model", "Verdict"))
    return (
        '<div class="rvf-table-wrap" tabindex="0"><table class="rvf-table rvf-claims-table">'
        f"<caption>{escape('The seed article’s claims against the model')}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _section(r: ClaimResult) -> str:
    claim = _CLAIM_BY_ID[r.claim_id]
    check = CHECK_BY_ID[r.claim_id]
    anchor = claim_anchor(r.claim_id)
    facts = [
        ("The claim", f'<q class="rvf-claim-text" data-output="claims.{_attr(r.claim_id)}.text" '
                      f'data-value="{_attr(r.text)}">{escape(r.text)}</q> '
                      f'<span class="rvf-claim-source">Source: {escape(r.source)}.</span>'),
        ("Claimed range", _claimed_html(claim)),
    ]
    if r.verdict == "outside":
        facts.append(("Why the model cannot test it", escape(r.outside_reason)))
    else:
        assert check.metric is not None
        facts += [
            ("What the model computes", f"{escape(check.metric.label)} "
                                        f'(<code>{escape(check.metric.name)}</code>)'),
            ("Tested under", _conditions_html(check)),
            ("The model gives", _model_range_html(r, check.metric.per)),
            ("In the claimed range", _share_html(r)),
        ]
        if r.holds is not None:
            unit = check.metric.unit
            key = f"claims.{r.claim_id}"
            html = _holds_render(r.holds, lambda which, v: _span(f"{key}.{which}", v, _format_amount(unit, v)),
                                 escape, lambda axis, v: _setting_html(r.claim_id, axis, v))
            facts.append(("Where it holds", html))
    if r.note:
        facts.append(("Note", escape(r.note)))
    facts.append(("Verdict", _verdict_html(r)))
    body = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in facts)
    return (
        f'<section class="rvf-claim rvf-claim--{_attr(r.verdict)}" data-claim="{_attr(r.claim_id)}">'
        f'<h2 id="{_attr(anchor)}">{escape(r.title)}</h2><dl class="rvf-claim-facts">{body}</dl></section>'
    )


def render_claims_table(*, figures: Mapping[str, float] | None = None) -> str:
    """The claims page body: how verdicts are computed, a summary table, then one section per claim."""
    results = check_claims(figures=figures)
    threshold = _span("claims.supported_share", SUPPORTED_SHARE, _percent(SUPPORTED_SHARE))
    intro = (
        '<p class="rvf-claims-rule">Each claim is tested over a declared sweep of scenarios, not one '
        "point. The verdict is computed from the share of scenarios whose result falls in the claimed "
        f"range: {threshold} or more is <em>supported</em>; some but fewer is <em>supported only under "
        "stated conditions</em>, and the conditions are listed; none is <em>not supported</em>. Claims "
        "about things the model does not compute are marked <em>outside the model</em>, with the reason.</p>"
    )
    sections = "".join(_section(r) for r in results)
    return f'<div class="rvf-claims">{intro}{_summary_table(results)}{sections}</div>'
