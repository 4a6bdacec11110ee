"""What the golden pages say, checked on the HTML the site makes of them, not on the Markdown text.

A golden is rewritten by ``UPDATE_GOLDEN`` and then compared with itself, so a page that renders
wrongly passes once accepted: the home page's counts table once became one paragraph of literal
pipes when the site had articles, and its golden still matched. Here every page is rendered by
Python-Markdown with the site's extensions, with and without articles, and its tables, headings,
links and code are read back and compared with the hand-built catalog they were made from.
"""

import html
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from handmade import handmade_info, handmade_result
from htmlscan import live_markup, to_html

from generator.compare.pipeline import CatalogResult
from generator.compare.verdict import Trap, Verdict
from generator.discover.articles import Article
from generator.site.config import Templates
from generator.site.render import render_site

TEMPLATES = Templates.find(Path(__file__).resolve().parent.parent)


class _Page(HTMLParser):
    """Tables (rows of cell texts), headings (level, id, text), links and code blocks of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.headings: list[tuple[int, str, str]] = []
        self.links: list[str] = []
        self.code_blocks: list[str] = []
        self._cell: list[str] | None = None
        self._heading: tuple[int, str, list[str]] | None = None
        self._pre: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif re.fullmatch(r"h[1-6]", tag):
            self._heading = (int(tag[1]), found.get("id") or "", [])
        elif tag == "a" and found.get("href") and "headerlink" not in (found.get("class") or ""):
            self.links.append(found["href"] or "")
        elif tag == "pre":
            self._pre = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif re.fullmatch(r"h[1-6]", tag) and self._heading is not None:
            level, anchor, text = self._heading
            self.headings.append((level, anchor, "".join(text).replace("¶", "").strip()))
            self._heading = None
        elif tag == "pre" and self._pre is not None:
            self.code_blocks.append("".join(self._pre))
            self._pre = None

    def handle_data(self, data: str) -> None:
        for part in (self._cell, self._heading[2] if self._heading else None, self._pre):
            if part is not None:
                part.append(data)


def read(markdown: str) -> _Page:
    parser = _Page()
    parser.feed(to_html(markdown))
    parser.close()
    return parser


def article(name: str, title: str) -> Article:
    return Article(name, Path(f"articles/{name}.md"), title, (f"The text of {title}.",))


def with_articles(count: int) -> CatalogResult:
    result = handmade_result()
    articles = tuple(article(f"a{i}", f"Article {i}") for i in range(count))
    return replace(result, catalog=replace(result.catalog, articles=articles))


@pytest.fixture(scope="module", params=[0, 1, 2], ids=["no-article", "one-article", "two-articles"])
def site(request):
    result = with_articles(request.param)
    return result, {page.path: page.text for page in render_site(result, handmade_info(), TEMPLATES).pages}


def prose_outside_code(markdown: str) -> str:
    rendered = re.sub(r"<(pre|code)\b.*?</\1>", "", to_html(markdown), flags=re.DOTALL)
    return html.unescape(re.sub(r"<[^>]+>", "", rendered))


def test_no_page_shows_a_table_as_literal_pipes(site):
    """A table row that Markdown did not read as one stays in the text as ``| a | b |``."""
    _, pages = site
    for path, text in pages.items():
        stray = [line for line in prose_outside_code(text).splitlines() if re.match(r"\s*\|.*\|\s*$", line)]
        assert stray == [], f"{path} shows table rows as text: {stray[:3]}"


def test_the_home_page_counts_every_verdict_in_a_table(site):
    result, pages = site
    page = read(pages["index.md"])
    verdicts = [outcome.judgement.verdict for outcome in result.outcomes]
    traps = [outcome.judgement.trap for outcome in result.outcomes]
    broken = sum(not outcome.judgement.holds for outcome in result.outcomes)
    counts = next((table for table in page.tables if any(row[0] == "Equivalent" for row in table)), None)
    assert counts is not None, "the counts are no table: " + prose_outside_code(pages["index.md"])[:600]
    rows = {row[0]: row[1] for row in counts[1:]}
    assert rows == {
        "All pairs": str(len(verdicts)),
        "Equivalent": str(verdicts.count(Verdict.EQUAL)),
        "Both raise": str(verdicts.count(Verdict.BOTH_RAISE)),
        "Documented differences": (
            f"{verdicts.count(Verdict.DIFFERS)} (porting traps: "
            f"{traps.count(Trap.SILENT)} silent, {traps.count(Trap.LOUD)} loud)"
        ),
        "Not holding": str(broken),
    }
    assert "traps.md" in page.links


def test_the_home_page_lists_each_section_with_its_pair_count_in_order(site):
    result, pages = site
    page = read(pages["index.md"])
    sections = next(table for table in page.tables if table[0] == ["Section", "Pairs"])
    assert sections[1:] == [[s.meta.title, str(len(s.pair_ids))] for s in result.catalog.sections]
    assert [link for link in page.links if link.endswith(".md") and link != "traps.md"][-2:] == [
        f"{s.name}.md" for s in result.catalog.sections
    ]


def test_the_home_page_points_to_the_first_article(site):
    result, pages = site
    page = read(pages["index.md"])
    articles = result.catalog.articles
    text = prose_outside_code(pages["index.md"])
    if articles:
        assert f"Start here: {articles[0].title}." in text
        assert page.links[0] == f"articles/{articles[0].name}.md"
        assert ("More articles are listed" in text) == (len(articles) > 1)
    else:
        assert "Start here" not in text


def test_the_home_page_names_the_build(site):
    _, pages = site
    info = handmade_info()
    page = read(pages["index.md"])
    assert page.headings[0] == (1, page.headings[0][1], info.site_name)
    assert f"Built on {info.date} with Python 3.x, NumPy N and PyTorch T." in prose_outside_code(
        pages["index.md"]
    )


def test_the_cite_page_cites_the_first_pair_and_the_whole_build_and_shows_its_examples_as_code(site):
    result, pages = site
    info = handmade_info()
    page = read(pages["cite.md"])
    first = result.outcomes[0].pair.id
    assert [text for level, _, text in page.headings if level == 2] == [
        "A page for every pair",
        "Citations",
        "Embedding a pair",
        "Embedding pairs in articles of this site",
    ]
    assert f"pairs/{first}.html" in page.links
    bibtex = next(block for block in page.code_blocks if block.startswith("@misc{np2t,"))
    assert f"title = {{{info.site_name}}}" in bibtex
    assert f"year = {{{info.date[:4]}}}" in bibtex
    assert f"Every pair executed {info.date} with Python 3.x, NumPy N and PyTorch T" in bibtex
    embed = next(block for block in page.code_blocks if "<iframe" in block)
    assert f'src="embed/{first}.html"' in embed
    assert 'data.type !== "np2t:embed-height"' in embed
    assert live_markup(to_html(pages["cite.md"]), active={"iframe", "script"}) == [], "examples are code"


@pytest.mark.parametrize("section_index", [0, 1])
def test_a_section_page_shows_each_pair_in_order_with_its_verdict(site, section_index):
    result, pages = site
    section = result.catalog.sections[section_index]
    outcomes = {outcome.pair.id: outcome for outcome in result.outcomes}
    pairs = [outcomes[pair_id] for pair_id in section.pair_ids]
    text = pages[f"{section.name}.md"]
    page = read(text)
    assert page.headings[0][0] == 1
    assert page.headings[0][2] == section.meta.title
    summary = page.tables[0]
    assert summary[0] == ["Pair", "Verdict"]
    assert [row[0] for row in summary[1:]] == [o.pair.title for o in pairs]
    assert [(level, anchor, title) for level, anchor, title in page.headings if level == 2] == [
        (2, o.pair.id.split("/")[1], o.pair.title) for o in pairs
    ]
    anchors = [f"#{o.pair.id.split('/')[1]}" for o in pairs]
    assert [link for link in page.links if link in anchors][: len(anchors)] == anchors, "the summary links"
    rendered = to_html(text)
    verdicts = re.findall(
        r'<p class="np2t-verdict [^"]*"><span class="np2t-verdict__id">([^<]*)</span>([^<]*)', rendered
    )
    assert [(pair_id, html.unescape(summary).strip()) for pair_id, summary in verdicts] == [
        (o.pair.id, o.judgement.summary) for o in pairs
    ]
    for o in pairs:
        block = rendered.split(f'id="{o.pair.id.split("/")[1]}"')[1].split("np2t-verdict__id")[0]
        assert block.count("<pre>") >= 2, f"{o.pair.id}: both sides' code"
    broken = [o.pair.id for o in pairs if not o.judgement.holds]
    assert rendered.count("np2t-verdict--broken") == len(broken)
