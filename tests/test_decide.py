"""Decision rules: exhaustive invariants over every combination of answers, and targeted cases.

Expected values come from the rule table as written in the guide (and restated in the
docstrings), added up by hand, never read back from ``decide``'s output.
"""

from __future__ import annotations

import functools
import itertools
import json

import pytest

from contract_anchors import FAQ_ANCHORS, GUIDE_ANCHORS
from calc._decide import (
    ANSWER_BUCKETS,
    ANSWER_CHOICES,
    ANSWER_LABELS,
    ANSWER_NAMES,
    ANSWER_WORD_LABELS,
    APPROACHES,
    LABELLED_BUCKETS,
    LATENCY_BUCKETS,
    RULE_BY_ID,
    RULES,
    Decision,
    decide,
    decision_table_rows,
    labelled_bucket,
    latency_bucket,
)

# The site's contract anchors (tests/contract_anchors.py).
ALLOWED_LINKS = frozenset(
    [f"guide/#{a}" for a in GUIDE_ANCHORS] + [f"faq/#{a}" for a in FAQ_ANCHORS]
)

# Model 1's decision answers, typed out here so a renamed word fails a test.
MODEL_WORDS = {
    "knowledge_change": ("rarely", "monthly", "weekly"),
    "needs_citations": ("yes", "no"),
    "behaviour_need": ("none", "some", "strict"),
    "ml_capacity": ("none", "some", "strong"),
    "stage": ("prototype", "production"),
}

RETRIEVAL_MS = 229.0  # the worked example's added latency (150 + 15 + 64 ms)

# One axis per answer; None means "not answered". Labelled examples: both edges of every bucket
# and the top of the range. Latency: (budget, retrieval_added_ms) pairs: unanswered with and
# without a retrieval latency, a budget without a retrieval latency to compare with, a budget
# below the retrieval latency, equal to it (fits), and above it.
AXES = {
    "knowledge_change": (None, "rarely", "monthly", "weekly"),
    "needs_citations": (None, "yes", "no"),
    "behaviour_need": (None, "none", "some", "strict"),
    "labelled_examples": (None, 0, 999, 1000, 10000, 10001, 1_000_000_000),
    "ml_capacity": (None, "none", "some", "strong"),
    "latency": (
        (None, None),
        (None, RETRIEVAL_MS),
        (100, None),
        (100, RETRIEVAL_MS),
        (229, RETRIEVAL_MS),
        (500, RETRIEVAL_MS),
    ),
    "stage": (None, "prototype", "production"),
}


def _answers(combo: dict) -> dict:
    """The answers mapping of a combination, leaving out the unanswered ones."""
    out = {}
    for name in ANSWER_NAMES:
        value = combo["latency"][0] if name == "latency_budget_ms" else combo[name]
        if value is not None:
            out[name] = value
    return out


@functools.lru_cache(maxsize=1)
def _all() -> tuple[tuple[dict, Decision], ...]:
    """Every combination of the axes with its decision, computed once for the module."""
    keys = tuple(AXES)
    rows = []
    for values in itertools.product(*(AXES[k] for k in keys)):
        combo = dict(zip(keys, values))
        decision = decide(answers=_answers(combo), retrieval_added_ms=combo["latency"][1])
        rows.append((combo, decision))
    return tuple(rows)


def _ids(fired) -> set[str]:
    """The ids of fired rules."""
    return {f.id for f in fired}


def _lookup() -> dict[tuple, Decision]:
    """Decisions keyed by the combination's values, for comparing neighbouring combinations."""
    return {tuple(combo.values()): d for combo, d in _all()}


def _key(combo: dict, **change) -> tuple:
    """The lookup key of ``combo`` with some answers changed."""
    return tuple({**combo, **change}.values())


# --- data -------------------------------------------------------------------------------------


def test_answer_words_match_model_md():
    """The categorical answers and their words are exactly model 1's, in order."""
    assert ANSWER_CHOICES == MODEL_WORDS
    assert set(ANSWER_NAMES) == set(MODEL_WORDS) | {"labelled_examples", "latency_budget_ms"}
    assert LABELLED_BUCKETS == ("under-1000", "1000-10000", "over-10000")
    assert ANSWER_BUCKETS == {"labelled_examples": LABELLED_BUCKETS, "latency_budget_ms": LATENCY_BUCKETS}


