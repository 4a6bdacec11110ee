"""``python -m generator bench``: timings produced, cached per machine, re-taken only where a source changed.

The machinery on a fixture catalog, not the figures: no time is a threshold here.
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CONFIG, FIXTURES, REPO

from generator.execute.fingerprint import usable_cores

LAST_LINE = re.compile(
    r"^timed (?P<pairs>\d+) pairs in (?P<seconds>\d+) s; median torch/numpy ratio (?P<ratio>[\d.]+|n/a); "
    r"crossover sizes: sigmoid (\S+), sum (\S+), matmul (\S+), sort (\S+), gather (\S+)$"
)


def bench(folder: Path) -> list[str]:
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "bench", "-q", "--no-sweeps", "--results", "results"],
        capture_output=True,
        text=True,
        cwd=folder,
        check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.splitlines()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    here = tmp_path_factory.mktemp("bench")
    shutil.copytree(FIXTURES / "basic", here / "snippets")
    shutil.copy(CONFIG, here / "mkdocs.yml")
    return here


def test_bench_times_every_pair_that_runs_and_prints_the_contract_line(folder):
    lines = bench(folder)
    match = LAST_LINE.match(lines[-1])
    assert match, lines[-1]
    assert match["pairs"] == "4"  # the raising pair is not timed: its cost would be the cost of failing
    assert float(match["ratio"]) > 0
    assert "crossover sizes: sigmoid n/a" in lines[-1]
    assert any(line.startswith("snippets: 10 timed at 1 thread(s), 0 from the cache") for line in lines)
    record = json.loads((folder / "results" / "bench.json").read_text())
    first, *_ = record["passes"]
    assert (first["threads"], first["executed"], first["cached"]) == (1, 10, 0)
    assert first["workers"] == usable_cores()
    assert record["pairs"] == 4
    assert record["sweeps_seconds"] is None
    assert 0 < first["seconds"] <= record["timing_seconds"] <= record["total_seconds"]


def test_a_second_bench_takes_every_timing_from_the_cache(folder):
    lines = bench(folder)
    counts = next(line for line in lines if line.startswith("snippets: "))
    again = r"0 timed at \d+ thread\(s\), 10 from the cache"
    assert re.fullmatch(rf"snippets: 0 timed at 1 thread\(s\), 10 from the cache(; {again})?", counts)


def test_a_changed_source_re_times_only_its_snippet(folder):
    torch_file = folder / "snippets" / "beta" / "single.torch.py"
    torch_file.write_text(torch_file.read_text() + "\n# edited\n")
    counts = next(line for line in bench(folder) if line.startswith("snippets: "))
    assert counts.startswith("snippets: 1 timed at 1 thread(s), 9 from the cache")


def test_a_build_shows_the_timings_on_the_pair_and_in_pairs_json(folder):
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "build", "-q", "--keep-going"],
        capture_output=True,
        text=True,
        cwd=folder,
        check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )
    assert completed.returncode == 0, completed.stderr
    document = json.loads((folder / "site" / "pairs.json").read_text())
    single = next(p for p in document["pairs"] if p["id"] == "beta/single")
    (one_thread, *_) = single["numpy"]["timing"]
    assert one_thread["threads"] == 1
    assert one_thread["median"] > 0
    assert one_thread["loops"] >= 1
    assert 1 <= one_thread["repeats"] <= 5
    assert single["ratio"]["1"] == pytest.approx(
        single["torch"]["timing"][0]["median"] / one_thread["median"]
    )
    raising = next(p for p in document["pairs"] if p["id"] == "alpha/raising")
    assert raising["numpy"]["timing"] == []
    page = (folder / "site" / "beta.html").read_text()
    assert "Per call, the body after its imports" in page
    cheat = (folder / "site" / "cheatsheet.html").read_text()
    assert re.search(r'class="np2t-cheat__ratio" data-sort="[\d.e-]+">×', cheat)
