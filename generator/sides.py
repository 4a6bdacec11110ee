"""The registry of sides: which libraries a pair compares, how their files are named, who runs them.

A side is one column of a pair. Everything that differs between sides is in its entry here and
in its *adapter*, a module run only in the warm server and its children (seeding, warm-up, the
conversion of the library's own objects into comparable values, its API names). Adding a side,
say PyTorch on CUDA, means one entry here and one adapter: discovery, execution, comparison,
the pages and ``pairs.json`` all walk the registry. The first side is the reference the others
are compared against.
"""

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Side:
    """One column of a pair.

    ``adapter`` is the dotted name of the module the warm server imports for this side;
    ``distribution`` is the installed package whose version the side reports (None for a side
    that depends on no library).
    """

    name: str
    label: str
    suffix: str
    adapter: str
    distribution: str | None

    @property
    def call_key(self) -> str:
        """The metadata key for this side's short form on the cheat sheet (``numpy_call``)."""
        return f"{self.name}_call"


@dataclass(frozen=True)
class SideRegistry:
    """The sides a catalog compares, the reference first."""

    sides: tuple[Side, ...]

    def __post_init__(self) -> None:
        if len(self.sides) < 2:
            raise ValueError("a registry needs at least two sides to compare")
        for attribute in ("name", "suffix"):
            values = [getattr(side, attribute) for side in self.sides]
            if len(set(values)) != len(values):
                raise ValueError(f"two sides share a {attribute}: {values}")

    def __iter__(self) -> Iterator[Side]:
        return iter(self.sides)

    def __len__(self) -> int:
        return len(self.sides)

    @property
    def reference(self) -> Side:
        """The side every other side is compared against, and that carries a pair's metadata."""
        return self.sides[0]

    def for_file(self, filename: str) -> Side | None:
        """The side a snippet file belongs to, judged by its suffix (the longest match), or None."""
        matches = [side for side in self.sides if filename.endswith(side.suffix)]
        return max(matches, key=lambda side: len(side.suffix), default=None)


NUMPY = Side(
    name="numpy",
    label="NumPy",
    suffix=".numpy.py",
    adapter="generator.execute.child.adapters.numpy_side",
    distribution="numpy",
)
TORCH = Side(
    name="torch",
    label="PyTorch",
    suffix=".torch.py",
    adapter="generator.execute.child.adapters.torch_side",
    distribution="torch",
)

DEFAULT_SIDES = SideRegistry((NUMPY, TORCH))
