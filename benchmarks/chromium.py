"""Headless Chromium through Playwright, as every browser measurement uses it: cold contexts (a
fresh context of one browser) and warm ones (a persistent context relaunched on one user data
dir, so the disk cache is real), each recording what the page does from its first byte."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.common import SCENARIO_QUERY
from chromium_launch import CHROMIUM, CHROMIUM_ARGS

LIVE_TIMEOUT_MS = 120_000

# Recorded in every page from the first byte: paint entries and, on the page clock (ms since
# navigation start), each status stage and the moment the results turn live.
INIT_SCRIPT = """
(() => {
  const rec = { states: [], live: null, liveFrame: null, longtasks: [] };
  window.__rvfBench = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { /* no long task timing */ }
  const mo = new MutationObserver((records) => {
    for (const r of records) {
      const t = r.target;
      if (t.id === "rvf-status" && r.attributeName === "data-state") {
        rec.states.push([t.getAttribute("data-state"), performance.now()]);
      } else if (t.id === "rvf-results" && r.attributeName === "data-source"
                 && t.getAttribute("data-source") === "live" && rec.live === null) {
        rec.live = performance.now();
        requestAnimationFrame(() => setTimeout(() => { rec.liveFrame = performance.now(); }, 0));
      }
    }
  });
  mo.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-state", "data-source"] });
})();
"""

# True once the first live result has been painted (INIT_SCRIPT's record): an expression, and a
# function for wait_for_function.
LIVE_PAINTED = "window.__rvfBench && window.__rvfBench.liveFrame !== null"
LIVE_PAINTED_JS = f"() => {LIVE_PAINTED}"


class Browser:
    """Chromium through Playwright: cold contexts from one browser, warm ones from a profile dir."""

    def __init__(self, pw, base_url: str, wheel: str) -> None:  # type: ignore[no-untyped-def]
        self.pw = pw
        self.base_url = base_url
        self.wheel = wheel
        self.browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        self.external: list[str] = []
        self.errors: list[str] = []

    @property
    def version(self) -> str:
        return self.browser.version

    def close(self) -> None:
        self.browser.close()

    def _guard(self, context) -> None:  # type: ignore[no-untyped-def]
        # Record only: routing would turn the HTTP cache off.
        def on_request(request) -> None:  # type: ignore[no-untyped-def]
            host = urlsplit(request.url).hostname or ""
            if request.url.startswith(("http://", "https://")) and host not in ("127.0.0.1", "localhost"):
                self.external.append(request.url)

        context.on("request", on_request)
        context.on("weberror", lambda e: self.errors.append(f"{e.error.name}: {e.error.message}"))
        context.add_init_script(INIT_SCRIPT)

    def cold_context(self):  # type: ignore[no-untyped-def]
        context = self.browser.new_context()
        self._guard(context)
        return context

    def warm_context(self, profile: Path):  # type: ignore[no-untyped-def]
        context = self.pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        self._guard(context)
        return context

    def calculator_url(self) -> str:
        return f"{self.base_url}calculator/?queries_per_month={SCENARIO_QUERY}"

    def bare_url(self) -> str:
        return f"{self.base_url}__bench__/index.html?wheel={self.wheel}&q={SCENARIO_QUERY}"

    def warnings(self) -> list[str]:
        """What the run should report: requests that left localhost, errors in pages."""
        out = []
        if self.external:
            out.append(f"requests left localhost: {sorted(set(self.external))[:10]}")
        if self.errors:
            out.append(f"page errors: {self.errors[:10]}")
        return out
