"""A site's own project: its mkdocs.yml names it everywhere, its templates win, its pages join the site.

Each test runs ``np2t`` in a folder laid out as a site owner would lay it out, so what is checked
is what the owner gets: pages, standalone pages, citations and the command's messages.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO

NAME = "Porting notes of ACME"
OWN_HOME = "This home page is the site's own template."


def np2t(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        env=os.environ | {"PYTHONPATH": str(REPO)},
        timeout=600,
    )


@pytest.fixture(scope="module")
def owner(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with its own name, address, home-page template and an extra page, built once."""
    root = tmp_path_factory.mktemp("owner")
    shutil.copytree(FIXTURES / "cited" / "snippets", root / "snippets")
    shutil.copytree(FIXTURES / "cited" / "articles", root / "articles")
    (root / "mkdocs.yml").write_text(
        f"site_name: {NAME}\n"
        "site_url: https://acme.example/notes/\n"
        "copyright: ACME\n"
        "nav:\n  - About these notes: about.md\n",
        encoding="utf-8",
    )
    (root / "site_templates").mkdir()
    (root / "site_templates" / "index.md.j2").write_text(
        f"# {{{{ build.site_name | prose_line }}}}\n\n{OWN_HOME}\n", encoding="utf-8"
    )
    (root / "docs").mkdir()
    (root / "docs" / "about.md").write_text("# About these notes\n\nWritten by hand.\n", encoding="utf-8")
    built = np2t("build", "-q", cwd=root)
    assert built.returncode == 0, built.stderr
    return root


def test_the_site_name_and_address_come_from_its_own_config(owner: Path):
    site = owner / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert f"<title>{NAME}</title>" in home
    assert "ACME · Built 2" in home, "the owner's copyright stands before the build line"
    pair = (site / "pairs" / "plots" / "mismatch.html").read_text(encoding="utf-8")
    assert f"· {NAME}</title>" in pair
    assert 'href="https://acme.example/notes/pairs/plots/mismatch.html"' in pair
    assert f"author = {{{NAME}}}" in pair, "the citations on the pair's page name the site"
    assert "NumPy → PyTorch, executed" not in pair
    document = json.loads((site / "pairs.json").read_text(encoding="utf-8"))
    mismatch = next(p for p in document["pairs"] if p["id"] == "plots/mismatch")
    assert mismatch["permalink"] == "https://acme.example/notes/pairs/plots/mismatch.html"


def test_a_template_of_the_site_replaces_the_shipped_one_and_only_that_one(owner: Path):
    site = owner / "site"
    assert OWN_HOME in (site / "index.html").read_text(encoding="utf-8")
    assert 'class="np2t-pair"' in (site / "plots.html").read_text(encoding="utf-8"), (
        "the shipped section template"
    )


def test_the_sites_own_pages_join_the_navigation_after_the_generated_ones(owner: Path):
    about = (owner / "site" / "about.html").read_text(encoding="utf-8")
    assert "Written by hand." in about
    home = (owner / "site" / "index.html").read_text(encoding="utf-8")
    assert home.index("Cheat sheet") < home.index("About these notes")


def test_the_citation_command_names_the_site_of_the_project(owner: Path):
    completed = np2t("cite", "plots/mismatch", "-q", "--format", "bibtex", cwd=owner)
    assert completed.returncode == 0, completed.stderr
    assert f"author = {{{NAME}}}" in completed.stdout
    assert "https://acme.example/notes/pairs/plots/mismatch.html" in completed.stdout


def test_a_config_setting_that_breaks_the_pages_stops_the_build_with_its_key(tmp_path: Path):
    shutil.copytree(FIXTURES / "basic", tmp_path / "snippets")
    (tmp_path / "mkdocs.yml").write_text("site_name: X\nuse_directory_urls: true\n", encoding="utf-8")
    completed = np2t("build", "-q", cwd=tmp_path)
    assert completed.returncode == 2
    assert "mkdocs.yml: key 'use_directory_urls'" in completed.stderr
    assert not (tmp_path / "site").exists()


def test_a_page_of_the_site_may_not_replace_a_generated_one(tmp_path: Path):
    shutil.copytree(FIXTURES / "basic", tmp_path / "snippets")
    (tmp_path / "mkdocs.yml").write_text("site_name: X\n", encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "cheatsheet.md").write_text("# Mine\n", encoding="utf-8")
    completed = np2t("build", "-q", "--keep-going", cwd=tmp_path)
    assert completed.returncode == 2
    assert "writes cheatsheet.md itself" in completed.stderr


def test_check_needs_no_site_config_but_build_says_what_is_missing(tmp_path: Path):
    shutil.copytree(FIXTURES / "basic" / "beta", tmp_path / "snippets" / "beta")
    checked = np2t("check", "-q", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    built = np2t("build", "-q", cwd=tmp_path)
    assert built.returncode == 2
    assert "mkdocs.yml: no such file" in built.stderr
    assert "site_name" in built.stderr
