"""Discover → execute → compare, gathered into one in-memory result that later stages render from.

After each pair is judged, the pairs are checked against each other: each documented difference's
fix must be a proved faithful form (``fixes``), each value prose quotes must exist (``quotes``),
and, where ``make bench`` ran the snippets at several thread counts on this machine, each pair's
results are compared across them (``threads``).
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from generator.compare.fixes import check_fixes
from generator.compare.quotes import QuoteContext, Quotes, quote_all
from generator.compare.threads import ThreadCheck, thread_check
from generator.compare.timings import Timings, TimingSlot
from generator.compare.verdict import Judgement, PairOutcome, judge, outside_requirement
from generator.discover.catalog import Catalog, Pair
from generator.discover.references import Quoted, Reference, pair_quotes
from generator.errors import EngineError, Problem
from generator.execute.contract import TimingRequest
from generator.execute.engine import Engine
from generator.execute.requests import Execution, ExecutionStats, RunRequest
from generator.execute.runs import SideRun
from generator.sides import SideRegistry


@dataclass(frozen=True)
class CatalogResult:
    """Every pair's outcome, the versions that produced them, and what the run cost."""

    catalog: Catalog
    outcomes: tuple[PairOutcome, ...]
    versions: Mapping[str, str]
    stats: ExecutionStats
    timings: Timings = field(default_factory=Timings)
    """Per-call times of each pair's bodies, where ``make bench`` has taken them on this machine."""
    threads: Mapping[str, ThreadCheck] = field(default_factory=dict)
    """By pair id, its results compared across thread counts, where ``make bench`` ran it."""
    quotes: Quotes = field(default_factory=Quotes)
    """The values prose quotes, found in the runs."""
    problems: tuple[Problem, ...] = ()
    """Problems found by comparing, outside any pair: an article's quoted value that has none."""

    @property
    def failures(self) -> tuple[PairOutcome, ...]:
        """Outcomes whose pair does not hold its claim."""
        return tuple(o for o in self.outcomes if not o.judgement.holds)

    @property
    def holds(self) -> bool:
        """Whether every pair holds and neither the catalog nor its comparison has problems."""
        return not self.failures and not self.catalog.problems and not self.problems


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


TimedRuns = Mapping[int, Mapping[tuple[str, str], SideRun]]
"""Runs ``make bench`` made, by thread count, then by (pair id, side name): each computed at that count."""


def run_catalog(
    catalog: Catalog,
    engine: Engine,
    *,
    prune: bool = False,
    threads: Sequence[int] = (),
    durations: Mapping[str, float] | None = None,
) -> CatalogResult:
    """Run every well-formed pair of the catalog, judge each pair, then check them against each other.

    The engine must run the catalog's sides: a pair would otherwise miss the runs it is judged on.
    With ``prune`` (the catalog is every pair there is), cache entries no pair uses are removed.
    ``threads`` are the thread counts ``make bench`` runs at: what it ran at them on this machine
    for these exact snippets comes along (timings, and results to compare); nothing more runs.
    ``durations`` (seconds by snippet path, from earlier runs) let the engine start the longest first.
    """
    execution = execute_catalog(catalog, engine, prune=prune, durations=durations)
    return judge_catalog(
        catalog, execution.runs, timed_runs(catalog, engine, threads), engine.versions, execution.stats
    )


def execute_catalog(
    catalog: Catalog, engine: Engine, *, prune: bool = False, durations: Mapping[str, float] | None = None
) -> Execution:
    """Every run the catalog's well-formed pairs need, from the cache or run now (longest first)."""
    if engine.sides != catalog.sides:
        raise EngineError(
            f"the engine runs the sides {[s.name for s in engine.sides]}, "
            f"the catalog has {[s.name for s in catalog.sides]}"
        )
    return engine.run(catalog_requests(catalog), prune=prune, durations=durations)


def timed_runs(
    catalog: Catalog, engine: Engine, threads: Sequence[int]
) -> dict[int, Mapping[tuple[str, str], SideRun]]:
    """What ``make bench`` ran of these exact snippets on this machine, at each thread count; nothing runs."""
    requests = catalog_requests(catalog)
    return {count: engine.cached_timings(requests, timing_request(count)) for count in threads}


@dataclass(frozen=True)
class _Judged:
    """One pair's own judgement and thread check, with the very values they were made from."""

    pair: Pair
    runs: Mapping[str, SideRun]
    threaded: Mapping[tuple[str, int], SideRun]
    counts: tuple[int, ...]
    sides: SideRegistry
    judgement: Judgement
    check: ThreadCheck | None
    quoted: tuple[Quoted, ...]
    """The values the pair's prose quotes (``pair_quotes``): found again after every run."""

    def made_from(
        self,
        pair: Pair,
        runs: Mapping[str, SideRun],
        threaded: Mapping[tuple[str, int], SideRun],
        counts: tuple[int, ...],
        sides: SideRegistry,
    ) -> bool:
        """Whether these are the values this was made from: the same pair, the same run objects."""
        return (
            self.counts == counts
            and self.sides == sides
            and _same_objects(self.runs, runs)
            and _same_objects(self.threaded, threaded)
            and self.pair == pair
        )


