"""Porting traps: every documented difference, classified by what the build observed.

A trap is *silent* when both sides ran and gave different values: a port that looks right and
computes something else, the dangerous kind. It is *loud* when only some sides raised: the
naive port fails at once. The class comes from the runs, never from the snippet's prose.
"""

from dataclasses import dataclass
from enum import StrEnum

from generator.compare.pipeline import CatalogResult
from generator.compare.verdict import PairOutcome, Verdict
from generator.site.address import PairAddress
from generator.site.views import Link


class Trap(StrEnum):
    """How a documented difference shows itself, the dangerous kind first."""

    SILENT = "silent"
    LOUD = "loud"


@dataclass(frozen=True)
class TrapRow:
    """One trap: the pair, what differs, and the pairs that show the faithful translation."""

    title: str
    url: str
    difference: str
    faithful: tuple[Link, ...]


@dataclass(frozen=True)
class TrapSection:
    """A section's traps of one kind."""

    title: str
    rows: tuple[TrapRow, ...]


@dataclass(frozen=True)
class TrapKind:
    """All traps of one kind, by section."""

    kind: Trap
    count: int
    sections: tuple[TrapSection, ...]


def trap_of(outcome: PairOutcome) -> Trap | None:
    """The kind of trap a pair is: None unless the build observed its documented difference."""
    if outcome.judgement.verdict is not Verdict.DIFFERS:
        return None
    return Trap.LOUD if any(run.error is not None for run in outcome.runs.values()) else Trap.SILENT


def trap_kinds(result: CatalogResult) -> tuple[TrapKind, ...]:
    """The traps page: each kind, silent first, its traps grouped by section in the sections' order."""
    titles = {pair.id: pair.title for pair in result.catalog.pairs}
    by_id = {outcome.pair.id: outcome for outcome in result.outcomes}
    kinds = []
    for kind in Trap:
        sections = tuple(
            TrapSection(section.meta.title, rows)
            for section in result.catalog.sections
            if (rows := tuple(_row(by_id[i], titles) for i in section.pair_ids if trap_of(by_id[i]) is kind))
        )
        kinds.append(TrapKind(kind, sum(len(s.rows) for s in sections), sections))
    return tuple(kinds)


def _row(outcome: PairOutcome, titles: dict[str, str]) -> TrapRow:
    meta = outcome.pair.meta
    see = meta.see if meta else ()
    return TrapRow(
        title=outcome.pair.title,
        url=PairAddress.of(outcome.pair.id).doc_link,
        difference=(meta.difference if meta else None) or "",
        faithful=tuple(
            Link(titles[target], PairAddress.of(target).doc_link) for target in see if target in titles
        ),
    )
