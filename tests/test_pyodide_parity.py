"""calc in Pyodide (Python 3.14, Node) answers exactly as calc in CPython does.

Builds the wheel the site ships (scripts/build_wheel.py; or uses ``RVF_WHEEL``), runs
``tests/pyodide/run_calc.mjs`` once with every scenario, and compares each response string
with ``calc.browser.handle`` run here, for the same request string. Scenarios: the golden
cases of tests/golden_cases.py and tests/golden_cases_2026_12.py plus the requests below
(defaults, presets, every mode, model 2's long context, prompt cache and long-prompt tier, hostile
values).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RUNNER = REPO / "tests" / "pyodide" / "run_calc.mjs"

# Requests written for this test: defaults, presets, every serving/training/method mode,
# and values the validator must refuse the same way on both interpreters.
EXTRA_PARAMS: list[list[list[str]]] = [
    [],
    [["queries_per_month", "1000000"], ["months", "24"], ["growth_per_month", "0.05"]],
    [["serving", "self_hosted"], ["training", "self_hosted"], ["method", "full"], ["model_params_b", "70"]],
    [["serving", "self_hosted"], ["training", "self_hosted"], ["method", "qlora"]],
    [["training", "self_hosted"], ["method", "lora"], ["gpus_per_instance", "8"]],
    [["serving", "self_hosted"], ["training", "api"]],
    [["method", "full"]],
    [["preset", "support-chatbot"]],
    [["preset", "gpu-h100-aws-p5"], ["training", "self_hosted"]],
    [["edition", "2026-11"], ["queries_per_month", "0"]],
    [["queries_per_month", "-5"]],
    [["queries_per_month", "NaN"]],
    [["months", "1e400"]],
    [["queries_per_month", "1_000"]],
    [["queries_per_month", "\u0661\u0662"]],
    [["queries_per_month", "<script>alert(1)</script>"]],
    [["months", "12"], ["months", "13"]],
    [["no_such_field", "1"]],
    [["preset", "no-such-preset"]],
    [["edition", "1999-01"]],
]
# Model 2 (edition 2026-12): long context feasible and not, a cached prefix above and below the
# provider's minimum, and the long-prompt price tier (test_model2_requests_cover_the_new_terms checks
# that each does what its comment says, in CPython).
MODEL2_PARAMS: list[list[list[str]]] = [
    # long context feasible: the handbook fits in GPT-6 Luna's window
    [["preset", "handbook-assistant"]],
    [["corpus_tokens", "100000"], ["context_window_tokens", "200000"], ["cached_prompt_share", "0.5"]],
    # long context infeasible: the default 50M-token corpus, and self-hosted serving
    [["edition", "2026-12"]],
    [["serving", "self_hosted"], ["training", "self_hosted"], ["corpus_tokens", "1000"]],
    # cached prefix above the 1,024-token minimum (0.8 x 2,000 = 1,600) and below it (0.8 x 1,000 = 800)
    [["preset", "model-gpt-6-luna"], ["prompt_tokens", "2000"], ["ft_prompt_tokens", "1500"],
     ["cached_prompt_share", "0.8"]],
    [["preset", "model-gpt-6-luna"], ["prompt_tokens", "1000"], ["ft_prompt_tokens", "150"],
     ["cached_prompt_share", "0.8"]],
    [["preset", "model-gemini-3-8-flash"], ["prompt_tokens", "6000"], ["cached_prompt_share", "0.9"],
     ["cache_write_premium", "0.25"], ["queries_per_month", "20"]],
    # the long-prompt tier: 300,000 + 500 tokens above GPT-6's 272,000, and Haiku's 100,000
    [["preset", "model-gpt-6-luna"], ["corpus_tokens", "300000"]],
    [["preset", "model-claude-haiku-5-5"], ["corpus_tokens", "200000"], ["prompt_tokens", "3000"]],
    # growth, a long horizon, a dedicated endpoint for RAG and per-replica hosting at volume
    [["queries_per_month", "20000000"], ["months", "36"], ["growth_per_month", "0.07"],
     ["serving_gpus_per_replica", "2"], ["model_params_b", "70"]],
    # the new fields refused the same way on both interpreters, and a warning
    [["cached_prompt_share", "1.5"]],
    [["cached_prompt_share", "-0.1"]],
    [["cached_prompt_share", "nan"]],
    [["cached_prompt_share", "inf"]],
    [["cached_prompt_share", "abc"]],
    [["ft_prompt_tokens", "-1"]],
    [["context_window_tokens", "0"]],
    [["context_window_tokens", "1e9"]],
    [["ft_prompt_tokens", "900"], ["prompt_tokens", "500"]],
]
EXTRA_REQUESTS: list[str] = [
    json.dumps({"type": "ping"}),
    json.dumps({"type": "estimate", "params": "not a list"}),
    json.dumps({"type": "nope"}),
    "not json at all",
    # The uncertainty analysis: the same draws, percentiles, chances, drivers and flip values, and
    # the same fragment and exports, byte for byte (the default seed and draws, as the page sends).
    json.dumps({"type": "uncertainty", "params": []}),
    json.dumps({"type": "uncertainty", "params": [["preset", "handbook-assistant"], ["queries_per_month", "50000..200000"]]}),
    json.dumps({"type": "uncertainty", "params": [["preset", "coding-assistant"]], "draws": 500, "seed": 42}),
    json.dumps({"type": "uncertainty", "params": [["eng_hourly_rate", "5..1"]], "draws": 200}),
]


def _pairs(params: object) -> list[list[str]]:
    """Normalise a golden case's params (pairs or a mapping) into [[key, value], ...]."""
    items: Iterable = params.items() if isinstance(params, Mapping) else params  # type: ignore[union-attr]
    return [[str(k), str(v)] for k, v in items]


