import numpy as np
import pytest

from generator.compare.numeric import Comparison, Difference, compare_values
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


def test_each_kind_of_structural_difference_is_described_for_the_reader():
    """What a page shows of a difference in kind, shape, length or keys: the path, and both kinds."""
    pair = SeqValue((arr([1.0]), TextValue("a", "str")), "tuple")
    keyed = MapValue((("a", arr([1])), ("b", arr([2]))), "dict")
    cases = [
        (pair, arr([1.0]), "kinds differ", "tuple of 2", "numpy.ndarray shape (1,) dtype float64"),
        (arr([1.0, 2.0]), arr([[1.0, 2.0]]), "shapes differ", "numpy.ndarray shape (2,) dtype float64",
         "numpy.ndarray shape (1, 2) dtype float64"),
        (pair, SeqValue((arr([1.0]),), "list"), "lengths differ", "tuple of 2", "list of 1"),
        (keyed, MapValue((("a", arr([1])),), "dict"), "keys differ", "dict with keys ['a', 'b']",
         "dict with keys ['a']"),
        (TextValue("a", "str"), arr([1]), "kinds differ", "str 'a'", "numpy.ndarray shape (1,) dtype int64"),
    ]  # fmt: skip
    for reference, other, reason, described, other_described in cases:
        expected = Difference("result", reason, described, other_described)
        assert compare(reference, other) == Comparison(False, None, None, expected, ())


def test_a_nested_structural_difference_is_found_at_its_path():
    inner = MapValue((("k", SeqValue((arr([1.0]), arr([2.0])), "tuple")),), "dict")
    changed = MapValue((("k", SeqValue((arr([1.0]), arr([2.0, 3.0])), "tuple")),), "dict")
    found = compare(inner, changed).difference
    assert found == Difference(
        "result['k'][1]",
        "shapes differ",
        "numpy.ndarray shape (1,) dtype float64",
        "numpy.ndarray shape (2,) dtype float64",
    )
    mapped = compare(SeqValue((inner,), "list"), SeqValue((MapValue((("j", arr([1.0])),), "dict"),), "list"))
    assert mapped.difference == Difference(
        "result[0]", "keys differ", "dict with keys ['k']", "dict with keys ['j']"
    )


def test_a_text_difference_is_reported_first_and_later_leaves_are_still_compared():
    text_first = SeqValue((TextValue("a", "str"), arr([1.0, 2.0])), "tuple")
    other = SeqValue((TextValue("b", "str"), arr([1.0, 3.0])), "tuple")
    result = compare(text_first, other)
    assert result == Comparison(False, 1.0, 0.5, Difference("result[0]", "values differ", "'a'", "'b'"), ())
    same_text = SeqValue((TextValue("a", "str"), arr([1.0, 3.0])), "tuple")
    later = compare(text_first, same_text)
    assert later.difference is not None
    assert (later.difference.path, later.difference.index) == ("result[1]", (1,))
    assert (later.max_abs_diff, later.max_rel_diff) == (1.0, 0.5)
    assert compare(TextValue(None, "NoneType"), TextValue("None", "str")).difference == Difference(
        "result", "values differ", "None", "'None'"
    )


def test_the_first_difference_is_the_first_leaf_that_differs_and_the_largest_are_over_every_leaf():
    reference = SeqValue((arr([1.0, 2.0]), arr([10.0]), arr([4.0])), "tuple")
    other = SeqValue((arr([1.0, 2.5]), arr([10.0]), arr([8.0])), "tuple")
    result = compare(reference, other)
    assert result == Comparison(
        False,
        4.0,
        1.0,
        Difference(
            "result[0]",
            "values differ",
            "numpy.ndarray shape (2,) dtype float64",
            "numpy.ndarray shape (2,) dtype float64",
            (1,),
            "2.0",
            "2.5",
        ),
        (),
    )


def test_a_dtype_difference_comes_before_the_values_when_the_pair_compares_dtypes():
    reference = SeqValue((arr([1.0, 2.0]), arr([1, 2])), "tuple")
    other = SeqValue(
        (arr([1.0, 2.0], np.float32, "torch.float32"), arr([1, 5], label="torch.int64")), "tuple"
    )
    strict = compare(reference, other, same_dtype=True)
    assert strict.difference == Difference(
        "result[0]",
        "dtypes differ (this pair compares dtypes)",
        "numpy.ndarray shape (2,) dtype float64",
        "numpy.ndarray shape (2,) dtype torch.float32",
    )
    assert strict.dtype_differences == (("result[0]", "float64", "torch.float32"),)
    assert (strict.equal, strict.max_abs_diff, strict.max_rel_diff) == (False, 3.0, 1.5)
    loose = compare(reference, other)
    assert loose.difference is not None
    assert (loose.difference.path, loose.difference.reason) == ("result[1]", "values differ")
    assert loose.dtype_differences == strict.dtype_differences


