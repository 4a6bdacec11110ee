import numpy as np
import pytest

from generator.compare.numeric import compare_values
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue


def arr(values, dtype=None, label=None) -> ArrayValue:
    array = np.asarray(values, dtype=dtype)
    return ArrayValue(array, label or array.dtype.name, "numpy.ndarray")


def compare(a, b, *, rtol=1e-5, atol=1e-6, same_dtype=False):
    return compare_values(a, b, rtol=rtol, atol=atol, same_dtype=same_dtype)


def test_float32_against_float64_is_equal_within_default_tolerances():
    exact = np.linspace(0, 1, 7)
    result = compare(arr(exact), arr(exact.astype(np.float32), label="torch.float32"))
    assert result.equal
    assert 0 < result.max_abs_diff < 1e-7
    assert result.dtype_differences == (("result", "float64", "torch.float32"),)


def test_a_dtype_difference_fails_only_when_the_pair_compares_dtypes():
    a, b = arr([1.0, 2.0]), arr([1.0, 2.0], np.float32, "torch.float32")
    assert compare(a, b).equal
    strict = compare(a, b, same_dtype=True)
    assert not strict.equal
    assert strict.difference.reason.startswith("dtypes differ")


def test_library_prefixes_do_not_count_as_a_dtype_difference():
    assert compare(arr([1]), arr([1], label="torch.int64"), same_dtype=True).equal


def test_values_outside_tolerance_report_the_first_mismatch():
    result = compare(arr([[1.0, 2.0], [3.0, 4.0]]), arr([[1.0, 2.0], [3.5, 4.25]]))
    assert not result.equal
    assert result.difference.reason == "values differ"
    assert result.difference.index == (1, 0)
    assert (result.difference.reference_value, result.difference.other_value) == ("3.0", "3.5")
    assert result.max_abs_diff == 0.5
    assert result.max_rel_diff == pytest.approx(0.5 / 3)


def test_tolerances_are_per_pair():
    a, b = arr([100.0]), arr([100.5])
    assert not compare(a, b).equal
    assert compare(a, b, rtol=1e-2).equal


def test_nan_matches_nan_and_infinities_match_only_themselves():
    assert compare(arr([np.nan, np.inf, -np.inf, 1.0]), arr([np.nan, np.inf, -np.inf, 1.0])).equal
    flipped = compare(arr([np.inf]), arr([-np.inf]))
    assert not flipped.equal
    assert flipped.max_abs_diff == np.inf
    assert not compare(arr([np.nan]), arr([0.0])).equal
    assert not compare(arr([1.0]), arr([np.inf])).equal


def test_shapes_must_match():
    result = compare(arr([1.0, 2.0, 3.0]), arr([[1.0, 2.0, 3.0]]))
    assert not result.equal
    assert result.difference.reason == "shapes differ"
    assert "(3,)" in result.difference.reference
    assert "(1, 3)" in result.difference.other


def test_integers_compare_exactly_even_beyond_float_precision():
    big = 2**60
    assert not compare(arr([big], np.int64), arr([big + 1], np.int64), rtol=1.0).equal
    assert compare(arr([big], np.int64), arr([big], np.int64)).equal


def test_python_ints_beyond_int64_compare_exactly():
    huge = ArrayValue(np.array(2**70, dtype=object), "int", "int")
    assert compare(huge, huge).equal
    assert not compare(huge, ArrayValue(np.array(2**70 + 1, dtype=object), "int", "int")).equal


def test_complex_and_bool_values():
    assert compare(arr([1 + 2j]), arr([1 + 2j], np.complex64, "torch.complex64")).equal
    assert not compare(arr([1 + 2j]), arr([1 - 2j])).equal
    assert compare(arr([True, False]), arr([True, False])).equal
    assert not compare(arr([True, False]), arr([True, True])).equal


def test_empty_arrays_of_the_same_shape_are_equal():
    assert compare(arr(np.zeros((0, 3))), arr(np.zeros((0, 3)))).equal


def test_containers_compare_structure_then_leaves():
    left = SeqValue((arr([1.0]), arr([2])), "tuple")
    assert compare(left, SeqValue((arr([1.0]), arr([2])), "torch.return_types.max")).equal
    assert compare(left, SeqValue((arr([1.0]),), "tuple")).difference.reason == "lengths differ"
    kinds = compare(left, arr([1.0, 2.0]))
    assert kinds.difference.reason == "kinds differ"
    deep = compare(left, SeqValue((arr([1.0]), arr([3])), "tuple"))
    assert deep.difference.path == "result[1]"
    keyed = compare(MapValue((("a", arr([1])),), "dict"), MapValue((("b", arr([1])),), "dict"))
    assert keyed.difference.reason == "keys differ"


def test_text_results_compare_as_strings():
    assert compare(TextValue("float32", "numpy.dtype"), TextValue("float32", "torch.dtype")).equal
    different = compare(TextValue("float64", "numpy.dtype"), TextValue("float32", "torch.dtype"))
    assert not different.equal
    assert different.difference.reference == "'float64'"
