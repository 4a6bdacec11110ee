"""Quoted values found in runs made by hand: every field, index, format and refusal of ``compare.quotes``.

``test_quotes.py`` runs the fixture ``quotes`` through the real engine and reads the pages; these
tests pin each rule on outcomes written here: which value a reference names, how it is written,
and the reason given when there is none.
"""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from handmade import floats, outcome, raised, ran

from generator.compare.quotes import (
    NOT_RUN,
    NOT_TIMED,
    QuoteContext,
    QuoteError,
    Quotes,
    quote,
    quote_all,
)
from generator.compare.threads import ThreadChange, ThreadCheck
from generator.compare.timings import Timings, TimingSlot
from generator.compare.verdict import Judgement, PairOutcome, Verdict
from generator.discover.metadata import Expectation, PairMeta
from generator.discover.references import Quantity, Quoted, Reference, scan
from generator.execute.runs import Fault, FaultKind, SideRun
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue
from generator.sides import DEFAULT_SIDES
from generator.timer import Timing

RESULT = MapValue(
    (
        ("rows", floats(0.5, 0.25)),
        ("grid", ArrayValue(np.arange(6).reshape(2, 3), "int64", "numpy.ndarray")),
        ("pair", SeqValue((floats(1.5), TextValue("a", "str")), "tuple")),
        ("nothing", TextValue(None, "NoneType")),
        ("flag", ArrayValue(np.array(True), "bool", "bool")),
        ("words", ArrayValue(np.array(["x", "y"]), "<U1", "numpy.ndarray")),
        ("z", ArrayValue(np.array(1 + 2j), "complex", "complex")),
        ("many", ArrayValue(np.zeros(65), "float64", "numpy.ndarray")),
        ("enough", ArrayValue(np.zeros(64), "float64", "numpy.ndarray")),
    ),
    "dict",
)
OTHER = MapValue(
    tuple((key, floats(0.5, 0.5) if key == "rows" else value) for key, value in RESULT.items),
    "dict",
)


TOLERANCES = PairMeta("P", Expectation.EQUAL, rtol=1e-3, atol=0.0)


def measured(
    *, numpy: SideRun | None = None, torch: SideRun | None = None, judgement: Judgement | None = None
) -> PairOutcome:
    return outcome(
        "q",
        "p",
        TOLERANCES,
        (numpy or ran(RESULT, stdout="first\nsecond\n"), torch or ran(OTHER, stdout="only\n")),
        judgement or Judgement(Verdict.MISMATCH, False, "mismatch", (), 0.25, 0.5),
    )


def context(timings: Timings | None = None, threads: dict[str, ThreadCheck] | None = None) -> QuoteContext:
    return QuoteContext(DEFAULT_SIDES, timings or Timings(), threads or {})


def value(field: str, pair: PairOutcome | None = None, ctx: QuoteContext | None = None) -> str:
    """The quoted value of ``{{q/p FIELD}}``; the field is read as prose would write it."""
    (found,) = scan(f"{{{{q/p {field}}}}}", ("numpy", "torch"))
    assert found.reference is not None, found.problem
    return quote(found.reference, pair or measured(), ctx or context())


def refusal(field: str, pair: PairOutcome | None = None, ctx: QuoteContext | None = None) -> str:
    with pytest.raises(QuoteError) as caught:
        value(field, pair, ctx)
    return str(caught.value)


@pytest.mark.parametrize(
    ("field", "written"),
    [
        ("rtol", "0.001"),
        ("atol", "0"),
        ("rtol:.1e", "1.0e-03"),
        ("max_abs_diff", "0.25"),
        ("max_rel_diff", "0.5"),
        ("max_abs_diff:.3f", "0.250"),
        ("max_abs_diff['rows']", "0.25"),
        ("max_rel_diff['rows']", "1"),
        ("max_abs_diff['rows']:.1%", "25.0%"),
        ("numpy.result['rows']", "[0.5, 0.25]"),
        ("numpy.result['rows']:.2f", "[0.50, 0.25]"),
        ("numpy.result['rows'][-1]", "0.25"),
        ("numpy.result['rows'][-2]", "0.5"),
        ("numpy.result['grid'][1]", "[3, 4, 5]"),
        ("numpy.result['grid'][1][2]", "5"),
        ("numpy.result['grid'][-2]:.1f", "[0.0, 1.0, 2.0]"),
        ("numpy.result['pair'][0]", "[1.5]"),
        ("numpy.result['pair'][-1]", "a"),
        ("numpy.result['pair'][-2]", "[1.5]"),
        ("max_abs_diff['rows'][1]", "0.25"),
        ("max_rel_diff['rows'][-1]", "1"),
        ("numpy.result['nothing']", "None"),
        ("numpy.result['flag']", "True"),
        ("numpy.result['flag']:.2f", "True"),
        ("numpy.result['words']", "[x, y]"),
        ("numpy.result['z']", "(1+2j)"),
        ("numpy.result['enough'][63]", "0.0"),
        ("torch.result['rows'][1]", "0.5"),
        ("numpy.stdout[0]", "first"),
        ("numpy.stdout[1]", "second"),
        ("numpy.stdout[-1]", "second"),
        ("numpy.stdout[-2]", "first"),
        ("torch.stdout[0]", "only"),
    ],
)
def test_each_field_is_written_from_the_run(field, written):
    assert value(field) == written


