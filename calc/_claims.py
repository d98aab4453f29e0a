"""Claims checked: the seed article's claims against the model, each over a declared sweep.

Three modules, by concern; this one gathers their public names (imported from here by the site's
renderers and the tests):

- ``_claim_checks``: the declarations, the claims and how each is tested (metric and sweep, or
  why the model cannot test it), as data;
- ``_claim_sweep``: the engine, the sweep's points, the metric at each, the verdict and the
  conditions under which a claim holds;
- ``_claim_page``: the claims page's HTML.
"""

from __future__ import annotations

from ._claim_checks import (
    CHECK_BY_ID,
    CHECKS,
    CLAIM_BY_ID,
    M_ADDED_LATENCY,
    M_COST_PER_CYCLE,
    M_COST_PER_RUN,
    M_QLORA_SAVING,
    M_RAG_INFRA,
    M_RAG_MONTHLY,
    M_RETRAIN,
    M_WALL_CLOCK,
    Axis,
    ClaimCheck,
    Metric,
    Sweep,
)
from ._claim_page import claim_anchor, render_claims_table
from ._claim_sweep import (
    CHOICE_WORDS,
    SUPPORTED_SHARE,
    VERDICT_TEXT,
    ClaimResult,
    Holds,
    Point,
    _estimate,  # noqa: F401 - re-exported for the tests
    check_claim,
    check_claims,
    classify,
    metric_value,
    sweep_points,
)

# Private names the tests reach: ``_estimate``, the engine's estimate cache (a test empties it), and
# the claim mapping the engine and the page read (a test swaps a claim in it).
_CLAIM_BY_ID = CLAIM_BY_ID

__all__ = [
    "CHECKS",
    "CHECK_BY_ID",
    "CHOICE_WORDS",
    "M_ADDED_LATENCY",
    "M_COST_PER_CYCLE",
    "M_COST_PER_RUN",
    "M_QLORA_SAVING",
    "M_RAG_INFRA",
    "M_RAG_MONTHLY",
    "M_RETRAIN",
    "M_WALL_CLOCK",
    "SUPPORTED_SHARE",
    "VERDICT_TEXT",
    "Axis",
    "ClaimCheck",
    "ClaimResult",
    "Metric",
    "Holds",
    "Point",
    "Sweep",
    "check_claim",
    "check_claims",
    "classify",
    "claim_anchor",
    "metric_value",
    "render_claims_table",
    "sweep_points",
]
