"""A proved faithful form: each documented difference names its fix, and the build holds it to that.

The fix must be a pair that holds as equal, give a short form for every side, and show another
PyTorch form than the naive port's (comments and spacing aside); a fix naming no pair is a problem
of discovery. Each failure is located at the ``fix`` key and makes the naive pair fail. The fixture
``fixes`` has one pair per way to break it, and one proved fix, whose form the cheat sheet and the
traps page show.
"""

import pytest
from conftest import fixture_catalog

from generator.compare.fixes import same_form
from generator.compare.pipeline import CatalogResult, run_catalog
from generator.site.pages import cheat_groups
from generator.site.traps import trap_kinds
from generator.site.views import SectionView, pair_view

FIX_LINE = 6
"""The line of the ``fix`` key in each fixture file."""


@pytest.fixture(scope="module")
def fixes_result(engine) -> CatalogResult:
    return run_catalog(fixture_catalog("fixes"), engine)


def judgement_of(result: CatalogResult, pair_id: str):
    return next(o for o in result.outcomes if o.pair.id == pair_id).judgement


def test_a_proved_fix_holds_and_is_what_the_pages_show(fixes_result):
    assert judgement_of(fixes_result, "fixes/proved").holds
    (silent, _) = trap_kinds(fixes_result)
    rows = {row.title: row for section in silent.sections for row in section.rows}
    fix = rows["proved"].fix
    assert fix is not None
    assert (fix.url, fix.calls) == ("fixes.md#faithful", ("a.std()", "t.std(correction=0)"))
    titles = {o.pair.id: o.pair.title for o in fixes_result.outcomes}
    views = tuple(pair_view(o, titles, fixes_result.catalog.sides) for o in fixes_result.outcomes)
    (group,) = cheat_groups(fixes_result, (SectionView("fixes", "Fixes", "", "fixes.md", views),))
    line = next(row for row in group.rows if row.url == "fixes.html#proved")
    assert line.instead is not None
    assert (line.instead.href, line.instead.calls[1]) == ("fixes.html#faithful", "t.std(correction=0)")


@pytest.mark.parametrize(
    ("pair_id", "message"),
    [
        ("fixes/fixed-by-raising", "fixes/raising is not proved equal (observed: both-raise)"),
        ("fixes/fixed-by-same-form", "fixes/same-form shows the naive port's own PyTorch form `t.std()"),
        ("fixes/fixed-without-forms", "fixes/no-forms gives no numpy_call or torch_call"),
    ],
)
def test_a_fix_that_is_not_a_proved_faithful_form_is_a_located_problem(fixes_result, pair_id, message):
    judgement = judgement_of(fixes_result, pair_id)
    assert not judgement.holds
    name = pair_id.split("/")[1]
    located = f"tests/fixtures/fixes/fixes/{name}.numpy.py:{FIX_LINE}: key 'fix': "
    assert any(detail.startswith(located) and message in detail for detail in judgement.details), (
        judgement.details
    )
    (silent, _) = trap_kinds(fixes_result)
    row = next(row for section in silent.sections for row in section.rows if row.title == name)
    assert row.fix is None, "a page shows a fix the build did not prove"


def test_a_fix_naming_no_pair_is_a_problem_of_discovery():
    pair = next(p for p in fixture_catalog("fixes").pairs if p.id == "fixes/fixed-by-nothing")
    where = f"tests/fixtures/fixes/fixes/fixed-by-nothing.numpy.py:{FIX_LINE}"
    assert [str(problem) for problem in pair.problems] == [
        f"{where}: key 'fix': no pair has the id fixes/absent"
    ]


def test_forms_are_the_same_when_only_comments_and_spacing_differ():
    assert same_form("X @ w  # int64, float64", "X@w")
    assert not same_form("X @ w", "X.to(w.dtype) @ w")
    assert same_form("try: x.max() except ValueError: ...", "try:  x.max()  except ValueError: ...")
