"""Porting traps: every documented difference, classified by what the build observed.

A trap is *silent* when both sides ran and gave different values: a port that looks right and
computes something else, the dangerous kind. It is *loud* when only some sides raised: the
naive port fails at once. The class comes from the runs, never from the snippet's prose.
"""

from dataclasses import dataclass
from enum import StrEnum

from generator.compare.pipeline import CatalogResult
from generator.compare.verdict import PairOutcome, Verdict
from generator.matrix.merge import Matrix
from generator.site.across import anchor
from generator.site.views import Link, doc_link


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
    versions: str = ""
    """The trap's group on the "Across versions" page, when its results change between releases."""


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


def trap_kinds(result: CatalogResult, matrix: Matrix | None = None) -> tuple[TrapKind, ...]:
    """The traps page: each kind, silent first, its traps grouped by section in the sections' order.

    With the version matrix, a trap whose results change between releases says where to read how.
    """
    titles = {pair.id: pair.title for pair in result.catalog.pairs}
    by_id = {outcome.pair.id: outcome for outcome in result.outcomes}
    kinds = []
    for kind in Trap:
        sections = tuple(
            TrapSection(section.meta.title, rows)
            for section in result.catalog.sections
            if (
                rows := tuple(
                    _row(by_id[i], titles, anchor(matrix, i) if matrix else "")
                    for i in section.pair_ids
                    if trap_of(by_id[i]) is kind
                )
            )
        )
        kinds.append(TrapKind(kind, sum(len(s.rows) for s in sections), sections))
    return tuple(kinds)


def _row(outcome: PairOutcome, titles: dict[str, str], versions: str) -> TrapRow:
    meta = outcome.pair.meta
    see = meta.see if meta else ()
    return TrapRow(
        title=outcome.pair.title,
        url=doc_link(outcome.pair.id),
        difference=(meta.difference if meta else None) or "",
        faithful=tuple(Link(titles[target], doc_link(target)) for target in see if target in titles),
        versions=versions,
    )
