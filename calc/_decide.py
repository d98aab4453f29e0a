"""Decision rules as data: which approach the answers of MODEL.md §5 point to, and why.

Each rule is a record: a condition over the answers (data, not code), the points it adds to
each approach, one sentence saying why, and the guide or FAQ section that explains it. The
guide renders the same records as its decision table (``decision_table_rows``), so the table and
the recommendation cannot drift apart.

Scoring:

- every *reason* rule whose condition holds adds its points to ``rag`` and ``finetune``;
- the hybrid scores the *lower* of those two, plus the hybrid points of the rules that fired.
  Only rules that need evidence on both sides (knowledge or citations AND strict behaviour with
  the data and people to fine-tune) give the hybrid positive points, so the hybrid can win only
  when both sides have support;
- the highest score wins; ties go to rag, then finetune, then hybrid (rag is the simplest to
  start and the easiest to undo);
- *risk* rules add no points: they fire on the answers and the recommendation, as warnings.

Numeric answers are put in buckets: ``labelled_examples`` in ``LABELLED_BUCKETS``, and
``latency_budget_ms`` against the retrieval step's added latency (the estimate's
``rag.added_latency_ms``, passed as ``retrieval_added_ms``) in ``LATENCY_BUCKETS``. Without
``retrieval_added_ms`` the latency answer is recorded but no latency rule can fire.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "ANSWER_BUCKETS",
    "ANSWER_CHOICES",
    "ANSWER_LABELS",
    "ANSWER_NAMES",
    "ANSWER_WORD_LABELS",
    "APPROACH_LABELS",
    "APPROACHES",
    "LABELLED_BUCKETS",
    "LATENCY_BUCKETS",
    "RULES",
    "RULE_BY_ID",
    "SCORING_NOTE",
    "Decision",
    "Effect",
    "FiredRule",
    "Rule",
    "decide",
    "decision_table_rows",
    "labelled_bucket",
    "latency_bucket",
]

# Tie-break order: the first of these wins a tie.
APPROACHES: tuple[str, ...] = ("rag", "finetune", "hybrid")
APPROACH_LABELS: dict[str, str] = {"rag": "RAG", "finetune": "fine-tuning", "hybrid": "hybrid"}

# --- Answers (MODEL.md §5) ----------------------------------------------------------------------

ANSWER_NAMES: tuple[str, ...] = (
    "knowledge_change",
    "needs_citations",
    "behaviour_need",
    "labelled_examples",
    "ml_capacity",
    "latency_budget_ms",
    "stage",
)

# Words of the categorical answers, in the order a form lists them.
ANSWER_CHOICES: dict[str, tuple[str, ...]] = {
    "knowledge_change": ("rarely", "monthly", "weekly"),
    "needs_citations": ("yes", "no"),
    "behaviour_need": ("none", "some", "strict"),
    "ml_capacity": ("none", "some", "strong"),
    "stage": ("prototype", "production"),
}

LABELLED_BUCKETS: tuple[str, ...] = ("under-1000", "1000-10000", "over-10000")
LATENCY_BUCKETS: tuple[str, ...] = ("retrieval-within-budget", "retrieval-over-budget")

# Buckets stand in for the words of the numeric answers in rule conditions.
ANSWER_BUCKETS: dict[str, tuple[str, ...]] = {
    "labelled_examples": LABELLED_BUCKETS,
    "latency_budget_ms": LATENCY_BUCKETS,
}

# Allowed range of the numeric answers (MODEL.md §5), and whether the value must be whole.
_NUMERIC_RANGES: dict[str, tuple[float, float, bool]] = {
    "labelled_examples": (0, 1e9, True),
    "latency_budget_ms": (0, 60000, False),
}

# The question a form asks for each answer.
ANSWER_LABELS: dict[str, str] = {
    "knowledge_change": "How often does the knowledge change?",
    "needs_citations": "Must answers cite their sources?",
    "behaviour_need": "How strict are the format, tone or behaviour needs?",
    "labelled_examples": "How many labelled examples do you have?",
    "ml_capacity": "How much ML engineering capacity does the team have?",
    "latency_budget_ms": "What is the latency budget per query, in milliseconds?",
    "stage": "What stage is the project at?",
}

# Short names of the answers, as the decision table's conditions use them.
_ANSWER_SHORT: dict[str, str] = {
    "knowledge_change": "Knowledge changes",
    "needs_citations": "Citations needed",
    "behaviour_need": "Behaviour need",
    "labelled_examples": "Labelled examples",
    "ml_capacity": "ML capacity",
    "latency_budget_ms": "Latency budget",
    "stage": "Stage",
}

# Human labels of every word and bucket.
ANSWER_WORD_LABELS: dict[str, dict[str, str]] = {
    "knowledge_change": {
        "rarely": "rarely (a few times a year or less)",
        "monthly": "monthly",
        "weekly": "weekly or more often",
    },
    "needs_citations": {"yes": "yes", "no": "no"},
    "behaviour_need": {
        "none": "none (a well-prompted base model will do)",
        "some": "some (a preferred format or tone)",
        "strict": "strict (an exact schema, style or reasoning pattern)",
    },
    "labelled_examples": {
        "under-1000": "fewer than 1,000",
        "1000-10000": "1,000 to 10,000",
        "over-10000": "more than 10,000",
    },
    "ml_capacity": {
        "none": "none (no one to train or evaluate models)",
        "some": "some (can run a hosted fine-tuning job)",
        "strong": "strong (can train, evaluate and serve models)",
    },
    "latency_budget_ms": {
        "retrieval-within-budget": "retrieval fits within it",
        "retrieval-over-budget": "retrieval alone takes longer",
    },
    "stage": {"prototype": "prototype", "production": "production"},
}


def labelled_bucket(*, examples: int) -> str:
    """The bucket of a number of labelled examples: fewer than 1,000, 1,000 to 10,000, more."""
    if examples < 1000:
        return "under-1000"
    if examples <= 10000:
        return "1000-10000"
    return "over-10000"


def latency_bucket(*, budget_ms: float, retrieval_added_ms: float) -> str:
    """Whether the retrieval step's added latency fits within the budget (equal fits)."""
    if retrieval_added_ms > budget_ms:
        return "retrieval-over-budget"
    return "retrieval-within-budget"


