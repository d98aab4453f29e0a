"""calc._encode: the small stand-ins for html.escape, urllib.parse.urlencode and csv.writer.

Each is compared with the standard library module it replaces, over hand-picked strings and
many random ones (non-ASCII, reserved characters, '+', spaces, quotes, line breaks). The last
test keeps those modules off the browser's import path, which is why the stand-ins exist.
"""

from __future__ import annotations

import csv
import html
import io
import json
import random
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote_plus, urlencode

from calc import _encode

ROOT = Path(__file__).resolve().parent.parent
# Letters, digits, the unreserved marks, every reserved and unsafe ASCII mark, space, controls,
# and non-ASCII from 2-, 3- and 4-byte UTF-8 (é, €, emoji), a no-break space and a lone ellipsis.
ALPHABET = list("aZ09_.-~ +&=%?#/,;:@!$()*[]{}|\\^`'\"<>\t\n\r\x00\x7f") + ["é", "€", "😀", "\u00a0", "…", "ß"]
SAMPLES = ["", " ", "+", "a b", "a+b", "100%", "x=1&y=2", "é", "€100", "😀", "'\"<>&", "&amp;", "a\r\nb", ",", '"']


def _random_strings(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def test_escape_equals_html_escape():
    """escape(s) and escape(s, quote=False) equal html.escape on samples and 5,000 random strings."""
    for s in SAMPLES + _random_strings(1, 5000):
        assert _encode.escape(s) == html.escape(s), repr(s)
        assert _encode.escape(s, quote=False) == html.escape(s, quote=False), repr(s)


def test_escape_by_hand():
    """The five characters become &amp; &lt; &gt; &quot; &#x27; (ampersand first, so no double escape)."""
    assert _encode.escape("<a href='x'>\"&\"</a>") == "&lt;a href=&#x27;x&#x27;&gt;&quot;&amp;&quot;&lt;/a&gt;"
    assert _encode.escape("'\"&", quote=False) == "'\"&amp;"


def test_quote_plus_and_urlencode_equal_urllib():
    """quote_plus and urlencode equal urllib.parse's on samples and on 3,000 random pair lists."""
    for s in SAMPLES + _random_strings(2, 3000):
        assert _encode.quote_plus(s) == quote_plus(s), repr(s)
    rng = random.Random(3)
    strings = _random_strings(4, 6000)
    for i in range(3000):
        pairs = [(rng.choice(strings), rng.choice(strings)) for _ in range(rng.randint(0, 4))]
        assert _encode.urlencode(pairs) == urlencode(pairs), repr(pairs)


def test_urlencode_by_hand():
    """Space is '+', '+' is %2B, é is its two UTF-8 bytes %C3%A9, and -._~ stay as they are."""
    assert _encode.urlencode([("a b", "c+d"), ("é", "-._~")]) == "a+b=c%2Bd&%C3%A9=-._~"
    assert _encode.urlencode([]) == ""


def _csv_writer_row(row: list[object]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def test_csv_row_equals_csv_writer():
    """csv_row equals csv.writer(lineterminator='\\n') on 5,000 random rows of text, numbers and None.

    Texts with a carriage return are left out here: csv quotes them from Python 3.13 on (Pyodide
    runs 3.14) but not on 3.11 with this line terminator; csv_row quotes them as 3.13+ does.
    """
    rng = random.Random(5)
    strings = [s for s in _random_strings(6, 4000) if "\r" not in s]
    for _ in range(5000):
        row = [
            rng.choice([rng.choice(strings), rng.random() * 10 ** rng.randint(-8, 20), rng.randint(-10**9, 10**9), None,
                        0.1, 1e16, -0.0, True])
            for _ in range(rng.randint(1, 4))
        ]
        assert _encode.csv_row(row) == _csv_writer_row(row), repr(row)


def test_csv_row_by_hand():
    """A comma, a quote or a line break quotes the field and doubles its quotes; a lone empty field is ""."""
    assert _encode.csv_row(["a,b", 'say "hi"', "x\ny", 1.5, None]) == '"a,b","say ""hi""","x\ny",1.5,\n'
    assert _encode.csv_row(["a\rb"]) == '"a\rb"\n'
    assert _encode.csv_row([""]) == '""\n'
    assert _encode.csv_row(["", ""]) == ",\n"


def test_to_csv_parses_back():
    """The CSV export of the defaults reads back with csv.reader: a header, then one row per output."""
    import calc
    from calc._exports import to_csv

    est = calc.estimate(calc.build_scenario([]))
    rows = list(csv.reader(io.StringIO(to_csv(est))))
    assert rows[0] == ["name", "value", "text"]
    assert rows[1] == ["edition", est["edition"], est["edition"]]
    names = [r[0] for r in rows]
    assert "rag.tco" in names and "scenario.queries_per_month" in names
    assert all(len(r) == 3 for r in rows), "a row lost or gained a field"


def test_browser_path_skips_costly_stdlib_modules():
    """import calc.browser and one estimate import neither urllib.parse, html, ipaddress nor csv."""
    probe = (
        "import sys, json\n"
        "before = set(sys.modules)\n"
        "import calc.browser\n"
        "calc.browser.handle(json.dumps({'type': 'estimate', 'params': [['queries_per_month', '123457']]}))\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout))
    costly = {"urllib.parse", "html", "html.entities", "ipaddress", "csv"}
    assert not loaded & costly, f"the browser path imports {sorted(loaded & costly)}"
