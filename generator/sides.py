"""The registry of sides: which libraries a pair compares, and how each side's files are named.

Everything that differs between the NumPy and the PyTorch side lives here, so that adding
a side (say, PyTorch on CUDA) means adding one entry, not editing every stage.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Side:
    """One column of a pair."""

    name: str
    label: str
    suffix: str
    distribution: str


NUMPY = Side(name="numpy", label="NumPy", suffix=".numpy.py", distribution="numpy")
TORCH = Side(name="torch", label="PyTorch", suffix=".torch.py", distribution="torch")

SIDES: tuple[Side, ...] = (NUMPY, TORCH)

PRELOAD_MODULES: tuple[str, ...] = ("numpy", "numpy.random", "numpy.fft", "numpy.linalg", "torch")
"""Modules the warm server imports once so that no snippet pays for them.

NumPy 2 loads ``numpy.random`` and ``numpy.fft`` lazily; measured in a forked child here, their
first use cost 15 ms and 6 ms, against under 1 ms each when the server has imported them.
"""


def side_for_file(filename: str) -> Side | None:
    """Return the side a snippet file belongs to, judged by its suffix, or None."""
    for side in SIDES:
        if filename.endswith(side.suffix):
            return side
    return None
