"""The figure catalogue: every number the model uses or a page quotes, with its provenance.

Each record keeps its source, the date or version of that source (``as_of``) and a confidence.
Figures computed from sourced ones are ``kind="derived"``: their value is computed from those
figures' values and their derivation spells out the arithmetic. Numbers this project chose are
``kind="assumption"`` and say why. Ids are stable forever: a figure that changes gets a new
record with a new id, because editions point at ids.

Dates. ``as_of`` is the date or version of the source: the retrieval date of a dataset
(Data Receipts 2026-11-09, silybench 2026-09-25, aws-gpu 2026-08-26), the month of a paper (from
its arXiv number), the release of a price file. A page that carries no date of its own gets the
month this catalogue was gathered from stored copies ("2026-11", gathered 2026-11-23), and its
note says so. Assumptions are dated the day this project made them (2026-11-23).

The figures are declared by category, each source once (``Source``), in ``_catalogue_gpus``,
``_catalogue_training``, ``_catalogue_providers``, ``_catalogue_serving`` and
``_catalogue_defaults``, and the figures gathered for edition 2026-12 in ``_catalogue_2026_12``;
this module puts them in their fixed order and indexes them.

Also reachable from here: the seed article's claims (``CLAIMS``, declared with their checks in
``_claim_checks``) and the published studies (``STUDIES``, in ``_studies``) the guide and the FAQ cite.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from ._catalogue_2026_12 import FIGURES_2026_12
from ._catalogue_defaults import ASSUMED_DEFAULTS
from ._catalogue_gpus import GPU_PRICES, GPU_SPECS
from ._catalogue_providers import API_PRICES, EMBEDDINGS, FINETUNE_PRICES, VECTOR_STORES
from ._catalogue_serving import LATENCY, THROUGHPUT
from ._catalogue_training import LABELLING, TRAINING_RULES
from ._figures import Figure

__all__ = ["CATALOGUE", "CLAIMS", "FIGURE_BY_ID", "STUDIES", "Claim", "Study", "data_as_of"]


def __getattr__(name: str) -> object:
    # The seed article's claims live with their checks, the studies with their renderers: both are
    # loaded only when asked for, so the browser, which needs neither, does not load them.
    if name in ("CLAIMS", "Claim"):
        from . import _claim_checks  # noqa: PLC0415

        return getattr(_claim_checks, name)
    if name in ("STUDIES", "Study"):
        from . import _studies  # noqa: PLC0415

        return getattr(_studies, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


CATALOGUE: tuple[Figure, ...] = (
    GPU_PRICES
    + GPU_SPECS
    + TRAINING_RULES
    + FINETUNE_PRICES
    + API_PRICES
    + EMBEDDINGS
    + VECTOR_STORES
    + LATENCY
    + LABELLING
    + THROUGHPUT
    + ASSUMED_DEFAULTS
    + FIGURES_2026_12
)


def _index(figures: tuple[Figure, ...]) -> Mapping[str, Figure]:
    by_id: dict[str, Figure] = {}
    for fig in figures:
        if fig.id in by_id:
            raise ValueError(f"duplicate figure id: {fig.id}")
        by_id[fig.id] = fig
    return MappingProxyType(by_id)


FIGURE_BY_ID: Mapping[str, Figure] = _index(CATALOGUE)
"""Every figure by id (read-only)."""


def _date_key(as_of: str) -> tuple[str, int]:
    # "2026-09" sorts as "2026-09-01"; on a tie the more precise date wins.
    padded = (as_of + "-01-01")[:10] if len(as_of) < 10 else as_of[:10]
    return (padded, len(as_of))


def data_as_of() -> str:
    """The newest source date among sourced and derived figures, as written in the figure.

    Assumption dates are excluded: they date this project's choices, not the data.
    """
    dates = [f.as_of for f in CATALOGUE if f.kind != "assumption"]
    return max(dates, key=_date_key)
