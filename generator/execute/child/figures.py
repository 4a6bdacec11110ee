"""Figures a snippet draws: every matplotlib figure still open when it ends, saved as SVG.

Like an executed-examples gallery, the snippet never saves its figures itself: it draws, and
the child collects what is open. The warm server imports matplotlib with the Agg backend (no
display), and draws and saves one figure, before it forks the first child whose snippet names
matplotlib (``MATPLOTLIB``), so such a snippet pays no import (a child importing it alone would
also rebuild the font list, which it may not read from the builder's home). The SVG is made
reproducible: no date in its metadata and a fixed hash salt for element ids, so an unchanged
snippet gives the same bytes.
"""

import io
import re
import sys

from generator.execute.child.adapters import Preparation
from generator.execute.runs import Figure


def _prepare_matplotlib() -> None:
    """Select the non-interactive backend, import pyplot, then draw one figure, save it and close it.

    Matplotlib imports its drawing backend when a first figure is made and the SVG backend when
    a first figure is saved: drawn here once, neither is left for a child to import, and a timed
    run that plots may stand for its own timing. Closing every figure sets the numbering back, so
    a child's first figure is still figure 1.
    """
    import matplotlib  # noqa: PLC0415 - only the warm server loads it, and only here

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "np2t"
    from matplotlib import pyplot  # noqa: PLC0415 - loaded for the children

    figure = pyplot.figure()
    figure.add_subplot().plot([0, 1])
    figure.savefig(io.StringIO(), format="svg", metadata={"Date": None})
    pyplot.close("all")


MATPLOTLIB = Preparation("matplotlib", re.compile("matplotlib"), _prepare_matplotlib)
"""Loaded for the first child whose snippet names matplotlib, so a build with no plotting snippet
(one edit, say) does not wait for it."""


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
