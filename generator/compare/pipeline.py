"""Discover → execute → compare, gathered into one in-memory result that later stages render from."""

from collections.abc import Mapping
from dataclasses import dataclass

from generator.compare.verdict import PairOutcome, judge
from generator.discover.catalog import Catalog, Pair
from generator.errors import EngineError
from generator.execute.engine import Engine, ExecutionStats, RunRequest
from generator.execute.runs import SideRun


@dataclass(frozen=True)
class CatalogResult:
    """Every pair's outcome, the versions that produced them, and what the run cost."""

    catalog: Catalog
    outcomes: tuple[PairOutcome, ...]
    versions: Mapping[str, str]
    stats: ExecutionStats

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
        outcomes.append(PairOutcome(pair=pair, runs=runs, judgement=judge(pair, runs, catalog.sides)))
    return CatalogResult(
        catalog=catalog, outcomes=tuple(outcomes), versions=engine.versions, stats=execution.stats
    )
