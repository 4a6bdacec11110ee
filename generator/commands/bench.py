"""``np2t bench``: time every pair's NumPy and PyTorch bodies, then the size sweeps.

Each snippet's body is timed in its own child of the warm engine (``execute.child.timing`` says
what the timed region holds) at one thread and at every usable core. The run before each timing
computes at the timed thread count, so the results at every count are compared too: the pairs
whose results change with the thread count are listed, and their pages say so. One-thread
timings run on as many workers as there are cores, each child on a core of its own; many-thread
timings run one at a time, since two of them would share the cores they each want. Timings are cached per
source, versions and machine, so a second ``bench`` times only what changed. The size sweeps
(``generator.measure``) run in a process of their own and record to ``bench/results``, and what
each part of the run took goes to ``bench/results/bench.json`` (the Performance page shows it).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from generator.commands.durations import load_durations
from generator.commands.pipeline import EXIT_OK, Pipeline, timing_threads
from generator.commands.project import Project
from generator.compare.pipeline import CatalogResult, time_catalog
from generator.compare.timings import Timings
from generator.errors import GeneratorError
from generator.execute.fingerprint import machine_fingerprint
from generator.files import write_atomically
from generator.measure.results import from_json
from generator.site.assemble import BENCH_RUN

SWEEP_OPERATIONS = ("sigmoid", "sum", "matmul", "sort", "gather")
PERFORMANCE_JSON = "performance.json"


def bench(project: Project, args: argparse.Namespace) -> int:
    """Time the selected pairs (and run the sweeps), print a summary; the last line is the contract."""
    started = time.monotonic()
    load_before = os.getloadavg()
    timings = Timings()
    counts: list[str] = []
    passes: list[dict[str, object]] = []
    catalog = None
    for threads in timing_threads():
        workers = project.engine.workers if threads == 1 else 1
        begun = time.monotonic()
        with Pipeline(replace(project, engine=replace(project.engine, workers=workers))) as pipeline:
            if catalog is None:
                catalog = pipeline.judge(pipeline.discover()).catalog
            durations = load_durations(project.paths.durations)
            found, stats = time_catalog(catalog, pipeline.engine, threads, durations)
            timings |= found
            counts.append(f"{stats.executed} timed at {threads} thread(s), {stats.cached} from the cache")
        passes.append(
            {
                "threads": threads,
                "workers": workers,
                "seconds": round(time.monotonic() - begun, 1),
                "executed": stats.executed,
                "cached": stats.cached,
            }
        )
    with Pipeline(project) as pipeline:
        checked = pipeline.judge(pipeline.discover())
    seconds = time.monotonic() - started
    folder = project.paths.results / "performance"
    sweeps = not args.no_sweeps
    if sweeps:
        begun = time.monotonic()
        completed = subprocess.run(
            [sys.executable, "-m", "generator.measure", "--out", str(folder)], check=False
        )
        if completed.returncode != 0:
            raise GeneratorError(f"the size sweeps failed (exit {completed.returncode}); see above")
        swept: float | None = round(time.monotonic() - begun, 1)
    else:
        swept = None
    ratios = timings.ratios(timings.pair_ids(), project.sides, 1)
    record = {
        "date": project.date,
        "machine": machine_fingerprint(),
        "load_before": [round(value, 2) for value in load_before],
        "load_after": [round(value, 2) for value in os.getloadavg()],
        "pairs": len(ratios),
        "passes": passes,
        "timing_seconds": round(seconds, 1),
        "sweeps_seconds": swept,
        "total_seconds": round(time.monotonic() - started, 1),
    }
    if project.patterns:
        record["patterns"] = list(project.patterns)
    write_atomically(project.paths.results / BENCH_RUN, (json.dumps(record, indent=1) + "\n").encode("utf-8"))
    print(ratio_table(ratios))
    print(thread_table(checked))
    print("snippets: " + "; ".join(counts))
    median = f"{statistics.median(ratios.values()):.2f}" if ratios else "n/a"
    summary = f"timed {len(ratios)} pairs in {seconds:.0f} s; median torch/numpy ratio {median}"
    print(f"{summary}; {crossovers(folder)}")
    return EXIT_OK


def ratio_table(ratios: dict[str, float]) -> str:
    """The pairs where PyTorch costs most and least relative to NumPy (one thread)."""
    ordered = sorted(ratios.items(), key=lambda item: item[1])
    shown = ordered if len(ordered) <= 10 else [*ordered[:5], *ordered[-5:]]
    lines = ["torch/numpy per call, one thread (lowest and highest):"]
    lines.extend(f"  {ratio:8.2f}  {pair_id}" for pair_id, ratio in shown)
    return "\n".join(lines)


def thread_table(result: CatalogResult) -> str:
    """The pairs whose results change with the thread count, and how."""
    changed = {pair_id: check for pair_id, check in result.threads.items() if check.depends}
    compared = (
        ", ".join(str(count) for count in next(iter(result.threads.values())).counts)
        if result.threads
        else ""
    )
    counts = compared or "no two"
    lines = [f"results compared at {counts} thread counts; pairs whose results change: {len(changed)}"]
    for pair_id, check in changed.items():
        verdicts = ", ".join(f"{count}: {verdict}" for count, verdict in check.verdicts)
        lines.append(f"  {pair_id} (verdict at {verdicts})")
        lines.extend(
            f"    {change.side} at {change.threads} threads: {change.what}" for change in check.changes
        )
    return "\n".join(lines)


def crossovers(folder: Path) -> str:
    """``crossover sizes: sigmoid A, ...`` from the last recorded sweeps (float32; 'never'; 'n/a')."""
    path = folder / PERFORMANCE_JSON
    found: dict[str, int | None] = {}
    if path.is_file():
        record = from_json(path.read_text(encoding="utf-8"))
        found = {s.op: s.crossover for s in record.sweeps.series if s.dtype == "float32"}
    parts = []
    for op in SWEEP_OPERATIONS:
        size = found.get(op, "n/a") if found else "n/a"
        parts.append(f"{op} {'never' if size is None else size}")
    return "crossover sizes: " + ", ".join(parts)
