"""hooks/early_boot.py: the calculator page also loads boot.js from <head>, with its data; other pages are untouched."""

from __future__ import annotations

import pytest

from hook_loader import load_hook

DATA = '{&quot;wheel&quot;: &quot;calc-1.0.0-py3-none-any.whl&quot;}'
CALCULATOR = (
    '<!doctype html><html><head><meta charset="utf-8">\n'
    '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
    '<link rel="stylesheet" href="../assets/stylesheets/main.css"></head><body>'
    f'<div class="rvf-calculator" id="rvf-calculator"><div id="rvf-calc-data" hidden data-json="{DATA}"></div>'
    '<script src="../assets/calculator/boot.js"></script></div></body></html>'
)


def test_calculator_page_gets_an_async_copy_before_the_stylesheets() -> None:
    """An async boot.js with the page's data in data-calc goes right after the viewport <meta>; the content copy stays."""
    out = load_hook("early_boot").early_boot(CALCULATOR)
    tag = f'<script async src="../assets/calculator/boot.js" data-calc="{DATA}"></script>'
    assert out.count(tag) == 1
    assert out.index('<meta name="viewport"') < out.index(tag) < out.index('<link rel="stylesheet"') < out.index("</head>")
    assert out.replace("\n" + tag, "", 1) == CALCULATOR, "anything else changed"


def test_other_pages_are_unchanged() -> None:
    """A page without the calculator's data and boot.js comes back as it was."""
    hook = load_hook("early_boot")
    page = CALCULATOR.replace('<script src="../assets/calculator/boot.js"></script>', "")
    assert hook.early_boot(page) == page
    assert hook.early_boot("<html><head></head><body><p>x</p></body></html>") == "<html><head></head><body><p>x</p></body></html>"


def test_calculator_page_without_a_viewport_meta_fails_the_build() -> None:
    """No viewport <meta> in <head> to anchor on: the build stops rather than put the script elsewhere."""
    with pytest.raises(ValueError, match="viewport"):
        load_hook("early_boot").early_boot(CALCULATOR.replace('<meta name="viewport" content="width=device-width,initial-scale=1">', ""))
