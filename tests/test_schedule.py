"""The engine starts the longest snippets first, by the durations earlier runs recorded.

Each snippet prints the machine's monotonic clock as it starts, so the order the scheduler chose
is read from the runs themselves. The order they end in would not do: a child that has finished
is stopped and the next one started at once, and under load the next one can end, and be
reported, before the kernel has torn the stopped one down.
"""

import json
from pathlib import Path

import pytest
from conftest import SANDBOX, project_in

from generator.commands.durations import load_durations
from generator.commands.pipeline import Pipeline
from generator.compare.pipeline import CatalogResult, catalog_requests
from generator.discover.catalog import discover
from generator.execute.cache import RunCache
from generator.execute.engine import Engine
from generator.execute.requests import EngineSettings, Execution, RunRequest
from generator.execute.runs import SideRun

HEADER = '# /// pair\n# title = "{name}"\n# expect = "equal"\n# ///\n'


def write_pairs(folder: Path, sleeps: dict[str, float]) -> Path:
    """A section of pairs whose NumPy side sleeps the given seconds; returns the snippet folder.

    Every snippet first prints the monotonic clock, which all processes of the machine share.
    """
    section = folder / "snippets" / "s"
    section.mkdir(parents=True)
    (section / "_section.toml").write_text('title = "S"\norder = 1\n', encoding="utf-8")
    started = "import time\nprint(time.monotonic_ns())\n"
    for name, seconds in sleeps.items():
        body = f"{started}time.sleep({seconds})\nresult = 1\n"
        (section / f"{name}.numpy.py").write_text(HEADER.format(name=name) + body, encoding="utf-8")
        (section / f"{name}.torch.py").write_text(f"{started}result = 1\n", encoding="utf-8")
    return folder / "snippets"


def started_order(runs: dict[str, SideRun]) -> list[str]:
    """The snippets, by display path, in the order they started (by the clock each printed)."""
    started = {path: int(run.stdout) for path, run in runs.items()}
    return sorted(started, key=started.__getitem__)


def engine_runs(execution: Execution, requests: list[RunRequest]) -> dict[str, SideRun]:
    """What an engine run gave each request, by the snippet's display path."""
    return {r.snippet.display_path: execution.runs[r.pair_id, r.snippet.side.name] for r in requests}


def judged_runs(result: CatalogResult) -> dict[str, SideRun]:
    """The runs of a judged catalog, by the snippet's display path."""
    return {
        snippet.display_path: outcome.runs[snippet.side.name]
        for outcome in result.outcomes
        for snippet in outcome.pair.snippets
    }


@pytest.fixture(scope="module")
def one_worker():
    with Engine(EngineSettings(workers=1, timeout=30, sandbox=SANDBOX)) as engine:
        yield engine


def test_the_longest_known_snippet_starts_first_and_an_unknown_one_before_all(tmp_path, one_worker):
    snippets = write_pairs(tmp_path, {"a": 0, "b": 0, "c": 0})
    requests = catalog_requests(discover(snippets, base=tmp_path))
    paths = [request.snippet.display_path for request in requests]
    durations = {path: float(index) for index, path in enumerate(paths)}
    unknown = paths[2]
    del durations[unknown]
    execution = one_worker.run(requests, durations=durations)
    assert execution.stats.executed == len(paths)
    order = started_order(engine_runs(execution, requests))
    assert order == [unknown, *sorted(durations, key=lambda p: -durations[p])]
    execution = one_worker.run(requests)
    assert execution.stats.executed == len(paths)
    assert started_order(engine_runs(execution, requests)) == paths, "without durations the catalog's order"


def test_a_build_records_durations_and_the_next_cold_run_starts_the_slowest_first(tmp_path):
    snippets = write_pairs(tmp_path, {"first": 0, "second": 0, "slow": 0.3})
    project = project_in(tmp_path, snippets=snippets)
    settings = EngineSettings(workers=1, timeout=30, sandbox=SANDBOX)
    project = type(project)(**{**project.__dict__, "engine": settings})
    with Pipeline(project) as pipeline:
        result = pipeline.judge(pipeline.discover(), prune=True)
    assert result.stats.executed == 6
    first = started_order(judged_runs(result))
    recorded = load_durations(project.paths.durations)
    assert set(recorded) == set(first)
    slow = "snippets/s/slow.numpy.py"
    assert recorded[slow] >= 0.3
    assert first[-2] == slow, "the first run knows no durations: catalog order"
    RunCache(project.paths.runs).clear()
    with Pipeline(project) as pipeline:  # a new command: nothing kept but the files
        result = pipeline.judge(pipeline.discover(), prune=True)
    assert result.stats.executed == 6
    again = started_order(judged_runs(result))
    assert again[0] == slow
    assert sorted(again) == sorted(first)


def test_unreadable_durations_are_ignored(tmp_path):
    path = tmp_path / "durations.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_durations(path) == {}
    path.write_text(json.dumps({"a": 1.5, "b": "x", "c": -1, "d": float("inf"), "e": True}), encoding="utf-8")
    assert load_durations(path) == {"a": 1.5}
