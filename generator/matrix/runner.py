"""Run the catalog under one combination: its environment, an engine on that interpreter, a record.

Each combination keeps its own run cache (``<cache>/<combination>``): the keys already hold the
versions, but a full build prunes the entries its own snippets do not use, and a CI job caches
and restores one combination's runs alone. A combination whose environment cannot be created,
or whose interpreter loads other releases than it asked for, is recorded as not installed with
the reason: the matrix goes on with the others.
"""

import time
from dataclasses import replace
from pathlib import Path

from generator.compare.pipeline import run_catalog
from generator.discover.catalog import Catalog
from generator.execute.cache import RunCache
from generator.execute.engine import Engine
from generator.execute.progress import Progress
from generator.execute.requests import EngineSettings
from generator.matrix.combos import Combination
from generator.matrix.envs import InstallError, PackageSources, ensure_environment
from generator.matrix.record import CombinationRecord, record_of


def run_combination(
    combination: Combination,
    catalog: Catalog,
    settings: EngineSettings,
    *,
    envs: Path,
    cache: Path | None,
    sources: PackageSources,
    progress: Progress | None = None,
    prune: bool = False,
) -> CombinationRecord:
    """Create (or reuse) the combination's environment, run the catalog there, and record it.

    ``cache`` is the folder of every combination's run cache (None: run everything); ``prune``
    removes this combination's entries that no pair uses (only when the catalog is every pair).
    """
    try:
        environment = ensure_environment(combination, envs, sources, catalog.sides)
    except InstallError as exc:
        return CombinationRecord(combination=combination, installed=False, versions={}, reason=str(exc))
    started = time.perf_counter()
    runs = RunCache(cache / combination.name) if cache is not None else None
    with Engine(replace(settings, python=str(environment.python)), runs, progress, catalog.sides) as engine:
        result = run_catalog(catalog, engine, prune=prune)
    if not combination.matches(result.versions):
        return CombinationRecord(
            combination=combination,
            installed=False,
            versions=dict(result.versions),
            reason=f"its environment loaded {dict(result.versions)}, not the releases it installed: another "
            "copy of a library shadows them (is the generator installed into a site-packages with NumPy?)",
        )
    return record_of(
        combination,
        result,
        environment_seconds=environment.seconds,
        environment_created=environment.created,
        run_seconds=time.perf_counter() - started,
        executed=result.stats.executed,
        cached=result.stats.cached,
    )
