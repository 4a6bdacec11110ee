"""The live preview redoes only what an edit changed: what it re-ran, what it rewrote, what it serves.

Every regeneration prints one line, the preview's contract with its author:
``pages generated in X s: N snippets executed, M from the cache; files rewritten: A, B, ...``
(at most six names, sorted, then ``...``; ``none`` when nothing changed). These tests make one
edit each to a served copy of the basic fixture and read that line and the served pages: an
edit of one snippet re-runs that snippet alone and rewrites the pages that show it, a save that
changes nothing rewrites nothing, and a removed pair or section leaves the pages it was on.
The builder's own incremental rebuild is then what serves the rewritten files.
"""

import json
import re
import shutil
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import BUILDERS, FIXTURES, start_serve

from generator.commands import serve

LINE = re.compile(
    r"pages generated in [\d.]+ s: (?P<executed>\d+) snippets executed, (?P<cached>\d+) from the cache; "
    r"files rewritten: (?P<files>.*)"
)
SHOWN = 6
"""How many rewritten files the line names before ``...``."""
SNIPPETS = 10
"""Snippet files of the basic fixture: four pairs in alpha, one in beta."""
TIMINGS = "performance.md"
"""The performance page shows the build's own run times (their total and median), which a re-run
measures again: it is rewritten after a re-run whenever a shown digit changed, and not otherwise."""
GAMMA = {
    "_section.toml": 'title = "Gamma"\norder = 3\n',
    "only.numpy.py": '# /// pair\n# title = "Gamma pair"\n# expect = "equal"\n# ///\nresult = 2\n',
    "only.torch.py": "result = 2\n",
}
"""A third section with one pair, which a test removes while serving."""


@dataclass(frozen=True)
class Regeneration:
    """What one regeneration said it did."""

    executed: int
    cached: int
    rewritten: tuple[str, ...]
    complete: bool
    """False when the line names only the first files (``...``)."""

    def rewrote(self, name: str) -> bool:
        """Whether ``name`` was rewritten; a cut list (the docs' files sorted, then the configuration)
        can tell only for a docs file sorted before its last name."""
        assert self.complete or name < self.rewritten[-1], f"{name} may lie past the cut: {self}"
        return name in self.rewritten


@dataclass
class Preview:
    """A running ``serve`` on a project folder, its output in a file."""

    root: Path
    address: str
    log: Path
    count: int = 1
    """Regenerations seen so far: the first, then one per edit."""

    def regenerations(self) -> list[Regeneration]:
        found = []
        for match in LINE.finditer(self.log.read_text(encoding="utf-8", errors="replace")):
            files = match["files"].strip()
            complete = not files.endswith(", ...")
            names = tuple(files.removesuffix(", ...").split(", ")) if files != "none" else ()
            found.append(Regeneration(int(match["executed"]), int(match["cached"]), names, complete))
        return found

    def after(self, edit: object, seconds: float = 90) -> Regeneration:
        """The one regeneration an edit (already made, ``edit`` is its result) caused."""
        del edit
        deadline = time.monotonic() + seconds
        while len(self.regenerations()) < self.count + 1:
            assert time.monotonic() < deadline, f"no regeneration: {self.log.read_text()[-2000:]}"
            time.sleep(0.2)
        time.sleep(2)  # a second regeneration for the same edit would show by now
        found = self.regenerations()
        assert len(found) == self.count + 1, f"one edit, {len(found) - self.count} regenerations"
        self.count = len(found)
        return found[-1]

    def page(self, path: str) -> str | None:
        try:
            with urllib.request.urlopen(f"{self.address}/{path}", timeout=2) as response:
                return response.read().decode()
        except (urllib.error.URLError, OSError):
            return None

    def status(self, path: str) -> int | None:
        """The HTTP status the preview answers for ``path``; None while nothing listens."""
        try:
            with urllib.request.urlopen(f"{self.address}/{path}", timeout=2) as response:
                return int(response.status)
        except urllib.error.HTTPError as exc:
            return exc.code
        except (urllib.error.URLError, OSError):
            return None

    def until(
        self, path: str, shows: bool, text: str, seconds: float = 60, served: bool = False
    ) -> str | None:
        """The served page once it shows (or no longer shows) ``text``; fails when it never does.

        ``served``: only a page actually served counts (not a moment when nothing answers).
        """
        deadline = time.monotonic() + seconds
        while True:
            page = self.page(path)
            if (page is not None or not served) and (page is not None and text in page) is shows:
                return page
            assert time.monotonic() < deadline, (
                f"{path} {'never showed' if shows else 'still shows'} {text!r}"
            )
            time.sleep(0.2)


@contextmanager
def serving(root: Path, builder: str) -> Iterator[Preview]:
    """``serve`` on ``root/snippets`` until the test ends, once its first pages are served."""
    server, address, log = start_serve(root, builder)
    preview = Preview(root, address, log)
    try:
        preview.until("beta.html", True, "Single pair", 120)
        assert len(preview.regenerations()) == 1, log.read_text()
        yield preview
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[Preview]:
    """The basic fixture served by MkDocs: what is rewritten is the preview's, whatever the builder."""
    shutil.copytree(FIXTURES / "basic", tmp_path / "snippets")
    with serving(tmp_path, "mkdocs") as running:
        yield running


def test_the_first_generation_runs_every_snippet(preview: Preview):
    first = preview.regenerations()[0]
    assert (first.executed, first.cached) == (SNIPPETS, 0)
    assert first.rewrote("alpha.md")