def test_a_result_of_exactly_the_most_elements_is_quoted_whole():
    assert value("numpy.result['enough']") == "[" + ", ".join(["0.0"] * 64) + "]"


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        ("numpy.result", "a tuple, list or dict is quoted item by item: add an index such as [0]"),
        ("numpy.result['pair']", "a tuple, list or dict is quoted item by item: add an index such as [0]"),
        ("numpy.result['many']", "65 values are too many to quote: add an index such as [0]"),
        ("numpy.result['missing']", "the result has no item ['missing']"),
        ("numpy.result[0]", "the result has no item [0]"),
        ("numpy.result['pair'][2]", "['pair'] has no item [2]"),
        ("numpy.result['pair'][-3]", "['pair'] has no item [-3]"),
        ("numpy.result['pair']['a']", "['pair'] has no item ['a']"),
        ("numpy.result['rows'][2]", "['rows'] has no item [2]"),
        ("numpy.result['rows'][-3]", "['rows'] has no item [-3]"),
        ("numpy.result['rows']['a']", "['rows'] has no item ['a']"),
        ("numpy.result['flag'][0]", "['flag'] has no item [0]"),
        ("numpy.result['grid'][0][3]", "['grid'][0] has no item [3]"),
        ("numpy.result['pair'][1]:.2f", "a format applies to numbers, and this value is text"),
        ("numpy.result['nothing']:.2f", "a format applies to numbers, and this value is text"),
        ("numpy.stdout[2]", "the numpy side printed 2 lines, none numbered 2"),
        ("numpy.stdout[-3]", "the numpy side printed 2 lines, none numbered -3"),
        ("numpy.error", "the numpy side of q/p raised nothing"),
        ("max_abs_diff['nothing']", "q/p's comparison measured no numeric difference there"),
    ],
)
def test_a_value_the_run_does_not_hold_is_refused_saying_why(field, reason):
    assert refusal(field) == reason


def test_a_format_that_does_not_apply_to_the_number_says_so():
    assert refusal("numpy.result['z']:=9").startswith("format '=9' does not apply to (1+2j): ")


def test_a_side_that_raised_or_did_not_finish_has_no_result_but_its_error():
    failed = SideRun("", "", None, Fault(FaultKind.TIMEOUT, "timed out"), None, None)
    pair = measured(numpy=ran(None, error=raised("ValueError", "bad")), torch=failed)
    assert value("numpy.error", pair) == "ValueError"
    assert refusal("numpy.result", pair) == "the numpy side of q/p raised ValueError: it has no result"
    assert refusal("torch.result", pair) == "the torch side of q/p did not finish: it has no result"
    assert refusal("max_abs_diff[0]", pair) == "the numpy side of q/p raised ValueError: it has no result"


def test_a_side_without_a_run_or_a_pair_without_metadata_has_nothing_to_quote():
    one_side = measured()
    one_side = PairOutcome(one_side.pair, {"numpy": one_side.runs["numpy"]}, one_side.judgement)
    assert refusal("torch.stdout[0]", one_side) == "q/p has no run of the torch side"
    malformed = replace(measured(), pair=replace(measured().pair, meta=None))
    assert refusal("rtol", malformed) == "q/p is malformed: it has no values to quote"


def test_tolerances_are_written_as_python_writes_them_unless_a_format_is_given():
    small = measured()
    small = replace(
        small, pair=replace(small.pair, meta=PairMeta("P", Expectation.EQUAL, rtol=1e-5, atol=1e-8))
    )
    assert (value("rtol", small), value("atol", small), value("atol:.0e", small)) == (
        "1e-05",
        "1e-08",
        "1e-08",
    )