def golden_params() -> list[list[list[str]]]:
    """Param lists of tests/golden_cases.py CASES, when that module exists."""
    path = REPO / "tests" / "golden_cases.py"
    if not path.is_file():
        return []
    sys.path.insert(0, str(path.parent))
    try:
        from golden_cases import CASES  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(path.parent))
    out = []
    for case in CASES:
        params = case.get("params") if isinstance(case, Mapping) else getattr(case, "params", case)
        out.append(_pairs(params))
    return out


def golden_2026_12_params() -> list[list[list[str]]]:
    """Param lists of the model-2 golden cases (tests/golden_cases_2026_12.py), edition 2026-12."""
    sys.path.insert(0, str(REPO / "tests"))
    try:
        from golden_cases_2026_12 import CASES_2026_12  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(REPO / "tests"))
    return [[["edition", "2026-12"], *_pairs(case.params)] for case in CASES_2026_12]


def all_requests() -> list[str]:
    """Every request string sent to both interpreters."""
    params = golden_params() + EXTRA_PARAMS + MODEL2_PARAMS + golden_2026_12_params()
    return [json.dumps({"type": "estimate", "params": p}) for p in params] + EXTRA_REQUESTS


def cpython_answer(handle, request: str) -> object:  # type: ignore[no-untyped-def]
    """What CPython's calc.browser.handle returns, or the exception type name it raises."""
    try:
        return handle(request)
    except Exception as exc:  # noqa: BLE001 - compared with Pyodide's exception by type name
        return {"error": type(exc).__name__}


def pyodide_answer(item: object) -> object:
    """The runner's answer, with a Python exception reduced to its type name."""
    if isinstance(item, dict) and "error" in item:
        return {"error": item["error"]["name"]}
    return item


@pytest.fixture(scope="module")
def wheel(site_wheel: Path) -> Path:
    """calc's wheel as the site ships it (tests/conftest.py: RVF_WHEEL, or built from this checkout)."""
    return site_wheel


