"""MkDocs hook: a Content-Security-Policy ``<meta>`` tag on every page.

GitHub Pages sets no response headers, so the policy travels in the page itself, as the first
element of ``<head>`` (a ``<meta>`` policy only governs what comes after it in the document).

The policy (see ``policy()``)::

    default-src 'none'; script-src 'self' 'sha256-...' ...; style-src 'self';
    img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self';
    base-uri 'none'; form-action 'none'; object-src 'none'

plus ``'wasm-unsafe-eval'`` in ``script-src`` on the calculator page only. Why each part:

- ``script-src``: the site's own files, and a hash for each inline script Material writes
  (the ``__md_scope``/``__md_get`` helpers, whose text varies with the page's depth, the palette
  restore, the content-tab anchor fix). Hashes are taken from the final HTML.
- Instant navigation: Material swaps pages without a new document. It appends the next page's
  ``<head>`` elements that differ from the current ones (so the next page's CSP meta joins the
  document, and Chromium enforces it on top of the first one: policies only ever accumulate),
  and it re-creates every ``<script>`` of the new page's content so that it runs. A script of
  page B therefore runs under page A's policy too. So every page lists the hashes of the inline
  scripts of *every* page (the union, computed in ``on_post_build`` once all pages are written):
  whichever page a visit starts on, every later page's scripts are allowed.
- ``'wasm-unsafe-eval'`` (never ``'unsafe-eval'``) only where Pyodide runs: the calculator page.
  Pyodide runs in a module worker loaded from a same-origin URL, and such a worker is governed by
  its own response's policy (none), not the page's; the keyword is kept on the calculator page
  for browsers that still apply the owner document's policy to its workers. No other page
  compiles WebAssembly.
- ``style-src 'self'`` without ``'unsafe-inline'``: the built pages carry no ``<style>`` element
  and no ``style=`` attribute (a build check, ``tests/test_csp.py``, keeps it that way), and the
  scripts (Material, chart.js, the calculator) only set styles through the CSSOM
  (``el.style.x = ...``, ``style.setProperty``), which CSP does not restrict. The browser test
  (``tests/browser/test_csp_browser.py``) records any violation.
- ``img-src 'self' data:``: Material's stylesheet draws its icons from ``data:`` SVG URLs.
- ``connect-src 'self'``: instant navigation fetches pages and ``sitemap.xml``; the search
  worker fetches the index under its own (empty) policy.
- ``worker-src 'self'``: Material's search worker and the calculator's module worker, both
  plain same-origin URLs (no ``blob:`` worker).
- ``frame-ancestors`` is ignored in a ``<meta>`` policy, so it is left out; ``report-uri``
  likewise.

Under ``mkdocs serve`` no policy is written: the dev server injects an inline live-reload script
whose text changes with every request, which no build-time hash can allow. ``make serve`` serves
the built site, policy included, as GitHub Pages will.

Standard library only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.csp")

# The page that runs Pyodide, as a path of the built site relative to site_dir.
CALCULATOR_PAGE = "calculator/index.html"

# <script type> values a browser executes (HTML's "JavaScript MIME type essence match",
# "module", and the two JSON-but-script-src-governed types). Anything else is a data block.
EXECUTABLE_TYPES = frozenset(
    {
        "",
        "module",
        "importmap",
        "speculationrules",
        "application/ecmascript",
        "application/javascript",
        "application/x-ecmascript",
        "application/x-javascript",
        "text/ecmascript",
        "text/javascript",
        "text/javascript1.0",
        "text/javascript1.1",
        "text/javascript1.2",
        "text/javascript1.3",
        "text/javascript1.4",
        "text/javascript1.5",
        "text/jscript",
        "text/livescript",
        "text/x-ecmascript",
        "text/x-javascript",
    }
)

BASE_DIRECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("default-src", ("'none'",)),
    ("script-src", ("'self'",)),
    ("style-src", ("'self'",)),
    ("img-src", ("'self'", "data:")),
    ("font-src", ("'self'",)),
    ("connect-src", ("'self'",)),
    ("worker-src", ("'self'",)),
    ("base-uri", ("'none'",)),
    ("form-action", ("'none'",)),
    ("object-src", ("'none'",)),
)

META_RE = re.compile(
    r'\n?<meta http-equiv="Content-Security-Policy" content="[^"]*">', re.IGNORECASE
)
HEAD_RE = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
# A <meta charset> right at the start of <head> stays first: the encoding must be declared in
# the first 1024 bytes, and a policy with a dozen hashes would push it out of them.
CHARSET_RE = re.compile(r"\s*<meta charset=\"?[\w-]+\"?\s*/?>", re.IGNORECASE)


class _Scripts(HTMLParser):
    """Collect ``(attributes, raw text)`` of every ``<script>`` element, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._attrs: dict[str, str | None] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._attrs = dict(attrs)
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._attrs is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._attrs is not None:
            self.scripts.append((self._attrs, "".join(self._text)))
            self._attrs = None


