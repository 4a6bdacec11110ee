"""The real catalog, pair by pair: each test id is a pair id, and each asserts the pair's claim."""

import pytest
from conftest import REPO, SNIPPETS

from generator.commands.report import explain
from generator.discover.catalog import discover

PAIR_IDS = [pair.id for pair in discover(SNIPPETS, base=REPO).pairs]


@pytest.mark.parametrize("pair_id", PAIR_IDS)
def test_pair_holds(pair_id, catalog_result):
    outcome = next(o for o in catalog_result.outcomes if o.pair.id == pair_id)
    assert outcome.judgement.holds, explain(outcome)


def test_the_catalog_has_no_section_level_problems(catalog):
    assert catalog.problems == (), "\n".join(str(p) for p in catalog.problems)


def test_every_value_the_articles_quote_was_measured(catalog_result):
    """Articles quote values by reference; each must exist in the runs (a pair's own prose is its test)."""
    assert catalog_result.problems == (), "\n".join(str(p) for p in catalog_result.problems)
