"""The machine-readable index, ``pairs.json``: every pair with its code, output, result and verdict.

Readers and tools rely on its keys: they may gain siblings, never lose or change meaning.
Strict JSON: non-finite numbers are written as the strings ``"nan"``, ``"inf"`` and ``"-inf"``,
complex numbers as ``{"re": …, "im": …}``.
"""

import json
import math
from typing import Any

import numpy as np

from generator.compare.pipeline import CatalogResult
from generator.compare.quotes import Quotes
from generator.compare.threads import ThreadCheck
from generator.compare.timings import Timings
from generator.compare.verdict import PairOutcome
from generator.discover.parse import Snippet
from generator.errors import CONTROL
from generator.execute.runs import SideRun
from generator.execute.values import Value, fold
from generator.matrix.merge import Matrix
from generator.sides import SideRegistry
from generator.site.across import matrix_document, pair_document
from generator.site.address import PairAddress, absolute
from generator.site.pages import BuildInfo
from generator.timer import Timing

SCHEMA = 1
MAX_VALUES = 10_000
"""Results with more elements carry ``"values": null`` (shape and dtype are still given)."""


def pairs_document(result: CatalogResult, info: BuildInfo) -> dict[str, Any]:
    """The whole index as plain JSON-ready data; each side of the registry has its key per pair."""
    return {
        "schema": SCHEMA,
        "generated": info.date,
        "versions": dict(info.versions),
        "pairs": [
            pair_entry(
                outcome,
                result.catalog.sides,
                info.site_url,
                result.timings,
                quotes=result.quotes,
                threads=result.threads.get(outcome.pair.id),
                matrix=info.matrix,
            )
            for outcome in result.outcomes
        ],
        "matrix": matrix_document(info.matrix),
    }


def dumps(document: dict[str, Any]) -> str:
    r"""Serialise strictly (no NaN literals), keeping non-ASCII text readable, no control character raw.

    JSON escapes those below U+0020 itself; DEL and U+0080 to U+009F, which a terminal obeys too,
    become ``\u`` escapes here: the same values to any JSON reader.
    """
    text = json.dumps(document, ensure_ascii=False, allow_nan=False, indent=1) + "\n"
    return CONTROL.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def permalink(pair_id: str, site_url: str | None) -> str:
    """The pair's own page: absolute when the site's address is known, else relative to the site root."""
    return absolute(PairAddress.of(pair_id).page, site_url)


def pair_entry(
    outcome: PairOutcome,
    sides: SideRegistry,
    site_url: str | None = None,
    timings: Timings | None = None,
    *,
    quotes: Quotes | None = None,
    threads: ThreadCheck | None = None,
    matrix: Matrix | None = None,
) -> dict[str, Any]:
    """One pair of ``pairs.json``; also the JSON form of a citation.

    ``timing`` per side lists the per-call timings ``make bench`` took (one entry per thread
    count); ``ratio`` maps each thread count to the second side's median over the reference's.
    ``difference`` holds the values it quotes (``quotes``); ``threads`` says how the pair's
    results compared across the thread counts ``make bench`` ran it at (null: not run so).
    ``requires`` is the releases the pair states it applies to; ``across`` its results under each
    combination of the version matrix (null when the build ran none).
    """
    timings = timings or Timings()
    quotes = quotes or Quotes()
    pair, verdict = outcome.pair, outcome.judgement
    meta = pair.meta
    address = PairAddress.of(pair.id)
    entry: dict[str, Any] = {
        "id": pair.id,
        "title": pair.title,
        "section": pair.section,
        "url": address.url,
        "expect": meta.expect.value if meta else None,
        "verdict": verdict.verdict.value,
        "holds": verdict.holds,
        "max_abs_diff": _number(verdict.max_abs_diff),
        "max_rel_diff": _number(verdict.max_rel_diff),
        "summary": verdict.summary,
        "details": list(verdict.details),
        "difference": quotes.fill(meta.difference) if meta and meta.difference else None,
        "trap": verdict.trap.value if verdict.trap else None,
        "fix": meta.fix if meta else None,
        "thread_dependent": threads.depends if threads else None,
        "threads": _threads(threads) if threads else None,
        "rtol": meta.rtol if meta else None,
        "atol": meta.atol if meta else None,
        "see": list(meta.see) if meta else [],
        "api": {side.name: list(run.api) if (run := outcome.runs.get(side.name)) else [] for side in sides},
        "permalink": permalink(pair.id, site_url),
        "page": address.page,
        "embed": address.embed,
        "old_ids": list(meta.old_ids) if meta else [],
    }
    for side in sides:
        snippet = pair.snippet(side.name)
        entry[side.name] = _side(pair.id, snippet, outcome.runs.get(side.name)) if snippet else None
    entry["figures"] = [path for side in sides if entry[side.name] for path in entry[side.name]["figures"]]
    counts = timings.thread_counts()
    for side in sides:
        if entry[side.name] is not None:
            entry[side.name]["timing"] = [
                _timing(found) for count in counts if (found := timings.get(pair.id, side.name, count))
            ]
    entry["ratio"] = {
        str(count): value for count in counts if (value := timings.ratio(pair.id, sides, count)) is not None
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
        "figures": list(PairAddress.of(pair_id).figures(snippet.side.name, len(run.figures))) if run else [],
    }


def _threads(check: ThreadCheck) -> dict[str, Any]:
    return {
        "counts": list(check.counts),
        "verdicts": {str(count): verdict.value for count, verdict in check.verdicts},
        "changes": [{"side": c.side, "threads": c.threads, "what": c.what} for c in check.changes],
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
