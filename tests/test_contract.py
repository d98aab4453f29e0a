"""The frozen v1 contract: field names, choice words, answer names, output names and JSON keys.

tests/fixtures/contract_v1.json was written by hand from the field, output and permalink tables of the methodology page. It may grow
(append entries), never shrink: ``PINS`` freezes the first entries of every section, and the
other tests check that every name in the fixture still exists in calc. Removing or renaming a
name in calc, or narrowing a v1 range, breaks old permalinks and fails here.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import calc

FIXTURE_PATH = Path(__file__).parent / "fixtures" / "contract_v1.json"
V1_EDITION = "2026-11"  # the edition computed with model 1, whose names the fixture freezes
FIXTURE = json.loads(FIXTURE_PATH.read_text(encoding="utf-8"))

# section -> (number of v1 entries, sha256 of the canonical JSON of those first entries).
# Computed once from the hand-written fixture; never edit these to make a test pass.
PINS = {
    "fields": (49, "c8dedb3124e5fb0a1e1dc80a5cb088feff8fa8b5e35dea0d8cccf0087217f1d1"),
    "field_types": (46, "a585f233ee5b0ddc2e93871599ede58b7b8372624bf60a7ee3fb72e534a172ab"),
    "choices.serving": (2, "ea6fdfd70a4c2dd4079a74f9eca36e64747c27c231eea825c251a613e161dd67"),
    "choices.training": (2, "ea6fdfd70a4c2dd4079a74f9eca36e64747c27c231eea825c251a613e161dd67"),
    "choices.method": (3, "e62b498759208aad466e2d96a077247cef730a07527a4dcebff9dda1a555c6d6"),
    "answers": (7, "9137e52823ab70833e2e501de0cf131513f394b5cccb7a48e6eedd11e8a99f02"),
    "answer_types": (2, "93ea431cac4d91f9161df149412526f22c7678b12a04fc1fbfbf3dd3c65fd9ea"),
    "answer_choices.knowledge_change": (3, "b8518dbb8ae004c54d34c5e306a3a31227b7e4dcec6cfab70f56f4768dac39b5"),
    "answer_choices.needs_citations": (2, "5e31c5409a71aa87327068b3e5fffda18377aa7bed9b3c26360621410b5906fc"),
    "answer_choices.behaviour_need": (3, "5912b05c2058e3ca2a4f81f0412aff78ef212413c673586b2e09c2e2b53dd155"),
    "answer_choices.ml_capacity": (3, "4ddb5a237dd6d704875c25a3068edf01ab708ab0d3d650ccf34d735d283e8833"),
    "answer_choices.stage": (2, "b3cfe3f4e516910a2927d91d96b0f9828430ba89d178e722bcf5c467db2e13a3"),
    "json_keys": (12, "25c666a92b228f6690120e4db525cb2d163dbf6612dcadc50dc7154ecc49c5e6"),
    "outputs": (50, "60a9de7024e256b28f6023171971d0dbe9b19e7cb7555ae3c650b2885e5fea79"),
    "output_words.break_even_direction": (2, "49654c43df12ba31ebbb895acfa733729b933f2abac03390e413be77a7362096"),
    "output_words.cheapest": (3, "3d62268e056844b617c4d8530e5a61a32b2552a37b5e318b7dfb43c948537938"),
    "query_keys": (2, "b4482fe3ae29e777cc5f1091e0cb9534ae77628ebc176f2088a844da452eced6"),
}

APPROACHES = ("rag", "finetune", "hybrid")


def _type_line(entry: dict) -> str:
    return f"{entry['name']}:{entry['kind']}:{entry.get('low')!r}:{entry.get('high')!r}"


def sections(fixture: dict) -> dict[str, list[str]]:
    """Flatten the fixture into append-only lists of strings, one per section."""
    out: dict[str, list[str]] = {
        "fields": [f["name"] for f in fixture["fields"]],
        "field_types": [_type_line(f) for f in fixture["fields"] if f["kind"] != "choice"],
        "answers": [a["name"] for a in fixture["answers"]],
        "answer_types": [_type_line(a) for a in fixture["answers"] if a["kind"] != "choice"],
        "json_keys": list(fixture["json_keys"]),
        "outputs": list(fixture["outputs"]),
        "query_keys": list(fixture["query_keys"]),
    }
    for f in fixture["fields"]:
        if f["kind"] == "choice":
            out[f"choices.{f['name']}"] = list(f["choices"])
    for a in fixture["answers"]:
        if a["kind"] == "choice":
            out[f"answer_choices.{a['name']}"] = list(a["choices"])
    for key, words in fixture["output_words"].items():
        out[f"output_words.{key}"] = list(words)
    return out


def digest(entries: list[str]) -> str:
    """sha256 of a list of strings in canonical JSON."""
    return hashlib.sha256(json.dumps(entries, separators=(",", ":")).encode("utf-8")).hexdigest()


def _by_name(fields) -> dict:
    return {f.name: f for f in fields}


def _default_estimate() -> dict:
    return calc.estimate(calc.build_scenario({}, edition=V1_EDITION))


def _covers(v1: dict, field) -> list[str]:
    """Problems if calc's field accepts less than the v1 entry (different kind, narrower range, fewer words)."""
    problems = []
    if v1["kind"] == "choice":
        if field.kind != "choice":
            problems.append(f"{v1['name']}: kind {field.kind!r}, v1 was a choice")
        else:
            missing = [w for w in v1["choices"] if w not in tuple(field.choices)]
            if missing:
                problems.append(f"{v1['name']}: choice words gone: {missing}")
        return problems
    allowed = {"whole": ("whole", "number"), "number": ("number",)}[v1["kind"]]
    if field.kind not in allowed:
        problems.append(f"{v1['name']}: kind {field.kind!r}, v1 was {v1['kind']!r}")
    if field.low is None or field.low > v1["low"]:
        problems.append(f"{v1['name']}: low {field.low!r} above v1's {v1['low']!r}")
    if field.high is None or field.high < v1["high"]:
        problems.append(f"{v1['name']}: high {field.high!r} below v1's {v1['high']!r}")
    return problems


