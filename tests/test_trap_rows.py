"""The traps page's rows, from a hand-built catalog: which pairs, in which order, with which fix and notes.

A row that lands under the wrong kind, loses its quoted values, or shows a fix the build did not
prove (a form that fails its check) tells a reader porting code something false; so does a trap
that varies with threads or releases shown without saying so.
"""

from dataclasses import replace

from handmade import handmade_result

from generator.compare.pipeline import CatalogResult
from generator.compare.threads import ThreadChange, ThreadCheck
from generator.compare.verdict import Judgement, PairOutcome, Trap, Verdict
from generator.discover.references import Quantity, Reference
from generator.matrix.merge import Change, Matrix, PairAcross
from generator.site.traps import Fix, TrapRow, proved_fix, trap_kinds

RESULT = handmade_result()
SIDES = RESULT.catalog.sides
PASSING_FIX = Fix("Passing pair", "alpha.md#passing", "alpha.html#passing", ("np.add(a, 1)", "a + 1"))


def with_outcomes(result: CatalogResult, *changed: PairOutcome) -> CatalogResult:
    by_id = {outcome.pair.id: outcome for outcome in changed}
    return replace(result, outcomes=tuple(by_id.get(o.pair.id, o) for o in result.outcomes))


def outcome(pair_id: str, result: CatalogResult = RESULT) -> PairOutcome:
    return next(o for o in result.outcomes if o.pair.id == pair_id)


def as_silent_trap(pair_id: str, difference: str, fix: str | None = None) -> PairOutcome:
    found = outcome(pair_id)
    meta = replace(found.pair.meta, difference=difference, fix=fix)  # type: ignore[type-var]
    judgement = Judgement(Verdict.DIFFERS, True, f"differs — {difference}", trap=Trap.SILENT)
    return replace(found, pair=replace(found.pair, meta=meta), judgement=judgement)


def rows(kind) -> list[tuple[str, str, TrapRow]]:
    return [(section.title, row.title, row) for section in kind.sections for row in section.rows]


def test_each_kind_lists_its_traps_by_section_in_the_catalogs_order_silent_first():
    result = with_outcomes(RESULT, as_silent_trap("beta/single", "torch.add rounds"))
    silent, loud = trap_kinds(result)
    assert (silent.kind, loud.kind) == (Trap.SILENT, Trap.LOUD)
    assert [(section, title) for section, title, _ in rows(silent)] == [
        ("Beta", "Single pair"),
        ("Alpha", "Documented difference"),
    ]
    assert (silent.count, loud.count) == (2, 1), "counted over every section"
    (_, _, single), (_, _, documented) = rows(silent)
    assert (single.url, single.difference, single.fix) == ("beta.md#single", "torch.add rounds", None)
    assert (documented.url, documented.fix) == ("alpha.md#documented", PASSING_FIX)


def test_a_kind_without_traps_has_no_sections():
    no_loud = with_outcomes(
        RESULT, replace(outcome("alpha/loud"), judgement=Judgement(Verdict.EQUAL, True, "equivalent"))
    )
    silent, loud = trap_kinds(no_loud)
    assert (loud.kind, loud.count, loud.sections) == (Trap.LOUD, 0, ())
    assert silent.count == 1


def test_a_quoted_value_in_the_difference_is_filled_in_and_shown_as_it_is():
    """The value a run printed may hold Markdown; the page must show it, not read it."""
    result = with_outcomes(
        RESULT,
        as_silent_trap("alpha/documented", "off by {{alpha/documented max_abs_diff}}", "alpha/passing"),
    )
    (_, _, row) = next(r for r in rows(trap_kinds(result)[0]) if r[1] == "Documented difference")
    assert row.difference == "off by 0\\.21 <b\\>\\*", "escaped as Markdown (prose makes < an entity)"
    assert RESULT.quotes.values[Reference("alpha/documented", Quantity.MAX_ABS_DIFF)] == "0.21 <b>*"


def test_a_trap_whose_results_change_with_threads_says_so():
    changed = ThreadCheck((1, 2), (ThreadChange("torch", 2, "result changed"),), ((1, Verdict.DIFFERS),))
    steady = ThreadCheck((1, 2), (), ((1, Verdict.DIFFERS), (2, Verdict.DIFFERS)))
    result = replace(RESULT, threads={"alpha/documented": changed, "alpha/loud": steady})
    silent, loud = trap_kinds(result)
    assert [row.thread_dependent for _, _, row in rows(silent)] == [True]
    assert [row.thread_dependent for _, _, row in rows(loud)] == [False]
    assert [row.thread_dependent for _, _, row in rows(trap_kinds(RESULT)[0])] == [False], "never checked"


def test_with_the_version_matrix_a_trap_that_varies_names_its_group_on_the_across_versions_page():
    matrix = Matrix(
        columns=(),
        pairs={
            "alpha/loud": PairAcross("alpha/loud", (), (Change.ERRORS, Change.VALUES), ()),
            "alpha/documented": PairAcross("alpha/documented", (), (), ()),
        },
        failures=(),
        notes=(),
    )
    silent, loud = trap_kinds(RESULT, matrix)
    assert [row.versions for _, _, row in rows(loud)] == ["errors"]
    assert [row.versions for _, _, row in rows(silent)] == [""], "in the matrix, but it does not vary"
    assert [row.versions for kind in trap_kinds(RESULT) for _, _, row in rows(kind)] == ["", ""]


def test_a_fix_is_shown_only_when_the_build_proved_it():
    by_id = {o.pair.id: o for o in RESULT.outcomes}
    documented = by_id["alpha/documented"]
    assert proved_fix(documented, by_id, SIDES) == PASSING_FIX
    failing = replace(by_id["alpha/passing"], judgement=Judgement(Verdict.MISMATCH, False, "mismatch"))
    assert proved_fix(documented, {**by_id, "alpha/passing": failing}, SIDES) is None, "the fix fails"
    without = {k: v for k, v in by_id.items() if k != "alpha/passing"}
    assert proved_fix(documented, without, SIDES) is None, "the fix is not among the pairs built"
    unnamed = replace(documented, pair=replace(documented.pair, meta=replace(documented.pair.meta, fix=None)))
    assert proved_fix(unnamed, by_id, SIDES) is None
    no_meta = replace(documented, pair=replace(documented.pair, meta=None))
    assert proved_fix(no_meta, by_id, SIDES) is None
    bare_fix = replace(by_id["alpha/passing"], pair=replace(by_id["alpha/passing"].pair, meta=None))
    assert proved_fix(documented, {**by_id, "alpha/passing": bare_fix}, SIDES) is None


def test_a_fix_that_failed_its_check_leaves_its_trap_without_a_fix_on_the_page():
    """With --keep-going the build goes on; the page must not show the unproved form."""
    failing = replace(outcome("alpha/passing"), judgement=Judgement(Verdict.MISMATCH, False, "mismatch"))
    silent, loud = trap_kinds(with_outcomes(RESULT, failing))
    assert [row.fix for kind in (silent, loud) for _, _, row in rows(kind)] == [None, None]
