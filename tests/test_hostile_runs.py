"""Nothing a snippet writes or reports is trusted: each attack on the engine and the site, run for real.

One catalog holds hostile pairs beside an ordinary one. Their snippets do what a hostile
contributor's would: replace their output files with links, a FIFO and a folder; patch the
child's own code to forge its record (an API name that would break out of a code span, a
figure named with ``../``, a record nested 100,000 deep, a 1 TB array); draw figures that try to
act; raise and return megabytes of text; name their types and keys with markup. It is run by a
fresh engine with a planted secret in the builder's environment and built into a site; the
tests read what the runs, the pages, ``pairs.json``, the figures on disk and the console show.
A second test builds a site from runs made by hand with hostile text in every field a run
carries, to find every place a template shows one.
"""

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO, SANDBOX, build_site
from forged import HOSTILE_NAME, MARKER, write_catalog
from handmade import floats, outcome
from htmlscan import live_markup

from generator.compare.pipeline import CatalogResult, run_catalog
from generator.compare.verdict import Judgement, Verdict
from generator.discover.catalog import Catalog, Section, discover
from generator.discover.metadata import Expectation, PairMeta, SectionMeta
from generator.errors import CONTROL
from generator.execute.engine import Engine
from generator.execute.record import MESSAGE_CAP, TRACEBACK_CAP
from generator.execute.requests import EngineSettings, ExecutionStats
from generator.execute.runs import Fault, FaultKind, Figure, RaisedError, SideRun
from generator.execute.values import MapValue, TextValue

SECRET = "np2t-secret-7d41b0"


@pytest.fixture(scope="module")
def snippets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile-runs") / "snippets"
    write_catalog(root)
    return root


@pytest.fixture(scope="module")
def result(snippets: Path) -> Iterator[CatalogResult]:
    os.environ["NP2T_SECRET_PROBE"] = SECRET
    try:
        with Engine(EngineSettings(timeout=60, sandbox=SANDBOX)) as engine:
            yield run_catalog(discover(snippets, base=snippets.parent), engine)
    finally:
        del os.environ["NP2T_SECRET_PROBE"]


@pytest.fixture(scope="module")
def site(result: CatalogResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(result, tmp_path_factory.mktemp("hostile-runs-site"))


def run_of(result: CatalogResult, name: str, side: str = "numpy") -> SideRun:
    found = next(o for o in result.outcomes if o.pair.id == f"runs/{name}")
    return found.runs[side]


def crash(result: CatalogResult, name: str) -> str:
    run = run_of(result, name)
    assert run.fault is not None, run
    assert run.fault.kind is FaultKind.CRASH
    assert run.result is None
    return run.fault.message


def test_the_ordinary_pair_still_holds(result):
    ordinary = next(o for o in result.outcomes if o.pair.id == "runs/ordinary")
    assert ordinary.judgement.holds


def test_outputs_replaced_by_links_a_fifo_and_folders_change_nothing(result, site):
    run = run_of(result, "replaced-outputs")
    assert run.completed, run.fault
    assert run.stdout == "replaced\n"
    assert run.stderr == ""
    assert SECRET not in (site / "pairs.json").read_text()
    assert not any(SECRET in page.read_text(errors="replace") for page in site.rglob("*.html"))


def test_a_forged_api_name_is_refused_and_reaches_no_page(result, site):
    assert "is not a dotted Python name" in crash(result, "forged-api")
    api = (site / "api.html").read_text()
    assert MARKER not in api
    assert not live_markup(api, marker=MARKER, active=set())


def test_figure_files_are_named_by_the_engine(result, site):
    assert "figure number: expected an integer" in crash(result, "forged-figure")
    assert not list(site.parent.rglob("escaped*"))
    (figure,) = run_of(result, "numbered-figure").figures
    assert figure.number == 10**9
    assert sorted(p.relative_to(site).as_posix() for p in (site / "figures" / "runs").rglob("*.svg")) == [
        "figures/runs/acting-figure/numpy-1.svg",
        "figures/runs/numbered-figure/numpy-1.svg",
    ]


def test_a_figure_is_published_unable_to_act(result, site):
    published = (site / "figures" / "runs" / "acting-figure" / "numpy-1.svg").read_text()
    assert (figure := run_of(result, "acting-figure").figures[0]).svg == published
    for gone in (MARKER, "javascript", "tracker.invalid", "@import", "<set", "<animate", "<script", "onload"):
        assert gone not in published, gone
    assert published.count("<rect") == 2, figure


def test_a_record_nested_deep_or_claiming_a_huge_array_is_a_fault(result):
    assert "header is not the JSON of a record (RecursionError)" in crash(result, "deep-record")
    assert "8 bytes do not hold shape (1000000000000,)" in crash(result, "huge-array")


def test_megabytes_of_text_are_cut_or_refused(result, site):
    raised = run_of(result, "huge-text").error
    assert raised is not None
    assert len(raised.message) <= MESSAGE_CAP
    assert raised.message.endswith("more characters]")
    assert len(raised.traceback) <= TRACEBACK_CAP
    refused = run_of(result, "huge-text", "torch").fault
    assert refused is not None
    assert refused.kind is FaultKind.BAD_RESULT
    assert "a string of 3,000,000 characters" in refused.message
    large = run_of(result, "huge-result").fault
    assert large is not None
    assert large.kind is FaultKind.BAD_RESULT
    assert "more than the 16 MiB a run may report" in large.message
    assert (site / "pairs.json").stat().st_size < 1 << 20
    assert max(page.stat().st_size for page in site.rglob("*.html")) < 1 << 20


def test_type_names_keys_and_errors_written_in_markup_show_as_text(result, site):
    named = run_of(result, "named-with-markup")
    assert isinstance(named.result, MapValue)
    assert named.result.type_name.endswith(HOSTILE_NAME)
    raised = run_of(result, "named-with-markup", "torch").error
    assert raised is not None
    assert raised.type.endswith(HOSTILE_NAME)
    for page in site.rglob("*.html"):
        assert not live_markup(page.read_text(), marker=MARKER, active=set()), page


def test_the_console_shows_bounded_reasons(snippets):
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "NP2T_SECRET_PROBE": SECRET}
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "check", "-q", "--no-cache", "--sandbox", SANDBOX.value],
        capture_output=True,
        text=True,
        cwd=snippets.parent,
        env=env,
        check=False,
        timeout=300,
    )
    shown = completed.stdout + completed.stderr
    assert completed.returncode == 1, shown[-2000:]
    assert "runs/ordinary" in shown
    assert len(shown) < 64 << 10
    assert SECRET not in shown
    assert "\x1b" not in shown


