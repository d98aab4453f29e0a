"""Page macros: each one hands over to a renderer in calc. No formulas and no data here.

mkdocs-macros loads this file by path, so the project root is put on ``sys.path`` for ``calc``.
Beware: the plugin reports any ImportError raised here as "could not find custom 'macros' module".
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import json  # noqa: E402

from calc import render  # noqa: E402
from calc._perf import render_performance  # noqa: E402
from calc._studies import studies_list, study_cite, study_finding  # noqa: E402

_RESULTS = Path(_ROOT) / "benchmarks" / "results.json"


def _performance(section: str | None = None) -> str:
    """The benchmark figures of ``make bench`` (benchmarks/results.json), read at build time."""
    results = json.loads(_RESULTS.read_text(encoding="utf-8")) if _RESULTS.is_file() else {}
    return render_performance(results, section=section)


def define_env(env) -> None:
    """Register calc's renderers under the macro names the pages use."""
    env.macro(render.render_figure, "fig")  # fig("gpu.h100_sxm.aws_p5.price")
    env.macro(render.render_output, "out")  # out("default", "rag.tco")
    env.macro(render.render_figures_table, "figures_table")  # figures_table("gpu_prices")
    env.macro(render.render_decision_table, "decision_table")
    env.macro(render.render_faq, "faq_entries")
    env.macro(render.render_methodology, "methodology")
    env.macro(render.render_contract, "model_contract")
    env.macro(render.render_sources_table, "sources_table")
    env.macro(render.render_claims_table, "claims_table")
    env.macro(render.render_preset_examples, "preset_examples")
    env.macro(render.render_calculator, "calculator")
    env.macro(render.render_data_as_of, "data_as_of")
    env.macro(_performance, "performance")  # performance("timings"); no argument: every table
    env.macro(study_cite, "study_cite")  # study_cite("ovadia2023"): a link to a study, reading its title
    env.macro(study_finding, "study_finding")  # study_finding("ovadia2023"): who found what, linked
    env.macro(studies_list, "studies_list")  # every study, with what it found
