"""Small encoders on the browser's import path: HTML escaping, permalink queries, CSV rows.

They stand in for ``html.escape``, ``urllib.parse.urlencode`` and ``csv.writer`` with the same
output for what calc passes them (tests/test_encode.py compares them with the standard library).
The reason is start-up time in the browser: Pyodide's standard library ships as source, so
every module is compiled on first import, and ``urllib.parse`` (which pulls in ``ipaddress``),
``html`` (which pulls in ``html.entities``) and ``csv`` together cost more to import than the
calculator's first estimate takes to compute.
"""

from __future__ import annotations

__all__ = ["csv_row", "escape", "urlencode"]

# urllib.parse.quote's always-safe bytes (RFC 3986 unreserved characters).
_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_BYTE_TEXT = tuple(
    chr(b) if b in _UNRESERVED else "+" if b == 0x20 else f"%{b:02X}" for b in range(256)
)


def escape(s: str, quote: bool = True) -> str:
    """HTML-escape ``&``, ``<`` and ``>`` (and with ``quote`` also ``"`` and ``'``), as html.escape."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


def quote_plus(s: str) -> str:
    """Percent-encode UTF-8 bytes outside the unreserved set, space as ``+``, as urllib's quote_plus."""
    return "".join([_BYTE_TEXT[b] for b in s.encode("utf-8")])


def urlencode(pairs: list[tuple[str, str]]) -> str:
    """``k=v`` pairs joined by ``&``, each side encoded by quote_plus, as urllib's urlencode."""
    return "&".join(quote_plus(k) + "=" + quote_plus(v) for k, v in pairs)


def csv_row(fields: list[object]) -> str:
    """One CSV line ending in ``\\n`` as csv.writer(lineterminator="\\n") writes it (excel dialect).

    A field is quoted, with its quotes doubled, when it holds a comma, a quote or a line break;
    None is written empty, everything else as ``str()``.
    """
    out = []
    for value in fields:
        text = "" if value is None else str(value)
        if any(c in text for c in ',"\r\n'):
            text = '"' + text.replace('"', '""') + '"'
        out.append(text)
    if len(out) == 1 and out[0] == "":
        out[0] = '""'  # a row of one empty field is written quoted, or it would read as no field
    return ",".join(out) + "\n"
