"""The Performance page's values: per-pair timings, the sigmoid experiment, the size sweeps, the engine.

Each part comes from its own measurement: the per-pair timings from ``make bench`` (cached per
machine, attached to the catalog result), the sigmoid experiment and the sweeps from the last
``python -m generator.measure`` record in ``bench/results/performance``, the engine's figures from
this build and ``make bench-engine``. A part that was never measured says so; none is invented.
"""

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.compare.pipeline import CatalogResult, timing_request
from generator.execute.values import ArrayValue
from generator.measure.results import Performance, Series
from generator.sides import SideRegistry
from generator.site.pages import BuildInfo
from generator.site.timings import CatalogTimings, catalog_timings
from generator.timer import CALIBRATION_SHARE, format_ratio, format_time

FIGURES_DIR = "performance"
"""Where the sweeps' SVG figures go in the site."""


@dataclass(frozen=True)
class SigmoidRow:
    """One way of writing the sigmoid: its per-call time at each size and its loop times."""

    form: str
    code: str
    cells: tuple[str, ...]
    loops: tuple[str, ...]


@dataclass(frozen=True)
class SweepView:
    """One operation of the sweeps: its figure, its code on each side and its crossovers."""

    op: str
    figure: str
    codes: tuple[tuple[str, str], ...]
    """(the side's label, its code), in the sides' order."""
    crossovers: tuple[tuple[str, str, str], ...]
    """(dtype, crossover at the sweeps' thread count, crossover at one thread)."""


@dataclass(frozen=True)
class SmallestCall:
    """One operation at the sweeps' smallest size: the per-call cost when there is almost no work."""

    op: str
    size: int
    numpy: str
    torch: str


@dataclass(frozen=True)
class TimingMethod:
    """How ``make bench`` times a body, in the words the page uses, from the settings it times with."""

    calibration: str
    batch: str
    repeats: int
    budget: str


def timing_method() -> TimingMethod:
    """The settings of ``timing_request`` and the timer's calibration share, as the page states them."""
    request = timing_request(1)
    return TimingMethod(
        calibration=f"{CALIBRATION_SHARE:.0%}",
        batch=f"{request.min_time * 1000:g} ms",
        repeats=request.repeats,
        budget=f"{request.budget * 1000:g} ms",
    )


@dataclass(frozen=True)
class PerformanceView:
    """Everything the Performance page shows."""

    catalog: CatalogTimings | None
    timing: TimingMethod
    machine: str
    record: Performance | None
    sizes: tuple[str, ...]
    loop_counts: tuple[str, ...]
    sigmoid: tuple[SigmoidRow, ...]
    sweeps: tuple[SweepView, ...]
    smallest: tuple[SmallestCall, ...]
    median_result_size: int | None
    """Elements in the median array result of the reference side: how much work a pair does."""
    runs: int
    """Snippet runs shown on the site, and their recorded times (not what this build executed, which
    would make a build that changes nothing write a different page)."""
    total: str
    median: str
    bench: Mapping[str, Any] | None
    loop: Mapping[str, Any] | None
    matrix: Mapping[str, Any] | None = None
    """What the last ``make matrix`` cost (``bench/results/matrix.json``)."""
    bench_run: Mapping[str, Any] | None = None
    """What the last ``make bench`` took (``bench/results/bench.json``)."""
    across: bool = False
    """Whether this site has the "Across versions" page (it was built by ``make matrix``)."""


