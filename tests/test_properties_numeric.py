"""Properties of the numerical comparison over the input space a snippet can produce.

Every array a side can return (booleans, signed and unsigned integers, floats of every width,
complex numbers, NaN, infinities, signed zeros, empty and zero-dimensional shapes, and the
non-numeric arrays NumPy also has) is compared here against an oracle that applies the module's
documented rule one element at a time in plain Python: a value ``t`` matches a reference ``n``
when ``|t - n| <= atol + rtol * |n|``, NaN matches NaN, an infinity matches the same infinity, and
integers compare exactly. A complex value with a NaN part counts as NaN, as NumPy's and PyTorch's
``isclose`` count it.
"""

import math
import warnings
from typing import Any

import numpy as np
from hypothesis import assume, example, given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from numpy.exceptions import ComplexWarning

from generator.compare.numeric import Comparison, compare_values
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue, Value, leaves

NUMERIC_DTYPES = st.one_of(
    hnp.boolean_dtypes(),
    hnp.integer_dtypes(endianness="="),
    hnp.unsigned_integer_dtypes(endianness="="),
    hnp.floating_dtypes(endianness="=", sizes=(16, 32, 64)),
    hnp.complex_number_dtypes(endianness="="),
)
OTHER_DTYPES = st.one_of(
    hnp.unicode_string_dtypes(endianness="=", max_len=4),
    hnp.byte_string_dtypes(endianness="=", max_len=4),
    hnp.datetime64_dtypes(endianness="=", max_period="D", min_period="s"),
    hnp.timedelta64_dtypes(endianness="=", max_period="D", min_period="s"),
)
SHAPES = hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4)
TOLERANCES = st.one_of(
    st.just(0.0),
    st.floats(min_value=0.0, max_value=1.0, allow_subnormal=False),
    st.sampled_from([1e-5, 1e-6, 1e-3, 0.5, 2.0]),
)


def value(array: np.ndarray, dtype: str | None = None) -> ArrayValue:
    return ArrayValue(array, dtype or array.dtype.name, "numpy.ndarray")


def compare(reference: Value, other: Value, rtol: float = 1e-5, atol: float = 1e-6, *, same_dtype=False):
    return compare_values(reference, other, rtol=rtol, atol=atol, same_dtype=same_dtype)


@st.composite
def array_pairs(draw: st.DrawFn, dtypes: st.SearchStrategy[np.dtype] = NUMERIC_DTYPES):
    """Two arrays of one shape, each of its own dtype; the second is often close to the first."""
    shape = draw(SHAPES)
    first = draw(hnp.arrays(draw(dtypes), shape))
    second_dtype = draw(dtypes)
    if draw(st.booleans()) and first.dtype.kind in "biufc" and second_dtype.kind in "biufc":
        with np.errstate(all="ignore"), warnings.catch_warnings(action="ignore", category=ComplexWarning):
            second = first.astype(second_dtype)
        if first.size and draw(st.booleans()):
            index = draw(st.integers(0, first.size - 1))
            second.flat[index] = draw(hnp.from_dtype(second_dtype))
    else:
        second = draw(hnp.arrays(second_dtype, shape))
    return first, second


def _number(element: Any, kind: str, complex_: bool) -> int | float | complex:
    """An element as the plain Python number it stands for, exactly."""
    if kind in "biu":
        number: int | float | complex = int(element)
        return complex(number) if complex_ else number
    return complex(element) if complex_ else float(element)


def _is_nan(number: float | complex) -> bool:
    if isinstance(number, complex):
        return math.isnan(number.real) or math.isnan(number.imag)
    return math.isnan(number)


def _modulus(number: float | complex) -> float:
    """``|number|``; a complex one by NumPy's modulus, which may differ from Python's in the last bit."""
    return float(np.abs(np.complex128(number))) if isinstance(number, complex) else abs(number)


