"""A whole build in parts: each builder process renders a share of the pages, and the site is the one
a single process builds, file for file; a part that fails leaves the error to a whole build."""

from pathlib import Path

import pytest

from generator.errors import CONTROL, BuildError
from generator.site.builders import (
    QUOTED_OUTPUT,
    Builder,
    BuildMode,
    ReadyBuilders,
    finish_builder,
    start_builder,
)
from generator.site.folders import CONFIG as CONFIG_FILE
from generator.site.folders import DOCS, SITE, sync_docs, write_config
from generator.site.parts import build_whole, shares
from generator.site.patch import patchable

CONFIG = {
    "site_name": "Parts",
    "use_directory_urls": False,
    "theme": {"name": "material"},
    "plugins": ["search"],
    "nav": [{"Home": "index.md"}, {"Big": "big.md"}, {"Small": "nested/small.md"}, {"Last": "last.md"}],
}
FILES = {
    "index.md": b"# Home\n\nSee [the big page](big.md#second) and [the last one](last.md).\n",
    "big.md": b"# Big\n\n"
    + b"".join(b"## Part %d\n\nText %d, [home](index.md).\n\n" % (n, n) for n in range(40))
    + b"## Second { #second }\n\n```python\nprint(1)\n```\n",
    "nested/small.md": b"# Small\n\nBack [home](../index.md).\n",
    "last.md": b"# Last\n\nThe end.\n",
    "figure.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
}


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_pages_are_dealt_largest_first_into_shares_of_about_equal_size():
    dealt = shares(FILES, 2)
    assert dealt == (("big.md",), ("index.md", "nested/small.md", "last.md"))
    assert shares(FILES, 1) == (("index.md", "big.md", "nested/small.md", "last.md"),)
    assert len(shares(FILES, 9)) == 4, "no share is empty"
    assert shares({"figure.svg": b"x"}, 2) == ()


@pytest.mark.parametrize("parts", [2, 3])
def test_a_site_built_in_parts_is_the_site_one_process_builds(tmp_path, parts):
    whole = build_whole(FILES, CONFIG, Builder.MKDOCS, tmp_path / "one", parts=1)
    assert whole == tmp_path / "one" / "whole" / "site"
    in_parts = build_whole(FILES, CONFIG, Builder.MKDOCS, tmp_path / "parts", parts=parts)
    assert in_parts == tmp_path / "parts" / "part-0" / "site", "the build fell back to one process"
    got, wanted = files(in_parts), files(whole)
    assert sorted(got) == sorted(wanted)
    assert [path for path in wanted if got[path] != wanted[path]] == []
    assert b"Text 39" in got["search/search_index.json"]
    assert b"Built by another part" not in b"".join(got.values())


@pytest.mark.parametrize("warm", ["same", "broken", "none"])
def test_ready_builders_build_the_site_a_fresh_process_builds(tmp_path, warm):
    """A process started ahead, warmed with a configuration (even one that does not load), builds
    what ``python -m mkdocs`` builds; each part takes one."""
    warm_config = tmp_path / "warm" / "mkdocs.yml"
    if warm == "same":
        write_config(CONFIG, warm_config)
    elif warm == "broken":
        warm_config.parent.mkdir()
        warm_config.write_text("theme: [unclosed\n")
    wanted = files(build_whole(FILES, CONFIG, Builder.MKDOCS, tmp_path / "fresh", parts=2))
    ready = ReadyBuilders(Builder.MKDOCS, 2, warm=warm_config if warm != "none" else None)
    try:
        waiting = list(ready._waiting)
        built = build_whole(FILES, CONFIG, Builder.MKDOCS, tmp_path / "ready", parts=2, ready=ready)
        assert ready._waiting == [], "a part started a process of its own"
        assert all(process.returncode == 0 for process in waiting)
    finally:
        ready.close()
    got = files(built)
    assert sorted(got) == sorted(wanted)
    assert [path for path in wanted if got[path] != wanted[path]] == []


def test_ready_builders_report_a_failure_and_those_never_taken_are_killed(tmp_path):
    ready = ReadyBuilders(Builder.MKDOCS, 3)
    waiting = list(ready._waiting)
    broken = {**FILES, "last.md": b"# Last\n\n[Nowhere](missing.md)\n"}
    with pytest.raises(BuildError, match=r"missing\.md"):
        build_whole(broken, CONFIG, Builder.MKDOCS, tmp_path, parts=1, ready=ready)
    assert waiting[0].returncode not in (None, 0), "the failing build ran in the ready process"
    assert len(ready._waiting) == 2
    ready.close()
    assert ready._waiting == []
    assert all(process.returncode is not None for process in waiting[1:]), "a ready process outlived close"


