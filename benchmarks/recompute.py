"""Recompute latency: once the calculator is live, a change event on a field to the updated
``data-value`` of an output in the page (p50 and p95 over the changes), and to the next frame."""

from __future__ import annotations

from benchmarks.chromium import LIVE_PAINTED_JS, LIVE_TIMEOUT_MS, Browser
from benchmarks.common import log, percentile, summary

FIELDS = ("queries_per_month", "prompt_tokens", "output_tokens", "months")
OUTPUT = "rag.tco"  # the output whose data-value each change must update

# Sets a field, fires its change event, and resolves with the time to the output's new value
# in the page (dom) and to the frame after it (frame).
RECOMPUTE_JS = """
async ({ field, value, output }) => {
  const el = document.getElementById("rvf-f-" + field);
  const body = document.getElementById("rvf-results-body");
  const read = () => {
    const o = body.querySelector(`[data-output="${output}"]`);
    return o ? o.getAttribute("data-value") : null;
  };
  const before = read();
  return await new Promise((resolve, reject) => {
    let t0 = 0;
    const timer = setTimeout(() => { obs.disconnect(); reject(new Error(`no update of ${output} after ${field}=${value}`)); }, 15000);
    const obs = new MutationObserver(() => {
      const now = read();
      if (now === null || now === before) return;
      const t1 = performance.now();
      obs.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve({ dom: t1 - t0, frame: performance.now() - t0, before, after: now }), 0));
    });
    obs.observe(body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-value"] });
    el.value = String(value);
    t0 = performance.now();
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
}
"""


def change_plan(changes: int) -> list[tuple[str, int]]:
    """The changes, in order: the fields in turn, each to a value other than the one it holds."""
    plan = []
    for i in range(changes):
        field = FIELDS[i % len(FIELDS)]
        value = {
            "queries_per_month": 150_000 + 7_919 * i,
            "prompt_tokens": 400 + 13 * i,
            "output_tokens": 200 + 7 * i,
            "months": 12 + (i // 4) % 24 + 1,
        }[field]
        plan.append((field, value))
    return plan


def recompute_series(br: Browser, changes: int) -> dict:
    log(f"recompute: {changes} changes")
    context = br.cold_context()
    dom: list[float] = []
    frame: list[float] = []
    try:
        page = context.new_page()
        page.goto(br.calculator_url(), wait_until="commit")
        page.wait_for_function(LIVE_PAINTED_JS, timeout=LIVE_TIMEOUT_MS)
        page.wait_for_timeout(500)  # let the first live render and its chart settle
        for field, value in change_plan(changes):
            res = page.evaluate(RECOMPUTE_JS, {"field": field, "value": value, "output": OUTPUT})
            dom.append(res["dom"])
            frame.append(res["frame"])
            page.wait_for_timeout(60)
    finally:
        context.close()
    return {
        "recompute.p50": summary([percentile(dom, 50)], "ms", "Recompute, change event to updated data-value, p50", changes=len(dom)),
        "recompute.p95": summary([percentile(dom, 95)], "ms", "Recompute, change event to updated data-value, p95", changes=len(dom)),
        "recompute.all": summary(dom, "ms", "Recompute, every change (change event to updated data-value)"),
        "recompute.frame_p95": summary([percentile(frame, 95)], "ms", "Recompute to the next frame (chart redrawn), p95", changes=len(frame)),
    }


# Sets a field, fires its change event, and resolves with the time to the uncertainty section's
# live fragment for the new values (the stale marker gone and the fragment replaced).
UNCERTAINTY_JS = """
async ({ field, value }) => {
  const el = document.getElementById("rvf-f-" + field);
  const body = document.getElementById("rvf-uncertainty-body");
  return await new Promise((resolve, reject) => {
    let t0 = 0;
    let sawStale = false;
    const timer = setTimeout(() => { obs.disconnect(); reject(new Error(`no new bands after ${field}=${value}`)); }, 60000);
    const obs = new MutationObserver(() => {
      if (body.classList.contains("rvf-stale")) { sawStale = true; return; }
      if (!sawStale || body.dataset.source !== "live") return;
      const t1 = performance.now();
      obs.disconnect();
      clearTimeout(timer);
      resolve({ ms: t1 - t0 });
    });
    obs.observe(body, { subtree: true, childList: true, attributes: true });
    el.value = String(value);
    t0 = performance.now();
    el.dispatchEvent(new Event("change", { bubbles: true }));
  });
}
"""


def uncertainty_series(br: Browser, changes: int) -> dict:
    """From a change to the updated uncertainty bands (2,000 draws and every driver, in the second worker)."""
    log(f"uncertainty: {changes} changes")
    context = br.cold_context()
    times: list[float] = []
    try:
        page = context.new_page()
        page.goto(br.calculator_url(), wait_until="commit")
        page.wait_for_function(LIVE_PAINTED_JS, timeout=LIVE_TIMEOUT_MS)
        # The first run boots the second worker: wait for it, then time the changes.
        page.wait_for_function("() => document.getElementById('rvf-uncertainty-body').dataset.source === 'live'",
                               timeout=LIVE_TIMEOUT_MS)
        for field, value in change_plan(changes):
            times.append(page.evaluate(UNCERTAINTY_JS, {"field": field, "value": value})["ms"])
            page.wait_for_timeout(60)
    finally:
        context.close()
    return {
        "uncertainty.p50": summary([percentile(times, 50)], "ms", "Uncertainty, change event to updated bands, p50",
                                   changes=len(times)),
        "uncertainty.p95": summary([percentile(times, 95)], "ms", "Uncertainty, change event to updated bands, p95",
                                   changes=len(times)),
    }
