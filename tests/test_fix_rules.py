"""The checks a named fix must pass, on outcomes made by hand: each rule, its message and its place.

``test_fixes.py`` runs the fixture ``fixes`` through the real engine; these tests pin every branch
of ``compare.fixes`` (and of ``site.traps.proved_fix``, which keeps an unproved fix off the pages)
on outcomes written here.
"""

from dataclasses import replace

import pytest
from handmade import floats, outcome, ran

from generator.compare.fixes import check_fixes, fix_problem, same_form
from generator.compare.verdict import Judgement, PairOutcome, Trap, Verdict
from generator.discover.metadata import Expectation, PairMeta
from generator.sides import DEFAULT_SIDES, Side, SideRegistry
from generator.site.traps import Fix, proved_fix

FIX_LINE = 7
FORMS = (("numpy", "a.std()"), ("torch", "t.std(correction=0)"))


def naive(fix: str | None = "s/fixed", calls=(("numpy", "a.std()"), ("torch", "t.std()"))) -> PairOutcome:
    meta = PairMeta(
        "Naive",
        Expectation.DIFFERS,
        difference="the divisor",
        fix=fix,
        calls=calls,
        key_lines=(("fix", FIX_LINE),) if fix else (),
    )
    judgement = Judgement(Verdict.DIFFERS, True, "differs — the divisor", ("a detail",), trap=Trap.SILENT)
    return outcome("s", "naive", meta, (ran(floats(1.0)), ran(floats(2.0))), judgement)


def fixed(
    verdict: Verdict = Verdict.EQUAL, *, holds: bool = True, calls=FORMS, name: str = "fixed"
) -> PairOutcome:
    judgement = Judgement(verdict, holds, verdict.value)
    meta = PairMeta("Faithful", Expectation.EQUAL, calls=calls)
    return outcome("s", name, meta, (ran(floats(1.0)), ran(floats(1.0))), judgement)


def problem(pair: PairOutcome, *others: PairOutcome) -> str | None:
    by_id = {o.pair.id: o for o in (pair, *others)}
    found = fix_problem(pair, by_id, DEFAULT_SIDES)
    return None if found is None else str(found)


WHERE = f"snippets/s/naive.numpy.py:{FIX_LINE}: key 'fix': "


def test_a_proved_fix_with_its_own_forms_is_no_problem_and_is_what_the_pages_show():
    pair, fix = naive(), fixed()
    assert problem(pair, fix) is None
    assert proved_fix(pair, {"s/naive": pair, "s/fixed": fix}, DEFAULT_SIDES) == Fix(
        "Faithful", "s.md#fixed", "s.html#fixed", ("a.std()", "t.std(correction=0)")
    )


@pytest.mark.parametrize(
    ("fix", "message"),
    [
        (
            fixed(Verdict.BOTH_RAISE),
            "s/fixed is not proved equal (observed: both-raise), so it cannot be the fix",
        ),
        (
            fixed(Verdict.EQUAL, holds=False),
            "s/fixed is not proved equal (observed: equal, not holding), so it cannot be the fix",
        ),
        (
            fixed(Verdict.MISMATCH, holds=False),
            "s/fixed is not proved equal (observed: mismatch, not holding), so it cannot be the fix",
        ),
        (
            fixed(calls=(("numpy", "a.std()"),)),
            "s/fixed gives no torch_call, so the pages would show no form to write",
        ),
        (
            fixed(calls=()),
            "s/fixed gives no numpy_call or torch_call, so the pages would show no form to write",
        ),
        (
            fixed(calls=(("numpy", "a.std()"), ("torch", "t.std( )  # the same"))),
            "s/fixed shows the naive port's own PyTorch form `t.std( )  # the same`",
        ),
    ],
    ids=["both-raise", "not-holding", "mismatch", "no-torch-form", "no-forms", "same-form"],
)
def test_a_fix_that_fails_a_check_is_a_problem_at_its_key_and_stays_off_the_pages(fix, message):
    pair = naive()
    assert problem(pair, fix) == WHERE + message
    assert proved_fix(pair, {"s/naive": pair, "s/fixed": fix}, DEFAULT_SIDES) is None


