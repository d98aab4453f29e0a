"""The Content-Security-Policy of the built pages (``hooks/csp.py``), read from the HTML.

Built-site checks (marked ``site``; run ``make build`` first): every page carries exactly one
policy ``<meta>``, first in ``<head>`` (only ``<meta charset>`` may precede it, since the encoding
must be declared in the first 1024 bytes); the policy allows exactly the inline scripts of the
site by SHA-256 hash, computed here independently of the hook; no ``unsafe-*`` keyword but
``'wasm-unsafe-eval'``, and that one only on the calculator page; and the pages hold nothing the
policy forbids (inline styles, event-handler attributes, ``javascript:`` URLs).

Unit tests of the hook's helpers run without a built site.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest

from hook_loader import load_hook

REPO = Path(__file__).resolve().parents[1]
SITE = Path(os.environ.get("RVF_SITE_DIR") or REPO / "site").resolve()
SKIP_DIRS = ("assets/", "search/", "__fixtures__/")
CALCULATOR = "calculator/index.html"
# What a browser executes as script (HTML: a JavaScript MIME type, "module", or no type).
SCRIPT_TYPES = {"", "module", "text/javascript", "application/javascript", "importmap", "speculationrules"}


# --- reading the built pages ------------------------------------------------------------------


class _Page(HTMLParser):
    """Record the head's elements in order, every script with its raw text, and attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_head = False
        self.head: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str, bool]] = []  # attrs, text, in container
        self.attributes: list[tuple[str, str, str | None]] = []  # tag, name, value
        self.style_elements = 0
        self._script: dict[str, str | None] | None = None
        self._text: list[str] = []
        self._container_depth = 0  # >0 inside Material's data-md-component="container"
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "head":
            self.in_head = True
        elif self.in_head:
            self.head.append((tag, a))
        if tag == "body":
            self.in_head = False
        for name, value in attrs:
            self.attributes.append((tag, name, value))
        if tag == "style":
            self.style_elements += 1
        if tag == "script":
            self._script, self._text = a, []
        if tag in {"meta", "link", "input", "img", "br", "hr", "source", "wbr", "area", "base", "col", "embed"}:
            return  # void elements never close
        self._depth += 1
        if self._container_depth:
            self._container_depth += 1
        elif a.get("data-md-component") == "container":
            self._container_depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._text), self._container_depth > 0))
            self._script = None
        self._depth -= 1
        if self._container_depth:
            self._container_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._text.append(data)


def built_pages() -> list[str]:
    """Every built HTML page, relative to the site root."""
    return sorted(
        p.relative_to(SITE).as_posix()
        for p in SITE.rglob("*.html")
        if not p.relative_to(SITE).as_posix().startswith(SKIP_DIRS)
    )


@cache
def parsed(rel: str) -> _Page:
    """The parsed page ``rel`` of the built site."""
    page = _Page()
    page.feed((SITE / rel).read_text(encoding="utf-8"))
    page.close()
    return page


def csp_metas(page: _Page) -> list[str]:
    """The ``content`` of each policy ``<meta>`` in the page's head."""
    return [
        a.get("content") or ""
        for tag, a in page.head
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"
    ]


def directives(policy: str) -> dict[str, list[str]]:
    """A policy string as ``{directive: [source, ...]}``."""
    out: dict[str, list[str]] = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            out[words[0].lower()] = words[1:]
    return out


def sha256_source(text: str) -> str:
    """The CSP hash source of an inline script's exact text."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def executable_inline(page: _Page) -> list[str]:
    """Hash sources of the page's inline scripts that a browser would run."""
    return [
        sha256_source(text)
        for attrs, text, _ in page.scripts
        if "src" not in attrs and (attrs.get("type") or "").strip().lower() in SCRIPT_TYPES
    ]


@pytest.fixture(scope="module")
def pages() -> list[str]:
    """The built pages; fails clearly when the site was not built."""
    if not (SITE / "index.html").is_file():
        pytest.fail(f"built site not found at {SITE}: run `make build` first", pytrace=False)
    found = built_pages()
    assert CALCULATOR in found, f"no calculator page among {found}"
    return found


# --- the built pages --------------------------------------------------------------------------


@pytest.mark.site
def test_every_page_has_one_policy_first_in_head(pages: list[str]) -> None:
    """Each page has exactly one CSP meta, preceded in <head> by at most <meta charset>."""
    for rel in pages:
        page = parsed(rel)
        assert len(csp_metas(page)) == 1, f"{rel}: {len(csp_metas(page))} CSP meta tags"
        before: list[str] = []
        for tag, a in page.head:
            if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
                break
            before.append(tag if "charset" not in a else "meta charset")
        assert before in ([], ["meta charset"]), f"{rel}: elements before the policy: {before}"


@pytest.mark.site
def test_each_page_policy_lists_its_inline_script_hashes(pages: list[str]) -> None:
    """Every inline script a page runs has its SHA-256 in that page's script-src."""
    for rel in pages:
        page = parsed(rel)
        allowed = set(directives(csp_metas(page)[0])["script-src"])
        hashes = executable_inline(page)
        assert hashes, f"{rel}: expected Material's inline scripts"
        missing = [h for h in hashes if h not in allowed]
        assert not missing, f"{rel}: inline scripts not allowed by the policy: {missing}"


@pytest.mark.site
def test_every_policy_allows_every_pages_inline_scripts(pages: list[str]) -> None:
    """Instant navigation runs page B's scripts under page A's policy, so each lists all hashes."""
    union = {h for rel in pages for h in executable_inline(parsed(rel))}
    assert len(union) >= 2, "the __md_scope script differs by page depth: expected several hashes"
    for rel in pages:
        allowed = {s for s in directives(csp_metas(parsed(rel))[0])["script-src"] if s.startswith("'sha")}
        assert allowed == union, f"{rel}: missing {union - allowed}, extra {allowed - union}"