def test_relative_differences_are_measured_against_the_reference():
    assert compare(arr([1.0, 2.0, 4.0]), arr([1.0, 3.0, 5.0])).max_rel_diff == 0.5
    assert compare(arr([0.0, 2.0]), arr([1e-9, 2.0])).max_rel_diff == np.inf
    assert compare(arr([np.nan, 1.0]), arr([1.0, 1.0])).max_rel_diff == np.inf
    assert compare(arr([2, 4]), arr([3, 4])).max_rel_diff == 0.5
    within = compare(arr([100.0]), arr([100.0005]))
    assert within.equal
    assert within.max_rel_diff == pytest.approx(5e-6)
    words = compare(arr(["a", "b"]), arr(["a", "c"]))
    assert (words.equal, words.max_abs_diff, words.max_rel_diff) == (False, np.inf, np.inf)
    assert words.difference is not None
    assert (words.difference.index, words.difference.reference_value, words.difference.other_value) == (
        (1,),
        "'b'",
        "'c'",
    )
    alike = compare(arr(["a", "b"]), arr(["a", "b"]))
    assert (alike.equal, alike.max_abs_diff, alike.max_rel_diff) == (True, 0.0, 0.0)


def test_empty_arrays_have_no_difference_at_all():
    assert compare(arr(np.zeros((0, 2))), arr(np.ones((0, 2)))) == Comparison(True, 0.0, 0.0, None, ())


def test_a_single_value_is_reported_as_itself():
    found = compare(arr(2.0), arr(3.0)).difference
    assert found is not None
    assert (found.index, found.reference_value, found.other_value) == ((), "2.0", "3.0")
    assert compare(arr(5), arr(5)).equal


def test_a_tolerance_is_a_bound_that_may_be_reached():
    assert compare(arr([1.0]), arr([1.5]), rtol=0.0, atol=0.5).equal
    assert compare(arr([2.0]), arr([3.0]), rtol=0.5, atol=0.0).equal
    assert not compare(arr([2.0]), arr([3.0]), rtol=0.25, atol=0.25).equal
    assert compare(arr([2.0]), arr([3.0]), rtol=0.25, atol=0.5).equal
    assert not compare(arr([4.0]), arr([1.0]), rtol=0.5, atol=0.5).equal


def test_integers_beside_uint64_stay_exact_and_complex_keeps_both_parts():
    largest = np.array([2**64 - 1], np.uint64)
    assert not compare(arr(largest), arr(np.array([-1], np.int64)), rtol=1.0).equal, "not the same bits"
    assert not compare(arr(np.array([2**62 + 1])), arr(np.array([2**62], np.uint64)), rtol=1.0).equal
    assert compare(arr(np.array([7], np.int8)), arr(np.array([7], np.uint64))).equal
    assert compare(arr([1 + 1e-9j]), arr([1 + 0j])).max_abs_diff == pytest.approx(1e-9)
    assert not compare(arr([1 + 1j]), arr([1 + 0j]), rtol=0.5).equal


def test_infinities_zeros_and_huge_values_compare_without_a_warning_under_any_tolerance():
    """The build treats warnings as errors: 0 * inf, 0 / 0 and overflows stay inside the comparison."""
    assert not compare(arr([np.inf, 1.0]), arr([np.inf, 2.0]), rtol=0.0, atol=0.0).equal
    assert compare(arr([0.0, 1.0]), arr([0.0, 1.0]), rtol=0.0, atol=0.0).max_rel_diff == 0.0
    huge = compare(arr([1e308, 1e-308]), arr([-1e308, 1.0]), rtol=2.0, atol=0.0)
    assert (huge.equal, huge.max_abs_diff, huge.max_rel_diff) == (False, np.inf, np.inf)


def test_text_alone_measures_no_numeric_difference():
    result = compare(SeqValue((TextValue("a", "str"),), "tuple"), SeqValue((TextValue("a", "str"),), "tuple"))
    assert result == Comparison(True, None, None, None, ())


def test_the_largest_differences_are_the_largest_of_any_leaf_not_the_last_one():
    reference = SeqValue((arr([1.0]), arr([4.0]), arr([2.0])), "tuple")
    other = SeqValue((arr([9.0]), arr([5.0]), arr([2.0])), "tuple")
    result = compare(reference, other)
    assert (result.max_abs_diff, result.max_rel_diff) == (8.0, 8.0)
