"""Cross-references from library names to pairs: the API index and the cheat sheet's rows.

Names come from the code (resolved against the real libraries when each snippet ran), never typed
by hand, so searching the index for ``repeat_interleave`` finds every pair that calls it.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.compare.verdict import PairOutcome
from generator.sides import NUMPY, SIDES, TORCH

_SHORT_PREFIXES = (("numpy.ndarray.", "ndarray."), ("numpy.", "np."), ("torch.Tensor.", "Tensor."))


@dataclass(frozen=True)
class PairRef:
    """A link to a pair: its id, title, verdict and whether it holds."""

    id: str
    title: str
    verdict: str
    holds: bool


@dataclass(frozen=True)
class ApiEntry:
    """One library name and every pair whose code uses it."""

    name: str
    display: str
    pairs: tuple[PairRef, ...]


@dataclass(frozen=True)
class CheatRow:
    """One cheat-sheet row: the short NumPy and PyTorch forms of a pair."""

    pair: PairRef
    section_title: str
    numpy_call: str
    torch_call: str


def display_name(name: str) -> str:
    """The usual spelling of a qualified name: ``np.linalg.norm``, ``ndarray.std``, ``Tensor.repeat``."""
    for prefix, short in _SHORT_PREFIXES:
        if name.startswith(prefix):
            return short + name[len(prefix) :]
    return name


def pair_ref(outcome: PairOutcome) -> PairRef:
    """The link data of a judged pair."""
    return PairRef(outcome.pair.id, outcome.pair.title, outcome.verdict.verdict, outcome.verdict.holds)


def api_index(outcomes: Iterable[PairOutcome]) -> Mapping[str, tuple[ApiEntry, ...]]:
    """For each side, every name used on that side, alphabetically, with the pairs that use it."""
    index: dict[str, dict[str, list[PairRef]]] = {side.name: {} for side in SIDES}
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


def cheat_rows(outcomes: Iterable[PairOutcome], section_titles: Mapping[str, str]) -> tuple[CheatRow, ...]:
    """A row per pair, in catalog order; a side without a declared short form shows the names it uses."""
    rows = []
    for outcome in outcomes:
        meta = outcome.pair.meta
        numpy_call = meta.numpy_call if meta and meta.numpy_call else _names(outcome, NUMPY.name)
        torch_call = meta.torch_call if meta and meta.torch_call else _names(outcome, TORCH.name)
        rows.append(CheatRow(pair_ref(outcome), section_titles[outcome.pair.section], numpy_call, torch_call))
    return tuple(rows)


def _names(outcome: PairOutcome, side: str) -> str:
    run = outcome.runs.get(side)
    return ", ".join(display_name(name) for name in run.api[:3]) if run and run.api else "—"
