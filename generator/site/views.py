"""View models: a judged pair turned into the plain values the templates show.

Nothing here writes markup; the templates in ``templates/`` do. These functions decide what a
reader sees (which output, which error, how a result is described, where a pair's link points).
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from generator.compare.quotes import Quotes
from generator.compare.threads import ThreadCheck
from generator.compare.timings import Timings
from generator.compare.verdict import PairOutcome, Verdict
from generator.discover.parse import Snippet
from generator.errors import displayable
from generator.execute.runs import SideRun
from generator.execute.values import Value, fold
from generator.matrix.merge import CellState
from generator.sides import SideRegistry
from generator.site.address import PairAddress
from generator.site.inert import literal
from generator.site.timings import TimingLine, timing_lines
from generator.timer import format_time

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
    """What the run printed, its control characters but newline and tab as ``\\xNN`` escapes
    (``displayable``), as the console shows them: a page would hide them, and Python-Markdown
    removes two of them outright."""
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

    address: PairAddress
    title: str
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
    fix: Link | None = None
    """The proved faithful form of a documented difference, linked."""
    fix_form: str = ""
    """Its short form on the second side (the PyTorch form to write instead)."""
    threads: str = ""
    """How the results changed with the thread count, where ``make bench`` found they do."""

    @property
    def id(self) -> str:
        """The pair's id."""
        return self.address.id

    @property
    def anchor(self) -> str:
        """The pair's anchor on its section page."""
        return self.address.name

    @property
    def url(self) -> str:
        """The pair's address on its section page."""
        return self.address.url

    @property
    def page(self) -> str:
        """The pair's own page."""
        return self.address.page

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


def pair_view(
    outcome: PairOutcome,
    titles: Mapping[str, str],
    sides: SideRegistry,
    timings: Timings | None = None,
    *,
    quotes: Quotes | None = None,
    threads: ThreadCheck | None = None,
    fix: tuple[Link, str] | None = None,
) -> PairView:
    """The template's view of one judged pair.

    With its per-call timings when ``make bench`` took them, its prose's quoted values filled in
    (``quotes``), how its results changed with the thread count (``threads``) and its proved fix
    (a link and the short form to write instead).
    """
    pair, verdict = outcome.pair, outcome.judgement
    quotes = quotes or Quotes()
    reference = pair.snippet(sides.reference.name)
    columns = tuple(
        _side_view(pair.id, snippet, outcome.runs.get(snippet.side.name), snippet.side != sides.reference)
        for snippet in pair.snippets
    )
    columns = tuple(replace(column, note=quotes.fill(column.note, literal)) for column in columns)
    see = tuple(
        Link(titles[target], PairAddress.of(target).doc_link)
        for target in (pair.meta.see if pair.meta else ())
        if target in titles
    )
    return PairView(
        address=PairAddress.of(pair.id),
        title=pair.title,
        description=quotes.fill(reference.docstring, literal) if reference else "",
        sides=columns,
        verdict=verdict.verdict,
        holds=verdict.holds,
        summary=verdict.summary,
        badge=BADGES[verdict.verdict],
        details="\n".join(verdict.details),
        see=see,
        timings=timing_lines(timings or Timings(), pair.id, sides),
        fix=fix[0] if fix else None,
        fix_form=fix[1] if fix else "",
        threads=thread_note(threads, sides) if threads and threads.depends else "",
    )


def thread_note(check: ThreadCheck, sides: SideRegistry) -> str:
    """What the page says, after "make bench", of a pair whose results change with the thread count."""
    labels = {side.name: side.label for side in sides}
    counts = " and ".join(str(count) for count in check.counts)
    changes = "; ".join(
        f"{labels.get(c.side, c.side)} at {c.threads} thread{'s' if c.threads != 1 else ''}: {c.what}"
        for c in check.changes
    )
    verdicts = ", ".join(f"{BADGES[verdict]} at {count}" for count, verdict in check.verdicts)
    return (
        f"ran this pair at {counts} threads on the machine that built this page, and its results "
        f"changed with the thread count ({changes}; judged {verdicts}). The outputs above are those "
        "of one thread: another thread count or machine may print other digits."
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
        stdout=displayable(run.stdout),
        stderr=displayable(run.stderr),
        error_type=run.error.type if run.error else "",
        traceback=run.error.traceback if run.error else "",
        fault="\n".join(filter(None, [run.fault.message, run.fault.traceback])) if run.fault else "",
        result="result: " + describe_result(run.result) if run.result is not None else "",
        seconds=format_time(run.seconds) if run.seconds is not None else "",
        figures=PairAddress.of(pair_id).figures(snippet.side.name, len(run.figures)),
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
