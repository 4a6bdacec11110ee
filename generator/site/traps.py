"""Porting traps: every documented difference, classed by what the build observed the port do.

The class is the judgement's (``compare.verdict``): *silent* when the PyTorch port runs and its
result is not what the NumPy program does (NumPy raising included), *loud* when the port raises
where NumPy runs or raises what NumPy's ``except`` clause does not catch. Each row shows the fix
the pair names, the faithful form the build proved equal, exactly as the cheat sheet does.
"""

from collections.abc import Mapping
from dataclasses import dataclass

from generator.compare.fixes import fix_problem
from generator.compare.pipeline import CatalogResult
from generator.compare.verdict import PairOutcome, Trap
from generator.matrix.merge import Matrix
from generator.sides import SideRegistry
from generator.site.across import anchor
from generator.site.address import PairAddress
from generator.site.inert import literal


@dataclass(frozen=True)
class Fix:
    """The faithful form of a trap: the fix pair's short form of every side, and its links.

    ``url`` links a Markdown page to it (MkDocs checks the anchor), ``href`` an HTML table.
    """

    title: str
    url: str
    href: str
    calls: tuple[str, ...]


@dataclass(frozen=True)
class TrapRow:
    """One trap: the pair, what differs (its quoted values filled in) and its proved fix."""

    title: str
    url: str
    difference: str
    fix: Fix | None
    thread_dependent: bool = False
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


def proved_fix(outcome: PairOutcome, outcomes: Mapping[str, PairOutcome], sides: SideRegistry) -> Fix | None:
    """The pair's fix with its short forms, when the build proved it (``compare.fixes``); else None.

    A fix that fails a check makes its trap fail; this keeps such a fix off the pages of a build
    that goes on (``--keep-going``), so that no page shows a form the build did not prove.
    """
    meta = outcome.pair.meta
    fix = outcomes.get(meta.fix) if meta and meta.fix else None
    if fix is None or fix.pair.meta is None or fix_problem(outcome, outcomes, sides) is not None:
        return None
    calls = tuple(fix.pair.meta.call(side.name) or "" for side in sides)
    address = PairAddress.of(fix.pair.id)
    return Fix(fix.pair.title, address.doc_link, address.url, calls)


def trap_kinds(result: CatalogResult, matrix: Matrix | None = None) -> tuple[TrapKind, ...]:
    """The traps page: each kind, silent first, its traps grouped by section in the sections' order.

    With the version matrix, a trap whose results change between releases says where to read how.
    """
    by_id = {outcome.pair.id: outcome for outcome in result.outcomes}
    kinds = []
    for kind in Trap:
        sections = tuple(
            TrapSection(section.meta.title, rows)
            for section in result.catalog.sections
            if (
                rows := tuple(
                    _row(by_id[i], by_id, result, anchor(matrix, i) if matrix else "")
                    for i in section.pair_ids
                    if by_id[i].judgement.trap is kind
                )
            )
        )
        kinds.append(TrapKind(kind, sum(len(s.rows) for s in sections), sections))
    return tuple(kinds)


def _row(
    outcome: PairOutcome, by_id: Mapping[str, PairOutcome], result: CatalogResult, versions: str
) -> TrapRow:
    meta = outcome.pair.meta
    check = result.threads.get(outcome.pair.id)
    return TrapRow(
        title=outcome.pair.title,
        url=PairAddress.of(outcome.pair.id).doc_link,
        difference=result.quotes.fill((meta.difference if meta else None) or "", literal),
        fix=proved_fix(outcome, by_id, result.catalog.sides),
        thread_dependent=check is not None and check.depends,
        versions=versions,
    )
