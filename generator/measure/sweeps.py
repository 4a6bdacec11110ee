"""NumPy against PyTorch per operation, over sizes from a few elements to ten million.

For each operation and dtype, both libraries run on the same data at each size, one right after
the other, so that a burst of load from other processes hits both rather than one: the ratio at a
size is the quantity worth reading, not either time alone. Sizes grow by 4× (matrix products by
2× in n) so that the crossover, the smallest size from which PyTorch stays faster, is located to
within one step.
"""

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np
import torch

from generator.execute.child.timer import Timing, time_callable
from generator.measure.results import GpuPoint, GpuStatus, Point, Series, Sweeps, ThreadSettings

DTYPES = ("float32", "float64")
FULL_SIZES = (*(4 * 4**k for k in range(11)), 10_000_000)
FULL_MATMUL = tuple(2**k for k in range(1, 12))
QUICK_SIZES = (4, 64, 1024)
QUICK_MATMUL = (2, 8, 32)
ELEMENTS = "elements"
MATRIX_SIDE = "n (two n×n matrices)"


@dataclass(frozen=True)
class SweepPlan:
    """Which sizes to sweep and how long to time each point."""

    sizes: tuple[int, ...]
    matmul_sizes: tuple[int, ...]
    min_time: float
    repeats: int


FULL_PLAN = SweepPlan(FULL_SIZES, FULL_MATMUL, min_time=0.02, repeats=5)
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
        numpy_timing = _time(partial(op.numpy_call, *arrays), plan, numpy_threads)
        torch_timing = _time(partial(op.torch_call, *tensors), plan, threads.torch_threads)
        points.append(Point(size, numpy_timing, torch_timing, torch_timing.median / numpy_timing.median))
        if gpu:
            gpu_points.append(_gpu_point(op, size, tensors, plan))
        if progress is not None:
            progress(f"{op.name} {dtype} {size}: torch/numpy {points[-1].ratio:.2f}")
    return Series(
        op=op.name,
        dtype=dtype,
        size_unit=op.size_unit,
        numpy_code=op.numpy_code,
        torch_code=op.torch_code,
        points=tuple(points),
        crossover=crossover([(point.size, point.ratio) for point in points]),
        gpu=tuple(gpu_points),
    )


def _time(fn: Callable[[], object], plan: SweepPlan, threads: int | None) -> Timing:
    return time_callable(fn, min_time=plan.min_time, repeats=plan.repeats, threads=threads)


def run_sweeps(
    plan: SweepPlan, settings: ThreadSettings, progress: Callable[[str], None] | None = None
) -> Sweeps:
    """Every operation at every dtype, plus the GPU series where CUDA is available."""
    start = time.perf_counter()
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
    )
