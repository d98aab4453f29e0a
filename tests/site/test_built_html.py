"""The built HTML: no hand-typed figures, every figure and output equal to calc's rendering,
the published URLs and anchors still there, and nothing loaded from another origin.

Pages are parsed with the standard library's ``html.parser`` into a small tree, so a check can
ask for a text node's ancestors. Expected values come from ``calc.render`` (the renderers the
macros call), parsed the same way, so a page that retypes, reformats or drops a number fails.
"""

from __future__ import annotations

import json
from datetime import date as _date
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from calc import render
from contract_anchors import FAQ_ANCHORS, GUIDE_ANCHORS
from calc._catalogue import CATALOGUE, FIGURE_BY_ID
from calc._faq import FAQ
from calc._figures import AGEING_CATEGORIES, CATEGORIES, RELEASED
from calc._studies import STUDIES

pytestmark = pytest.mark.site

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "published_urls.json"

# Contract anchors (tests/contract_anchors.py). The frozen fixture must keep them.
CONTRACT_ANCHORS = {"faq/": FAQ_ANCHORS, "guide/": GUIDE_ANCHORS}
CONTRACT_PAGES = (
    "", "guide/", "faq/", "costs/", "calculator/", "methodology/", "sources/", "claims/", "performance/", "404.html",
)

# --- a small HTML tree ----------------------------------------------------------------------

VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)
CLOSES_P = frozenset(
    "address article aside blockquote details dialog div dl fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre section table ul".split()
)
HIDDEN_TEXT = frozenset({"script", "style", "template"})


