"""The command line as a user runs it: exit codes, reports, and a site that is never half-written."""

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CONFIG as SITE_CONFIG
from conftest import FIXTURES, REPO

from generator.execute.cache import RunCache


def generator(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=os.environ | {"PYTHONPATH": str(REPO)},
        check=False,
    )


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A folder with a copy of the basic fixture as its snippets/ (builds use the project's mkdocs.yml)."""
    shutil.copytree(FIXTURES / "basic", tmp_path / "snippets")
    return tmp_path


CONFIG = ("--config", str(SITE_CONFIG))


def test_help_documents_commands_and_options(workspace):
    top = generator("--help", cwd=workspace)
    assert top.returncode == 0
    assert all(command in top.stdout for command in ("build", "check", "serve", "cache"))
    build = generator("build", "--help", cwd=workspace).stdout
    for option in (
        "PATTERN",
        "--snippets",
        "--keep-going",
        "--no-cache",
        "--timeout",
        "--memory",
        "--site-dir",
        "--builder",
    ):
        assert option in build


def test_check_passes_on_holding_pairs_and_prints_the_table(workspace):
    completed = generator("check", "beta", "alpha/passing", "alpha/raising", "-q", cwd=workspace)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "alpha/raising  both-raise  both-raise  yes" in completed.stdout
    assert "3 pairs: 1 both-raise, 2 equal; 0 not holding" in completed.stdout


def test_check_fails_and_explains_a_pair_that_does_not_hold(workspace):
    completed = generator("check", "-q", cwd=workspace)
    assert completed.returncode == 1
    out = completed.stdout
    assert "alpha/mismatching: mismatch — results differ" in out
    assert "files: snippets/alpha/mismatching.numpy.py, snippets/alpha/mismatching.torch.py" in out
    assert "first mismatch at index (1,): NumPy 2.0, PyTorch 2.5" in out
    assert "max |Δ| = 0.5" in out


def test_check_reports_every_malformed_pair_with_file_and_line(tmp_path):
    shutil.copytree(FIXTURES / "broken", tmp_path / "snippets")
    completed = generator("check", "-q", cwd=tmp_path)
    assert completed.returncode == 1
    assert re.search(r"^bad/good +equal +equal +yes$", completed.stdout, re.MULTILINE)
    assert "snippets/bad/unknown-key.numpy.py:4: unknown key 'tolerance'" in completed.stdout
    assert "snippets/bad/syntax.torch.py:3: syntax error" in completed.stdout
    assert "snippets/bad/stray.py: unexpected file" in completed.stdout
    assert "snippets/bad/lonely.numpy.py: missing partner file lonely.torch.py" in completed.stdout


def test_a_failing_build_leaves_the_previous_site_untouched(workspace):
    site = workspace / "site"
    site.mkdir()
    (site / "previous.txt").write_text("the old site")
    completed = generator("build", "-q", *CONFIG, cwd=workspace)
    assert completed.returncode == 1
    assert "site/ was left as it was" in completed.stderr
    assert sorted(p.name for p in site.iterdir()) == ["previous.txt"]


def test_keep_going_builds_and_replaces_the_site(workspace):
    site = workspace / "site"
    site.mkdir()
    (site / "previous.txt").write_text("the old site")
    completed = generator("build", "--keep-going", "-q", *CONFIG, cwd=workspace)
    assert completed.returncode == 0, completed.stderr
    assert not (site / "previous.txt").exists()
    assert (site / "index.html").is_file()
    assert (site / "pairs.json").is_file()
    assert "built site/ from 5 pairs" in completed.stdout
    assert not [p for p in (workspace / "build").iterdir() if p.name.startswith("staging-")]


def test_no_cache_runs_everything_again(workspace):
    generator("check", "beta", "-q", cwd=workspace)
    cached = generator("check", "beta", "-q", cwd=workspace)
    assert "2 snippets: 0 executed, 2 from the cache" in cached.stdout
    fresh = generator("check", "beta", "-q", "--no-cache", cwd=workspace)
    assert "2 snippets: 2 executed, 0 from the cache" in fresh.stdout


def test_an_interrupted_build_leaves_site_and_cache_whole_and_the_rerun_reuses_finished_work(
    workspace: Path, tmp_path_factory: pytest.TempPathFactory
):
    slow = workspace / "snippets" / "beta" / "slow.torch.py"
    (workspace / "snippets" / "beta" / "slow.numpy.py").write_text(
        '# /// pair\n# title = "Slow"\n# expect = "equal"\n# ///\nresult = 1\n'
    )
    slow.write_text("import time\ntime.sleep(60)\nresult = 1\n")
    site = workspace / "site"
    site.mkdir()
    (site / "previous.txt").write_text("the old site")
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "build", "--keep-going", "-q", "-j", "2", *CONFIG],
        cwd=workspace,
        # Killed with its warm server, the build leaves the engine's work folder behind: in the
        # test's own temporary folder, not in the machine's.
        env=os.environ | {"PYTHONPATH": str(REPO), "TMPDIR": str(tmp_path_factory.mktemp("killed"))},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    cache_dir = workspace / ".cache" / "runs"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(_entries(cache_dir)) < 11:
        time.sleep(0.1)
    assert len(_entries(cache_dir)) == 11, "every snippet but the slow one should have finished"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()

    assert sorted(p.name for p in site.iterdir()) == ["previous.txt"]
    cache = RunCache(cache_dir)
    assert all(cache.get(entry.name) is not None for entry in _entries(cache_dir))
    assert cache.discarded == 0

    slow.write_text("result = 1\n")
    rerun = generator("build", "--keep-going", "-q", *CONFIG, cwd=workspace)
    assert rerun.returncode == 0, rerun.stderr
    assert "(1 snippets executed, 11 from the cache)" in rerun.stdout
    assert (site / "index.html").is_file()


