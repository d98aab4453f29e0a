"""The calculator worker: Pyodide boots from the site's own files and answers like CPython.

Uses the test-only page tests/browser/fixtures/worker_demo.html (served at
/__fixtures__/worker_demo.html next to the built site), which runs the site's
calculator.js and worker.mjs with the wheel the site ships.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, Route, expect

REPO = Path(__file__).resolve().parents[2]
READY_TIMEOUT_MS = 60_000
REQUESTS = [
    json.dumps({"type": "ping"}),
    json.dumps({"type": "estimate", "params": []}),
    json.dumps({"type": "estimate", "params": [["queries_per_month", "250000"], ["months", "24"]]}),
    json.dumps({"type": "estimate", "params": [["queries_per_month", "-5"]]}),
    json.dumps({"type": "estimate", "params": [["months", "NaN"], ["nonsense", "<script>x</script>"]]}),
]


def wheel_name(site_root: Path) -> str:
    """Path of the one calc wheel in the built site, relative to assets/calculator/."""
    base = site_root / "assets" / "calculator"
    wheels = sorted(base.rglob("calc-*-py3-none-any.whl"))
    assert len(wheels) == 1, f"expected one calc wheel under {base}, found {wheels}"
    return wheels[0].relative_to(base).as_posix()


def cpython_handle():  # type: ignore[no-untyped-def]
    """calc.browser.handle from the checkout (or an installed calc), run by CPython."""
    if str(REPO) not in sys.path:
        sys.path.append(str(REPO))
    from calc.browser import handle

    return handle


def demo_url(site_root: Path, **query: str) -> str:
    """URL of the worker demo page with the site's wheel and the given query options."""
    params = {"wheel": wheel_name(site_root), **query}
    return "__fixtures__/worker_demo.html?" + "&".join(f"{k}={v}" for k, v in params.items())


def test_worker_boots_and_matches_cpython(page: Page, site_server) -> None:  # type: ignore[no-untyped-def]
    """The worker reaches "ready" through every stage and each response string equals CPython's."""
    page.goto(demo_url(site_server.root))
    expect(page.locator("#rvf-demo"), "worker never became ready").to_have_attribute(
        "data-state", "ready", timeout=READY_TIMEOUT_MS
    )
    stages = [s["stage"] for s in page.evaluate("window.rvfDemo.stages")]
    assert stages[-1] == "ready", stages
    for expected in ("downloading", "starting", "installing"):
        assert expected in stages, f"stage {expected} never reported: {stages}"
    assert page.evaluate("window.rvfDemo.chartOk") is True, "Chart.js did not construct under the CSP"
    handle = cpython_handle()
    for request in REQUESTS:
        in_browser = page.evaluate("(r) => window.rvfDemo.live.callRaw(r)", request)
        assert in_browser == handle(request), f"Pyodide and CPython differ for {request}"


def test_form_call_shows_response(page: Page, site_server) -> None:  # type: ignore[no-untyped-def]
    """Submitting the demo form runs an estimate in the worker and shows its JSON."""
    page.goto(demo_url(site_server.root))
    expect(page.locator("#rvf-demo")).to_have_attribute("data-state", "ready", timeout=READY_TIMEOUT_MS)
    page.get_by_role("button", name="Compute").click()
    expect(page.locator("#rvf-demo-out"), "no response shown").to_contain_text('"ok"')


@pytest.mark.allow_console_errors(r"404", r"Failed to load resource")
def test_missing_worker_script_is_unavailable(page: Page, site_server) -> None:  # type: ignore[no-untyped-def]
    """A worker script that 404s makes the client report unavailable, well before the stage timeout."""
    page.goto(demo_url(site_server.root, worker="../assets/calculator/missing-worker.mjs", timeout="30"))
    expect(page.locator("#rvf-demo")).to_have_attribute("data-state", "unavailable", timeout=10_000)
    expect(page.locator("#rvf-demo-reason")).to_contain_text("worker script failed to load")
    expect(page.get_by_role("status")).to_have_text("Live calculator unavailable")


@pytest.mark.allow_console_errors(r"wasm|WebAssembly|Failed to load resource|fetch|ERR_FAILED", r"Python")
def test_aborted_wasm_is_unavailable(page: Page, site_server) -> None:  # type: ignore[no-untyped-def]
    """An aborted pyodide.asm.wasm request ends in unavailable (worker failure or stage watchdog)."""
    page.route("**/pyodide.asm.wasm", lambda route: route.abort("failed"))
    page.goto(demo_url(site_server.root, timeout="5"))
    expect(page.locator("#rvf-demo")).to_have_attribute("data-state", "unavailable", timeout=15_000)
    expect(page.locator("#rvf-demo-reason")).not_to_be_empty()


def test_unanswered_wasm_is_unavailable(page: Page, site_server) -> None:  # type: ignore[no-untyped-def]
    """A pyodide.asm.wasm request that is never answered trips the stage watchdog."""
    held: list[Route] = []
    page.route("**/pyodide.asm.wasm", lambda route: held.append(route))
    page.goto(demo_url(site_server.root, timeout="3"))
    expect(page.locator("#rvf-demo")).to_have_attribute("data-state", "unavailable", timeout=10_000)
    expect(page.locator("#rvf-demo-reason")).to_contain_text("made no progress for 3 s")
    assert held, "the wasm request was never made"


def test_requests_from_worker_stay_local(page: Page, site_server, browser_guard) -> None:  # type: ignore[no-untyped-def]
    """Every request the page and its worker make during boot goes to the local server."""
    seen: list[str] = []
    page.context.on("request", lambda request: seen.append(request.url))
    page.goto(demo_url(site_server.root))
    expect(page.locator("#rvf-demo")).to_have_attribute("data-state", "ready", timeout=READY_TIMEOUT_MS)
    assert any(url.endswith("pyodide.asm.wasm") for url in seen), "worker requests were not observed"
    assert not browser_guard.external_requests