def test_a_pair_cannot_be_its_own_fix():
    pair = naive(fix="s/naive")
    assert problem(pair) == WHERE + "a pair cannot be its own fix"
    assert proved_fix(pair, {"s/naive": pair}, DEFAULT_SIDES) is None


def test_a_fix_is_not_judged_without_a_fix_or_outside_the_selected_pairs():
    assert problem(naive(fix=None), fixed()) is None
    assert problem(naive()) is None
    assert proved_fix(naive(), {}, DEFAULT_SIDES) is None
    assert proved_fix(naive(fix=None), {"s/fixed": fixed()}, DEFAULT_SIDES) is None


def test_a_pair_without_metadata_or_without_a_reference_snippet_has_no_fix_to_judge():
    own = naive(fix="s/naive")
    bare = replace(own, pair=replace(own.pair, meta=None))
    assert fix_problem(bare, {"s/naive": bare}, DEFAULT_SIDES) is None
    ported = replace(own, pair=replace(own.pair, snippets=own.pair.snippets[1:]))
    assert fix_problem(ported, {"s/naive": ported}, DEFAULT_SIDES) is None


def test_every_port_side_that_keeps_the_naive_form_is_named():
    jax = Side(name="jax", label="JAX", suffix=".jax.py", adapter="adapters.jax_side", distribution="jax")
    three = SideRegistry((*DEFAULT_SIDES.sides, jax))
    pair = naive(calls=(("numpy", "a.std()"), ("torch", "t.std()"), ("jax", "j.std()")))
    fix = fixed(calls=(("numpy", "a.std()"), ("torch", "t.std()"), ("jax", "j.std()")))
    found = fix_problem(pair, {"s/naive": pair, "s/fixed": fix}, three)
    assert str(found) == WHERE + "s/fixed shows the naive port's own PyTorch and JAX form `t.std()`"


def test_a_naive_pair_without_a_form_of_its_own_only_needs_a_proved_fix():
    assert problem(naive(calls=()), fixed()) is None


def test_a_fix_key_without_a_recorded_line_is_located_at_the_file():
    pair = naive(fix="s/naive")
    moved = replace(pair, pair=replace(pair.pair, meta=replace(pair.pair.meta, key_lines=())))
    assert problem(moved) == "snippets/s/naive.numpy.py: key 'fix': a pair cannot be its own fix"


def test_checking_fixes_fails_only_the_pairs_whose_fix_fails_and_says_why_first():
    good, bad, fix, unproved = (
        naive(),
        naive(fix="s/unproved"),
        fixed(),
        fixed(Verdict.BOTH_RAISE, name="unproved"),
    )
    bad = replace(bad, pair=replace(bad.pair, id="s/bad"))
    checked = {o.pair.id: o for o in check_fixes((good, bad, fix, unproved), DEFAULT_SIDES)}
    assert checked["s/naive"] == good
    assert checked["s/fixed"] == fix
    assert checked["s/unproved"] == unproved
    judgement = checked["s/bad"].judgement
    assert judgement == replace(
        bad.judgement,
        holds=False,
        details=(
            WHERE + "s/unproved is not proved equal (observed: both-raise), so it cannot be the fix",
            "a detail",
        ),
    )


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("X @ w  # int64, float64", "X@w", True),
        ("X @ w", "X.to(w.dtype) @ w", False),
        ("f(a,\n  b)", "f(a, b)", True),
        ("if a:\n    b", "if a:\n  b", True),
        ("f(a, ", "f(a,   # unfinished", True),
        ("f(a, ", "f(b, ", False),
        ("f(a, b", "f(a, c", False),
        ("f(a,  # x # y", "f(a, # z", True),
        ("'a  b'", "'a b'", False),
    ],
    ids=[
        "comment",
        "other-code",
        "line-break",
        "indent",
        "unfinished",
        "unfinished-other",
        "unfinished-later",
        "unfinished-comments",
        "string-spacing",
    ],
)
def test_forms_are_the_same_code_once_comments_and_layout_are_set_aside(first, second, same):
    assert same_form(first, second) is same
    assert same_form(second, first) is same