def element_matches(n: Any, t: Any, kinds: tuple[str, str], rtol: float, atol: float) -> bool:
    """The documented rule for one reference element ``n`` and one other element ``t``."""
    complex_ = "c" in kinds
    n, t = _number(n, kinds[0], complex_), _number(t, kinds[1], complex_)
    if set(kinds) <= set("biu"):
        return n == t
    if _is_nan(n) or _is_nan(t):
        return _is_nan(n) and _is_nan(t)
    if n == t:
        return True
    difference = _modulus(t - n)
    return math.isfinite(difference) and difference <= atol + rtol * _modulus(n)


def element_difference(n: Any, t: Any, kinds: tuple[str, str]) -> float:
    """``|t - n|`` as the comparison reports it: nothing for equal values, infinity for NaN."""
    complex_ = "c" in kinds
    n, t = _number(n, kinds[0], complex_), _number(t, kinds[1], complex_)
    if set(kinds) <= set("biu"):
        return abs(float(n) - float(t))
    if (_is_nan(n) and _is_nan(t)) or n == t:
        return 0.0
    difference = _modulus(t - n)
    return math.inf if math.isnan(difference) else difference


@given(array_pairs(), TOLERANCES, TOLERANCES)
@example((np.array([2**60], np.uint64), np.array([2**60 + 1], np.uint64)), 0.0, 0.0)
@example((np.array([2**63 + 1], np.uint64), np.array([2**63], np.float64)), 0.0, 0.0)
@example((np.array(0, np.uint64), np.array(True)), 0.0, 2.0)
@example((np.array([np.inf, -np.inf]), np.array([np.inf, -np.inf])), 0.0, 0.0)
@example((np.array(1e-308), np.array(8.0)), 0.0, 0.0)
def test_arrays_match_exactly_where_every_element_obeys_the_documented_rule(pair, rtol, atol):
    reference, other = pair
    kinds = (reference.dtype.kind, other.dtype.kind)
    indices = list(np.ndindex(reference.shape))
    verdicts = [element_matches(reference[i], other[i], kinds, rtol, atol) for i in indices]
    result = compare(value(reference), value(other), rtol, atol)
    assert result.equal == all(verdicts)
    if not result.equal:
        first = next(index for index, ok in zip(indices, verdicts, strict=True) if not ok)
        assert result.difference is not None
        assert result.difference.index == first
        assert result.difference.reason == "values differ"
    if reference.size:
        differences = [element_difference(reference[i], other[i], kinds) for i in indices]
        assert result.max_abs_diff == max(differences)


@given(st.one_of(NUMERIC_DTYPES, OTHER_DTYPES).flatmap(lambda dtype: hnp.arrays(dtype, SHAPES)), TOLERANCES)
def test_every_array_matches_itself_whatever_it_holds(array, rtol):
    result = compare(value(array), value(array.copy()), rtol, 0.0)
    assert result.equal
    assert result.difference is None
    assert result.max_abs_diff in (None, 0.0)


@given(array_pairs(st.one_of(NUMERIC_DTYPES, OTHER_DTYPES)), TOLERANCES)
@example((np.array(["a", "b"]), np.array(["a", "c"])), 0.0)
@example((np.array([b"a"]), np.array([1.5])), 0.0)
@example((np.array(["2020-01-01"], "datetime64[D]"), np.array(["2020-01-02"], "datetime64[D]")), 0.1)
def test_any_two_arrays_compare_without_raising(pair, rtol):
    """A snippet may bind strings, dates or bytes: the comparison reports, it never crashes the build."""
    reference, other = pair
    result = compare(value(reference), value(other), rtol, 0.0)
    assert isinstance(result, Comparison)
    if reference.dtype.kind not in "biufc" and reference.shape == other.shape and reference.size:
        assert result.equal == bool(np.all(reference.astype(object) == other.astype(object)))


@given(array_pairs(), TOLERANCES)
def test_without_a_relative_tolerance_the_comparison_is_symmetric(pair, atol):
    reference, other = pair
    forward = compare(value(reference), value(other), 0.0, atol)
    backward = compare(value(other), value(reference), 0.0, atol)
    assert forward.equal == backward.equal
    assert forward.max_abs_diff == backward.max_abs_diff


@given(array_pairs(), TOLERANCES, TOLERANCES, TOLERANCES, TOLERANCES)
def test_wider_tolerances_never_turn_a_match_into_a_mismatch(pair, rtol, atol, more_rtol, more_atol):
    reference, other = pair
    if compare(value(reference), value(other), rtol, atol).equal:
        assert compare(value(reference), value(other), rtol + more_rtol, atol + more_atol).equal


