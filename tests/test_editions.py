"""Editions are additive: a field added after an edition leaves that edition's numbers alone."""

from __future__ import annotations

import dataclasses
import pytest

import calc
from calc._editions import _FIGURES_2026_11, make_edition
from calc._fields import FIELDS, Field
from calc._presets import PRESETS_2026_11

# Two fields a later edition might add: a share that older editions leave at 0, and a token count
# that older editions take from prompt_tokens.
_SHARE = Field(name="test_share", group="workload", label="Test share", unit="share", help="x",
               kind="number", low=0, high=1, since="2099-01", before=0.0)
_TOKENS = Field(name="test_tokens", group="workload", label="Test tokens", unit="tokens", help="x",
                kind="number", low=0, high=1e6, since="2099-01", before_field="prompt_tokens")


def test_a_later_field_takes_its_declared_value_in_an_older_edition():
    """Edition 2026-11 built with two fields added after it: its own defaults are unchanged."""
    ed = make_edition("2026-11", figures=_FIGURES_2026_11, presets=PRESETS_2026_11,
                      fields=FIELDS + (_SHARE, _TOKENS))
    released = calc.EDITIONS["2026-11"]
    assert dict(ed.defaults) == dict(released.defaults)
    assert "test_share" not in ed.defaults and "test_tokens" not in ed.defaults
    assert ed.later["test_share"] == 0.0
    assert ed.followers["test_tokens"] == "prompt_tokens"
    start = ed.start_values()
    assert start["test_share"] == 0.0 and start["test_tokens"] == released.defaults["prompt_tokens"]
    assert list(start)[-2:] == ["test_share", "test_tokens"]


def test_an_edition_cannot_list_a_field_added_after_it():
    """Listing a later field's figure in an older edition is refused, naming the field."""
    figures = {**_FIGURES_2026_11, "test_share": "assume.months"}
    with pytest.raises(ValueError, match="test_share"):
        make_edition("2026-11", figures=figures, presets=(), fields=FIELDS + (_SHARE,))


def test_an_edition_must_give_every_field_it_knows_a_default():
    """An edition missing a field that existed when it was made is refused, naming the field."""
    figures = {k: v for k, v in _FIGURES_2026_11.items() if k != "mfu"}
    with pytest.raises(ValueError, match="mfu"):
        make_edition("2026-11", figures=figures, presets=())


def test_a_later_field_without_a_reproducing_value_is_refused():
    """A field added later must say what older editions use: no silent default."""
    bare = dataclasses.replace(_SHARE, before=None)
    with pytest.raises(ValueError, match="test_share"):
        make_edition("2026-11", figures=_FIGURES_2026_11, presets=(), fields=FIELDS + (bare,))


def test_a_newer_edition_lists_the_field():
    """From its ``since`` edition on, a field's default comes from the edition's figure."""
    figures = {**_FIGURES_2026_11, "test_share": "assume.growth_per_month"}
    figures.update({f.name: "assume.growth_per_month" for f in FIELDS if f.since > "2026-11" and f.kind != "choice"})
    ed = make_edition("2099-01", figures=figures, presets=(), fields=FIELDS + (_SHARE,))
    assert ed.defaults["test_share"] == calc.FIGURES["assume.growth_per_month"].value
    assert not ed.followers
