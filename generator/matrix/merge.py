"""The records of every combination merged into one view: per pair, where it holds and what changes.

What changed is read from the runs, side by side across combinations, never from a pair's prose.
A side's change is classed, most telling first:

- **names**: an ``AttributeError``, ``ImportError`` or ``ModuleNotFoundError`` appears or goes
  (a name added or removed);
- **errors**: another exception appears, goes or changes class;
- **dtypes**: every combination gives a result, and their types or dtypes differ (a promotion
  rule, a function that returns a tuple where it returned a list);
- **values**: the same types and dtypes, other shapes or values (a changed default or behaviour),
  compared at single precision (``record``).

A pair that holds in one release and not in another is shown so, not failed: only the
combination whose releases the build itself runs (the *pinned* one) must hold. A pair whose
``requires`` excludes a combination is *not available* there, whatever it did; if it held
there all the same, the requirement is narrower than the truth, and the merge says so.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from generator.compare.verdict import Verdict
from generator.discover.catalog import Catalog
from generator.matrix.combos import Combination
from generator.matrix.record import CombinationRecord, Outcome, PairRecord, SideRecord, pair_digest
from generator.sides import SideRegistry

NAME_ERRORS = frozenset({"AttributeError", "ImportError", "ModuleNotFoundError"})
"""The exceptions of a name that a release does not have."""


class CellState(StrEnum):
    """A pair under one combination."""

    HOLDS = "holds"
    FAILS = "fails"
    NOT_AVAILABLE = "not-available"
    NOT_RUN = "not-run"


class Change(StrEnum):
    """What changes between releases, the most telling first (a pair is grouped by its first)."""

    NAMES = "names"
    ERRORS = "errors"
    DTYPES = "dtypes"
    VALUES = "values"


CHANGE_TITLES = {
    Change.NAMES: "Names added or removed",
    Change.ERRORS: "Exceptions",
    Change.DTYPES: "Result types and dtypes (promotion, return types)",
    Change.VALUES: "Values and shapes (changed defaults and behaviour)",
}


@dataclass(frozen=True)
class Column:
    """One combination of the matrix: its releases, whether it ran, and what it cost."""

    combination: Combination
    label: str
    """The releases that vary across the matrix, as a column heading: ``NumPy 1.26.4``."""
    installed: bool
    pinned: bool
    versions: Mapping[str, str]
    reason: str = ""
    holding: int = 0
    failing: int = 0
    not_available: int = 0
    environment_seconds: float = 0.0
    environment_created: bool = False
    run_seconds: float = 0.0
    executed: int = 0
    cached: int = 0


@dataclass(frozen=True)
class Cell:
    """A pair under one combination: its state and, where it ran, its verdict and sides."""

    combination: str
    state: CellState
    verdict: Verdict | None = None
    holds: bool = False
    """Whether the claim held in this run, available or not."""
    summary: str = ""
    unmet: tuple[str, ...] = ()
    """The pair's requirements this combination does not meet (``numpy>=2.0``)."""
    sides: tuple[tuple[str, SideRecord], ...] = ()


@dataclass(frozen=True)
class PairAcross:
    """A pair across the matrix: a cell per column, and what changes between releases."""

    pair_id: str
    cells: tuple[Cell, ...]
    changes: tuple[Change, ...]
    details: tuple[str, ...]
    """Per changed side, what it did under which releases, in words."""

    @property
    def varies(self) -> bool:
        """Whether the verdict, a result or an error changes between the combinations that ran it."""
        ran = {(c.verdict, c.state) for c in self.cells if c.state is not CellState.NOT_RUN}
        return bool(self.changes) or len(ran) > 1


@dataclass(frozen=True)
class Matrix:
    """Every pair across every combination, and what the build must report."""

    columns: tuple[Column, ...]
    pairs: Mapping[str, PairAcross]
    failures: tuple[str, ...]
    """Pairs that do not hold in the pinned combination, and requirements the runs contradict."""
    notes: tuple[str, ...]
    """Combinations not installed, records made from other code: reported, not fatal."""

    def varying(self) -> tuple[PairAcross, ...]:
        """The pairs whose verdict, result or error changes between releases."""
        return tuple(p for p in self.pairs.values() if p.varies)

    def run_everywhere(self) -> int:
        """How many pairs ran under every installed combination (a record of a selection has fewer)."""
        installed = {column.combination.name for column in self.columns if column.installed}
        return sum(
            all(cell.state is not CellState.NOT_RUN for cell in pair.cells if cell.combination in installed)
            for pair in self.pairs.values()
        )


def merge(catalog: Catalog, records: Sequence[CombinationRecord], pinned: Mapping[str, str]) -> Matrix:
    """Merge the records (any order) against the current catalog; ``pinned`` are the build's own versions."""
    ordered = sorted(records, key=lambda r: r.combination.sort_key())
    labels = _labels([r.combination for r in ordered], catalog.sides)
    failures: list[str] = []
    notes: list[str] = [
        f"{r.combination.name}: not installed, so not run: {r.reason}" for r in ordered if not r.installed
    ]
    pairs: dict[str, PairAcross] = {}
    stale: dict[str, int] = {}
    for pair in catalog.pairs:
        if pair.meta is None:
            continue
        digest = pair_digest(pair)
        cells = []
        for record in ordered:
            entry = (record.pairs or {}).get(pair.id)
            if entry is not None and entry.code != digest:
                stale[record.combination.name] = stale.get(record.combination.name, 0) + 1
                entry = None
            cells.append(_cell(record, entry, pair.meta.unmet(record.versions)))
        for record, cell in zip(ordered, cells, strict=True):
            name = record.combination.name
            if cell.state is CellState.FAILS and record.combination.matches(pinned):
                failures.append(f"{pair.id} does not hold under {name}, the releases this site is built with")
            if cell.state is CellState.NOT_AVAILABLE and cell.holds:
                failures.append(
                    f"{pair.id} requires {', '.join(cell.unmet)}, but it holds under {name}: "
                    "widen its 'requires' (or remove it)"
                )
        changes, details = _changes(cells, labels, catalog.sides)
        pairs[pair.id] = PairAcross(pair.id, tuple(cells), changes, details)
    notes.extend(
        f"{name}: {count} pairs were recorded from other code, so not counted (run 'matrix run' again)"
        for name, count in stale.items()
    )
    columns = tuple(_column(r, labels[r.combination.name], pinned, pairs.values()) for r in ordered)
    return Matrix(columns=columns, pairs=pairs, failures=tuple(failures), notes=tuple(notes))


