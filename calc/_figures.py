"""Figure records: every number the model uses or a page quotes, with its provenance."""

from __future__ import annotations

from dataclasses import dataclass, replace

__all__ = [
    "AGEING_CATEGORIES",
    "ASSUMED_ON",
    "RELEASED",
    "STALE_AFTER_DAYS",
    "age_days",
    "is_stale",
    "ASSUMPTION_TITLE",
    "CATEGORIES",
    "CONFIDENCES",
    "GATHERED",
    "KINDS",
    "UNDATED",
    "Figure",
    "Source",
    "assumed",
    "derived",
    "sourced",
]

KINDS = ("sourced", "derived", "assumption")
CONFIDENCES = ("high", "medium", "low")
CATEGORIES = (
    "gpu_prices",
    "gpu_specs",
    "training_rules",
    "finetune_prices",
    "api_prices",
    "embeddings",
    "vector_stores",
    "latency",
    "labelling",
    "throughput",
    "workload",
    "engineering",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """One dated, sourced (or openly assumed) number.

    ``source`` is a URL, ``github:owner/repo path`` for a file in a public repository,
    or ``assumption: <reason>`` for a figure this project assumes.
    """

    id: str
    label: str
    value: float
    unit: str
    category: str
    kind: str
    source: str
    source_title: str
    as_of: str
    confidence: str
    low: float | None = None
    high: float | None = None
    derivation: str = ""
    note: str = ""
    # Why the range is what it is (the spread across providers, a published range, the argument for
    # an assumption's bounds, or "exact" for a listed fact whose low and high equal its value).
    range_basis: str = ""

    def source_url(self) -> str | None:
        """The browsable address of the source, or None for an assumption."""
        if self.source.startswith(("https://", "http://")):
            return self.source
        if self.source.startswith("github:"):
            repo, _, path = self.source[len("github:") :].partition(" ")
            if path:
                return f"https://github.com/{repo}/blob/HEAD/{path}"
            return f"https://github.com/{repo}"
        return None


# --- how the catalogue declares figures -------------------------------------------------------

GATHERED = "2026-11"  # the as_of of a page with no date of its own: the month it was gathered
UNDATED = "The page carries no date; as_of is the month this figure was gathered (2026-11-23)."
ASSUMED_ON = "2026-11-23"  # the day this project made its assumptions
ASSUMPTION_TITLE = "Assumption (this project)"


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """A source of figures, declared once: its address, its title and its date or version.

    ``ref`` is written as a figure's ``source`` is (a URL or ``github:owner/repo path``); ``note``
    is a caveat about the source itself, which the notes of its figures may quote.
    """

    ref: str
    title: str
    as_of: str
    note: str = ""


# Figures that go stale: prices and measurements of offers that change. Specifications, training
# rules and this project's assumptions do not age the same way.
AGEING_CATEGORIES = frozenset({
    "gpu_prices", "finetune_prices", "api_prices", "embeddings", "vector_stores", "latency", "throughput",
    "labelling",
})
STALE_AFTER_DAYS = 90
RELEASED = "2026-12-07"  # release date of the newest edition; ages are counted to it


def _day_number(date: str) -> int:
    """Days since 0000-03-01 of an ISO date (``2026-09`` counts as the 1st, ``2024`` as January 1st)."""
    parts = [int(p) for p in date.split("-")] + [1, 1]
    y, m, d = parts[0], parts[1], parts[2]
    y -= m <= 2
    era_day = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return 365 * y + y // 4 - y // 100 + y // 400 + era_day


def age_days(fig: "Figure", *, on: str = RELEASED) -> int:
    """Days from a figure's date to ``on``."""
    return _day_number(on) - _day_number(fig.as_of)


def is_stale(fig: "Figure", *, on: str = RELEASED) -> bool:
    """A sourced or derived price or measurement dated more than 90 days before ``on``."""
    return fig.kind != "assumption" and fig.category in AGEING_CATEGORIES and age_days(fig, on=on) > STALE_AFTER_DAYS


def sourced(
    id: str,  # noqa: A002 - the record's own field name
    label: str,
    value: float,
    unit: str,
    category: str,
    source: Source,
    confidence: str,
    *,
    low: float | None = None,
    high: float | None = None,
    note: str = "",
    range_basis: str = "",
) -> Figure:
    """A figure read from ``source``."""
    return Figure(
        id=id, label=label, value=value, unit=unit, category=category, kind="sourced",
        source=source.ref, source_title=source.title, as_of=source.as_of, confidence=confidence,
        low=low, high=high, note=note, range_basis=range_basis,
    )


def derived(id: str, label: str, value: float, unit: str, category: str, source: Source,  # noqa: A002
            confidence: str, derivation: str, **bounds_and_note: float | str | None) -> Figure:
    """A figure computed from sourced ones; ``derivation`` spells out the arithmetic.

    ``low``, ``high``, ``note`` and ``range_basis`` are given as to ``sourced``.
    """
    fig = sourced(id, label, value, unit, category, source, confidence, **bounds_and_note)  # type: ignore[arg-type]
    return replace(fig, kind="derived", derivation=derivation)


def assumed(
    id: str,  # noqa: A002
    label: str,
    value: float,
    unit: str,
    category: str,
    reason: str,
    *,
    confidence: str = "low",
    low: float | None = None,
    high: float | None = None,
    derivation: str = "",
    note: str = "",
    range_basis: str = "",
    on: str = ASSUMED_ON,
) -> Figure:
    """A number this project chose, with the reason, dated the day it was chosen (``on``)."""
    return Figure(
        id=id, label=label, value=value, unit=unit, category=category, kind="assumption",
        source="assumption: " + reason, source_title=ASSUMPTION_TITLE, as_of=on,
        confidence=confidence, low=low, high=high, derivation=derivation, note=note, range_basis=range_basis,
    )
