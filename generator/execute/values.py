"""A snippet's `result` as a small tree of NumPy arrays and text that can cross processes.

The child builds these trees (``execute.child.convert``), where the sides' libraries are loaded;
the tree holds only NumPy arrays, strings and tuples, so the parent unpickles it without importing
torch. The library's own dtype name is kept beside the array ("torch.bfloat16" stays visible
even though NumPy has no bfloat16 and the values travel as float32). ``fold`` is the one walk
over a tree that every later stage uses.
"""

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")


@dataclass(frozen=True)
class ArrayValue:
    """An array, tensor or scalar: its values as NumPy plus the library's dtype and type names."""

    array: np.ndarray
    dtype: str
    type_name: str

    @property
    def shape(self) -> tuple[int, ...]:
        """The shape of the values (``()`` for scalars)."""
        return tuple(self.array.shape)

    @property
    def canonical_dtype(self) -> str:
        """The dtype without its library prefix, so ``torch.float32`` and ``float32`` compare equal."""
        return self.dtype.removeprefix("torch.")


@dataclass(frozen=True)
class TextValue:
    """A string, None, or a dtype/device given by name."""

    text: str | None
    type_name: str


@dataclass(frozen=True)
class SeqValue:
    """A tuple or list (named tuples such as ``torch.return_types.max`` included)."""

    items: tuple["Value", ...]
    type_name: str


@dataclass(frozen=True)
class MapValue:
    """A dict with string keys, in insertion order."""

    items: tuple[tuple[str, "Value"], ...]
    type_name: str


Value = ArrayValue | TextValue | SeqValue | MapValue


def fold(
    value: Value,
    *,
    array: Callable[[ArrayValue], T],
    text: Callable[[TextValue], T],
    sequence: Callable[[SeqValue, tuple[T, ...]], T],
    mapping: Callable[[MapValue, tuple[tuple[str, T], ...]], T],
) -> T:
    """Reduce a tree bottom-up: containers receive their items already folded."""

    def visit(node: Value) -> T:
        if isinstance(node, ArrayValue):
            return array(node)
        if isinstance(node, TextValue):
            return text(node)
        if isinstance(node, SeqValue):
            return sequence(node, tuple(visit(item) for item in node.items))
        return mapping(node, tuple((key, visit(item)) for key, item in node.items))

    return visit(value)


def leaves(value: Value, path: str = "result") -> list[tuple[str, Value]]:
    """Every non-container value in a tree, with a readable path such as ``result[1]['mean']``."""

    def leaf(node: ArrayValue | TextValue) -> list[tuple[str, Value]]:
        return [("", node)]

    found = fold(
        value,
        array=leaf,
        text=leaf,
        sequence=lambda _, items: [(f"[{i}]{p}", v) for i, sub in enumerate(items) for p, v in sub],
        mapping=lambda _, items: [(f"[{k!r}]{p}", v) for k, sub in items for p, v in sub],
    )
    return [(path + suffix, node) for suffix, node in found]


def type_name(obj: Any) -> str:
    """The name a reader knows a type by: ``int``, ``numpy.ndarray``, ``torch.Size``.

    A class that its library re-exports at the top level is named from there (``torch.Size``,
    not ``torch.Size`` under a private module); others keep their module (``torch.return_types.max``).
    """
    kind = type(obj)
    module = kind.__module__
    if module == "builtins":
        return kind.__qualname__
    root = module.split(".")[0]
    if getattr(sys.modules.get(root), kind.__qualname__, None) is kind:
        module = root
    return f"{module}.{kind.__qualname__}"
