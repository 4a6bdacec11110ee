"""Set and read the thread counts NumPy's BLAS and PyTorch compute with.

PyTorch has ``torch.set_num_threads``. NumPy has no API for it: its BLAS (OpenBLAS in the wheels)
reads ``OPENBLAS_NUM_THREADS`` once, when it loads. What works, in order of preference:
``threadpoolctl`` when installed; else the loaded OpenBLAS's own ``*_set_num_threads*`` entry point
through ctypes (what threadpoolctl does underneath; found in this process's memory map, since the
wheel renames the library and prefixes its symbols, e.g. ``scipy_openblas_set_num_threads64_``);
else only the environment, which ``__main__`` sets before NumPy is imported. Whichever worked is
recorded, with the count read back, because a setting that silently did nothing would make every
ratio meaningless.

Only the matrix product goes through BLAS: NumPy's elementwise functions, sums, sorts and
take_along_axis run on one thread whatever this says, while PyTorch splits large ones across its
intra-op threads. That asymmetry is part of what the sweeps measure.
"""

import ctypes
import importlib
import os
from pathlib import Path
from typing import Any

import numpy  # noqa: F401 - importing NumPy loads its BLAS, which _openblas finds in the memory map
import torch

from generator.measure.results import ThreadSettings

ENV_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_SET_NAMES = ("scipy_openblas_set_num_threads64_", "openblas_set_num_threads64_", "openblas_set_num_threads")
_GET_NAMES = ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_", "openblas_get_num_threads")
_CONFIG_NAMES = ("scipy_openblas_get_config64_", "openblas_get_config64_", "openblas_get_config")

SINGLE_THREAD_NOTE = (
    "NumPy's elementwise functions, sum, sort and take_along_axis run on one thread whatever the "
    "BLAS setting; only its matrix product uses BLAS threads. PyTorch uses its intra-op threads for "
    "large elementwise, reduction, sort and gather work as well."
)


def usable_cores() -> int:
    """The cores this process may run on (its affinity mask), which is what a thread count should match."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def set_environment(count: int) -> None:
    """Ask BLAS and OpenMP for ``count`` threads through the environment; only works before NumPy loads."""
    for name in ENV_VARIABLES:
        os.environ.setdefault(name, str(count))


def _threadpoolctl() -> Any:
    """The optional ``threadpoolctl`` module, or None: it is not a dependency of this project."""
    try:
        return importlib.import_module("threadpoolctl")
    except ImportError:
        return None


def _openblas() -> ctypes.CDLL | None:
    """The OpenBLAS library NumPy loaded, found in this process's memory map; None if there is none."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        return None
    paths = sorted({line.split()[-1] for line in maps.read_text().splitlines() if "openblas" in line.lower()})
    for path in paths:
        if ".so" not in Path(path).name:
            continue
        library = ctypes.CDLL(path)
        if any(hasattr(library, name) for name in _GET_NAMES):
            return library
    return None


def _entry(library: ctypes.CDLL, names: tuple[str, ...]) -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    for name in names:
        if hasattr(library, name):
            entry: ctypes._CFuncPtr = getattr(library, name)  # type: ignore[name-defined]
            return entry
    return None


def numpy_blas_threads() -> int | None:
    """The thread count NumPy's BLAS reports now, or None when it cannot be read."""
    threadpoolctl = _threadpoolctl()
    if threadpoolctl is not None:
        pools = threadpoolctl.threadpool_info()
        counts = [int(pool["num_threads"]) for pool in pools if pool.get("user_api") == "blas"]
        return max(counts) if counts else None
    library = _openblas()
    get = _entry(library, _GET_NAMES) if library is not None else None
    return int(get()) if get is not None else None


def numpy_blas_config() -> str | None:
    """OpenBLAS's own description of its build (kernel target, threading), or None without OpenBLAS."""
    library = _openblas()
    config = _entry(library, _CONFIG_NAMES) if library is not None else None
    if config is None:
        return None
    config.restype = ctypes.c_char_p
    raw = config()
    return raw.decode() if isinstance(raw, bytes) else None


def set_numpy_threads(count: int) -> str:
    """Set NumPy's BLAS to ``count`` threads at run time; returns the method that was used."""
    threadpoolctl = _threadpoolctl()
    if threadpoolctl is not None:
        # Called, not used as a context manager: the limit must outlast this function.
        threadpoolctl.threadpool_limits(limits=count, user_api="blas")
        return "threadpoolctl.threadpool_limits(user_api='blas')"
    library = _openblas()
    setter = _entry(library, _SET_NAMES) if library is not None else None
    if setter is not None:
        setter(count)
        return f"ctypes: OpenBLAS {setter.__name__}({count}) (threadpoolctl is not installed)"
    value = os.environ.get("OPENBLAS_NUM_THREADS")
    return f"environment only: OPENBLAS_NUM_THREADS={value} when NumPy was imported"


def fix_threads(count: int) -> ThreadSettings:
    """Set both libraries to ``count`` threads and record what each reports back."""
    torch.set_num_threads(count)
    method = set_numpy_threads(count)
    return ThreadSettings(
        requested=count,
        torch_threads=torch.get_num_threads(),
        numpy_blas_threads=numpy_blas_threads(),
        numpy_method=method,
        note=SINGLE_THREAD_NOTE,
    )
