"""One SVG per operation: time per call against size, NumPy and PyTorch, with the machine's floors.

The floors turn the measured limits into times no implementation can beat once its data comes
from memory: bytes an operation must move divided by the copy bandwidth (elementwise, reduction,
sort, gather), and 2 n^3 divided by the peak FLOP/s (matrix product). Small inputs sit in the
caches and may run faster than the memory floor; what the floor shows is how far the large sizes
are from the machine's limit, and how far the small ones are from anything but call overhead.

Figures are built on ``matplotlib.figure.Figure`` rather than pyplot, so no global backend or
figure registry is involved and nothing needs closing. Text is written as paths (no font is needed
to view them, and none is fetched), with a fixed id salt and no date in the metadata, so that the
same numbers give the same file. Each plotted line
carries an SVG id (``numpy-float32``, ``floor-float64``, ...) so tests and pages can find it.
"""

from pathlib import Path

import matplotlib as mpl
from matplotlib.figure import Figure

from generator.measure.results import Machine, Series, Sweeps
from generator.sides import NUMPY, TORCH

COLOURS = {"numpy": "#1f77b4", "torch": "#d62728", "torch1": "#ff9896", "gpu": "#2ca02c", "floor": "#555555"}
STYLES = {"float32": "-", "float64": "--"}
MARKERS = {"float32": "o", "float64": "s"}
ITEMSIZE = {"float32": 4, "float64": 8}
INDEX_BYTES = 8  # gather's int64 index
TITLES = {
    "sigmoid": "Elementwise sigmoid",
    "sum": "Sum of all elements",
    "matmul": "Matrix product (n×n @ n×n)",
    "sort": "Sort",
    "gather": "Gather (take_along_axis)",
}


def bytes_moved(op: str, size: int, dtype: str) -> int:
    """The fewest bytes an operation must read and write at a size: the basis of its memory floor."""
    item = ITEMSIZE[dtype]
    if op == "sum":
        return size * item
    if op == "gather":
        return size * (INDEX_BYTES + 2 * item)
    if op in ("sigmoid", "sort"):
        return 2 * size * item
    raise ValueError(f"no memory floor for {op!r}")


def floor_seconds(op: str, size: int, dtype: str, machine: Machine) -> float:
    """The time floor at one size: compute-bound for the matrix product, memory-bound otherwise."""
    if op == "matmul":
        peak = {entry.dtype: entry.gflop_per_s for entry in machine.peak}[dtype]
        return 2.0 * size**3 / (peak * 1e9)
    return bytes_moved(op, size, dtype) / (machine.bandwidth.gb_per_s * 1e9)


def _floor_label(op: str, dtype: str, machine: Machine) -> str:
    if op == "matmul":
        peak = {entry.dtype: entry.gflop_per_s for entry in machine.peak}[dtype]
        return f"compute floor {dtype}: 2n³ / {peak:.0f} GFLOP/s"
    return f"memory floor {dtype}: bytes moved / {machine.bandwidth.gb_per_s:.1f} GB/s"


def _from(size: int | None) -> str:
    return "never" if size is None else f"from {size}"


def plot_op(op: str, series: list[Series], machine: Machine, threads: int, path: Path) -> None:
    """Draw one operation's figure (both dtypes, both libraries, GPU if measured, floors) to ``path``.

    ``threads`` is the sweep's PyTorch thread count, named in the legend.
    """
    figure = Figure(figsize=(10, 5.5), layout="constrained")
    axes = figure.subplots()
    stated: list[str] = []
    single: list[str] = []
    for entry in sorted(series, key=lambda item: item.dtype):
        sizes = [point.size for point in entry.points]
        lines = {
            "numpy": [point.timings[NUMPY.name].median for point in entry.points],
            "torch": [point.timings[TORCH.name].median for point in entry.points],
            "torch1": [point.one_thread[TORCH.name].median for point in entry.points],
        }
        if entry.gpu:
            lines["gpu"] = [point.kernel.median for point in entry.gpu]
        names = {
            "numpy": "NumPy",
            "torch": f"PyTorch CPU, {threads} threads",
            "torch1": "PyTorch CPU, 1 thread",
            "gpu": "PyTorch GPU kernel",
        }
        for library, seconds in lines.items():
            (line,) = axes.plot(
                sizes,
                seconds,
                linestyle=STYLES[entry.dtype],
                marker=MARKERS[entry.dtype],
                markersize=4,
                color=COLOURS[library],
                label=f"{names[library]} {entry.dtype}",
            )
            line.set_gid(f"{library}-{entry.dtype}")
        floors = [floor_seconds(op, size, entry.dtype, machine) for size in sizes]
        (line,) = axes.plot(
            sizes,
            floors,
            linestyle=":" if entry.dtype == "float32" else "-.",
            color=COLOURS["floor"],
            linewidth=1.2,
            label=_floor_label(op, entry.dtype, machine),
        )
        line.set_gid(f"floor-{entry.dtype}")
        stated.append(f"{entry.dtype} {_from(entry.crossover)}")
        single.append(f"{entry.dtype} {_from(entry.crossover_one_thread)}")
    unit = series[0].size_unit if series else "elements"
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.set_xlabel(f"size ({unit})")
    axes.set_ylabel("time per call (seconds)")
    figure.suptitle(f"{TITLES.get(op, op)}: time per call")
    axes.set_title(
        f"PyTorch faster for good: {threads} threads {', '.join(stated)}\n1 thread {', '.join(single)}",
        fontsize="medium",
    )
    axes.grid(visible=True, which="major", linewidth=0.5, alpha=0.5)
    figure.legend(fontsize="small", loc="outside right upper")
    with mpl.rc_context({"svg.fonttype": "path", "svg.hashsalt": "numpy-torch-reference"}):
        figure.savefig(path, format="svg", metadata={"Date": None})


def write_figures(sweeps: Sweeps, machine: Machine, folder: Path) -> tuple[str, ...]:
    """One SVG per operation in ``folder``; returns the file names written, in operation order."""
    names: list[str] = []
    for op in dict.fromkeys(entry.op for entry in sweeps.series):
        name = f"{op}.svg"
        chosen = [entry for entry in sweeps.series if entry.op == op]
        plot_op(op, chosen, machine, sweeps.threads.torch_threads, folder / name)
        names.append(name)
    return tuple(names)