def test_a_difference_needs_a_result_from_every_side_and_names_the_one_that_has_none():
    pair = measured(torch=ran(None, error=raised("RuntimeError", "no")))
    assert (
        refusal("max_abs_diff['rows']", pair) == "the torch side of q/p raised RuntimeError: it has no result"
    )


def test_a_comparison_without_a_difference_has_none_to_quote():
    equal = measured(judgement=Judgement(Verdict.EQUAL, True, "equivalent"))
    assert refusal("max_abs_diff", equal) == "q/p's comparison measured no numeric difference there"
    assert refusal("max_rel_diff", equal) == "q/p's comparison measured no numeric difference there"


def test_a_difference_of_an_item_is_the_largest_over_the_other_sides():
    pair = measured(
        numpy=ran(MapValue((("rows", floats(0.5, 0.25)),), "dict")),
        torch=ran(MapValue((("rows", floats(0.5, 1.0)),), "dict")),
    )
    assert value("max_abs_diff['rows']", pair) == "0.75"
    assert value("max_rel_diff['rows']", pair) == "3"
    assert value("max_rel_diff['rows']:.1f", pair) == "3.0"


def test_a_result_that_changes_with_the_thread_count_is_not_quoted_but_its_judgement_is():
    check = ThreadCheck((1, 4), (ThreadChange("torch", 4, "result changed by up to 1"),), ())
    ctx = context(threads={"q/p": check})
    reason = (
        "q/p's results change with the thread count (compared at 1, 4 threads): what one machine "
        "computed is not a fact to quote; its page shows each count's outcome"
    )
    for field in ("numpy.result['rows']", "numpy.stdout[0]", "max_abs_diff", "max_rel_diff"):
        assert refusal(field, ctx=ctx) == reason
    assert value("rtol", ctx=ctx) == "0.001"
    steady = context(threads={"q/p": ThreadCheck((1, 4), (), ())})
    assert value("numpy.result['rows'][0]", ctx=steady) == "0.5"


def timed(numpy: float | None, torch: float | None, threads: int = 1) -> Timings:
    slots = {}
    for side, median in (("numpy", numpy), ("torch", torch)):
        if median is not None:
            slots[TimingSlot("q/p", side, threads)] = Timing(median, 0.0, 10, 3, threads, median)
    return Timings(slots)


@pytest.mark.parametrize(
    ("timings", "field", "written"),
    [
        (timed(2e-6, 8e-6), "numpy.time", "2.0 µs"),
        (timed(2e-6, 8e-6), "torch.time", "8.0 µs"),
        (timed(2e-6, 8e-6), "ratio", "×4"),
        (timed(2e-6, None), "torch.time", NOT_TIMED),
        (timed(2e-6, None), "ratio", NOT_TIMED),
        (timed(None, 8e-6), "ratio", NOT_TIMED),
        (timed(0.0, 8e-6), "ratio", NOT_TIMED),
        (timed(2e-6, 8e-6, threads=2), "numpy.time", NOT_TIMED),
        (timed(2e-6, 8e-6, threads=2), "ratio", NOT_TIMED),
    ],
)
def test_times_and_ratios_are_the_one_thread_timings_or_say_there_are_none(timings, field, written):
    assert value(field, ctx=context(timings)) == written


def places(text: str) -> tuple[Quoted, ...]:
    return tuple(
        Quoted(found, Path("a.md"), line) for line, found in enumerate(scan(text, ("numpy", "torch")), 1)
    )


def test_every_reference_of_a_pair_that_ran_gets_its_value_or_a_located_problem():
    text = (
        "{{q/p rtol}} {{q/p numpy.error}} {{q/other rtol}} {{q/p nonsense}} {{q/p rtol}} {{q/p numpy.error}}"
    )
    quotes, problems = quote_all(places(text), {"q/p": measured()}, context())
    assert quotes.values == {Reference("q/p", Quantity.RTOL): "0.001"}
    assert [str(p) for p in problems] == [
        "a.md:2: quoted value {{q/p numpy.error}}: the numpy side of q/p raised nothing",
        "a.md:6: quoted value {{q/p numpy.error}}: the numpy side of q/p raised nothing",
    ]


def test_filling_writes_each_value_escaped_and_marks_what_did_not_run():
    quotes = Quotes({Reference("q/p", Quantity.RTOL): "<0.001>"})
    assert quotes.fill("a {{q/p rtol}} b {{q/other atol}}") == f"a <0.001> b {NOT_RUN}"
    assert quotes.fill("{{q/p rtol}}", lambda text: text.upper() + "!") == "<0.001>!"
    assert Quotes().fill("{{q/p rtol}}", str.upper) == NOT_RUN.upper()
