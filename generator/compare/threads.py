"""Whether a pair's results depend on how many threads compute them, from what ``make bench`` ran.

``make bench`` runs each snippet at one thread and at every core before timing it (the timed
run computes at the timed thread count from its first line). A float32 sum split over two
threads adds in another order, a parallel sort may order ties differently, a LAPACK routine may
pick other signs: a result seen on one machine is then not a fact about the libraries, and no
prose may quote its digits. This module compares each side's result at every thread count with
the build's own run, exactly (no tolerance), and judges the pair again at each count.
"""

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from generator.compare.numeric import compare_values
from generator.compare.verdict import Verdict, format_diff, judge
from generator.discover.catalog import Pair
from generator.execute.runs import SideRun
from generator.execute.values import ArrayValue, TextValue, Value, leaves
from generator.sides import SideRegistry


@dataclass(frozen=True)
class ThreadChange:
    """One side whose run at ``threads`` threads gave another outcome than the build's run."""

    side: str
    threads: int
    what: str


@dataclass(frozen=True)
class ThreadCheck:
    """A pair's runs compared across the thread counts ``make bench`` ran it at on this machine."""

    counts: tuple[int, ...]
    changes: tuple[ThreadChange, ...]
    verdicts: tuple[tuple[int, Verdict], ...]
    """The pair judged on the runs at each count (the build's own verdict is at one thread)."""

    @property
    def depends(self) -> bool:
        """Whether some side's result changed with the thread count."""
        return bool(self.changes)


def thread_check(
    pair: Pair,
    runs: Mapping[str, SideRun],
    threaded: Mapping[tuple[str, int], SideRun],
    counts: tuple[int, ...],
    sides: SideRegistry,
) -> ThreadCheck | None:
    """The check of one pair; None when ``make bench`` did not run every side at two counts or more."""
    complete = tuple(count for count in counts if all((side.name, count) in threaded for side in sides))
    if len(complete) < 2 or any(side.name not in runs for side in sides):
        return None
    changes = tuple(
        ThreadChange(side.name, count, what)
        for count in complete
        for side in sides
        if (what := _changed(runs[side.name], threaded[side.name, count]))
    )
    verdicts = tuple(
        (count, judge(pair, {side.name: threaded[side.name, count] for side in sides}, sides).verdict)
        for count in complete
    )
    return ThreadCheck(complete, changes, verdicts)


def _changed(build: SideRun, other: SideRun) -> str:
    """How ``other`` differs from the build's run of the same snippet; '' when it does not."""
    if build.fault or other.fault:
        return ""
    if build.error or other.error:
        before = build.error.type if build.error else "a result"
        after = other.error.type if other.error else "a result"
        return "" if before == after else f"{after} instead of {before}"
    if build.result is None or other.result is None or identical(build.result, other.result):
        return ""
    with np.errstate(invalid="ignore"):  # no tolerance: 0 * inf is NaN in the bound
        comparison = compare_values(build.result, other.result, rtol=0.0, atol=0.0, same_dtype=True)
    if comparison.max_abs_diff:
        return f"result changed by up to {format_diff(comparison.max_abs_diff)}"
    found = comparison.difference
    return f"result changed ({found.reason})" if found else "result changed"


def identical(first: Value, second: Value) -> bool:
    """Whether two results are the same: structure, types, dtypes, shapes and every value.

    No tolerance: a NaN equals a NaN in the same place, an infinity the same infinity.
    """
    one, two = leaves(first), leaves(second)
    return len(one) == len(two) and all(
        path == other_path and _same_leaf(left, right)
        for (path, left), (other_path, right) in zip(one, two, strict=True)
    )


def _same_leaf(left: Value, right: Value) -> bool:
    if isinstance(left, TextValue) and isinstance(right, TextValue):
        return left == right
    if not (isinstance(left, ArrayValue) and isinstance(right, ArrayValue)):
        return False
    if (left.dtype, left.type_name, left.shape) != (right.dtype, right.type_name, right.shape):
        return False
    try:
        return bool(np.array_equal(left.array, right.array, equal_nan=True))
    except TypeError:  # equal_nan needs numbers: text and object arrays compare as they are
        return bool(np.array_equal(left.array, right.array))
