"""Benchmark the execution engine against one fresh interpreter per snippet, side by side in one run.

Generates 200 small pairs (400 snippet files) in a temporary folder, then measures:
  cold     - every snippet executed (empty cache), warm server start included
  warm     - nothing changed: every run comes from the cache
  one edit - one file changed: only it runs again
  fresh    - ``python file.py`` per snippet, on a sample (as many NumPy as PyTorch files)
  sandbox  - cold runs with the sandbox on and off, alternating (--rounds of each, every one with
             an empty cache): the difference of their overheads is what confining a child costs
             (its cgroups, Landlock's read and write rules, seccomp, the namespace), and taking
             them in turn keeps a shared machine's load from falling on one side only
Per-snippet overhead is the time from fork to reaped child minus the snippet's own body time,
measured by the server for every snippet of the cold run. Timings on a shared machine are noisy:
the figures are medians, and the speedup is a ratio of times taken in this same run.

Usage: python bench/engine.py [--pairs N] [--sample N] [--rounds N] [--record FILE]
The last line printed is the summary that tools read:
  per-snippet overhead: X ms; speedup vs fresh interpreter: Y×; warm rebuild executed: Z snippets
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from results_table import print_table, record_header  # noqa: E402

from generator.compare.pipeline import CatalogResult, run_catalog  # noqa: E402
from generator.discover.catalog import discover  # noqa: E402
from generator.execute.cache import RunCache  # noqa: E402
from generator.execute.contract import SandboxMode  # noqa: E402
from generator.execute.engine import Engine  # noqa: E402
from generator.execute.requests import EngineSettings  # noqa: E402

NUMPY_BODY = """import numpy as np

x = np.arange({n}, dtype=np.float64).reshape(-1, 2)
print(x.sum(axis=0))
result = x * {k}
"""
TORCH_BODY = """import torch

