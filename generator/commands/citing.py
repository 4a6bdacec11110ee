"""``np2t cite ID``: run one pair (or take it from the cache) and print its citation."""

import argparse
import difflib
import sys
from dataclasses import replace

from generator.commands.pipeline import EXIT_ERROR, EXIT_NOT_HOLDING, EXIT_OK, Pipeline
from generator.commands.project import Project
from generator.discover.catalog import select
from generator.errors import displayable
from generator.site.cite import CiteFormat, cite
from generator.site.templating import environment


def cite_pair(project: Project, args: argparse.Namespace) -> int:
    """Print one pair's citation; an unknown id exits with EXIT_ERROR and the closest ids.

    The pair runs first, so the citation matches the code it names; a pair that does not hold is
    still cited (its verdict says so) and the exit status says it too.
    """
    if len(project.patterns) != 1:
        print("error: cite takes exactly one pair id", file=sys.stderr)
        return EXIT_ERROR
    (pair_id,) = project.patterns
    project.site_config  # noqa: B018 - a missing configuration fails before anything runs
    with Pipeline(replace(project, patterns=())) as pipeline:
        catalog = pipeline.discover()
        ids = [pair.id for pair in catalog.pairs]
        if pair_id not in ids:
            close = difflib.get_close_matches(pair_id, ids, n=3, cutoff=0.5)
            hint = f"; closest: {', '.join(close)}" if close else ""
            print(f"error: no pair has the id {pair_id!r}{hint}", file=sys.stderr)
            return EXIT_ERROR
        result = pipeline.judge(select(catalog, [pair_id]))
        info = pipeline.facts(result)
    (outcome,) = result.outcomes
    citation = cite(outcome, result.catalog.sides, info, environment(project.templates))
    # The citation quotes what the snippets printed, which may hold a terminal's escape sequences.
    print(displayable(citation.form(CiteFormat(args.format))), end="")
    return EXIT_OK if outcome.judgement.holds else EXIT_NOT_HOLDING