def test_answer_words_match_the_scenario_fields():
    """The decision words agree with calc's answer fields, which the form and permalinks use."""
    import calc

    fields = {f.name: f for f in calc.ANSWER_FIELDS}
    assert tuple(fields) == ANSWER_NAMES
    for name, words in ANSWER_CHOICES.items():
        assert fields[name].choices == words, name


def test_every_answer_has_a_question_and_every_word_a_label():
    """Each answer has a question ending in '?', and each word and bucket has a non-empty label."""
    assert set(ANSWER_LABELS) == set(ANSWER_NAMES)
    assert all(q.endswith("?") for q in ANSWER_LABELS.values())
    for name in ANSWER_NAMES:
        words = ANSWER_CHOICES.get(name) or ANSWER_BUCKETS[name]
        assert set(ANSWER_WORD_LABELS[name]) == set(words), name
        assert all(ANSWER_WORD_LABELS[name][w].strip() for w in words), name


def test_rules_are_well_formed():
    """Rule ids are unique kebab-case, kinds are reason or risk, links are contract anchors."""
    assert len({r.id for r in RULES}) == len(RULES)
    assert set(RULE_BY_ID) == {r.id for r in RULES}
    for rule in RULES:
        assert rule.id == rule.id.lower() and " " not in rule.id and "_" not in rule.id
        assert rule.kind in ("reason", "risk")
        assert rule.link in ALLOWED_LINKS, rule.id
        assert rule.reason.endswith(".") and len(rule.reason) > 40, rule.id
        if rule.kind == "risk":
            assert (rule.effect.rag, rule.effect.finetune, rule.effect.hybrid) == (0, 0, 0)


def test_only_both_sided_rules_give_the_hybrid_points():
    """A rule that adds hybrid points asks for a RAG-side answer and strict behaviour with data."""
    rag_side = {("knowledge_change", "monthly"), ("knowledge_change", "weekly"), ("needs_citations", "yes")}
    givers = [r for r in RULES if r.effect.hybrid > 0]
    assert len(givers) == 2
    for rule in givers:
        when = dict(rule.when)
        assert any((a, w) in rag_side for a, words in when.items() for w in words), rule.id
        assert when["behaviour_need"] == ("strict",)
        assert "under-1000" not in when["labelled_examples"]
        assert "none" not in when["ml_capacity"]


def test_bad_rule_data_is_rejected():
    """A rule naming an unknown answer, an unknown word or a bad link cannot be built."""
    from calc._decide import Rule

    good = {"id": "x-rule", "kind": "reason", "when": (), "reason": "A reason.", "link": "guide/#when-rag-wins"}
    assert Rule(**good).id == "x-rule"
    with pytest.raises(ValueError, match="unknown answer"):
        Rule(**{**good, "when": (("colour", ("red",)),)})
    with pytest.raises(ValueError, match="knowledge_change"):
        Rule(**{**good, "when": (("knowledge_change", ("daily",)),)})
    with pytest.raises(ValueError, match="link"):
        Rule(**{**good, "link": "/guide/#when-rag-wins"})
    with pytest.raises(ValueError, match="kebab"):
        Rule(**{**good, "id": "Not_Kebab"})


def test_decision_table_rows_describe_every_rule():
    """One row per rule in order, each with a condition, an effect, the reason and the link."""
    rows = decision_table_rows()
    assert [r["id"] for r in rows] == [r.id for r in RULES]
    for row, rule in zip(rows, RULES):
        assert row["reason"] == rule.reason and row["link"] == rule.link and row["kind"] == rule.kind
        assert row["condition"] and row["effect"]
    by_id = {r["id"]: r for r in rows}
    assert by_id["knowledge-changes-weekly"]["condition"] == "Knowledge changes: weekly"
    assert by_id["knowledge-changes-weekly"]["effect"] == "+3 RAG"
    assert by_id["prototype-stage"]["effect"] == "+3 RAG, -7 hybrid"
    assert by_id["few-labelled-examples"]["condition"] == "Labelled examples: fewer than 1,000"
    assert by_id["risk-stale-facts"]["effect"] == "warning"
    assert "Recommended: fine-tuning" in by_id["risk-stale-facts"]["condition"]
    assert by_id["fresh-knowledge-and-strict-behaviour"]["when"]["knowledge_change"] == ["monthly", "weekly"]
    json.dumps(rows)


