"""Thread dependence judged on runs made by hand: which runs count, what a change is, how it is told.

``test_threads.py`` runs a fixture at one and two threads through the real engine; these tests pin
each rule of ``compare.threads`` on runs written here, so that no rule can change unnoticed.
"""

import numpy as np
import pytest
from handmade import floats, outcome, raised, ran

from generator.compare.threads import ThreadChange, identical, thread_check
from generator.compare.verdict import Judgement, Verdict
from generator.discover.metadata import Expectation, PairMeta
from generator.execute.runs import Fault, FaultKind, SideRun
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue
from generator.sides import DEFAULT_SIDES, Side, SideRegistry

PAIR = outcome(
    "t",
    "p",
    PairMeta("P", Expectation.EQUAL),
    (ran(floats(1.0)), ran(floats(1.0))),
    Judgement(Verdict.EQUAL, True, "equivalent"),
).pair


def crashed() -> SideRun:
    return SideRun("", "", None, Fault(FaultKind.CRASH, "crashed"), None, None)


def check(build: dict[str, SideRun], threaded: dict[tuple[str, int], SideRun], counts=(1, 2)):
    return thread_check(PAIR, build, threaded, counts, DEFAULT_SIDES)


def both(numpy: SideRun, torch: SideRun) -> dict[str, SideRun]:
    return {"numpy": numpy, "torch": torch}


def at(count: int, numpy: SideRun, torch: SideRun) -> dict[tuple[str, int], SideRun]:
    return {("numpy", count): numpy, ("torch", count): torch}


STEADY = both(ran(floats(1.0)), ran(floats(1.0)))


def test_two_counts_where_every_side_ran_are_needed():
    one = ran(floats(1.0))
    assert check(STEADY, at(1, one, one)) is None
    assert check(STEADY, at(1, one, one) | {("numpy", 2): one}) is None
    assert check({"numpy": one}, at(1, one, one) | at(2, one, one)) is None
    found = check(STEADY, at(1, one, one) | at(2, one, one) | {("numpy", 4): one}, counts=(1, 2, 4))
    assert found is not None
    assert found.counts == (1, 2)


def test_an_unchanged_pair_has_no_change_and_its_verdict_at_every_count():
    one = ran(floats(1.0))
    found = check(STEADY, at(2, one, one) | at(1, one, one), counts=(2, 1))
    assert found is not None
    assert found.counts == (2, 1)
    assert found.changes == ()
    assert not found.depends
    assert found.verdicts == ((2, Verdict.EQUAL), (1, Verdict.EQUAL))


def test_each_side_and_count_that_changed_is_named_and_the_pair_judged_there():
    found = check(
        STEADY,
        at(1, ran(floats(1.0)), ran(floats(1.0))) | at(2, ran(floats(1.0)), ran(floats(1.5))),
    )
    assert found is not None
    assert found.changes == (ThreadChange("torch", 2, "result changed by up to 0.5"),)
    assert found.depends
    assert found.verdicts == ((1, Verdict.EQUAL), (2, Verdict.MISMATCH))


def test_with_three_sides_each_count_is_judged_on_every_side():
    jax = Side(name="jax", label="JAX", suffix=".jax.py", adapter="adapters.jax_side", distribution="jax")
    three = SideRegistry((*DEFAULT_SIDES.sides, jax))
    one = ran(floats(1.0))
    build = {"numpy": one, "torch": one, "jax": one}
    threaded = {(name, 1): one for name in build} | {("numpy", 2): one, ("torch", 2): one}
    found = thread_check(PAIR, build, threaded | {("jax", 2): ran(floats(3.0))}, (1, 2), three)
    assert found is not None
    assert found.changes == (ThreadChange("jax", 2, "result changed by up to 2"),)
    assert found.verdicts == ((1, Verdict.EQUAL), (2, Verdict.MISMATCH))


def change(build: SideRun, other: SideRun) -> str:
    """What ``thread_check`` says of a NumPy run that became ``other`` at two threads."""
    same = ran(floats(1.0))
    found = check(both(build, same), at(1, build, same) | at(2, other, same))
    assert found is not None
    changes = [c.what for c in found.changes if c.threads == 2]
    return changes[0] if changes else ""


