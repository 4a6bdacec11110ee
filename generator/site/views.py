"""View models: a judged pair turned into the plain values the templates show.

Nothing here writes markup; the templates in ``templates/`` do. These functions decide what a
reader sees (which output, which error, how a result is described, where a pair's link points).
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from generator.compare.pipeline import TimingKey
from generator.compare.verdict import PairOutcome, Verdict
from generator.discover.parse import Snippet
from generator.execute.runs import SideRun
from generator.execute.values import Value, fold
from generator.matrix.merge import CellState
from generator.sides import SideRegistry
from generator.site.timings import TimingLine, timing_lines
from generator.timer import Timing

BADGES = {
    Verdict.EQUAL: "equivalent",
    Verdict.BOTH_RAISE: "both raise",
    Verdict.DIFFERS: "differs",
    Verdict.MISMATCH: "mismatch",
    Verdict.ERROR: "error",
}


@dataclass(frozen=True)
class Link:
    """A titled link between generated pages."""

    title: str
    url: str


@dataclass(frozen=True)
class SideView:
    """One column of a pair, ready for the template."""

    name: str
    label: str
    path: str
    code: str
    first_line: int
    note: str = ""
    stdout: str = ""
    stderr: str = ""
    error_type: str = ""
    traceback: str = ""
    fault: str = ""
    result: str = ""
    seconds: str = ""
    figures: tuple[str, ...] = ()


@dataclass(frozen=True)
class CellView:
    """A pair under one combination, as a table cell."""

    label: str
    state: CellState
    state_text: str
    verdict: Verdict | None
    badge: str
    note: str
    """The verdict's summary, or the requirement that is not met."""
    pinned: bool


@dataclass(frozen=True)
class PairVersions:
    """A pair's releases table and what changes between them."""

    cells: tuple[CellView, ...]
    changes: tuple[str, ...]
    details: tuple[str, ...]
    anchor: str
    """Where the pair's group lies on the "Across versions" page (empty when nothing changes)."""


@dataclass(frozen=True)
class PairView:
    """A pair, ready for the template."""

    id: str
    anchor: str
    title: str
    url: str
    page: str
    description: str
    sides: tuple[SideView, ...]
    verdict: Verdict
    holds: bool
    summary: str
    badge: str
    details: str
    see: tuple[Link, ...] = ()
    timings: tuple[TimingLine, ...] = ()
    versions: PairVersions | None = None
    """Where the pair holds across the version matrix, when the build ran one."""

    @property
    def title_text(self) -> str:
        """The title without Markdown code marks, for ``<title>`` and link previews."""
        return self.title.replace("`", "")


@dataclass(frozen=True)
class SectionView:
    """A section page, ready for the template."""

    name: str
    title: str
    intro: str
    page: str
    pairs: tuple[PairView, ...] = field(default_factory=tuple)


def figure_path(pair_id: str, side: str, number: int) -> str:
    """Where a figure's SVG lies, relative to the site root: ``figures/<section>/<name>/<side>-<n>.svg``."""
    return f"figures/{pair_id}/{side}-{number}.svg"


def pair_page(pair_id: str) -> str:
    """The pair's own page, relative to the site root: ``pairs/<section>/<name>.html``."""
    return f"pairs/{pair_id}.html"


def embed_page(pair_id: str) -> str:
    """The pair's embeddable page (no navigation), relative to the site root."""
    return f"embed/{pair_id}.html"


def pair_url(pair_id: str) -> str:
    """The stable address of a pair, relative to the site root: ``<section>.html#<name>``."""
    section, name = pair_id.split("/", 1)
    return f"{section}.html#{name}"


def doc_link(pair_id: str) -> str:
    """A link between generated pages, to the Markdown source, so MkDocs checks that the anchor exists."""
    section, name = pair_id.split("/", 1)
    return f"{section}.md#{name}"


