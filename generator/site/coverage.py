"""Coverage: the public NumPy API a porter meets, set against the names the pairs really use.

The universe (read from the installed libraries by ``universe``) arrives as groups: the names
bound to one object (``np.concat`` is ``np.concatenate``), so a pair that uses either name
covers both and the page counts the object once. Each group then gets one status, the first
that applies: a holding equal or both-raise pair uses it (verified); only documented differences
use it; the hand-written table says it is out of scope; the installed PyTorch has no name like
it (no counterpart, proved by the build); otherwise no pair yet.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from generator.compare.verdict import PairOutcome, Verdict
from generator.site.porting_notes import Scope


@dataclass(frozen=True)
class NameGroup:
    """Public NumPy names bound to one object, the canonical name first.

    ``torch_names`` are the names spelled like one of them that the installed PyTorch has (an
    empty tuple is the build's proof that it has none); ``out_of_scope`` and ``instead`` come from
    the hand-written tables, already checked against the universe.
    """

    names: tuple[str, ...]
    torch_names: tuple[str, ...]
    out_of_scope: Scope | None = None
    instead: str = ""

    @property
    def canonical(self) -> str:
        """The name the object calls itself."""
        return self.names[0]

    @property
    def aliases(self) -> tuple[str, ...]:
        """The other names of the same object."""
        return self.names[1:]


class Status(StrEnum):
    """What the catalog and the build prove about a group, in the order the page lists them."""

    VERIFIED = "verified"
    """A holding equal or both-raise pair uses it."""
    DIFFERS_ONLY = "differs_only"
    """Only documented differences use it."""
    OUT_OF_SCOPE = "out_of_scope"
    """The hand-written table says why it is out of scope."""
    NO_COUNTERPART = "no_counterpart"
    """The installed PyTorch has no name like it (the build's proof)."""
    MISSING = "missing"
    """No pair yet."""


@dataclass(frozen=True)
class Coverage:
    """The NumPy name groups a porter meets, by what the catalog and the build prove about each."""

    by_status: Mapping[Status, tuple[NameGroup, ...]]

    def of(self, status: Status) -> tuple[NameGroup, ...]:
        """The groups that have ``status``."""
        return self.by_status.get(status, ())

    @property
    def groups(self) -> tuple[NameGroup, ...]:
        """Every group, in the order of the statuses."""
        return tuple(group for status in Status for group in self.of(status))

    @property
    def total(self) -> int:
        """How many groups (distinct objects) the universe holds."""
        return len(self.groups)

    @property
    def names(self) -> int:
        """How many names the universe holds, aliases included."""
        return sum(len(group.names) for group in self.groups)


def coverage(outcomes: Iterable[PairOutcome], universe: Iterable[NameGroup], side: str = "numpy") -> Coverage:
    """Give each group its status; a pair's use of any name of a group counts for the whole group.

    ``side`` is the side whose code is read: the NumPy side, which the universe describes.
    """
    verified: set[str] = set()
    differs: set[str] = set()
    for outcome in outcomes:
        run = outcome.runs.get(side)
        if run is None or not outcome.judgement.holds:
            continue
        target = differs if outcome.judgement.verdict is Verdict.DIFFERS else verified
        target.update(run.api)
    found: dict[Status, list[NameGroup]] = {status: [] for status in Status}
    for group in universe:
        found[_status(group, verified, differs)].append(group)
    return Coverage({status: tuple(groups) for status, groups in found.items()})


def _status(group: NameGroup, verified: set[str], differs: set[str]) -> Status:
    """The first status that applies to a group."""
    if not verified.isdisjoint(group.names):
        return Status.VERIFIED
    if not differs.isdisjoint(group.names):
        return Status.DIFFERS_ONLY
    if group.out_of_scope is not None:
        return Status.OUT_OF_SCOPE
    return Status.MISSING if group.torch_names else Status.NO_COUNTERPART