def test_fixture_is_append_only():
    """The first entries of every fixture section still hash to their v1 pins (the fixture only grows)."""
    current = sections(FIXTURE)
    problems = []
    for section, (count, pinned) in PINS.items():
        entries = current.get(section)
        if entries is None:
            problems.append(f"{section}: section removed")
        elif len(entries) < count:
            problems.append(f"{section}: {len(entries)} entries, v1 had {count}")
        elif digest(entries[:count]) != pinned:
            problems.append(f"{section}: a v1 entry was changed or removed")
    assert not problems, "\n".join(problems)


def test_fixture_names_are_unique():
    """No name appears twice in a fixture section."""
    for section, entries in sections(FIXTURE).items():
        assert len(entries) == len(set(entries)), section


def test_v1_fields_exist_in_order():
    """Every v1 field name is still in calc.FIELDS, in the schema's relative order."""
    names = [f.name for f in calc.FIELDS]
    v1 = [f["name"] for f in FIXTURE["fields"]]
    missing = [n for n in v1 if n not in names]
    assert not missing, f"fields removed or renamed: {missing}"
    positions = [names.index(n) for n in v1]
    assert positions == sorted(positions), "v1 fields are out of the schema's order"


def test_v1_field_kinds_ranges_and_choices_not_narrowed():
    """Each v1 field keeps its kind, a range at least as wide and all its choice words."""
    fields = _by_name(calc.FIELDS)
    problems = [p for v1 in FIXTURE["fields"] for p in _covers(v1, fields[v1["name"]])]
    assert not problems, "\n".join(problems)


def test_v1_answers_exist_and_not_narrowed():
    """Every decision answer name and word of model 1 is still in calc.ANSWER_FIELDS."""
    answers = _by_name(calc.ANSWER_FIELDS)
    missing = [a["name"] for a in FIXTURE["answers"] if a["name"] not in answers]
    assert not missing, f"answers removed or renamed: {missing}"
    problems = [p for v1 in FIXTURE["answers"] for p in _covers(v1, answers[v1["name"]])]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("entry", [f for f in FIXTURE["fields"] if f["kind"] == "choice"], ids=lambda f: f["name"])
