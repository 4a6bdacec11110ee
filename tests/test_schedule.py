"""The engine starts the longest snippets first, by the durations earlier runs recorded.

With one worker, snippets end in the order they start, so the order the progress display hears
of them is the order the scheduler chose.
"""

import json
from pathlib import Path

import pytest
from conftest import SANDBOX, project_in

from generator.commands.durations import load_durations
from generator.commands.pipeline import Pipeline
from generator.compare.pipeline import catalog_requests
from generator.discover.catalog import discover
from generator.execute.cache import RunCache
from generator.execute.engine import Engine
from generator.execute.requests import EngineSettings

HEADER = '# /// pair\n# title = "{name}"\n# expect = "equal"\n# ///\n'


class Recorder:
    """A progress display that remembers which snippets ran, in the order they ended."""

    def __init__(self) -> None:
        self.executed: list[str] = []

    def start(self, total: int) -> None:
        """Nothing to remember."""

    def advance(self, label: str, *, cached: bool, failed: bool) -> None:
        """Remember a snippet that really ran."""
        if not cached:
            self.executed.append(label)

    def close(self) -> None:
        """Nothing to remember."""


def write_pairs(folder: Path, sleeps: dict[str, float]) -> Path:
    """A section of pairs whose NumPy side sleeps the given seconds; returns the snippet folder."""
    section = folder / "snippets" / "s"
    section.mkdir(parents=True)
    (section / "_section.toml").write_text('title = "S"\norder = 1\n', encoding="utf-8")
    for name, seconds in sleeps.items():
        body = f"import time\ntime.sleep({seconds})\nresult = 1\n"
        (section / f"{name}.numpy.py").write_text(HEADER.format(name=name) + body, encoding="utf-8")
        (section / f"{name}.torch.py").write_text("result = 1\n", encoding="utf-8")
    return folder / "snippets"


@pytest.fixture(scope="module")
def one_worker():
    recorder = Recorder()
    with Engine(EngineSettings(workers=1, timeout=30, sandbox=SANDBOX), progress=recorder) as engine:
        yield engine, recorder


def test_the_longest_known_snippet_starts_first_and_an_unknown_one_before_all(tmp_path, one_worker):
    engine, recorder = one_worker
    snippets = write_pairs(tmp_path, {"a": 0, "b": 0, "c": 0})
    requests = catalog_requests(discover(snippets, base=tmp_path))
    paths = [request.snippet.display_path for request in requests]
    durations = {path: float(index) for index, path in enumerate(paths)}
    unknown = paths[2]
    del durations[unknown]
    recorder.executed.clear()
    engine.run(requests, durations=durations)
    assert recorder.executed == [unknown, *sorted(durations, key=lambda p: -durations[p])]
    recorder.executed.clear()
    engine.run(requests)
    assert recorder.executed == paths, "without durations the catalog's order is kept"


def test_a_build_records_durations_and_the_next_cold_run_starts_the_slowest_first(tmp_path):
    snippets = write_pairs(tmp_path, {"first": 0, "second": 0, "slow": 0.3})
    project = project_in(tmp_path, snippets=snippets)
    recorder = Recorder()
    settings = EngineSettings(workers=1, timeout=30, sandbox=SANDBOX)
    project = type(project)(**{**project.__dict__, "engine": settings})
    with Pipeline(project, progress=recorder) as pipeline:
        pipeline.judge(pipeline.discover(), prune=True)
    first = list(recorder.executed)
    recorded = load_durations(project.paths.durations)
    assert set(recorded) == set(first)
    slow = "snippets/s/slow.numpy.py"
    assert recorded[slow] >= 0.3
    assert first[-2] == slow, "the first run knows no durations: catalog order"
    RunCache(project.paths.runs).clear()
    recorder.executed.clear()
    with Pipeline(project, progress=recorder) as pipeline:  # a new command: nothing kept but the files
        pipeline.judge(pipeline.discover(), prune=True)
    assert recorder.executed[0] == slow
    assert len(recorder.executed) == len(first)


def test_unreadable_durations_are_ignored(tmp_path):
    path = tmp_path / "durations.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_durations(path) == {}
    path.write_text(json.dumps({"a": 1.5, "b": "x", "c": -1, "d": float("inf"), "e": True}), encoding="utf-8")
    assert load_durations(path) == {"a": 1.5}
