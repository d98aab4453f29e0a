"""Studies declared once: the guide and the FAQ cite them only through calc._studies.

The guide's Markdown and the FAQ's data never type a study's address, title or finding; the
macros (study_cite, study_finding, studies_list) and the FAQ write them from the records. The
built pages are checked in tests/site/test_built_html.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from calc import render
from calc._catalogue import STUDIES
from calc._studies import STUDY_BY_ID, studies_list, study_cite, study_finding

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "docs" / "guide" / "index.md"
FAQ_DATA = REPO / "calc" / "_faq.py"
HREF = re.compile(r'href="(https?://[^"]+)"')


def test_guide_and_faq_type_no_study_address_title_or_finding() -> None:
    """Neither the guide's Markdown nor the FAQ's data holds a study's URL, title or finding, nor any arXiv link."""
    for path in (GUIDE, FAQ_DATA):
        text = " ".join(path.read_text(encoding="utf-8").split())
        assert "arxiv.org" not in text, path
        for s in STUDIES:
            for typed in (s.url, s.title, s.finding, s.detail):
                assert not typed or typed not in text, f"{path.name} types {s.id}: {typed[:50]}"


def test_guide_cites_the_studies_through_the_macros() -> None:
    """The guide's studies section is the studies_list macro, and its inline citations name existing studies."""
    text = GUIDE.read_text(encoding="utf-8")
    section = text[text.index("{ #what-the-studies-found }"):]
    assert "{{ studies_list() }}" in section
    cited = re.findall(r'\{\{ study_(?:finding|cite)\("([\w]+)"', text)
    assert cited and set(cited) <= set(STUDY_BY_ID)


def test_faq_links_to_studies_only_at_their_recorded_addresses() -> None:
    """Every outside link in the FAQ's answers is a study's recorded URL, and the cited studies all appear."""
    html = render.render_faq()
    links = set(HREF.findall(html))
    urls = {s.url for s in STUDIES}
    assert links <= urls, sorted(links - urls)
    cited = {"ovadia2023", "soudani2024", "balaguer2024", "anyscale_form_not_facts", "qlora2023"}
    assert {STUDY_BY_ID[i].url for i in cited} <= links
    assert STUDY_BY_ID["balaguer2024"].finding in " ".join(html.split())


def test_renderers_write_the_record() -> None:
    """A citation links the title (or given words); a finding names and links the study, then says what it found."""
    s = STUDY_BY_ID["ovadia2023"]
    assert study_cite("ovadia2023") == f"[{s.title}]({s.url})"
    assert study_cite("qlora2023", "the QLoRA paper") == f"[the QLoRA paper]({STUDY_BY_ID['qlora2023'].url})"
    assert study_finding("ovadia2023") == f"[{s.cited_as}]({s.url}) {s.finding}."
    assert study_finding("ovadia2023", detail=True).endswith(". " + s.detail)
    items = studies_list().splitlines()
    assert len(items) == len(STUDIES)
    for item, study in zip(items, STUDIES):
        assert item.startswith(f"- **{study.cited_as}**, [{study.title}]({study.url}), ")


def test_findings_quote_figures_through_tokens() -> None:
    """A finding's numbers are figure tokens: expanded into figure elements for a page, kept for the FAQ's renderer."""
    raw = study_finding("lora2021", expand=False)
    assert "[[fig:rule.lora.trainable_params_reduction]]" in raw
    page = study_finding("lora2021")
    assert "[[" not in page and 'data-figure="rule.lora.trainable_params_reduction"' in page
    assert 'data-figure="rule.qlora.llama_65b.memory_qlora_gb"' in studies_list()
