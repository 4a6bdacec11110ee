"""``np2t matrix``: the catalog under every combination of releases, then the site.

``run`` creates (or reuses) each combination's environment, runs the catalog there and writes its
record into the records folder; ``site`` merges the records it finds there with this
environment's own run and builds the site; ``all`` (``make matrix``) does both. A CI workflow
runs ``run`` once per job and ``site`` in a final job over the records the jobs uploaded: the
merge is this same code. A combination that cannot be installed is reported and skipped; a pair
that fails under some release is shown so; only a pair that fails under this site's own releases,
or a ``requires`` the runs contradict, stops the build.
"""

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.commands.pipeline import EXIT_ERROR, EXIT_NOT_HOLDING, EXIT_OK, Pipeline
from generator.commands.project import Project
from generator.commands.report import failure_report
from generator.discover.catalog import Catalog
from generator.execute.fingerprint import machine_fingerprint
from generator.execute.progress import progress_for
from generator.matrix.combos import DEFAULT_COMBINATIONS, Combination, parse_combination
from generator.matrix.envs import PackageSources, footprint
from generator.matrix.merge import Matrix, merge
from generator.matrix.record import CombinationRecord, read_record, to_json
from generator.matrix.runner import run_combination


@dataclass(frozen=True)
class MatrixPaths:
    """Where the matrix keeps its environments, its per-combination run caches and its records."""

    envs: Path
    runs: Path
    records: Path

    @classmethod
    def of(cls, project: Project, args: argparse.Namespace) -> "MatrixPaths":
        """The folders the command line names, else the project's cache's own."""
        root, cache = project.paths.root, project.paths.cache
        return cls(
            envs=root / args.envs if args.envs else cache / "envs",
            runs=root / args.matrix_cache if args.matrix_cache else cache / "matrix" / "runs",
            records=root / args.records if args.records else cache / "matrix" / "records",
        )


def matrix(project: Project, args: argparse.Namespace) -> int:
    """``np2t matrix run|site|all``: see the module's docstring."""
    try:
        combinations = [parse_combination(spec) for spec in args.combination or ()] or DEFAULT_COMBINATIONS
    except ValueError as exc:
        print(f"error: --combination: {exc}", file=sys.stderr)
        return EXIT_ERROR
    paths = MatrixPaths.of(project, args)
    if args.action == "run":
        run_matrix(project, combinations, paths)
        return EXIT_OK
    if args.action == "site":
        status, _ = matrix_site(project, read_records(paths.records), keep_going=args.keep_going)
        return status
    started, load = time.perf_counter(), os.getloadavg()
    with Pipeline(project) as pipeline:
        catalog = pipeline.discover()
    records = run_matrix(project, combinations, paths, catalog)
    status, _ = matrix_site(project, records, keep_going=args.keep_going, catalog=catalog)
    if args.record is not None:
        costs = measurements(records, paths, time.perf_counter() - started, load, project.date)
        write_measurements(project.paths.root / args.record, costs)
    return status


def run_matrix(
    project: Project,
    combinations: Sequence[Combination],
    paths: MatrixPaths,
    catalog: Catalog | None = None,
) -> list[CombinationRecord]:
    """Run the catalog under each combination, writing each record as soon as it is made."""
    if catalog is None:
        with Pipeline(project) as pipeline:
            catalog = pipeline.discover()
    sources = PackageSources.from_pip()
    paths.records.mkdir(parents=True, exist_ok=True)
    records = []
    for combination in combinations:
        print(f"{combination.name}: preparing its environment", file=sys.stderr)
        record = run_combination(
            combination,
            catalog,
            project.engine,
            envs=paths.envs,
            cache=paths.runs if project.use_cache else None,
            sources=sources,
            progress=progress_for(sys.stderr, quiet=project.quiet),
            prune=not project.patterns,
        )
        (paths.records / f"{combination.name}.json").write_text(to_json(record), encoding="utf-8")
        print(_line(record))
        records.append(record)
    return records


def read_records(folder: Path) -> list[CombinationRecord]:
    """Every record in a records folder (what ``run`` wrote, or what CI jobs uploaded), by name."""
    return [read_record(path) for path in sorted(folder.glob("*.json"))]


def matrix_site(
    project: Project,
    records: Sequence[CombinationRecord],
    *,
    keep_going: bool = False,
    catalog: Catalog | None = None,
) -> tuple[int, Matrix]:
    """Run the catalog here (the pinned releases), merge the records, and build the site with them.

    Returns the exit status and the merged matrix. Like ``build``, a pair that does not hold here,
    or under a record of these same releases, leaves ``site/`` as it was, unless ``keep_going``.
    """
    project.site_config  # noqa: B018 - a missing configuration fails before anything runs
    site_dir = project.paths.shown(project.paths.site)
    with Pipeline(replace(project, patterns=())) as pipeline:
        catalog = catalog or pipeline.discover()
        result = pipeline.judge(catalog, prune=True)
        merged = merge(catalog, records, result.versions)
        for note in merged.notes:
            print(f"note: {note}", file=sys.stderr)
        report = failure_report(result)
        if report:
            print(report, file=sys.stderr)
        for failure in merged.failures:
            print(f"error: {failure}", file=sys.stderr)
        if (not result.holds or merged.failures) and not keep_going:
            print(f"\n{site_dir}/ was left as it was (use --keep-going to build anyway)", file=sys.stderr)
            return EXIT_NOT_HOLDING, merged
        pipeline.build(pipeline.render(result, matrix=merged))
    ran = sum(1 for column in merged.columns if column.installed)
    print(
        f"built {site_dir}/ from {len(result.outcomes)} pairs under {ran} combinations of releases; "
        f"{len(merged.varying())} pairs change between them"
    )
    return EXIT_OK, merged


def measurements(
    records: Sequence[CombinationRecord],
    paths: MatrixPaths,
    total: float,
    load_before: Sequence[float],
    date: str,
) -> dict[str, Any]:
    """What ``make matrix`` cost: per combination, its environment (time, disk) and its run; in all.

    The load averages before and after say how busy the machine was: others' work slows every run.
    """
    combinations = []
    for record in records:
        disk, alone = footprint(paths.envs / record.combination.name) if record.installed else (0, 0)
        combinations.append(
            {
                "name": record.combination.name,
                "installed": record.installed,
                "environment_seconds": round(record.environment_seconds, 2),
                "environment_created": record.environment_created,
                "run_seconds": round(record.run_seconds, 2),
                "executed": record.executed,
                "cached": record.cached,
                "environment_bytes": disk,
                "environment_bytes_not_shared": alone,
            }
        )
    return {
        "date": date,
        "machine": machine_fingerprint(),
        "load_before": [round(value, 2) for value in load_before],
        "load_after": [round(value, 2) for value in os.getloadavg()],
        "combinations": combinations,
        "total_seconds": round(total, 2),
    }


def write_measurements(path: Path, document: dict[str, Any]) -> None:
    """Record the measurements as JSON (the performance notes read them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")


def _line(record: CombinationRecord) -> str:
    name = record.combination.name
    if not record.installed:
        return f"{name}: not installed, skipped: {' '.join(record.reason.split())}"
    pairs = record.pairs or {}
    holding = sum(1 for pair in pairs.values() if pair.holds)
    environment = f"created in {record.environment_seconds:.1f} s" if record.environment_created else "reused"
    return (
        f"{name}: {holding} of {len(pairs)} pairs hold their claim (environment {environment}; "
        f"ran in {record.run_seconds:.1f} s, {record.executed} snippets executed, {record.cached} cached)"
    )
