"""Edition 2026-12 is released: its defaults, presets and every number they produce are frozen.

``tests/fixtures/edition-2026-12.json`` pins the edition's defaults (values and figure ids), the
fields it takes from later rules (``later``, ``followers``), every preset's values, and the estimate
of the default scenario and of each preset: every total, month, cost line, latency, training figure,
long context's feasibility, the break-even and the cheapest approach. Prose (warnings, the reason
long context does not fit) is pinned only as present or absent, so rewording it does not fail here.

A difference is a change to a released edition's numbers, which readers' permalinks show. Do not
regenerate to make this test pass: find what moved. When a change is deliberate (a bug fix in the
model that must reach 2026-12), regenerate with the reason, which is recorded in the fixture:

    .venv/bin/python tests/test_edition_2026_12.py --regenerate --reason "what changed and why"
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script
    sys.path.insert(0, str(REPO))

import calc  # noqa: E402
from calc._model import MODEL_APPROACHES  # noqa: E402

FIXTURE = REPO / "tests" / "fixtures" / "edition-2026-12.json"
EDITION = "2026-12"
DEFAULT = "(default)"


def _approach(out: dict[str, Any]) -> dict[str, Any]:
    record = {k: out[k] for k in ("tco", "per_query", "monthly", "breakdown", "added_latency_ms", "latency_ms")}
    if "feasible" in out:
        record["feasible"] = out["feasible"]
        record["has_infeasible_reason"] = out["infeasible_reason"] is not None
    if "training" in out:
        record["training"] = out["training"]
    return record


def pinned_estimate(preset: str | None) -> dict[str, Any]:
    """What the fixture pins of one estimate: its numbers and decisions, prose as present or absent."""
    est = calc.estimate(calc.build_scenario([], edition=EDITION, preset=preset))
    record: dict[str, Any] = {
        "model_version": est["model_version"],
        "scenario": est["scenario"],
        "warning_count": len(est["warnings"]),
        "break_even_queries_per_month": est["break_even_queries_per_month"],
        "break_even_direction": est["break_even_direction"],
        "cheapest": est["cheapest"],
    }
    for approach in MODEL_APPROACHES[est["model_version"]]:
        record[approach] = _approach(est[approach])
    return record


def current() -> dict[str, Any]:
    """The edition as the package computes it now, in the fixture's shape (without its reasons)."""
    ed = calc.EDITIONS[EDITION]
    return {
        "edition": ed.name,
        "model_version": ed.model_version,
        "defaults": dict(ed.defaults),
        "default_figures": dict(ed.default_figures),
        "later": dict(ed.later),
        "followers": dict(ed.followers),
        "presets": {name: dict(p.values) for name, p in ed.presets.items()},
        "estimates": {DEFAULT: pinned_estimate(None), **{name: pinned_estimate(name) for name in ed.presets}},
    }


def _load() -> dict[str, Any]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def _differences(pinned: Any, now: Any, path: str = "") -> list[str]:
    """Where two JSON values differ, as dotted paths (the first few are enough to start looking)."""
    if isinstance(pinned, dict) and isinstance(now, dict):
        out = [f"{path}.{k}: missing now" for k in pinned if k not in now]
        out += [f"{path}.{k}: new" for k in now if k not in pinned]
        for k in pinned:
            if k in now:
                out += _differences(pinned[k], now[k], f"{path}.{k}")
        return out
    if isinstance(pinned, list) and isinstance(now, list) and len(pinned) == len(now):
        return [d for i, (a, b) in enumerate(zip(pinned, now), 1) for d in _differences(a, b, f"{path}.{i}")]
    return [] if pinned == now else [f"{path}: pinned {pinned!r}, now {now!r}"]


def test_fixture_names_this_edition_and_its_reasons():
    """The fixture is edition 2026-12's, with at least one recorded reason for its contents."""
    pinned = _load()
    assert pinned["edition"] == EDITION and pinned["model_version"] == "2"
    assert pinned["reasons"] and all(isinstance(r, str) and r.strip() for r in pinned["reasons"])


def test_every_preset_and_the_default_are_pinned():
    """The default scenario and every preset of the edition have a pinned estimate, and nothing else."""
    pinned = _load()
    assert set(pinned["estimates"]) == {DEFAULT, *calc.EDITIONS[EDITION].presets}
    assert set(pinned["presets"]) == set(calc.EDITIONS[EDITION].presets)


def test_released_edition_2026_12_is_unchanged():
    """Defaults, figure ids, presets and every pinned number equal the fixture exactly."""
    pinned = _load()
    now = current()
    diffs = _differences({k: pinned[k] for k in now}, now)
    assert not diffs, (
        f"edition {EDITION} changed in {len(diffs)} places (see this module's docstring before regenerating):\n  "
        + "\n  ".join(diffs[:20])
    )


def test_the_fixture_covers_long_context_both_ways():
    """The pinned presets include a feasible long context and an infeasible one."""
    feasible = {name: e["long_context"]["feasible"] for name, e in _load()["estimates"].items()}
    assert True in feasible.values() and False in feasible.values()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the frozen fixture of edition 2026-12 (needs a reason).")
    parser.add_argument("--regenerate", action="store_true", required=True)
    parser.add_argument("--reason", required=True, help="what changed in the released edition, and why")
    args = parser.parse_args(argv)
    if not args.reason.strip():
        parser.error("--reason must say what changed and why")
    reasons = _load()["reasons"] if FIXTURE.is_file() else []
    record = {"edition": EDITION, "model_version": "2", "reasons": [*reasons, args.reason.strip()], **current()}
    FIXTURE.write_text(json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE.relative_to(REPO)} ({len(record['estimates'])} estimates)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
