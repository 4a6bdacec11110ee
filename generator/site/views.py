"""View models: a judged pair turned into the plain values the templates show.

Nothing here writes markup; the templates in ``generator/site/templates/`` do. These functions decide what a
reader sees (which output, which error, how a result is described, where a pair's link points).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from generator.compare.verdict import PairOutcome
from generator.discover.parse import Snippet
from generator.execute.runs import SideRun
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue, Value
from generator.sides import SIDES

BADGES = {
    "equal": "equivalent",
    "both-raise": "both raise",
    "differs": "differs",
    "mismatch": "mismatch",
    "error": "error",
}


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


@dataclass(frozen=True)
class PairView:
    """A pair, ready for the template."""

    id: str
    anchor: str
    title: str
    url: str
    description: str
    sides: tuple[SideView, ...]
    verdict: str
    holds: bool
    summary: str
    badge: str
    details: str
    see: tuple[Mapping[str, str], ...] = ()


@dataclass(frozen=True)
class SectionView:
    """A section page, ready for the template."""

    name: str
    title: str
    intro: str
    page: str
    pairs: tuple[PairView, ...] = field(default_factory=tuple)


def pair_url(pair_id: str) -> str:
    """The stable address of a pair, relative to the site root: ``<section>.html#<name>``."""
    section, name = pair_id.split("/", 1)
    return f"{section}.html#{name}"


def doc_link(pair_id: str) -> str:
    """A link between generated pages, to the Markdown source, so MkDocs checks that the anchor exists."""
    section, name = pair_id.split("/", 1)
    return f"{section}.md#{name}"


def pair_view(outcome: PairOutcome, titles: Mapping[str, str]) -> PairView:
    """The template's view of one judged pair."""
    pair, verdict = outcome.pair, outcome.verdict
    numpy_side = pair.snippet(SIDES[0].name)
    sides = tuple(_side_view(snippet, outcome.runs.get(snippet.side.name)) for snippet in pair.snippets)
    see = tuple(
        {"title": titles[target], "url": doc_link(target)}
        for target in (pair.meta.see if pair.meta else ())
        if target in titles
    )
    return PairView(
        id=pair.id,
        anchor=pair.name,
        title=pair.title,
        url=pair_url(pair.id),
        description=numpy_side.docstring if numpy_side else "",
        sides=sides,
        verdict=verdict.verdict,
        holds=verdict.holds,
        summary=verdict.summary,
        badge=BADGES[verdict.verdict],
        details="\n".join(verdict.details),
        see=see,
    )


def describe_result(value: Value) -> str:
    """A one-line description of a result: its type, shape and dtype (for containers, of each item)."""
    if isinstance(value, ArrayValue):
        shape = "scalar" if not value.shape else f"shape {value.shape}"
        return f"{value.type_name} · {shape} · {value.dtype}"
    if isinstance(value, TextValue):
        return f"{value.type_name} {value.text!r}"
    if isinstance(value, SeqValue):
        items = "; ".join(f"[{i}] {describe_result(item)}" for i, item in enumerate(value.items))
        return f"{value.type_name} of {len(value.items)}: {items}"
    assert isinstance(value, MapValue)
    items = "; ".join(f"{key!r}: {describe_result(item)}" for key, item in value.items)
    return f"{value.type_name}: {items}"


def format_seconds(seconds: float) -> str:
    """A duration at a readable scale."""
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def _side_view(snippet: Snippet, run: SideRun | None) -> SideView:
    base = SideView(
        name=snippet.side.name,
        label=snippet.side.label,
        path=snippet.display_path,
        code=snippet.code,
        first_line=snippet.code_first_line,
        note=snippet.docstring if snippet.side is not SIDES[0] else "",
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
    )
