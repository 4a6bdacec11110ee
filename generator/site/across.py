"""What the site shows of the version matrix: per pair, per page, and in ``pairs.json``.

Each pair's table of releases, the "Across versions" page, the marks on the cheat sheet and
traps page, and the matrix's keys in ``pairs.json``. Everything here is read from a merged
``Matrix``; a build without one (``make docs``) shows none of it.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.compare.pipeline import CatalogResult
from generator.matrix.merge import CHANGE_TITLES, CellState, Change, Column, Matrix, PairAcross
from generator.matrix.record import Outcome
from generator.site.address import PairAddress
from generator.site.views import BADGES, CellView, PairVersions

PAGE = "versions.md"
TITLE = "Across versions"
STATES = {
    CellState.HOLDS: "holds",
    CellState.FAILS: "does not hold",
    CellState.NOT_AVAILABLE: "not available",
    CellState.NOT_RUN: "not run",
}


@dataclass(frozen=True)
class ColumnView:
    """One combination on the "Across versions" page."""

    label: str
    versions: str
    installed: bool
    pinned: bool
    reason: str
    holding: int
    failing: int
    not_available: int
    environment: str
    run: str


@dataclass(frozen=True)
class ChangeRow:
    """A pair whose results change, in its group."""

    title: str
    url: str
    section: str
    details: tuple[str, ...]
    also: tuple[str, ...]
    """The other kinds of change this pair shows, beside its group's."""
    cells: tuple[CellView, ...]


@dataclass(frozen=True)
class ChangeGroup:
    """The pairs whose most telling change is of one kind."""

    anchor: str
    title: str
    rows: tuple[ChangeRow, ...]


@dataclass(frozen=True)
class AcrossPage:
    """The "Across versions" page."""

    columns: tuple[ColumnView, ...]
    labels: tuple[str, ...]
    """The headings of the columns that ran, in order."""
    groups: tuple[ChangeGroup, ...]
    varying: int
    pairs: int
    notes: tuple[str, ...]
    run_everywhere: int = 0
    """Pairs with a run under every installed combination (``Matrix.run_everywhere``)."""


def pair_versions(matrix: Matrix, pair_id: str) -> PairVersions | None:
    """A pair's table of releases; None for a pair the matrix does not know."""
    across = matrix.pairs.get(pair_id)
    if across is None:
        return None
    return PairVersions(
        cells=_cells(matrix, across),
        changes=tuple(CHANGE_TITLES[change] for change in across.changes),
        details=across.details,
        anchor=anchor(matrix, pair_id),
    )


def anchor(matrix: Matrix, pair_id: str) -> str:
    """The pair's group on the "Across versions" page (``names``), or "" when it does not vary."""
    across = matrix.pairs.get(pair_id)
    if across is None or not across.varies:
        return ""
    return _group(across).value


def across_page(result: CatalogResult, matrix: Matrix) -> AcrossPage:
    """The page's values: the combinations, then the varying pairs grouped by what changed."""
    titles = {pair.id: pair.title for pair in result.catalog.pairs}
    sections = {pair.id: pair.section for pair in result.catalog.pairs}
    section_titles = {section.name: section.meta.title for section in result.catalog.sections}
    varying = matrix.varying()
    groups = []
    for change in Change:
        rows = tuple(
            ChangeRow(
                title=titles[pair.pair_id].replace("`", ""),
                url=PairAddress.of(pair.pair_id).url,
                section=section_titles[sections[pair.pair_id]],
                details=pair.details,
                also=tuple(CHANGE_TITLES[other].lower() for other in pair.changes if other is not change),
                cells=_cells(matrix, pair),
            )
            for pair in varying
            if _group(pair) is change
        )
        if rows:
            groups.append(ChangeGroup(change.value, CHANGE_TITLES[change], rows))
    return AcrossPage(
        columns=tuple(_column_view(column) for column in matrix.columns),
        labels=tuple(column.label for column in matrix.columns if column.installed),
        groups=tuple(groups),
        varying=len(varying),
        pairs=len(matrix.pairs),
        notes=matrix.notes,
        run_everywhere=matrix.run_everywhere(),
    )


def matrix_document(matrix: Matrix | None) -> dict[str, Any] | None:
    """The matrix's combinations for ``pairs.json`` (None when the build ran no matrix)."""
    if matrix is None:
        return None
    return {
        "combinations": [
            {
                "name": column.combination.name,
                "releases": dict(column.combination.releases),
                "versions": dict(column.versions),
                "installed": column.installed,
                "pinned": column.pinned,
                "reason": column.reason,
                "holding": column.holding,
                "failing": column.failing,
                "not_available": column.not_available,
            }
            for column in matrix.columns
        ],
        "changes": {change.value: CHANGE_TITLES[change] for change in Change},
    }


def pair_document(matrix: Matrix | None, pair_id: str) -> dict[str, Any] | None:
    """A pair's results per combination for ``pairs.json`` (None without a matrix)."""
    across = matrix.pairs.get(pair_id) if matrix else None
    if across is None:
        return None
    return {
        "varies": across.varies,
        "changes": [change.value for change in across.changes],
        "details": list(across.details),
        "combinations": {
            cell.combination: {
                "state": cell.state.value,
                "verdict": cell.verdict.value if cell.verdict else None,
                "holds": cell.holds if cell.verdict else None,
                "summary": cell.summary,
                "unmet": list(cell.unmet),
                "sides": {
                    name: {
                        "outcome": side.outcome.value,
                        "error": side.kind if side.outcome is not Outcome.RESULT else None,
                        "message": side.message,
                        "result": side.result,
                        "types": list(side.types),
                    }
                    for name, side in cell.sides
                },
            }
            for cell in across.cells
        },
    }


def _group(pair: PairAcross) -> Change:
    return pair.changes[0] if pair.changes else Change.VALUES


def _cells(matrix: Matrix, pair: PairAcross) -> tuple[CellView, ...]:
    """The pair's cells under the combinations that ran; where it is not available, no verdict.

    What a pair does under a release its ``requires`` excludes is no claim of the reference
    (``pairs.json`` still has it), so its badge would only alarm.
    """
    columns: Mapping[str, Column] = {column.combination.name: column for column in matrix.columns}
    return tuple(
        CellView(
            label=columns[cell.combination].label,
            state=cell.state,
            state_text=STATES[cell.state],
            verdict=verdict,
            badge=BADGES[verdict] if verdict else "",
            note=f"requires {', '.join(cell.unmet)}" if cell.unmet else cell.summary,
            pinned=columns[cell.combination].pinned,
        )
        for cell in pair.cells
        if columns[cell.combination].installed
        for verdict in [None if cell.state is CellState.NOT_AVAILABLE else cell.verdict]
    )


def _column_view(column: Column) -> ColumnView:
    environment = f"created in {column.environment_seconds:.1f} s" if column.environment_created else "reused"
    return ColumnView(
        label=column.label,
        versions=", ".join(f"{name} {version}" for name, version in column.versions.items()),
        installed=column.installed,
        pinned=column.pinned,
        reason=column.reason,
        holding=column.holding,
        failing=column.failing,
        not_available=column.not_available,
        environment=environment if column.installed else "—",
        run=f"{column.run_seconds:.1f} s ({column.executed} run, {column.cached} cached)"
        if column.installed
        else "—",
    )
