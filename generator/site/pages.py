"""Page-level view models: the counts, tables and figures of the reference pages, as frozen values.

``BuildInfo`` gathers the facts about a build that are not in the judged catalog (date, versions,
the NumPy names the coverage page accounts for, the last benchmark); ``assemble`` reads them, so
that building these views, and rendering them, inspects nothing outside its arguments.
"""

import statistics
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.compare.pipeline import CatalogResult
from generator.compare.verdict import Verdict
from generator.site.apiref import api_index, cheat_rows, display_name
from generator.site.coverage import Coverage, coverage
from generator.site.views import Link, SectionView, doc_link


@dataclass(frozen=True)
class BuildInfo:
    """Facts about this build that pages show: when, with which versions, against which NumPy names.

    ``benchmark`` and ``loop`` are what ``make bench-engine`` and ``make bench-loop`` recorded.
    """

    date: str
    versions: Mapping[str, str]
    numpy_names: tuple[str, ...] = ()
    benchmark: Mapping[str, Any] | None = None
    loop: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class Counts:
    """How many pairs the home page counts per verdict."""

    pairs: int
    equal: int
    both_raise: int
    differs: int
    broken: int


@dataclass(frozen=True)
class CheatLine:
    """One row of the cheat sheet: each side's short form and the badge linking to the pair."""

    verdict: Verdict
    calls: tuple[str, ...]
    url: str
    badge: str
    label: str


@dataclass(frozen=True)
class CheatGroup:
    """A section's rows on the cheat sheet."""

    title: str
    url: str
    rows: tuple[CheatLine, ...]


@dataclass(frozen=True)
class ApiName:
    """One name of the API index with links to the pairs that use it."""

    display: str
    pairs: tuple[Link, ...]


@dataclass(frozen=True)
class ApiSide:
    """One side's part of the API index."""

    name: str
    label: str
    entries: tuple[ApiName, ...]


@dataclass(frozen=True)
class CoverageView:
    """The coverage page: the classification, each group's share and its names as inline code."""

    coverage: Coverage
    numpy_version: str
    shares: Mapping[str, str]
    names: Mapping[str, str]


@dataclass(frozen=True)
class PerformanceView:
    """The snippets' recorded run times and the last recorded benchmarks.

    Only figures that the runs themselves recorded appear, never what one build executed or took
    from the cache: the page, like every page, then depends on the snippets alone, so a build
    that changes nothing renders a byte-identical site and can be skipped.
    """

    runs: int
    total: str
    median: str
    bench: Mapping[str, Any] | None
    loop: Mapping[str, Any] | None


def counts(result: CatalogResult) -> Counts:
    """The home page's counts."""
    verdicts = [o.judgement.verdict for o in result.outcomes]
    return Counts(
        pairs=len(verdicts),
        equal=verdicts.count(Verdict.EQUAL),
        both_raise=verdicts.count(Verdict.BOTH_RAISE),
        differs=verdicts.count(Verdict.DIFFERS),
        broken=len(result.failures),
    )


def cheat_groups(result: CatalogResult, sections: tuple[SectionView, ...]) -> tuple[CheatGroup, ...]:
    """The cheat sheet's rows, grouped by section in the sections' order."""
    by_pair = {row.pair.id: row for row in cheat_rows(result.outcomes, result.catalog.sides)}
    return tuple(
        CheatGroup(
            title=section.title,
            url=f"{section.name}.html",
            rows=tuple(
                CheatLine(
                    verdict=pair.verdict,
                    calls=by_pair[pair.id].calls,
                    url=pair.url,
                    badge=pair.badge,
                    label=f"{pair.title.replace('`', '')}: {pair.summary}",
                )
                for pair in section.pairs
            ),
        )
        for section in sections
    )


def api_sides(result: CatalogResult) -> tuple[ApiSide, ...]:
    """The API index, one part per side."""
    index = api_index(result.outcomes, result.catalog.sides)
    return tuple(
        ApiSide(
            name=side.name,
            label=side.label,
            entries=tuple(
                ApiName(entry.display, tuple(Link(ref.title, doc_link(ref.id)) for ref in entry.pairs))
                for entry in index[side.name]
            ),
        )
        for side in result.catalog.sides
    )


def coverage_view(result: CatalogResult, info: BuildInfo) -> CoverageView:
    """The coverage page's values."""
    found = coverage(result.outcomes, info.numpy_names, result.catalog.sides.reference.name)
    groups = {"verified": found.verified, "differs_only": found.differs_only, "missing": found.missing}
    return CoverageView(
        coverage=found,
        numpy_version=result.versions.get("numpy", "?"),
        shares={
            key: f"{100 * len(names) / found.total:.0f} %" if found.total else "n/a"
            for key, names in groups.items()
        },
        names={
            key: ", ".join(f"`{display_name(name)}`" for name in names) or "None."
            for key, names in groups.items()
        },
    )


def performance_view(result: CatalogResult, info: BuildInfo) -> PerformanceView:
    """The performance page's values."""
    seconds = [run.seconds for o in result.outcomes for run in o.runs.values() if run.seconds is not None]
    return PerformanceView(
        runs=len(seconds),
        total=f"{sum(seconds):.2f} s",
        median=f"{statistics.median(seconds) * 1000:.1f} ms" if seconds else "n/a",
        bench=info.benchmark,
        loop=info.loop,
    )