# --- Rules --------------------------------------------------------------------------------------

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

_REASONS = tuple(r for r in RULES if r.kind == "reason" and not r.fallback)
_FALLBACKS = tuple(r for r in RULES if r.kind == "reason" and r.fallback)
_RISKS = tuple(r for r in RULES if r.kind == "risk")

SCORING_NOTE = (
    "Each reason that applies adds its points to RAG and fine-tuning. The hybrid scores the "
    "lower of those two plus its own points, and only rules that need evidence on both sides "
    "give it any, so it wins only when both sides are supported. The highest score wins; a tie "
    "goes to RAG, then fine-tuning, then the hybrid. Warnings add no points."
)

# --- Decision -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class FiredRule:
    """A rule that applied: its id, its sentence and the site-relative link that explains it."""

    id: str
    text: str
    link: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    """The recommendation, the scores behind it, the reasons that fired and the warnings.

    ``answered``: the answers given, normalised (words as str, numbers as int or float).
    ``buckets``: the bucket each numeric answer fell in (latency only when it could be compared).
    """

    recommendation: str
    scores: dict[str, int]
    reasons: tuple[FiredRule, ...]
    risks: tuple[FiredRule, ...]
    answered: dict[str, str | int | float]
    buckets: dict[str, str]

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready copy."""
        return {
            "recommendation": self.recommendation,
            "scores": dict(self.scores),
            "reasons": [{"id": f.id, "text": f.text, "link": f.link} for f in self.reasons],
            "risks": [{"id": f.id, "text": f.text, "link": f.link} for f in self.risks],
            "answered": dict(self.answered),
            "buckets": dict(self.buckets),
        }


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def _number(name: str, value: object) -> int | float:
    """A numeric answer as int (when whole) or float; ValueError naming the answer otherwise."""
    low, high, whole = _NUMERIC_RANGES[name]
    if isinstance(value, bool):
        raise ValueError(f"{name}: {value!r} is not a number")
    if isinstance(value, str):
        text = value
        if not _NUMBER.match(text):
            raise ValueError(f"{name}: {value!r} is not a number")
        x = float(text)
    elif isinstance(value, (int, float)):
        x = float(value)
    else:
        raise ValueError(f"{name}: {value!r} is not a number")
    if not math.isfinite(x) or not low <= x <= high:
        raise ValueError(f"{name}: {value!r} is outside {low:g} to {high:g}")
    if x == int(x):
        return int(x)
    if whole:
        raise ValueError(f"{name}: {value!r} is not a whole number")
    return x


def _normalise(answers: Mapping[str, object]) -> dict[str, str | int | float]:
    given: dict[str, str | int | float] = {}
    for name in answers:
        if name not in ANSWER_NAMES:
            expected = ", ".join(ANSWER_NAMES)
            raise ValueError(f"{name}: not a decision answer (expected one of {expected})")
    for name in ANSWER_NAMES:  # MODEL.md order, whatever order the mapping had
        if name not in answers or answers[name] is None:
            continue
        value = answers[name]
        if name in ANSWER_CHOICES:
            if not isinstance(value, str) or value not in ANSWER_CHOICES[name]:
                allowed = ", ".join(ANSWER_CHOICES[name])
                raise ValueError(f"{name}: {value!r} is not one of {allowed}")
            given[name] = value
        else:
            given[name] = _number(name, value)
    return given


def decide(
    *,
    answers: Mapping[str, str | int | float | None],
    retrieval_added_ms: float | None = None,
) -> Decision:
    """Recommend rag, finetune or hybrid from the answers of MODEL.md §5.

    Missing answers (absent or None) are simply not used. Words must be exactly those of
    ``ANSWER_CHOICES``; numbers may be given as numbers or as text. An unknown answer, word or
    out-of-range number raises ValueError naming the answer. ``retrieval_added_ms`` is the
    estimate's ``rag.added_latency_ms``; the latency answer is compared with it.
    """
    given = _normalise(answers)
    words: dict[str, str] = {k: v for k, v in given.items() if isinstance(v, str)}
    buckets: dict[str, str] = {}
    if "labelled_examples" in given:
        buckets["labelled_examples"] = labelled_bucket(examples=int(given["labelled_examples"]))
    if "latency_budget_ms" in given and retrieval_added_ms is not None:
        added = float(retrieval_added_ms)
        if not math.isfinite(added) or added < 0:
            raise ValueError(f"retrieval_added_ms: {retrieval_added_ms!r} is not a latency")
        buckets["latency_budget_ms"] = latency_bucket(
            budget_ms=float(given["latency_budget_ms"]), retrieval_added_ms=added
        )
    words.update(buckets)

    fired = [r for r in _REASONS if r.matches(words=words)]
    if not fired:
        fired = list(_FALLBACKS)
    rag = sum(r.effect.rag for r in fired)
    finetune = sum(r.effect.finetune for r in fired)
    hybrid = min(rag, finetune) + sum(r.effect.hybrid for r in fired)
    scores = {"rag": rag, "finetune": finetune, "hybrid": hybrid}
    recommendation = APPROACHES[0]
    for approach in APPROACHES[1:]:
        if scores[approach] > scores[recommendation]:
            recommendation = approach

    risks = [
        r
        for r in _RISKS
        if (not r.recommended or recommendation in r.recommended) and r.matches(words=words)
    ]
    return Decision(
        recommendation=recommendation,
        scores=scores,
        reasons=tuple(FiredRule(id=r.id, text=r.reason, link=r.link) for r in fired),
        risks=tuple(FiredRule(id=r.id, text=r.reason, link=r.link) for r in risks),
        answered=given,
        buckets=buckets,
    )


# --- The decision table -------------------------------------------------------------------------


def _condition_words(rule: Rule) -> str:
    if rule.fallback:
        return "No answers given, or none of the reasons above apply"
    parts = []
    for answer, accepted in rule.when:
        # categorical answers show their words; numeric ones their buckets' labels
        labels = ANSWER_WORD_LABELS[answer] if answer in ANSWER_BUCKETS else {}
        short = (labels.get(w, w) for w in accepted)
        parts.append(f"{_ANSWER_SHORT[answer]}: " + " or ".join(short))
    if rule.recommended:
        parts.append(
            "Recommended: " + " or ".join(APPROACH_LABELS[a] for a in rule.recommended)
        )
    if not parts:
        return "Always"
    return "; ".join(parts)


def _effect_words(rule: Rule) -> str:
    if rule.kind == "risk":
        return "warning"
    parts = [f"{points:+d} {APPROACH_LABELS[a]}" for a, points in rule.effect.items() if points]
    return ", ".join(parts) if parts else "recommend RAG"


def decision_table_rows() -> list[dict[str, object]]:
    """One row per rule, in RULES order, with its condition and effect in words, for rendering.

    Keys: id, kind, condition, effect, reason, link, and the condition as data (``when``: answer
    -> list of words, ``recommended``: list of approaches).
    """
    return [
        {
            "id": rule.id,
            "kind": rule.kind,
            "condition": _condition_words(rule),
            "effect": _effect_words(rule),
            "reason": rule.reason,
            "link": rule.link,
            "when": {answer: list(accepted) for answer, accepted in rule.when},
            "recommended": list(rule.recommended),
        }
        for rule in RULES
    ]
