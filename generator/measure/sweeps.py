"""NumPy against PyTorch per operation, over sizes from a few elements to ten million.

For each operation and dtype, both libraries run on the same data at each size with their timed
batches interleaved round-robin (``side_by_side``), so that a burst of load from other processes
hits both rather than one: the ratio at a size is the quantity worth reading, not either time
alone. Sizes grow by 4× (matrix products by 2× in n) so that the crossover, the smallest size from
which PyTorch stays faster, is located to within one step.

PyTorch is timed twice per size: at the stated thread count, and on one thread as a control. On a
machine whose cores other processes also use, a parallel region waits for every one of its threads
to be scheduled, so a multi-threaded call can cost a scheduler time slice (milliseconds) instead of
microseconds; the one-thread series shows whether that, rather than the library, decided a ratio.
"""

import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial

import numpy as np
import torch

from generator.measure.results import GpuPoint, GpuStatus, Point, Series, Sweeps, ThreadSettings
from generator.sides import NUMPY, TORCH
from generator.timer import Timing, batch_time, calibrate, summarize, time_callable

DTYPES = ("float32", "float64")
FULL_SIZES = (*(4 * 4**k for k in range(11)), 10_000_000)
FULL_MATMUL = tuple(2**k for k in range(1, 12))
QUICK_SIZES = (4, 64, 1024)
QUICK_MATMUL = (2, 8, 32)
# A point whose single call takes longer than SLOW_CALL seconds gets SLOW_REPEATS repeats.
SLOW_CALL = 0.1
SLOW_REPEATS = 3
ELEMENTS = "elements"
MATRIX_SIDE = "n (two n×n matrices)"


@dataclass(frozen=True)
class SweepPlan:
    """Which sizes to sweep and how long to time each point (fewer repeats where one call is slow)."""

    sizes: tuple[int, ...]
    matmul_sizes: tuple[int, ...]
    min_time: float
    repeats: int
    slow_call: float = SLOW_CALL
    slow_repeats: int = SLOW_REPEATS


FULL_PLAN = SweepPlan(FULL_SIZES, FULL_MATMUL, min_time=0.01, repeats=5)
QUICK_PLAN = SweepPlan(QUICK_SIZES, QUICK_MATMUL, min_time=0.0005, repeats=3)


@dataclass(frozen=True)
class Op:
    """One operation: how to build its NumPy inputs at a size, and each library's call on them."""

    name: str
    size_unit: str
    numpy_code: str
    torch_code: str
    inputs: Callable[[np.random.Generator, int, str], tuple[np.ndarray, ...]]
    numpy_call: Callable[..., object]
    torch_call: Callable[..., object]


def _vector(rng: np.random.Generator, size: int, dtype: str) -> tuple[np.ndarray, ...]:
    return (rng.standard_normal(size).astype(dtype),)


def _matrices(rng: np.random.Generator, n: int, dtype: str) -> tuple[np.ndarray, ...]:
    return rng.standard_normal((n, n)).astype(dtype), rng.standard_normal((n, n)).astype(dtype)


def _vector_and_permutation(rng: np.random.Generator, size: int, dtype: str) -> tuple[np.ndarray, ...]:
    return rng.standard_normal(size).astype(dtype), rng.permutation(size).astype(np.int64)


OPS = (
    Op(
        "sigmoid",
        ELEMENTS,
        "1 / (1 + np.exp(-x))",
        "torch.sigmoid(x)",
        _vector,
        lambda x: 1 / (1 + np.exp(-x)),
        torch.sigmoid,
    ),
    Op("sum", ELEMENTS, "x.sum()", "x.sum()", _vector, np.sum, torch.sum),
    Op("matmul", MATRIX_SIDE, "a @ b", "a @ b", _matrices, np.matmul, torch.matmul),
    Op(
        "sort",
        ELEMENTS,
        "np.sort(x)",
        "torch.sort(x).values  (computes the indices too: there is no values-only sort)",
        _vector,
        np.sort,
        lambda x: torch.sort(x).values,
    ),
    Op(
        "gather",
        ELEMENTS,
        "np.take_along_axis(x, index, axis=0)",
        "torch.gather(x, 0, index)",
        _vector_and_permutation,
        lambda x, index: np.take_along_axis(x, index, axis=0),
        lambda x, index: torch.gather(x, 0, index),
    ),
)


def crossover(points: Sequence[tuple[int, float]]) -> int | None:
    """The smallest size from which torch/numpy stays below 1 at every larger size; None if never.

    ``points`` are (size, torch/numpy ratio) pairs in any order. A crossing that reverses before the
    largest size does not count: the answer is where PyTorch becomes faster for good in this sweep.
    """
    found: int | None = None
    for size, ratio in sorted(points, reverse=True):
        if ratio >= 1.0:
            break
        found = size
    return found


def gpu_status() -> GpuStatus:
    """Whether a GPU series can be measured here, naming the device or the reason it cannot."""
    if torch.cuda.is_available():
        return GpuStatus(measured=True, detail=f"PyTorch on {torch.cuda.get_device_name(0)}")
    build = f"built with CUDA {torch.version.cuda}" if torch.version.cuda else "a CPU-only build"
    return GpuStatus(
        measured=False,
        detail=f"not measured: torch.cuda.is_available() is False (torch {torch.__version__}, {build})",
    )