def test_cite_prints_what_a_run_printed_with_its_control_characters_escaped(tmp_path):
    """A snippet may print a terminal's escape sequences; the citation quotes its output, and
    ``cite`` shows them as escapes, as ``check`` does."""
    folder = tmp_path / "snippets" / "runs"
    folder.mkdir(parents=True)
    (folder / "_section.toml").write_text('title = "Runs"\norder = 1\n')
    header = '# /// pair\n# title = "Loud"\n# expect = "equal"\n# ///\n'
    (folder / "loud.numpy.py").write_text(header + 'print("\\x1b]0;owned\\x07 numpy")\nresult = 1\n')
    (folder / "loud.torch.py").write_text('print("\\x1b[2J torch")\nresult = 1\n')
    (tmp_path / "mkdocs.yml").write_text("site_name: Loud\n")
    command = ["cite", "runs/loud", "-q", "--no-cache", "--sandbox", SANDBOX.value]
    completed = subprocess.run(
        [sys.executable, "-m", "generator", *command],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
        check=False,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert "\\x1b]0;owned\\x07 numpy" in completed.stdout
    assert "\\x1b[2J torch" in completed.stdout
    assert not CONTROL.search(completed.stdout)


LOUD = "\x1b]0;owned\x07 \x02wzxhzdk:0\x03 50%\r100%\x9b"
"""A terminal's escape sequences, Python-Markdown's placeholder marks and a carriage return."""
LOUD_SHOWN = "\\x1b]0;owned\\x07 \\x02wzxhzdk:0\\x03 50%\\x0d100%\\x9b"


def test_every_template_shows_what_a_run_reported_as_text(tmp_path):
    """Hostile text in every field of a run, on both sides, rendered by every template into a built site."""
    hostile_run = SideRun(
        stdout=HOSTILE_NAME + "\n````\n" + HOSTILE_NAME + LOUD,
        stderr=HOSTILE_NAME + LOUD,
        error=RaisedError(HOSTILE_NAME, HOSTILE_NAME, HOSTILE_NAME),
        fault=Fault(FaultKind.CRASH, HOSTILE_NAME, HOSTILE_NAME),
        result=MapValue(((HOSTILE_NAME, TextValue(HOSTILE_NAME, HOSTILE_NAME)),), HOSTILE_NAME),
        seconds=0.001,
        api=(HOSTILE_NAME, f"numpy.{HOSTILE_NAME}"),
        figures=(Figure(1, '<svg xmlns="http://www.w3.org/2000/svg"/>'),),
        timing_note=HOSTILE_NAME,
    )
    judgement = Judgement(Verdict.MISMATCH, False, f"mismatch — {HOSTILE_NAME}", (HOSTILE_NAME,), None, None)
    meta = PairMeta("Reported", Expectation.EQUAL)
    hostile = outcome("reported", "everything", meta, (hostile_run, hostile_run), judgement)
    plain_run = SideRun("", "", None, None, floats(1.0), 0.001, api=("numpy.add",))
    plain = outcome(
        "reported", "plain", PairMeta("Plain", Expectation.EQUAL), (plain_run, plain_run), judgement
    )
    section = Section("reported", SectionMeta("Reported", 1), ("reported/everything", "reported/plain"))
    catalog = Catalog(Path("snippets"), (section,), (hostile.pair, plain.pair))
    stats = ExecutionStats(total=4, executed=4, cached=0, discarded_cache_entries=0, overheads=())
    built = CatalogResult(catalog, (hostile, plain), {"python": "3", "numpy": "2", "torch": "2"}, stats)
    site = build_site(built, tmp_path)
    pages = sorted(site.rglob("*.html"))
    assert {"api.html", "reported.html", "cheatsheet.html"} <= {page.name for page in pages}
    for page in pages:
        found = live_markup(page.read_text(), marker=MARKER, active=set())
        assert found == [], page
        assert not CONTROL.search(page.read_text()), page
        links = re.findall(r'(?:href|src)="([^"]*)"', page.read_text())
        assert not [link for link in links if MARKER in link or link == "x"], page
    api = (site / "api.html").read_text()
    assert "<code>" + HOSTILE_NAME.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in api
    shown = (site / "reported.html").read_text()
    assert shown.count(LOUD_SHOWN) == 4, "both outputs of both sides, every character shown"
    document = json.loads((site / "pairs.json").read_text())
    assert document["pairs"][0]["numpy"]["error"]["type"] == HOSTILE_NAME  # data, as reported
    assert document["pairs"][0]["numpy"]["stdout"].endswith(LOUD), "pairs.json keeps the bytes"
    assert not CONTROL.search((site / "pairs.json").read_text()), "as escapes a terminal does not obey"
    assert np.isclose(document["pairs"][1]["numpy"]["result"]["values"], 1.0)
