"""Gather what a build shows besides the judged catalog, then render pages and ``pairs.json`` from it.

Rendering is pure; the facts it needs from outside the catalog are read here, once: the NumPy
names the coverage page accounts for (from the installed NumPy) and the figures that
``make bench-engine`` and ``make bench-loop`` last recorded (from the project's
``bench/results/``, relative to the folder the command runs in, so an installed package finds
them too).
"""

import json
from pathlib import Path
from typing import Any

from generator.compare.pipeline import CatalogResult
from generator.site.coverage import numpy_universe
from generator.site.export import dumps, pairs_document
from generator.site.pages import BuildInfo
from generator.site.render import TEMPLATES, RenderedSite, render_site

RESULTS_DIR = Path("bench") / "results"
ENGINE_BENCHMARK = "engine.json"
LOOP_BENCHMARK = "loop.json"


def build_info(result: CatalogResult, date: str, results_dir: Path = RESULTS_DIR) -> BuildInfo:
    """The facts about this build that pages show."""
    return BuildInfo(
        date=date,
        versions=result.versions,
        numpy_names=numpy_universe(),
        benchmark=load_benchmark(results_dir / ENGINE_BENCHMARK),
        loop=load_benchmark(results_dir / LOOP_BENCHMARK),
    )


def load_benchmark(path: Path) -> dict[str, Any] | None:
    """The figures a benchmark last recorded, for the performance notes; None if it never ran."""
    try:
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return loaded


def render_result(
    result: CatalogResult, info: BuildInfo, templates: Path = TEMPLATES
) -> tuple[RenderedSite, str]:
    """The pages and ``pairs.json`` for a judged catalog."""
    return render_site(result, info, templates), dumps(pairs_document(result, info))
