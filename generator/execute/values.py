"""A snippet's `result`, turned into a small tree of NumPy arrays and text that can cross processes.

The conversion runs in the forked child, where torch is loaded; the tree it produces holds only
NumPy arrays, strings and tuples, so the parent can unpickle it without importing torch.
The library's own dtype name is kept beside the array ("torch.bfloat16" stays visible even
though NumPy has no bfloat16 and the values travel as float32).
"""

import sys
from dataclasses import dataclass
from typing import Any

import numpy as np

MAX_DEPTH = 16


class UnsupportedResultError(TypeError):
    """`result` holds something that has no meaningful numerical comparison."""


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

_PYTHON_SCALARS = {bool: "bool", int: "int", float: "float", complex: "complex"}
_TORCH_WIDENED = {
    "bfloat16": "float32",
    "complex32": "complex64",
    "float8_e4m3fn": "float32",
    "float8_e5m2": "float32",
}
"""Torch dtypes NumPy cannot hold, and the dtype their values travel in (the original name is kept)."""


def to_value(obj: Any, depth: int = 0) -> Value:
    """Convert a snippet's `result` into a Value, or raise UnsupportedResultError saying why not."""
    if depth > MAX_DEPTH:
        raise UnsupportedResultError(f"`result` nests containers more than {MAX_DEPTH} levels deep")
    torch = sys.modules.get("torch")
    if torch is not None and isinstance(obj, torch.Tensor):
        return _tensor_value(obj, torch)
    if isinstance(obj, np.ndarray):
        return ArrayValue(np.array(obj), obj.dtype.name, _type_name(obj))
    if isinstance(obj, np.generic):
        return ArrayValue(np.asarray(obj), obj.dtype.name, _type_name(obj))
    if type(obj) in _PYTHON_SCALARS:
        return _python_scalar(obj)
    named = _named_text(obj, torch)
    if named is not None:
        return named
    if isinstance(obj, tuple | list):
        return SeqValue(tuple(to_value(item, depth + 1) for item in obj), _type_name(obj))
    if isinstance(obj, dict):
        if not all(isinstance(key, str) for key in obj):
            raise UnsupportedResultError("`result` is a dict whose keys are not all strings")
        return MapValue(tuple((k, to_value(v, depth + 1)) for k, v in obj.items()), _type_name(obj))
    raise UnsupportedResultError(
        f"`result` is a {_type_name(obj)}, which cannot be compared: bind an array, tensor, scalar, "
        "string, or a tuple, list or dict of them"
    )


def leaves(value: Value, path: str = "result") -> list[tuple[str, Value]]:
    """Every non-container value in a tree, with a readable path such as ``result[1]['mean']``."""
    if isinstance(value, SeqValue):
        return [leaf for i, item in enumerate(value.items) for leaf in leaves(item, f"{path}[{i}]")]
    if isinstance(value, MapValue):
        return [leaf for key, item in value.items for leaf in leaves(item, f"{path}[{key!r}]")]
    return [(path, value)]


def _tensor_value(tensor: Any, torch: Any) -> ArrayValue:
    dtype = str(tensor.dtype)
    plain = tensor.detach()
    if plain.layout != torch.strided:
        plain = plain.to_dense()
    plain = plain.resolve_conj().resolve_neg().cpu()
    widened = _TORCH_WIDENED.get(dtype.removeprefix("torch."))
    if widened:
        plain = plain.to(getattr(torch, widened))
    return ArrayValue(np.array(plain.numpy()), dtype, _type_name(tensor))


def _python_scalar(obj: bool | int | float | complex) -> ArrayValue:
    name = _PYTHON_SCALARS[type(obj)]
    if isinstance(obj, int) and not isinstance(obj, bool) and not -(2**63) <= obj < 2**63:
        return ArrayValue(np.array(obj, dtype=object), name, name)
    return ArrayValue(np.asarray(obj), name, name)


def _named_text(obj: Any, torch: Any) -> TextValue | None:
    """Strings, None, dtypes and devices: things compared by name."""
    if obj is None or isinstance(obj, str):
        return TextValue(obj, _type_name(obj))
    if isinstance(obj, np.dtype):
        return TextValue(obj.name, _type_name(obj))
    if isinstance(obj, type) and issubclass(obj, np.generic):
        return TextValue(np.dtype(obj).name, "type")
    if torch is not None and isinstance(obj, torch.dtype | torch.device):
        return TextValue(str(obj).removeprefix("torch."), _type_name(obj))
    return None


def _type_name(obj: Any) -> str:
    kind = type(obj)
    module = kind.__module__
    if module == "builtins":
        return kind.__qualname__
    if module.startswith("torch"):
        module = "torch" if kind.__qualname__ in {"Tensor", "Size", "dtype", "device"} else module
    return f"{module}.{kind.__qualname__}"
