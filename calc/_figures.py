"""Figure records: every number the model uses or a page quotes, with its provenance."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CATEGORIES", "CONFIDENCES", "KINDS", "Figure"]

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
