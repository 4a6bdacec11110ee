"""Numerical comparison of two result trees: shapes, values within tolerances, dtypes, first difference.

One side is the reference (NumPy, the first side of the registry): a value ``t`` of another side
matches a reference value ``n`` when ``|t - n| <= atol + rtol * |n|``, NaN matches NaN, and an
infinity matches the same infinity. Integers compare exactly, and so do arrays that hold no numbers
(strings, bytes, dates), which a snippet may bind as well.
"""

from dataclasses import dataclass

import numpy as np

from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue, Value, fold, leaves

_NUMERIC = "biufc"
"""Kinds compared by value; any other array (strings, bytes, dates, Python objects) compares exactly."""
_EXACT = "biuO"
"""Kinds of the common type that compare exactly, tolerances aside: integers (``O`` holds uint64's)."""


@dataclass(frozen=True)
class Difference:
    """The first place where two results part, described for a reader (reference side first)."""

    path: str
    reason: str
    reference: str
    other: str
    index: tuple[int, ...] | None = None
    reference_value: str | None = None
    other_value: str | None = None


@dataclass(frozen=True)
class Comparison:
    """How two results relate: equal or not, the largest differences, the first difference, dtypes."""

    equal: bool
    max_abs_diff: float | None
    max_rel_diff: float | None
    difference: Difference | None
    dtype_differences: tuple[tuple[str, str, str], ...]


def compare_values(
    reference: Value, other: Value, *, rtol: float, atol: float, same_dtype: bool
) -> Comparison:
    """Compare two result trees leaf by leaf; the first difference found is the one reported.

    Dtype differences are (path, reference dtype, other dtype): the caller knows the sides' labels.
    """
    structure = _structure_difference(reference, other, "result")
    if structure is not None:
        return Comparison(False, None, None, structure, ())
    max_abs: float | None = None
    max_rel: float | None = None
    first: Difference | None = None
    notes: list[tuple[str, str, str]] = []
    for (path, left), (_, right) in zip(leaves(reference), leaves(other), strict=True):
        if isinstance(left, TextValue) and isinstance(right, TextValue):
            if left.text != right.text and first is None:
                first = Difference(path, "values differ", repr(left.text), repr(right.text))
            continue
        assert isinstance(left, ArrayValue)  # the structure check matched kinds leaf by leaf
        assert isinstance(right, ArrayValue)
        if left.canonical_dtype != right.canonical_dtype:
            notes.append((path, left.dtype, right.dtype))
            if same_dtype and first is None:
                first = Difference(
                    path, "dtypes differ (this pair compares dtypes)", _describe(left), _describe(right)
                )
        leaf = _compare_arrays(path, left, right, rtol, atol)
        max_abs = _larger(max_abs, leaf.max_abs_diff)
        max_rel = _larger(max_rel, leaf.max_rel_diff)
        if first is None:
            first = leaf.difference
    return Comparison(first is None, max_abs, max_rel, first, tuple(notes))


def _structure_difference(left: Value, right: Value, path: str) -> Difference | None:
    """A difference in kind, length or keys, found before any values are compared."""
    if type(left) is not type(right):
        return Difference(path, "kinds differ", _describe(left), _describe(right))
    if isinstance(left, ArrayValue) and isinstance(right, ArrayValue) and left.shape != right.shape:
        return Difference(path, "shapes differ", _describe(left), _describe(right))
    if isinstance(left, SeqValue) and isinstance(right, SeqValue):
        if len(left.items) != len(right.items):
            return Difference(path, "lengths differ", _describe(left), _describe(right))
        for index, (a, b) in enumerate(zip(left.items, right.items, strict=True)):
            found = _structure_difference(a, b, f"{path}[{index}]")
            if found:
                return found
    if isinstance(left, MapValue) and isinstance(right, MapValue):
        if [k for k, _ in left.items] != [k for k, _ in right.items]:
            return Difference(path, "keys differ", _describe(left), _describe(right))
        for (key, a), (_, b) in zip(left.items, right.items, strict=True):
            found = _structure_difference(a, b, f"{path}[{key!r}]")
            if found:
                return found
    return None


