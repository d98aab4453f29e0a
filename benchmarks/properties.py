"""The property tests (tests/test_properties.py) with many examples: the scenario-level property
under ``HYPOTHESIS_PROFILE=bench`` (10,000 scenarios), the others under the CI profile; or, in
mode "all", the whole file under the bench profile. Hypothesis's statistics give the counts."""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

from benchmarks.common import REPO, log

# The properties that draw a valid scenario and estimate it (tests/test_properties.py).
SCENARIO_PROPERTY = "test_valid_scenarios_give_finite_outputs"
ESTIMATING_PROPERTIES = (SCENARIO_PROPERTY, "test_tco_never_falls_as_queries_rise", "test_break_even_flips_the_cheaper_side")


def _parse_statistics(text: str, profile: str) -> dict[str, dict]:
    """Per test, the examples Hypothesis reports (``--hypothesis-show-statistics``)."""
    per_test: dict[str, dict] = {}
    current = None
    for line in text.splitlines():
        m = re.match(r"^\S*::(\w+)(\[.*\])?:\s*$", line.strip())
        if m:
            current = m.group(1)
            per_test.setdefault(current, {"passing": 0, "failing": 0, "invalid": 0, "max_examples": 0, "profile": profile})
            continue
        if not current:
            continue
        m = re.search(r"(\d+) passing examples?, (\d+) failing examples?, (\d+) invalid examples?", line)
        if m:
            per_test[current]["passing"] += int(m.group(1))
            per_test[current]["failing"] += int(m.group(2))
            per_test[current]["invalid"] += int(m.group(3))
        m = re.search(r"settings\.max_examples=(\d+)", line)
        if m:
            per_test[current]["max_examples"] = int(m.group(1))
    return per_test


def _pytest_properties(target: Path, profile: str, select: str | None) -> dict:
    """One pytest run of the property file under a Hypothesis profile, with its statistics parsed."""
    cmd = [str(REPO / ".venv" / "bin" / "pytest"), str(target.relative_to(REPO)), "-q", "-p", "no:cacheprovider",
           "--hypothesis-show-statistics"]
    if select:
        cmd += ["-k", select]
    shown = f"HYPOTHESIS_PROFILE={profile} pytest {target.relative_to(REPO)}" + (f" -k '{select}'" if select else "")
    log(f"property tests: {shown}")
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=REPO, env={**os.environ, "HYPOTHESIS_PROFILE": profile}, capture_output=True, text=True)
    wall = time.perf_counter() - start
    text = proc.stdout + proc.stderr
    summary_line = next((ln for ln in reversed(text.splitlines()) if re.search(r"\d+ (passed|failed|errors?)\b", ln)), "")
    count = lambda word: int(m.group(1)) if (m := re.search(rf"(\d+) {word}", summary_line)) else 0  # noqa: E731
    return {
        "command": shown, "exit_code": proc.returncode, "passed": count("passed"),
        "failed": count("failed") + count("error"), "wall_s": round(wall, 1), "per_test": _parse_statistics(text, profile),
        "tail": "" if proc.returncode == 0 else text[-3000:],
    }


def property_tests(mode: str) -> dict:
    """The property tests: the scenario-level property under the bench profile, the rest as in CI.

    ``mode == "all"`` runs the whole file under the bench profile instead: every property with
    the bench profile's examples, which takes longer than all the other measurements together.
    """
    target = REPO / "tests" / "test_properties.py"
    if not target.is_file():
        return {"ran": False, "reason": "tests/test_properties.py not found"}
    if mode == "all":
        runs = [_pytest_properties(target, "bench", None)]
    else:
        runs = [_pytest_properties(target, "bench", SCENARIO_PROPERTY),
                _pytest_properties(target, "ci", f"not {SCENARIO_PROPERTY}")]
    per_test: dict[str, dict] = {}
    for run in runs:
        per_test.update(run["per_test"])
    if SCENARIO_PROPERTY not in per_test:
        return {"ran": False, "reason": f"{SCENARIO_PROPERTY} not found in {target.relative_to(REPO)}",
                "tail": runs[0]["tail"]}
    return {
        "ran": True,
        "mode": mode,
        "command": " ; ".join(r["command"] for r in runs),
        "exit_code": max(r["exit_code"] for r in runs),
        "tests_passed": sum(r["passed"] for r in runs),
        "tests_failed": sum(r["failed"] for r in runs),
        "wall_s": round(sum(r["wall_s"] for r in runs), 1),
        "scenario_property": SCENARIO_PROPERTY,
        "scenario_property_examples": per_test[SCENARIO_PROPERTY]["passing"],
        "scenario_property_max_examples": per_test[SCENARIO_PROPERTY]["max_examples"],
        "valid_scenarios_estimated": sum(per_test.get(t, {}).get("passing", 0) for t in ESTIMATING_PROPERTIES),
        "examples_total": sum(v["passing"] for v in per_test.values()),
        "failing_examples": sum(v["failing"] for v in per_test.values()),
        "per_test": per_test,
        "tail": "\n".join(r["tail"] for r in runs if r["tail"]),
    }
