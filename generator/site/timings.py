"""What the pages say about cost: each pair's per-call times and ratio, and the catalog's summary.

Timings come from ``make bench`` (cached per machine); a build without them shows none and says
how to take them. Ratios are the other side's median over the reference's (PyTorch / NumPy),
taken in one run, side by side: the figure to quote, unlike any absolute time on a shared machine.
"""

import statistics
from collections.abc import Mapping
from dataclasses import dataclass

from generator.compare.timings import Timings
from generator.sides import SideRegistry
from generator.timer import format_ratio, format_time

BUCKETS = (
    (0.5, "PyTorch at least 2× faster"),
    (1.0, "PyTorch faster"),
    (2.0, "PyTorch up to 2× slower"),
    (5.0, "PyTorch 2 to 5× slower"),
    (float("inf"), "PyTorch over 5× slower"),
)


@dataclass(frozen=True)
class TimingLine:
    """One thread count's per-call medians, side by side, and the ratio of the second to the first."""

    threads: int
    medians: tuple[tuple[str, str], ...]
    ratio: float | None

    @property
    def ratio_text(self) -> str:
        """``×4.8``; an em dash without a ratio."""
        return format_ratio(self.ratio)


@dataclass(frozen=True)
class RankedPair:
    """A pair in the summary's lists: its id, title and one-thread ratio."""

    id: str
    title: str
    ratio: float


@dataclass(frozen=True)
class CatalogTimings:
    """The per-pair timings of the whole catalog, summarised."""

    timed: int
    medians: tuple[tuple[int, str], ...]
    buckets: tuple[tuple[str, int], ...]
    slowest: tuple[RankedPair, ...]
    fastest: tuple[RankedPair, ...]


def timing_lines(timings: Timings, pair_id: str, sides: SideRegistry) -> tuple[TimingLine, ...]:
    """The pair's timings, one line per thread count at which it was timed."""
    counts = (c for c in timings.thread_counts() if any(timings.get(pair_id, s.name, c) for s in sides))
    return tuple(
        TimingLine(
            threads=count,
            medians=tuple(
                (side.label, format_time(found.median))
                for side in sides
                if (found := timings.get(pair_id, side.name, count)) is not None
            ),
            ratio=timings.ratio(pair_id, sides, count),
        )
        for count in counts
    )


def catalog_timings(
    timings: Timings, titles: Mapping[str, str], sides: SideRegistry, *, top: int = 8
) -> CatalogTimings | None:
    """The summary the performance page shows; None when no pair was timed."""
    by_count = {count: timings.ratios(titles, sides, count) for count in timings.thread_counts()}
    single = by_count.get(1, {})
    if not single:
        return None
    ranked = sorted((RankedPair(pid, titles[pid], r) for pid, r in single.items()), key=lambda p: p.ratio)
    buckets = []
    lower = 0.0
    for upper, label in BUCKETS:
        buckets.append((label, sum(lower <= r < upper for r in single.values())))
        lower = upper
    return CatalogTimings(
        timed=len(single),
        medians=tuple(
            (count, format_ratio(statistics.median(found.values())))
            for count, found in by_count.items()
            if found
        ),
        buckets=tuple(buckets),
        slowest=tuple(reversed(ranked[-top:])),
        fastest=tuple(ranked[:top]),
    )
