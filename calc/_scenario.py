"""Scenarios: validating string parameters against the schema, and permalinks.

A missing field takes its edition's default; a malformed, empty or out-of-range value is an error
naming the field, the value received and the allowed range, and every error is reported at once.
An unknown parameter is a warning (old permalinks keep working). A permalink's query holds the
edition, the preset when there is one, the fields that differ from where the scenario started, and
the decision answers given.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping  # isinstance through typing's aliases is slow in Pyodide
from dataclasses import dataclass, field
from types import MappingProxyType

from ._editions import EDITIONS, LATEST_EDITION, Edition
from ._encode import urlencode  # urllib.parse's output, without its import cost in Pyodide
from ._fields import (
    ANSWER_FIELDS,
    FIELD_BY_NAME,
    FIELDS,
    RANGE_SEPARATOR,
    FieldError,
    format_value,
    parse_number,
    shown,
)

__all__ = [
    "FieldError",
    "Scenario",
    "ValidationError",
    "build_scenario",
    "format_value",
    "parse_number",
]

_ANSWER_NAMES = frozenset(f.name for f in ANSWER_FIELDS)


class ValidationError(ValueError):
    """Raised with every error of a scenario at once."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__("; ".join(str(e) for e in self.errors))


@dataclass(frozen=True, slots=True, kw_only=True)
class Scenario:
    """A validated scenario: every field's value, the answers given, and how it was made."""

    edition: str
    preset: str | None
    values: Mapping[str, float | int | str]
    answers: Mapping[str, float | int | str]
    warnings: tuple[str, ...] = ()
    explicit: frozenset[str] = field(default_factory=frozenset)
    # Fields given as low..high: their ranges (the value is the range's middle, see Field.range_mode).
    ranges: Mapping[str, tuple[float | int, float | int]] = field(default_factory=dict)

    def __getitem__(self, name: str) -> float | int | str:
        return self.values[name]

    def base(self) -> dict[str, float | int | str]:
        """The values the scenario starts from: the edition's defaults, then the preset's, then
        each follower field at its leader's value in this scenario."""
        ed = EDITIONS[self.edition]
        values = _start(ed, self.preset)
        for name, leader in ed.followers.items():
            values[name] = self.values[leader]
        return values

    def query_pairs(self) -> list[tuple[str, str]]:
        """The permalink as ordered pairs: edition, preset, changed fields, answers."""
        pairs = [("edition", self.edition)]
        if self.preset is not None:
            pairs.append(("preset", self.preset))
        base = self.base()
        for f in FIELDS:
            if f.name in self.ranges:
                low, high = self.ranges[f.name]
                pairs.append((f.name, format_value(low) + RANGE_SEPARATOR + format_value(high)))
            elif self.values[f.name] != base[f.name]:
                pairs.append((f.name, format_value(self.values[f.name])))
        for f in ANSWER_FIELDS:
            if f.name in self.answers:
                pairs.append((f.name, format_value(self.answers[f.name])))
        return pairs

    def query(self) -> str:
        """The permalink query string, without the leading '?'."""
        return urlencode(self.query_pairs())


def _start(ed: Edition, preset: str | None) -> dict[str, float | int | str]:
    values = ed.start_values()
    if preset is not None:
        values.update(ed.presets[preset].values)
    return values


def _pairs(params: Mapping[str, object] | Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    if isinstance(params, Mapping):
        out: list[tuple[str, str]] = []
        for key, value in params.items():
            if isinstance(value, (list, tuple)):
                out.extend((str(key), str(v)) for v in value)
            else:
                out.append((str(key), str(value)))
        return out
    return [(str(k), str(v)) for k, v in params]


def build_scenario(
    params: Mapping[str, object] | Iterable[tuple[str, str]] = (),
    *,
    edition: str | None = None,
    preset: str | None = None,
) -> Scenario:
    """Validate string parameters into a Scenario, or raise ValidationError with every error.

    ``params`` holds field names, decision answers, ``edition`` and ``preset``. The keyword
    arguments are used where ``params`` does not name them. Unknown names are warnings.
    """
    pairs = _pairs(params)
    errors: list[FieldError] = []
    warnings: list[str] = []
    seen: dict[str, list[str]] = {}
    for key, value in pairs:
        seen.setdefault(key, []).append(value)

    given: dict[str, str] = {}
    for key, values in seen.items():
        if key not in FIELD_BY_NAME and key not in ("edition", "preset"):
            warnings.append(f"unknown parameter '{shown(key)}' ignored")
            continue
        if len(values) > 1:
            errors.append(FieldError(key, shown(values[0]), f"given {len(values)} times; give it once"))
            continue
        given[key] = values[0]

    edition_name = given.pop("edition") if "edition" in given else (edition or LATEST_EDITION)
    ed: Edition | None = EDITIONS.get(edition_name)
    if ed is None:
        errors.append(
            FieldError("edition", shown(edition_name),
                       f"unknown edition '{shown(edition_name)}'; allowed: {', '.join(sorted(EDITIONS))}")
        )
    preset_name = given.pop("preset") if "preset" in given else preset
    if ed is not None and preset_name is not None and preset_name not in ed.presets:
        errors.append(
            FieldError("preset", shown(preset_name),
                       f"unknown preset '{shown(preset_name)}' in edition {ed.name}; "
                       f"allowed: {', '.join(sorted(ed.presets))}")
        )

    parsed: dict[str, float | int | str] = {}
    ranges: dict[str, tuple[float | int, float | int]] = {}
    for name, raw in given.items():
        f = FIELD_BY_NAME[name]
        value, err = f.parse_range(raw) if RANGE_SEPARATOR in raw else f.parse(raw)
        if err is not None:
            errors.append(err)
        elif isinstance(value, tuple):  # low..high: priced at the range's middle
            ranges[name] = value
            parsed[name] = f.range_mode(*value)
        else:
            assert value is not None
            parsed[name] = value

    if errors or ed is None:
        raise ValidationError(errors)

    values = _start(ed, preset_name)
    answers: dict[str, float | int | str] = {}
    for name, value in parsed.items():
        (answers if name in _ANSWER_NAMES else values)[name] = value
    for name, leader in ed.followers.items():
        if name not in parsed:
            values[name] = values[leader]

    if values["training"] == "api" and values["serving"] == "self_hosted":
        warnings.append(
            "training=api with serving=self_hosted: a fine-tune made on a provider's API cannot be "
            "exported to your own GPUs; the estimate prices it as asked"
        )
    if values["ft_prompt_tokens"] > values["prompt_tokens"]:
        warnings.append(
            f"ft_prompt_tokens ({format_value(values['ft_prompt_tokens'])}) is above prompt_tokens "
            f"({format_value(values['prompt_tokens'])}): a fine-tuned model is usually sent a shorter prompt, "
            "not a longer one; the estimate prices it as asked"
        )
    if preset_name is not None and ed.presets[preset_name].caveat:
        warnings.append(ed.presets[preset_name].caveat)
    if "method" in parsed and values["training"] == "api":
        warnings.append("method is ignored with training=api (the provider chooses the method)")

    return Scenario(
        edition=ed.name,
        preset=preset_name,
        values=MappingProxyType(values),
        answers=MappingProxyType(answers),
        warnings=tuple(warnings),
        explicit=frozenset(n for n in parsed if n not in _ANSWER_NAMES),
        ranges=MappingProxyType(ranges),
    )
