"""Per-call times of pairs' bodies, as ``make bench`` took them: by pair, side and thread count.

A value of its own (not tuple keys looked up in several places) so that every stage asks it the
same questions: a side's timing, the thread counts measured, PyTorch's ratio to NumPy.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from generator.sides import SideRegistry
from generator.timer import Timing


@dataclass(frozen=True)
class TimingSlot:
    """Which timing: one side of one pair at one thread count."""

    pair_id: str
    side: str
    threads: int


@dataclass(frozen=True)
class Timings:
    """Per-call times of pairs' bodies, by pair, side and thread count, where ``make bench`` took them."""

    by_slot: Mapping[TimingSlot, Timing] = field(default_factory=dict)
    counts: tuple[int, ...] = field(init=False)
    """Every thread count some timing was taken at, ascending (asked once per pair shown)."""
    _by_key: Mapping[tuple[str, str, int], Timing] = field(init=False, repr=False, compare=False)
    """``by_slot`` by plain tuples: every page asks for every pair's timings, and a slot made and
    hashed per question was a good part of rendering them."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", tuple(sorted({slot.threads for slot in self.by_slot})))
        keyed = {(slot.pair_id, slot.side, slot.threads): timing for slot, timing in self.by_slot.items()}
        object.__setattr__(self, "_by_key", keyed)

    def get(self, pair_id: str, side: str, threads: int) -> Timing | None:
        """One side's timing of one pair at ``threads`` threads, when it was taken."""
        return self._by_key.get((pair_id, side, threads))

    def thread_counts(self) -> tuple[int, ...]:
        """Every thread count some timing was taken at, ascending."""
        return self.counts

    def ratio(self, pair_id: str, sides: SideRegistry, threads: int) -> float | None:
        """The second side's median over the reference's, at ``threads`` threads, when both were timed."""
        if len(sides) < 2:
            return None
        reference = self.get(pair_id, sides.reference.name, threads)
        other = self.get(pair_id, sides.sides[1].name, threads)
        if reference is None or other is None or reference.median <= 0:
            return None
        return other.median / reference.median

    def ratios(self, pair_ids: Iterable[str], sides: SideRegistry, threads: int) -> dict[str, float]:
        """The ratio of each of ``pair_ids`` that was timed at ``threads`` threads."""
        found = ((pair_id, self.ratio(pair_id, sides, threads)) for pair_id in pair_ids)
        return {pair_id: value for pair_id, value in found if value is not None}

    def pair_ids(self) -> tuple[str, ...]:
        """Every pair some timing was taken of, in the order they were taken."""
        return tuple(dict.fromkeys(slot.pair_id for slot in self.by_slot))

    def __or__(self, other: "Timings") -> "Timings":
        return Timings({**self.by_slot, **other.by_slot})

    def __len__(self) -> int:
        return len(self.by_slot)
