"""The machine-readable index, ``pairs.json``: every pair with its code, output, result and verdict.

Readers and tools rely on its keys: they may gain siblings, never lose or change meaning.
Strict JSON: non-finite numbers are written as the strings ``"nan"``, ``"inf"`` and ``"-inf"``,
complex numbers as ``{"re": …, "im": …}``.
"""

import json
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from generator.compare.pipeline import CatalogResult, TimingKey
from generator.compare.verdict import PairOutcome
from generator.discover.parse import Snippet
from generator.execute.runs import SideRun
from generator.execute.values import Value, fold
from generator.matrix.merge import Matrix
from generator.sides import SideRegistry
from generator.site.across import matrix_document, pair_document
from generator.site.pages import BuildInfo
from generator.site.timings import ratio, thread_counts
from generator.site.traps import trap_of
from generator.site.views import embed_page, figure_path, pair_page, pair_url
from generator.timer import Timing

SCHEMA = 1
MAX_VALUES = 10_000
"""Results with more elements carry ``"values": null`` (shape and dtype are still given)."""


def pairs_document(result: CatalogResult, info: BuildInfo) -> dict[str, Any]:
    """The whole index as plain JSON-ready data; each side of the registry has its key per pair."""
    counts = thread_counts(result.timings)
    return {
        "schema": SCHEMA,
        "generated": info.date,
        "versions": dict(info.versions),
        "pairs": [
            pair_entry(
                outcome, result.catalog.sides, info.site_url, result.timings, counts, matrix=info.matrix
            )
            for outcome in result.outcomes
        ],
        "matrix": matrix_document(info.matrix),
    }


def dumps(document: dict[str, Any]) -> str:
    """Serialise strictly (no NaN literals), keeping non-ASCII text readable."""
    return json.dumps(document, ensure_ascii=False, allow_nan=False, indent=1) + "\n"


def permalink(pair_id: str, site_url: str | None) -> str:
    """The pair's own page: absolute when the site's address is known, else relative to the site root."""
    page = pair_page(pair_id)
    return f"{site_url.rstrip('/')}/{page}" if site_url else page


def pair_entry(
    outcome: PairOutcome,
    sides: SideRegistry,
    site_url: str | None = None,
    timings: Mapping[TimingKey, Timing] | None = None,
    counts: tuple[int, ...] | None = None,
    *,
    matrix: Matrix | None = None,
) -> dict[str, Any]:
    """One pair of ``pairs.json``; also the JSON form of a citation.

    ``timing`` per side lists the per-call timings ``make bench`` took (one entry per thread
    count); ``ratio`` maps each thread count to the second side's median over the reference's.
    ``requires`` is the releases the pair states it applies to; ``across`` its results under each
    combination of the version matrix (null when the build ran none).
    """
    timings = timings or {}
    pair, verdict = outcome.pair, outcome.judgement
    meta = pair.meta
    entry: dict[str, Any] = {
        "id": pair.id,
        "title": pair.title,
        "section": pair.section,
        "url": pair_url(pair.id),
        "expect": meta.expect.value if meta else None,
        "verdict": verdict.verdict.value,
        "holds": verdict.holds,
        "max_abs_diff": _number(verdict.max_abs_diff),
        "max_rel_diff": _number(verdict.max_rel_diff),
        "summary": verdict.summary,
        "details": list(verdict.details),
        "difference": meta.difference if meta else None,
        "trap": trap.value if (trap := trap_of(outcome)) else None,
        "rtol": meta.rtol if meta else None,
        "atol": meta.atol if meta else None,
        "see": list(meta.see) if meta else [],
        "api": {side.name: list(run.api) if (run := outcome.runs.get(side.name)) else [] for side in sides},
        "permalink": permalink(pair.id, site_url),
        "page": pair_page(pair.id),
        "embed": embed_page(pair.id),
        "old_ids": list(meta.old_ids) if meta else [],
    }
    for side in sides:
        snippet = pair.snippet(side.name)
        entry[side.name] = _side(pair.id, snippet, outcome.runs.get(side.name)) if snippet else None
    entry["figures"] = [path for side in sides if entry[side.name] for path in entry[side.name]["figures"]]
    counts = thread_counts(timings) if counts is None else counts
    for side in sides:
        if entry[side.name] is not None:
            entry[side.name]["timing"] = [
                _timing(found) for count in counts if (found := timings.get((pair.id, side.name, count)))
            ]
    entry["ratio"] = {
        str(count): value for count in counts if (value := ratio(timings, pair.id, sides, count)) is not None
    }
    entry["requires"] = {side: wanted.text for side, wanted in meta.requires} if meta else {}
    entry["across"] = pair_document(matrix, pair.id)
    return entry


def _side(pair_id: str, snippet: Snippet, run: SideRun | None) -> dict[str, Any]:
    return {
        "path": snippet.display_path,
        "code": snippet.code,
        "first_line": snippet.code_first_line,
        "stdout": run.stdout if run else "",
        "stderr": run.stderr if run else "",
        "error": {"type": run.error.type, "message": run.error.message, "traceback": run.error.traceback}
        if run and run.error
        else None,
        "fault": {"kind": run.fault.kind.value, "message": run.fault.message} if run and run.fault else None,
        "result": _result(run.result) if run and run.result is not None else None,
        "seconds": run.seconds if run else None,
        "figures": [figure_path(pair_id, snippet.side.name, f.number) for f in run.figures] if run else [],
    }


def _timing(timing: Timing) -> dict[str, Any]:
    return {
        "median": timing.median,
        "spread": timing.spread,
        "loops": timing.loops,
        "repeats": timing.repeats,
        "threads": timing.threads,
    }


def _result(value: Value) -> dict[str, Any]:
    def described(
        type_name: str, values: Any, shape: list[int] | None = None, dtype: str | None = None
    ) -> Any:
        return {"type": type_name, "shape": shape, "dtype": dtype, "values": values}

    return fold(
        value,
        array=lambda v: described(
            v.type_name,
            _plain(v.array.tolist()) if v.array.size <= MAX_VALUES else None,
            list(v.shape),
            v.dtype,
        ),
        text=lambda v: described(v.type_name, v.text),
        sequence=lambda v, items: described(v.type_name, None) | {"items": list(items)},
        mapping=lambda v, items: described(v.type_name, None) | {"items": dict(items)},
    )


def _plain(data: Any) -> Any:
    """``ndarray.tolist()`` output made strict-JSON-safe."""
    if isinstance(data, list):
        return [_plain(item) for item in data]
    if isinstance(data, complex):
        return {"re": _number(data.real), "im": _number(data.imag)}
    if isinstance(data, float):
        return _number(data)
    if isinstance(data, np.generic):
        return _plain(data.item())
    return data


def _number(value: float | None) -> float | str | None:
    if value is None or math.isfinite(value):
        return value
    if math.isnan(value):
        return "nan"
    return "inf" if value > 0 else "-inf"
