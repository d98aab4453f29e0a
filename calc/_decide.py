"""The recommendation: which approach the decision answers point to, and why.

The rules are records (``calc._rules``). The
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

from typing import Any

from . import _format as fmt
from ._fields import ANSWER_FIELDS, APPROACH_BY_KEY, APPROACHES_DECLARED, FieldError, format_value
from ._model import approaches_of
from ._rules import (
    ANSWER_BUCKETS,
    ANSWER_CHOICES,
    ANSWER_NAMES,
    APPROACHES,
    RULE_BY_ID,
    RULES,
    SCORING_NOTE,
    Effect,
    Rule,
)

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

# --- Answers: derived from the answer fields --------------------------------------------------

_ANSWER_FIELD = {f.name: f for f in ANSWER_FIELDS}
LABELLED_BUCKETS: tuple[str, ...] = _ANSWER_FIELD["labelled_examples"].buckets
LATENCY_BUCKETS: tuple[str, ...] = _ANSWER_FIELD["latency_budget_ms"].buckets
# The question a form asks for each answer.
ANSWER_LABELS: dict[str, str] = {f.name: f.label for f in ANSWER_FIELDS}
# Human labels of every word and bucket.
ANSWER_WORD_LABELS: dict[str, dict[str, str]] = {f.name: f.word_labels() for f in ANSWER_FIELDS}
# How approaches are named inside a sentence.
APPROACH_LABELS: dict[str, str] = {a.key: a.noun for a in APPROACHES_DECLARED if a.scored}


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


_REASONS = tuple(r for r in RULES if r.kind == "reason" and not r.fallback)
_FALLBACKS = tuple(r for r in RULES if r.kind == "reason" and r.fallback)
_RISKS = tuple(r for r in RULES if r.kind == "risk")


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
    cheapest: str | None = None
    cheapest_differs: bool | None = None
    cost_note: str | None = None
    summary: str | None = None  # one sentence for an RFC (``rfc_sentence``); None without an estimate

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready copy. ``cheapest`` and ``cheapest_differs`` are null without an estimate."""
        return {
            "recommendation": self.recommendation,
            "scores": dict(self.scores),
            "reasons": [{"id": f.id, "text": f.text, "link": f.link} for f in self.reasons],
            "risks": [{"id": f.id, "text": f.text, "link": f.link} for f in self.risks],
            "answered": dict(self.answered),
            "buckets": dict(self.buckets),
            "cheapest": self.cheapest,
            "cheapest_differs": self.cheapest_differs,
            "cost_note": self.cost_note,
            "summary": self.summary,
        }


def _number(name: str, value: object) -> int | float:
    """A numeric answer through its field's parser (the package's one number grammar and range).

    Numbers may come as text or as int/float; the error names the answer, like the scenario's."""
    field = _ANSWER_FIELD[name]
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(str(FieldError(name, repr(value), f"{value!r} is not a number; allowed: {field.allowed()}")))
    text = value if isinstance(value, str) else format_value(value) if math.isfinite(value) else repr(value)
    parsed, error = field.parse(text)
    if error is not None:
        raise ValueError(str(error))
    assert isinstance(parsed, (int, float))
    return int(parsed) if parsed == int(parsed) else parsed


def _normalise(answers: Mapping[str, object]) -> dict[str, str | int | float]:
    given: dict[str, str | int | float] = {}
    for name in answers:
        if name not in ANSWER_NAMES:
            expected = ", ".join(ANSWER_NAMES)
            raise ValueError(f"{name}: not a decision answer (expected one of {expected})")
    for name in ANSWER_NAMES:  # the schema's order, whatever order the mapping had
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
    estimate: Mapping[str, Any] | None = None,
) -> Decision:
    """Recommend rag, finetune or hybrid from the decision answers.

    Missing answers (absent or None) are simply not used. Words must be exactly those of
    ``ANSWER_CHOICES``; numbers may be given as numbers or as text. An unknown answer, word or
    out-of-range number raises ValueError naming the answer. ``retrieval_added_ms`` is the
    estimate's ``rag.added_latency_ms``; the latency answer is compared with it.

    With the scenario's ``estimate`` (the model's output), the decision also names the cheapest
    approach, says when the recommendation is not it (``cost_note``: the cost difference and the
    reason that outweighs it), and adds a risk for every approach whose total latency per query is
    over ``latency_budget_ms``. ``retrieval_added_ms`` defaults to the estimate's.
    """
    if estimate is not None and retrieval_added_ms is None:
        retrieval_added_ms = estimate["rag"]["added_latency_ms"]
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
        FiredRule(id=r.id, text=r.reason, link=r.link)
        for r in _RISKS
        if (not r.recommended or recommendation in r.recommended) and r.matches(words=words)
    ]
    cheapest = differs = note = summary = None
    if estimate is not None:
        cheapest = estimate["cheapest"]
        differs = cheapest != recommendation
        if differs:
            note = _cost_note(recommendation, cheapest, estimate, fired)
        summary = rfc_sentence(recommendation, fired if given else [], estimate)
        if "latency_budget_ms" in given:
            risks.extend(_latency_risks(float(given["latency_budget_ms"]), estimate))
    return Decision(
        recommendation=recommendation,
        scores=scores,
        reasons=tuple(FiredRule(id=r.id, text=r.reason, link=r.link) for r in fired),
        risks=tuple(risks),
        answered=given,
        buckets=buckets,
        cheapest=cheapest,
        cheapest_differs=differs,
        cost_note=note,
        summary=summary,
    )


