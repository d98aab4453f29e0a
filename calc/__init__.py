"""calc: the cost and latency model behind the RAG vs fine-tuning guide.

Standard library only; no I/O at import. The same package runs in CPython at build time and in
Pyodide in the browser. The site's methodology page (rendered from this package) states the contract.
"""

from __future__ import annotations

from ._catalogue import CATALOGUE, FIGURE_BY_ID, data_as_of
from ._decide import Decision, decide
from ._editions import EDITIONS, LATEST_EDITION, Edition
from ._fields import ANSWER_FIELDS, FIELD_BY_NAME, FIELDS, GROUPS, Field
from ._figures import CATEGORIES, Figure
from ._model import APPROACHES, BREAKDOWN_LINES, MODEL_VERSION, break_even, estimate
from ._presets import Preset
from ._scenario import FieldError, Scenario, ValidationError, build_scenario

FIGURES = FIGURE_BY_ID
__version__ = "1.0.0"  # equals pyproject.toml's version (tested); names the wheel

__all__ = [
    "ANSWER_FIELDS",
    "APPROACHES",
    "BREAKDOWN_LINES",
    "CATALOGUE",
    "CATEGORIES",
    "EDITIONS",
    "FIELDS",
    "__version__",
    "FIELD_BY_NAME",
    "FIGURES",
    "GROUPS",
    "LATEST_EDITION",
    "MODEL_VERSION",
    "Decision",
    "Edition",
    "Field",
    "FieldError",
    "Figure",
    "Preset",
    "Scenario",
    "ValidationError",
    "break_even",
    "build_scenario",
    "data_as_of",
    "decide",
    "estimate",
]
