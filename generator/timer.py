"""Time one callable the way ``timeit`` does, with no dependency beyond the standard library.

The same core times a snippet's body inside the engine's forked children and every point of the
performance sweeps, so it must not import NumPy or PyTorch (a child pays for every import) and must
not hide work in a framework: warm-up calls, then a loop count found as
``timeit.Timer.autorange`` finds it (1, 2, 5, 10, 20, 50, ... calls per batch), but only up to a
batch of a share of ``min_time`` and scaled from there (``calibrate``), then several batches
("repeats") of that many calls, each lasting about ``min_time``.

Asynchronous devices need ``sync`` (for example ``torch.cuda.synchronize``): it runs before every
clock read, so a batch's time includes the work it queued rather than only the launches.
"""

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

# The autorange sequence's mantissas: loops go 1, 2, 5, 10, 20, 50, ...
_STEPS = (1, 2, 5)
# The share of ``min_time`` a calibration batch reaches before ``calibrate`` scales its count.
CALIBRATION_SHARE = 0.2
# Beyond this many loops per batch the callable is too cheap for the clock to matter any more;
# stopping here bounds the calibration of something that returns instantly.
MAX_LOOPS = 10**9


@dataclass(frozen=True)
class Timing:
    """How long one call takes, from ``repeats`` batches of ``loops`` calls each.

    ``median`` is the median over the batches of (batch time / loops), in seconds per call.
    ``spread`` is the interquartile range of those per-call times divided by ``median``: a
    dimensionless relative spread (0.05 means the middle half of the batches lie within 5 % of the
    median's size). It is 0.0 with fewer than two repeats. ``threads`` is the thread count the
    caller ran at, when it knows it (this module does not look). ``best`` is the fastest batch's
    per-call time: the estimate to use for what a machine *can* do (a limit), since other
    processes only ever add time, while ``median`` is what a call typically costs.
    """

    median: float
    spread: float
    loops: int
    repeats: int
    threads: int | None
    best: float


def loop_counts() -> list[int]:
    """The autorange sequence of loops per batch: 1, 2, 5, 10, 20, 50, ... up to ``MAX_LOOPS``."""
    counts: list[int] = []
    scale = 1
    while scale <= MAX_LOOPS:
        counts.extend(step * scale for step in _STEPS if step * scale <= MAX_LOOPS)
        scale *= 10
    return counts


def relative_iqr(values: list[float]) -> float:
    """Interquartile range of ``values`` divided by their median; 0.0 below two values or at median 0."""
    if len(values) < 2:
        return 0.0
    middle = statistics.median(values)
    if middle <= 0.0:
        return 0.0
    first, _, third = statistics.quantiles(values, n=4, method="inclusive")
    return (third - first) / middle


Clock = Callable[[], float]
Sync = Callable[[], object] | None


def batch_time(
    fn: Callable[[], object], loops: int, *, sync: Sync = None, clock: Clock = time.perf_counter
) -> float:
    """Seconds for ``loops`` back-to-back calls of ``fn``, with ``sync`` run before each clock read."""
    if sync is not None:
        sync()
    start = clock()
    for _ in range(loops):
        fn()
    if sync is not None:
        sync()
    return clock() - start


def autorange(
    fn: Callable[[], object], min_time: float, *, sync: Sync = None, clock: Clock = time.perf_counter
) -> tuple[int, float]:
    """The first loop count of 1, 2, 5, 10, ... whose batch lasts ``min_time`` or more, and that time.

    That last batch is a full batch at the chosen count, so callers count it as their first repeat
    rather than throwing it away: a callable that takes a second per call then costs
    ``warmup + repeats`` calls, not one more.
    """
    if min_time < 0.0:
        raise ValueError(f"min_time must not be negative, got {min_time}")
    loops = 1
    elapsed = 0.0
    for loops in loop_counts():  # the loop count that first reaches min_time is kept
        elapsed = batch_time(fn, loops, sync=sync, clock=clock)
        if elapsed >= min_time:
            break
    return loops, elapsed


