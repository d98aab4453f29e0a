"""When the live calculator cannot start, the page says so in bounded time and keeps its numbers.

Three ways to fail: the wasm request aborted, the wasm request never answered (a stall: the
page's watchdog, ``data-stall-seconds`` on ``#rvf-calculator``, shortened here), and the
worker script missing (404). In each the status turns ``unavailable`` with the reason in words,
the pre-rendered default numbers stay, the export buttons stay disabled, and choosing a preset
still shows that preset's pre-rendered numbers.

Console errors: the guard fails a test on any console error. These tests provoke failed
requests on purpose, so each allows only the browser's own message for the one resource it
breaks (``allow_console_errors`` with a narrow pattern); any other console error still fails.
"""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Page, Route, expect

import calc
from calc_helpers import CALC_PATH, default_outputs, outputs_in_html, page_outputs
from calc.render import render_results

pytestmark = pytest.mark.browser

STALL_SECONDS = 3
# An aborted wasm is usually reported by the worker within a second ("Python could not start:
# TypeError: Failed to fetch"), but not always: when Pyodide has already attached its handler
# to the failed fetch it only logs "wasm instantiation failed!" and loadPyodide stays pending,
# so the stall watchdog is what ends it (seen about 1 run in 8). Either way is a bounded,
# explained failure; the abort test shortens the watchdog to ABORT_STALL_SECONDS for that case.
ABORT_STALL_SECONDS = 5
ABORT_REASON = re.compile(rf"Python could not start: .*Failed to fetch|made no progress for {ABORT_STALL_SECONDS} s")
# A failure the worker reports (404) must show well before the default 20 s watchdog; a stall
# shows after its watchdog plus the idle wait before the live start.
FAILURE_BOUND_S = 15
STALL_BOUND_S = STALL_SECONDS + 12
ABORT_BOUND_S = ABORT_STALL_SECONDS + 12
PRESET = "coding-assistant"


def shorten_watchdog(page: Page, seconds: int) -> None:
    """Set ``data-stall-seconds`` on ``#rvf-calculator`` before the glue starts the worker.

    The glue reads it when the live start begins (once the page is idle), which is after
    DOMContentLoaded, so setting it there is early enough.
    """
    page.add_init_script(
        "document.addEventListener('DOMContentLoaded', () => {"
        f" const root = document.getElementById('rvf-calculator'); if (root) root.dataset.stallSeconds = '{seconds}';"
        " });"
    )


def assert_unavailable_keeps_numbers(page: Page, started: float, bound: float, why: str | re.Pattern[str]) -> None:
    """Status unavailable within ``bound`` seconds naming ``why``; the pre-rendered numbers stay."""
    status = page.locator("#rvf-status")
    expect(status, "the page never said the live calculator is unavailable").to_have_attribute(
        "data-state", "unavailable", timeout=int(bound * 1000)
    )
    elapsed = time.monotonic() - started
    assert elapsed <= bound, f"unavailable only after {elapsed:.1f} s (bound {bound} s)"
    text = page.locator(".rvf-status-text")
    expect(text, "the status does not say the calculator is unavailable").to_contain_text("unavailable")
    expect(text, "the status does not say why").to_contain_text(why)
    expect(status, "the status must stay a polite live region").to_have_attribute("role", "status")
    results = page.locator("#rvf-results")
    expect(results, "results are no longer the pre-rendered ones").to_have_attribute("data-source", "prerendered")
    assert page_outputs(page) == default_outputs(), "the pre-rendered default numbers changed"
    for button in ("#rvf-copy-link", "#rvf-copy-md", "#rvf-dl-csv", "#rvf-dl-json"):
        expect(page.locator(button), f"{button} enabled without a live result").to_be_disabled()
    # The presets' numbers are still there to pick.
    page.locator("#rvf-preset").select_option(PRESET)
    expect(results, "choosing a preset did not show its pre-rendered numbers").to_have_attribute("data-preset", PRESET)
    want = outputs_in_html(render_results(calc.estimate(calc.build_scenario([("preset", PRESET)]))))
    assert page_outputs(page) == want, "the preset's pre-rendered numbers differ from CPython's"
    expect(status, "a preset change revived a dead calculator").to_have_attribute("data-state", "unavailable")


