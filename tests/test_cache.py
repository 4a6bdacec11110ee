"""The run cache: unchanged inputs never run twice, edits re-run only what they touch, damage is survived."""

import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, SANDBOX

from generator.compare.pipeline import run_catalog
from generator.discover.catalog import discover
from generator.execute.cache import RunCache
from generator.execute.engine import Engine
from generator.execute.requests import EngineSettings
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
    settings = EngineSettings(workers=2, sandbox=SANDBOX)
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


def test_editing_a_title_or_prose_executes_nothing(tmp_path, snippets):
    settings = EngineSettings(workers=2, sandbox=SANDBOX)
    cache_dir = tmp_path / "cache"
    run_with_cache(settings, snippets, cache_dir)
    numpy_file = snippets / "alpha" / "documented.numpy.py"
    text = numpy_file.read_text()
    assert '"""' in text
    assert "title = " in text
    edited_text = text.replace('title = "', 'title = "Renamed: ', 1).replace('"""', '"""Reworded. ', 1)
    numpy_file.write_text(edited_text)
    edited = run_with_cache(settings, snippets, cache_dir)
    assert edited.stats.executed == 0
    renamed = next(o for o in edited.outcomes if o.pair.id == "alpha/documented")
    assert renamed.pair.title.startswith("Renamed")


def test_a_header_that_gains_a_line_moves_the_code_and_reruns_that_file_only(tmp_path, snippets):
    """The code's line numbers are part of its run (a traceback prints them), so this one re-runs."""
    settings = EngineSettings(workers=2, sandbox=SANDBOX)
    cache_dir = tmp_path / "cache"
    run_with_cache(settings, snippets, cache_dir)
    numpy_file = snippets / "alpha" / "raising.numpy.py"
    numpy_file.write_text(numpy_file.read_text().replace("# order = 1\n", "# order = 1\n# see = []\n"))
    edited = run_with_cache(settings, snippets, cache_dir)
    assert edited.stats.executed_paths == ("snippets/alpha/raising.numpy.py",)
    error = next(o for o in edited.outcomes if o.pair.id == "alpha/raising").runs["numpy"].error
    assert error is not None
    line = numpy_file.read_text().splitlines().index("result = np.ones(4) + np.ones((4, 3))") + 1
    assert f"line {line}, in <module>" in error.traceback


def test_changing_the_time_and_memory_limits_executes_nothing(tmp_path, snippets):
    cache_dir = tmp_path / "cache"
    run_with_cache(EngineSettings(workers=2, sandbox=SANDBOX), snippets, cache_dir)
    limits = EngineSettings(workers=1, timeout=7, memory=1 << 30, sandbox=SANDBOX)
    again = run_with_cache(limits, snippets, cache_dir)
    assert again.stats.executed == 0
    numpy_file = snippets / "alpha" / "raising.numpy.py"
    numpy_file.write_text(numpy_file.read_text().replace("# order = 1", "# timeout = 9"))
    per_pair = run_with_cache(EngineSettings(workers=2, sandbox=SANDBOX), snippets, cache_dir)
    assert per_pair.stats.executed == 0


def test_a_moved_checkout_executes_nothing(tmp_path, snippets):
    settings = EngineSettings(workers=2, sandbox=SANDBOX)
    run_with_cache(settings, snippets, tmp_path / "cache")
    moved = tmp_path / "elsewhere" / "checkout"
    moved.parent.mkdir()
    shutil.copytree(tmp_path, moved, ignore=shutil.ignore_patterns("elsewhere"))
    shutil.rmtree(snippets)
    again = run_with_cache(settings, moved / "snippets", moved / "cache")
    assert again.stats.total == 10
    assert again.stats.executed == 0


def test_a_corrupt_entry_is_run_again(tmp_path, snippets):
    settings = EngineSettings(workers=2, sandbox=SANDBOX)
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
    settings = EngineSettings(workers=2, sandbox=SANDBOX)
    first = run_with_cache(settings, folder.parent, tmp_path / "cache")
    assert first.outcomes[0].judgement.verdict == "error"
    second = run_with_cache(settings, folder.parent, tmp_path / "cache")
    assert second.stats.executed_paths == ("snippets/s/slow.numpy.py",)


def test_info_counts_entries_and_partial_files_and_prune_keeps_only_the_given_keys(tmp_path):
    cache = RunCache(tmp_path)
    for key in ("aa" * 32, "ab" * 32, "cd" * 32):
        cache.put(key, sample_run())
    (tmp_path / "aa" / ".partial-left-by-a-kill").write_bytes(b"half an entry")
    info = cache.info()
    assert (info.entries, info.partial) == (3, 1)
    assert info.size > 0
    assert cache.keys() == {"aa" * 32, "ab" * 32, "cd" * 32}

    assert cache.prune({"ab" * 32}) == 3
    assert cache.keys() == {"ab" * 32}
    assert cache.info().partial == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ab"], "emptied folders go too"
    assert cache.get("ab" * 32) == sample_run()

    assert cache.clear() == 1
    assert cache.info().entries == 0
    assert cache.get("ab" * 32) is None


def test_a_pruning_run_removes_the_entries_no_current_snippet_uses(tmp_path, snippets):
    settings = EngineSettings(workers=2, sandbox=SANDBOX)
    cache_dir = tmp_path / "cache"
    run_with_cache(settings, snippets, cache_dir)
    torch_file = snippets / "alpha" / "passing.torch.py"
    torch_file.write_text(torch_file.read_text() + "\nresult = result\n")
    with Engine(settings, RunCache(cache_dir)) as engine:
        result = run_catalog(discover(snippets, base=snippets.parent), engine, prune=True)
    assert result.stats.executed == 1
    assert result.stats.pruned_cache_entries == 1
    assert RunCache(cache_dir).info().entries == 10
