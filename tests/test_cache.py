"""The run cache: unchanged inputs never run twice, edits re-run only what they touch, damage is survived."""

import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES

from generator.compare.pipeline import run_catalog
from generator.discover.catalog import discover
from generator.execute.cache import RunCache
from generator.execute.engine import Engine, EngineSettings
from generator.execute.runs import SideRun


def sample_run(stdout: str = "hello\n") -> SideRun:
    return SideRun(
        stdout=stdout, stderr="", error=None, fault=None, result=None, seconds=0.5, api=("numpy.ones",)
    )


def test_an_entry_round_trips(tmp_path):
    cache = RunCache(tmp_path)
    cache.put("ab" * 32, sample_run())
    assert cache.get("ab" * 32) == sample_run()
    assert cache.get("cd" * 32) is None
    assert not list(tmp_path.rglob(".partial-*"))


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],
        lambda blob: blob[:-1] + bytes([blob[-1] ^ 0xFF]),
        lambda blob: b"not a cache entry",
        lambda blob: b"",
    ],
    ids=["truncated", "flipped-byte", "garbage", "empty"],
)
def test_a_damaged_entry_is_detected_discarded_and_counted(tmp_path, damage):
    cache = RunCache(tmp_path)
    key = "ef" * 32
    cache.put(key, sample_run())
    entry = next(p for p in tmp_path.rglob("*") if p.is_file())
    entry.write_bytes(damage(entry.read_bytes()))
    assert cache.get(key) is None
    assert not entry.exists()
    assert cache.discarded == 1


@pytest.fixture
def snippets(tmp_path: Path) -> Path:
    """A private copy of the basic fixture catalog, safe to edit."""
    folder = tmp_path / "snippets"
    shutil.copytree(FIXTURES / "basic", folder)
    return folder


def run_with_cache(engine_settings: EngineSettings, snippets: Path, cache_dir: Path):
    with Engine(engine_settings, RunCache(cache_dir)) as engine:
        return run_catalog(discover(snippets, base=snippets.parent), engine)


def test_unchanged_rebuild_executes_nothing_and_one_edit_reruns_only_its_side(tmp_path, snippets):
    settings = EngineSettings(workers=2)
    cache_dir = tmp_path / "cache"
    first = run_with_cache(settings, snippets, cache_dir)
    assert first.stats.executed == first.stats.total == 10

    again = run_with_cache(settings, snippets, cache_dir)
    assert again.stats.executed == 0
    assert again.stats.cached == 10
    assert [o.judgement for o in again.outcomes] == [o.judgement for o in first.outcomes]

    torch_file = snippets / "alpha" / "mismatching.torch.py"
    torch_file.write_text(torch_file.read_text().replace("2.5", "2.0"))
    edited = run_with_cache(settings, snippets, cache_dir)
    assert edited.stats.executed_paths == ("snippets/alpha/mismatching.torch.py",)
    assert next(o for o in edited.outcomes if o.pair.id == "alpha/mismatching").judgement.holds


def test_editing_pair_metadata_reruns_both_sides_of_that_pair_only(tmp_path, snippets):
    settings = EngineSettings(workers=2)
    cache_dir = tmp_path / "cache"
    run_with_cache(settings, snippets, cache_dir)
    numpy_file = snippets / "beta" / "single.numpy.py"
    numpy_file.write_text(numpy_file.read_text().replace('title = "Single pair"', 'title = "Renamed"'))
    edited = run_with_cache(settings, snippets, cache_dir)
    assert sorted(edited.stats.executed_paths) == [
        "snippets/beta/single.numpy.py",
        "snippets/beta/single.torch.py",
    ]


def test_a_corrupt_entry_is_run_again(tmp_path, snippets):
    settings = EngineSettings(workers=2)
    cache_dir = tmp_path / "cache"
    first = run_with_cache(settings, snippets, cache_dir)
    victim = sorted(p for p in cache_dir.rglob("*") if p.is_file())[0]
    victim.write_bytes(victim.read_bytes()[:-10])
    again = run_with_cache(settings, snippets, cache_dir)
    assert again.stats.executed == 1
    assert again.stats.discarded_cache_entries == 1
    assert [o.judgement for o in again.outcomes] == [o.judgement for o in first.outcomes]


def test_faults_are_not_cached(tmp_path):
    folder = tmp_path / "snippets" / "s"
    folder.mkdir(parents=True)
    (folder / "_section.toml").write_text('title = "S"\norder = 1\n')
    (folder / "slow.numpy.py").write_text(
        '# /// pair\n# title = "Slow"\n# expect = "equal"\n# timeout = 0.5\n# ///\n'
        "import time\ntime.sleep(5)\nresult = 1\n"
    )
    (folder / "slow.torch.py").write_text("result = 1\n")
    settings = EngineSettings(workers=2)
    first = run_with_cache(settings, folder.parent, tmp_path / "cache")
    assert first.outcomes[0].judgement.verdict == "error"
    second = run_with_cache(settings, folder.parent, tmp_path / "cache")
    assert second.stats.executed_paths == ("snippets/s/slow.numpy.py",)
