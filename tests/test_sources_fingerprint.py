"""The sources' fingerprint: what decides, before anything is parsed, that a build has nothing to do.

``build`` digests every input file (``digest_tree``), fingerprints the digests with the settings
and versions (``inputs_fingerprint``) and answers "up to date" when the published site records
the same (``sources_current``). A change this misses leaves a stale site published with no error;
a location or an order it counts rebuilds for nothing. So each input is changed alone here, and
the stamp is held to the site it was written for.
"""

import hashlib
import os
import shutil
import socket
from pathlib import Path

import pytest
from conftest import SNIPPETS, project_in

import generator.site.fingerprint as fingerprints
from generator.commands.sources import project_sources, record_snippets_ran, snippets_ran
from generator.files import PARTIAL, write_atomically
from generator.site.builders import Builder
from generator.site.fingerprint import (
    INPUTS_FILE,
    RENDERING_DISTRIBUTIONS,
    STAMP_FILE,
    digest_tree,
    distribution_versions,
    inputs_fingerprint,
    sources_current,
    write_sources_stamp,
)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def snippets(tmp_path: Path) -> Path:
    folder = tmp_path / "project" / "snippets"
    (folder / "arrays" / "__pycache__").mkdir(parents=True)
    (folder / "__pycache__").mkdir()
    (folder / "index.md").write_bytes(b"# Snippets\n")
    (folder / "arrays" / "add.py").write_bytes(b"a + 1\n")
    (folder / "arrays" / "__pycache__" / "add.cpython-311.pyc").write_bytes(b"compiled")
    (folder / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    return folder


def test_a_folder_is_digested_file_by_file_by_its_path_from_the_folders_parent(snippets: Path):
    assert digest_tree(snippets) == {
        "snippets/arrays/add.py": sha(b"a + 1\n"),
        "snippets/index.md": sha(b"# Snippets\n"),
    }, "every file's SHA-256, keyed from the folder's name; no __pycache__ at any depth"


def test_a_relative_folder_is_keyed_as_an_absolute_one(snippets: Path, monkeypatch: pytest.MonkeyPatch):
    """A project opened as ``Path(".")`` names its folders relatively: the keys must not change."""
    monkeypatch.chdir(snippets.parent)
    assert digest_tree(Path("snippets")) == digest_tree(snippets)
    assert digest_tree(Path("snippets") / "arrays") == {"arrays/add.py": sha(b"a + 1\n")}


def test_a_single_file_is_digested_by_its_name_and_a_missing_path_is_empty(snippets: Path):
    assert digest_tree(snippets / "index.md") == {"index.md": sha(b"# Snippets\n")}
    assert digest_tree(snippets / "missing.md") == {}
    assert digest_tree(snippets / "missing") == {}


def test_a_link_counts_by_its_target_never_by_what_it_reaches(snippets: Path, tmp_path: Path):
    outside = tmp_path / "outside.py"
    outside.write_bytes(b"secret\n")
    (snippets / "linked.py").symlink_to(outside)
    (snippets / "dangling.py").symlink_to(tmp_path / "nowhere.py")
    tree = digest_tree(snippets)
    assert tree["snippets/linked.py"] == f"link:{outside}"
    assert tree["snippets/dangling.py"] == f"link:{tmp_path / 'nowhere.py'}"
    outside.write_bytes(b"changed\n")
    assert digest_tree(snippets) == tree, "what the link reaches is not read"
    assert digest_tree(snippets / "dangling.py") == {"dangling.py": f"link:{tmp_path / 'nowhere.py'}"}
    assert digest_tree(snippets / "linked.py") == {"linked.py": f"link:{outside}"}


def test_a_pipe_or_a_socket_counts_by_its_kind_and_is_never_read(snippets: Path):
    os.mkfifo(snippets / "pipe")
    with socket.socket(socket.AF_UNIX) as server:
        place = snippets / "sock"
        try:
            server.bind(str(place))
        except OSError as exc:  # a path longer than AF_UNIX allows
            pytest.skip(f"no socket at {place}: {exc}")
        tree = digest_tree(snippets)  # reading the pipe would block forever
    assert tree["snippets/pipe"] == "special:4096"
    assert tree["snippets/sock"] == "special:49152"
    assert tree["snippets/index.md"] == sha(b"# Snippets\n")


TREES = {
    "0:snippets": {"snippets/a.py": sha(b"a"), "snippets/b.py": sha(b"b")},
    "1:articles": {"articles/intro.md": sha(b"intro")},
    "generator": {"generator/site/pages.py": sha(b"pages")},
}
SETTINGS = {"date": "2026-01-01", "site_url": None, "patterns": ["arrays/*"]}


def stamp(trees: object = None, settings: object = None) -> str:
    return inputs_fingerprint(
        TREES if trees is None else trees,  # type: ignore[arg-type]
        SETTINGS if settings is None else settings,  # type: ignore[arg-type]
        Builder.MKDOCS,
    )


def test_the_same_sources_in_any_order_give_the_same_fingerprint():
    reordered = {name: dict(reversed(tree.items())) for name, tree in reversed(TREES.items())}
    assert stamp(reordered, dict(reversed(SETTINGS.items()))) == stamp()
    assert len(stamp()) == 64


CHANGED = {
    "a file's content": {**TREES, "0:snippets": {**TREES["0:snippets"], "snippets/a.py": sha(b"A")}},
    "a file added": {**TREES, "1:articles": {**TREES["1:articles"], "articles/new.md": sha(b"")}},
    "a file removed": {**TREES, "0:snippets": {"snippets/a.py": sha(b"a")}},
    "a file renamed": {**TREES, "0:snippets": {"snippets/c.py": sha(b"a"), "snippets/b.py": sha(b"b")}},
    "an input renamed": {
        "0:snippets": TREES["0:snippets"],
        "1:essays": TREES["1:articles"],
        "generator": TREES["generator"],
    },
    "a file moved between inputs": {
        "0:snippets": {"snippets/a.py": sha(b"a")},
        "1:articles": {**TREES["1:articles"], "snippets/b.py": sha(b"b")},
        "generator": TREES["generator"],
    },
    "an input emptied": {**TREES, "1:articles": {}},
    "text moved between an input's name and a path": {
        **{k: v for k, v in TREES.items() if k != "1:articles"},
        "1:": {"articles/intro.md": sha(b"intro")},
    },
}


@pytest.mark.parametrize("trees", CHANGED.values(), ids=CHANGED.keys())
def test_any_change_to_the_files_changes_the_fingerprint(trees):
    assert stamp(trees) != stamp()


def test_any_setting_changes_the_fingerprint_and_settings_that_are_no_json_count_by_their_text():
    changed = [
        stamp(settings={**SETTINGS, "date": "2026-01-02"}),
        stamp(settings={**SETTINGS, "site_url": "https://x.org/"}),
        stamp(settings={**SETTINGS, "patterns": []}),
        stamp(settings={**SETTINGS, "keep_going": True}),
    ]
    assert stamp() not in changed
    assert len(set(changed)) == len(changed)
    assert stamp(settings={**SETTINGS, "site": Path("a")}) != stamp(settings={**SETTINGS, "site": Path("b")})


@pytest.mark.parametrize("distribution", RENDERING_DISTRIBUTIONS)
def test_a_new_release_of_a_library_that_renders_pages_changes_the_fingerprint(
    distribution: str, monkeypatch: pytest.MonkeyPatch
):
    before = stamp()
    real = fingerprints.version
    monkeypatch.setattr(fingerprints, "version", lambda name: "99.0" if name == distribution else real(name))
    assert stamp() != before


def test_a_new_release_of_the_builder_changes_the_fingerprint(monkeypatch: pytest.MonkeyPatch):
    before = stamp()
    real = fingerprints.builder_versions
    monkeypatch.setattr(fingerprints, "builder_versions", lambda builder: {**real(builder), "mkdocs": "99.0"})
    assert stamp() != before


def test_the_builder_itself_changes_the_fingerprint(monkeypatch: pytest.MonkeyPatch):
    """Two builders with the same versions (the builder's name is hashed, not only its packages)."""
    monkeypatch.setattr(fingerprints, "builder_versions", lambda builder: {"same": "1.0"})
    assert inputs_fingerprint(TREES, SETTINGS, Builder.MKDOCS) != inputs_fingerprint(
        TREES, SETTINGS, Builder.ZENSICAL
    )


def test_distribution_versions_are_the_installed_ones_or_absent():
    from importlib.metadata import version  # noqa: PLC0415

    assert distribution_versions(["pyyaml", "no-such-distribution-np2t"]) == {
        "pyyaml": version("pyyaml"),
        "no-such-distribution-np2t": "absent",
    }
    assert list(distribution_versions(RENDERING_DISTRIBUTIONS)) == ["jinja2", "markupsafe", "pyyaml"]
    assert "absent" not in distribution_versions(RENDERING_DISTRIBUTIONS).values()


def built_site(tmp_path: Path, build: str = "b" * 64) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html></html>")
    (site / STAMP_FILE).write_text(build + "\n", encoding="utf-8")
    return site


def test_a_site_is_current_for_the_sources_stamped_into_it(tmp_path: Path):
    site = built_site(tmp_path)
    source = "s" * 64
    assert not sources_current(site, source), "never stamped"
    write_sources_stamp(site, source)
    assert (site / INPUTS_FILE).read_text(encoding="utf-8") == f"{source} {'b' * 64}\n"
    assert sorted(p.name for p in site.iterdir()) == sorted([INPUTS_FILE, STAMP_FILE, "index.html"]), (
        "no partial file is left"
    )
    assert sources_current(site, source)
    assert not sources_current(site, "t" * 64), "other sources"
    assert not sources_current(site, source[:-1])


def test_a_site_rebuilt_or_broken_since_its_sources_were_stamped_is_not_current(tmp_path: Path):
    site = built_site(tmp_path)
    source = "s" * 64
    write_sources_stamp(site, source)
    (site / STAMP_FILE).write_text("c" * 64 + "\n", encoding="utf-8")
    assert not sources_current(site, source), "another build replaced the site since"
    (site / STAMP_FILE).write_text("b" * 64 + "\n", encoding="utf-8")
    assert sources_current(site, source)
    (site / "index.html").unlink()
    assert not sources_current(site, source), "no home page: not a complete site"
    (site / "index.html").mkdir()
    assert not sources_current(site, source), "a folder named index.html is no page"
    (site / "index.html").rmdir()
    (site / "index.html").write_text("<html></html>")
    (site / STAMP_FILE).unlink()
    assert not sources_current(site, source), "no build stamp"


def test_no_site_or_a_file_in_its_place_is_not_current(tmp_path: Path):
    assert not sources_current(tmp_path / "missing", "s" * 64)
    (tmp_path / "file").write_text("x")
    assert not sources_current(tmp_path / "file", "s" * 64)


def test_a_sources_stamp_replaces_the_previous_one(tmp_path: Path):
    site = built_site(tmp_path)
    write_sources_stamp(site, "s" * 64)
    write_sources_stamp(site, "t" * 64)
    assert sources_current(site, "t" * 64)
    assert not sources_current(site, "s" * 64)
    assert (site / INPUTS_FILE).read_text(encoding="utf-8") == f"{'t' * 64} {'b' * 64}\n"


def test_a_sources_stamp_needs_a_built_site(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    with pytest.raises(FileNotFoundError):
        write_sources_stamp(site, "s" * 64)
    assert list(site.iterdir()) == []


def test_the_snippets_a_build_ran_are_told_apart_from_edited_ones(tmp_path: Path):
    """``build`` launches the warm server at once unless the last build ran these very snippet files."""
    folder = tmp_path / "snippets"
    shutil.copytree(SNIPPETS, folder)
    project = project_in(tmp_path / "out", snippets=folder)
    before = project_sources(project)
    assert not snippets_ran(project, before), "nothing has run yet"
    record_snippets_ran(project, before)
    assert snippets_ran(project, project_sources(project))
    edited = next(folder.rglob("*.torch.py"))
    edited.write_text(edited.read_text() + "print('edited')\n")
    assert not snippets_ran(project, project_sources(project))
    edited.with_name("new.numpy.py").write_text("result = 1\n")
    record_snippets_ran(project, project_sources(project))
    edited.with_name("new.numpy.py").unlink()
    assert not snippets_ran(project, project_sources(project)), "a removed file is a change too"


def test_a_timing_taken_again_under_its_old_name_changes_the_fingerprint(tmp_path: Path):
    """A timing entry is named after what was timed: ``make bench`` after a cleared cache writes a
    new timing under the old name, and the site must be built again to show it."""
    project = project_in(tmp_path / "out", snippets=SNIPPETS)
    entry = project.paths.timings / "ab" / "ab12"
    write_atomically(entry, b"the first timing")
    before = project_sources(project).fingerprint
    assert project_sources(project).fingerprint == before, "nothing changed"
    write_atomically(entry, b"a timing taken again")
    assert project_sources(project).fingerprint != before


def test_a_partial_timing_file_a_killed_write_left_is_no_timing(tmp_path: Path):
    project = project_in(tmp_path / "out", snippets=SNIPPETS)
    write_atomically(project.paths.timings / "ab" / "ab12", b"a timing")
    before = project_sources(project).fingerprint
    (project.paths.timings / "ab" / f"{PARTIAL}x1").write_bytes(b"half a tim")
    assert project_sources(project).fingerprint == before
    write_atomically(project.paths.timings / "cd" / "cd34", b"another timing")
    assert project_sources(project).fingerprint != before