@pytest.mark.parametrize(
    ("build", "other", "what"),
    [
        (crashed(), ran(floats(2.0)), ""),
        (ran(floats(2.0)), crashed(), ""),
        (
            ran(floats(1.0)),
            SideRun("", "", None, Fault(FaultKind.BAD_RESULT, "figures"), floats(2.0), None),
            "",
        ),
        (ran(None, error=raised("ValueError", "a")), ran(None, error=raised("ValueError", "b")), ""),
        (ran(None, error=raised("ValueError", "a")), ran(floats(1.0)), "a result instead of ValueError"),
        (ran(floats(1.0)), ran(None, error=raised("TypeError", "t")), "TypeError instead of a result"),
        (
            ran(None, error=raised("ValueError", "a")),
            ran(None, error=raised("TypeError", "t")),
            "TypeError instead of ValueError",
        ),
        (ran(floats(1.0, np.nan)), ran(floats(1.0, np.nan)), ""),
        (ran(floats(1.0, 2.0)), ran(floats(1.0, 2.25)), "result changed by up to 0.25"),
        (ran(floats(np.inf)), ran(floats(-np.inf)), "result changed by up to inf"),
        (ran(floats(1.0)), ran(floats(1.0, 1.0)), "result changed (shapes differ)"),
        (
            ran(floats(1.0)),
            ran(floats(1.0, dtype="float32")),
            "result changed (dtypes differ (this pair compares dtypes))",
        ),
        (ran(floats(1.0)), ran(floats(1.0, type_name="list")), "result changed"),
        (ran(TextValue("a", "str")), ran(TextValue("b", "str")), "result changed (values differ)"),
    ],
    ids=[
        "faulted-before",
        "faulted-after",
        "faulted-with-a-result",
        "same-exception",
        "raised-before",
        "raised-after",
        "other-exception",
        "nan-in-place",
        "value",
        "infinity",
        "shape",
        "dtype",
        "type",
        "text",
    ],
)
def test_what_a_change_is_and_how_it_is_told(build, other, what):
    assert change(build, other) == what


NESTED = MapValue((("a", SeqValue((floats(1.0, np.nan), TextValue("x", "str")), "tuple")),), "dict")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (NESTED, NESTED, True),
        (floats(np.nan), floats(np.nan), True),
        (floats(1.0), floats(1.0, 2.0), False),
        (floats(1.0), floats(1.0, dtype="float32"), False),
        (floats(1.0), floats(1.0, type_name="torch.Tensor"), False),
        (floats(0.0), floats(-0.0), True),
        (floats(1.0), floats(2.0), False),
        (TextValue("x", "str"), TextValue("x", "str"), True),
        (TextValue("x", "str"), TextValue("x", "bytes"), False),
        (TextValue("x", "str"), floats(1.0), False),
        (floats(1.0), TextValue("x", "str"), False),
        (
            ArrayValue(np.array(["a", "b"]), "<U1", "numpy.ndarray"),
            ArrayValue(np.array(["a", "b"]), "<U1", "numpy.ndarray"),
            True,
        ),
        (
            ArrayValue(np.array(["a", "b"]), "<U1", "numpy.ndarray"),
            ArrayValue(np.array(["a", "c"]), "<U1", "numpy.ndarray"),
            False,
        ),
        (SeqValue((floats(1.0),), "tuple"), SeqValue((floats(1.0), floats(1.0)), "tuple"), False),
        (MapValue((("a", floats(1.0)),), "dict"), MapValue((("b", floats(1.0)),), "dict"), False),
    ],
    ids=[
        "nested",
        "nan",
        "shape",
        "dtype",
        "type",
        "signed-zero",
        "value",
        "text",
        "text-type",
        "text-array",
        "array-text",
        "strings",
        "other-strings",
        "length",
        "keys",
    ],
)
def test_identical_means_every_leaf_the_same_with_nan_equal_to_nan(first, second, same):
    assert identical(first, second) is same
    assert identical(second, first) is same
