"""Page-level view models: the counts, tables and figures of the reference pages, as frozen values.

``BuildInfo`` gathers the facts about a build that are not in the judged catalog (date, versions,
the NumPy name groups the coverage page accounts for, the last benchmark); ``assemble`` reads them, so
that building these views, and rendering them, inspects nothing outside its arguments.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.compare.pipeline import CatalogResult
from generator.compare.verdict import Trap, Verdict
from generator.matrix.merge import Matrix
from generator.measure.results import Performance
from generator.sides import DEFAULT_SIDES, SideRegistry
from generator.site.address import PairAddress
from generator.site.apiref import api_index, cheat_rows, display_name
from generator.site.coverage import NameGroup, Status, coverage
from generator.site.porting_notes import Scope
from generator.site.traps import Fix, proved_fix
from generator.site.universe import TORCH_NAMESPACES
from generator.site.views import Link, PairView, SectionView


@dataclass(frozen=True)
class BuildInfo:
    """Facts about this build that pages show: when, with which versions, against which NumPy names.

    ``benchmark`` and ``loop`` are what ``make bench-engine`` and ``make bench-loop`` recorded.
    """

    date: str
    versions: Mapping[str, str]
    site_name: str
    """The site's name, from its configuration: pages, standalone pages and citations show it."""
    numpy_names: tuple[NameGroup, ...] = ()
    benchmark: Mapping[str, Any] | None = None
    site_url: str | None = None
    performance: Performance | None = None
    """The last size sweeps and sigmoid experiment recorded in ``bench/results/performance``."""
    performance_figures: tuple[tuple[str, bytes], ...] = ()
    """Their SVG figures, by file name."""
    machine: str = ""
    """The machine this build runs on, as the timing cache knows it."""
    loop: Mapping[str, Any] | None = None
    """What ``make bench-loop`` last recorded."""
    matrix: Matrix | None = None
    """Every pair under every combination of releases, when the build ran the version matrix."""
    matrix_benchmark: Mapping[str, Any] | None = None
    """The times and disk of the last ``make matrix``, for the performance notes."""
    bench_run: Mapping[str, Any] | None = None
    """What the last ``make bench`` took, part by part (``bench/results/bench.json``)."""
    sides: SideRegistry = DEFAULT_SIDES

    @property
    def versions_text(self) -> str:
        """``Python 3.11.7, NumPy 2.4.6 and PyTorch 2.13.0``: the interpreter and each side's library."""
        found = self.versions
        parts = [f"Python {found.get('python', '?')}"]
        parts.extend(f"{side.label} {found.get(side.name, '?')}" for side in self.sides if side.distribution)
        return ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]


@dataclass(frozen=True)
class Counts:
    """How many pairs the home page counts per verdict."""

    pairs: int
    equal: int
    both_raise: int
    differs: int
    silent: int
    loud: int
    broken: int


@dataclass(frozen=True)
class CheatLine:
    """One row of the cheat sheet: each side's short form and the badge linking to the pair.

    A documented difference also carries its one-line ``difference`` (its quoted values filled
    in) and its proved fix: the short forms the build checked are the faithful translation.
    """

    verdict: Verdict
    calls: tuple[str, ...]
    url: str
    badge: str
    label: str
    difference: str = ""
    ratio: float | None = None
    """PyTorch's per-call time over NumPy's at one thread, when ``make bench`` took them."""
    instead: Fix | None = None
    thread_dependent: bool = False
    """Whether the pair's results changed with the thread count where ``make bench`` ran it."""
    versions: str = ""
    """The row's group on the "Across versions" page, when its results change between releases."""


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
class CoverageEntry:
    """One object of the coverage page, its names spelled as porters write them."""

    name: str
    aliases: tuple[str, ...]
    torch_names: tuple[str, ...]
    instead: str


@dataclass(frozen=True)
class CoverageTally:
    """How many objects and names have one status, and their share of all objects."""

    groups: int
    names: int
    share: str


@dataclass(frozen=True)
class ScopeEntries:
    """The out-of-scope objects that share one reason."""

    reason: Scope
    entries: tuple[CoverageEntry, ...]