@pytest.fixture(scope="module")
def pyodide_run(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Run every request through calc in Pyodide (Node) once; return the runner's JSON."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node not found: Node 20+ is needed to run calc in Pyodide", pytrace=False)
    if not (REPO / "node_modules" / "pyodide" / "pyodide.asm.wasm").is_file():
        pytest.fail("node_modules/pyodide missing: run `npm ci` (make setup does)", pytrace=False)
    scenarios = tmp_path_factory.mktemp("scenarios") / "requests.json"
    scenarios.write_text(json.dumps(all_requests()), encoding="utf-8")
    proc = subprocess.run(
        [node, str(RUNNER), str(wheel), str(scenarios)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
    assert proc.returncode == 0, f"run_calc.mjs failed:\n{proc.stderr[-4000:]}"
    return json.loads(proc.stdout)


def test_pyodide_is_the_pinned_newer_python(pyodide_run: dict) -> None:
    """Pyodide is package.json's pinned version and its Python is 3.13 or newer (the build runs 3.11)."""
    pinned = json.loads((REPO / "package.json").read_text(encoding="utf-8"))["dependencies"]["pyodide"]
    assert pyodide_run["pyodide"] == pinned
    assert pyodide_run["python_at_least_3_13"] is True, pyodide_run["python"]
    assert tuple(pyodide_run["python"][:2]) >= (3, 13)


def test_wheel_metadata_visible_in_pyodide(pyodide_run: dict) -> None:
    """importlib.metadata sees the installed wheel, at pyproject.toml's version."""
    import tomllib

    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert pyodide_run["calc_dist_version"] == version


def test_every_response_matches_cpython(pyodide_run: dict) -> None:
    """For every request, Pyodide's response string equals CPython's, character for character."""
    if str(REPO) not in sys.path:
        sys.path.append(str(REPO))
    from calc.browser import handle

    requests = all_requests()
    responses = pyodide_run["responses"]
    assert len(responses) == len(requests)
    mismatches = []
    for request, item in zip(requests, responses):
        expected = cpython_answer(handle, request)
        if pyodide_answer(item) != expected:
            mismatches.append(request)
    assert not mismatches, f"{len(mismatches)} of {len(requests)} requests differ, first: {mismatches[:3]}"


def test_golden_cases_were_included() -> None:
    """The golden scenarios, when present, are part of the parity run."""
    golden = golden_params()
    if (REPO / "tests" / "golden_cases.py").is_file():
        assert golden, "tests/golden_cases.py has no CASES"
    assert all(json.dumps({"type": "estimate", "params": p}) in all_requests() for p in golden)


def test_model2_requests_cover_the_new_terms() -> None:
    """The model-2 requests do what their comments say (checked in CPython): long context feasible and
    infeasible, a cached prefix above and below min_cacheable_tokens, and a request above the
    long-prompt threshold; the model-2 golden cases are sent too."""
    import calc

    estimates = []
    for params in MODEL2_PARAMS:
        try:
            estimates.append((params, calc.estimate(calc.build_scenario([tuple(p) for p in params]))))
        except calc.ValidationError:
            continue
    feasible = [e["long_context"]["feasible"] for _, e in estimates]
    assert True in feasible and False in feasible
    cached_above = cached_below = tier = False
    for _, e in estimates:
        v = e["scenario"]
        if v["serving"] != "api":
            continue
        prefix = v["cached_prompt_share"] * v["prompt_tokens"]
        if v["cached_prompt_share"] > 0 and v["min_cacheable_tokens"] > 0:
            cached_above |= prefix >= v["min_cacheable_tokens"] and e["rag"]["breakdown"]["cache"] > 0
            cached_below |= prefix < v["min_cacheable_tokens"] and e["rag"]["breakdown"]["cache"] == 0
        tier |= (v["long_prompt_input_multiplier"] > 1
                 and v["corpus_tokens"] + v["prompt_tokens"] > v["long_prompt_threshold_tokens"] > 0)
    assert cached_above and cached_below and tier
    requests = all_requests()
    assert all(json.dumps({"type": "estimate", "params": p}) in requests for p in golden_2026_12_params())
