"""Scenarios: parsing and validating strings (MODEL.md §1 "Parsing", §4) and permalinks (§5)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping  # isinstance through typing's aliases is slow in Pyodide
from dataclasses import dataclass, field
from types import MappingProxyType

from ._editions import EDITIONS, LATEST_EDITION, Edition
from ._encode import urlencode  # urllib.parse's output, without its import cost in Pyodide
from ._fields import ANSWER_FIELDS, FIELD_BY_NAME, FIELDS, Field

__all__ = [
    "FieldError",
    "Scenario",
    "ValidationError",
    "build_scenario",
    "format_value",
    "parse_number",
]

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", re.ASCII)
_MAX_SHOWN = 40
_ANSWER_NAMES = frozenset(f.name for f in ANSWER_FIELDS)


@dataclass(frozen=True, slots=True)
class FieldError:
    """One rejected value: the field, the value as received (shortened, escaped), and why."""

    field: str
    value: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(ValueError):
    """Raised with every error of a scenario at once."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__("; ".join(str(e) for e in self.errors))


def shown(value: str) -> str:
    """The value as an error message quotes it: shortened past 40 characters, controls escaped."""
    text = value if len(value) <= _MAX_SHOWN else value[:_MAX_SHOWN] + "…"
    out = []
    for ch in text:
        if ch == "…" and len(value) > _MAX_SHOWN:
            out.append(ch)
        elif not ch.isprintable():
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(ch)
    return "".join(out)


def parse_number(text: str) -> float | None:
    """A finite float from ASCII decimal text, or None when the text is not such a number."""
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def _parse(f: Field, raw: str) -> tuple[float | int | str | None, FieldError | None]:
    """Parse one field's text; return (value, None) or (None, error)."""
    quoted = shown(raw)
    if raw == "":
        return None, FieldError(f.name, quoted, f"a value is required; allowed: {f.allowed()}")
    if f.kind == "choice":
        if raw in f.choices:
            return raw, None
        return None, FieldError(f.name, quoted, f"'{quoted}' is not allowed; allowed: {f.allowed()}")
    if not _NUMBER.fullmatch(raw):
        return None, FieldError(
            f.name, quoted, f"'{quoted}' is not a number; allowed: {f.allowed()} {f.unit}".rstrip()
        )
    value = float(raw)
    assert f.low is not None and f.high is not None
    if not (math.isfinite(value) and f.low <= value <= f.high):
        return None, FieldError(
            f.name, quoted, f"'{quoted}' is out of range; allowed: {f.allowed()} {f.unit}".rstrip()
        )
    if f.kind == "whole":
        if value != math.floor(value):
            return None, FieldError(
                f.name, quoted, f"'{quoted}' is not a whole number; allowed: {f.allowed()}"
            )
        return int(value), None
    return value + 0.0, None  # +0.0 turns -0.0 into 0.0


def format_value(value: float | int | str) -> str:
    """The shortest text that parses back to the same value (used in permalinks)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if value == math.floor(value) and abs(value) < 1e16:
        return str(int(value))
    return repr(value)


@dataclass(frozen=True, slots=True, kw_only=True)
class Scenario:
    """A validated scenario: every field's value, the answers given, and how it was made."""

    edition: str
    preset: str | None
    values: Mapping[str, float | int | str]
    answers: Mapping[str, float | int | str]
    warnings: tuple[str, ...] = ()
    explicit: frozenset[str] = field(default_factory=frozenset)

    def __getitem__(self, name: str) -> float | int | str:
        return self.values[name]

    def base(self) -> dict[str, float | int | str]:
        """The values the scenario starts from: the edition's defaults, then the preset's."""
        ed = EDITIONS[self.edition]
        values = dict(ed.defaults)
        if self.preset is not None:
            values.update(ed.presets[self.preset].values)
        return values

    def query_pairs(self) -> list[tuple[str, str]]:
        """The permalink as ordered pairs: edition, preset, changed fields, answers."""
        pairs = [("edition", self.edition)]
        if self.preset is not None:
            pairs.append(("preset", self.preset))
        base = self.base()
        for f in FIELDS:
            if self.values[f.name] != base[f.name]:
                pairs.append((f.name, format_value(self.values[f.name])))
        for f in ANSWER_FIELDS:
            if f.name in self.answers:
                pairs.append((f.name, format_value(self.answers[f.name])))
        return pairs

    def query(self) -> str:
        """The permalink query string, without the leading '?'."""
        return urlencode(self.query_pairs())


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
    for name, raw in given.items():
        value, err = _parse(FIELD_BY_NAME[name], raw)
        if err is not None:
            errors.append(err)
        else:
            assert value is not None
            parsed[name] = value

    if errors or ed is None:
        raise ValidationError(errors)

    values = dict(ed.defaults)
    if preset_name is not None:
        values.update(ed.presets[preset_name].values)
    answers: dict[str, float | int | str] = {}
    for name, value in parsed.items():
        (answers if name in _ANSWER_NAMES else values)[name] = value

    if values["training"] == "api" and values["serving"] == "self_hosted":
        warnings.append(
            "training=api with serving=self_hosted: a fine-tune made on a provider's API cannot be "
            "exported to your own GPUs; the estimate prices it as asked"
        )
    if "method" in parsed and values["training"] == "api":
        warnings.append("method is ignored with training=api (the provider chooses the method)")

    return Scenario(
        edition=ed.name,
        preset=preset_name,
        values=MappingProxyType(values),
        answers=MappingProxyType(answers),
        warnings=tuple(warnings),
        explicit=frozenset(n for n in parsed if n not in _ANSWER_NAMES),
    )