def test_buckets_at_their_edges():
    """999 is under 1,000; 1,000 and 10,000 are in the middle bucket; 10,001 is over; equal latency fits."""
    assert labelled_bucket(examples=0) == "under-1000"
    assert labelled_bucket(examples=999) == "under-1000"
    assert labelled_bucket(examples=1000) == "1000-10000"
    assert labelled_bucket(examples=10000) == "1000-10000"
    assert labelled_bucket(examples=10001) == "over-10000"
    assert latency_bucket(budget_ms=229, retrieval_added_ms=229) == "retrieval-within-budget"
    assert latency_bucket(budget_ms=228.9, retrieval_added_ms=229) == "retrieval-over-budget"


# --- targeted cases -----------------------------------------------------------------------------


def test_no_answers_recommends_rag():
    """No answers: nothing scores (0/0/0), so the tie goes to RAG with the no-answers reason."""
    d = decide(answers={})
    assert d.recommendation == "rag"
    assert d.scores == {"rag": 0, "finetune": 0, "hybrid": 0}
    assert [f.id for f in d.reasons] == ["no-answers"]
    assert "No answers were given" in d.reasons[0].text
    assert d.reasons[0].link == "guide/#when-rag-wins"
    assert d.risks == ()
    assert d.answered == {} and d.buckets == {}


def test_changing_knowledge_with_citations_and_no_ml_team_is_rag():
    """Weekly +3, citations +3, no ML capacity +2, prototype +3: RAG 11, fine-tuning 0, hybrid 0-7=-7."""
    d = decide(
        answers={
            "knowledge_change": "weekly",
            "needs_citations": "yes",
            "ml_capacity": "none",
            "stage": "prototype",
        }
    )
    assert d.recommendation == "rag"
    assert d.scores == {"rag": 11, "finetune": 0, "hybrid": -7}
    assert [f.id for f in d.reasons] == [
        "knowledge-changes-weekly",
        "citations-needed",
        "no-ml-capacity",
        "prototype-stage",
    ]
    assert d.risks == ()


def test_strict_behaviour_with_data_and_a_tight_budget_is_fine_tuning():
    """Strict +3, 5,000 examples +1, strong team +2, 229 ms retrieval over a 100 ms budget +3: FT 9, RAG 0."""
    d = decide(
        answers={
            "behaviour_need": "strict",
            "labelled_examples": 5000,
            "ml_capacity": "strong",
            "knowledge_change": "rarely",
            "latency_budget_ms": 100,
        },
        retrieval_added_ms=RETRIEVAL_MS,
    )
    assert d.recommendation == "finetune"
    assert d.scores == {"rag": 0, "finetune": 9, "hybrid": 0}
    assert _ids(d.reasons) == {
        "strict-behaviour-need",
        "enough-labelled-examples",
        "strong-ml-capacity",
        "latency-over-budget",
    }
    assert d.risks == ()  # the latency risk is for retrieval-based recommendations only
    assert d.buckets == {"labelled_examples": "1000-10000", "latency_budget_ms": "retrieval-over-budget"}


def test_fresh_cited_knowledge_and_strict_behaviour_in_production_is_hybrid():
    """RAG 3+3=6, FT 3+1+2=6; hybrid = min(6, 6) + 5 + 5 = 16, with the hybrid-cost warning."""
    d = decide(
        answers={
            "knowledge_change": "weekly",
            "needs_citations": "yes",
            "behaviour_need": "strict",
            "labelled_examples": 5000,
            "ml_capacity": "strong",
            "stage": "production",
        }
    )
    assert d.recommendation == "hybrid"
    assert d.scores == {"rag": 6, "finetune": 6, "hybrid": 16}
    assert {"fresh-knowledge-and-strict-behaviour", "citations-and-strict-behaviour"} <= _ids(d.reasons)
    assert [f.id for f in d.risks] == ["risk-hybrid-cost"]
    assert d.risks[0].link == "guide/#what-the-hybrid-costs"


def test_the_same_answers_at_prototype_stage_fall_back_to_rag_on_a_tie():
    """Prototype adds RAG +3, hybrid -7: RAG 9, FT 6, hybrid 6+10-7=9; the 9-9 tie goes to RAG."""
    d = decide(
        answers={
            "knowledge_change": "weekly",
            "needs_citations": "yes",
            "behaviour_need": "strict",
            "labelled_examples": 5000,
            "ml_capacity": "strong",
            "stage": "prototype",
        }
    )
    assert d.scores == {"rag": 9, "finetune": 6, "hybrid": 9}
    assert d.recommendation == "rag"