@pytest.mark.site
def test_json_data_blocks_are_not_hashed(pages: list[str]) -> None:
    """A <script type="application/json"> is data, never run, so its hash is not allowed."""
    page = parsed(CALCULATOR)
    blocks = [text for attrs, text, _ in page.scripts if (attrs.get("type") or "") == "application/json"]
    assert blocks, "expected Material's __config data block"
    allowed = set(directives(csp_metas(page)[0])["script-src"])
    assert not [b[:40] for b in blocks if sha256_source(b) in allowed]


@pytest.mark.site
def test_no_unsafe_keywords_and_wasm_only_on_the_calculator(pages: list[str]) -> None:
    """'unsafe-eval'/'unsafe-inline'/'unsafe-hashes' never appear; 'wasm-unsafe-eval' only on the calculator."""
    for rel in pages:
        policy = csp_metas(parsed(rel))[0]
        for keyword in ("'unsafe-eval'", "'unsafe-inline'", "'unsafe-hashes'", "'strict-dynamic'"):
            assert keyword not in policy.split(), f"{rel}: {keyword} in {policy}"
        script_src = directives(policy)["script-src"]
        assert ("'wasm-unsafe-eval'" in script_src) == (rel == CALCULATOR), f"{rel}: {script_src}"


@pytest.mark.site
def test_policy_directives_are_the_strict_set(pages: list[str]) -> None:
    """Every page: default-src 'none' and exactly the sources the site needs, nothing remote."""
    expected = {
        "default-src": ["'none'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'"],
        "base-uri": ["'none'"],
        "form-action": ["'none'"],
        "object-src": ["'none'"],
    }
    for rel in pages:
        found = directives(csp_metas(parsed(rel))[0])
        script_src = found.pop("script-src")
        assert found == expected, f"{rel}: {found}"
        others = [s for s in script_src if not s.startswith("'sha256-")]
        assert others == (["'self'", "'wasm-unsafe-eval'"] if rel == CALCULATOR else ["'self'"]), (rel, others)


@pytest.mark.site
def test_pages_hold_no_inline_style_handler_or_javascript_url(pages: list[str]) -> None:
    """No style attribute or <style> (style-src has no 'unsafe-inline'), no on* handler, no javascript: URL."""
    for rel in pages:
        page = parsed(rel)
        assert page.style_elements == 0, f"{rel}: <style> element"
        bad = [
            f"<{tag} {name}={(value or '')[:40]!r}>"
            for tag, name, value in page.attributes
            if name == "style"
            or re.fullmatch(r"on[a-z]+", name)
            or (value or "").strip().lower().startswith("javascript:")
        ]
        assert not bad, f"{rel}: {bad}"


@pytest.mark.site
def test_no_script_data_block_inside_the_instant_navigation_container(pages: list[str]) -> None:
    """No non-executable <script> inside Material's container (instant navigation would run it)."""
    bad = [
        f"{rel}: <script type={attrs.get('type')!r} id={attrs.get('id')!r}>"
        for rel in pages
        for attrs, _, in_container in parsed(rel).scripts
        if in_container and "src" not in attrs and (attrs.get("type") or "").strip().lower() not in SCRIPT_TYPES
    ]
    assert not bad, bad


# --- the hook's helpers (no site needed) --------------------------------------------------------


def _hook():  # type: ignore[no-untyped-def]
    """hooks/csp.py loaded as a module."""
    return load_hook("csp")


def test_hook_hashes_only_executable_inline_scripts() -> None:
    """Scripts with src and JSON data blocks get no hash; classic and module scripts do."""
    csp = _hook()
    html = (
        "<html><head><meta charset=\"utf-8\"><script>a=1</script><script src=x.js></script></head>"
        "<body><script type=\"application/json\">{\"a\": 1}</script><script type=module>b()</script></body></html>"
    )
    assert csp.inline_hashes(html) == sorted([sha256_source("a=1"), sha256_source("b()")])


def test_hook_known_hash_value() -> None:
    """sha256 of the empty script is the well-known 47DEQpj8... value from the CSP spec examples."""
    assert _hook().source_hash("") == "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"


def test_hook_inserts_once_after_charset_and_is_idempotent() -> None:
    """insert_policy puts one meta right after <meta charset>, and a second call replaces it."""
    csp = _hook()
    page = "<!doctype html><html><head>\n  <meta charset=\"utf-8\">\n  <script>x</script></head><body></body></html>"
    once = csp.insert_policy(page, "default-src 'none'")
    twice = csp.insert_policy(once, "default-src 'none'; img-src 'self'")
    assert once.count("Content-Security-Policy") == 1 and twice.count("Content-Security-Policy") == 1
    assert twice.index("charset") < twice.index("Content-Security-Policy") < twice.index("<script>")
    assert "img-src 'self'" in twice
    assert csp.insert_policy(once, "default-src 'none'") == once


def test_hook_policy_adds_wasm_only_when_asked() -> None:
    """policy(wasm=True) adds 'wasm-unsafe-eval' to script-src and nothing else changes."""
    csp = _hook()
    plain = csp.policy(["'sha256-b'", "'sha256-a'"], wasm=False)
    wasm = csp.policy(["'sha256-a'", "'sha256-b'"], wasm=True)
    assert "script-src 'self' 'sha256-a' 'sha256-b';" in plain
    assert wasm == plain.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")
    assert "unsafe-eval'" not in plain and "'unsafe-inline'" not in wasm
