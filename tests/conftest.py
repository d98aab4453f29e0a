"""Shared test configuration: Hypothesis profiles, and the browser-test fixtures.

HYPOTHESIS_PROFILE=ci (the default) runs about 200 examples per property; HYPOTHESIS_PROFILE=bench
(used by ``make bench``) runs 10,000. Neither has a deadline: an estimate runs a break-even search.

Browser tests (``tests/browser/``, and ``tests/site/`` tests marked ``browser``) share one
session-wide static server, so their fixtures live here rather than in ``tests/browser/``:

- Debian's Chromium (``/usr/bin/chromium``, or ``RVF_CHROMIUM``): Playwright's own
  browser download cannot work on this machine.
- ``site_server`` serves the built site (``RVF_SITE_DIR``, default ``<repo>/site``) on
  127.0.0.1:``RVF_PORT`` (default 8765; ``0`` picks a free port). Build the site for
  that URL (``site_url: http://127.0.0.1:8765/``): Material turns instant navigation off
  when the served port differs from ``site_url``'s. Test-only pages in
  ``tests/browser/fixtures/`` are served under ``/__fixtures__/`` on the same origin.
- Every test marked ``browser`` is guarded: a request to any host but 127.0.0.1/localhost is
  aborted and fails the test; so does any console error (page or worker) or uncaught page
  error. A test that provokes errors on purpose lists them with
  ``@pytest.mark.allow_console_errors(r"regex", ...)``. Contexts a test creates itself
  are guarded with ``browser_guard.attach(context)``.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).resolve().parent / "browser"))
from chromium_launch import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from static_server import StaticServer, port_is_free  # noqa: E402

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "bench", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# --- browser tests: Chromium, the static server, the guard -------------------------------

REPO = Path(__file__).resolve().parents[1]
BROWSER_FIXTURES = Path(__file__).resolve().parent / "browser" / "fixtures"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def site_dir() -> Path:
    """Directory of the built site under test."""
    return Path(os.environ.get("RVF_SITE_DIR") or REPO / "site").resolve()


def site_port() -> int:
    """Port the site is served on (and built for)."""
    return int(os.environ.get("RVF_PORT", "8765"))


def pytest_configure(config: pytest.Config) -> None:
    """Register the browser tests' marker."""
    config.addinivalue_line(
        "markers",
        "allow_console_errors(*patterns): console errors matching any regex do not fail the test",
    )


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch the system Chromium with a quiet, offline-friendly set of flags."""
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install Debian's `chromium` package "
            "(`make test` does) or set RVF_CHROMIUM",
            pytrace=False,
        )
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def site_server() -> Iterator[StaticServer]:
    """Serve the built site on 127.0.0.1 for the whole session."""
    root = site_dir()
    if not (root / "index.html").is_file():
        pytest.fail(
            f"built site not found: {root / 'index.html'} does not exist. Run `make build` first "
            "(or point RVF_SITE_DIR at a built site).",
            pytrace=False,
        )
    port = site_port()
    if port and not port_is_free(port):
        pytest.fail(
            f"port {port} on 127.0.0.1 is in use: stop whatever holds it, or set RVF_PORT "
            "(and build the site for that port, since instant navigation needs site_url's port)",
            pytrace=False,
        )
    server = StaticServer(root, port, mounts={"/__fixtures__/": BROWSER_FIXTURES}).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def site_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """calc's wheel as the site ships it (with Pyodide bytecode): RVF_WHEEL if set, else built from this checkout."""
    if os.environ.get("RVF_WHEEL"):
        return Path(os.environ["RVF_WHEEL"]).resolve()
    import subprocess  # noqa: PLC0415

    outdir = tmp_path_factory.mktemp("wheel")
    script = Path(__file__).resolve().parent.parent / "scripts" / "build_wheel.py"
    proc = subprocess.run(
        [sys.executable, str(script), "--pyodide-bytecode", "--outdir", str(outdir)], capture_output=True, text=True
    )
    assert proc.returncode == 0, f"wheel build failed:\n{proc.stdout}\n{proc.stderr}"
    (built,) = outdir.glob("calc-*-py3-none-any.whl")
    return built


