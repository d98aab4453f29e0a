"""The site's contract anchors, typed out (not read from calc) so that a renamed one fails a test.

The guide's and the FAQ's anchors were released with the first site. Readers cite them in RFCs:
tests/site/test_built_html.py keeps them in the frozen published-URL fixture, and
tests/test_decide.py lets decision rules link only to them.
"""

from __future__ import annotations

GUIDE_ANCHORS = (
    "knowledge-versus-behaviour",
    "when-rag-wins",
    "when-fine-tuning-wins",
    "when-to-combine",
    "what-the-hybrid-costs",
    "decision-table",
    "what-the-studies-found",
)
FAQ_ANCHORS = (
    "what-is-the-difference-between-rag-and-fine-tuning",
    "how-much-does-rag-cost-compared-to-fine-tuning",
    "which-is-more-accurate-rag-or-fine-tuning",
    "how-long-does-fine-tuning-take",
    "what-are-the-latency-differences-between-rag-and-fine-tuning",
)
# Added with model 2 (edition 2026-12).
GUIDE_ANCHORS += ("when-long-context-wins", "latency-budget")
FAQ_ANCHORS += ("can-a-long-context-replace-rag", "how-does-prompt-caching-change-the-cost")
# Added with the uncertainty analysis.
GUIDE_ANCHORS += ("how-sure-are-the-numbers",)
FAQ_ANCHORS += ("how-sure-are-these-numbers",)