def _cell(record: CombinationRecord, entry: PairRecord | None, unmet: tuple[str, ...]) -> Cell:
    name = record.combination.name
    if not record.installed or entry is None:
        return Cell(name, CellState.NOT_RUN)
    state = CellState.NOT_AVAILABLE if unmet else CellState.HOLDS if entry.holds else CellState.FAILS
    return Cell(name, state, entry.verdict, entry.holds, entry.summary, unmet, entry.sides)


def _column(
    record: CombinationRecord, label: str, pinned: Mapping[str, str], pairs: Iterable[PairAcross]
) -> Column:
    states = [
        cell.state for pair in pairs for cell in pair.cells if cell.combination == record.combination.name
    ]
    return Column(
        combination=record.combination,
        label=label,
        installed=record.installed,
        pinned=record.combination.matches(pinned),
        versions=record.versions,
        reason=record.reason,
        holding=states.count(CellState.HOLDS),
        failing=states.count(CellState.FAILS),
        not_available=states.count(CellState.NOT_AVAILABLE),
        environment_seconds=record.environment_seconds,
        environment_created=record.environment_created,
        run_seconds=record.run_seconds,
        executed=record.executed,
        cached=record.cached,
    )


def _labels(combinations: Sequence[Combination], sides: SideRegistry) -> dict[str, str]:
    """Column headings naming only the releases that vary (all of them when none does)."""
    names = {side.name: side.label for side in sides}
    varying = (
        [side for side, _ in combinations[0].releases if len({c.version(side) for c in combinations}) > 1]
        if combinations
        else []
    )
    return {
        c.name: ", ".join(
            f"{names.get(side, side)} {version}"
            for side, version in c.releases
            if side in varying or not varying
        )
        for c in combinations
    }


def _changes(
    cells: Sequence[Cell], labels: Mapping[str, str], sides: SideRegistry
) -> tuple[tuple[Change, ...], tuple[str, ...]]:
    """What changes across the cells that ran, per side, and a line per changed side saying how."""
    ran = [cell for cell in cells if cell.state is not CellState.NOT_RUN]
    found: set[Change] = set()
    details = []
    for side in sides:
        records = [(labels[cell.combination], dict(cell.sides).get(side.name)) for cell in ran]
        seen = [(label, record) for label, record in records if record is not None]
        change = _side_change([record for _, record in seen])
        if change is None:
            continue
        found.add(change)
        details.append(f"{side.label}: {_grouped(seen, change)}")
    if not found and len({(cell.verdict, cell.state) for cell in ran}) > 1:
        found.add(Change.VALUES)
    return tuple(change for change in Change if change in found), tuple(details)


def _side_change(records: Sequence[SideRecord]) -> Change | None:
    """How one side's runs differ across combinations; None when they do not.

    An exception counts by its class's name: NumPy 2 moved ``numpy.core`` to ``numpy._core``,
    and the same exception from there is not a change.
    """
    if len({(r.outcome, _class(r.kind), r.types, r.digest) for r in records}) <= 1:
        return None
    errors = {_class(r.kind) for r in records if r.outcome is not Outcome.RESULT}
    outcomes = {(r.outcome, _class(r.kind)) for r in records}
    if len(outcomes) > 1 and errors & NAME_ERRORS:
        return Change.NAMES
    if len(outcomes) > 1:
        return Change.ERRORS
    if len({r.types for r in records}) > 1:
        return Change.DTYPES
    return Change.VALUES


def _class(kind: str) -> str:
    return kind.rsplit(".", 1)[-1]


def _grouped(seen: Sequence[tuple[str, SideRecord]], change: Change) -> str:
    """What one side did under which releases, as much as the change needs.

    ``raises AttributeError under NumPy 1.26.4; gives a result under NumPy 2.0.2, NumPy 2.2.6`` for
    names and exceptions; for types, only the parts whose types differ; for values, the results'
    shapes (and which releases agree on the values, when the shapes are the same).
    """
    groups: dict[str, list[str]] = {}
    digests: dict[str, int] = {}
    results = [record for _, record in seen if record.outcome is Outcome.RESULT]
    common = set.intersection(*(set(r.types) for r in results)) if results else set()
    same_shapes = len({r.result for r in results}) == 1
    for label, record in seen:
        if record.outcome is Outcome.ERROR:
            said = f"raises {record.kind}"
        elif record.outcome is not Outcome.RESULT:
            said = f"{record.outcome.value} ({record.kind})" if record.kind else record.outcome.value
        elif change in (Change.NAMES, Change.ERRORS):
            said = "gives a result"
        elif change is Change.DTYPES:
            said = ", ".join(t for t in record.types if t not in common)
        elif same_shapes:
            said = f"{record.result}, values #{digests.setdefault(record.digest, len(digests) + 1)}"
        else:
            said = record.result
        groups.setdefault(said, []).append(label)
    return "; ".join(f"{said} under {', '.join(labels)}" for said, labels in groups.items())