@pytest.fixture(scope="session")
def base_url(site_server: StaticServer) -> str:
    """Base URL of the served site, with a trailing slash; page.goto("calculator/") works."""
    return site_server.url


class BrowserGuard:
    """Records requests leaving localhost, console errors and uncaught page errors."""

    def __init__(self, allowed_console: list[re.Pattern[str]]) -> None:
        self.allowed_console = allowed_console
        self.external_requests: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.contexts: list = []

    def attach(self, context, *, route: bool = True):  # type: ignore[no-untyped-def]
        """Guard ``context``. ``route=False`` only records (routing disables the HTTP cache)."""
        self.contexts.append(context)
        if route:
            context.route("**/*", self._route)
        else:
            context.on("request", self._on_request)
        context.on("console", self._on_console)
        context.on("weberror", self._on_weberror)
        return context

    @staticmethod
    def _is_local(url: str) -> bool:
        if url.startswith(("data:", "blob:", "about:")):
            return True
        return (urlsplit(url).hostname or "") in LOCAL_HOSTS

    def _route(self, route) -> None:  # type: ignore[no-untyped-def]
        url = route.request.url
        if self._is_local(url):
            route.fallback()
        else:
            self.external_requests.append(url)
            route.abort("blockedbyclient")

    def _on_request(self, request) -> None:  # type: ignore[no-untyped-def]
        if not self._is_local(request.url):
            self.external_requests.append(request.url)

    def _on_console(self, message) -> None:  # type: ignore[no-untyped-def]
        if message.type != "error":
            return
        text = message.text
        if any(p.search(text) for p in self.allowed_console):
            return
        where = message.location.get("url", "") if isinstance(message.location, dict) else ""
        origin = "worker" if getattr(message, "worker", None) else "page"
        self.console_errors.append(f"[{origin}] {text} ({where})")

    def _on_weberror(self, web_error) -> None:  # type: ignore[no-untyped-def]
        err = web_error.error
        self.page_errors.append(f"{err.name}: {err.message}")

    def flush(self) -> None:
        """Round-trip to every open page so pending browser events are delivered."""
        for context in self.contexts:
            try:
                pages = list(context.pages)
            except Exception:  # noqa: BLE001 - a closed context has nothing to flush
                continue
            for page in pages:
                try:
                    page.evaluate("0")
                except Exception:  # noqa: BLE001 - closed or navigating pages are fine
                    pass

    def problems(self) -> list[str]:
        """Everything that should fail the test, as readable lines."""
        out = [f"request left localhost (aborted): {u}" for u in self.external_requests]
        out += [f"console error: {t}" for t in self.console_errors]
        out += [f"page error: {t}" for t in self.page_errors]
        return out


@pytest.fixture
def browser_guard(request: pytest.FixtureRequest, context) -> BrowserGuard:  # type: ignore[no-untyped-def]
    """The guard of this test; the default ``context`` is already attached."""
    patterns: list[re.Pattern[str]] = []
    for marker in request.node.iter_markers("allow_console_errors"):
        patterns += [re.compile(p) for p in marker.args]
    guard = BrowserGuard(patterns)
    guard.attach(context)
    return guard


@pytest.fixture(autouse=True)
def _guard_every_test(request: pytest.FixtureRequest) -> BrowserGuard | None:
    """Attach the guard to every test marked ``browser`` (checked after the test body)."""
    if request.node.get_closest_marker("browser") is None:
        return None
    return request.getfixturevalue("browser_guard")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Fail a passing test when its guard saw external requests or errors."""
    result = yield
    funcargs = getattr(item, "funcargs", {})
    # The autouse fixture requests the guard dynamically, so it is found under its own name.
    guard = funcargs.get("browser_guard") or funcargs.get("_guard_every_test")
    if isinstance(guard, BrowserGuard):
        guard.flush()
        problems = guard.problems()
        if problems:
            raise AssertionError("browser guard:\n  " + "\n  ".join(problems))
    return result