def test_v1_choice_words_accepted(entry):
    """Each v1 choice word is accepted as the value of its field."""
    companions = {"method": [("training", "self_hosted")], "serving": [("training", "self_hosted")]}
    for word in entry["choices"]:
        params = [*companions.get(entry["name"], []), (entry["name"], word)]
        scenario = calc.build_scenario(params)
        assert scenario.values[entry["name"]] == word


@pytest.mark.parametrize("entry", FIXTURE["answers"], ids=lambda a: a["name"])
def test_v1_answer_words_accepted_in_the_query(entry):
    """Each v1 answer (a word, or a number at both ends of its range) travels in the scenario query."""
    if entry["kind"] == "choice":
        values = list(entry["choices"])
    else:
        values = ["0", "60000"] if entry["kind"] == "number" else ["0", "1000000000"]
    for value in values:
        scenario = calc.build_scenario([(entry["name"], value)])
        assert entry["name"] in scenario.answers
        if entry["kind"] == "choice":
            assert scenario.answers[entry["name"]] == value
        else:
            assert float(scenario.answers[entry["name"]]) == float(value)


def test_v1_json_top_level_keys():
    """estimate() still returns every v1 top-level JSON key, and edition/model_version are strings."""
    result = _default_estimate()
    missing = [k for k in FIXTURE["json_keys"] if k not in result]
    assert not missing, f"top-level keys gone: {missing}"
    assert result["model_version"] == FIXTURE["model_version"]
    assert isinstance(result["edition"], str) and result["edition"]


def test_v1_scenario_echo_has_every_field():
    """The JSON 'scenario' object names every v1 field."""
    scenario = _default_estimate()["scenario"]
    missing = [f["name"] for f in FIXTURE["fields"] if f["name"] not in scenario]
    assert not missing


def _resolve(result: dict, dotted: str):
    node = result
    for part in dotted.split("."):
        if isinstance(node, list):
            node = node[int(part) - 1]
        else:
            assert isinstance(node, dict) and part in node, f"{dotted}: {part!r} missing"
            node = node[part]
    return node


@pytest.mark.parametrize("months", ["12", "1", "7"])
def test_v1_output_names_resolve(months):
    """Every v1 data-output name resolves in estimate(); '<n>' covers months 1..M and no more."""
    result = calc.estimate(calc.build_scenario({"months": months}, edition=V1_EDITION))
    m = int(months)
    for dotted in FIXTURE["outputs"]:
        if "<n>" in dotted:
            listing = _resolve(result, dotted.rsplit(".", 1)[0])
            assert isinstance(listing, list) and len(listing) == m, dotted
            for n in range(1, m + 1):
                value = _resolve(result, dotted.replace("<n>", str(n)))
                assert isinstance(value, (int, float)), dotted
        else:
            _resolve(result, dotted)


def test_v1_output_words():
    """break_even_direction and cheapest only take v1 words (or null), and the direction words still occur."""
    words = FIXTURE["output_words"]
    seen_directions = set()
    for params in ({}, {"retrains_per_year": "0", "ft_input_price": "3.0", "ft_output_price": "12.0"},
                   {"retrains_per_year": "0"}):
        result = calc.estimate(calc.build_scenario(params, edition=V1_EDITION))
        assert result["cheapest"] in words["cheapest"]
        direction = result["break_even_direction"]
        assert direction is None or direction in words["break_even_direction"]
        seen_directions.add(direction)
    assert set(words["break_even_direction"]) <= seen_directions


def test_v1_query_keys():
    """'edition' is accepted in a query and appears in the permalink query."""
    latest = calc.LATEST_EDITION
    scenario = calc.build_scenario([("edition", latest)])
    assert scenario.edition == latest
    assert f"edition={latest}" in scenario.query().split("&")
    assert "preset" in FIXTURE["query_keys"]


def test_every_field_round_trips_as_a_query_word():
    """Giving every v1 field explicitly, at its default value, reproduces the default estimate."""
    default = calc.build_scenario({})
    params = []
    for entry in FIXTURE["fields"]:
        value = default.values[entry["name"]]
        params.append((entry["name"], value if isinstance(value, str) else repr(value)))
    explicit = calc.estimate(calc.build_scenario(params))
    baseline = calc.estimate(default)
    for key in ("rag", "finetune", "hybrid", "break_even_queries_per_month", "cheapest"):
        assert explicit[key] == baseline[key], key
