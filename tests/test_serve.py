"""make serve: the preview rests while nothing changes; one edit regenerates once and reaches the page."""

import shutil
import signal
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import BUILDERS, FIXTURES, start_serve
from watchdog.events import (
    DirModifiedEvent,
    FileClosedEvent,
    FileClosedNoWriteEvent,
    FileCreatedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileOpenedEvent,
)

from generator.commands.watch import Bursts, EditsUnder, watch
from generator.site.builders import Builder, start_server

GENERATED = "pages generated in"
"""The line the preview prints for every regeneration."""


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode()
    except OSError:
        return None


def wait_for(url: str, text: str, seconds: float) -> str | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return page
        time.sleep(0.2)
    return None


@dataclass
class Preview:
    snippets: Path
    url: str
    log: Path

    def generations(self) -> int:
        return self.log.read_text(encoding="utf-8", errors="replace").count(GENERATED)


@contextmanager
def serving(root: Path, builder: str, page: str, shows: str) -> Iterator[Preview]:
    """``serve`` in the project folder ``root`` until the block ends, its stderr in a file."""
    server, address, log = start_serve(root, builder)
    running = Preview(root / "snippets", f"{address}/{page}", log)
    try:
        assert wait_for(running.url, shows, 120), f"never served: {log.read_text()[-2000:]}"
        yield running
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert fetch(running.url) is None, "the dev server outlived the serve command"


@pytest.fixture(params=BUILDERS)
def preview(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Preview]:
    """``serve`` on a copy of one fixture section, running until the test ends."""
    shutil.copytree(FIXTURES / "basic" / "beta", tmp_path / "snippets" / "beta")
    with serving(tmp_path, request.param, "beta.html", "Single pair") as running:
        yield running


def test_the_preview_rests_while_nothing_changes(preview: Preview):
    time.sleep(4)
    assert preview.generations() == 1, preview.log.read_text()


def test_one_edit_regenerates_once_and_reaches_the_page(preview: Preview):
    assert preview.generations() == 1
    torch_file = preview.snippets / "beta" / "single.torch.py"
    torch_file.write_text('print("edited while serving")\nresult = 1.5\n')
    assert wait_for(preview.url, "edited while serving", 90), (
        "the page did not show the edited snippet's output"
    )
    time.sleep(2)
    assert preview.generations() == 2, preview.log.read_text()


def test_only_edits_of_files_the_preview_reads_count(tmp_path: Path):
    bursts = Bursts(quiet=0.0)
    handler = EditsUnder(tmp_path, bursts, None)
    snippet = str(tmp_path / "beta" / "single.torch.py")
    for ignored in (
        FileOpenedEvent(snippet),
        FileClosedNoWriteEvent(snippet),
        FileModifiedEvent(str(tmp_path / "beta" / ".single.torch.py.swp")),
        FileCreatedEvent(str(tmp_path / "beta" / "__pycache__" / "x.pyc")),
    ):
        handler.on_any_event(ignored)
    assert bursts.next(timeout=0.05) == ()
    for edit in (
        FileModifiedEvent(snippet),
        FileClosedEvent(snippet),
        DirModifiedEvent(str(tmp_path / "beta")),
        FileMovedEvent(str(tmp_path / "beta" / ".tmp-save"), str(tmp_path / "beta" / "new.torch.py")),
    ):
        handler.on_any_event(edit)
    assert bursts.next(timeout=0.05) == tuple(
        sorted([str(tmp_path / "beta"), snippet, str(tmp_path / "beta" / "new.torch.py")])
    )


def test_the_observer_hears_of_edits_and_not_of_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Every read the preview's regeneration makes would otherwise be an event for its watcher's thread."""
    heard: list[object] = []
    monkeypatch.setattr(EditsUnder, "on_any_event", lambda self, event: heard.append(event))
    snippet = tmp_path / "beta" / "single.torch.py"
    snippet.parent.mkdir()
    snippet.write_text("result = 1\n")
    observer = watch([tmp_path], Bursts())
    try:
        for _ in range(20):
            snippet.read_bytes()
        snippet.write_text("result = 2\n")
        deadline = time.monotonic() + 10
        while not any(isinstance(e, FileClosedEvent) for e in heard) and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        observer.stop()
        observer.join()
    assert any(isinstance(e, FileClosedEvent) and e.src_path == str(snippet) for e in heard), heard
    assert not [e for e in heard if isinstance(e, (FileOpenedEvent, FileClosedNoWriteEvent))]


def test_a_single_file_watch_ignores_its_neighbours(tmp_path: Path):
    bursts = Bursts(quiet=0.0)
    handler = EditsUnder(tmp_path, bursts, "mkdocs.yml")
    handler.on_any_event(FileModifiedEvent(str(tmp_path / "README.md")))
    assert bursts.next(timeout=0.05) == ()
    handler.on_any_event(FileModifiedEvent(str(tmp_path / "mkdocs.yml")))
    assert bursts.next(timeout=0.05) == (str(tmp_path / "mkdocs.yml"),)


def test_a_burst_of_edits_is_handed_over_once_when_it_is_over():
    bursts = Bursts(quiet=1.0)

    def save_in_three_steps() -> None:
        for name in ("a", "b", "c"):
            bursts.note(name)
            time.sleep(0.05)

    saver = threading.Thread(target=save_in_three_steps)
    saver.start()
    assert bursts.next(timeout=5) == ("a", "b", "c")
    saver.join()
    assert bursts.next(timeout=0.05) == ()


@pytest.mark.parametrize("builder", BUILDERS)
def test_an_edited_article_reaches_the_served_page(builder: str, tmp_path: Path):
    """The preview watches what the build reads: articles too, not only snippets and templates."""
    shutil.copytree(FIXTURES / "cited" / "snippets", tmp_path / "snippets")
    shutil.copytree(FIXTURES / "cited" / "articles", tmp_path / "articles")
    article = tmp_path / "articles" / "tour.md"
    with serving(tmp_path, builder, "articles/tour.html", "A tour of embeds") as running:
        article.write_text(article.read_text(encoding="utf-8") + "\nA sentence added while serving.\n")
        assert wait_for(running.url, "A sentence added while serving.", 90), running.log.read_text()[-2000:]


def test_the_dev_servers_warnings_reach_the_console_with_control_characters_escaped(tmp_path: Path):
    """The dev server's warnings quote the pages it builds, so prose an author wrote: they are
    passed on with their control characters escaped, as a failed build's are."""
    shutil.copytree(FIXTURES / "cited" / "snippets", tmp_path / "snippets")
    shutil.copytree(FIXTURES / "cited" / "articles", tmp_path / "articles")
    article = tmp_path / "articles" / "tour.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nSee [this](missing\x1b]0;owned\x07.md).\n")
    with serving(tmp_path, "mkdocs", "articles/tour.html", "A tour of embeds") as running:
        pass
    log = running.log.read_text(encoding="utf-8")
    assert "contains a link 'missing\\x1b]0;owned\\x07.md'" in log
    assert "\x1b" not in log
    assert "\x07" not in log