def _plain(text: str) -> str:
    """A rule's Markdown reason as plain text: links keep their words, code and emphasis lose their marks."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return text.replace("`", "").replace("**", "").replace("*", "")


def rfc_sentence(recommendation: str, fired: list[Rule], estimate: Mapping[str, Any]) -> str:
    """One sentence to paste in an RFC: the recommendation and why, what it costs over the horizon,
    and the cheapest approach when that is another one. Without answers: the cheapest alone."""
    months = len(estimate["rag"]["monthly"])
    cheapest = estimate["cheapest"]
    low = estimate[cheapest]["tco"]
    if not fired:
        return (f"No decision questions are answered yet: over {months} months "
                f"{APPROACH_BY_KEY[cheapest].noun} is the cheapest at {fmt.money(low)}; answer the questions "
                "for a recommendation that weighs more than cost.")
    weight = {"rag": lambda r: r.effect.rag, "finetune": lambda r: r.effect.finetune,
              "hybrid": lambda r: r.effect.hybrid}[recommendation]
    best = _plain(max(fired, key=weight).reason).rstrip(".")
    why = best if best[1:2].isupper() else best[0].lower() + best[1:]
    cost = fmt.money(estimate[recommendation]["tco"])
    other = ("the cheapest of the approaches compared" if cheapest == recommendation else
             f"while {APPROACH_BY_KEY[cheapest].noun} would cost {fmt.money(low)}")
    return (f"{APPROACH_BY_KEY[recommendation].label} is recommended ({cost} over {months} months, {other}) "
            f"because {why}.")


def _feasible(estimate: Mapping[str, Any]) -> list[str]:
    return [a for a in approaches_of(estimate) if estimate[a].get("feasible", True)]


def _latency_risks(budget: float, estimate: Mapping[str, Any]) -> list[FiredRule]:
    """One risk per approach whose total latency per query is over the budget."""
    out = []
    for a in _feasible(estimate):
        total = estimate[a]["latency_ms"]
        if total > budget:
            label = APPROACH_BY_KEY[a].label
            out.append(FiredRule(
                id=f"latency-over-budget-{a.replace('_', '-')}",
                text=f"{label} takes about {fmt.ms(total)} per query, over the latency budget of "
                     f"{fmt.ms(budget)}.",
                link="guide/#latency-budget",
            ))
    return out


def _cost_note(recommendation: str, cheapest: str, estimate: Mapping[str, Any], fired: list[Rule]) -> str:
    """One sentence: the recommendation is not the cheapest, by how much, and what outweighs that."""
    months = len(estimate["rag"]["monthly"])
    rec, low = estimate[recommendation]["tco"], estimate[cheapest]["tco"]
    weight = {"rag": lambda r: r.effect.rag, "finetune": lambda r: r.effect.finetune,
              "hybrid": lambda r: r.effect.hybrid}[recommendation]
    best = max(fired, key=weight)
    why = best.reason if best.reason[1:2].isupper() else best.reason[0].lower() + best.reason[1:]
    if not APPROACH_BY_KEY[cheapest].scored:
        # The rules weigh retrieval against training; an approach they do not score is only priced.
        return (
            f"{APPROACH_BY_KEY[cheapest].label} is cheaper than the recommended "
            f"{APPROACH_BY_KEY[recommendation].noun} by {fmt.money(rec - low)} over {months} months "
            f"({fmt.money(low)} against {fmt.money(rec)}); the decision rules do not score "
            f"{APPROACH_BY_KEY[cheapest].noun}, so weigh it yourself (see the guide's section on when it wins)."
        )
    return (
        f"{APPROACH_BY_KEY[recommendation].label} is recommended although "
        f"{APPROACH_BY_KEY[cheapest].noun} is cheaper by {fmt.money(rec - low)} over {months} months "
        f"({fmt.money(low)} against {fmt.money(rec)}), because {why}"
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
        parts.append(f"{_ANSWER_FIELD[answer].short}: " + " or ".join(short))
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