class Node:
    """An element: tag, attributes, children (nodes and text strings), parent."""

    __slots__ = ("attrs", "children", "parent", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []
        self.parent = parent

    def iter(self) -> Iterator[Node]:
        """This element and every element below it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, pred: Callable[[Node], bool]) -> list[Node]:
        """Every element (this one included) matching ``pred``."""
        return [n for n in self.iter() if pred(n)]

    def classes(self) -> set[str]:
        """The element's class names."""
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        """The visible text below this element, whitespace collapsed."""
        parts: list[str] = []

        def walk(node: Node) -> None:
            for child in node.children:
                if isinstance(child, str):
                    parts.append(child)
                elif child.tag not in HIDDEN_TEXT:
                    walk(child)

        walk(self)
        return " ".join("".join(parts).split())

    def texts(self) -> Iterator[tuple[str, Node]]:
        """Each text string below this element with the element holding it (hidden text skipped)."""
        for child in self.children:
            if isinstance(child, str):
                yield child, self
            elif child.tag not in HIDDEN_TEXT:
                yield from child.texts()

    def ancestors(self) -> Iterator[Node]:
        """This element and its ancestors, innermost first."""
        node: Node | None = self
        while node is not None:
            yield node
            node = node.parent


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in CLOSES_P and self.stack[-1].tag == "p":
            self.stack.pop()  # as a browser does: a block element ends an open paragraph
        node = Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return
        # a stray end tag (e.g. </p> after an implicit close) is ignored, as browsers do

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    """Parse an HTML document or fragment into a tree."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


_PAGES: dict[Path, Node] = {}


def load(path: Path) -> Node:
    """The parsed tree of a built page (parsed once per session)."""
    if path not in _PAGES:
        _PAGES[path] = parse(path.read_text(encoding="utf-8"))
    return _PAGES[path]


def article(tree: Node) -> Node:
    """The page's main content: Material's single ``<article>``."""
    found = tree.find_all(lambda n: n.tag == "article")
    assert len(found) == 1, f"expected one <article>, found {len(found)}"
    return found[0]


def has(attr: str) -> Callable[[Node], bool]:
    """Predicate: the element has attribute ``attr``."""
    return lambda n: attr in n.attrs


# --- the hand-typed-figure checker ------------------------------------------------------------

# Units we price or measure. GB, TB and seconds need a space before them ("80 GB", "2 s"), so
# product names ("A100 80GB", "L40S") and decades ("1990s") are not figures.
SPACED_UNITS = ("GiB", "GB", "TB/s", "TB", "s")
UNITS = ("ms/token", "ms", "TFLOP/s", "tokens/s", "GPU-hours", "GPU-hour", "H100-hours")
FIGURE_TEXT = re.compile(
    r"\$\s?\d"  # a money amount
    r"|\d\s?%"  # a percentage
    r"|(?<![\w.-])\d[\d,.]*(?:\s(?:" + "|".join(re.escape(u) for u in SPACED_UNITS) + r")"
    r"|\s?(?:" + "|".join(re.escape(u) for u in UNITS) + r"))(?![\w/-])"  # a measured or priced unit
)


def typed_figures(root: Node, *, skip: Callable[[Node], bool] = lambda n: False) -> list[str]:
    """Text below ``root`` that looks like a figure but sits in no data-figure/data-output element.

    ``skip`` names elements whose text is not checked (the methodology page's code listing).
    """
    found = []
    for text, holder in root.texts():
        if not FIGURE_TEXT.search(text):
            continue
        chain = list(holder.ancestors())
        if any(skip(n) for n in chain):
            continue
        if any("data-figure" in n.attrs or "data-output" in n.attrs for n in chain):
            continue
        for m in FIGURE_TEXT.finditer(text):
            start = max(0, m.start() - 40)
            found.append(" ".join(text[start : m.end() + 30].split()))
    return found


def _skip_for(url: str) -> Callable[[Node], bool]:
    if url == "methodology/":
        return lambda n: n.tag == "pre"  # the code listing of calc._model
    return lambda n: False


def test_checker_flags_a_typed_figure() -> None:
    """The checker flags "$500", "25%" and "40 ms" typed in prose, and passes named figures."""
    tree = parse(
        "<article><p>It costs $500 a month and saves 25% (about 40 ms).</p>"
        '<p><span data-figure="x">$6.88 per GPU-hour</span>, <span data-output="rag.tco"><b>12%</b></span>'
        ", 1990s, 3 steps, the 4th, an A100 80GB, gpu.l40s.price</p><ul><li>spent <em>$5</em></li></ul></article>"
    )
    found = typed_figures(tree)
    assert len(found) == 4, found
    assert "$500" in found[0] and "25%" in found[1] and "40 ms" in found[2] and "$5" in found[3]


def test_checker_skips_only_what_it_is_told_to() -> None:
    """A figure in a <pre> is flagged unless the caller skips <pre> (as on the methodology page)."""
    tree = parse("<article><pre><code>price = 0.5  # $0.50 per example</code></pre></article>")
    assert typed_figures(tree) != []
    assert typed_figures(tree, skip=_skip_for("methodology/")) == []
    assert typed_figures(tree, skip=_skip_for("faq/")) != []


def test_no_hand_typed_figures(page_url: str, page_path) -> None:  # type: ignore[no-untyped-def]
    """No money amount, percentage or priced unit in a page's main text outside a named element."""
    found = typed_figures(article(load(page_path(page_url))), skip=_skip_for(page_url))
    assert not found, f"/{page_url}: figures typed by hand (not in a data-figure/data-output element):\n  " + (
        "\n  ".join(found)
    )


# --- figures and outputs equal calc's rendering ---------------------------------------------------


def _rendered(html: str, attr: str) -> Node:
    nodes = parse(html).find_all(has(attr))
    assert len(nodes) == 1, html
    return nodes[0]


def test_every_figure_equals_calcs_rendering(page_url: str, page_path) -> None:  # type: ignore[no-untyped-def]
    """Each [data-figure] shows render_figure(id)'s text, and its aria-description (the tip) names the source and date."""
    problems = []
    for node in load(page_path(page_url)).find_all(has("data-figure")):
        fid = node.attrs["data-figure"]
        if fid not in FIGURE_BY_ID:
            problems.append(f"unknown figure id {fid!r}")
            continue
        fig = FIGURE_BY_ID[fid]
        want = _rendered(render.render_figure(fid), "data-figure")
        if node.text() != want.text():
            problems.append(f"{fid}: page shows {node.text()!r}, calc renders {want.text()!r}")
        for attr in ("aria-description",):
            tip = node.attrs.get(attr, "")
            if tip != want.attrs[attr] or fig.source_title not in tip or fig.as_of not in tip:
                problems.append(f"{fid}: {attr} {tip!r} does not name {fig.source_title!r} and {fig.as_of}")
    assert not problems, f"/{page_url}:\n  " + "\n  ".join(problems)


OUTPUT_TIP = re.compile(r"for (?:the default scenario|the (?P<preset>[a-z0-9-]+) preset), edition (?P<edition>[\w-]+)$")


def test_every_titled_output_equals_calcs_rendering(page_url: str, page_path) -> None:  # type: ignore[no-untyped-def]
    """Each [data-output] whose tip names a preset shows render_output(preset, name)'s text and tip."""
    problems = []
    for node in load(page_path(page_url)).find_all(has("data-output")):
        m = OUTPUT_TIP.search(node.attrs.get("aria-description", ""))
        if m is None:
            continue  # the calculator's live results carry no tip; the calculator tests cover them
        preset, name = m.group("preset") or "default", node.attrs["data-output"]
        want = _rendered(render.render_output(preset, name, edition=m.group("edition")), "data-output")
        if (node.text(), node.attrs.get("aria-description")) != (want.text(), want.attrs["aria-description"]):
            problems.append(f"{preset}:{name}: page shows {node.text()!r}, calc renders {want.text()!r}")
    assert not problems, f"/{page_url}:\n  " + "\n  ".join(problems)


def _rows(table: Node) -> list[tuple[str, ...]]:
    return [
        tuple(cell.text() for cell in tr.children if isinstance(cell, Node) and cell.tag in ("th", "td"))
        for tr in table.find_all(lambda n: n.tag == "tr")
    ]


def _figure_cells(table: Node) -> list[tuple[str, str]]:
    return [(n.attrs["data-figure"], n.text()) for n in table.find_all(has("data-figure"))]


def _category(table: Node) -> str:
    cats = [c.removeprefix("rvf-figures--") for c in table.classes() if c.startswith("rvf-figures--")]
    assert len(cats) == 1, table.attrs
    return cats[0]


def _section_tables(site: Path, section: str, cls: str) -> list[Node]:
    """The tables of class ``cls`` on a section's first page and its subpages (/costs/, /costs/gpus/, ...)."""
    return [
        table
        for path in sorted((site / section).glob("**/index.html"))
        for table in load(path).find_all(lambda n: n.tag == "table" and cls in n.classes())
    ]


def test_cost_tables_equal_calcs_rendering(site: Path) -> None:
    """Each rvf-figures table of the /costs/ pages has exactly the rows and figures render_figures_table renders."""
    tables = _section_tables(site, "costs", "rvf-figures")
    assert tables, "/costs/ has no cost tables (tables with class rvf-figures)"
    on_page = {}
    for table in tables:
        cat = _category(table)
        assert cat not in on_page, f"/costs/ shows the {cat} table twice"
        on_page[cat] = table
        want = parse(render.render_figures_table(cat)).find_all(lambda n: n.tag == "table")[0]
        assert _figure_cells(table) == _figure_cells(want), f"/costs/ {cat}: figures differ from calc's"
        assert _rows(table) == _rows(want), f"/costs/ {cat}: rows differ from calc's"
    with_figures = {f.category for f in CATALOGUE}
    missing = [c for c in CATEGORIES if c in with_figures and c not in on_page]
    assert not missing, f"/costs/ lacks the tables of {missing}"


def test_cost_table_rows_name_source_date_and_confidence(site: Path) -> None:
    """Every row of every cost table has a figure, a source, an ISO date and a confidence."""
    tables = _section_tables(site, "costs", "rvf-figures")
    for table in tables:
        rows = table.find_all(lambda n: n.tag == "tr")
        head = [c.text() for c in rows[0].children if isinstance(c, Node) and c.tag in ("th", "td")]
        for row in rows[1:]:
            cells = dict(zip(head, (c for c in row.children if isinstance(c, Node) and c.tag in ("th", "td"))))
            label, value, source, date, confidence, kind = (
                cells[k] for k in ("Figure", "Value", "Source", "Date", "Confidence", "Kind"))
            assert value.find_all(has("data-figure")), f"{label.text()}: no figure"
            assert source.text(), f"{label.text()}: no source"
            times = date.find_all(lambda n: n.tag == "time")
            assert len(times) == 1, f"{label.text()}: date cell {date.text()!r} has no single <time>"
            when = times[0].text()
            assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", when), f"{label.text()}: date {when!r}"
            # A price or measurement dated more than 90 days before the release says so beside
            # its date; the age is worked out here from the date itself.
            stale = date.find_all(lambda n: "rvf-stale" in n.classes())
            day = _date.fromisoformat(when if len(when) == 10 else when + "-01")
            old = (_date.fromisoformat(RELEASED) - day).days > 90
            if stale:
                assert old and "older than 90 days" in stale[0].text(), f"{label.text()}: {date.text()!r}"
            elif old:
                fig = FIGURE_BY_ID[value.find_all(has("data-figure"))[0].attrs["data-figure"]]
                assert fig.kind == "assumption" or fig.category not in AGEING_CATEGORIES, \
                    f"{label.text()}: {when} is old and not marked"
            assert confidence.text() in ("high", "medium", "low"), f"{label.text()}: {confidence.text()!r}"
            assert kind.text() in ("sourced", "derived", "assumption"), f"{label.text()}: {kind.text()!r}"


def test_sources_pages_list_every_figure_once(site: Path) -> None:
    """The /sources/ pages hold one row per catalogue figure, with its source, date, confidence and kind."""
    rows: dict[str, Node] = {}
    for table in _section_tables(site, "sources", "rvf-sources"):
        for row in table.find_all(lambda n: n.tag == "tr")[1:]:
            cells = [c for c in row.children if isinstance(c, Node) and c.tag in ("th", "td")]
            fid = cells[0].text()
            assert fid not in rows, f"{fid} is listed twice on the sources pages"
            rows[fid] = row
            value, source, date, confidence, kind = cells[1:6]
            assert [n.attrs["data-figure"] for n in value.find_all(has("data-figure"))] == [fid], fid
            fig = FIGURE_BY_ID[fid]
            assert source.text() and date.text() == fig.as_of, fid
            assert (confidence.text(), kind.text()) == (fig.confidence, fig.kind), fid
    assert sorted(rows) == sorted(f.id for f in CATALOGUE)


_TOKEN = re.compile(r"\[\[(fig|out):([^\]]+)\]\]")


def test_every_faq_figure_equals_calcs_rendering(site: Path) -> None:
    """Every [[fig:]] and [[out:PRESET:NAME]] token of calc._faq.FAQ appears on /faq/ as calc renders it."""
    tree = load(site / "faq" / "index.html")
    figures = {(n.attrs["data-figure"], n.text(), n.attrs.get("aria-description")) for n in tree.find_all(has("data-figure"))}
    outputs = {(n.attrs["data-output"], n.text(), n.attrs.get("aria-description")) for n in tree.find_all(has("data-output"))}
    tokens = [m.groups() for e in FAQ for m in _TOKEN.finditer(e.short_answer + "\n" + e.body)]
    assert tokens, "calc._faq.FAQ holds no figure tokens"
    missing = []
    for kind, arg in tokens:
        if kind == "fig":
            want = _rendered(render.render_figure(arg), "data-figure")
            key = (arg, want.text(), want.attrs["aria-description"])
            if key not in figures:
                missing.append(f"[[fig:{arg}]] -> {want.text()!r}")
        else:
            preset, _, name = arg.partition(":")
            want = _rendered(render.render_output(preset, name), "data-output")
            if (name, want.text(), want.attrs["aria-description"]) not in outputs:
                missing.append(f"[[out:{arg}]] -> {want.text()!r}")
    assert not missing, "/faq/ does not show these FAQ figures as calc renders them:\n  " + "\n  ".join(missing)


def test_faq_answers_equal_calcs_rendering(site: Path) -> None:
    """Each FAQ answer on /faq/ (the block under its pinned anchor) reads exactly as calc.render_faq renders it."""
    expected: dict[str, str] = {}
    anchor = None
    for child in parse(render.render_faq()).children:
        if isinstance(child, str):
            m = re.search(r"\{ #([\w-]+) \}", child)
            anchor = m.group(1) if m else anchor
        elif "rvf-faq-answer" in child.classes() and anchor:
            expected[anchor] = child.text()
    assert set(expected) == {e.anchor for e in FAQ}
    tree = load(site / "faq" / "index.html")
    answers = {}
    for h in tree.find_all(lambda n: n.tag == "h2" and n.attrs.get("id") in expected):
        siblings = [c for c in h.parent.children if isinstance(c, Node)]
        following = siblings[siblings.index(h) + 1 :]
        if following and "rvf-faq-answer" in following[0].classes():
            answers[h.attrs["id"]] = following[0].text()
    for a, text in expected.items():
        assert a in answers, f"/faq/#{a}: no answer block under the heading"
        assert answers[a] == text, f"/faq/#{a}: answer differs from calc's rendering"


# Hosts of the studies and guides the site cites: a link to one of them must be a study's record.
STUDY_HOSTS = frozenset({"arxiv.org", "www.anyscale.com", "platform.openai.com", "learn.microsoft.com"})


@pytest.mark.parametrize("page", ["guide", "faq"])
def test_study_links_and_findings_come_from_the_records(site: Path, page: str) -> None:
    """On the guide and the FAQ, every link to a study host is a study's recorded URL, and each cited
    study's finding reads as its record words it (the guide lists every study)."""
    tree = load(site / page / "index.html")
    by_url = {s.url: s for s in STUDIES}
    anchors = tree.find_all(lambda n: n.tag == "a")
    hrefs = [a.attrs.get("href", "") for a in anchors]
    to_hosts = [h for h in hrefs if urlsplit(h).hostname in STUDY_HOSTS]
    assert to_hosts, f"/{page}/ cites no study"
    assert set(to_hosts) <= set(by_url), sorted(set(to_hosts) - set(by_url))
    text = tree.text()
    # A finding follows its study's name, linked (study_finding); the guide's list shows every study's.
    named = {by_url[a.attrs["href"]].id for a in anchors
             if a.attrs.get("href") in by_url and a.text() == by_url[a.attrs["href"]].cited_as}
    cited = STUDIES if page == "guide" else [s for s in STUDIES if s.id in named]
    assert cited, f"/{page}/ states no study's finding"
    for study in cited:
        if "[[" not in study.finding:
            assert study.finding in text, f"/{page}/: {study.id}'s finding is not shown as recorded"
    if page == "guide":
        assert set(by_url) <= set(to_hosts), "the guide's list of studies misses one"


# --- published URLs and anchors ---------------------------------------------------------------------


def _fixture() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_fixture_keeps_the_contract() -> None:
    """The frozen fixture lists the contract pages, the five contract FAQ anchors and the guide anchors."""
    data = _fixture()
    assert set(CONTRACT_PAGES) <= set(data["pages"])
    for url, anchors in CONTRACT_ANCHORS.items():
        assert set(anchors) <= set(data["anchors"][url]), url
    assert len(data["pages"]) == len(set(data["pages"]))
    for url, anchors in data["anchors"].items():
        assert url in data["pages"] and len(anchors) == len(set(anchors)), url


def test_published_pages_exist(site: Path, page_path) -> None:  # type: ignore[no-untyped-def]
    """Every page URL of the frozen fixture is in the built site."""
    missing = [f"/{u}" for u in _fixture()["pages"] if not page_path(u).is_file()]
    assert not missing, f"published pages missing from the built site: {missing}"


def test_published_anchors_exist(site: Path, page_path) -> None:  # type: ignore[no-untyped-def]
    """Every anchor of the frozen fixture is an element id on its page."""
    missing = []
    for url, anchors in _fixture()["anchors"].items():
        ids = {n.attrs["id"] for n in load(page_path(url)).find_all(has("id"))}
        missing += [f"/{url}#{a}" for a in anchors if a not in ids]
    assert not missing, f"published anchors missing from the built site: {missing}"


# --- nothing from another origin ------------------------------------------------------------------

URL_ATTRS = {
    "script": ("src",),
    "link": ("href",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "input": ("src",),
    "iframe": ("src", "srcdoc"),
    "frame": ("src",),
}
CSS_URL = re.compile(r"""@import\s+(?:url\()?\s*['"]?([^'")\s;]+)|url\(\s*['"]?([^'")\s]+)""", re.I)


def _foreign(url: str, origin: str) -> bool:
    """True when ``url`` points at an http(s) host other than the site's own origin."""
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    return f"{parts.scheme}://{parts.netloc}" != origin


def _site_url(site: Path) -> tuple[str, str]:
    """The site's origin and base path, from the home page's canonical link (site_url)."""
    canonical = [n for n in load(site / "index.html").find_all(lambda n: n.tag == "link")
                 if n.attrs.get("rel") == "canonical"]
    assert canonical, "index.html has no canonical link (is site_url set?)"
    parts = urlsplit(canonical[0].attrs["href"])
    return f"{parts.scheme}://{parts.netloc}", parts.path or "/"


def foreign_references(tree: Node, origin: str) -> list[str]:
    """Every resource a page would load from another origin (plain <a href> links are fine)."""
    found = []
    for node in tree.iter():
        if node.tag in ("iframe", "frame"):
            found.append(f"<{node.tag}> {node.attrs.get('src', '')}")
        for attr in URL_ATTRS.get(node.tag, ()):
            for candidate in node.attrs.get(attr, "").split(","):
                url = candidate.strip().split(" ")[0]
                if url and _foreign(url, origin):
                    found.append(f"<{node.tag} {attr}> {url}")
        css = node.attrs.get("style", "")
        if node.tag == "style":
            css += " " + node.text()
        for m in CSS_URL.finditer(css):
            url = m.group(1) or m.group(2)
            if _foreign(url, origin):
                found.append(f"CSS url in <{node.tag}>: {url}")
    return found


def test_foreign_reference_check_can_fail() -> None:
    """The origin check flags a CDN script, a web font stylesheet, an iframe and a CSS @import, not links."""
    tree = parse(
        '<script src="https://cdn.example.com/x.js"></script><link rel="stylesheet" '
        'href="//fonts.googleapis.com/css"><iframe src="/x"></iframe><style>@import "https://e.com/a.css";'
        '</style><a href="https://arxiv.org/abs/1">paper</a><img src="assets/a.png">'
        '<link rel="canonical" href="http://127.0.0.1:8765/">'
    )
    found = foreign_references(tree, "http://127.0.0.1:8765")
    assert len(found) == 4, found


def test_no_resource_from_another_origin(page_url: str, page_path, site: Path) -> None:  # type: ignore[no-untyped-def]
    """A page loads scripts, styles, images and frames only from its own origin; its local CSS imports nothing."""
    origin, base = _site_url(site)
    path = page_path(page_url)
    tree = load(path)
    found = foreign_references(tree, origin)
    for link in tree.find_all(lambda n: n.tag == "link" and "stylesheet" in n.attrs.get("rel", "").split()):
        href = urlsplit(link.attrs.get("href", ""))
        if href.scheme or href.netloc:
            continue  # absolute: reported above when it leaves the origin
        if href.path.startswith("/"):  # root-relative (the 404 page): under site_url's path
            assert href.path.startswith(base), f"/{page_url}: stylesheet {href.path} is outside {base}"
            css_file = site / href.path[len(base) :]
        else:
            css_file = (path.parent / href.path).resolve()
        assert css_file.is_file(), f"/{page_url}: stylesheet {href.path} is not in the site"
        for m in CSS_URL.finditer(css_file.read_text(encoding="utf-8")):
            url = m.group(1) or m.group(2)
            if _foreign(url, origin):
                found.append(f"{href.path}: CSS url {url}")
    assert not found, f"/{page_url} references other origins:\n  " + "\n  ".join(found)