@contextmanager
def dev_server(
    root: Path, stops: tuple[signal.Signals, ...] = (signal.SIGTERM, signal.SIGTERM)
) -> Iterator[tuple[str, Path, Path]]:
    """MkDocs' dev server as the preview starts it, on a one-page site in ``root``, then stopped by
    ``stops`` in a row (the preview's SIGTERM, twice by default); yields its address, the page
    and the configuration."""
    (root / "docs").mkdir(parents=True)
    page = root / "docs" / "index.md"
    page.write_text("# First words\n", encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text("site_name: Served\n", encoding="utf-8")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = start_server(Builder.MKDOCS, config, f"127.0.0.1:{port}")
    try:
        yield f"http://127.0.0.1:{port}/", page, config
    finally:
        for stop in stops:
            server.send_signal(stop)
            time.sleep(0.05)
        server.wait(timeout=30)


def test_the_mkdocs_dev_server_rebuilds_once_per_edit_and_never_after_a_read(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
):
    """The system tells MkDocs' server of every event in its folder, and reading a file is one:
    it rebuilds once for an edit of a page or of the configuration, never for a read (its own
    build reads the pages, so it would rebuild forever)."""
    with dev_server(tmp_path) as (url, page, config):
        assert wait_for(url, "First words", 60), "never served"
        page.read_text(encoding="utf-8")
        time.sleep(1)
        page.write_text("# Second words\n", encoding="utf-8")
        assert wait_for(url, "Second words", 30), "the edited page was never built"
        config.write_text("site_name: Renamed\n", encoding="utf-8")
        assert wait_for(f"{url}404.html", "Renamed", 30), "the edited configuration was never built"
        time.sleep(1)
    output = capfd.readouterr().err
    assert output.count("Building documentation") == 3
    assert output.count("A 'dirty' build is being performed") == 1, "shown once, as mkdocs serve shows it"


@pytest.mark.parametrize("stops", [(signal.SIGTERM, signal.SIGTERM), (signal.SIGINT, signal.SIGTERM)])
def test_the_mkdocs_dev_server_stops_leaving_no_folder(
    stops: tuple[signal.Signals, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Stopped as the preview stops it (SIGTERM), or by Ctrl-C and then by the preview, MkDocs' dev
    server shuts down and removes the folder it built the site in. ``mkdocs serve`` left one behind
    in the temporary folder at every stop."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    with dev_server(tmp_path / "project", stops) as (url, _, _):
        assert wait_for(url, "First words", 60), "never served"
        assert len(list(temporary.iterdir())) == 1, "the site is built in a temporary folder"
    assert fetch(url) is None
    assert list(temporary.iterdir()) == []


def test_a_page_rewritten_while_the_mkdocs_dev_server_rebuilds_waits_whole_for_the_next_rebuild(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
):
    """MkDocs' dirty build decides which pages to read, and later which to write, both by their
    times: a page written in between was built with no content, and the search plugin failed the
    rebuild. The dev server builds from a copy of the docs taken as each rebuild starts, so such a
    page waits, whole, for the next rebuild."""
    with dev_server(tmp_path) as (url, page, _):
        assert wait_for(url, "First words", 60), "never served"
        slow = page.parent / "slow.md"
        paragraphs = "".join(f"Paragraph {n} has *some* **emphasis** and `code`.\n\n" for n in range(8_000))
        slow.write_text("# Slow\n\n" + paragraphs, encoding="utf-8")
        assert wait_for(f"{url}slow/", "Paragraph 7999", 60), "the slow page was never built"
        seen = capfd.readouterr().err
        slow.write_text("# Slower\n\n" + paragraphs, encoding="utf-8")
        deadline = time.monotonic() + 30
        while "Building documentation" not in seen and time.monotonic() < deadline:
            time.sleep(0.01)
            seen = capfd.readouterr().err
        time.sleep(0.3)  # the index page has been looked at, the slow one is being read
        page.write_text("# Second words\n", encoding="utf-8")
        assert wait_for(url, "Second words", 60), "the rewritten page was never built"
        time.sleep(1)
    output = seen + capfd.readouterr().err
    assert "Error building page" not in output
    assert "An error happened during the rebuild" not in output
