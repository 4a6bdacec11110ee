"""A patch build started ahead: taken only for exactly the patch's pages, folder and configuration."""

import subprocess
import sys
from pathlib import Path

import pytest
from handmade import floats, outcome, ran

from generator.compare.verdict import Judgement, Verdict
from generator.discover.metadata import Expectation, PairMeta
from generator.site.ahead import Ahead, shown_alike, start_ahead
from generator.site.builders import Builder
from generator.site.folders import CONFIG
from generator.site.patch import Published, patch_folder

DOCS = {"index.md": b"# Home\n", "first.md": b"# First\n", "pairs.json": b"[]"}


def waiting(tmp_path: Path) -> Ahead:
    """An Ahead whose process waits, and whose site folder holds a page."""
    site = tmp_path / "site"
    site.mkdir(parents=True)
    (site / "first.html").write_text("half written")
    process = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], stdout=subprocess.PIPE, text=True
    )
    return Ahead(("first.md",), {"first.md": b"# First\n", "index.md": b""}, "site_name: x\n", process, site)


def test_a_build_is_taken_only_for_the_same_pages_folder_and_configuration(tmp_path):
    ahead = waiting(tmp_path)
    try:
        assert ahead.taken(("first.md",), dict(ahead.docs), "site_name: x\n") == (ahead.process, ahead.site)
        assert ahead.process.returncode is None, "a build taken keeps running"
    finally:
        ahead.cancel()
    for pages, docs, config in [
        (("first.md", "index.md"), ahead.docs, "site_name: x\n"),
        (("first.md",), {**ahead.docs, "index.md": b"# Home\n"}, "site_name: x\n"),
        (("first.md",), {**ahead.docs, "first.md": b"# First, edited\n"}, "site_name: x\n"),
        (("first.md",), {**ahead.docs, "figure.svg": b""}, "site_name: x\n"),
        (("first.md",), ahead.docs, "site_name: y\n"),
    ]:
        other = waiting(tmp_path / str(len(list(tmp_path.iterdir()))))
        assert other.taken(pages, docs, config) is None
        assert other.process.returncode is not None, "a build not taken is stopped"
        assert not other.site.exists(), "the folder it may have half written is left behind"


def test_a_build_of_more_pages_than_the_patch_needs_is_taken(tmp_path):
    """A page it built whole that the patch does not need stands in the patch's docs as a stub."""
    started = waiting(tmp_path)
    whole = {"first.md": b"# First\n", "index.md": b"# Home\n"}
    ahead = Ahead(("first.md", "index.md"), whole, started.config, started.process, started.site)
    try:
        docs = {"first.md": b"# First\n", "index.md": b""}
        assert ahead.taken(("first.md",), docs, "site_name: x\n") == (ahead.process, ahead.site)
    finally:
        ahead.cancel()


def test_a_finished_build_keeps_what_it_wrote_when_cancelled(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "first.html").write_text("whole")
    process = subprocess.Popen([sys.executable, "-c", "pass"], stdout=subprocess.PIPE, text=True)
    process.communicate()
    Ahead(("first.md",), {}, "", process, site).cancel()
    assert (site / "first.html").read_text() == "whole"


def published(docs: dict[str, bytes]) -> Published:
    return Published("stamp", Builder.MKDOCS, "setup", dict.fromkeys(docs, "digest"), {}, {})


@pytest.mark.parametrize(
    ("pages", "builder", "config", "known"),
    [
        ({}, Builder.MKDOCS, True, True),
        ({"new.md": b"# New\n"}, Builder.MKDOCS, True, True),
        ({"first.md": b"# First, edited\n"}, Builder.ZENSICAL, True, True),
        ({"first.md": b"# First, edited\n"}, Builder.MKDOCS, False, True),
        ({"first.md": b"# First, edited\n"}, Builder.MKDOCS, True, False),
    ],
    ids=["no page", "a page the site lacks", "zensical", "no earlier patch", "no published site"],
)
def test_nothing_starts_without_a_guess_to_build(tmp_path, pages, builder, config, known):
    if config:
        (patch_folder(tmp_path) / CONFIG).parent.mkdir(parents=True)
        (patch_folder(tmp_path) / CONFIG).write_text("site_name: x\n")
    previous = published(DOCS) if known else None
    assert start_ahead(pages, previous, builder, tmp_path, None) is None
    assert not (patch_folder(tmp_path) / "docs").exists(), "nothing was written"


def shown(
    *, title: str = "Single pair", stdout: str = "", call: str = "torch.add", summary: str = "equivalent"
):
    """A pair as the reference pages show it: title, judgement, calls; and what it printed."""
    return outcome(
        "beta",
        "single",
        PairMeta(title, Expectation.EQUAL),
        (ran(floats(2.0), api=("numpy.add",)), ran(floats(2.0), stdout=stdout, api=(call,))),
        Judgement(Verdict.EQUAL, True, summary, (), 0.0, 0.0),
    )


def test_a_pair_shows_alike_when_only_what_it_printed_changed():
    before = shown()
    assert shown_alike(before, shown(stdout="printed more\n"))
    changed = (shown(title="Renamed"), shown(call="torch.sum"), shown(summary="judged otherwise"))
    assert not any(shown_alike(before, after) for after in changed)
    assert not shown_alike(None, before), "a new pair adds rows to the reference pages"
