"""Set and read the thread counts NumPy's BLAS and PyTorch compute with.

PyTorch has ``torch.set_num_threads``. NumPy has no API for it: its BLAS (OpenBLAS in the wheels)
reads ``OPENBLAS_NUM_THREADS`` once, when it loads; ``threadpoolctl`` (a dependency) finds the
loaded library and calls its own setter. The count is read back and recorded, because a setting
that silently did nothing would make every ratio meaningless.

Only the matrix product goes through BLAS: NumPy's elementwise functions, sums, sorts and
take_along_axis run on one thread whatever this says, while PyTorch splits large ones across its
intra-op threads. That asymmetry is part of what the sweeps measure.
"""

import numpy  # noqa: F401 - importing NumPy loads its BLAS, which threadpoolctl then finds
import torch
from threadpoolctl import threadpool_info, threadpool_limits

from generator.measure.results import ThreadSettings

SINGLE_THREAD_NOTE = (
    "NumPy's elementwise functions, sum, sort and take_along_axis run on one thread whatever the "
    "BLAS setting; only its matrix product uses BLAS threads. PyTorch uses its intra-op threads for "
    "large elementwise, reduction, sort and gather work as well."
)


def numpy_blas_threads() -> int | None:
    """The thread count NumPy's BLAS reports now, or None when no BLAS pool is found."""
    counts = [int(pool["num_threads"]) for pool in threadpool_info() if pool.get("user_api") == "blas"]
    return max(counts) if counts else None


def numpy_blas_config() -> str | None:
    """The BLAS NumPy loaded, as threadpoolctl describes it (library, version, kernel, threading)."""
    pools = [pool for pool in threadpool_info() if pool.get("user_api") == "blas"]
    if not pools:
        return None
    keys = ("internal_api", "version", "architecture", "threading_layer")
    return " ".join(str(pools[0].get(key)) for key in keys)


def set_numpy_threads(count: int) -> str:
    """Set NumPy's BLAS to ``count`` threads at run time; returns the method that was used."""
    # Called, not used as a context manager: the limit must outlast this function.
    threadpool_limits(limits=count, user_api="blas")
    return "threadpoolctl.threadpool_limits(user_api='blas')"


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
