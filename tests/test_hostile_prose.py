"""Raw HTML in every kind of prose, built into a real site: it shows as text and never runs.

``tests/fixtures/hostile`` writes ``<script>np2tInjected(...)</script>``, ``<b>`` and an
``onerror`` handler into a section's title and intro, a pair's title, difference and docstring,
the side note of its ``.torch.py`` file, and an article's title and text. Every built page, the
search index, the pair's own page and embed, and its citations are scanned; ``pairs.json`` keeps
the text as the author wrote it, as data.
"""

import html
import json
import re
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, build_site
from htmlscan import live_markup

from generator.compare.pipeline import CatalogResult, run_catalog
from generator.discover.catalog import discover
from generator.execute.engine import Engine

MARKER = "np2tInjected"
HOSTILE = FIXTURES / "hostile"


@pytest.fixture(scope="module")
def result(engine: Engine) -> CatalogResult:
    catalog = discover(HOSTILE / "snippets", base=REPO, articles=HOSTILE / "articles")
    return run_catalog(catalog, engine)


@pytest.fixture(scope="module")
def site(result: CatalogResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(result, tmp_path_factory.mktemp("hostile-site"))


def text_of(page: Path) -> str:
    """What a reader sees of a page: its text, tags removed and entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


def test_the_pairs_hold_despite_their_prose(result: CatalogResult) -> None:
    assert result.catalog.problems == ()
    assert {o.pair.id: o.judgement.holds for o in result.outcomes} == {
        "prose/hostile": True,
        "prose/plain": True,
    }


def test_no_page_runs_or_styles_anything_written_in_prose(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert {"prose.html", "traps.html", "pairs/prose/hostile.html", "embed/prose/hostile.html"} <= {
        page.relative_to(site).as_posix() for page in pages
    }
    assert "articles/hostile.html" in {page.relative_to(site).as_posix() for page in pages}
    live = {
        page.relative_to(site).as_posix(): found
        for page in pages
        if (found := live_markup(page.read_text(encoding="utf-8"), marker=MARKER, active={"b"}))
    }
    assert live == {}
    assert all(f"<script>{MARKER}" not in page.read_text(encoding="utf-8") for page in pages)


@pytest.mark.parametrize(
    ("page", "typed"),
    [
        ("prose.html", "Prose <b>bold</b> </title><script>np2tInjected('section title')</script>"),
        ("prose.html", "An intro with <script>np2tInjected('intro')</script>, <b>bold</b>, a < b in code"),
        ("prose.html", "A title with <b>bold</b> and </title><script>np2tInjected('title')</script>"),
        ("prose.html", "A docstring with <script>np2tInjected('docstring')</script> and <img src=x"),
        ("prose.html", "A side note with <script>np2tInjected('note')</script> and <b>bold</b>."),
        ("prose.html", "<b>code</b> shown as code"),
        ("traps.html", "a difference with <script>np2tInjected('difference')</script> and <b>bold</b>"),
        ("traps.html", "std() # </code><script>np2tInjected('fix')</script>"),
        ("cheatsheet.html", "std() # </code><script>np2tInjected('fix')</script>"),
        (
            "prose.html",
            "A quoted value that printed markup: <script>np2tInjected('quote')</script> <b>printed</b>.",
        ),
        ("articles/hostile.html", "An article <b>titled</b> </title><script>np2tInjected('article title')"),
        ("articles/hostile.html", "A paragraph with <script>np2tInjected('article')</script>, <b>bold</b>"),
        ("articles/hostile.html", "A docstring with <script>np2tInjected('docstring')</script>"),
        ("pairs/prose/hostile.html", "A side note with <script>np2tInjected('note')</script>"),
        ("embed/prose/hostile.html", "A title with <b>bold</b> and </title><script>np2tInjected('title')"),
    ],
)
def test_prose_shows_as_the_author_typed_it(site: Path, page: str, typed: str) -> None:
    assert typed in " ".join(text_of(site / page).split())


def test_markdown_in_the_prose_still_works(site: Path) -> None:
    page = (site / "prose.html").read_text(encoding="utf-8")
    assert "<em>emphasis</em>" in page
    assert "<code>x &lt; y</code>" in page
    assert '<a href="#plain">a link</a>' in page
    assert "javascript" not in " ".join(re.findall(r'href="([^"]*)"', page))
    assert "data:" not in " ".join(re.findall(r'(?:href|src)="([^"]*)"', page))
    assert "tracker.invalid" not in " ".join(re.findall(r'src="([^"]*)"', page))
    shown = " ".join(text_of(site / "prose.html").split())
    assert "[a script link](javascript\\:np2tInjected('link'))" in shown
    assert "[a data link](data:text/html,<script>np2tInjected('data')</script>)" in shown
    assert re.search(r"<li>an attribute list <em>here</em>\{ onclick=", page)


def test_titles_are_text_in_the_navigation_the_browser_title_and_the_search_index(site: Path) -> None:
    page = (site / "prose.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", page, re.DOTALL)
    assert title is not None
    assert title[1].startswith("Prose &lt;b&gt;bold&lt;/b&gt; &lt;/title&gt;&lt;script&gt;np2tInjected(")
    assert html.unescape(title[1]).startswith("Prose <b>bold</b> </title><script>np2tInjected('section")
    labels = [label.strip() for label in re.findall(r'<span class="md-ellipsis">(.*?)</span>', page, re.S)]
    escaped = "Prose &lt;b&gt;bold&lt;/b&gt; &lt;/title&gt;&lt;script&gt;np2tInjected('section title')"
    escaped += "&lt;/script&gt;"
    assert labels.count(escaped) >= 2, "the navigation and the header show the title as text"
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert MARKER in index
    assert f"<script>{MARKER}" not in index
    assert "<b>bold</b>" not in index


def test_pairs_json_keeps_the_text_as_written(site: Path) -> None:
    pairs = {p["id"]: p for p in json.loads((site / "pairs.json").read_text(encoding="utf-8"))["pairs"]}
    hostile = pairs["prose/hostile"]
    assert hostile["title"] == "A title with <b>bold</b> and </title><script>np2tInjected('title')</script>"
    assert hostile["difference"].startswith("a difference with <script>np2tInjected('difference')</script>")
    assert pairs["prose/plain"]["holds"] is True


def test_the_citations_of_a_hostile_pair_stay_inert(site: Path) -> None:
    page = (site / "pairs" / "prose" / "hostile.html").read_text(encoding="utf-8")
    forms = [html.unescape(form) for form in re.findall(r"<pre><code>(.*?)</code></pre>", page, re.DOTALL)]
    markdown, html_form, _, iframe = forms
    assert markdown.startswith("**[A title with &lt;b>bold&lt;/b> and &lt;/title>&lt;script>np2tInjected(")
    assert live_markup(html_form, marker=MARKER) == []
    assert 'title="A title with &lt;b&gt;bold&lt;/b&gt; and &lt;/title&gt;&lt;script&gt;' in iframe