def pair_view(
    outcome: PairOutcome,
    titles: Mapping[str, str],
    sides: SideRegistry,
    timings: Mapping[TimingKey, Timing] | None = None,
    counts: tuple[int, ...] = (),
) -> PairView:
    """The template's view of one judged pair, with its per-call timings when ``make bench`` took them."""
    pair, verdict = outcome.pair, outcome.judgement
    reference = pair.snippet(sides.reference.name)
    columns = tuple(
        _side_view(pair.id, snippet, outcome.runs.get(snippet.side.name), snippet.side != sides.reference)
        for snippet in pair.snippets
    )
    see = tuple(
        Link(titles[target], doc_link(target))
        for target in (pair.meta.see if pair.meta else ())
        if target in titles
    )
    return PairView(
        id=pair.id,
        anchor=pair.name,
        title=pair.title,
        url=pair_url(pair.id),
        page=pair_page(pair.id),
        description=reference.docstring if reference else "",
        sides=columns,
        verdict=verdict.verdict,
        holds=verdict.holds,
        summary=verdict.summary,
        badge=BADGES[verdict.verdict],
        details="\n".join(verdict.details),
        see=see,
        timings=timing_lines(timings or {}, pair.id, sides, counts),
    )


def describe_result(value: Value) -> str:
    """A one-line description of a result: its type, shape and dtype (for containers, of each item)."""
    return fold(
        value,
        array=lambda v: f"{v.type_name} · {'scalar' if not v.shape else f'shape {v.shape}'} · {v.dtype}",
        text=lambda v: f"{v.type_name} {v.text!r}",
        sequence=lambda v, items: (
            f"{v.type_name} of {len(items)}: " + "; ".join(f"[{i}] {item}" for i, item in enumerate(items))
        ),
        mapping=lambda v, items: f"{v.type_name}: " + "; ".join(f"{key!r}: {item}" for key, item in items),
    )


def format_seconds(seconds: float) -> str:
    """A duration at a readable scale."""
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def _side_view(pair_id: str, snippet: Snippet, run: SideRun | None, show_note: bool) -> SideView:
    """One column; the reference side's docstring is the pair's description, not a note."""
    base = SideView(
        name=snippet.side.name,
        label=snippet.side.label,
        path=snippet.display_path,
        code=snippet.code,
        first_line=snippet.code_first_line,
        note=snippet.docstring if show_note else "",
    )
    if run is None:
        return base
    return replace(
        base,
        stdout=run.stdout,
        stderr=run.stderr,
        error_type=run.error.type if run.error else "",
        traceback=run.error.traceback if run.error else "",
        fault="\n".join(filter(None, [run.fault.message, run.fault.traceback])) if run.fault else "",
        result="result: " + describe_result(run.result) if run.result is not None else "",
        seconds=format_seconds(run.seconds) if run.seconds is not None else "",
        figures=tuple(figure_path(pair_id, snippet.side.name, f.number) for f in run.figures),
    )


@dataclass(frozen=True)
class EmbedView:
    """A pair embedded in an article: which side (None: all) and which parts to show."""

    pair: PairView
    side: str | None
    show_code: bool
    show_output: bool


@dataclass(frozen=True)
class ArticleView:
    """An article page: its title and its parts, Markdown text or embedded pairs."""

    name: str
    title: str
    page: str
    parts: tuple[str | EmbedView, ...]


_MARKDOWN_LINK = re.compile(r"\]\((?P<target>(?![a-z][a-z0-9+.-]*:|/)[^)\s]*)\)")


def rebase_links(markdown: str, prefix: str, page: str) -> str:
    """Relative Markdown links of a root-level page's prose, made to work from ``prefix`` deeper.

    An anchor alone (``#other-pair``) names a pair on ``page``, the section page the prose was
    written for; other relative targets (``linalg.md#solve``) get the prefix.
    """

    def target(match: re.Match[str]) -> str:
        found = match["target"]
        return f"]({prefix}{page}{found})" if found.startswith("#") else f"]({prefix}{found})"

    return _MARKDOWN_LINK.sub(target, markdown)