def test_ties_go_to_rag_then_fine_tuning():
    """Weekly (RAG 3) v strict (FT 3) ties at 3 -> RAG; monthly+strict+20,000+strong: FT 7 = hybrid 2+5 -> FT."""
    d = decide(answers={"knowledge_change": "weekly", "behaviour_need": "strict"})
    assert d.scores == {"rag": 3, "finetune": 3, "hybrid": 3}
    assert d.recommendation == "rag"
    d = decide(
        answers={
            "knowledge_change": "monthly",
            "behaviour_need": "strict",
            "labelled_examples": 20000,
            "ml_capacity": "strong",
        }
    )
    assert d.scores == {"rag": 2, "finetune": 7, "hybrid": 7}
    assert d.recommendation == "finetune"


def test_strict_behaviour_with_few_examples_warns():
    """Strict +3 and 500 examples -2 give FT 1 over RAG 0: fine-tuning, with the few-examples warning."""
    d = decide(answers={"behaviour_need": "strict", "labelled_examples": 500})
    assert d.recommendation == "finetune"
    assert d.scores == {"rag": 0, "finetune": 1, "hybrid": 0}
    assert [f.id for f in d.risks] == ["risk-few-examples-for-fine-tuning"]


def test_strict_behaviour_without_an_ml_team_warns_about_capacity():
    """Strict +3 (FT 3) beats no ML capacity +2 (RAG 2): fine-tuning, pointing to hosted fine-tuning."""
    d = decide(answers={"behaviour_need": "strict", "ml_capacity": "none"})
    assert d.recommendation == "finetune"
    assert [f.id for f in d.risks] == ["risk-no-ml-capacity"]
    assert "hosted fine-tuning API" in d.risks[0].text


def test_rag_over_the_latency_budget_warns():
    """Weekly +3 and citations +3 (RAG 6) beat 300 ms retrieval over a 200 ms budget (FT 3): warn."""
    d = decide(
        answers={"knowledge_change": "weekly", "needs_citations": "yes", "latency_budget_ms": "200"},
        retrieval_added_ms=300,
    )
    assert d.recommendation == "rag"
    assert d.scores["finetune"] == 3
    assert [f.id for f in d.risks] == ["risk-retrieval-over-latency-budget"]


def test_latency_answer_without_retrieval_latency_is_kept_but_not_scored():
    """A budget with nothing to compare it with is recorded, buckets nothing and fires no rule."""
    d = decide(answers={"latency_budget_ms": 50})
    assert d.answered == {"latency_budget_ms": 50}
    assert d.buckets == {}
    assert [f.id for f in d.reasons] == ["no-answers"]


def test_answers_given_as_text_are_read_as_numbers():
    """'1e3' examples is 1,000 (middle bucket), '250.5' ms is kept as a float, words pass through."""
    d = decide(
        answers={"labelled_examples": "1e3", "latency_budget_ms": "250.5", "stage": "production"},
        retrieval_added_ms=229,
    )
    assert d.answered == {"labelled_examples": 1000, "latency_budget_ms": 250.5, "stage": "production"}
    assert d.buckets == {"labelled_examples": "1000-10000", "latency_budget_ms": "retrieval-within-budget"}
    assert decide(answers={"labelled_examples": 5000.0}).answered == {"labelled_examples": 5000}


def test_as_dict_is_json_ready():
    """The JSON form carries the recommendation, scores, and each reason's id, text and link."""
    d = decide(answers={"knowledge_change": "weekly"})
    data = json.loads(json.dumps(d.as_dict()))
    assert data["recommendation"] == "rag"
    assert data["scores"] == {"rag": 3, "finetune": 0, "hybrid": 0}
    assert data["reasons"] == [
        {
            "id": "knowledge-changes-weekly",
            "text": RULE_BY_ID["knowledge-changes-weekly"].reason,
            "link": "guide/#when-rag-wins",
        }
    ]
    assert data["risks"] == [] and data["answered"] == {"knowledge_change": "weekly"}


@pytest.mark.parametrize(
    ("answers", "name"),
    [
        ({"knowledge_change": "daily"}, "knowledge_change"),
        ({"needs_citations": "Yes"}, "needs_citations"),
        ({"behaviour_need": ""}, "behaviour_need"),
        ({"ml_capacity": 3}, "ml_capacity"),
        ({"stage": "beta"}, "stage"),
        ({"labelled_examples": "many"}, "labelled_examples"),
        ({"labelled_examples": 12.5}, "labelled_examples"),
        ({"labelled_examples": -1}, "labelled_examples"),
        ({"labelled_examples": 2e9}, "labelled_examples"),
        ({"labelled_examples": True}, "labelled_examples"),
        ({"latency_budget_ms": "nan"}, "latency_budget_ms"),
        ({"latency_budget_ms": float("inf")}, "latency_budget_ms"),
        ({"latency_budget_ms": 60001}, "latency_budget_ms"),
        ({"knowledge_changes": "weekly"}, "knowledge_changes"),
    ],
)
def test_unknown_words_and_bad_numbers_raise_naming_the_answer(answers, name):
    """A word outside the answers' choices, a bad number or an unknown answer is a ValueError naming it."""
    with pytest.raises(ValueError, match=f"^{name}:"):
        decide(answers=answers)


