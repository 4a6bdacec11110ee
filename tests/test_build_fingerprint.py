"""The site's build fingerprint: any input the builder reads changes it, where things lie does not.

A no-change build is skipped when the published site's fingerprint equals the new one, so an
input the fingerprint missed would leave a stale site published, and a location it included
would rebuild a moved checkout for nothing.
"""

import datetime
import importlib.util
from pathlib import Path

import pytest

import generator.site.fingerprint as fingerprints
from generator.site.builders import Builder
from generator.site.fingerprint import STAMP_FILE, fingerprint, is_current, write_stamp

FILES = {"index.md": b"# Home\n", "alpha.md": b"# Alpha\n", "assets/reference.css": b"body {}\n"}


@pytest.fixture
def overrides(tmp_path: Path) -> Path:
    folder = tmp_path / "overrides"
    (folder / "partials").mkdir(parents=True)
    (folder / "main.html").write_text("{% extends 'base.html' %}")
    (folder / "partials" / "footer.html").write_text("<footer></footer>")
    return folder


def config_with(overrides: Path, **changes: object) -> dict[str, object]:
    config: dict[str, object] = {
        "site_name": "Site",
        "docs_dir": "/somewhere/docs",
        "site_dir": "/somewhere/site",
        "theme": {"name": "material", "custom_dir": str(overrides)},
        "markdown_extensions": ["tables"],
    }
    config.update(changes)
    return config


def test_the_same_inputs_give_the_same_fingerprint_in_any_order(overrides):
    first = fingerprint(FILES, config_with(overrides), Builder.MKDOCS)
    reordered = dict(reversed(list(FILES.items())))
    config = dict(reversed(list(config_with(overrides).items())))
    assert fingerprint(reordered, config, Builder.MKDOCS) == first
    assert len(first) == 64


CHANGED_FILES = {
    "a page's text": {**FILES, "alpha.md": b"# Alpha, edited\n"},
    "a page added": {**FILES, "beta.md": b"# Beta\n"},
    "a page removed": {k: v for k, v in FILES.items() if k != "alpha.md"},
    "a page renamed": {("gamma.md" if k == "alpha.md" else k): v for k, v in FILES.items()},
    "bytes moved between two files": {**FILES, "alpha.md": b"# Alpha\n#", "index.md": b" Home\n"},
    "bytes moved between a name and its content": {
        **{k: v for k, v in FILES.items() if k != "alpha.md"},
        "alpha.md#": b" Alpha\n",
    },
}


@pytest.mark.parametrize("files", CHANGED_FILES.values(), ids=CHANGED_FILES.keys())
def test_any_change_to_the_pages_changes_the_fingerprint(overrides, files):
    assert fingerprint(files, config_with(overrides), Builder.MKDOCS) != fingerprint(
        FILES, config_with(overrides), Builder.MKDOCS
    )


def test_any_setting_or_the_builder_changes_the_fingerprint(overrides):
    base = fingerprint(FILES, config_with(overrides), Builder.MKDOCS)
    changed = {
        "site name": fingerprint(FILES, config_with(overrides, site_name="Other"), Builder.MKDOCS),
        "extensions": fingerprint(FILES, config_with(overrides, markdown_extensions=[]), Builder.MKDOCS),
        "site url": fingerprint(FILES, config_with(overrides, site_url="https://x.org/"), Builder.MKDOCS),
        "theme": fingerprint(
            FILES,
            config_with(overrides, theme={"name": "mkdocs", "custom_dir": str(overrides)}),
            Builder.MKDOCS,
        ),
    }
    if importlib.util.find_spec("zensical") is not None:  # the optional builder (.ci/run installs it)
        changed["builder"] = fingerprint(FILES, config_with(overrides), Builder.ZENSICAL)
    assert {name for name, value in changed.items() if value == base} == set()


