"""Editions: frozen sets of defaults and presets, named by date (MODEL.md §5).

An edition resolves each field's default from the figure that holds it. A released edition is
never edited: a figure that changes gets a new record (a new id), and a new edition points at
it. ``tests/fixtures/edition-2026-11.json`` pins every released value; a test fails if one moves.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from ._catalogue import FIGURE_BY_ID
from ._fields import FIELDS
from ._presets import PRESETS_2026_11, Preset

__all__ = ["EDITIONS", "LATEST_EDITION", "Edition"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Edition:
    """A named, frozen set of defaults and presets."""

    name: str
    defaults: Mapping[str, float | int | str]
    default_figures: Mapping[str, str]
    presets: Mapping[str, Preset]


def _resolve(figure_ids: Mapping[str, str]) -> dict[str, float | int | str]:
    values: dict[str, float | int | str] = {}
    for field in FIELDS:
        if field.kind == "choice":
            assert field.default_choice is not None
            values[field.name] = field.default_choice
            continue
        raw = FIGURE_BY_ID[figure_ids[field.name]].value
        values[field.name] = int(raw) if field.kind == "whole" else float(raw)
    return values


def _edition(name: str, figure_ids: Mapping[str, str], presets: tuple[Preset, ...]) -> Edition:
    return Edition(
        name=name,
        defaults=MappingProxyType(_resolve(figure_ids)),
        default_figures=MappingProxyType(dict(figure_ids)),
        presets=MappingProxyType({p.name: p for p in presets}),
    )


# Edition 2026-11: the v1 defaults of MODEL.md §1. Field -> the figure holding its default.
_FIGURES_2026_11 = {f.name: f.figure for f in FIELDS if f.figure is not None}

EDITIONS: Mapping[str, Edition] = MappingProxyType(
    {"2026-11": _edition("2026-11", _FIGURES_2026_11, PRESETS_2026_11)}
)
LATEST_EDITION = max(EDITIONS)
