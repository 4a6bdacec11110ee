"""The machine's facts, as its libraries report them, and its limits, as measured here.

Limits are measured rather than looked up because the figures draw them as time floors: a copy of
an array much larger than the caches gives the memory bandwidth that elementwise and reduction
work cannot beat once data comes from memory, and a large matrix product gives the floating-point
rate a matrix product cannot beat. Each is measured with both libraries and the better one kept,
since NumPy copies on one thread and the two link different BLAS libraries.
"""

import os
import platform
import re
import sys
from pathlib import Path

import numpy as np
import torch

from generator.execute.fingerprint import cpu_model, usable_cores
from generator.measure.results import Bandwidth, Machine, PeakFlops, SideRate
from generator.measure.threads import numpy_blas_config, numpy_blas_threads
from generator.sides import NUMPY, TORCH
from generator.timer import time_callable

BYTES_COUNTED = "read + write: 2 × array bytes per copy (write-allocate traffic not counted)"
_SIMD_FLAGS = (
    "sse4_2",
    "avx",
    "avx2",
    "fma",
    "avx512f",
    "avx512bw",
    "avx512_vnni",
    "avx512_bf16",
    "amx_tile",
)


def cpu_simd_flags() -> tuple[str, ...]:
    """The vector instruction sets /proc/cpuinfo lists, from a fixed list worth knowing about."""
    info = Path("/proc/cpuinfo")
    if not info.exists():
        return ()
    for line in info.read_text().splitlines():
        if line.startswith("flags"):
            flags = set(line.split(":", 1)[1].split())
            return tuple(flag for flag in _SIMD_FLAGS if flag in flags)
    return ()


def numpy_blas_description() -> tuple[str, tuple[str, ...]]:
    """NumPy's BLAS as ``show_config`` reports it (name, version, configuration), and its SIMD levels."""
    config = np.show_config(mode="dicts")
    blas = config.get("Build Dependencies", {}).get("blas", {})
    parts = [str(blas.get("name", "unknown")), str(blas.get("version", ""))]
    runtime = numpy_blas_config() or blas.get("openblas configuration")
    if runtime:
        parts.append(f"({runtime})")
    simd = config.get("SIMD Extensions", {}).get("found", [])
    return " ".join(part for part in parts if part), tuple(str(item) for item in simd)


def torch_parallel_backend(info: str) -> str:
    """The "ATen parallel backend" line of ``torch.__config__.parallel_info()``."""
    match = re.search(r"ATen parallel backend:\s*(.+)", info)
    return match.group(1).strip() if match else "unknown"


def torch_blas() -> str:
    """The BLAS PyTorch was built with (``BLAS_INFO`` in ``torch.__config__.show()``)."""
    match = re.search(r"BLAS_INFO=([^,\s]+)", torch.__config__.show())
    return match.group(1) if match else "unknown"


def torch_backends() -> dict[str, bool]:
    """Which optional CPU and GPU back ends this PyTorch build has available."""
    return {
        "mkl": bool(torch.backends.mkl.is_available()),  # type: ignore[no-untyped-call]
        "mkldnn": bool(torch.backends.mkldnn.is_available()),  # type: ignore[no-untyped-call]
        "openmp": bool(torch.backends.openmp.is_available()),  # type: ignore[no-untyped-call]
        "cuda": bool(torch.cuda.is_available()),
        "mps": bool(torch.backends.mps.is_available()),
    }


def measure_bandwidth(elements: int, *, min_time: float, repeats: int) -> Bandwidth:
    """Copy a float64 array of ``elements`` into another with each library; bytes counted read + write.

    Rates come from each library's fastest batch (``Timing.best``).
    """
    source = np.random.default_rng(0).random(elements)
    target = np.empty_like(source)
    # np.copyto runs on one thread whatever the BLAS setting.
    numpy_timing = time_callable(
        lambda: np.copyto(target, source), min_time=min_time, repeats=repeats, threads=1
    )
    torch_source = torch.from_numpy(source)
    torch_target = torch.empty_like(torch_source)
    torch_timing = time_callable(
        lambda: torch_target.copy_(torch_source),
        min_time=min_time,
        repeats=repeats,
        threads=torch.get_num_threads(),
    )
    moved = 2 * source.nbytes
    # A limit is what the machine can do: the fastest batch, not the typical one.
    numpy_rate = moved / numpy_timing.best / 1e9
    torch_rate = moved / torch_timing.best / 1e9
    return Bandwidth(
        gb_per_s=max(numpy_rate, torch_rate),
        counted=BYTES_COUNTED,
        array_bytes=source.nbytes,
        sides={
            NUMPY.name: SideRate(numpy_rate, numpy_timing),
            TORCH.name: SideRate(torch_rate, torch_timing),
        },
    )


def measure_peak(n: int, dtype: str, *, min_time: float, repeats: int) -> PeakFlops:
    """Multiply two n×n matrices with each library; 2 n^3 operations per product, fastest batch."""
    rng = np.random.default_rng(1)
    left = rng.random((n, n)).astype(dtype)
    right = rng.random((n, n)).astype(dtype)
    numpy_timing = time_callable(
        lambda: left @ right, min_time=min_time, repeats=repeats, threads=numpy_blas_threads()
    )
    torch_left = torch.from_numpy(left)
    torch_right = torch.from_numpy(right)
    torch_timing = time_callable(
        lambda: torch_left @ torch_right, min_time=min_time, repeats=repeats, threads=torch.get_num_threads()
    )
    operations = 2.0 * n**3
    numpy_rate = operations / numpy_timing.best / 1e9
    torch_rate = operations / torch_timing.best / 1e9
    return PeakFlops(
        dtype=dtype,
        n=n,
        gflop_per_s=max(numpy_rate, torch_rate),
        sides={
            NUMPY.name: SideRate(numpy_rate, numpy_timing),
            TORCH.name: SideRate(torch_rate, torch_timing),
        },
    )


def describe_machine(*, copy_elements: int, matmul_n: int, min_time: float, repeats: int) -> Machine:
    """Collect the facts, then measure bandwidth and peak FLOP/s at the thread counts already set."""
    blas, simd = numpy_blas_description()
    parallel_info = torch.__config__.parallel_info()
    cuda = torch.cuda.get_device_name(0) if torch.cuda.is_available() else None
    bandwidth = measure_bandwidth(copy_elements, min_time=min_time, repeats=repeats)
    peak = tuple(
        measure_peak(matmul_n, dtype, min_time=min_time, repeats=repeats) for dtype in ("float32", "float64")
    )
    return Machine(
        cpu_model=cpu_model(),
        logical_cores=os.cpu_count() or 1,
        usable_cores=usable_cores(),
        cpu_simd_flags=cpu_simd_flags(),
        platform=platform.platform(),
        python=sys.version.split()[0],
        versions={NUMPY.name: np.__version__, TORCH.name: torch.__version__},
        numpy_blas=blas,
        numpy_simd=simd,
        numpy_blas_threads=numpy_blas_threads(),
        torch_threads=torch.get_num_threads(),
        torch_interop_threads=torch.get_num_interop_threads(),
        torch_parallel_backend=torch_parallel_backend(parallel_info),
        torch_blas=torch_blas(),
        torch_cpu_capability=str(torch.backends.cpu.get_cpu_capability()),
        torch_backends=torch_backends(),
        torch_parallel_info=parallel_info.strip(),
        cuda_device=cuda,
        bandwidth=bandwidth,
        peak=peak,
    )
