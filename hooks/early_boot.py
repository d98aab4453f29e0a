"""MkDocs hook: on the calculator page, load boot.js from ``<head>``, before the stylesheets.

boot.js (docs/assets/calculator/boot.js) starts Python at once for a permalink whose numbers no
build-time block holds. Inside the page content it runs only once the parser reaches it, after
the header and navigation, and once the stylesheets above it have loaded (a classic script waits
for them), and Chromium fetches scripts of the body only after the head's stylesheets. Measured
with ``make bench`` traces on a 2-core machine, that put the worker's start some 120 ms after
navigation, and its first Pyodide request near 240 ms, against about 100 ms for a page with
nothing else on it.

This hook copies the script into ``<head>`` right after the viewport ``<meta>``, as an ``async``
script (it neither waits for nor blocks the parser and the stylesheets), and gives it the data it
decides with (``#rvf-calc-data``'s ``data-json``, already escaped for an attribute) in its own
``data-calc`` attribute, because the body is not parsed yet when it runs. The copy in the content
stays: Material's instant navigation runs content scripts but not new ``<head>`` scripts, and on
a full load the content copy finds the head copy's work done and does nothing.

Runs before csp.py (mkdocs.yml), whose policy ``<meta>`` goes first in ``<head>`` and allows the
script as ``'self'``. Standard library only.
"""

from __future__ import annotations

import re

# The calculator's markup as calc/_render_pages.py writes it: its data element, and its boot.js.
_DATA = re.compile(r'<div id="rvf-calc-data" hidden data-json="(?P<json>[^"]*)"></div>')
_BOOT = re.compile(r'<script src="(?P<src>[^"]*assets/calculator/boot\.js)"></script>')
_VIEWPORT = re.compile(r'<meta name="viewport"[^>]*>')


def early_boot(markup: str) -> str:
    """``markup`` with boot.js also in ``<head>`` if it is the calculator page, else unchanged."""
    data, boot = _DATA.search(markup), _BOOT.search(markup)
    if data is None or boot is None:
        return markup
    viewport = _VIEWPORT.search(markup)
    if viewport is None or viewport.start() > markup.find("</head>"):
        raise ValueError("early_boot: the calculator page has no viewport <meta> in its <head>")
    tag = f'<script async src="{boot["src"]}" data-calc="{data["json"]}"></script>'
    return markup[: viewport.end()] + "\n" + tag + markup[viewport.end() :]


def on_post_page(output: str, page, config) -> str:  # type: ignore[no-untyped-def]
    """Every page built from Markdown; only the calculator page changes."""
    return early_boot(output)
