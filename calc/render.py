"""Public renderers: what ``macros.py`` exposes to pages and the worker swaps into the page.

Each returns an HTML (or Markdown) string. Figures sit in ``data-figure`` elements, outputs in
``data-output`` elements, and every string from outside is escaped.
"""

from __future__ import annotations

from ._catalogue import data_as_of as _data_as_of
from ._render import (
    expand_tokens,
    format_output,
    lookup_output,
    output_names,
    preset_estimate,
    preset_output,
    render_figure,
    render_markdown_summary,
    render_output,
    render_results,
)
from ._render_pages import (
    md_block,
    md_inline,
    render_calculator,
    render_data_as_of,
    render_decision,
    render_decision_table,
    render_faq,
    render_figures_table,
    render_methodology,
    render_preset_examples,
    render_sources_table,
)

__all__ = [
    "data_as_of",
    "expand_tokens",
    "format_output",
    "lookup_output",
    "md_block",
    "md_inline",
    "output_names",
    "preset_estimate",
    "preset_output",
    "render_calculator",
    "render_claims_table",
    "render_contract",
    "render_data_as_of",
    "render_decision",
    "render_decision_table",
    "render_faq",
    "render_figure",
    "render_figures_table",
    "render_markdown_summary",
    "render_methodology",
    "render_output",
    "render_preset_examples",
    "render_results",
    "render_sources_table",
]


def data_as_of() -> str:
    """The newest source date among the figures, derived, never typed."""
    return _data_as_of()


def render_claims_table() -> str:
    """The claims page: each published claim, its sweep, the model's range and the verdict."""
    from ._claims import render_claims_table as _render  # noqa: PLC0415 - heavy, build time

    return _render()


def render_contract() -> str:
    """The methodology page's contract: inputs, answers, parsing, outputs, editions and permalinks."""
    from ._contract import render_contract as _render  # noqa: PLC0415 - build time

    return _render()
