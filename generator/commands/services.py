"""What the commands share, free of argparse: loading the catalog, making the engine, the build date.

``cli`` turns options into a ``RunOptions`` and calls these; ``serve`` calls them too, so the
preview and the command line cannot drift apart, and neither imports the other.
"""

import os
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from generator.compare.pipeline import CatalogResult, catalog_requests, run_catalog
from generator.discover.catalog import Catalog, discover, select
from generator.discover.parse import SnippetParser, parse_snippet
from generator.execute.cache import RunCache
from generator.execute.engine import Engine
from generator.execute.fingerprint import usable_cores
from generator.execute.progress import progress_for
from generator.execute.requests import EngineSettings

EXIT_OK, EXIT_NOT_HOLDING, EXIT_ERROR = 0, 1, 2


@dataclass(frozen=True)
class RunOptions:
    """Which pairs to run, from where, with which limits and cache."""

    snippets: Path = Path("snippets")
    articles: Path = Path("articles")
    patterns: tuple[str, ...] = ()
    cache_dir: Path | None = Path(".cache/runs")
    timing_cache_dir: Path = Path(".cache/timings")
    settings: EngineSettings = field(default_factory=EngineSettings)
    quiet: bool = False


def load_catalog(options: RunOptions, parser: SnippetParser = parse_snippet) -> Catalog:
    """Discover and select the pairs a command works on (``parser``: see ``discover``)."""
    return select(discover(options.snippets, articles=options.articles, parser=parser), options.patterns)


def make_engine(options: RunOptions) -> Engine:
    """An engine with the options' limits, caches (None: no run cache) and progress display."""
    cache = RunCache(options.cache_dir) if options.cache_dir is not None else None
    progress = progress_for(sys.stderr, quiet=options.quiet)
    return Engine(options.settings, cache, progress, timing_cache=RunCache(options.timing_cache_dir))


def timing_threads() -> tuple[int, ...]:
    """The thread counts timings are taken at: one, and every core this process may use."""
    return tuple(sorted({1, usable_cores()}))


def run(
    options: RunOptions, catalog: Catalog, engine: Engine | None = None, *, prune: bool = False
) -> CatalogResult:
    """Run and judge the catalog, with ``engine`` when given (a warm one) or a fresh one.

    ``prune`` removes cache entries no pair uses; it applies only when every pair is selected,
    since a selection would prune the runs of the pairs it left out. What ``make bench`` ran on
    this machine for these exact snippets comes along (timings, and the results at each thread
    count, to compare); nothing more is timed.
    """
    prune = prune and not options.patterns
    if engine is not None:
        return run_catalog(catalog, engine, prune=prune, threads=timing_threads())
    with make_engine(options) as fresh:
        return run_catalog(catalog, fresh, prune=prune, threads=timing_threads())


def current_keys(options: RunOptions, catalog: Catalog) -> set[str]:
    """The cache keys of every run the catalog needs now (no snippet runs; no server starts)."""
    engine = Engine(options.settings, sides=catalog.sides)
    return {engine.key(request) for request in catalog_requests(catalog)}


def build_date() -> str:
    """Today (UTC), or the date SOURCE_DATE_EPOCH fixes, for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.date().isoformat()