@dataclass(frozen=True)
class _Leaf:
    """One pair of arrays compared: its largest differences and its first differing element."""

    max_abs_diff: float
    max_rel_diff: float
    difference: Difference | None


def _compare_arrays(path: str, left: ArrayValue, right: ArrayValue, rtol: float, atol: float) -> _Leaf:
    a, b = left.array, right.array
    if a.size == 0:
        return _Leaf(0.0, 0.0, None)
    if not {a.dtype.kind, b.dtype.kind} <= set(_NUMERIC):
        close = np.asarray(a.astype(object) == b.astype(object), dtype=bool)
        absolute = np.where(close, 0.0, np.inf)
        relative = absolute
    else:
        a_num, b_num = _common(a, b)
        absolute = _abs_diff(a_num, b_num)
        if a_num.dtype.kind in _EXACT:
            close = np.asarray(a_num == b_num, dtype=bool)
        else:
            with np.errstate(invalid="ignore", over="ignore"):  # 0 * inf; rtol * a huge reference
                within = (absolute <= atol + rtol * np.abs(a_num)) & np.isfinite(absolute)
            close = (absolute == 0) | within | (np.isnan(a_num) & np.isnan(b_num))
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            relative = np.where(absolute == 0, 0.0, absolute / np.asarray(np.abs(a_num), dtype=np.float64))
        relative = np.where(np.isnan(relative), np.inf, relative)
    max_abs, max_rel = float(np.max(absolute)), float(np.max(relative))
    if bool(np.all(close)):
        return _Leaf(max_abs, max_rel, None)
    index = tuple(int(i) for i in np.argwhere(~close)[0])
    difference = Difference(
        path,
        "values differ",
        _describe(left),
        _describe(right),
        index,
        _element(a, index),
        _element(b, index),
    )
    return _Leaf(max_abs, max_rel, difference)


def _common(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Both arrays in one type that holds both exactly where possible (int64, float64 or complex128).

    Integers stay exact: uint64 beside another integer type becomes Python ints, which int64 and
    float64 cannot hold above 2**63 and 2**53.
    """
    kinds = {a.dtype.kind, b.dtype.kind}
    if "c" in kinds:
        target: type = np.complex128
    elif kinds <= set("biu"):
        target = object if np.dtype(np.uint64) in (a.dtype, b.dtype) else np.int64
    else:
        target = np.float64
    return a.astype(target), b.astype(target)


def _abs_diff(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``|a - b|`` as float64, with NaN↔NaN and equal infinities counting as no difference."""
    if a.dtype.kind in _EXACT:
        return np.abs(a.astype(np.float64) - b.astype(np.float64))
    with np.errstate(invalid="ignore", over="ignore"):
        diff = np.abs(a - b).astype(np.float64)
    same = (a == b) | (np.isnan(a) & np.isnan(b))
    diff = np.where(same, 0.0, diff)
    return np.where(np.isnan(diff), np.inf, diff)


def _larger(current: float | None, new: float | None) -> float | None:
    if new is None:
        return current
    return new if current is None else max(current, new)


def _element(array: np.ndarray, index: tuple[int, ...]) -> str:
    return repr(array[index].item()) if array.ndim else repr(array.item())


def _describe(value: Value) -> str:
    """A short description of a value's kind, shape and dtype for reports (items are not described)."""
    return fold(
        value,
        array=lambda v: f"{v.type_name} shape {v.shape} dtype {v.dtype}",
        text=lambda v: f"{v.type_name} {v.text!r}",
        sequence=lambda v, _: f"{v.type_name} of {len(v.items)}",
        mapping=lambda v, _: f"{v.type_name} with keys {[k for k, _ in v.items]}",
    )
