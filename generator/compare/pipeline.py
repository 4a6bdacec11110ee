"""Discover → execute → compare, gathered into one in-memory result that later stages render from."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from generator.compare.verdict import PairOutcome, judge, outside_requirement
from generator.discover.catalog import Catalog, Pair
from generator.errors import EngineError
from generator.execute.contract import TimingRequest
from generator.execute.engine import Engine
from generator.execute.requests import ExecutionStats, RunRequest
from generator.execute.runs import SideRun
from generator.timer import Timing

TimingKey = tuple[str, str, int]
"""(pair id, side name, thread count)."""


@dataclass(frozen=True)
class CatalogResult:
    """Every pair's outcome, the versions that produced them, and what the run cost."""

    catalog: Catalog
    outcomes: tuple[PairOutcome, ...]
    versions: Mapping[str, str]
    stats: ExecutionStats
    timings: Mapping[TimingKey, Timing] = field(default_factory=dict)
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


def run_catalog(catalog: Catalog, engine: Engine, *, prune: bool = False) -> CatalogResult:
    """Run every well-formed pair of the catalog and judge each pair.

    The engine must run the catalog's sides: a pair would otherwise miss the runs it is judged on.
    With ``prune`` (the catalog is every pair there is), cache entries no pair uses are removed.
    A pair whose ``requires`` excludes the engine's versions does not hold: the catalog is proven on
    these versions, and a pair must apply to them.
    """
    if engine.sides != catalog.sides:
        raise EngineError(
            f"the engine runs the sides {[s.name for s in engine.sides]}, "
            f"the catalog has {[s.name for s in catalog.sides]}"
        )
    execution = engine.run(catalog_requests(catalog), prune=prune)
    by_pair: dict[str, dict[str, SideRun]] = {}
    for (pair_id, side), run in execution.runs.items():
        by_pair.setdefault(pair_id, {})[side] = run
    outcomes = []
    for pair in catalog.pairs:
        runs = by_pair.get(pair.id, {})
        judgement = judge(pair, runs, catalog.sides)
        if pair.meta and (unmet := pair.meta.unmet(engine.versions)):
            judgement = outside_requirement(judgement, unmet, engine.versions)
        outcomes.append(PairOutcome(pair=pair, runs=runs, judgement=judgement))
    return CatalogResult(
        catalog=catalog, outcomes=tuple(outcomes), versions=engine.versions, stats=execution.stats
    )


def time_catalog(
    catalog: Catalog, engine: Engine, threads: int
) -> tuple[Mapping[TimingKey, Timing], ExecutionStats]:
    """Time every snippet's body at ``threads`` threads (what the timing cache lacks is run now)."""
    execution = engine.run(catalog_requests(catalog), TimingRequest(threads=threads))
    return _timings(execution.runs, threads), execution.stats


def cached_timings(catalog: Catalog, engine: Engine, threads: Sequence[int]) -> Mapping[TimingKey, Timing]:
    """The timings ``make bench`` took before on this machine for these exact snippets; nothing runs."""
    found: dict[TimingKey, Timing] = {}
    for count in threads:
        found.update(
            _timings(engine.cached_timings(catalog_requests(catalog), TimingRequest(threads=count)), count)
        )
    return found


def _timings(runs: Mapping[tuple[str, str], SideRun], threads: int) -> dict[TimingKey, Timing]:
    return {
        (pair_id, side, threads): run.timing
        for (pair_id, side), run in runs.items()
        if run.timing is not None
    }