@dataclass(frozen=True)
class Calibration:
    """A loop count for batches of about ``min_time``, and the per-call time it was sized from.

    ``counted``: the calibration batch already lasted ``min_time`` (a slow call), so it is a full
    batch at ``loops`` and ``per_call`` is its measurement, the first of the batches.
    """

    loops: int
    per_call: float
    counted: bool


def calibrate(
    fn: Callable[[], object], min_time: float, *, sync: Sync = None, clock: Clock = time.perf_counter
) -> Calibration:
    """Size batches of ``fn`` to last about ``min_time``.

    ``autorange``'s count is the first of 1, 2, 5, 10, ... whose batch reaches ``min_time``, so its
    batches last between one and two and a half times ``min_time``, and the batches on the way are
    spent. Here the sequence stops at a share of ``min_time`` (``CALIBRATION_SHARE``) and the count
    is scaled from that batch's time to reach ``min_time``: every batch costs about ``min_time``
    and the calibration a fraction of one. A calibration batch that already lasts ``min_time`` is
    kept as the first batch, as ``autorange``'s last one is.
    """
    loops, elapsed = autorange(fn, min_time * CALIBRATION_SHARE, sync=sync, clock=clock)
    if elapsed >= min_time:
        return Calibration(loops, elapsed / loops, counted=True)
    each = max(elapsed, 1e-12) / loops
    return Calibration(min(MAX_LOOPS, max(loops, math.ceil(min_time / each))), each, counted=False)


def sized_batches(
    fn: Callable[[], object],
    min_time: float,
    repeats: int,
    budget: float = math.inf,
    *,
    sync: Sync = None,
    clock: Clock = time.perf_counter,
) -> tuple[int, list[float]]:
    """The loop count, and the per-call times of up to ``repeats`` batches of about ``min_time`` each.

    After the first, a batch is timed only while the batches so far, at the expected length, fit
    ``budget`` (``calibrate`` sizes them).
    """
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    found = calibrate(fn, min_time, sync=sync, clock=clock)
    per_call = [found.per_call] if found.counted else []
    expected = found.loops * found.per_call
    batches = 1 + int(min(repeats - 1, budget / max(expected, 1e-9)))
    while len(per_call) < batches:
        per_call.append(batch_time(fn, found.loops, sync=sync, clock=clock) / found.loops)
    return found.loops, per_call


def summarize(per_call: list[float], loops: int, threads: int | None) -> Timing:
    """A ``Timing`` from the per-call times of each batch (one entry per repeat)."""
    return Timing(
        median=statistics.median(per_call),
        spread=relative_iqr(per_call),
        loops=loops,
        repeats=len(per_call),
        threads=threads,
        best=min(per_call),
    )


def time_callable(
    fn: Callable[[], object],
    *,
    sync: Sync = None,
    min_time: float = 0.2,
    repeats: int = 5,
    warmup: int = 1,
    threads: int | None = None,
    clock: Clock = time.perf_counter,
) -> Timing:
    """Time ``fn()`` per call: ``warmup`` calls, then ``repeats`` batches of about ``min_time``.

    ``clock`` is injectable so that tests can drive a fake clock and check the loop counts exactly.
    To compare several callables on a shared machine, interleave their batches with ``calibrate``,
    ``batch_time`` and ``summarize`` instead, so that a burst of outside load hits all of them.
    """
    for _ in range(warmup):
        fn()
    loops, per_call = sized_batches(fn, min_time, repeats, sync=sync, clock=clock)
    return summarize(per_call, loops, threads)


def format_time(seconds: float) -> str:
    """A per-call time at a readable scale: ``870 ns``, ``2.9 µs``, ``13.4 ms``, ``1.52 s``."""
    if seconds < 1e-6:
        return f"{seconds * 1e9:.0f} ns"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def format_ratio(ratio: float | None) -> str:
    """``×4.8``, ``×0.52``; an em dash when there is none."""
    if ratio is None:
        return "—"
    return f"×{ratio:.2g}" if ratio < 10 else f"×{ratio:.0f}"