def test_wheel_exists_in_site(site_server) -> None:  # type: ignore[no-untyped-def]
    """The built site ships exactly one calc wheel next to the calculator scripts, and Pyodide's core."""
    assert Path(wheel_name(site_server.root)).name.startswith("calc-")
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        assert (site_server.root / "assets" / "vendor" / "pyodide" / name).is_file(), name


def test_bare_baseline_page_boots(page: Page, site_server) -> None:  # type: ignore[no-untyped-def]
    """The benchmark baseline page boots the same worker and records its ready time."""
    page.goto(f"__fixtures__/worker_bare.html?wheel={wheel_name(site_server.root)}")
    expect(page.get_by_role("status")).to_have_text("ready", timeout=READY_TIMEOUT_MS)
    assert int(page.locator("html").get_attribute("data-ready-ms") or "0") > 0


def test_worker_started_by_its_url_boots(page: Page, site_server) -> None:  # type: ignore[no-untyped-def]
    """worker.mjs?wheel=<file name>, the one way the worker starts, goes through every stage to ready."""
    name = Path(wheel_name(site_server.root)).name
    page.goto(f"__fixtures__/worker_bare.html?start=url&name={name}")
    expect(page.get_by_role("status")).to_have_text("ready", timeout=READY_TIMEOUT_MS)
    assert page.evaluate("window.rvfBareStages") == ["downloading", "starting", "installing", "ready"]


@pytest.mark.parametrize(
    "name",
    ["../wheel/calc-1.0.0-py3-none-any.whl", "calc-1.0.0-py3-none-any.whl%3Fx%3D1", "https%3A%2F%2Fexample.com%2Fcalc-1-py3-none-any.whl", "evil.whl", ""],
    ids=["path", "query", "other-origin", "not-calc", "empty"],
)
def test_worker_refuses_a_wheel_name_that_is_not_a_file_name(page: Page, site_server, name: str) -> None:  # type: ignore[no-untyped-def]
    """A ?wheel= that is not a bare calc wheel file name fails the boot, naming the parameter; nothing is fetched."""
    fetched: list[str] = []
    page.context.on("request", lambda request: fetched.append(request.url))
    page.goto(f"__fixtures__/worker_bare.html?start=url&name={name}")
    expect(page.get_by_role("status")).to_contain_text("failed: ValueError: the worker's wheel parameter", timeout=10_000)
    boot_files = [u for u in fetched if "/assets/vendor/pyodide/" in u or "/assets/calculator/wheel/" in u]
    assert not boot_files, f"the worker fetched despite the bad name: {boot_files}"


@pytest.mark.allow_console_errors(r"404", r"Failed to load resource")
def test_missing_wheel_is_unavailable_with_its_reason(page: Page, site_server) -> None:  # type: ignore[no-untyped-def]
    """A wheel that answers 404 ends the boot as unavailable, saying the wheel could not be downloaded."""
    page.route("**/assets/calculator/wheel/*.whl", lambda route: route.fulfill(status=404, body="not found"))
    page.goto(demo_url(site_server.root, timeout="30"))
    expect(page.locator("#rvf-demo")).to_have_attribute("data-state", "unavailable", timeout=READY_TIMEOUT_MS)
    expect(page.locator("#rvf-demo-reason")).to_contain_text("wheel could not be downloaded (HTTP 404)")


def _site_lock(site_root: Path) -> dict:
    """The site's Pyodide lock file (make wheel writes it), parsed."""
    return json.loads((site_root / "assets" / "vendor" / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))


@pytest.mark.allow_console_errors(r"lock file")
def test_lock_file_naming_another_wheel_is_refused(page: Page, site_server) -> None:  # type: ignore[no-untyped-def]
    """A lock file whose calc entry is not the wheel the worker was started with fails the boot; no wheel is fetched."""
    lock = _site_lock(site_server.root)
    lock["packages"]["calc"]["file_name"] = "calc-9.9.9-py3-none-any.whl"
    page.route("**/assets/vendor/pyodide/pyodide-lock.json", lambda route: route.fulfill(json=lock))
    fetched: list[str] = []
    page.context.on("request", lambda request: fetched.append(request.url))
    page.goto(demo_url(site_server.root, timeout="30"))
    expect(page.locator("#rvf-demo")).to_have_attribute("data-state", "unavailable", timeout=READY_TIMEOUT_MS)
    expect(page.locator("#rvf-demo-reason")).to_contain_text("lock file does not list")
    assert not [u for u in fetched if "/assets/calculator/wheel/" in u], fetched


@pytest.mark.allow_console_errors(r"integrity|sha256|Failed to load|fetch|calc")
def test_wheel_not_matching_the_lock_files_sha256_is_unavailable(page: Page, site_server) -> None:  # type: ignore[no-untyped-def]
    """A lock file whose sha256 is not the wheel's: Pyodide refuses the download and the boot says it could not install it."""
    lock = _site_lock(site_server.root)
    lock["packages"]["calc"]["sha256"] = "0" * 64
    page.route("**/assets/vendor/pyodide/pyodide-lock.json", lambda route: route.fulfill(json=lock))
    page.goto(demo_url(site_server.root, timeout="30"))
    expect(page.locator("#rvf-demo")).to_have_attribute("data-state", "unavailable", timeout=READY_TIMEOUT_MS)
    expect(page.locator("#rvf-demo-reason")).to_contain_text("wheel could not be installed")
