"""Incremental writes of a build folder: only what changed is touched, and a site is swapped in whole.

A live preview's builder rebuilds whatever file it sees written, and the build's fingerprint
trusts that an unwritten file is an unchanged one, so each function here is held to exactly
which files it wrote, deleted or left alone (bytes and modification time).
"""

import locale
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from generator.errors import BuildError
from generator.files import write_atomically
from generator.site.builders import Builder
from generator.site.folders import check_site, publish, sync_docs, sync_known, write_config

OLD = 1_000_000_000
"""A modification time (2001) no write made by a test can produce."""


def aged(folder: Path) -> None:
    """Give every file under ``folder`` the old modification time, to see which are written again."""
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (OLD, OLD))


def untouched(path: Path) -> bool:
    return path.stat().st_mtime == OLD


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_sync_docs_writes_every_file_into_an_empty_folder(tmp_path: Path):
    files = {"index.md": b"home", "deep/er/page.md": b"deep"}
    docs = tmp_path / "docs"
    assert sync_docs(files, docs) == ("deep/er/page.md", "index.md")
    assert tree(docs) == files


def test_sync_docs_touches_only_what_changed_and_deletes_what_is_gone(tmp_path: Path):
    docs = tmp_path / "docs"
    sync_docs({"a.md": b"a", "b.md": b"b", "old/c.md": b"c", "keep/d.md": b"d"}, docs)
    aged(docs)
    changed = sync_docs({"a.md": b"a", "b.md": b"B", "keep/d.md": b"d", "new/e.md": b"e"}, docs)
    assert changed == ("b.md", "new/e.md", "old/c.md")
    assert tree(docs) == {"a.md": b"a", "b.md": b"B", "keep/d.md": b"d", "new/e.md": b"e"}
    assert untouched(docs / "a.md")
    assert untouched(docs / "keep" / "d.md")
    assert not untouched(docs / "b.md")
    assert not (docs / "old").exists(), "a folder left empty is removed"
    assert (docs / "keep").is_dir()


def test_sync_docs_with_nothing_changed_writes_nothing(tmp_path: Path):
    docs = tmp_path / "docs"
    files = {"a.md": b"a", "sub/b.md": b"b"}
    sync_docs(files, docs)
    aged(docs)
    assert sync_docs(files, docs) == ()
    assert untouched(docs / "a.md")
    assert untouched(docs / "sub" / "b.md")


def test_sync_docs_replaces_a_file_of_the_same_size_and_removes_nested_empty_folders(tmp_path: Path):
    docs = tmp_path / "docs"
    sync_docs({"a.md": b"one", "x/y/z.md": b"z"}, docs)
    assert sync_docs({"a.md": b"two"}, docs) == ("a.md", "x/y/z.md")
    assert (docs / "a.md").read_bytes() == b"two"
    assert sorted(p.name for p in docs.iterdir()) == ["a.md"]


def test_sync_known_trusts_what_it_wrote_and_touches_only_differences(tmp_path: Path):
    docs = tmp_path / "docs"
    written = {"a.md": b"a", "b.md": b"b", "sub/c.md": b"c"}
    sync_docs(written, docs)
    aged(docs)
    (docs / "a.md").write_bytes(b"edited behind its back")
    os.utime(docs / "a.md", (OLD, OLD))
    changed = sync_known({"a.md": b"a", "b.md": b"B", "new/d.md": b"d"}, docs, written)
    assert changed == ("b.md", "new/d.md", "sub/c.md")
    assert (docs / "a.md").read_bytes() == b"edited behind its back", "only differences from `written`"
    assert untouched(docs / "a.md")
    assert (docs / "b.md").read_bytes() == b"B"
    assert (docs / "new" / "d.md").read_bytes() == b"d"
    assert not (docs / "sub" / "c.md").exists()


