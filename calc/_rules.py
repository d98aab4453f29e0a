"""Decision rules as data: which approach the decision answers point to, and why.

Each rule is a record: a condition over the answers (data, not code), the points it adds to
each approach, one sentence saying why, and the guide or FAQ section that explains it. The words
a condition may use are those of the answer fields (their choices, or the buckets of a numeric
answer), read from the schema.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ._fields import ANSWER_FIELDS, APPROACHES_DECLARED

__all__ = [
    "ANSWER_BUCKETS",
    "ANSWER_CHOICES",
    "ANSWER_NAMES",
    "APPROACHES",
    "RULES",
    "RULE_BY_ID",
    "SCORING_NOTE",
    "Effect",
    "Rule",
]

# Tie-break order: the first of these wins a tie.
APPROACHES: tuple[str, ...] = tuple(a.key for a in APPROACHES_DECLARED if a.scored)
ANSWER_NAMES: tuple[str, ...] = tuple(f.name for f in ANSWER_FIELDS)
# Words of the categorical answers, in the order a form lists them.
ANSWER_CHOICES: dict[str, tuple[str, ...]] = {f.name: f.choices for f in ANSWER_FIELDS if f.kind == "choice"}
# Buckets stand in for the words of the numeric answers in rule conditions.
ANSWER_BUCKETS: dict[str, tuple[str, ...]] = {f.name: f.buckets for f in ANSWER_FIELDS if f.buckets}

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_LINK = re.compile(r"^[a-z0-9-]+/#[a-z0-9]+(-[a-z0-9]+)*$")
_KINDS = ("reason", "risk")


@dataclass(frozen=True, slots=True, kw_only=True)
class Effect:
    """Points a reason adds to each approach (the hybrid's on top of the lower of the two)."""

    rag: int = 0
    finetune: int = 0
    hybrid: int = 0

    def items(self) -> tuple[tuple[str, int], ...]:
        """(approach, points) in tie-break order."""
        return (("rag", self.rag), ("finetune", self.finetune), ("hybrid", self.hybrid))


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """One decision rule.

    ``when``: (answer, accepted words) pairs; the rule fires when every listed answer was given
    and its word (or bucket) is among the accepted ones. ``recommended``: for risks, the
    recommendations the warning applies to (empty: any). ``fallback``: fires only when no other
    reason fired. ``link`` is site-relative (``guide/#when-rag-wins``).
    """

    id: str
    kind: str
    when: tuple[tuple[str, tuple[str, ...]], ...]
    reason: str
    link: str
    effect: Effect = Effect()
    recommended: tuple[str, ...] = ()
    fallback: bool = False

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise ValueError(f"rule id {self.id!r} is not kebab-case")
        if self.kind not in _KINDS:
            raise ValueError(f"rule {self.id}: kind {self.kind!r} is not one of {_KINDS}")
        if not _LINK.match(self.link):
            raise ValueError(f"rule {self.id}: link {self.link!r} is not page/#anchor")
        seen = set()
        for answer, words in self.when:
            allowed = ANSWER_CHOICES.get(answer) or ANSWER_BUCKETS.get(answer)
            if allowed is None:
                raise ValueError(f"rule {self.id}: unknown answer {answer!r}")
            if answer in seen or not words or any(w not in allowed for w in words):
                raise ValueError(f"rule {self.id}: bad condition on {answer}: {words!r}")
            seen.add(answer)
        if any(r not in APPROACHES for r in self.recommended):
            raise ValueError(f"rule {self.id}: bad recommended {self.recommended!r}")
        if self.kind == "risk" and (self.effect != Effect() or self.fallback):
            raise ValueError(f"rule {self.id}: a risk adds no points and is no fallback")
        if self.kind == "reason" and self.recommended:
            raise ValueError(f"rule {self.id}: a reason cannot depend on the recommendation")

    def matches(self, *, words: Mapping[str, str]) -> bool:
        """Whether every answer in ``when`` was given and its word is accepted."""
        for answer, accepted in self.when:
            word = words.get(answer)
            if word is None or word not in accepted:
                return False
        return True


_NEED = ("behaviour_need", ("some", "strict"))
_ENOUGH_DATA = ("labelled_examples", ("1000-10000", "over-10000"))
_SOME_CAPACITY = ("ml_capacity", ("some", "strong"))

RULES: tuple[Rule, ...] = (
    # -- reasons: the RAG side
    Rule(
        id="knowledge-changes-weekly",
        kind="reason",
        when=(("knowledge_change", ("weekly",)),),
        effect=Effect(rag=3),
        reason="Knowledge that changes every week is kept current by re-indexing the changed "
        "documents, which takes minutes; a fine-tuned model would need a retraining cycle, "
        "which takes hours to days, every time.",
        link="guide/#when-rag-wins",
    ),
    Rule(
        id="knowledge-changes-monthly",
        kind="reason",
        when=(("knowledge_change", ("monthly",)),),
        effect=Effect(rag=2),
        reason="Knowledge that changes every month favours retrieval: updating an index is "
        "routine, while retraining monthly repeats data preparation, training and evaluation.",
        link="guide/#when-rag-wins",
    ),
    Rule(
        id="citations-needed",
        kind="reason",
        when=(("needs_citations", ("yes",)),),
        effect=Effect(rag=3),
        reason="Answers that must cite their sources need retrieval: RAG knows which passages "
        "it put in front of the model, while a fine-tuned model cannot say where a fact came "
        "from.",
        link="guide/#when-rag-wins",
    ),
    Rule(
        id="no-behaviour-need",
        kind="reason",
        when=(("behaviour_need", ("none",)),),
        effect=Effect(rag=1),
        reason="With no special format, tone or style to enforce, a base model with a clear "
        "prompt already behaves as needed, so fine-tuning has little to teach it.",
        link="guide/#knowledge-versus-behaviour",
    ),
    Rule(
        id="no-ml-capacity",
        kind="reason",
        when=(("ml_capacity", ("none",)),),
        effect=Effect(rag=2),
        reason="Without ML engineers RAG is the safer build: it is assembled from ordinary "
        "services (an embedding API, a vector store, a prompt), while fine-tuning needs data "
        "curation, evaluation and retraining.",
        link="guide/#when-rag-wins",
    ),
    Rule(
        id="prototype-stage",
        kind="reason",
        when=(("stage", ("prototype",)),),
        effect=Effect(rag=3, hybrid=-7),
        reason="At the prototype stage RAG gets a working system quickly and is easy to change "
        "or throw away; fine-tuning, and even more so the hybrid, commits to data and training "
        "before the use case is proven.",
        link="guide/#when-rag-wins",
    ),
    # -- reasons: the fine-tuning side
    Rule(
        id="some-behaviour-need",
        kind="reason",
        when=(("behaviour_need", ("some",)),),
        effect=Effect(finetune=1),
        reason="A preferred format or tone can often be reached with instructions and examples "
        "in the prompt; fine-tuning makes it more consistent, so this leans slightly towards it.",
        link="guide/#knowledge-versus-behaviour",
    ),
    Rule(
        id="strict-behaviour-need",
        kind="reason",
        when=(("behaviour_need", ("strict",)),),
        effect=Effect(finetune=3),
        reason="A strict output format, tone or reasoning style is what fine-tuning is for: "
        "it changes how the model behaves, which retrieval cannot do.",
        link="guide/#when-fine-tuning-wins",
    ),
    Rule(
        id="few-labelled-examples",
        kind="reason",
        when=(("labelled_examples", ("under-1000",)),),
        effect=Effect(finetune=-2),
        reason="Fewer than 1,000 labelled examples is below the 1,000 to 10,000 that "
        "fine-tuning usually needs to change a model's behaviour reliably.",
        link="guide/#when-fine-tuning-wins",
    ),
    Rule(
        id="enough-labelled-examples",
        kind="reason",
        when=(("labelled_examples", ("1000-10000",)), _NEED),
        effect=Effect(finetune=1),
        reason="Between 1,000 and 10,000 labelled examples is the usual amount for teaching "
        "a model the behaviour you need.",
        link="guide/#when-fine-tuning-wins",
    ),
    Rule(
        id="many-labelled-examples",
        kind="reason",
        when=(("labelled_examples", ("over-10000",)), _NEED),
        effect=Effect(finetune=2),
        reason="More than 10,000 labelled examples gives fine-tuning ample data for the "
        "behaviour you need, with enough left over for a held-out evaluation set.",
        link="guide/#when-fine-tuning-wins",
    ),
    Rule(
        id="some-ml-capacity",
        kind="reason",
        when=(("ml_capacity", ("some",)), _NEED),
        effect=Effect(finetune=1),
        reason="Some ML capacity is enough for a hosted fine-tuning job, which needs curated "
        "data and an evaluation set but no GPUs or training code of your own.",
        link="faq/#how-long-does-fine-tuning-take",
    ),
    Rule(
        id="strong-ml-capacity",
        kind="reason",
        when=(("ml_capacity", ("strong",)), _NEED),
        effect=Effect(finetune=2),
        reason="A team that can curate training data, evaluate models and retrain on a "
        "schedule can run the fine-tuning cycle that the behaviour need calls for.",
        link="guide/#when-fine-tuning-wins",
    ),
    Rule(
        id="latency-over-budget",
        kind="reason",
        when=(("latency_budget_ms", ("retrieval-over-budget",)),),
        effect=Effect(finetune=3),
        reason="The retrieval step alone (query embedding, vector search, reranking and the "
        "longer prompt) takes longer than the latency budget; a fine-tuned model answers "
        "without it.",
        link="faq/#what-are-the-latency-differences-between-rag-and-fine-tuning",
    ),
    # -- reasons: both sides at once (the only rules that give the hybrid points)
    Rule(
        id="fresh-knowledge-and-strict-behaviour",
        kind="reason",
        when=(
            ("knowledge_change", ("monthly", "weekly")),
            ("behaviour_need", ("strict",)),
            _ENOUGH_DATA,
            _SOME_CAPACITY,
        ),
        effect=Effect(hybrid=5),
        reason="You need knowledge that stays current and strict behaviour, and have the "
        "examples and people to fine-tune: retrieval can supply the facts while the tuned "
        "model supplies the form.",
        link="guide/#when-to-combine",
    ),
    Rule(
        id="citations-and-strict-behaviour",
        kind="reason",
        when=(
            ("needs_citations", ("yes",)),
            ("behaviour_need", ("strict",)),
            _ENOUGH_DATA,
            _SOME_CAPACITY,
        ),
        effect=Effect(hybrid=5),
        reason="Answers must cite sources and follow a strict behaviour, and you have the "
        "data and people to fine-tune: a tuned model reading retrieved passages can do both, "
        "and published comparisons found the two gains add up.",
        link="guide/#when-to-combine",
    ),
    # -- the fallback
    Rule(
        id="no-answers",
        kind="reason",
        when=(),
        fallback=True,
        reason="No answers were given, or none that favour one approach, so start with RAG: "
        "it is the lowest-commitment option, quick to build and easy to undo.",
        link="guide/#when-rag-wins",
    ),
    # -- risks (warnings; no points)
    Rule(
        id="risk-few-examples-for-fine-tuning",
        kind="risk",
        when=(("labelled_examples", ("under-1000",)),),
        recommended=("finetune", "hybrid"),
        reason="Fine-tuning is recommended but you have fewer than 1,000 labelled examples: "
        "collect more (1,000 to 10,000 is typical) before the first training run, and "
        "hold some back to evaluate with.",
        link="guide/#when-fine-tuning-wins",
    ),
    Rule(
        id="risk-behaviour-without-examples",
        kind="risk",
        when=(("labelled_examples", ("under-1000",)), _NEED),
        recommended=("rag",),
        reason="Your behaviour need would usually call for fine-tuning, but fewer than 1,000 "
        "labelled examples is thin: use instructions and examples in the prompt for now, and "
        "collect examples as the system runs.",
        link="guide/#knowledge-versus-behaviour",
    ),
    Rule(
        id="risk-retrieval-over-latency-budget",
        kind="risk",
        when=(("latency_budget_ms", ("retrieval-over-budget",)),),
        recommended=("rag", "hybrid"),
        reason="Retrieval alone takes longer than the latency budget: cut it (a faster "
        "embedding call, fewer or shorter chunks, no reranker, caching) or revisit the budget.",
        link="faq/#what-are-the-latency-differences-between-rag-and-fine-tuning",
    ),
    Rule(
        id="risk-stale-facts",
        kind="risk",
        when=(("knowledge_change", ("weekly",)),),
        recommended=("finetune",),
        reason="Fine-tuning is recommended but the knowledge changes weekly: facts learnt "
        "in training go stale between retrains, so keep changing facts in the prompt or add "
        "retrieval.",
        link="guide/#knowledge-versus-behaviour",
    ),
    Rule(
        id="risk-no-ml-capacity",
        kind="risk",
        when=(("ml_capacity", ("none",)),),
        recommended=("finetune", "hybrid"),
        reason="Fine-tuning is recommended but the team has no ML capacity: consider a hosted "
        "fine-tuning API, which needs no GPUs or training code, though someone must still "
        "curate the data and evaluate each model.",
        link="faq/#how-long-does-fine-tuning-take",
    ),
    Rule(
        id="risk-citations-without-retrieval",
        kind="risk",
        when=(("needs_citations", ("yes",)),),
        recommended=("finetune",),
        reason="Answers must cite sources but fine-tuning alone cannot point to any: add "
        "retrieval (the hybrid) so each answer can name the passages it rests on.",
        link="guide/#when-to-combine",
    ),
    Rule(
        id="risk-hybrid-cost",
        kind="risk",
        when=(),
        recommended=("hybrid",),
        reason="The hybrid pays for retrieval and for training, and is never cheaper than "
        "fine-tuning alone: check the estimate, and expect two systems to maintain.",
        link="guide/#what-the-hybrid-costs",
    ),
    Rule(
        id="risk-hybrid-at-prototype",
        kind="risk",
        when=(("stage", ("prototype",)),),
        recommended=("hybrid",),
        reason="The hybrid is recommended for a prototype: build the retrieval half first and "
        "add fine-tuning once you have measured the behaviour gap it must close.",
        link="guide/#when-to-combine",
    ),
)

RULE_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}
if len(RULE_BY_ID) != len(RULES):  # pragma: no cover - guards the data above
    raise ValueError("duplicate rule ids")

SCORING_NOTE = (
    "Each reason that applies adds its points to RAG and fine-tuning. The hybrid scores the "
    "lower of those two plus its own points, and only rules that need evidence on both sides "
    "give it any, so it wins only when both sides are supported. The highest score wins; a tie "
    "goes to RAG, then fine-tuning, then the hybrid. Warnings add no points."
)

