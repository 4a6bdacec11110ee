"""Articles, figures, a page and an embed per pair, redirects for old ids, and citations.

The fixture ``tests/fixtures/cited`` has a pair that draws a figure and was renamed (``old_ids``),
a pair where both sides raise, and an article that embeds them with every option.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CONFIG, FIXTURES, REPO, build_site
from pybtex.database import parse_string

from generator.compare.pipeline import CatalogResult, run_catalog
from generator.discover.articles import Embed, Show
from generator.discover.catalog import discover
from generator.execute.engine import Engine

CITED = FIXTURES / "cited"


@pytest.fixture(scope="module")
def result(engine: Engine) -> CatalogResult:
    return run_catalog(discover(CITED / "snippets", base=REPO, articles=CITED / "articles"), engine)


@pytest.fixture(scope="module")
def site(result: CatalogResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(result, tmp_path_factory.mktemp("cited"), site_url="https://example.org/np2t/")


def embeds_of(html: str) -> list[str]:
    """The embed blocks of an article page, in order."""
    return re.split(r'<div class="np2t-embed">', html)[1:]


def test_an_article_parses_into_text_and_embeds(result):
    (article,) = result.catalog.articles
    assert article.title == "A tour of embeds"
    embeds = [part for part in article.parts if isinstance(part, Embed)]
    assert [(e.pair_id, e.side, e.show) for e in embeds] == [
        ("plots/line", None, Show.ALL),
        ("plots/line", "torch", Show.ALL),
        ("plots/mismatch", None, Show.CODE),
        ("plots/mismatch", "numpy", Show.OUTPUT),
    ]
    assert [e.line for e in embeds] == [5, 9, 13, 17]
    assert "::pair plots/nowhere" in article.parts[-1]


def test_broken_directives_name_the_file_the_line_and_the_closest_ids(result):
    catalog = discover(CITED / "snippets", base=REPO, articles=FIXTURES / "cited-broken" / "articles")
    assert catalog.articles == ()
    found = [str(p) for p in catalog.problems]
    where = "tests/fixtures/cited-broken/articles"
    assert found == [
        f"{where}/broken.md:3: no pair has the id 'plots/lines'; closest: plots/line, plots/mismatch",
        f"{where}/broken.md:5: '::pair' needs a pair id first, e.g. '::pair walkthrough/array-from-list'",
        f"{where}/broken.md:7: option 'side': expected one of numpy, torch, got 'jax'",
        f"{where}/broken.md:9: option 'show': expected 'code' or 'output', got 'everything'",
        f"{where}/broken.md:11: unknown directive '::pairs': the only directive is '::pair ID'",
        f"{where}/untitled.md:1: an article starts with its '# Title' line",
    ]


def test_a_broken_article_fails_the_build_with_its_file_and_line(tmp_path):
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "build",
            "-q",
            "--snippets",
            str(CITED / "snippets"),
            "--articles",
            str(FIXTURES / "cited-broken" / "articles"),
            "--site-dir",
            str(tmp_path / "site"),
            "--cache-dir",
            str(tmp_path / "cache"),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert completed.returncode == 1
    assert "broken.md:3: no pair has the id 'plots/lines'; closest: plots/line" in completed.stderr
    assert not (tmp_path / "site").exists()


def test_figures_are_captured_as_svg_per_side(result):
    line = next(o for o in result.outcomes if o.pair.id == "plots/line")
    assert line.judgement.holds
    for side in ("numpy", "torch"):
        (figure,) = line.runs[side].figures
        assert figure.number == 1
        assert figure.svg.lstrip().startswith("<?xml")
        assert "<svg" in figure.svg
        assert side in figure.svg
        assert "<dc:date>" not in figure.svg


def test_the_article_renders_each_embed_with_its_options(site):
    html = (site / "articles" / "tour.html").read_text()
    whole, torch_only, code_only, numpy_output = embeds_of(html)
    assert re.findall(r"np2t-side--(\w+)", whole) == ["numpy", "torch"]
    assert re.findall(r"np2t-side--(\w+)", torch_only) == ["torch"]
    assert "np2t-verdict" in whole
    assert "np2t-error" not in code_only
    assert "np2t-verdict" not in code_only
    assert code_only.count('class="language-python highlight"') == 2
    assert "language-python" not in numpy_output
    assert "Raised ValueError" in numpy_output
    assert "np2t-side--torch" not in numpy_output
    assert 'href="../pairs/plots/line.html"' in whole
    assert '<img src="../figures/plots/line/numpy-1.svg"' in whole
    assert "::pair plots/nowhere" in html


def test_articles_are_in_the_navigation_and_the_home_page_leads_to_the_first(site):
    index = (site / "index.html").read_text()
    assert 'href="articles/tour.html"' in index
    assert "Start here:" in index
    assert re.search(r"<span class=\"md-ellipsis\">\s*Articles\s*</span>", index)


def test_every_pair_has_a_page_with_its_own_title_and_description(site):
    page = (site / "pairs" / "plots" / "line.html").read_text()
    assert "<title>A drawn line · NumPy → PyTorch, executed</title>" in page
    assert '<meta name="description" content="A line drawn with matplotlib from NumPy values;' in page
    assert '<meta property="og:url" content="https://example.org/np2t/pairs/plots/line.html">' in page
    assert 'id="line"' in page
    assert "np2t-side--torch" in page
    assert '<img src="../../figures/plots/line/torch-1.svg"' in page
    assert '<link rel="stylesheet" href="../../assets/reference.css">' in page
    assert "@misc{np2t:plots/line," in page
    assert "https://example.org/np2t/embed/plots/line.html" in page
    assert (site / "figures" / "plots" / "line" / "torch-1.svg").read_text().count("<svg") == 1


def test_every_pair_has_an_embed_that_reports_its_height(site):
    embed = (site / "embed" / "plots" / "mismatch.html").read_text()
    assert "md-header" not in embed
    assert "md-nav" not in embed
    assert '<base target="_blank">' in embed
    assert 'postMessage({type: "np2t:embed-height", pair: "plots/mismatch"' in embed
    assert "Raised ValueError" in embed
    assert not re.search(r'(?:src|href)="(?:https?:)?//', embed)


def test_an_old_id_redirects_to_the_new_pages(site):
    for kind in ("pairs", "embed"):
        old = (site / kind / "plots" / "old-line.html").read_text()
        assert '<meta http-equiv="refresh" content="0; url=../plots/line.html">' in old
        assert f'<link rel="canonical" href="https://example.org/np2t/{kind}/plots/line.html">' in old


def test_pairs_json_gains_pages_permalinks_and_figures(site):
    document = json.loads((site / "pairs.json").read_text())
    line = next(p for p in document["pairs"] if p["id"] == "plots/line")
    assert line["permalink"] == "https://example.org/np2t/pairs/plots/line.html"
    assert (line["page"], line["embed"]) == ("pairs/plots/line.html", "embed/plots/line.html")
    assert line["figures"] == ["figures/plots/line/numpy-1.svg", "figures/plots/line/torch-1.svg"]
    assert line["torch"]["figures"] == ["figures/plots/line/torch-1.svg"]
    assert line["old_ids"] == ["plots/old-line"]
    for key in ("id", "title", "verdict", "holds", "numpy", "torch", "api", "see"):
        assert key in line


def cite(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "cite",
            *args,
            "-q",
            "--snippets",
            str(CITED / "snippets"),
            "--articles",
            str(CITED / "articles"),
            "--config",
            str(CONFIG),
        ],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


@pytest.fixture(scope="module")
def citations(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    cwd = tmp_path_factory.mktemp("cite")
    forms = {}
    for form in ("markdown", "html", "json", "bibtex"):
        completed = cite(
            "plots/mismatch", "--format", form, "--site-url", "https://example.org/np2t", cwd=cwd
        )
        assert completed.returncode == 0, completed.stderr
        forms[form] = completed.stdout
    return forms


def test_the_markdown_citation_has_both_codes_and_errors_in_fences(citations):
    text = citations["markdown"]
    assert text.startswith("**[Both raise](https://example.org/np2t/pairs/plots/mismatch.html)**")
    assert "```python\nimport numpy as np\n\nresult = np.array([[1.0, 2.0], [3.0]], dtype=float)\n```" in text
    assert text.count("Raised ValueError:") == 2
    assert "```pytb\nTraceback (most recent call last):" in text
    assert "&#34;" not in text
    assert "&lt;" not in text
    assert re.search(r"numpy \d", text.lower())


def test_the_html_citation_has_inline_styles_and_no_script(citations):
    text = citations["html"]
    assert text.startswith('<figure class="np2t-citation"')
    assert 'style="color: #008000; font-weight: bold">import</span>' in text
    assert "<script" not in text.lower()
    assert "onerror" not in text
    assert "<link" not in text
    assert 'href="https://example.org/np2t/pairs/plots/mismatch.html"' in text


def test_the_json_citation_is_the_pairs_json_entry_with_versions(citations):
    document = json.loads(citations["json"])
    assert document["pair"]["id"] == "plots/mismatch"
    assert document["pair"]["verdict"] == "both-raise"
    assert set(document["versions"]) == {"python", "numpy", "torch"}
    assert document["permalink"] == "https://example.org/np2t/pairs/plots/mismatch.html"


def test_the_bibtex_citation_parses(citations):
    entries = parse_string(citations["bibtex"], "bibtex").entries
    (key,) = entries.keys()
    assert key == "np2t:plots/mismatch"
    entry = entries[key]
    assert entry.type == "misc"
    assert entry.fields["title"] == "NumPy → PyTorch, executed: Both raise"
    assert "https://example.org/np2t/pairs/plots/mismatch.html" in entry.fields["howpublished"]


def test_citing_an_unknown_id_fails_with_the_closest_ids(tmp_path):
    completed = cite("plots/mismatc", "--format", "bibtex", cwd=tmp_path)
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert "no pair has the id 'plots/mismatc'; closest: plots/mismatch" in completed.stderr
