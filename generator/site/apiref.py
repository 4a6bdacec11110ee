"""Cross-references from library names to pairs: the API index and the cheat sheet's rows.

Names come from the code (resolved against the real libraries when each snippet ran), never typed
by hand, so searching the index for ``repeat_interleave`` finds every pair that calls it.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.compare.verdict import PairOutcome, Verdict
from generator.sides import SideRegistry

_SHORT_PREFIXES = (("numpy.ndarray.", "ndarray."), ("numpy.", "np."), ("torch.Tensor.", "Tensor."))


@dataclass(frozen=True)
class PairRef:
    """A link to a pair: its id, title and verdict."""

    id: str
    title: str
    verdict: Verdict


@dataclass(frozen=True)
class ApiEntry:
    """One library name and every pair whose code uses it."""

    name: str
    display: str
    pairs: tuple[PairRef, ...]


@dataclass(frozen=True)
class CheatRow:
    """One cheat-sheet row: the short form of each side of a pair, in the registry's order."""

    pair: PairRef
    calls: tuple[str, ...]


def display_name(name: str) -> str:
    """The usual spelling of a qualified name: ``np.linalg.norm``, ``ndarray.std``, ``Tensor.repeat``."""
    for prefix, short in _SHORT_PREFIXES:
        if name.startswith(prefix):
            return short + name[len(prefix) :]
    return name


def pair_ref(outcome: PairOutcome) -> PairRef:
    """The link data of a judged pair."""
    return PairRef(outcome.pair.id, outcome.pair.title, outcome.judgement.verdict)


def api_index(outcomes: Iterable[PairOutcome], sides: SideRegistry) -> Mapping[str, tuple[ApiEntry, ...]]:
    """For each side, every name used on that side, alphabetically, with the pairs that use it."""
    index: dict[str, dict[str, list[PairRef]]] = {side.name: {} for side in sides}
    for outcome in outcomes:
        for side_name, run in outcome.runs.items():
            for name in run.api:
                index[side_name].setdefault(name, []).append(pair_ref(outcome))
    return {
        side: tuple(
            ApiEntry(name, display_name(name), tuple(refs))
            for name, refs in sorted(names.items(), key=lambda item: display_name(item[0]).lower())
        )
        for side, names in index.items()
    }


def cheat_rows(outcomes: Iterable[PairOutcome], sides: SideRegistry) -> tuple[CheatRow, ...]:
    """A row per pair, in catalog order; a side without a declared short form shows the names it uses."""
    rows = []
    for outcome in outcomes:
        meta = outcome.pair.meta
        calls = tuple(
            (meta.call(side.name) if meta else None) or _names(outcome, side.name) for side in sides
        )
        rows.append(CheatRow(pair_ref(outcome), calls))
    return tuple(rows)


def _names(outcome: PairOutcome, side: str) -> str:
    run = outcome.runs.get(side)
    return ", ".join(display_name(name) for name in run.api[:3]) if run and run.api else "—"