x = torch.arange({n}, dtype=torch.float64).reshape(-1, 2)
print(x.sum(dim=0))
result = x * {k}
"""


def write_corpus(folder: Path, pairs: int) -> list[Path]:
    """Write ``pairs`` small pairs in sections of 20 and return every snippet file."""
    files: list[Path] = []
    for index in range(pairs):
        section = folder / f"s{index // 20:02d}"
        if not section.exists():
            section.mkdir(parents=True)
            (section / "_section.toml").write_text(
                f'title = "Section {index // 20}"\norder = {index // 20}\n'
            )
        n, k = 2 * (index % 7 + 2), index % 5 + 1
        numpy_file, torch_file = section / f"p{index:03d}.numpy.py", section / f"p{index:03d}.torch.py"
        block = f'# /// pair\n# title = "Pair {index}"\n# expect = "equal"\n# ///\n'
        numpy_file.write_text(block + NUMPY_BODY.format(n=n, k=k))
        torch_file.write_text(TORCH_BODY.format(n=n, k=k))
        files += [numpy_file, torch_file]
    return files


def timed_run(snippets: Path, settings: EngineSettings, cache_dir: Path) -> tuple[float, CatalogResult]:
    """Wall time of one complete engine run (server start included when anything executes)."""
    started = time.perf_counter()
    with Engine(settings, RunCache(cache_dir)) as engine:
        result = run_catalog(discover(snippets, base=snippets.parent), engine)
    return time.perf_counter() - started, result


def fresh_interpreter(files: list[Path]) -> list[float]:
    """Wall time of ``python file.py`` for each file, one after the other."""
    times = []
    for path in files:
        started = time.perf_counter()
        subprocess.run([sys.executable, str(path)], cwd=path.parent, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument(
        "--sample", type=int, default=12, help="fresh-interpreter runs (half NumPy, half PyTorch)"
    )
    parser.add_argument(
        "--rounds", type=int, default=2, help="cold runs with the sandbox on, and off, in turn"
    )
    parser.add_argument("--record", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    settings = EngineSettings()

    with tempfile.TemporaryDirectory(prefix="np2t-bench-") as scratch:
        snippets, cache_dir = Path(scratch) / "snippets", Path(scratch) / "cache"
        files = write_corpus(snippets, args.pairs)
        half = max(1, args.sample // 2)
        sample = [f for f in files if f.name.endswith(".numpy.py")][:half]
        sample += [f for f in files if f.name.endswith(".torch.py")][:half]

        cold_wall, cold = timed_run(snippets, settings, cache_dir)
        unconfined_settings = replace(settings, sandbox=SandboxMode.OFF)
        confined_overheads = list(cold.stats.overheads)
        unconfined_overheads: list[float] = []
        for round_number in range(args.rounds):
            if round_number:
                _, again = timed_run(snippets, settings, Path(scratch) / f"cache-confined-{round_number}")
                confined_overheads += again.stats.overheads
            _, off = timed_run(
                snippets, unconfined_settings, Path(scratch) / f"cache-unconfined-{round_number}"
            )
            unconfined_overheads += off.stats.overheads
        warm_walls, warm_executed = [], []
        for _ in range(3):
            wall, warm = timed_run(snippets, settings, cache_dir)
            warm_walls.append(wall)
            warm_executed.append(warm.stats.executed)
        edit_walls, edit_executed = [], []
        for round_number in range(3):
            victim = files[2 * round_number + 1]
            victim.write_text(victim.read_text() + f"print('edit {round_number}')\n")
            wall, edited = timed_run(snippets, settings, cache_dir)
            edit_walls.append(wall)
            edit_executed.append(edited.stats.executed)
        fresh = fresh_interpreter(sample)

    snippet_count = len(files)
    overhead = statistics.median(confined_overheads)
    unconfined_overhead = statistics.median(unconfined_overheads)
    bodies = [run.seconds for outcome in cold.outcomes for run in outcome.runs.values() if run.seconds]
    fresh_numpy = statistics.median(fresh[:half])
    fresh_torch = statistics.median(fresh[half:])
    fresh_per_snippet = (fresh_numpy + fresh_torch) / 2
    engine_per_snippet = cold_wall / snippet_count
    speedup = fresh_per_snippet / engine_per_snippet
    holding = sum(o.judgement.holds for o in cold.outcomes)

    rows = [
        ("snippets in corpus", f"{snippet_count} ({args.pairs} pairs, {holding} holding)"),
        ("workers", f"{settings.workers}"),
        ("cold run (empty cache)", f"{cold_wall:.2f} s, {cold.stats.executed} executed"),
        ("  per snippet", f"{engine_per_snippet * 1000:.1f} ms (wall / snippets)"),
        (
            "  overhead per snippet, median",
            f"{overhead * 1000:.1f} ms (fork to reap, minus body; {args.rounds} cold runs)",
        ),
        (
            "  the same with the sandbox off",
            f"{unconfined_overhead * 1000:.1f} ms ({args.rounds} cold runs, in turn with those above)",
        ),
        (
            "  what confining costs per snippet",
            f"{(overhead - unconfined_overhead) * 1000:.1f} ms ({overhead / unconfined_overhead:.2f}×)",
        ),
        (
            "  overhead per snippet, p90",
            f"{statistics.quantiles(cold.stats.overheads, n=10)[-1] * 1000:.1f} ms",
        ),
        ("  snippet body, median", f"{statistics.median(bodies) * 1000:.2f} ms"),
        (
            "warm run (all cached), median of 3",
            f"{statistics.median(warm_walls):.2f} s, executed {warm_executed}",
        ),
        ("one file edited, median of 3", f"{statistics.median(edit_walls):.2f} s, executed {edit_executed}"),
        ("fresh interpreter, NumPy file", f"{fresh_numpy * 1000:.0f} ms median of {half}"),
        ("fresh interpreter, PyTorch file", f"{fresh_torch * 1000:.0f} ms median of {half}"),
        (
            "speedup, per snippet",
            f"{speedup:.0f}× (fresh-interpreter mean of the two medians / cold per snippet)",
        ),
    ]
    print_table("engine", rows)

    if args.record:
        record = {
            **record_header(),
            "pairs": args.pairs,
            "snippets": snippet_count,
            "workers": settings.workers,
            "cold_seconds": round(cold_wall, 3),
            "cold_ms_per_snippet": round(engine_per_snippet * 1000, 2),
            "overhead_ms_median": round(overhead * 1000, 2),
            "unconfined_overhead_ms_median": round(unconfined_overhead * 1000, 2),
            "sandbox_rounds": args.rounds,
            "sandbox": settings.sandbox.value,
            "body_ms_median": round(statistics.median(bodies) * 1000, 3),
            "warm_seconds_median": round(statistics.median(warm_walls), 3),
            "warm_executed": warm_executed,
            "edit_seconds_median": round(statistics.median(edit_walls), 3),
            "edit_executed": edit_executed,
            "fresh_numpy_ms_median": round(fresh_numpy * 1000, 1),
            "fresh_torch_ms_median": round(fresh_torch * 1000, 1),
            "fresh_sample": 2 * half,
            "speedup": round(speedup, 1),
        }
        args.record.parent.mkdir(parents=True, exist_ok=True)
        args.record.write_text(json.dumps(record, indent=1) + "\n")
    print(
        f"per-snippet overhead: {overhead * 1000:.1f} ms; speedup vs fresh interpreter: {speedup:.0f}×; "
        f"warm rebuild executed: {max(warm_executed)} snippets"
    )


if __name__ == "__main__":
    main()
