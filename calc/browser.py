"""The one entry the browser worker calls: JSON text in, JSON text out.

Requests (``type`` tells them apart):
- ``{"type": "ping"}`` -> ``{"ok": true, "edition", "model_version", "editions"}``
- ``{"type": "estimate", "params": [[key, value], ...]}`` -> the estimate, its rendered fragments,
  the chart's data (each approach's cumulative cost by month and the month the costs cross, also
  carried by the results fragment's ``data-chart``), the permalink query and the exports. Invalid values come back as ``errors`` (field, value,
  message), and the fragments are computed with those values left at their defaults, so the
  page always has numbers to show.
- ``{"type": "uncertainty", "params": [...], "draws"?, "seed"?}`` -> the uncertainty analysis of
  the scenario (calc._uncertainty), its rendered fragment, and the exports with it (the estimate's
  JSON gains ``uncertainty``; the Markdown gains the bands, chances and top three flips). Sent by
  the page after each point estimate, so the point numbers never wait for it.
Errors never cross as exceptions: a malformed request gets ``{"ok": false, "error": {...}}``.
"""

from __future__ import annotations

import json
from typing import Any

from ._editions import EDITIONS, LATEST_EDITION
from ._model import MODEL_VERSION, cumulative_costs, estimate
from ._render import render_markdown_summary, render_results
from ._scenario import Scenario, ValidationError, build_scenario, format_value
from ._uncertainty import DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, MIN_DRAWS

__all__ = ["compute", "compute_uncertainty", "handle"]


def _decision_fragment(scenario: Scenario, est: dict[str, Any]) -> tuple[str, dict[str, Any] | None]:
    from ._decide import decide  # noqa: PLC0415 - only needed when answers are given
    from ._render_pages import render_decision  # noqa: PLC0415

    result = decide(answers=dict(scenario.answers), estimate=est)
    return render_decision(result), result.as_dict()


def _valid(params: list[tuple[str, str]]) -> tuple[Scenario, list[dict[str, str]]]:
    """The scenario of string pairs, or with the invalid ones left out, and the errors."""
    errors: list[dict[str, str]] = []
    try:
        scenario = build_scenario(params)
    except ValidationError as exc:
        errors = [{"field": e.field, "value": e.value, "message": e.message} for e in exc.errors]
        bad = {e.field for e in exc.errors}
        kept = [(k, v) for k, v in params if k not in bad]
        try:
            scenario = build_scenario(kept)
        except ValidationError:  # pragma: no cover - defaults always validate
            scenario = build_scenario([])
    return scenario, errors


def _note(decision: dict[str, Any] | None) -> str | None:
    """The RFC export's sentence: the decision's summary, and its cost note when there is one."""
    if not decision:
        return None
    parts = [p for p in (decision.get("summary"), decision.get("cost_note")) if p]
    return " ".join(parts) or None


def compute(params: list[tuple[str, str]], *, base_url: str = "") -> dict[str, Any]:
    """Estimate a scenario from string pairs; on invalid values, report them and fall back."""
    scenario, errors = _valid(params)
    est = estimate(scenario)
    query = scenario.query()
    decision_html, decision = _decision_fragment(scenario, est)
    from ._exports import to_csv  # noqa: PLC0415

    return {
        "ok": not errors,
        "errors": errors,
        "warnings": list(scenario.warnings),
        "query": query,
        "form": {name: format_value(value) for name, value in scenario.values.items()},
        "estimate": est,
        "chart": cumulative_costs(est),
        "decision": decision,
        "fragments": {"results": render_results(est), "decision": decision_html},
        "exports": {
            "markdown": render_markdown_summary(est, query, base_url=base_url, note=_note(decision)),
            "csv": to_csv(est),
            "json": json.dumps(est, indent=2),
        },
    }


def compute_uncertainty(params: list[tuple[str, str]], *, draws: int = DEFAULT_DRAWS, seed: int = DEFAULT_SEED,
                        base_url: str = "") -> dict[str, Any]:
    """The uncertainty analysis of a scenario from string pairs (invalid values left out, as in compute)."""
    from ._exports import to_csv  # noqa: PLC0415
    from ._render_uncertainty import render_uncertainty_html  # noqa: PLC0415
    from ._uncertainty import uncertainty  # noqa: PLC0415
    from ._uncertainty_text import render_uncertainty_markdown  # noqa: PLC0415

    scenario, errors = _valid(params)
    est = estimate(scenario)
    result = uncertainty(scenario, draws=draws, seed=seed)
    decision_html, decision = _decision_fragment(scenario, est)
    query = scenario.query()
    markdown = render_markdown_summary(est, query, base_url=base_url, note=_note(decision))
    return {
        "ok": not errors,
        "errors": errors,
        "query": query,
        "uncertainty": result,
        "fragment": render_uncertainty_html(result, est),
        "exports": {
            "markdown": markdown + "\n" + render_uncertainty_markdown(result),
            "csv": to_csv(est),
            "json": json.dumps({**est, "uncertainty": result}, indent=2),
        },
    }


def _params(request: dict[str, Any]) -> list[tuple[str, str]]:
    raw = request.get("params", [])
    if not isinstance(raw, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in raw
    ):
        raise TypeError("params must be a list of [key, value] string pairs")
    return [(k, v) for k, v in raw]


def _base_url(request: dict[str, Any]) -> str:
    base_url = request.get("base_url", "")
    if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
        return ""
    return base_url[:500]


def _whole(request: dict[str, Any], name: str, default: int, low: int, high: int) -> int:
    value = request.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name}: {str(value)[:40]!r} is out of range; allowed: {low} to {high} (a whole number)")
    return value


def handle(request_json: str) -> str:
    """Answer one JSON request with JSON; never raises."""
    try:
        request = json.loads(request_json)
        kind = request.get("type") if isinstance(request, dict) else None
        if kind == "ping":
            reply: dict[str, Any] = {
                "ok": True, "edition": LATEST_EDITION, "model_version": MODEL_VERSION,
                "editions": sorted(EDITIONS),
            }
        elif kind == "estimate":
            reply = compute(_params(request), base_url=_base_url(request))
        elif kind == "uncertainty":
            reply = compute_uncertainty(
                _params(request), base_url=_base_url(request),
                draws=_whole(request, "draws", DEFAULT_DRAWS, MIN_DRAWS, MAX_DRAWS),
                seed=_whole(request, "seed", DEFAULT_SEED, 0, 2**32 - 1),
            )
        else:
            raise ValueError(f"unknown request type {str(kind)[:40]!r}")
    except Exception as exc:  # noqa: BLE001 - the worker gets a plain error object, never a crash
        reply = {"ok": False, "error": {"name": type(exc).__name__, "message": str(exc)[:500]}}
    return json.dumps(reply)
