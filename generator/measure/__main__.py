"""``python -m generator.measure --out DIR [--quick]``: measure, then write performance.json and SVGs.

Thread counts are fixed before anything is timed, at the cores this process may use: the
environment first (``OPENBLAS_NUM_THREADS`` and friends, which only count if set before NumPy
loads, hence the late imports below), then at run time through each library, read back and
recorded. Progress goes to stderr; the last line on stdout is the summary that tools read:

    crossover sizes: sigmoid A, sum B, matmul C, sort D, gather E

(float32 crossovers; matmul's is n for n×n matrices; "never" where PyTorch never stays faster).
"""

import argparse
import os
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from generator.execute.contract import THREAD_VARIABLES
from generator.execute.fingerprint import usable_cores

NOTE = (
    "Timings from one run on a machine other processes shared: read the torch/numpy ratios, taken "
    "side by side at each size, rather than any absolute time. Medians over repeats; spread is the "
    "interquartile range over the median."
)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line: an output folder, and --quick for a seconds-long run on tiny sizes."""
    parser = argparse.ArgumentParser(prog="python -m generator.measure", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for performance.json and the SVGs")
    parser.add_argument("--quick", action="store_true", help="tiny sizes and few loops (for tests)")
    return parser.parse_args(argv)


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def summary_line(crossovers: dict[str, int | None]) -> str:
    """The last line printed: each operation's float32 crossover size, or 'never'."""
    parts = [f"{op} {'never' if size is None else size}" for op, size in crossovers.items()]
    return "crossover sizes: " + ", ".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the machine facts, the sweeps and the sigmoid experiment; write and summarise them."""
    start = time.perf_counter()
    args = parse_args(argv)
    cores = usable_cores()
    for name in THREAD_VARIABLES:  # effective only if NumPy has not been imported yet
        os.environ.setdefault(name, str(cores))

    # Imported here, after the environment is set: these load NumPy, its BLAS and PyTorch.
    from generator.measure import sigmoid, sweeps  # noqa: PLC0415
    from generator.measure.figures import write_figures  # noqa: PLC0415
    from generator.measure.machine import describe_machine  # noqa: PLC0415
    from generator.measure.results import SCHEMA, Performance, to_json  # noqa: PLC0415
    from generator.measure.threads import fix_threads  # noqa: PLC0415

    settings = fix_threads(cores)
    _progress(f"threads: torch {settings.torch_threads}, numpy BLAS {settings.numpy_blas_threads}")
    plan = sweeps.QUICK_PLAN if args.quick else sweeps.FULL_PLAN
    machine = describe_machine(
        copy_elements=2**20 if args.quick else 2**26,
        # The matrix product's floor, at the largest n its figure shows: n = 3072, measured beside it
        # here, reached rates within 4 % of its own and took longer.
        matmul_n=max(plan.matmul_sizes),
        min_time=0.001 if args.quick else 0.2,
        repeats=3,
    )
    _progress(
        f"bandwidth {machine.bandwidth.gb_per_s:.1f} GB/s; peak "
        + ", ".join(f"{peak.dtype} {peak.gflop_per_s:.1f} GFLOP/s" for peak in machine.peak)
    )
    swept = sweeps.run_sweeps(plan, settings, _progress)
    experiment = sigmoid.run_sigmoid(sigmoid.QUICK_PLAN if args.quick else sigmoid.FULL_PLAN, _progress)
    args.out.mkdir(parents=True, exist_ok=True)
    figures = write_figures(swept, machine, args.out)
    record = Performance(
        schema=SCHEMA,
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        quick=args.quick,
        wall_seconds=time.perf_counter() - start,
        note=NOTE,
        machine=machine,
        sweeps=swept,
        sigmoid=experiment,
        figures=figures,
    )
    (args.out / "performance.json").write_text(to_json(record), encoding="utf-8")
    _progress(
        f"wrote {args.out / 'performance.json'} and {len(figures)} figures in {record.wall_seconds:.1f} s"
    )
    single = {entry.op: entry.crossover_one_thread for entry in swept.series if entry.dtype == "float32"}
    _progress(f"PyTorch on 1 thread, {summary_line(single)}")
    crossovers = {entry.op: entry.crossover for entry in swept.series if entry.dtype == "float32"}
    print(summary_line(crossovers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
