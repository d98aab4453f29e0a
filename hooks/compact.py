"""MkDocs hook: drop the indentation that Material's templates leave between tags.

Material's templates are indented for reading, and on every built page that indentation comes
to a few kilobytes of whitespace between tags, downloaded on every visit (the performance page budgets the
bytes of each page). Whitespace that runs from one tag to the next and holds a line break
becomes a single line break, which renders the same: between two elements, a run of spaces and
line breaks and one line break are each one collapsible space.

Left as they are: the contents of ``pre``, ``textarea``, ``code``, ``script`` and ``style``
(whitespace can matter there, and ``hooks/csp.py`` hashes inline scripts), and whitespace next
to text. The sitemap gets the same treatment (instant navigation fetches it on every page).
mkdocs.yml lists this hook before csp.py, so the policy is computed on the compacted pages.

Standard library only.
"""

from __future__ import annotations

import re

# Either an element whose content is copied unchanged (up to, not including, its closing ">",
# so that the whitespace after it can go too; an element that starts first wins, so a <code>
# inside a <pre> goes with its <pre>), or the whitespace from the end of one tag to the start of
# the next, when it holds a line break.
_TOKEN = re.compile(
    r"(?P<keep><(?P<tag>pre|textarea|code|script|style)\b.*?</(?P=tag)\s*(?=>))"
    r"|>[ \t\r\n]*\n[ \t\r\n]*(?=<)",
    re.S | re.I,
)


def compact(markup: str) -> str:
    """``markup`` with each whitespace run between two tags that holds a line break cut to one."""
    return _TOKEN.sub(lambda m: m.group("keep") or ">\n", markup)


def on_post_page(output: str, page, config) -> str:  # type: ignore[no-untyped-def]
    """Every page built from Markdown."""
    return compact(output)


def on_post_template(output_content: str, template_name: str, config) -> str:  # type: ignore[no-untyped-def]
    """Static templates: the 404 page and the sitemap."""
    if template_name.endswith((".html", ".xml")):
        return compact(output_content)
    return output_content