def _gpu_point(op: Op, size: int, host: tuple[torch.Tensor, ...], plan: SweepPlan) -> GpuPoint:
    """Kernel time on the GPU with the inputs already there; the copies in and out timed apart."""
    sync = torch.cuda.synchronize
    device = tuple(tensor.to("cuda") for tensor in host)
    result = op.torch_call(*device)
    assert isinstance(result, torch.Tensor)

    def timed(fn: Callable[[], object]) -> Timing:
        return time_callable(fn, sync=sync, min_time=plan.min_time, repeats=plan.repeats)

    return GpuPoint(
        size=size,
        kernel=timed(lambda: op.torch_call(*device)),
        to_device=timed(lambda: [tensor.to("cuda") for tensor in host]),
        to_host=timed(lambda: result.to("cpu")),
    )


def sweep_op(
    op: Op,
    dtype: str,
    plan: SweepPlan,
    *,
    threads: ThreadSettings,
    gpu: bool,
    progress: Callable[[str], None] | None = None,
) -> Series:
    """Time one operation at one dtype over the plan's sizes, NumPy then PyTorch at each size.

    Each timing records the threads its library could use for this operation: PyTorch's intra-op
    count, and for NumPy its BLAS count on the matrix product but 1 elsewhere (see ``threads``).
    """
    numpy_threads = threads.numpy_blas_threads if op.name == "matmul" else 1
    rng = np.random.default_rng(12345)
    sizes = plan.matmul_sizes if op.name == "matmul" else plan.sizes
    points: list[Point] = []
    gpu_points: list[GpuPoint] = []
    for size in sizes:
        arrays = op.inputs(rng, size, dtype)
        tensors = tuple(torch.from_numpy(array) for array in arrays)
        numpy_timing, torch_timing, single = side_by_side(
            [
                Contender(partial(op.numpy_call, *arrays), numpy_threads, None),
                Contender(partial(op.torch_call, *tensors), threads.torch_threads, threads.torch_threads),
                Contender(partial(op.torch_call, *tensors), 1, 1),
            ],
            min_time=plan.min_time,
            repeats=plan.repeats,
            slow_call=plan.slow_call,
            slow_repeats=plan.slow_repeats,
        )
        points.append(
            Point(
                size=size,
                timings={NUMPY.name: numpy_timing, TORCH.name: torch_timing},
                ratio=torch_timing.median / numpy_timing.median,
                one_thread={TORCH.name: single},
                ratio_one_thread=single.median / numpy_timing.median,
            )
        )
        if gpu:
            gpu_points.append(_gpu_point(op, size, tensors, plan))
        if progress is not None:
            point = points[-1]
            progress(
                f"{op.name} {dtype} {size}: torch/numpy {point.ratio:.2f} "
                f"(torch on 1 thread: {point.ratio_one_thread:.2f})"
            )
    return Series(
        op=op.name,
        dtype=dtype,
        size_unit=op.size_unit,
        code={NUMPY.name: op.numpy_code, TORCH.name: op.torch_code},
        points=tuple(points),
        crossover=crossover([(point.size, point.ratio) for point in points]),
        crossover_one_thread=crossover([(point.size, point.ratio_one_thread) for point in points]),
        gpu=tuple(gpu_points),
    )


@dataclass(frozen=True)
class Contender:
    """One callable in a side-by-side timing: the threads to record, and PyTorch's count to set around it."""

    call: Callable[[], object]
    threads: int | None
    torch_threads: int | None


@contextmanager
def using_torch_threads(count: int | None) -> Iterator[None]:
    """Run the block with PyTorch at ``count`` intra-op threads (unchanged if None), then restore."""
    if count is None:
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def side_by_side(
    contenders: list[Contender],
    *,
    min_time: float,
    repeats: int,
    slow_call: float = SLOW_CALL,
    slow_repeats: int = SLOW_REPEATS,
) -> list[Timing]:
    """Time several callables with their batches interleaved, so outside load hits all of them alike.

    Each is warmed up and its batches sized on its own (``calibrate``), then the repeats go
    round-robin: one batch of each in turn. Where a single call takes longer than ``slow_call``
    seconds, the repeats drop to ``slow_repeats`` (recorded in each Timing) to keep the run's
    length bounded.
    """
    loops: list[int] = []
    per_call: list[list[float]] = []
    for contender in contenders:
        with using_torch_threads(contender.torch_threads):
            contender.call()  # warm-up
            found = calibrate(contender.call, min_time)
        loops.append(found.loops)
        per_call.append([found.per_call] if found.counted else [])
        if found.per_call > slow_call:
            repeats = min(repeats, slow_repeats)
    for _ in range(repeats):
        for contender, count, times in zip(contenders, loops, per_call, strict=True):
            if len(times) < repeats:
                with using_torch_threads(contender.torch_threads):
                    times.append(batch_time(contender.call, count) / count)
    return [
        summarize(times, count, contender.threads)
        for contender, count, times in zip(contenders, loops, per_call, strict=True)
    ]


def run_sweeps(
    plan: SweepPlan, settings: ThreadSettings, progress: Callable[[str], None] | None = None
) -> Sweeps:
    """Every operation at every dtype, plus the GPU series where CUDA is available."""
    start = time.perf_counter()
    load_before = _load()
    status = gpu_status()
    series = tuple(
        sweep_op(op, dtype, plan, threads=settings, gpu=status.measured, progress=progress)
        for op in OPS
        for dtype in DTYPES
    )
    return Sweeps(
        threads=settings,
        min_time=plan.min_time,
        repeats=plan.repeats,
        series=series,
        gpu=status,
        seconds=time.perf_counter() - start,
        load_before=load_before,
        load_after=_load(),
    )


def _load() -> tuple[float, ...]:
    """The 1, 5 and 15 minute load averages, or nothing where the system does not report them."""
    try:
        return tuple(os.getloadavg())
    except OSError:
        return ()
