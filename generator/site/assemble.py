"""Gather what a build shows besides the judged catalog, then render pages and ``pairs.json`` from it.

Rendering is pure; the facts it needs from outside the catalog are read here, once: the NumPy
names the coverage page accounts for (from the installed NumPy, grouped by object, each group
checked against the installed PyTorch, the hand-written porting notes checked against both), the
figures that ``make bench-engine``, ``make bench-loop`` and ``make bench`` last recorded (in the
project's results folder), and the site's name and address (its configuration).
"""

import json
import textwrap
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from generator.compare.pipeline import CatalogResult
from generator.compare.quotes import Quotes
from generator.compare.threads import ThreadCheck
from generator.compare.timings import Timings, TimingSlot
from generator.compare.verdict import PairOutcome
from generator.execute.fingerprint import machine_fingerprint
from generator.matrix.merge import Matrix
from generator.measure.results import Performance, from_json
from generator.sides import SideRegistry
from generator.site.across import pair_document
from generator.site.cite import CitationStore
from generator.site.config import SiteConfig, Templates
from generator.site.coverage import NameGroup
from generator.site.export import dumps, pair_entry, pairs_document
from generator.site.memo import Digester, RenderMemo
from generator.site.pages import BuildInfo
from generator.site.render import RenderedSite, render_site
from generator.site.universe import numpy_universe
from generator.timer import Timing

ENGINE_BENCHMARK = "engine.json"
PERFORMANCE = Path("performance") / "performance.json"
LOOP_BENCHMARK = "loop.json"
MATRIX_BENCHMARK = "matrix.json"
BENCH_RUN = "bench.json"


Measurements = tuple[bytes, Performance | None, tuple[tuple[str, bytes], ...]]
"""The recorded sweeps as last read: the record file's bytes, the record, its figures."""


def build_info(
    result: CatalogResult,
    date: str,
    *,
    site: SiteConfig,
    results_dir: Path,
    universe_cache: Path,
    matrix: Matrix | None = None,
    known: Measurements | None = None,
    numpy_names: tuple[NameGroup, ...] | None = None,
) -> BuildInfo:
    """The facts about this build that pages show.

    ``matrix``: the version matrix, when one ran; ``known`` spares decoding an unchanged record;
    ``numpy_names`` spares listing NumPy's public names again (they depend only on the installed
    libraries and the generator's own notes).
    """
    if known is not None and known[0] == performance_key(results_dir):
        _, performance, figures = known
    else:
        performance, figures = load_performance(results_dir / PERFORMANCE)
    return BuildInfo(
        date=date,
        versions=result.versions,
        site_name=site.site_name,
        sides=result.catalog.sides,
        numpy_names=numpy_names if numpy_names is not None else numpy_universe(universe_cache),
        benchmark=load_benchmark(results_dir / ENGINE_BENCHMARK),
        site_url=site.site_url,
        performance=performance,
        performance_figures=figures,
        machine=machine_fingerprint(),
        loop=load_benchmark(results_dir / LOOP_BENCHMARK),
        matrix=matrix,
        matrix_benchmark=load_benchmark(results_dir / MATRIX_BENCHMARK),
        bench_run=load_benchmark(results_dir / BENCH_RUN),
    )


def load_benchmark(path: Path) -> dict[str, Any] | None:
    """The figures a benchmark last recorded, for the performance notes; None if it never ran."""
    try:
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return loaded


def performance_key(results_dir: Path) -> bytes:
    """What the recorded sweeps are read from, as bytes to compare: the record and its figures."""
    folder = (results_dir / PERFORMANCE).parent
    if not folder.is_dir():
        return b""
    return b"\0".join(
        p.name.encode() + b"\0" + p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()
    )


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
    memo: RenderMemo | None = None,
    digester: Digester | None = None,
) -> tuple[RenderedSite, str]:
    """The pages and ``pairs.json`` for a judged catalog; citations are kept in ``citations``.

    ``standalone=False`` (the preview) leaves out the pairs' own pages, embeds and citations;
    otherwise they render (and the citations are kept) when the site's shells are first asked for.
    ``memo`` holds the texts of the last build: only what changed is rendered again.
    """
    memo = memo or RenderMemo()
    digester = digester or Digester()
    if not standalone:
        site = render_site(result, info, templates, standalone=False, memo=memo, digester=digester)
        return site, pairs_json(result, info, memo, digester)
    site = render_site(result, info, templates, CitationStore(citations), memo=memo, digester=digester)
    return site, pairs_json(result, info, memo, digester)


_PAIRS = "\0pairs\0"
"""Stands for the list of pairs in the document's JSON until each pair's entry is put in its place."""


def pairs_json(
    result: CatalogResult, info: BuildInfo, memo: RenderMemo, digester: Digester | None = None
) -> str:
    """``dumps(pairs_document(result, info))``, each pair's entry kept in ``memo`` by what it shows."""
    document = pairs_document(replace(result, outcomes=()), info)
    if not result.outcomes:
        return dumps(document)
    digester = digester or Digester()
    sides = result.catalog.sides
    slots: dict[str, list[tuple[TimingSlot, Timing]]] = {}
    for slot, timing in result.timings.by_slot.items():
        slots.setdefault(slot.pair_id, []).append((slot, timing))
    entries = []
    for outcome in result.outcomes:
        pair_id, meta = outcome.pair.id, outcome.pair.meta
        timings = Timings(dict(slots.get(pair_id, ())))
        threads = result.threads.get(pair_id)
        across = pair_document(info.matrix, pair_id)
        difference = result.quotes.fill(meta.difference) if meta and meta.difference else None
        material = (
            "pairs.json",
            outcome,
            [s.name for s in sides],
            info.site_url,
            timings,
            difference,
            threads,
            across,
        )
        render = partial(
            _entry_text,
            outcome,
            sides,
            info.site_url,
            timings,
            quotes=result.quotes,
            threads=threads,
            matrix=info.matrix,
        )
        entries.append(memo.text(digester.digest(material), render))
    document["pairs"] = [_PAIRS]
    placeholder = "  " + json.dumps(_PAIRS)
    text = dumps(document)
    return text.replace(placeholder, ",\n".join(entries), 1)


def _entry_text(
    outcome: PairOutcome,
    sides: SideRegistry,
    site_url: str | None,
    timings: Timings,
    *,
    quotes: Quotes,
    threads: ThreadCheck | None,
    matrix: Matrix | None,
) -> str:
    """One entry as it stands in the document: indented two levels, no newline after it."""
    entry = pair_entry(outcome, sides, site_url, timings, quotes=quotes, threads=threads, matrix=matrix)
    return textwrap.indent(dumps(entry).rstrip("\n"), "  ")
