"""The published studies and guides the decision guide and the FAQ cite, each declared once.

A ``Study`` holds its address and what it found, in this project's words. Pages never type a
study's address or finding: the guide calls the macros ``study_cite``, ``study_finding`` and
``studies_list`` (macros.py), and the FAQ's answers call the same functions in calc._faq.

Each renderer returns Markdown (calc's subset: links, emphasis), which both the guide's Markdown
and the FAQ's answers take. A finding may hold ``[[fig:ID]]`` tokens for the numbers it quotes;
for a page they are expanded into figure elements, while the FAQ's answers leave them for their
own renderer, which expands them after escaping (``expand=False``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ._catalogue_training import LORA, QLORA
from ._render import expand_tokens

__all__ = ["STUDIES", "STUDY_BY_ID", "Study", "studies_list", "study_cite", "study_finding"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Study:
    """A published study or guide, with what it found in this project's words.

    ``cited_as`` names it in a sentence ("Ovadia and colleagues (2023)"); ``finding`` follows that
    name as the rest of a sentence ("found that ..."), without the full stop; ``detail`` is an
    optional further sentence that the list of studies shows and an answer may add.
    """

    id: str
    title: str
    authors_year: str
    cited_as: str
    url: str
    finding: str
    detail: str = ""


STUDIES: tuple[Study, ...] = (
    Study(
        id="ovadia2023",
        title="Fine-Tuning or Retrieval? Comparing Knowledge Injection in LLMs",
        authors_year="Ovadia et al. 2023",
        cited_as="Ovadia and colleagues (2023)",
        url="https://arxiv.org/abs/2312.05934",
        finding=(
            "found that retrieval consistently beat unsupervised fine-tuning at injecting knowledge into "
            "a model, both for facts it had met in pretraining and for events that came after it"
        ),
        detail=(
            "Continued training on the raw documents did improve on the base model, but it taught new "
            "facts poorly unless each fact came in many rephrasings."
        ),
    ),
    Study(
        id="balaguer2024",
        title="RAG vs Fine-tuning: Pipelines, Tradeoffs, and a Case Study on Agriculture",
        authors_year="Balaguer et al. 2024",
        cited_as="Balaguer and colleagues (2024)",
        url="https://arxiv.org/abs/2401.08406",
        finding=(
            "found on agricultural questions that fine-tuning added over 6 points of accuracy and "
            "retrieval about 5 more on top of it: the two gains were cumulative"
        ),
        detail=(
            "Their pipeline turns documents into question-and-answer pairs, used both to fine-tune the "
            "models and to evaluate retrieval."
        ),
    ),
    Study(
        id="soudani2024",
        title="Fine Tuning vs. Retrieval Augmented Generation for Less Popular Knowledge",
        authors_year="Soudani et al. 2024 (SIGIR)",
        cited_as="Soudani, Kanoulas and Hasibi (2024, SIGIR)",
        url="https://arxiv.org/abs/2403.01432",
        finding=(
            "found that retrieval beat fine-tuning by a large margin on less popular facts, the long "
            "tail of entities a model rarely met in training"
        ),
        detail=(
            "Fine-tuning on synthetic questions helped at every level of popularity, across a dozen "
            "models, but far less than retrieval where the facts were rare."
        ),
    ),
    Study(
        id="anyscale_form_not_facts",
        title="Fine tuning is for form, not facts",
        authors_year="Kadous and Hakhamaneshi, Anyscale blog, 2023",
        cited_as="Anyscale's engineers",
        url="https://www.anyscale.com/blog/fine-tuning-is-for-form-not-facts",
        finding=(
            "argue from practice that fine-tuning changes how a model answers (format, style, a narrow "
            "task) far more than what it knows, so facts are better supplied another way, retrieval "
            "above all"
        ),
        detail="On a narrow, well-defined task a small tuned model can beat a much larger general one.",
    ),
    Study(
        id="openai_optimizing_accuracy",
        title="Optimizing LLMs for accuracy",
        authors_year="OpenAI platform guide",
        cited_as="OpenAI's guide",
        url="https://platform.openai.com/docs/guides/optimizing-llm-accuracy",
        finding=(
            "treats accuracy as two separate levers: better context (retrieval) when knowledge is "
            "missing, stale or private, and a changed model (fine-tuning) when format, tone or "
            "reasoning are inconsistent"
        ),
        detail="It starts from prompt engineering and expects many production systems to pull both levers.",
    ),
    Study(
        id="microsoft_compare_strategies",
        title="Compare and combine optimization strategies",
        authors_year="Microsoft Learn",
        cited_as="Microsoft Learn",
        url=(
            "https://learn.microsoft.com/training/modules/optimize-generative-ai-model-performance/"
            "5-compare-combine-strategies"
        ),
        finding=(
            "ranks prompt engineering, retrieval and fine-tuning in rising order of time to implement, "
            "complexity and cost, and presents them as complementary rather than exclusive"
        ),
    ),
    Study(
        id="lora2021",
        title="LoRA: Low-Rank Adaptation of Large Language Models",
        authors_year="Hu et al. 2021",
        cited_as="Hu and colleagues (2021)",
        url=LORA.ref,
        finding=(
            "froze a model's weights and trained small low-rank matrices beside them: on GPT-3 175B, "
            "[[fig:rule.lora.trainable_params_reduction]] fewer trainable parameters and "
            "[[fig:rule.lora.memory_reduction]] less GPU memory than full fine-tuning with Adam"
        ),
    ),
    Study(
        id="qlora2023",
        title="QLoRA: Efficient Finetuning of Quantized LLMs",
        authors_year="Dettmers et al. 2023",
        cited_as="Dettmers and colleagues (2023)",
        url=QLORA.ref,
        finding=(
            "trained LoRA adapters on a base model stored in 4 bits (NF4), with double quantisation and "
            "paged optimisers, bringing a 65B fine-tune from more than "
            "[[fig:rule.qlora.llama_65b.memory_16bit_gb]] of GPU memory to under "
            "[[fig:rule.qlora.llama_65b.memory_qlora_gb]], a single GPU"
        ),
    ),
)

STUDY_BY_ID: Mapping[str, Study] = {s.id: s for s in STUDIES}


def _md(text: str, expand: bool) -> str:
    return expand_tokens(text) if expand else text


def study_cite(study_id: str, text: str | None = None) -> str:
    """A link to a study, reading its title (or ``text``), as Markdown."""
    study = STUDY_BY_ID[study_id]
    return f"[{study.title if text is None else text}]({study.url})"


def study_finding(study_id: str, *, detail: bool = False, expand: bool = True) -> str:
    """One sentence: the study's name, linked, and what it found; with ``detail``, its detail too."""
    study = STUDY_BY_ID[study_id]
    text = f"[{study.cited_as}]({study.url}) {study.finding}."
    if detail and study.detail:
        text += " " + study.detail
    return _md(text, expand)


def studies_list(*, expand: bool = True) -> str:
    """Every study as a Markdown list item: its name, its linked title, what it found and the detail."""
    items = []
    for s in STUDIES:
        rest = f" {s.detail}" if s.detail else ""
        items.append(f"- **{s.cited_as}**, [{s.title}]({s.url}), {s.finding}.{rest}")
    return _md("\n".join(items) + "\n", expand)
