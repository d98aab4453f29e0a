"""Number formatting shared by every renderer.

Only ``str.format`` with fixed precision is used: it rounds the exact binary value correctly
on every CPython and in Pyodide, so rendered text is identical everywhere.
"""

from __future__ import annotations

__all__ = ["count_words", "hours", "integer", "ms", "money", "money_sig", "number", "sig"]


def money(x: float) -> str:
    """Dollars to the cent with thousands separators: $15,762.90."""
    sign = "-" if x < 0 else ""
    return f"{sign}${abs(x):,.2f}"


def sig(x: float, digits: int = 3) -> str:
    """x to `digits` significant figures in plain (not scientific) notation, separators kept."""
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    mantissa, _, exp_text = f"{abs(x):.{digits - 1}e}".partition("e")
    exponent = int(exp_text)
    digits_text = mantissa.replace(".", "")
    point = exponent + 1  # position of the decimal point within digits_text
    if point <= 0:
        body = "0." + "0" * (-point) + digits_text
    elif point >= len(digits_text):
        body = f"{int(digits_text + '0' * (point - len(digits_text))):,}"
    else:
        body = f"{int(digits_text[:point]):,}" + "." + digits_text[point:]
    return sign + body


def money_sig(x: float) -> str:
    """Small amounts (cost per query) to three significant figures; $1,000 and above to the cent."""
    if abs(x) >= 1000:
        return money(x)
    text = sig(x, 3)
    return ("-$" + text[1:]) if text.startswith("-") else "$" + text


def integer(x: float) -> str:
    """A whole count with thousands separators."""
    return f"{round(x):,}"


def number(x: float) -> str:
    """A figure as a reader expects it: whole numbers with separators, else up to 4 significant figures."""
    if x == int(x) and abs(x) < 1e15:
        return f"{int(x):,}"
    if abs(x) < 0.001:
        return f"{x:.3e}"
    text = sig(x, 4)
    return text.rstrip("0").rstrip(".") if "." in text else text


def ms(x: float) -> str:
    """Milliseconds: whole ms from 10 ms up, one decimal below."""
    if x == 0:
        return "0 ms"
    return f"{x:,.0f} ms" if x >= 10 else f"{x:.1f} ms"


def hours(x: float) -> str:
    """Hours to three significant figures."""
    return f"{sig(x, 3)} h"


def count_words(x: float) -> str:
    """A large round count in words: 10 billion, 2.5 million; smaller counts with separators."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= size:
            return f"{number(x / size)} {word}"
    return number(x)
