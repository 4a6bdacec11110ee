"""Machine-dependent results, found by the run: each pair's results compared across thread counts.

``make bench`` runs every snippet at one thread and at every core before timing it; the build then
compares each side's result at each count with its own run, exactly. The fixture ``threads`` has a
pair whose PyTorch result is the thread count itself, so it changes by construction, and a pair no
thread count changes.
"""

import json

import pytest
from conftest import SANDBOX, fixture_catalog

from generator.commands.bench import thread_table
from generator.compare.pipeline import CatalogResult, run_catalog, time_catalog
from generator.compare.threads import ThreadChange
from generator.compare.verdict import Verdict
from generator.execute.cache import RunCache
from generator.execute.engine import Engine
from generator.execute.requests import EngineSettings
from generator.site.export import dumps, pairs_document
from generator.site.pages import BuildInfo
from generator.site.views import pair_view

COUNTS = (1, 2)


@pytest.fixture(scope="module")
def threads_result(tmp_path_factory) -> CatalogResult:
    """The fixture timed at one and two threads (what ``make bench`` does), then built from the caches."""
    folder = tmp_path_factory.mktemp("threads")
    catalog = fixture_catalog("threads")
    settings = EngineSettings(timeout=30, sandbox=SANDBOX)
    with Engine(settings, RunCache(folder / "runs"), timing_cache=RunCache(folder / "timings")) as engine:
        for count in COUNTS:
            time_catalog(catalog, engine, count)
        return run_catalog(catalog, engine, threads=COUNTS)


def test_a_result_that_changes_with_the_thread_count_is_found(threads_result):
    check = threads_result.threads["threads/count"]
    assert check.depends
    assert check.counts == COUNTS
    (change,) = check.changes
    assert (change.side, change.threads) == ("torch", 2)
    assert change == ThreadChange("torch", 2, "result changed by up to 1")
    assert check.verdicts == ((1, Verdict.EQUAL), (2, Verdict.MISMATCH))
    steady = threads_result.threads["threads/steady"]
    assert (steady.depends, steady.counts) == (False, COUNTS)


def test_prose_cannot_quote_a_result_that_depends_on_the_thread_count(threads_result):
    judgement = next(o for o in threads_result.outcomes if o.pair.id == "threads/count").judgement
    assert not judgement.holds
    assert judgement.details[0].startswith(
        "tests/fixtures/threads/threads/count.numpy.py:2: quoted value {{threads/count torch.result}}: "
        "threads/count's results change with the thread count (compared at 1, 2 threads)"
    )


def test_the_page_pairs_json_and_the_bench_summary_say_so(threads_result):
    titles = {o.pair.id: o.pair.title for o in threads_result.outcomes}
    views = {
        o.pair.id: pair_view(
            o, titles, threads_result.catalog.sides, threads=threads_result.threads.get(o.pair.id)
        )
        for o in threads_result.outcomes
    }
    assert "PyTorch at 2 threads: result changed by up to 1;" in views["threads/count"].threads
    assert "judged equivalent at 1, mismatch at 2" in views["threads/count"].threads
    assert views["threads/steady"].threads == ""
    document = json.loads(
        dumps(pairs_document(threads_result, BuildInfo("2026-01-01", threads_result.versions, "Site")))
    )
    by_id = {pair["id"]: pair for pair in document["pairs"]}
    assert by_id["threads/count"]["thread_dependent"] is True
    assert by_id["threads/count"]["threads"] == {
        "counts": [1, 2],
        "verdicts": {"1": "equal", "2": "mismatch"},
        "changes": [{"side": "torch", "threads": 2, "what": "result changed by up to 1"}],
    }
    assert by_id["threads/steady"]["thread_dependent"] is False
    table = thread_table(threads_result)
    assert "results compared at 1, 2 thread counts; pairs whose results change: 1" in table
    assert "threads/count (verdict at 1: equal, 2: mismatch)" in table


def test_without_make_bench_nothing_is_claimed(engine):
    """A build that finds no timed runs checks nothing and says nothing either way."""
    result = run_catalog(fixture_catalog("threads"), engine, threads=COUNTS)
    assert result.threads == {}
    document = json.loads(dumps(pairs_document(result, BuildInfo("2026-01-01", result.versions, "Site"))))
    assert {pair["thread_dependent"] for pair in document["pairs"]} == {None}