def _same_objects(before: Mapping[Any, SideRun], now: Mapping[Any, SideRun]) -> bool:
    return before.keys() == now.keys() and all(run is before[key] for key, run in now.items())


@dataclass
class JudgedPairs:
    """Each pair's own judgement and thread check, kept between builds by the pipeline.

    Both depend on the pair and its runs alone. A pair whose parsed files are the same and whose
    runs are the very objects judged last time (a build keeps an unchanged pair's runs, and this
    value travels with them) keeps both; checking the pairs against each other (fixes, quotes)
    is always done again. Mutable: ``judge_catalog`` replaces what it holds.
    """

    by_pair: dict[str, _Judged] = field(default_factory=dict)


def judge_catalog(
    catalog: Catalog,
    runs: Mapping[tuple[str, str], SideRun],
    timed: TimedRuns,
    versions: Mapping[str, str],
    stats: ExecutionStats,
    *,
    judged: JudgedPairs | None = None,
) -> CatalogResult:
    """Judge each pair from its runs, then the pairs against each other; nothing runs here.

    A pair whose ``requires`` excludes ``versions`` does not hold: the catalog is proven on these
    versions, and a pair must apply to them. ``timed`` compares each pair's results across the
    thread counts ``make bench`` ran (and gives the timings the pages show). ``judged`` holds the
    pairs judged last time, and is left holding these.
    """
    earlier = judged.by_pair if judged is not None else {}
    now: dict[str, _Judged] = {}
    by_pair: dict[str, dict[str, SideRun]] = {}
    for (pair_id, side), run in runs.items():
        by_pair.setdefault(pair_id, {})[side] = run
    threaded: dict[str, dict[tuple[str, int], SideRun]] = {}
    for count, found in timed.items():
        for (pair_id, side), run in found.items():
            threaded.setdefault(pair_id, {})[side, count] = run
    counts = tuple(sorted(timed))
    outcomes = []
    checks: dict[str, ThreadCheck] = {}
    for pair in catalog.pairs:
        pair_runs = by_pair.get(pair.id, {})
        pair_threaded = threaded.get(pair.id, {})
        own = earlier.get(pair.id)
        if own is None or not own.made_from(pair, pair_runs, pair_threaded, counts, catalog.sides):
            own = _Judged(
                pair,
                pair_runs,
                pair_threaded,
                counts,
                catalog.sides,
                judge(pair, pair_runs, catalog.sides),
                thread_check(pair, pair_runs, pair_threaded, counts, catalog.sides),
                pair_quotes(pair.snippets, pair.meta, catalog.sides),
            )
        now[pair.id] = own
        judgement = own.judgement
        if pair.meta and (unmet := pair.meta.unmet(versions)):
            judgement = outside_requirement(judgement, unmet, versions)
        outcomes.append(PairOutcome(pair=pair, runs=pair_runs, judgement=judgement))
        if own.check is not None:
            checks[pair.id] = own.check
    if judged is not None:
        judged.by_pair = now
    timings = Timings()
    for count, found in timed.items():
        timings |= _timings(found, count)
    return settle(
        CatalogResult(
            catalog=catalog,
            outcomes=check_fixes(outcomes, catalog.sides),
            versions=versions,
            stats=stats,
            timings=timings,
            threads=checks,
        ),
        {pair_id: own.quoted for pair_id, own in now.items()},
    )


def settle(result: CatalogResult, quoted: Mapping[str, tuple[Quoted, ...]] | None = None) -> CatalogResult:
    """The result with every quoted value found.

    A pair whose prose quotes a value that has none does not hold; an article's such quote is a
    problem of the result. The judgements' summaries (which hold the difference) are filled in.
    ``quoted`` holds what each pair's prose quotes, where it was found already.
    """
    sides = result.catalog.sides
    by_id = {outcome.pair.id: outcome for outcome in result.outcomes}
    context = QuoteContext(sides, result.timings, result.threads)
    values: dict[Reference, str] = {}
    outcomes = []
    known = quoted or {}
    for outcome in result.outcomes:
        pair = outcome.pair
        found = known.get(pair.id)
        quotes, problems = quote_all(
            found if found is not None else pair_quotes(pair.snippets, pair.meta, sides), by_id, context
        )
        values.update(quotes.values)
        judgement = outcome.judgement
        if problems:
            judgement = replace(judgement, holds=False, details=(*map(str, problems), *judgement.details))
        outcomes.append(
            replace(outcome, judgement=replace(judgement, summary=quotes.fill(judgement.summary)))
        )
    in_articles = [each for article in result.catalog.articles for each in article.quotes]
    quotes, problems = quote_all(in_articles, by_id, context)
    values.update(quotes.values)
    return replace(result, outcomes=tuple(outcomes), quotes=Quotes(values), problems=problems)


def timing_request(threads: int) -> TimingRequest:
    """How ``make bench`` times a body at ``threads`` threads: batches of 10 ms, the median of three.

    The bodies are small calls; three batches of 10 ms each give a median as steady as five of
    20 ms on them, in half the time. ``cached_timings`` looks timings up with the same
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