@pytest.mark.allow_console_errors(r"^Failed to load resource: net::ERR_FAILED$")
def test_aborted_wasm(page: Page) -> None:
    """An aborted pyodide.asm.wasm request: unavailable in bounded time, with the reason, numbers kept."""
    page.route("**/*.wasm", lambda route: route.abort("failed"))
    shorten_watchdog(page, ABORT_STALL_SECONDS)
    started = time.monotonic()
    page.goto(CALC_PATH)
    assert_unavailable_keeps_numbers(page, started, ABORT_BOUND_S, ABORT_REASON)


def test_wasm_never_answered(page: Page) -> None:
    """A wasm request that never gets an answer trips the stall watchdog; numbers kept."""
    held: list[Route] = []
    page.route("**/*.wasm", lambda route: held.append(route))  # never fulfilled, aborted or continued
    shorten_watchdog(page, STALL_SECONDS)
    started = time.monotonic()
    page.goto(CALC_PATH)
    assert_unavailable_keeps_numbers(page, started, STALL_BOUND_S, f"made no progress for {STALL_SECONDS} s")
    assert held, "the wasm request was never made, so nothing stalled"


@pytest.mark.allow_console_errors(r"^Failed to load resource: the server responded with a status of 404")
def test_worker_script_missing(page: Page) -> None:
    """A worker script that 404s: unavailable quickly, naming the worker script, numbers kept."""
    page.route("**/worker.mjs?*", lambda route: route.fulfill(status=404, content_type="text/plain", body="not found"))
    started = time.monotonic()
    page.goto(CALC_PATH)
    assert_unavailable_keeps_numbers(page, started, FAILURE_BOUND_S, "worker script failed to load")


# --- what the failure message says, and how soon a stall is reported ---------------------------------


@pytest.mark.allow_console_errors(r"^Failed to load resource: net::ERR_FAILED$")
def test_failure_names_the_file_and_says_what_to_do(page: Page) -> None:
    """An aborted wasm: the message names pyodide.asm.wasm, says the numbers are pre-computed and
    what the reader can do."""
    page.route("**/*.wasm", lambda route: route.abort("failed"))
    shorten_watchdog(page, ABORT_STALL_SECONDS)
    page.goto(CALC_PATH)
    text = page.locator(".rvf-status-text")
    expect(text).to_contain_text("unavailable", timeout=int(ABORT_BOUND_S * 1000))
    expect(text).to_contain_text(re.compile(r"pyodide\.asm\.wasm"))
    expect(text).to_contain_text("pre-computed")
    expect(text).to_contain_text("Reload the page")
    expect(text).to_contain_text("python -m calc estimate")


def test_a_stall_is_reported_within_ten_seconds_by_default(page: Page) -> None:
    """The page's watchdog is 10 s unless a test shortens it; a wasm request that never answers is
    reported as a stall naming the files the stage waits for, and the numbers stay."""
    held: list[Route] = []
    page.route("**/*.wasm", lambda route: held.append(route))
    page.goto(CALC_PATH)
    expect(page.locator("#rvf-calculator")).to_have_attribute("data-stall-seconds", "10")
    status = page.locator("#rvf-status")
    # Ten seconds of no progress, after the idle wait before the live start.
    expect(status).to_have_attribute("data-state", "unavailable", timeout=25_000)
    text = page.locator(".rvf-status-text")
    expect(text).to_contain_text("made no progress for 10 s")
    expect(text).to_contain_text("pyodide.asm.wasm")
    assert page_outputs(page) == default_outputs()
    assert held
