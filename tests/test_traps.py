"""Porting traps: each documented difference classed by what the port does, on every page and in JSON.

Silent: the PyTorch port runs and its result is not what the NumPy program does, NumPy raising
included. Loud: the port raises, where NumPy runs or with an exception NumPy's ``except`` clause
misses. The fixture ``traps`` has one pair per case, run by the real engine.
"""

import json

import pytest
from conftest import fixture_catalog
from handmade import handmade_info, handmade_result

from generator.compare.pipeline import CatalogResult, run_catalog
from generator.compare.verdict import Trap, Verdict
from generator.site.export import dumps, pairs_document
from generator.site.pages import BuildInfo, counts
from generator.site.traps import trap_kinds


@pytest.fixture(scope="module")
def traps_result(engine) -> CatalogResult:
    return run_catalog(fixture_catalog("traps"), engine)


def outcome_of(result: CatalogResult, pair_id: str):
    return next(o for o in result.outcomes if o.pair.id == pair_id)


@pytest.mark.parametrize(
    ("pair_id", "verdict", "trap"),
    [
        ("traps/numpy-raises", Verdict.DIFFERS, Trap.SILENT),
        ("traps/values", Verdict.DIFFERS, Trap.SILENT),
        ("traps/torch-raises", Verdict.DIFFERS, Trap.LOUD),
        ("traps/other-class", Verdict.DIFFERS, Trap.LOUD),
        ("traps/subclass", Verdict.BOTH_RAISE, None),
        ("traps/fixed", Verdict.EQUAL, None),
    ],
)
def test_the_class_is_what_the_port_does(traps_result, pair_id, verdict, trap):
    judgement = outcome_of(traps_result, pair_id).judgement
    assert (judgement.verdict, judgement.trap, judgement.holds) == (verdict, trap, True)


def test_both_raising_with_classes_an_except_clause_tells_apart_is_not_both_raise(traps_result):
    """The rule that used to class this pair as both-raise: it does not hold, and says why."""
    judgement = outcome_of(traps_result, "traps/other-class-claimed").judgement
    assert (judgement.verdict, judgement.holds, judgement.trap) == (Verdict.MISMATCH, False, None)
    assert (
        "PyTorch's RuntimeError is not a ValueError: "
        "an `except ValueError` written for NumPy does not catch it" in judgement.details
    )
    documented = outcome_of(traps_result, "traps/other-class").judgement
    assert documented.summary == "differs — RuntimeError, not ValueError"


def test_the_traps_page_pairs_json_and_home_counts_follow_the_judgement(traps_result):
    (silent, loud) = trap_kinds(traps_result)
    assert [row.title for section in silent.sections for row in section.rows] == ["numpy-raises", "values"]
    assert [row.title for section in loud.sections for row in section.rows] == ["other-class", "torch-raises"]
    home = counts(traps_result)
    assert (home.silent, home.loud, home.both_raise) == (2, 2, 1)
    document = json.loads(
        dumps(pairs_document(traps_result, BuildInfo("2026-01-01", traps_result.versions, "Site")))
    )
    traps = {pair["id"]: pair["trap"] for pair in document["pairs"]}
    assert traps == {
        "traps/fixed": None,
        "traps/numpy-raises": "silent",
        "traps/other-class": "loud",
        "traps/other-class-claimed": None,
        "traps/subclass": None,
        "traps/torch-raises": "loud",
        "traps/values": "silent",
    }


def test_the_handmade_traps_are_grouped_by_kind_with_their_fix():
    (silent, loud) = trap_kinds(handmade_result())
    assert (silent.kind, silent.count, loud.kind, loud.count) == (Trap.SILENT, 1, Trap.LOUD, 1)
    (section,) = loud.sections
    (row,) = section.rows
    assert (section.title, row.title, row.url, row.difference) == (
        "Alpha",
        "Loud difference",
        "alpha.md#loud",
        "torch.tensor refuses ragged lists",
    )
    assert row.fix is not None
    assert (row.fix.url, row.fix.href, row.fix.calls) == (
        "alpha.md#passing",
        "alpha.html#passing",
        ("np.add(a, 1)", "a + 1"),
    )


def test_pairs_json_says_which_pairs_are_traps_and_names_their_fix():
    document = json.loads(dumps(pairs_document(handmade_result(), handmade_info())))
    by_id = {pair["id"]: pair for pair in document["pairs"]}
    assert (by_id["alpha/documented"]["trap"], by_id["alpha/documented"]["fix"]) == (
        "silent",
        "alpha/passing",
    )
    assert (by_id["alpha/loud"]["trap"], by_id["alpha/loud"]["fix"]) == ("loud", "alpha/passing")
    assert (by_id["alpha/passing"]["trap"], by_id["alpha/passing"]["fix"]) == (None, None)
    assert by_id["alpha/mismatching"]["trap"] is None