def test_a_save_that_changes_no_byte_runs_and_rewrites_nothing(preview: Preview):
    snippet = preview.root / "snippets" / "alpha" / "passing.torch.py"
    done = preview.after(snippet.write_bytes(snippet.read_bytes()))
    assert done == Regeneration(0, SNIPPETS, (), True)


@pytest.mark.parametrize(
    ("snippet", "page"),
    [("alpha/passing.torch.py", "alpha"), ("beta/single.numpy.py", "beta")],
    ids=["alpha-torch", "beta-numpy"],
)
def test_an_edited_snippet_reruns_alone_and_rewrites_its_section_page(preview: Preview, snippet, page):
    path = preview.root / "snippets" / snippet
    source = path.read_text(encoding="utf-8")
    done = preview.after(path.write_text(source + 'print("edited while serving")\n', encoding="utf-8"))
    assert (done.executed, done.cached) == (1, SNIPPETS - 1)
    assert done.complete
    assert {f"{page}.md", "pairs.json"} <= set(done.rewritten) <= {f"{page}.md", "pairs.json", TIMINGS}
    preview.until(f"{page}.html", True, "edited while serving")


def test_an_edited_docstring_runs_nothing_and_rewrites_its_section_page(preview: Preview):
    """The description shows on the pair's section page alone (the cheat sheet shows titles and forms)."""
    path = preview.root / "snippets" / "alpha" / "passing.numpy.py"
    source = path.read_text(encoding="utf-8")
    edited = source.replace("Both sides add one.", "Both sides add one, edited while serving.")
    assert edited != source
    done = preview.after(path.write_text(edited, encoding="utf-8"))
    assert (done.executed, done.cached) == (0, SNIPPETS)
    assert done.complete
    assert {"alpha.md"} <= set(done.rewritten) <= {"alpha.md", "pairs.json"}
    preview.until("alpha.html", True, "edited while serving")


def test_a_removed_pair_leaves_its_section_page_and_pairs_json(preview: Preview):
    folder = preview.root / "snippets" / "alpha"
    assert "Mismatching pair" in (preview.page("alpha.html") or "")
    done = preview.after([path.unlink() for path in folder.glob("mismatching.*.py")])
    assert (done.executed, done.cached) == (0, SNIPPETS - 2)
    assert done.rewrote("alpha.md")
    assert done.rewrote("pairs.json")
    assert not done.rewrote("beta.md")
    preview.until("alpha.html", False, "Mismatching pair")
    pairs = json.loads(preview.until("pairs.json", False, "alpha/mismatching") or "{}")
    assert "alpha/passing" in json.dumps(pairs)


@pytest.mark.parametrize("builder", BUILDERS)
def test_a_removed_section_is_no_longer_served(builder: str, tmp_path: Path):
    """The section's page goes from the preview's pages, and the builder stops serving it."""
    shutil.copytree(FIXTURES / "basic", tmp_path / "snippets")
    gamma = tmp_path / "snippets" / "gamma"
    gamma.mkdir()
    for name, text in GAMMA.items():
        (gamma / name).write_text(text, encoding="utf-8")
    with serving(tmp_path, builder) as preview:
        assert (preview.regenerations()[0].executed, preview.regenerations()[0].cached) == (SNIPPETS + 2, 0)
        preview.until("gamma.html", True, "Gamma pair")
        done = preview.after(shutil.rmtree(gamma))
        assert (done.executed, done.cached) == (0, SNIPPETS)
        assert done.rewrote("gamma.md")
        assert not done.rewrote("alpha.md")
        assert not done.rewrote("beta.md")
        preview.until("index.html", False, "Gamma", served=True)
        assert preview.status("gamma.html") == 404


def test_an_edited_template_runs_nothing_and_reaches_the_served_pages(tmp_path: Path):
    """The preview renders with the template as saved, though it keeps what it compiled between renders."""
    shutil.copytree(FIXTURES / "basic", tmp_path / "snippets")
    own = tmp_path / "site_templates"
    own.mkdir()
    template = own / "section.md.j2"
    shipped = (Path(__file__).resolve().parents[1] / "site_templates" / "section.md.j2").read_text()
    template.write_text(shipped, encoding="utf-8")
    with serving(tmp_path, "mkdocs") as preview:
        edited = shipped.replace("| Pair | Verdict |", "Edited while serving.\n\n| Pair | Verdict |")
        assert edited != shipped
        done = preview.after(template.write_text(edited, encoding="utf-8"))
        assert (done.executed, done.cached) == (0, SNIPPETS)
        assert {"alpha.md", "beta.md"} <= set(done.rewritten)
        preview.until("alpha.html", True, "Edited while serving.")
        preview.until("beta.html", True, "Edited while serving.")


def test_the_preview_writes_each_line_whole(monkeypatch: pytest.MonkeyPatch):
    """The builder's server logs to the same stream: a line written in two parts (``print`` writes
    the text, then the newline) let one of its lines fall inside the preview's, which these tests
    read (seen once in CI)."""
    writes: list[str] = []

    class Recorder:
        def write(self, text: str) -> int:
            writes.append(text)
            return len(text)

        def flush(self) -> None:
            """Nothing is kept."""

    monkeypatch.setattr("sys.stderr", Recorder())
    serve._say("pages generated in 0.01 s: 0 snippets executed, 10 from the cache; files rewritten: none")
    assert writes == [
        "pages generated in 0.01 s: 0 snippets executed, 10 from the cache; files rewritten: none\n"
    ]
