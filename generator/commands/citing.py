"""``python -m generator cite ID``: run one pair (or take it from the cache) and print its citation."""

import difflib
import sys
from dataclasses import replace

from generator.commands.services import (
    EXIT_ERROR,
    EXIT_NOT_HOLDING,
    EXIT_OK,
    RunOptions,
    build_date,
    load_catalog,
    run,
)
from generator.discover.catalog import select
from generator.site.assemble import build_info
from generator.site.cite import CiteFormat, cite
from generator.site.templating import environment


def cite_pair(options: RunOptions, pair_id: str, form: CiteFormat, site_url: str | None) -> int:
    """Print one pair's citation; an unknown id exits with EXIT_ERROR and the closest ids.

    The pair runs first, so the citation matches the code it names; a pair that does not hold is
    still cited (its verdict says so) and the exit status says it too.
    """
    catalog = load_catalog(replace(options, patterns=()))
    ids = [pair.id for pair in catalog.pairs]
    if pair_id not in ids:
        close = difflib.get_close_matches(pair_id, ids, n=3, cutoff=0.5)
        hint = f"; closest: {', '.join(close)}" if close else ""
        print(f"error: no pair has the id {pair_id!r}{hint}", file=sys.stderr)
        return EXIT_ERROR
    result = run(options, select(catalog, [pair_id]))
    info = build_info(result, build_date(), site_url=site_url)
    (outcome,) = result.outcomes
    print(cite(outcome, result.catalog.sides, info, environment()).form(form), end="")
    return EXIT_OK if outcome.judgement.holds else EXIT_NOT_HOLDING
