"""The NumPy side: arrays, NumPy scalars and dtypes; the legacy global generator seeded once."""

from functools import cache
from typing import Any

import numpy as np
from threadpoolctl import ThreadpoolController

from generator.execute.values import ArrayValue, TextValue, Value, type_name

MODULES = ("numpy", "numpy.random", "numpy.fft", "numpy.linalg", "numpy.ma")
"""NumPy 2 loads ``numpy.random``, ``numpy.fft`` and ``numpy.ma`` lazily (``numpy.ma`` on the first
call of functions such as ``quantile`` and ``unique``); measured in a forked child here, their first
use cost 15, 6 and 16 ms, against under 1 ms each when the server has imported them."""
LIBRARY = "numpy"
ARRAY_TYPE = "ndarray"


def version() -> str:
    """The imported NumPy's version."""
    return str(np.__version__)


def warm_up() -> None:
    """Format an array once, and find the BLAS libraries: every child then has both at hand."""
    repr(np.zeros(2))
    _blas()


@cache
def _blas() -> ThreadpoolController:
    """The loaded BLAS libraries, found once in the server.

    Finding them walks every loaded library, which makes a ``threadpool_limits`` call in a forked
    child cost several times a limit on libraries already found; a timed child sets its threads
    twice, before its run and before its timing.
    """
    return ThreadpoolController().select(user_api="blas")


def seed(value: int) -> None:
    """Seed the legacy global generator; each child inherits it untouched, as the server never draws."""
    np.random.seed(value)


def convert(obj: Any) -> Value | None:
    """Arrays and NumPy scalars as arrays; dtypes and scalar types by name."""
    if isinstance(obj, np.ndarray):
        return ArrayValue(np.array(obj), obj.dtype.name, type_name(obj))
    if isinstance(obj, np.generic):
        return ArrayValue(np.asarray(obj), obj.dtype.name, type_name(obj))
    if isinstance(obj, np.dtype):
        return TextValue(obj.name, type_name(obj))
    if isinstance(obj, type) and issubclass(obj, np.generic):
        return TextValue(np.dtype(obj).name, "type")
    return None


def set_threads(count: int) -> None:
    """NumPy's BLAS threads (its matrix products); its other functions run on one thread anyway."""
    _blas().limit(limits=count)
