"""Turn a snippet's `result` into a Value tree, in the child where the sides' libraries are loaded.

Each side's adapter converts its library's own objects (arrays, tensors, dtypes); the snippet's
own side is asked first. What no adapter claims is converted here: Python scalars, strings,
None, and tuples, lists and dicts of convertible values. The tree keeps within what a run's
record may carry (``execute.record``): its depth, its number of values, strings a reader can
read, and arrays of plain values (an array of Python objects only when they are integers).
"""

from collections.abc import Sequence
from typing import Any

import numpy as np

from generator.execute.child.adapters import Adapter
from generator.execute.record import MAX_DEPTH, MAX_NODES, TEXT_CAP
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue, Value, type_name

_PLAIN_KINDS = frozenset("biufcmMSU")
_LARGEST_INT_BITS = 14_000
"""Python writes integers of up to 4,300 digits in decimal (about 14,000 bits) by default."""

_PYTHON_SCALARS = {bool: "bool", int: "int", float: "float", complex: "complex"}


class UnsupportedResultError(TypeError):
    """`result` holds something that has no meaningful numerical comparison."""


def to_value(obj: Any, adapters: Sequence[Adapter]) -> Value:
    """Convert a snippet's `result` into a Value, or raise UnsupportedResultError saying why not."""
    count = [0]
    return _convert(obj, adapters, 0, count)


def _convert(obj: Any, adapters: Sequence[Adapter], depth: int, count: list[int]) -> Value:
    if depth > MAX_DEPTH:
        raise UnsupportedResultError(f"`result` nests containers more than {MAX_DEPTH} levels deep")
    count[0] += 1
    if count[0] > MAX_NODES:
        raise UnsupportedResultError(
            f"`result` holds more than {MAX_NODES:,} values: compare an array instead"
        )
    for adapter in adapters:
        converted = adapter.convert(obj)
        if converted is not None:
            return _checked(converted)
    if type(obj) in _PYTHON_SCALARS:
        return _checked(_python_scalar(obj))
    if obj is None or isinstance(obj, str):
        return _checked(TextValue(obj, type_name(obj)))
    if isinstance(obj, tuple | list):
        return SeqValue(tuple(_convert(item, adapters, depth + 1, count) for item in obj), type_name(obj))
    if isinstance(obj, dict):
        if not all(isinstance(key, str) for key in obj):
            raise UnsupportedResultError("`result` is a dict whose keys are not all strings")
        items = tuple((key, _convert(item, adapters, depth + 1, count)) for key, item in obj.items())
        return MapValue(items, type_name(obj))
    raise UnsupportedResultError(
        f"`result` is a {type_name(obj)}, which cannot be compared: bind an array, tensor, scalar, "
        "string, or a tuple, list or dict of them"
    )


def _checked(value: Value) -> Value:
    """The leaf, if a record can carry it: strings within the cap, arrays of plain values."""
    if isinstance(value, TextValue):
        if value.text is not None and len(value.text) > TEXT_CAP:
            raise UnsupportedResultError(
                f"`result` holds a string of {len(value.text):,} characters, more than the {TEXT_CAP:,} "
                "a result may compare: compare its length or a hash of it instead"
            )
        return value
    if isinstance(value, ArrayValue) and value.array.dtype.kind not in _PLAIN_KINDS:
        items = value.array.ravel()
        if value.array.dtype.kind != "O" or not all(
            type(item) is int and item.bit_length() <= _LARGEST_INT_BITS for item in items
        ):
            raise UnsupportedResultError(
                f"`result` holds an array of {value.array.dtype} values, which cannot be compared: "
                "convert it to numbers or strings"
            )
    return value


def _python_scalar(obj: bool | int | float | complex) -> ArrayValue:
    name = _PYTHON_SCALARS[type(obj)]
    if isinstance(obj, int) and not isinstance(obj, bool) and not -(2**63) <= obj < 2**63:
        return ArrayValue(np.array(obj, dtype=object), name, name)
    return ArrayValue(np.asarray(obj), name, name)
