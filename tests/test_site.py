"""Integration: the basic fixture built into a real site, strictly, by MkDocs and (if installed) Zensical."""

import html
import json
import re
from pathlib import Path

import pytest
from conftest import BUILD_DATE, BUILDERS, CONFIG, REPO, build_site, project_in

from generator.errors import BuildError, ConfigError
from generator.site.builders import Builder
from generator.site.config import Templates, builder_config, load_site_config
from generator.site.mkdocs import build_site as build_generated
from generator.site.mkdocs import generated
from generator.site.pages import BuildInfo
from generator.site.render import RenderedSite


@pytest.fixture(scope="module", params=BUILDERS)
def builder(request) -> Builder:
    return Builder(request.param)


@pytest.fixture(scope="module")
def site(builder, basic_result, tmp_path_factory) -> Path:
    return build_site(basic_result, tmp_path_factory.mktemp(f"basic-site-{builder}"), builder=builder)


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


def table_rows(page: str) -> list[tuple[str, ...]]:
    """The cells of every row of every HTML table on a page, as text."""
    rows = re.findall(r"<tr>(.*?)</tr>", page, re.DOTALL)
    cells = (re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.DOTALL) for row in rows)
    return [tuple(" ".join(html.unescape(re.sub(r"<[^>]+>", "", c)).split()) for c in row) for row in cells]


def test_home_page_counts_and_versions(site, basic_result):
    page = (site / "index.html").read_text(encoding="utf-8")
    rows = table_rows(page)
    for row in (
        ("All pairs", "5"),
        ("Equivalent", "2"),
        ("Both raise", "1"),
        ("Not holding", "1"),
    ):
        assert row in rows, rows
    assert ("Documented differences", "1 (porting traps: 1 silent, 0 loud)") in rows, rows
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    assert "| ---" not in text, "a Markdown table was left unrendered"
    assert f"PyTorch {basic_result.versions['torch']}" in text


def test_pairs_json_is_published_with_the_site(site):
    document = json.loads((site / "pairs.json").read_text(encoding="utf-8"))
    assert len(document["pairs"]) == 5


def test_a_failed_build_leaves_the_site_alone(builder, site, tmp_path):
    before = sorted(p.relative_to(site) for p in site.rglob("*"))
    project = project_in(tmp_path)
    info = BuildInfo(BUILD_DATE, {"python": "3", "numpy": "2", "torch": "2"}, "Site")
    broken = generated(
        RenderedSite(pages=(), nav=({"Home": "index.md"},)),
        "{}",
        info,
        project.site_config,
        project.templates,
    )
    # MkDocs fails on the nav entry to a missing page; Zensical 0.0.73 builds without index.html,
    # which the check after the build catches.
    failure = "mkdocs build --strict failed" if builder is Builder.MKDOCS else "lacks index.html"
    with pytest.raises(BuildError, match=failure):
        build_generated(broken, builder, site, tmp_path / "build")
    assert sorted(p.relative_to(site) for p in site.rglob("*")) == before
    assert not list((tmp_path / "build").iterdir())


def completed(config: Path, nav=({"Home": "index.md"},), footer="Built 2026-01-01.") -> dict:
    site = load_site_config(config, Templates.find(REPO))
    return builder_config(
        site, docs_dir=Path("docs"), site_dir=Path("site"), nav=nav, footer=footer, overrides=None
    )


def test_the_builder_config_is_the_site_config_completed_and_standalone():
    config = completed(CONFIG)
    assert config["docs_dir"] == "docs"
    assert config["site_dir"] == "site"
    assert config["nav"] == [{"Home": "index.md"}]
    assert config["site_name"] == "NumPy → PyTorch, executed"
    assert config["theme"]["font"] is False
    assert config["use_directory_urls"] is False
    names = [next(iter(e)) if isinstance(e, dict) else e for e in config["markdown_extensions"]]
    assert {"pymdownx.superfences", "attr_list", "md_in_html", "tables", "toc"} <= set(names)
    assert "assets/reference.css" in config["extra_css"]
    assert "INHERIT" not in config
    assert "site_url" not in config
    assert config["copyright"] == "Built 2026-01-01."


def test_a_minimal_site_config_gets_what_the_pages_need(tmp_path):
    minimal = tmp_path / "mkdocs.yml"
    minimal.write_text(
        "site_name: Mine\nmarkdown_extensions:\n  - toc:\n      permalink: '#'\ncopyright: Me\n"
    )
    config = completed(minimal)
    assert config["site_name"] == "Mine"
    assert config["theme"]["name"] == "material"
    toc = [e for e in config["markdown_extensions"] if isinstance(e, dict) and "toc" in e]
    assert toc == [{"toc": {"permalink": "#"}}], "the site's own options for an extension are kept"
    assert "pymdownx.superfences" in config["markdown_extensions"]
    assert config["copyright"] == "Me · Built 2026-01-01."


@pytest.mark.parametrize(
    ("setting", "key"),
    [
        ("use_directory_urls: true", "use_directory_urls"),
        ("theme:\n  name: readthedocs", "theme.name"),
        ("site_dir: elsewhere", "site_dir"),
        ("site_url: 42", "site_url"),
        ("nav: index.md", "nav"),
    ],
)
def test_a_setting_that_breaks_the_pages_is_refused_with_its_key(tmp_path, setting, key):
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: Mine\n{setting}\n")
    with pytest.raises(ConfigError, match=rf"{config}: key '{key}'"):
        load_site_config(config, Templates.find(REPO))


def test_a_site_config_without_a_name_or_not_a_mapping_is_refused(tmp_path):
    config = tmp_path / "mkdocs.yml"
    for text, problem in (("theme: material\n", "site_name"), ("- a list\n", "mapping"), ("a: [\n", "YAML")):
        config.write_text(text)
        with pytest.raises(ConfigError, match=problem):
            load_site_config(config, Templates.find(REPO))