def test_sync_known_of_a_file_already_gone_still_reports_it(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    assert sync_known({}, docs, {"gone.md": b"x"}) == ("gone.md",)
    assert sync_known({"same.md": b"s"}, docs, {"same.md": b"s"}) == ()
    assert not (docs / "same.md").exists(), "an equal entry is not written again"


def test_write_config_writes_a_standalone_file_once(tmp_path: Path):
    path = tmp_path / "deep" / "mkdocs.yml"
    config = {"site_name": "Ünïcode", "nav": [{"Home": "index.md"}], "a": 1}
    assert write_config(config, path) is True
    text = path.read_text(encoding="utf-8")
    assert "Ünïcode" in text, "written as UTF-8, not escaped"
    assert list(yaml.safe_load(text)) == ["site_name", "nav", "a"], "keys keep their order"
    assert yaml.safe_load(text) == config
    os.utime(path, (OLD, OLD))
    assert write_config(dict(config), path) is False
    assert untouched(path)
    assert write_config({**config, "a": 2}, path) is True
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["a"] == 2


def test_publish_swaps_the_site_in_whole_and_leaves_nothing_aside(tmp_path: Path):
    site = tmp_path / "out" / "site"
    first = tmp_path / "first"
    first.mkdir()
    (first / "index.html").write_text("one")
    publish(first, site)
    assert (site / "index.html").read_text() == "one"
    second = tmp_path / "second"
    second.mkdir()
    (second / "other.html").write_text("two")
    publish(second, site)
    assert tree(site) == {"other.html": b"two"}
    assert not first.exists()
    assert not second.exists()
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"], "the retired site is deleted"


def test_check_site_needs_the_home_page_and_pairs_json(tmp_path: Path):
    (tmp_path / "index.html").write_text("home")
    with pytest.raises(BuildError, match=r"lacks index\.html or pairs\.json"):
        check_site(tmp_path, Builder.MKDOCS)
    (tmp_path / "pairs.json").write_text("{}")
    check_site(tmp_path, Builder.MKDOCS)
    (tmp_path / "index.html").unlink()
    with pytest.raises(BuildError, match=f"^{Builder.ZENSICAL} reported success"):
        check_site(tmp_path, Builder.ZENSICAL)


def test_sync_docs_creates_the_docs_folder_and_its_parents_even_for_no_files(tmp_path: Path):
    """A builder refuses a missing docs folder: an empty catalog still gets one."""
    docs = tmp_path / "build" / "deep" / "docs"
    assert sync_docs({}, docs) == ()
    assert docs.is_dir()
    assert list(docs.iterdir()) == []
    assert sync_docs({"a.md": b"a"}, tmp_path / "other" / "docs") == ("a.md",)


def test_write_config_creates_missing_parent_folders(tmp_path: Path):
    path = tmp_path / "build" / "deep" / "mkdocs.yml"
    assert write_config({"site_name": "Site"}, path) is True
    assert yaml.safe_load(path.read_text(encoding="utf-8")) == {"site_name": "Site"}


def test_sync_known_creates_new_folders_at_any_depth(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    assert sync_known({"new/deeper/d.md": b"d", "e.md": b"e"}, docs, {}) == ("e.md", "new/deeper/d.md")
    assert tree(docs) == {"new/deeper/d.md": b"d", "e.md": b"e"}


def test_publish_creates_missing_parent_folders_and_a_first_site_needs_no_retiring(tmp_path: Path):
    site = tmp_path / "out" / "deep" / "site"
    staged = tmp_path / "staged"
    staged.mkdir()
    (staged / "index.html").write_text("one")
    publish(staged, site)
    assert tree(site) == {"index.html": b"one"}
    assert sorted(p.name for p in site.parent.iterdir()) == ["site"]


def test_a_publish_stopped_before_deleting_leaves_the_old_site_whole_beside_the_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Where the old site goes until it is deleted: a hidden folder beside the site, on its filesystem,
    so the swap is two renames and a publish stopped at that point leaves both sites whole."""
    site = tmp_path / "out" / "site"
    for name, page in (("first", "one"), ("second", "two")):
        staged = tmp_path / name
        staged.mkdir()
        (staged / "index.html").write_text(page)
    publish(tmp_path / "first", site)
    monkeypatch.setattr("generator.site.folders.shutil.rmtree", lambda path, **kwargs: None)
    publish(tmp_path / "second", site)
    assert tree(site) == {"index.html": b"two"}
    (retired,) = (p for p in site.parent.iterdir() if p.name != "site")
    assert retired.name.startswith(".retired-")
    assert tree(retired) == {"site/index.html": b"one"}


def test_check_site_says_which_builder_and_which_folder_fell_short(tmp_path: Path):
    (tmp_path / "pairs.json").write_text("{}")
    (tmp_path / "index.html").mkdir()
    with pytest.raises(BuildError) as raised:
        check_site(tmp_path, Builder.MKDOCS)
    assert str(raised.value) == f"mkdocs reported success but {tmp_path} lacks index.html or pairs.json"


def test_a_retired_site_that_cannot_be_deleted_does_not_fail_the_publish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Once renamed in, the new site is published; deleting the old one is tidying, and its failure
    (a permission, a file another system holds) must not turn a finished build into a failed one."""
    site = tmp_path / "site"
    for name, page in (("first", "one"), ("second", "two")):
        staged = tmp_path / name
        staged.mkdir()
        (staged / "index.html").write_text(page)
    publish(tmp_path / "first", site)

    def refuse(path: object, *args: object, **kwargs: object) -> None:
        raise PermissionError(f"not allowed: {path}")

    monkeypatch.setattr(os, "unlink", refuse)
    publish(tmp_path / "second", site)
    monkeypatch.undo()
    assert tree(site) == {"index.html": b"two"}


@pytest.fixture
def ascii_locale() -> Iterator[None]:
    """The C locale, whose encoding is ASCII: what a machine without a UTF-8 locale gives Python."""
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        yield
    finally:
        locale.setlocale(locale.LC_CTYPE, before)


def test_the_configuration_is_utf_8_whatever_the_machines_locale(tmp_path: Path, ascii_locale: None):
    path = tmp_path / "mkdocs.yml"
    config = {"site_name": "NumPy → PyTorch", "copyright": "© Ünïcode"}
    assert write_config(config, path) is True
    assert yaml.safe_load(path.read_bytes().decode("utf-8")) == config
    assert write_config(dict(config), path) is False, "read back as UTF-8: the same file"


def test_an_atomic_write_replaces_whole_and_a_failed_one_leaves_nothing(tmp_path: Path, monkeypatch):
    """The cache, the build state, citations, durations and PyTorch's names are all written this way."""
    path = tmp_path / "new" / "store.json"
    write_atomically(path, b"first")
    write_atomically(path, b"second")
    assert path.read_bytes() == b"second"
    assert sorted(p.name for p in path.parent.iterdir()) == ["store.json"]

    def refuse(self: Path, target: Path) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(path, b"third")
    assert path.read_bytes() == b"second"
    assert sorted(p.name for p in path.parent.iterdir()) == ["store.json"], "no partial file is left"
