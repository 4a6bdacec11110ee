"""Integration: the basic fixture built into a real site, strictly, by MkDocs and (if installed) Zensical."""

import html
import json
import re
from pathlib import Path

import pytest
from conftest import BUILD_DATE, BUILDERS

from generator.errors import BuildError
from generator.site.builders import Builder
from generator.site.mkdocs import BASE_CONFIG, SiteTarget, build_from_result, build_site, mkdocs_config
from generator.site.pages import BuildInfo
from generator.site.render import RenderedSite
from generator.site.templating import TEMPLATES


@pytest.fixture(scope="module", params=BUILDERS)
def builder(request) -> Builder:
    return Builder(request.param)


@pytest.fixture(scope="module")
def site(builder, basic_result, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp(f"basic-site-{builder}")
    target = SiteTarget(BASE_CONFIG, folder / "site", folder / "b", builder=builder)
    assert build_from_result(basic_result, BUILD_DATE, target)
    return folder / "site"


def pair_html(site: Path, page: str, anchor: str) -> str:
    text = (site / page).read_text(encoding="utf-8")
    start = text.index(f'id="{anchor}"')
    end = text.find("<h2 ", start)
    return text[start : end if end != -1 else len(text)]


def test_a_pair_has_both_columns_its_output_and_its_verdict(site):
    block = pair_html(site, "alpha.html", "passing")
    numpy_at = block.index("np2t-side--numpy")
    torch_at = block.index("np2t-side--torch")
    assert numpy_at < torch_at
    assert block.count("np2t-output") == 2
    assert "np2t-verdict--equal" in block
    assert "equivalent (max |Δ| = 0)" in html.unescape(block)


def test_printed_html_is_escaped_and_never_markup(site):
    block = pair_html(site, "alpha.html", "passing")
    assert "&lt;script&gt;" in block
    assert "&lt;b&gt;bold&lt;/b&gt;" in block
    assert "<script>alert" not in block
    assert "<b>bold</b>" not in block


def test_raised_errors_are_shown_per_side(site):
    block = html.unescape(re.sub(r"<[^>]+>", "", pair_html(site, "alpha.html", "raising")))
    assert block.count("Raised ValueError") == 2
    assert "ValueError: operands could not be broadcast together" in block
    assert "ValueError: expected sequence of length 2" in block


def test_home_page_counts_and_versions(site, basic_result):
    text = html.unescape(re.sub(r"<[^>]+>", " ", (site / "index.html").read_text(encoding="utf-8")))
    assert re.search(r"Pairs\s+5\b", text)
    assert re.search(r"Equivalent\s+2\b", text)
    assert re.search(r"Both raise\s+1\b", text)
    assert re.search(r"Documented differences\s+1\b", text)
    assert re.search(r"Not holding\s+1\b", text)
    assert f"PyTorch {basic_result.versions['torch']}" in text


def test_pairs_json_is_published_with_the_site(site):
    document = json.loads((site / "pairs.json").read_text(encoding="utf-8"))
    assert len(document["pairs"]) == 5


def test_a_failed_build_leaves_the_site_alone(builder, site, tmp_path):
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    broken = RenderedSite(pages=(), nav=({"Home": "index.md"},))
    # MkDocs fails on the nav entry to a missing page; Zensical 0.0.73 builds without index.html,
    # which the check after the build catches.
    failure = "mkdocs build --strict failed" if builder is Builder.MKDOCS else "lacks index.html"
    with pytest.raises(BuildError, match=failure):
        build_site(
            broken,
            "{}",
            BuildInfo(BUILD_DATE, {"python": "3", "numpy": "2", "torch": "2"}),
            SiteTarget(BASE_CONFIG, site, tmp_path, builder=builder),
        )
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
    assert not list(tmp_path.iterdir())


def test_the_generated_config_is_complete_and_standalone(tmp_path):
    info = BuildInfo(BUILD_DATE, {"python": "3.11.7", "numpy": "2.4.6", "torch": "2.13.0+cpu"})
    nav = ({"Home": "index.md"},)
    config = mkdocs_config(BASE_CONFIG, tmp_path / "docs", tmp_path / "site", nav, info)
    assert config["docs_dir"] == str(tmp_path / "docs")
    assert config["nav"] == [{"Home": "index.md"}]
    assert Path(config["theme"]["custom_dir"]) == TEMPLATES / "overrides"
    assert Path(config["theme"]["custom_dir"]).is_dir()
    assert config["theme"]["font"] is False
    assert "INHERIT" not in config
    assert "site_url" not in config
    assert "2.13.0+cpu" in config["copyright"]
    assert BUILD_DATE in config["copyright"]
    published = mkdocs_config(
        BASE_CONFIG, tmp_path, tmp_path, nav, info, site_url="https://example.org/np2torch/"
    )
    assert published["site_url"] == "https://example.org/np2torch/"