def test_none_counts_as_unanswered():
    """An answer given as None is treated as missing, as if the key were absent."""
    assert decide(answers={"stage": None, "knowledge_change": "weekly"}) == decide(
        answers={"knowledge_change": "weekly"}
    )


# --- exhaustive ---------------------------------------------------------------------------------


def test_exhaustive_run_covers_every_combination():
    """4 x 3 x 4 x 7 x 4 x 6 x 3 = 24,192 combinations, each decided without raising."""
    assert len(_all()) == 4 * 3 * 4 * 7 * 4 * 6 * 3


def test_every_combination_gives_a_valid_linked_recommendation():
    """Recommendation is an approach with the top score (earlier on ties); every link is an anchor."""
    for combo, d in _all():
        assert d.recommendation in APPROACHES, combo
        top = max(d.scores.values())
        assert d.scores[d.recommendation] == top, combo
        first_top = next(a for a in APPROACHES if d.scores[a] == top)
        assert d.recommendation == first_top, combo
        assert d.reasons, combo
        for fired in d.reasons + d.risks:
            assert fired.link in ALLOWED_LINKS, (combo, fired.id)
            assert fired.text == RULE_BY_ID[fired.id].reason
        assert len(_ids(d.reasons)) == len(d.reasons) and len(_ids(d.risks)) == len(d.risks)
        assert all(RULE_BY_ID[f.id].kind == "reason" for f in d.reasons)
        assert all(RULE_BY_ID[f.id].kind == "risk" for f in d.risks)


def test_every_combination_is_deterministic_and_reads_text_like_numbers():
    """Deciding again, with the mapping reversed, or with every answer as text gives the same result."""
    for combo, d in _all():
        answers = _answers(combo)
        retrieval = combo["latency"][1]
        again = decide(answers=dict(reversed(list(answers.items()))), retrieval_added_ms=retrieval)
        as_text = decide(answers={k: str(v) for k, v in answers.items()}, retrieval_added_ms=retrieval)
        assert again == d, combo
        assert as_text == d, combo


def test_few_examples_warnings_fire_exactly_when_they_should():
    """Under 1,000 examples warns with fine-tuning or hybrid, and with rag when behaviour matters."""
    for combo, d in _all():
        few = combo["labelled_examples"] is not None and combo["labelled_examples"] < 1000
        tuned = d.recommendation in ("finetune", "hybrid")
        need = combo["behaviour_need"] in ("some", "strict")
        risks = _ids(d.risks)
        assert ("risk-few-examples-for-fine-tuning" in risks) == (few and tuned), combo
        assert ("risk-behaviour-without-examples" in risks) == (few and need and not tuned), combo


def test_latency_warning_fires_exactly_when_retrieval_exceeds_the_budget():
    """The latency risk appears iff rag or hybrid is recommended and retrieval takes longer than the budget."""
    for combo, d in _all():
        budget, retrieval = combo["latency"]
        over = budget is not None and retrieval is not None and retrieval > budget
        expected = over and d.recommendation in ("rag", "hybrid")
        assert ("risk-retrieval-over-latency-budget" in _ids(d.risks)) == expected, combo


def test_other_warnings_fire_exactly_when_they_should():
    """Stale facts, no ML team, citations without retrieval and the hybrid's cost warn exactly on cue."""
    for combo, d in _all():
        rec = d.recommendation
        risks = _ids(d.risks)
        assert ("risk-stale-facts" in risks) == (combo["knowledge_change"] == "weekly" and rec == "finetune")
        assert ("risk-no-ml-capacity" in risks) == (combo["ml_capacity"] == "none" and rec != "rag")
        assert ("risk-citations-without-retrieval" in risks) == (
            combo["needs_citations"] == "yes" and rec == "finetune"
        )
        assert ("risk-hybrid-cost" in risks) == (rec == "hybrid")
        assert ("risk-hybrid-at-prototype" in risks) == (rec == "hybrid" and combo["stage"] == "prototype")


