"""Discover → execute → compare, gathered into one in-memory result that later stages render from."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from generator.compare.verdict import PairOutcome, judge
from generator.discover.catalog import Catalog, Pair
from generator.errors import EngineError
from generator.execute.contract import TimingRequest
from generator.execute.engine import Engine
from generator.execute.requests import ExecutionStats, RunRequest
from generator.execute.runs import SideRun
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

    def get(self, pair_id: str, side: str, threads: int) -> Timing | None:
        """One side's timing of one pair at ``threads`` threads, when it was taken."""
        return self.by_slot.get(TimingSlot(pair_id, side, threads))

    def thread_counts(self) -> tuple[int, ...]:
        """Every thread count some timing was taken at, ascending."""
        return tuple(sorted({slot.threads for slot in self.by_slot}))

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


@dataclass(frozen=True)
class CatalogResult:
    """Every pair's outcome, the versions that produced them, and what the run cost."""

    catalog: Catalog
    outcomes: tuple[PairOutcome, ...]
    versions: Mapping[str, str]
    stats: ExecutionStats
    timings: Timings = field(default_factory=Timings)
    """Per-call times of each pair's bodies, where ``make bench`` has taken them on this machine."""

    @property
    def failures(self) -> tuple[PairOutcome, ...]:
        """Outcomes whose pair does not hold its claim."""
        return tuple(o for o in self.outcomes if not o.judgement.holds)

    @property
    def holds(self) -> bool:
        """Whether every pair holds and the catalog itself has no problems."""
        return not self.failures and not self.catalog.problems


def run_requests(pair: Pair) -> list[RunRequest]:
    """The runs a pair needs: one per side that parsed, with the pair's own limits."""
    if pair.problems or pair.meta is None:
        return []
    return [
        RunRequest(
            pair_id=pair.id,
            snippet=snippet,
            timeout=pair.meta.timeout,
            memory=pair.meta.memory,
        )
        for snippet in pair.snippets
    ]


def catalog_requests(catalog: Catalog) -> list[RunRequest]:
    """Every run the catalog's well-formed pairs need."""
    return [request for pair in catalog.pairs for request in run_requests(pair)]


def run_catalog(
    catalog: Catalog,
    engine: Engine,
    *,
    prune: bool = False,
    durations: Mapping[str, float] | None = None,
) -> CatalogResult:
    """Run every well-formed pair of the catalog and judge each pair.

    The engine must run the catalog's sides: a pair would otherwise miss the runs it is judged on.
    With ``prune`` (the catalog is every pair there is), cache entries no pair uses are removed.
    ``durations`` (seconds by snippet path, from earlier runs) let the engine start the longest first.
    """
    if engine.sides != catalog.sides:
        raise EngineError(
            f"the engine runs the sides {[s.name for s in engine.sides]}, "
            f"the catalog has {[s.name for s in catalog.sides]}"
        )
    execution = engine.run(catalog_requests(catalog), prune=prune, durations=durations)
    by_pair: dict[str, dict[str, SideRun]] = {}
    for (pair_id, side), run in execution.runs.items():
        by_pair.setdefault(pair_id, {})[side] = run
    outcomes = []
    for pair in catalog.pairs:
        runs = by_pair.get(pair.id, {})
        outcomes.append(PairOutcome(pair=pair, runs=runs, judgement=judge(pair, runs, catalog.sides)))
    return CatalogResult(
        catalog=catalog, outcomes=tuple(outcomes), versions=engine.versions, stats=execution.stats
    )


def timing_request(threads: int) -> TimingRequest:
    """How ``make bench`` times a body at ``threads`` threads: batches of 10 ms, the median of three.

    The bodies are small calls; three batches of at least 10 ms each give a median as steady as
    five of 20 ms on them, in half the time. ``cached_timings`` looks timings up with the same
    settings, which are part of their cache key.
    """
    return TimingRequest(threads=threads, min_time=0.01, repeats=3, budget=0.5)


def time_catalog(
    catalog: Catalog, engine: Engine, threads: int, durations: Mapping[str, float] | None = None
) -> tuple[Timings, ExecutionStats]:
    """Time every snippet's body at ``threads`` threads (what the timing cache lacks is run now).

    ``durations`` (each snippet's last run) start the longest first.
    """
    execution = engine.run(catalog_requests(catalog), timing_request(threads), durations=durations)
    return _timings(execution.runs, threads), execution.stats


def cached_timings(catalog: Catalog, engine: Engine, threads: Sequence[int]) -> Timings:
    """The timings ``make bench`` took before on this machine for these exact snippets; nothing runs."""
    found, requests = Timings(), catalog_requests(catalog)
    for count in threads:
        found |= _timings(engine.cached_timings(requests, timing_request(count)), count)
    return found


def _timings(runs: Mapping[tuple[str, str], SideRun], threads: int) -> Timings:
    return Timings(
        {
            TimingSlot(pair_id, side, threads): run.timing
            for (pair_id, side), run in runs.items()
            if run.timing is not None
        }
    )