@given(array_pairs(), TOLERANCES)
def test_dtypes_count_only_when_the_pair_compares_them(pair, rtol):
    reference, other = pair
    loose = compare(value(reference), value(other), rtol, 0.0)
    strict = compare(value(reference), value(other, f"torch.{other.dtype.name}"), rtol, 0.0, same_dtype=True)
    differ = reference.dtype != other.dtype
    noted = (("result", reference.dtype.name, other.dtype.name),) if differ else ()
    assert loose.dtype_differences == noted
    assert strict.equal == (loose.equal and not differ)
    if differ and reference.shape == other.shape:
        assert strict.difference is not None
        assert strict.difference.reason.startswith("dtypes differ")


@given(SHAPES, SHAPES, NUMERIC_DTYPES)
def test_different_shapes_never_match(shape, other_shape, dtype):
    assume(shape != other_shape)
    result = compare(value(np.zeros(shape, dtype)), value(np.zeros(other_shape, dtype)), 1.0, 1.0)
    assert not result.equal
    assert result.difference is not None
    assert result.difference.reason == "shapes differ"


@given(st.floats(allow_nan=False), st.floats(allow_nan=False), TOLERANCES, TOLERANCES)
@example(8.98846567431158e307, 0.0, 2.0, 0.0)
def test_signed_zeros_and_scalars_follow_the_rule(n, t, rtol, atol):
    result = compare(value(np.array(n)), value(np.array(t)), rtol, atol)
    assert result.equal == element_matches(n, t, ("f", "f"), rtol, atol)
    if n == t:
        assert result.equal, "0.0 and -0.0, and equal infinities, match under any tolerance"


@st.composite
def trees(draw: st.DrawFn) -> Value:
    """A result tree: arrays and text inside tuples, lists and dicts, a few levels deep."""
    leaf = st.one_of(
        hnp.arrays(st.sampled_from([np.int64, np.float64, np.bool_]), SHAPES).map(value),
        st.one_of(st.none(), st.text(max_size=5)).map(lambda text: TextValue(text, "str")),
    )
    return draw(
        st.recursive(
            leaf,
            lambda children: st.one_of(
                st.lists(children, max_size=3).map(lambda items: SeqValue(tuple(items), "tuple")),
                st.dictionaries(st.text(max_size=3), children, max_size=3).map(
                    lambda items: MapValue(tuple(items.items()), "dict")
                ),
            ),
            max_leaves=6,
        )
    )


def _changed(leaf: Value) -> Value:
    """The same leaf with one value changed far beyond any tolerance."""
    if isinstance(leaf, TextValue):
        return TextValue(f"{leaf.text}!", leaf.type_name)
    assert isinstance(leaf, ArrayValue)
    array = leaf.array.astype(np.float64)
    if array.size == 0:
        return ArrayValue(np.zeros((*leaf.shape, 1)), leaf.dtype, leaf.type_name)
    array.flat[array.size - 1] = 1e9 if np.isnan(array.flat[array.size - 1]) else np.nan
    return ArrayValue(array, "float64", leaf.type_name)


def _replace(tree: Value, target: int, counter: list[int]) -> Value:
    if isinstance(tree, SeqValue):
        return SeqValue(tuple(_replace(item, target, counter) for item in tree.items), tree.type_name)
    if isinstance(tree, MapValue):
        return MapValue(tuple((k, _replace(item, target, counter)) for k, item in tree.items), tree.type_name)
    counter[0] += 1
    return _changed(tree) if counter[0] - 1 == target else tree


@given(trees(), st.data())
def test_a_tree_matches_itself_and_a_changed_leaf_is_the_difference_reported(tree, data):
    assert compare(tree, tree).equal
    found = leaves(tree)
    assume(found)
    target = data.draw(st.integers(0, len(found) - 1))
    changed = _replace(tree, target, [0])
    result = compare(tree, changed)
    assert not result.equal
    assert result.difference is not None
    assert result.difference.path == found[target][0]
