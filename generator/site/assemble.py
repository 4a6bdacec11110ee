"""Gather what a build shows besides the judged catalog, then render pages and ``pairs.json`` from it.

Rendering is pure; the facts it needs from outside the catalog are read here, once: the NumPy
names the coverage page accounts for (from the installed NumPy, grouped by object, each group
checked against the installed PyTorch, the hand-written porting notes checked against both), the
figures that ``make bench-engine``, ``make bench-loop`` and ``make bench`` last recorded (in the
project's results folder), and the site's name and address (its configuration).
"""

import json
from pathlib import Path
from typing import Any

from generator.compare.pipeline import CatalogResult
from generator.execute.fingerprint import machine_fingerprint
from generator.matrix.merge import Matrix
from generator.measure.results import Performance, from_json
from generator.site.cite import CitationStore
from generator.site.config import SiteConfig, Templates
from generator.site.export import dumps, pairs_document
from generator.site.pages import BuildInfo
from generator.site.render import RenderedSite, render_site
from generator.site.universe import numpy_universe

ENGINE_BENCHMARK = "engine.json"
PERFORMANCE = Path("performance") / "performance.json"
LOOP_BENCHMARK = "loop.json"
MATRIX_BENCHMARK = "matrix.json"


def build_info(
    result: CatalogResult,
    date: str,
    *,
    site: SiteConfig,
    results_dir: Path,
    universe_cache: Path,
    matrix: Matrix | None = None,
) -> BuildInfo:
    """The facts about this build that pages show; ``matrix``: the version matrix, when one ran."""
    performance, figures = load_performance(results_dir / PERFORMANCE)
    return BuildInfo(
        date=date,
        versions=result.versions,
        site_name=site.site_name,
        sides=result.catalog.sides,
        numpy_names=numpy_universe(universe_cache),
        benchmark=load_benchmark(results_dir / ENGINE_BENCHMARK),
        site_url=site.site_url,
        performance=performance,
        performance_figures=figures,
        machine=machine_fingerprint(),
        loop=load_benchmark(results_dir / LOOP_BENCHMARK),
        matrix=matrix,
        matrix_benchmark=load_benchmark(results_dir / MATRIX_BENCHMARK),
    )


def load_benchmark(path: Path) -> dict[str, Any] | None:
    """The figures a benchmark last recorded, for the performance notes; None if it never ran."""
    try:
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return loaded


def load_performance(path: Path) -> tuple[Performance | None, tuple[tuple[str, bytes], ...]]:
    """The last ``generator.measure`` record and its figures; (None, ()) if it never ran."""
    try:
        record = from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, ()
    figures = tuple(
        (name, (path.parent / name).read_bytes()) for name in record.figures if (path.parent / name).is_file()
    )
    return record, figures


def render_result(
    result: CatalogResult,
    info: BuildInfo,
    templates: Templates,
    citations: Path | None,
    *,
    standalone: bool = True,
) -> tuple[RenderedSite, str]:
    """The pages and ``pairs.json`` for a judged catalog; citations are kept in ``citations``.

    ``standalone=False`` (the preview) leaves out the pairs' own pages, embeds and citations.
    """
    if not standalone:
        return render_site(result, info, templates, standalone=False), dumps(pairs_document(result, info))
    store = CitationStore(citations)
    site = render_site(result, info, templates, store)
    store.save()
    return site, dumps(pairs_document(result, info))
