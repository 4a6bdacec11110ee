"""Render the site's Markdown pages from the judged catalog, with Jinja templates from ``site_templates/``.

Rendering is pure: it turns a CatalogResult into Page values and a navigation; writing them to
disk and running MkDocs is the build stage's job. The templates hold all markup; this module
only prepares plain values for them (view models) and a few filters.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.compare import PairOutcome
from generator.parse import Snippet
from generator.pipeline import CatalogResult
from generator.runs import SideRun
from generator.sides import SIDES
from generator.values import ArrayValue, MapValue, SeqValue, TextValue, Value

TEMPLATES = Path(__file__).resolve().parent.parent / "site_templates"
_BADGES = {
    "equal": "equivalent",
    "both-raise": "both raise",
    "differs": "differs",
    "mismatch": "mismatch",
    "error": "error",
}


@dataclass(frozen=True)
class BuildInfo:
    """Facts about this build that pages show: when, and with which versions."""

    date: str
    versions: Mapping[str, str]


@dataclass(frozen=True)
class Page:
    """One Markdown file of the generated docs folder."""

    path: str
    title: str
    text: str


@dataclass(frozen=True)
class RenderedSite:
    """The pages and the navigation MkDocs will build from them."""

    pages: tuple[Page, ...]
    nav: tuple[Mapping[str, Any], ...]


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


def _doc_link(pair_id: str) -> str:
    """A link between generated pages, to the Markdown source, so MkDocs checks that the anchor exists."""
    section, name = pair_id.split("/", 1)
    return f"{section}.md#{name}"


def environment(templates: Path = TEMPLATES) -> Environment:
    """The Jinja environment: autoescaping on, strict about undefined names, Markdown-aware filters."""
    env = Environment(
        loader=FileSystemLoader(templates),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    filters: dict[str, Callable[..., Any]] = {"fence": fence, "md": Markup, "cell": table_cell}
    env.filters.update(filters)
    return env


def fence(text: str, language: str, *, title: str | None = None, linenums: int | None = None) -> Markup:
    """A fenced code block whose fence is longer than any backtick run inside, so no output can escape it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    options = "".join([f' title="{title}"' if title else "", f' linenums="{linenums}"' if linenums else ""])
    return Markup(f"{ticks}{language}{options}\n{text.rstrip()}\n{ticks}")


def table_cell(text: str) -> Markup:
    """Author Markdown made safe for a table cell: a pipe would end the cell."""
    return Markup(text.replace("|", "\\|").replace("\n", " "))


def render_site(result: CatalogResult, info: BuildInfo, templates: Path = TEMPLATES) -> RenderedSite:
    """Render the home page and one page per section."""
    env = environment(templates)
    titles = {p.id: p.title for p in result.catalog.pairs}
    by_id = {o.pair.id: o for o in result.outcomes}
    sections = tuple(
        SectionView(
            name=s.name,
            title=s.meta.title,
            intro=s.meta.intro,
            page=f"{s.name}.md",
            pairs=tuple(pair_view(by_id[i], titles) for i in s.pair_ids),
        )
        for s in result.catalog.sections
    )
    counts = _counts(result.outcomes)
    pages = [
        Page(
            "index.md",
            "Home",
            env.get_template("index.md.j2").render(counts=counts, build=info, sections=sections),
        )
    ]
    pages.extend(Page(s.page, s.title, env.get_template("section.md.j2").render(section=s)) for s in sections)
    nav = ({"Home": "index.md"}, {"Sections": [{s.title: s.page} for s in sections]})
    return RenderedSite(pages=tuple(pages), nav=nav)


def pair_view(outcome: PairOutcome, titles: Mapping[str, str]) -> PairView:
    """The template's view of one judged pair."""
    pair, verdict = outcome.pair, outcome.verdict
    numpy_side = pair.snippet(SIDES[0].name)
    sides = tuple(_side_view(snippet, outcome.runs.get(snippet.side.name)) for snippet in pair.snippets)
    see = tuple(
        {"title": titles[target], "url": _doc_link(target)}
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
        badge=_BADGES[verdict.verdict],
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


def _counts(outcomes: tuple[PairOutcome, ...]) -> Mapping[str, int]:
    verdicts = [o.verdict.verdict for o in outcomes]
    return {
        "pairs": len(outcomes),
        "equal": verdicts.count("equal"),
        "both_raise": verdicts.count("both-raise"),
        "differs": verdicts.count("differs"),
        "broken": sum(not o.verdict.holds for o in outcomes),
    }