def test_hybrid_needs_evidence_on_both_sides():
    """Hybrid needs fresh knowledge or citations AND strict behaviour, 1,000+ examples and ML people."""
    hybrids = 0
    for combo, d in _all():
        if d.recommendation != "hybrid":
            continue
        hybrids += 1
        assert combo["knowledge_change"] in ("monthly", "weekly") or combo["needs_citations"] == "yes"
        assert combo["behaviour_need"] == "strict", combo
        assert combo["labelled_examples"] is not None and combo["labelled_examples"] >= 1000, combo
        assert combo["ml_capacity"] in ("some", "strong"), combo
        assert d.scores["rag"] > 0 and d.scores["finetune"] > 0, combo
    assert hybrids > 0


def test_no_answers_reason_appears_exactly_when_nothing_else_fired():
    """The fallback reason stands alone, with RAG, and only when no answer fired a reason."""
    for combo, d in _all():
        ids = [f.id for f in d.reasons]
        if "no-answers" in ids:
            assert ids == ["no-answers"] and d.recommendation == "rag", combo
            assert d.scores == {"rag": 0, "finetune": 0, "hybrid": 0}, combo
        if not _answers(combo):
            assert ids == ["no-answers"], combo


def test_every_rule_fires_for_some_combination():
    """No row of the decision table is dead: each rule fires in at least one combination."""
    seen = set()
    for _, d in _all():
        seen |= _ids(d.reasons) | _ids(d.risks)
    assert seen == set(RULE_BY_ID)


def test_every_approach_is_recommended_somewhere():
    """Each of rag, finetune and hybrid is the recommendation for some combination."""
    assert {d.recommendation for _, d in _all()} == set(APPROACHES)


def test_moving_an_answer_towards_rag_never_turns_rag_into_fine_tuning():
    """Weekly knowledge, citations, no ML team or prototype add RAG points only, so RAG stays ahead of FT."""
    table = _lookup()
    towards_rag = {
        "knowledge_change": "weekly",
        "needs_citations": "yes",
        "ml_capacity": "none",
        "stage": "prototype",
    }
    for combo, d in _all():
        if d.recommendation != "rag":
            continue
        for name, word in towards_rag.items():
            after = table[_key(combo, **{name: word})]
            assert after.recommendation != "finetune", (combo, name)


def test_moving_behaviour_to_strict_never_turns_fine_tuning_into_rag():
    """Strict behaviour only adds FT points and removes RAG's no-behaviour point, so FT stays ahead of RAG."""
    table = _lookup()
    for combo, d in _all():
        if d.recommendation == "finetune":
            after = table[_key(combo, behaviour_need="strict")]
            assert after.recommendation != "rag", combo


def test_retrieval_over_budget_never_moves_a_fine_tuning_recommendation():
    """Over-budget retrieval adds 3 to FT and at most 3 to the hybrid (its min), so FT keeps winning."""
    table = _lookup()
    for combo, d in _all():
        if combo["latency"] == (500, RETRIEVAL_MS) and d.recommendation == "finetune":
            after = table[_key(combo, latency=(100, RETRIEVAL_MS))]
            assert after.recommendation == "finetune", combo


def test_rfc_sentence_names_recommendation_cost_and_the_cheapest() -> None:
    """The one sentence for an RFC: the recommended approach, its total over the horizon, the cheapest
    approach when it is another one, and the strongest reason, read from the estimate's own totals."""
    from calc import build_scenario, estimate
    from calc._format import money

    est = estimate(build_scenario({"preset": "handbook-assistant"}))
    d = decide(answers={"knowledge_change": "weekly"}, estimate=est)
    assert d.recommendation == "rag" and est["cheapest"] == "long_context"
    assert d.summary == (
        f"RAG is recommended ({money(est['rag']['tco'])} over 12 months, while long context would cost "
        f"{money(est['long_context']['tco'])}) because knowledge that changes every week is kept current by "
        "re-indexing the changed documents, which takes minutes; a fine-tuned model would need a retraining "
        "cycle, which takes hours to days, every time."
    )
    plain = decide(answers={}, estimate=estimate(build_scenario({})))
    assert plain.summary.startswith("No decision questions are answered yet: over 12 months RAG is the cheapest at $")
    assert decide(answers={"knowledge_change": "weekly"}).summary is None  # no estimate, no totals to quote
    assert "summary" in d.as_dict()
