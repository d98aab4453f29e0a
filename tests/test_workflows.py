"""The GitHub workflows: valid against GitHub's schema, clean under zizmor, least privilege.

Both linters run offline: ``check-jsonschema`` carries GitHub's workflow schema built in
(``vendor.github-workflows``) and ``zizmor --offline`` skips its online audits.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
WORKFLOWS = REPO / ".github" / "workflows"
CI = WORKFLOWS / "ci.yml"
PAGES = WORKFLOWS / "pages.yml"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def _tool(name: str) -> str:
    """Path of a console script from this interpreter's environment (else from PATH)."""
    here = Path(sys.executable).parent / name
    if here.is_file():
        return str(here)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (it is in requirements/test.txt)", pytrace=False)
    return found


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


def _load(path: Path) -> dict:
    # PyYAML reads the key `on` as the boolean True (YAML 1.1).
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if True in data:
        data["on"] = data.pop(True)
    return data


def _steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def test_workflows_match_githubs_schema() -> None:
    """check-jsonschema's built-in GitHub workflow schema accepts both workflows."""
    result = _run(_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(CI), str(PAGES))
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_of_medium_severity_or_more() -> None:
    """zizmor, offline, reports no finding of medium or high severity in either workflow."""
    result = _run(_tool("zizmor"), "--offline", "--no-progress", "--color=never", "--min-severity", "medium",
                  str(CI), str(PAGES))
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_check_can_fail(tmp_path: Path) -> None:
    """The same zizmor call fails on a workflow with an unpinned action and a template injection."""
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "name: bad\non: pull_request\npermissions: {}\njobs:\n  x:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - uses: actions/checkout@v4\n"
        '      - run: echo "${{ github.event.pull_request.title }}"\n',
        encoding="utf-8",
    )
    result = _run(_tool("zizmor"), "--offline", "--no-progress", "--color=never", "--min-severity", "medium",
                  str(bad))
    assert result.returncode != 0, result.stdout
    assert "unpinned-uses" in result.stdout and "template-injection" in result.stdout, result.stdout


def test_every_action_is_pinned_to_a_commit_with_its_version_noted() -> None:
    """Each `uses:` names a full 40-hex commit SHA and carries a `# vX.Y.Z` comment."""
    for path in (CI, PAGES):
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if re.match(r"\s*(- )?uses:", ln)]
        assert lines, f"{path.name} uses no actions"
        for line in lines:
            ref, _, comment = line.split("uses:", 1)[1].partition("#")
            assert PINNED.match(ref.strip()), f"{path.name}: not pinned to a commit: {line.strip()}"
            assert re.match(r"\s*v\d+(\.\d+)*\b", comment), f"{path.name}: no version comment: {line.strip()}"


def test_checkout_never_persists_credentials() -> None:
    """Every actions/checkout step sets persist-credentials: false."""
    for path in (CI, PAGES):
        checkouts = [s for s in _steps(_load(path)) if s.get("uses", "").startswith("actions/checkout@")]
        assert checkouts, f"{path.name} has no checkout"
        for step in checkouts:
            assert step.get("with", {}).get("persist-credentials") is False, path.name


def test_ci_runs_make_test_on_push_and_pull_request() -> None:
    """ci.yml triggers on push and pull_request, sets up Python 3.11 and Node 20, and runs `make test`."""
    wf = _load(CI)
    assert {"push", "pull_request"} <= set(wf["on"])
    steps = _steps(wf)
    py = [s for s in steps if s.get("uses", "").startswith("actions/setup-python@")]
    node = [s for s in steps if s.get("uses", "").startswith("actions/setup-node@")]
    assert py and str(py[0]["with"]["python-version"]) == "3.11"
    assert node and str(node[0]["with"]["node-version"]) == "20"
    assert any(s.get("run", "").strip() == "make test" for s in steps)
    assert wf["permissions"] == {"contents": "read"}


def test_pages_has_least_privilege_and_one_deployment_at_a_time() -> None:
    """pages.yml: no top-level permissions; build reads contents; deploy writes pages and id-token only."""
    wf = _load(PAGES)
    assert set(wf["on"]) == {"push", "workflow_dispatch"}
    assert wf["on"]["push"]["branches"] == ["main"]
    assert wf["permissions"] == {}
    assert wf["concurrency"]["group"] == "pages"
    jobs = wf["jobs"]
    assert jobs["build"]["permissions"] == {"contents": "read"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["deploy"]["needs"] == "build"


def test_pages_builds_for_the_pages_url() -> None:
    """The build step passes configure-pages' base_url plus '/' as SITE_URL, then uploads site/."""
    steps = _load(PAGES)["jobs"]["build"]["steps"]
    configure = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages@"))
    build = next(s for s in steps if "make build" in s.get("run", ""))
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert steps.index(configure) < steps.index(build) < steps.index(upload)
    env_name = next(k for k, v in build["env"].items() if v == "${{ steps.%s.outputs.base_url }}" % configure["id"])
    assert f'SITE_URL="${{{env_name}}}/"' in build["run"]
    assert upload["with"]["path"] == "site"
    deploy = _load(PAGES)["jobs"]["deploy"]["steps"]
    assert [s["uses"].split("@")[0] for s in deploy] == ["actions/deploy-pages"]