def _entries(cache_dir: Path) -> list[Path]:
    return [p for p in cache_dir.rglob("*") if p.is_file() and not p.name.startswith(".partial-")]


def test_a_build_with_nothing_changed_leaves_the_site_as_it_is(workspace):
    first = generator("build", "--keep-going", "-q", *CONFIG, cwd=workspace)
    assert first.returncode == 0, first.stderr
    assert "built site/" in first.stdout
    index = workspace / "site" / "index.html"
    before = index.stat().st_mtime_ns

    again = generator("build", "--keep-going", "-q", *CONFIG, cwd=workspace)
    assert again.returncode == 0, again.stderr
    assert "site/ is up to date" in again.stdout
    assert "(0 snippets executed, 10 from the cache)" in again.stdout
    assert index.stat().st_mtime_ns == before

    torch_file = workspace / "snippets" / "beta" / "single.torch.py"
    torch_file.write_text('print("now printing")\nresult = 1.5\n')
    edited = generator("build", "--keep-going", "-q", *CONFIG, cwd=workspace)
    assert "built site/" in edited.stdout
    assert "now printing" in (workspace / "site" / "beta.html").read_text(encoding="utf-8")


def test_a_moved_checkout_builds_without_running_a_snippet(workspace, tmp_path_factory):
    assert generator("build", "--keep-going", "-q", *CONFIG, cwd=workspace).returncode == 0
    moved = tmp_path_factory.mktemp("moved") / "checkout"
    shutil.move(workspace, moved)
    again = generator("build", "--keep-going", "-q", *CONFIG, cwd=moved)
    assert again.returncode == 0, again.stderr
    assert "(0 snippets executed, 10 from the cache)" in again.stdout
    assert "site/ is up to date" in again.stdout


def test_cache_info_prune_and_clear(workspace):
    generator("check", "-q", cwd=workspace)
    info = generator("cache", "info", cwd=workspace)
    assert info.returncode == 0, info.stderr
    assert "10 entries" in info.stdout
    assert "10 used by the 10 runs of snippets/, 0 unused" in info.stdout

    (workspace / "snippets" / "beta" / "single.torch.py").unlink()
    assert "2 unused" in generator("cache", "info", cwd=workspace).stdout
    pruned = generator("cache", "prune", cwd=workspace)
    assert "removed 2 entries that no snippet in snippets/ uses; 8 kept" in pruned.stdout
    assert "8 used by the 8 runs of snippets/, 0 unused" in generator("cache", "info", cwd=workspace).stdout

    cleared = generator("cache", "clear", cwd=workspace)
    assert "removed 8 entries" in cleared.stdout
    assert not (workspace / ".cache" / "runs").exists()


def test_a_full_build_prunes_the_cache_and_a_selection_does_not(workspace):
    generator("check", "-q", cwd=workspace)
    torch_file = workspace / "snippets" / "beta" / "single.torch.py"
    torch_file.write_text("result = 1.5  # edited\n")
    selected = generator("build", "beta", "-q", *CONFIG, cwd=workspace)
    assert selected.returncode == 0, selected.stderr
    assert "removed" not in selected.stdout
    assert RunCache(workspace / ".cache" / "runs").info().entries == 11
    full = generator("build", "--keep-going", "-q", *CONFIG, cwd=workspace)
    assert "removed 1 cache entries that no snippet uses" in full.stdout
    assert RunCache(workspace / ".cache" / "runs").info().entries == 10