def test_an_edited_added_or_removed_override_changes_the_fingerprint(overrides):
    base = fingerprint(FILES, config_with(overrides), Builder.MKDOCS)
    (overrides / "partials" / "footer.html").write_text("<footer>edited</footer>")
    edited = fingerprint(FILES, config_with(overrides), Builder.MKDOCS)
    (overrides / "404.html").write_text("gone")
    added = fingerprint(FILES, config_with(overrides), Builder.MKDOCS)
    (overrides / "main.html").rename(overrides / "partials" / "main.html")
    moved = fingerprint(FILES, config_with(overrides), Builder.MKDOCS)
    assert len({base, edited, added, moved}) == 4


def test_where_the_folders_lie_does_not_change_the_fingerprint(overrides, tmp_path):
    base = fingerprint(FILES, config_with(overrides), Builder.MKDOCS)
    elsewhere = tmp_path / "moved" / "overrides"
    elsewhere.parent.mkdir()
    overrides.rename(elsewhere)
    moved = config_with(elsewhere, docs_dir="/elsewhere/docs", site_dir="/elsewhere/site")
    assert fingerprint(FILES, moved, Builder.MKDOCS) == base


def test_a_config_without_overrides_or_theme_folder_is_fingerprinted_too(overrides):
    plain = config_with(overrides, theme={"name": "material"})
    assert fingerprint(FILES, plain, Builder.MKDOCS) == fingerprint(FILES, dict(plain), Builder.MKDOCS)
    assert fingerprint(FILES, plain, Builder.MKDOCS) != fingerprint(
        FILES, config_with(overrides), Builder.MKDOCS
    )
    assert fingerprint(FILES, config_with(overrides, theme="material"), Builder.MKDOCS)


def test_a_site_is_current_only_when_complete_and_stamped_with_the_same_fingerprint(tmp_path):
    site = tmp_path / "site"
    assert not is_current(site, "abc"), "no site"
    site.mkdir()
    write_stamp(site, "abc")
    assert (site / STAMP_FILE).read_text() == "abc\n"
    assert not is_current(site, "abc"), "no index.html: the build did not finish"
    (site / "index.html").write_text("<html></html>")
    assert is_current(site, "abc")
    assert not is_current(site, "abd")
    assert not is_current(site, "ab")
    (site / "index.html").unlink()
    (site / "index.html").mkdir()
    assert not is_current(site, "abc"), "a folder named index.html is no page"
    file_site = tmp_path / "a-file"
    file_site.write_text("x")
    assert not is_current(file_site, "abc")


def test_settings_that_are_no_json_are_fingerprinted_by_their_text(overrides):
    dated = fingerprint(FILES, config_with(overrides, copyright=datetime.date(2026, 1, 1)), Builder.MKDOCS)
    assert dated != fingerprint(
        FILES, config_with(overrides, copyright=datetime.date(2026, 1, 2)), Builder.MKDOCS
    )


def test_the_builder_itself_changes_the_fingerprint_even_with_the_same_versions(overrides, monkeypatch):
    monkeypatch.setattr("generator.site.fingerprint.builder_versions", lambda builder: {"same": "1.0"})
    assert fingerprint(FILES, config_with(overrides), Builder.MKDOCS) != fingerprint(
        FILES, config_with(overrides), Builder.ZENSICAL
    )


def test_a_stamp_replaces_the_previous_one_whole(tmp_path: Path):
    write_stamp(tmp_path, "abc")
    write_stamp(tmp_path, "def")
    assert (tmp_path / STAMP_FILE).read_text(encoding="utf-8") == "def\n"
    assert [p.name for p in tmp_path.iterdir()] == [STAMP_FILE], "no partial file is left"


def test_a_new_release_of_the_builder_changes_the_fingerprint(overrides, monkeypatch):
    """A new MkDocs or theme may write other HTML from the same pages: the site is built again."""
    before = fingerprint(FILES, config_with(overrides), Builder.MKDOCS)
    real = fingerprints.builder_versions
    monkeypatch.setattr(fingerprints, "builder_versions", lambda builder: {**real(builder), "mkdocs": "99.0"})
    assert fingerprint(FILES, config_with(overrides), Builder.MKDOCS) != before