def performance_view(result: CatalogResult, info: BuildInfo) -> PerformanceView:
    """The page's values from the catalog's timings, the measure record and the recorded benchmarks."""
    record = info.performance
    titles = {pair.id: pair.title.replace("`", "") for pair in result.catalog.pairs}
    seconds = [run.seconds for o in result.outcomes for run in o.runs.values() if run.seconds is not None]
    sizes: tuple[str, ...] = ()
    loop_counts: tuple[str, ...] = ()
    sigmoid: tuple[SigmoidRow, ...] = ()
    sweeps: tuple[SweepView, ...] = ()
    if record is not None:
        sizes = tuple("4×1" if size == 4 else f"{size:,}" for size in record.sigmoid.sizes)
        loop_counts = tuple(dict.fromkeys(f"{run.iterations:,}" for run in record.sigmoid.loops))
        sigmoid = _sigmoid_rows(record)
        sweeps = _sweeps(record, result.catalog.sides)
    return PerformanceView(
        catalog=catalog_timings(result.timings, titles, result.catalog.sides),
        timing=timing_method(),
        machine=info.machine,
        record=record,
        sizes=sizes,
        loop_counts=loop_counts,
        sigmoid=sigmoid,
        sweeps=sweeps,
        smallest=_smallest(record, result.catalog.sides),
        median_result_size=_median_result_size(result, result.catalog.sides.reference.name),
        runs=len(seconds),
        total=_total(sum(seconds)),
        median=f"{statistics.median(seconds) * 1000:.1f} ms" if seconds else "n/a",
        bench=info.benchmark,
        loop=info.loop,
        matrix=info.matrix_benchmark,
        bench_run=info.bench_run,
        across=info.matrix is not None,
    )


def _sigmoid_rows(record: Performance) -> tuple[SigmoidRow, ...]:
    experiment = record.sigmoid
    rows = []
    for form in experiment.forms:
        cells = []
        for size in experiment.sizes:
            found = next((t for t in experiment.timings if t.form == form.name and t.size == size), None)
            if found is None or found.timing is None:
                cells.append(found.error if found and found.error else "—")
            else:
                cells.append(f"{format_time(found.timing.median)} ({format_ratio(found.ratio_vs_numpy)})")
        loops = tuple(
            f"{format_time(run.seconds)} ({format_ratio(run.ratio_vs_numpy)})"
            for run in experiment.loops
            if run.form == form.name
        )
        rows.append(SigmoidRow(form.name, form.code, tuple(cells), loops))
    return tuple(rows)


def _sweeps(record: Performance, sides: SideRegistry) -> tuple[SweepView, ...]:
    by_op: dict[str, list[Series]] = {}
    for series in record.sweeps.series:
        by_op.setdefault(series.op, []).append(series)
    return tuple(
        SweepView(
            op=op,
            figure=f"{FIGURES_DIR}/{op}.svg",
            codes=tuple(
                (side.label, found[0].code[side.name]) for side in sides if side.name in found[0].code
            ),
            crossovers=tuple(
                (s.dtype, _size(s.crossover, s.size_unit), _size(s.crossover_one_thread, s.size_unit))
                for s in found
            ),
        )
        for op, found in by_op.items()
    )


def _median_result_size(result: CatalogResult, side: str) -> int | None:
    sizes = [
        int(run.result.array.size)
        for outcome in result.outcomes
        if (run := outcome.runs.get(side)) is not None and isinstance(run.result, ArrayValue)
    ]
    return int(statistics.median(sizes)) if sizes else None


def _smallest(record: Performance | None, sides: SideRegistry) -> tuple[SmallestCall, ...]:
    """Each operation's smallest size: the reference side, and the compared side on one thread."""
    if record is None:
        return ()
    reference, compared = sides.reference.name, sides.sides[1].name
    return tuple(
        SmallestCall(
            series.op,
            first.size,
            format_time(first.timings[reference].median),
            format_time(first.one_thread[compared].median),
        )
        for series in record.sweeps.series
        if series.dtype == "float32" and series.size_unit == "elements" and (first := series.points[0])
    )


def _size(size: int | None, unit: str) -> str:
    if size is None:
        return "never"
    return f"{size}×{size}" if unit != "elements" else f"{size:,}"


def _total(seconds: float) -> str:
    """Tenths of a second from ten seconds on: rerunning one snippet then rarely changes the page."""
    return f"{seconds:.1f} s" if seconds >= 10 else f"{seconds:.2f} s"