def test_a_part_that_fails_leaves_the_error_to_a_build_in_one_process(tmp_path):
    broken = {**FILES, "last.md": b"# Last\n\n[Nowhere](missing.md)\n"}
    with pytest.raises(BuildError, match=r"missing\.md"):
        build_whole(broken, CONFIG, Builder.MKDOCS, tmp_path, parts=2)
    assert (tmp_path / "whole" / "docs" / "last.md").is_file(), "no build in one process was tried"


@pytest.mark.parametrize(
    ("plugins", "apart"),
    [
        (["search"], True),
        ([{"search": {"lang": "en"}}], True),
        ([], True),
        (["search", "tags"], False),
        ([{"blog": {}}], False),
    ],
)
def test_pages_are_built_apart_only_beside_plugins_that_read_one_page(plugins, apart):
    """A plugin that gathers pages (tags, a blog) would see the other parts' stubs: one process then."""
    assert patchable({**CONFIG, "plugins": plugins}, Builder.MKDOCS) is apart
    assert not patchable(CONFIG, Builder.ZENSICAL)
    assert not patchable({**CONFIG, "use_directory_urls": True}, Builder.MKDOCS)


def test_a_site_with_a_plugin_that_gathers_pages_is_built_in_one_process(tmp_path):
    tagged = {**CONFIG, "plugins": ["search", "tags"]}
    assert build_whole(FILES, tagged, Builder.MKDOCS, tmp_path, parts=2) == tmp_path / "whole" / "site"
    assert not (tmp_path / "part-0").exists()


def test_a_dirty_build_fails_on_any_warning_but_its_own(tmp_path):
    """A patch renders only its pages (MkDocs' dirty build, which cannot be strict); a warning
    other than the one every dirty build gives still fails it, as ``--strict`` would."""
    folder = tmp_path / "site"
    write_config(CONFIG, folder / CONFIG_FILE)
    sync_docs(FILES, folder / DOCS)
    first = start_builder(Builder.MKDOCS, folder / CONFIG_FILE, mode=BuildMode.CHANGED)
    finish_builder(Builder.MKDOCS, first, BuildMode.CHANGED)
    assert (folder / SITE / "big.html").is_file()
    (folder / DOCS / "last.md").write_text("# Last\n\n[Nowhere](missing.md)\n")
    building = start_builder(Builder.MKDOCS, folder / CONFIG_FILE, mode=BuildMode.CHANGED)
    with pytest.raises(BuildError, match=r"missing\.md") as raised:
        finish_builder(Builder.MKDOCS, building, BuildMode.CHANGED)
    assert "'dirty' build" not in str(raised.value)


def test_a_ready_builder_runs_this_package_whatever_the_working_folder_holds(tmp_path, monkeypatch):
    """Like the warm server, the ready process never imports a ``generator`` package that the
    folder the build runs in, or a folder on the builder's ``PYTHONPATH``, happens to hold."""
    impostor = tmp_path / "checkout" / "generator"
    impostor.mkdir(parents=True)
    (impostor / "__init__.py").write_text('raise SystemExit("an impostor was imported")\n')
    monkeypatch.chdir(impostor.parent)
    monkeypatch.setenv("PYTHONPATH", str(impostor.parent))
    ready = ReadyBuilders(Builder.MKDOCS, 1)
    try:
        waiting = list(ready._waiting)
        build_whole(FILES, CONFIG, Builder.MKDOCS, tmp_path / "ready", parts=1, ready=ready)
    finally:
        ready.close()
    assert [process.returncode for process in waiting] == [0], "the ready process did not build"


def test_a_failed_build_quotes_the_builders_output_with_its_control_characters_escaped(tmp_path):
    """A warning quotes the page, so prose an author wrote: what reaches the console must not be
    able to drive the terminal, and it is bounded to the end, where the abort says why."""
    folder = tmp_path / "site"
    write_config(CONFIG, folder / CONFIG_FILE)
    sync_docs(FILES, folder / DOCS)
    many = "".join(f"[Link {n}](gone-{n}.md) " for n in range(400))
    (folder / DOCS / "last.md").write_text(f"# Last\n\n{many}\n\n[Nowhere](missing\x1b]0;owned\x07.md)\n")
    building = start_builder(Builder.MKDOCS, folder / CONFIG_FILE)
    with pytest.raises(BuildError) as raised:
        finish_builder(Builder.MKDOCS, building)
    message = str(raised.value)
    assert not CONTROL.search(message)
    assert "missing\\x1b]0;owned\\x07.md" in message
    assert "characters are left out]" in message
    assert len(message) < QUOTED_OUTPUT + 200
    assert "Aborted with" in message.splitlines()[-1]