@dataclass(frozen=True)
class CoverageView:
    """The coverage page: a tally and the entries per status."""

    numpy_version: str
    total: CoverageTally
    tallies: Mapping[Status, CoverageTally]
    entries: Mapping[Status, tuple[CoverageEntry, ...]]
    out_of_scope: tuple[ScopeEntries, ...]
    torch_namespaces: tuple[str, ...]


def build_line(info: BuildInfo) -> str:
    """The line every page carries: when the site was built, and with which versions."""
    return f"Built {info.date} by running every snippet with {info.versions_text}."


def counts(result: CatalogResult) -> Counts:
    """The home page's counts."""
    verdicts = [o.judgement.verdict for o in result.outcomes]
    traps = [o.judgement.trap for o in result.outcomes]
    return Counts(
        pairs=len(verdicts),
        equal=verdicts.count(Verdict.EQUAL),
        both_raise=verdicts.count(Verdict.BOTH_RAISE),
        differs=verdicts.count(Verdict.DIFFERS),
        silent=traps.count(Trap.SILENT),
        loud=traps.count(Trap.LOUD),
        broken=len(result.failures),
    )


def cheat_groups(result: CatalogResult, sections: tuple[SectionView, ...]) -> tuple[CheatGroup, ...]:
    """The cheat sheet's rows, grouped by section in the sections' order."""
    by_pair = {row.pair.id: row for row in cheat_rows(result.outcomes, result.catalog.sides)}
    outcomes = {outcome.pair.id: outcome for outcome in result.outcomes}

    def line(pair: PairView) -> CheatLine:
        outcome = outcomes[pair.id]
        meta, check = outcome.pair.meta, result.threads.get(pair.id)
        documented = pair.verdict is Verdict.DIFFERS
        return CheatLine(
            verdict=pair.verdict,
            calls=by_pair[pair.id].calls,
            url=pair.url,
            badge=pair.badge,
            label=f"{pair.title.replace('`', '')}: {pair.summary}",
            difference=result.quotes.fill(meta.difference or "") if meta and documented else "",
            instead=proved_fix(outcome, outcomes, result.catalog.sides) if documented else None,
            ratio=result.timings.ratio(pair.id, result.catalog.sides, 1),
            thread_dependent=check is not None and check.depends,
            versions=pair.versions.anchor if pair.versions else "",
        )

    return tuple(
        CheatGroup(
            title=section.title,
            url=f"{section.name}.html",
            rows=tuple(line(pair) for pair in section.pairs),
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
                ApiName(
                    entry.display,
                    tuple(Link(ref.title, PairAddress.of(ref.id).doc_link) for ref in entry.pairs),
                )
                for entry in index[side.name]
            ),
        )
        for side in result.catalog.sides
    )


def coverage_view(result: CatalogResult, info: BuildInfo) -> CoverageView:
    """The coverage page's values."""
    found = coverage(result.outcomes, info.numpy_names, result.catalog.sides.reference.name)
    outside = found.of(Status.OUT_OF_SCOPE)

    def tally(groups: tuple[NameGroup, ...]) -> CoverageTally:
        share = f"{100 * len(groups) / found.total:.0f} %" if found.total else "n/a"
        return CoverageTally(len(groups), sum(len(g.names) for g in groups), share)

    return CoverageView(
        numpy_version=result.versions.get("numpy", "?"),
        total=tally(found.groups),
        tallies={status: tally(found.of(status)) for status in Status},
        entries={status: tuple(_entry(g) for g in found.of(status)) for status in Status},
        out_of_scope=tuple(
            ScopeEntries(reason, entries)
            for reason in Scope
            if (entries := tuple(_entry(g) for g in outside if g.out_of_scope is reason))
        ),
        torch_namespaces=TORCH_NAMESPACES,
    )


def _entry(group: NameGroup) -> CoverageEntry:
    return CoverageEntry(
        name=display_name(group.canonical),
        aliases=tuple(display_name(name) for name in group.aliases),
        torch_names=tuple(display_name(name) for name in group.torch_names),
        instead=group.instead,
    )
