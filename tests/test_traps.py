"""Porting traps: each documented difference classified by what its runs show, on the page and in JSON."""

import json

from handmade import handmade_info, handmade_result

from generator.site.export import dumps, pairs_document
from generator.site.traps import Trap, trap_kinds, trap_of


def test_a_trap_is_silent_when_both_sides_ran_and_loud_when_one_raised():
    kinds = {outcome.pair.id: trap_of(outcome) for outcome in handmade_result().outcomes}
    assert kinds == {
        "beta/single": None,
        "alpha/passing": None,
        "alpha/raising": None,
        "alpha/documented": Trap.SILENT,
        "alpha/loud": Trap.LOUD,
        "alpha/mismatching": None,
    }


def test_the_page_groups_traps_by_kind_silent_first_then_by_section():
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
    assert [link.url for link in row.faithful] == ["alpha.md#raising", "beta.md#single"]


def test_pairs_json_says_which_pairs_are_traps():
    document = json.loads(dumps(pairs_document(handmade_result(), handmade_info())))
    traps = {pair["id"]: pair["trap"] for pair in document["pairs"]}
    assert traps["alpha/documented"] == "silent"
    assert traps["alpha/loud"] == "loud"
    assert traps["alpha/passing"] is None
    assert traps["alpha/mismatching"] is None
