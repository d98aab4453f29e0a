"""The figure catalogue: every number the model uses or a page quotes, with its provenance.

Each record keeps its source, the date or version of that source (``as_of``) and a confidence.
Figures computed from sourced ones are ``kind="derived"``: their value is computed from those
figures' values and their derivation spells out the arithmetic. Numbers this project chose are
``kind="assumption"`` and say why. Ids are stable forever: a figure that changes gets a new
record with a new id, because editions point at ids.

Dates. ``as_of`` is the date or version of the source: the retrieval date of a dataset
(Data Receipts 2026-11-09, silybench 2026-09-25, aws-gpu 2026-08-26), the month of a paper (from
its arXiv number), the release of a price file. A page that carries no date of its own gets the
month this catalogue was gathered from stored copies ("2026-11", gathered 2026-11-23), and its
note says so. Assumptions are dated the day this project made them (2026-11-23).

The figures are declared by category, each source once (``Source``), in ``_catalogue_gpus``,
``_catalogue_training``, ``_catalogue_providers``, ``_catalogue_serving`` and
``_catalogue_defaults``; this module puts them in their fixed order and indexes them.

Also reachable from here: the seed article's claims (``CLAIMS``, declared with their checks in
``_claim_checks``) and the published studies (``STUDIES``) the guide and the FAQ cite.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from ._catalogue_defaults import ASSUMED_DEFAULTS
from ._catalogue_gpus import GPU_PRICES, GPU_SPECS
from ._catalogue_providers import API_PRICES, EMBEDDINGS, FINETUNE_PRICES, VECTOR_STORES
from ._catalogue_serving import LATENCY, THROUGHPUT
from ._catalogue_training import LABELLING, LORA, QLORA, TRAINING_RULES
from ._figures import Figure

__all__ = ["CATALOGUE", "CLAIMS", "FIGURE_BY_ID", "STUDIES", "Claim", "Study", "data_as_of"]


def __getattr__(name: str) -> object:
    # The seed article's claims live with their checks; loaded only when asked for (not in the browser).
    if name in ("CLAIMS", "Claim"):
        from . import _claim_checks  # noqa: PLC0415

        return getattr(_claim_checks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


CATALOGUE: tuple[Figure, ...] = (
    GPU_PRICES
    + GPU_SPECS
    + TRAINING_RULES
    + FINETUNE_PRICES
    + API_PRICES
    + EMBEDDINGS
    + VECTOR_STORES
    + LATENCY
    + LABELLING
    + THROUGHPUT
    + ASSUMED_DEFAULTS
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
          LORA.ref),
    Study("qlora2023", "QLoRA: Efficient Finetuning of Quantized LLMs", "Dettmers et al. 2023",
          "Trains LoRA adapters on top of a base model quantised to 4 bits (NF4), with double quantisation "
          "and paged optimisers, bringing a 65B fine-tune from more than 780 GB to under 48 GB: one GPU.",
          QLORA.ref),
)
