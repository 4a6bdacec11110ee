"""Figures a snippet draws: every matplotlib figure still open when it ends, saved as SVG.

Like an executed-examples gallery, the snippet never saves its figures itself: it draws, and
the child collects what is open. The warm server imports matplotlib with the Agg backend (no
display) before it forks the first child whose snippet names matplotlib, so such a snippet pays
no import (a child importing it alone would also rebuild the font list, which it may not read
from the builder's home). The SVG is made reproducible: no date in
its metadata and a fixed hash salt for element ids, so an unchanged snippet gives the same bytes.
"""

import io
import sys

from generator.execute.runs import Figure


def needs_matplotlib(source: str) -> bool:
    """Whether a snippet names matplotlib, so the server should load it before forking its child."""
    return "matplotlib" in source


def prepare_matplotlib() -> None:
    """Select the non-interactive backend and import pyplot, before the fork of a child that uses it."""
    import matplotlib  # noqa: PLC0415 - only the warm server loads it, and only here

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "np2t"
    import matplotlib.pyplot  # noqa: PLC0415 - loaded for the children


def collect_figures() -> tuple[Figure, ...]:
    """Every open figure as SVG text, in figure-number order; then close them."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return ()
    pyplot.rcParams["svg.hashsalt"] = "np2t"  # also when the snippet loaded matplotlib itself
    figures = []
    for number in pyplot.get_fignums():
        buffer = io.StringIO()
        pyplot.figure(number).savefig(buffer, format="svg", metadata={"Date": None})
        figures.append(Figure(number, buffer.getvalue()))
    pyplot.close("all")
    return tuple(figures)


def close_figures() -> None:
    """Close every figure (a timed body opens one per call)."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")
