"""Turn a snippet's `result` into a Value tree, in the child where the sides' libraries are loaded.

Each side's adapter converts its library's own objects (arrays, tensors, dtypes); the snippet's
own side is asked first. What no adapter claims is converted here: Python scalars, strings,
None, and tuples, lists and dicts of convertible values.
"""

from collections.abc import Sequence
from typing import Any

import numpy as np

from generator.execute.child.adapters import Adapter
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue, Value, type_name

MAX_DEPTH = 16

_PYTHON_SCALARS = {bool: "bool", int: "int", float: "float", complex: "complex"}


class UnsupportedResultError(TypeError):
    """`result` holds something that has no meaningful numerical comparison."""


def to_value(obj: Any, adapters: Sequence[Adapter], depth: int = 0) -> Value:
    """Convert a snippet's `result` into a Value, or raise UnsupportedResultError saying why not."""
    if depth > MAX_DEPTH:
        raise UnsupportedResultError(f"`result` nests containers more than {MAX_DEPTH} levels deep")
    for adapter in adapters:
        converted = adapter.convert(obj)
        if converted is not None:
            return converted
    if type(obj) in _PYTHON_SCALARS:
        return _python_scalar(obj)
    if obj is None or isinstance(obj, str):
        return TextValue(obj, type_name(obj))
    if isinstance(obj, tuple | list):
        return SeqValue(tuple(to_value(item, adapters, depth + 1) for item in obj), type_name(obj))
    if isinstance(obj, dict):
        if not all(isinstance(key, str) for key in obj):
            raise UnsupportedResultError("`result` is a dict whose keys are not all strings")
        items = tuple((key, to_value(item, adapters, depth + 1)) for key, item in obj.items())
        return MapValue(items, type_name(obj))
    raise UnsupportedResultError(
        f"`result` is a {type_name(obj)}, which cannot be compared: bind an array, tensor, scalar, "
        "string, or a tuple, list or dict of them"
    )


def _python_scalar(obj: bool | int | float | complex) -> ArrayValue:
    name = _PYTHON_SCALARS[type(obj)]
    if isinstance(obj, int) and not isinstance(obj, bool) and not -(2**63) <= obj < 2**63:
        return ArrayValue(np.array(obj, dtype=object), name, name)
    return ArrayValue(np.asarray(obj), name, name)
