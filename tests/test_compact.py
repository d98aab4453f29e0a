"""hooks/compact.py: the indentation between tags goes, nothing that renders differently does."""

from __future__ import annotations

from hook_loader import load_hook


def _hook():  # type: ignore[no-untyped-def]
    """hooks/compact.py loaded as a module."""
    return load_hook("compact")


def test_whitespace_between_tags_becomes_one_line_break() -> None:
    """'<ul>' + newline + 4 spaces + '<li>' keeps exactly one newline between the two tags."""
    assert _hook().compact("<ul>\n    <li>a</li>\n\n    <li>b</li>\n</ul>") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"


def test_whitespace_next_to_text_and_on_one_line_is_kept() -> None:
    """Runs without a line break, and runs that touch text, are left as they are."""
    html = "<p>one <em>two</em>  <strong>three</strong>\n   four</p>"
    assert _hook().compact(html) == html


def test_preformatted_code_script_and_textarea_are_untouched() -> None:
    """The text of pre (with its code), textarea, code and script keeps every space and line break."""
    kept = [
        "<pre><code><span>a</span>\n    <span>b</span></code></pre>",
        "<textarea>\n  <x>\n  </textarea>",
        "<code><b>x</b>\n  <b>y</b></code>",
        "<script>\n  <!-- x -->\n  </script>",
    ]
    for block in kept:
        assert _hook().compact(f"<div>\n  {block}\n</div>") == f"<div>\n{block}\n</div>"


def test_sitemap_and_pages_only() -> None:
    """Static templates: HTML and XML are compacted, anything else is returned unchanged."""
    hook = _hook()
    assert hook.on_post_template("<a>\n  <b/>\n</a>", "sitemap.xml", {}) == "<a>\n<b/>\n</a>"
    assert hook.on_post_template("<a>\n  <b/>\n</a>", "robots.txt", {}) == "<a>\n  <b/>\n</a>"