def scripts(page_html: str) -> list[tuple[dict[str, str | None], str]]:
    """Every ``<script>`` of a page as ``(attributes, raw text)``."""
    parser = _Scripts()
    parser.feed(page_html)
    parser.close()
    return parser.scripts


def is_executable(attrs: dict[str, str | None]) -> bool:
    """True when a browser runs a ``<script>`` with these attributes (not a data block)."""
    return (attrs.get("type") or "").strip().lower() in EXECUTABLE_TYPES


def source_hash(text: str) -> str:
    """CSP source expression for an inline script's text: ``'sha256-<base64>'``."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_hashes(page_html: str) -> list[str]:
    """Hashes of the page's executable inline scripts, sorted, without duplicates."""
    found = {
        source_hash(text)
        for attrs, text in scripts(page_html)
        if "src" not in attrs and is_executable(attrs)
    }
    return sorted(found)


def policy(hashes: list[str] | set[str], *, wasm: bool) -> str:
    """The policy string for a page given its allowed script hashes."""
    parts = []
    for name, sources in BASE_DIRECTIVES:
        values = list(sources)
        if name == "script-src":
            if wasm:
                values.append("'wasm-unsafe-eval'")
            values += sorted(set(hashes))
        parts.append(name + " " + " ".join(values))
    return "; ".join(parts)


def meta_tag(csp: str) -> str:
    """The ``<meta>`` element that carries ``csp``."""
    content = html.escape(csp, quote=False).replace('"', "&quot;")
    return f'<meta http-equiv="Content-Security-Policy" content="{content}">'


def insert_policy(page_html: str, csp: str) -> str:
    """Put (or replace) the policy meta tag first in ``<head>`` (after a leading ``<meta charset>``)."""
    without = META_RE.sub("", page_html)
    match = HEAD_RE.search(without)
    if match is None:
        raise ValueError("page has no <head> element to carry the Content-Security-Policy")
    at = match.end()
    charset = CHARSET_RE.match(without, at)
    if charset is not None:
        at = charset.end()
    return without[:at] + "\n" + meta_tag(csp) + without[at:]


def _wasm(dest: str) -> bool:
    return dest.replace("\\", "/") == CALCULATOR_PAGE


# --- MkDocs events -------------------------------------------------------------------------------

_SERVING = False


def on_startup(command: str, dirty: bool) -> None:
    """Remember whether this is ``mkdocs serve`` (see the module docstring)."""
    global _SERVING
    _SERVING = command == "serve"
    if _SERVING:
        log.info("csp: `mkdocs serve` injects an inline live-reload script; pages are served without the policy")


def on_post_page(output: str, page, config) -> str:  # type: ignore[no-untyped-def]
    """Add this page's own policy (its inline-script hashes); on_post_build widens it."""
    if _SERVING:
        return output
    return insert_policy(output, policy(inline_hashes(output), wasm=_wasm(page.file.dest_uri)))


def on_post_template(output_content: str, template_name: str, config) -> str:  # type: ignore[no-untyped-def]
    """Static HTML templates (the 404 page) get a policy too."""
    if _SERVING or not template_name.endswith(".html"):
        return output_content
    return insert_policy(output_content, policy(inline_hashes(output_content), wasm=False))


def on_post_build(config) -> None:  # type: ignore[no-untyped-def]
    """Rewrite every built page's policy with the union of all pages' inline-script hashes."""
    if _SERVING:
        return
    site = Path(config["site_dir"])
    pages = sorted(p for p in site.rglob("*.html") if HEAD_RE.search(p.read_text(encoding="utf-8")))
    texts = {p: p.read_text(encoding="utf-8") for p in pages}
    union: set[str] = set()
    for text in texts.values():
        union.update(inline_hashes(text))
    for path, text in texts.items():
        rel = path.relative_to(site).as_posix()
        new = insert_policy(text, policy(union, wasm=_wasm(rel)))
        if new != text:
            path.write_text(new, encoding="utf-8")
    log.info("csp: %d pages, %d inline-script hashes in every policy", len(pages), len(union))
