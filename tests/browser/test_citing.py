"""A pair's own page, its embed framed by a page of another origin, and a figure under its output.

The site is the ``tests/fixtures/cited`` catalog (a pair that draws a figure, a pair where both
sides raise), served on one localhost port; the page that embeds a pair is served on another
port, so the frame is cross-origin, as it is in someone else's blog.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURES, REPO, build_site

from browser.support import DESKTOP, SiteServer, serve
from generator.compare.pipeline import run_catalog
from generator.discover.catalog import discover
from generator.execute.engine import Engine

pytestmark = pytest.mark.browser

CITED = FIXTURES / "cited"
HOST_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>A blog post</title></head>
<body>
<p>Some text before the pair.</p>
<iframe id="pair" src="{src}" style="width:100%;border:0"></iframe>
<p id="after">Some text after it.</p>
<script>
  window.heights = [];
  window.addEventListener("message", function (event) {{
    var data = event.data;
    if (!data || data.type !== "np2t:embed-height") return;
    window.heights.push({{origin: event.origin, pair: data.pair, height: data.height}});
    document.getElementById("pair").style.height = data.height + "px";
  }});
</script>
</body></html>
"""


@pytest.fixture(scope="module")
def cited_server(
    chromium: Any, engine: Engine, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SiteServer]:
    folder = tmp_path_factory.mktemp("cited-site")
    result = run_catalog(discover(CITED / "snippets", base=REPO, articles=CITED / "articles"), engine)
    assert result.holds, [o.judgement.summary for o in result.failures]
    with serve(folder / "site") as running:
        build_site(result, folder, site_url=running.url())
        yield running


@pytest.fixture(scope="module")
def host_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    with serve(tmp_path_factory.mktemp("host")) as running:
        yield running


def test_a_pair_page_shows_the_pair_its_figure_and_its_citations(cited_server: SiteServer, tabs: Any) -> None:
    tab = tabs(cited_server, DESKTOP)
    tab.goto(cited_server.url("pairs/plots/line.html"))
    page = tab.page
    assert page.title() == "A drawn line · NumPy → PyTorch, executed"
    numpy_box = page.locator(".np2t-side--numpy").bounding_box()
    torch_box = page.locator(".np2t-side--torch").bounding_box()
    assert numpy_box
    assert torch_box
    assert numpy_box["x"] + numpy_box["width"] <= torch_box["x"], "the two columns stand side by side"
    figure = page.locator(".np2t-side--torch .np2t-figure img")
    figure.scroll_into_view_if_needed()
    assert figure.is_visible()
    assert figure.evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.locator("details.np2t-cite__form").count() == 4
    page.locator("details.np2t-cite__form summary", has_text="BibTeX").click()
    assert "@misc{np2t:plots/line," in page.locator("details.np2t-cite__form[open] pre").inner_text()
    assert not tab.problems(), tab.problems()


def test_a_figure_is_visible_under_its_output_on_the_section_page(
    cited_server: SiteServer, tabs: Any
) -> None:
    tab = tabs(cited_server, DESKTOP)
    tab.goto(cited_server.url("plots.html"))
    side = tab.page.locator("#line ~ .np2t-pair .np2t-side--numpy").first
    figure = side.locator(".np2t-figure img")
    figure.scroll_into_view_if_needed()
    output_bottom, figure_top, figure_width = side.evaluate(
        """side => {
          const output = side.querySelector('.np2t-output').getBoundingClientRect();
          const figure = side.querySelector('.np2t-figure img').getBoundingClientRect();
          return [output.bottom, figure.top, figure.width];
        }"""
    )
    assert figure_top >= output_bottom - 1, "the figure comes after the printed output"
    assert figure_width > 100
    assert figure.evaluate("img => img.complete && img.naturalWidth > 0")
    assert not tab.problems(), tab.problems()


def test_an_embed_in_a_frame_of_another_origin_fits_its_height(
    cited_server: SiteServer, host_server: SiteServer, chromium: Any, tabs: Any
) -> None:
    Path(host_server.root, "post.html").write_text(
        HOST_PAGE.format(src=cited_server.url("embed/plots/mismatch.html")), encoding="utf-8"
    )
    assert host_server.origin != cited_server.origin
    tab = tabs(host_server, DESKTOP, other_origins=(cited_server.origin,))
    tab.goto(host_server.url("post.html"))
    page = tab.page
    page.wait_for_function("() => window.heights.length > 0")
    report = page.evaluate("() => window.heights[window.heights.length - 1]")
    assert report["origin"] == cited_server.origin
    assert report["pair"] == "plots/mismatch"
    frame_height = page.locator("#pair").evaluate("frame => frame.getBoundingClientRect().height")
    assert frame_height == pytest.approx(report["height"], abs=1)
    assert frame_height > 200, "the default 150 px frame grew to the pair"
    inner = page.frame_locator("#pair")
    assert "Raised ValueError" in inner.locator("main").inner_text()
    content_height = inner.locator("html").evaluate("html => html.scrollHeight")
    assert content_height <= frame_height + 1, "the whole pair is visible without scrolling the frame"
    assert not tab.foreign_requests, tab.foreign_requests
    assert not tab.problems(), tab.problems()
