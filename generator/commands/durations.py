"""How long each snippet took when it last ran, kept between commands so the engine starts the longest first.

A cold build is bound by its longest snippets: if one of them starts last, every other worker
idles while it ends. The run cache knows a run's duration only under its exact key, which an edit
or a cleared cache loses; this file keeps the last duration of every snippet by the path it is
shown under, so an edited snippet, or every snippet after ``cache clear``, is still scheduled by
what it cost the last time. It only orders work: a wrong or missing entry never changes a result.
"""

import json
import math
from collections.abc import Mapping
from pathlib import Path

from generator.compare.pipeline import CatalogResult
from generator.files import write_atomically


def load_durations(path: Path) -> dict[str, float]:
    """The recorded durations; entries that are not a path and a finite, non-negative number are dropped."""
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    if not isinstance(loaded, dict):
        return {}
    return {
        str(name): float(seconds)
        for name, seconds in loaded.items()
        if isinstance(seconds, int | float) and not isinstance(seconds, bool) and 0 <= seconds < math.inf
    }


def run_durations(result: CatalogResult) -> dict[str, float]:
    """Every run's duration in a judged catalog, by the snippet's display path."""
    found: dict[str, float] = {}
    for outcome in result.outcomes:
        for snippet in outcome.pair.snippets:
            run = outcome.runs.get(snippet.side.name)
            if run is not None and run.seconds is not None:
                found[snippet.display_path] = round(run.seconds, 4)
    return found


def save_durations(path: Path, known: Mapping[str, float], found: Mapping[str, float], *, only: bool) -> None:
    """Record ``found`` over ``known`` (``only``: ``found`` alone, when it covers every snippet).

    The file is replaced atomically and left alone when nothing in it would change.
    """
    merged = dict(sorted((dict(found) if only else {**known, **found}).items()))
    if merged == dict(sorted(known.items())) and path.is_file():
        return
    write_atomically(path, json.dumps(merged, indent=0).encode("utf-8"))
