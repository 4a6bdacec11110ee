"""Render the site's Markdown pages from the judged catalog, with the Jinja templates the package ships.

Rendering is pure: it turns a CatalogResult into Page values and a navigation; writing them to
disk and running MkDocs is the build stage's job. The templates hold all markup; ``views`` and
``apiref`` prepare the values they show, and this module adds a few filters.
"""

import re
import statistics
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.compare.pipeline import CatalogResult
from generator.compare.verdict import PairOutcome
from generator.sides import SIDES
from generator.site.apiref import api_index, cheat_rows, display_name
from generator.site.coverage import coverage, numpy_universe
from generator.site.views import SectionView, doc_link, pair_view

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class BuildInfo:
    """Facts about this build that pages show: when, and with which versions."""

    date: str
    versions: Mapping[str, str]
    benchmark: Mapping[str, Any] | None = None


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
    """Render the home page, the reference pages and one page per section."""
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
    contexts = {
        "index.md": {"counts": _counts(result.outcomes), "build": info, "sections": sections},
        "cheatsheet.md": {"groups": _cheat_groups(result, sections)},
        "api.md": {"sides": _api_sides(result)},
        "coverage.md": _coverage_context(result),
        "performance.md": _performance_context(result, info),
    }
    pages = [
        Page(path, title, env.get_template(f"{Path(path).stem}.md.j2").render(**contexts[path]))
        for path, title in REFERENCE_PAGES
    ]
    pages.extend(Page(s.page, s.title, env.get_template("section.md.j2").render(section=s)) for s in sections)
    nav = (
        *({title: path} for path, title in REFERENCE_PAGES),
        {"Sections": [{s.title: s.page} for s in sections]},
    )
    return RenderedSite(pages=tuple(pages), nav=nav)


REFERENCE_PAGES = (
    ("index.md", "Home"),
    ("cheatsheet.md", "Cheat sheet"),
    ("api.md", "API index"),
    ("coverage.md", "Coverage"),
    ("performance.md", "Performance notes"),
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


def _cheat_groups(result: CatalogResult, sections: tuple[SectionView, ...]) -> list[dict[str, Any]]:
    rows = cheat_rows(result.outcomes, {s.name: s.title for s in sections})
    by_pair = {row.pair.id: row for row in rows}
    return [
        {
            "title": section.title,
            "url": f"{section.name}.html",
            "rows": [
                {
                    "pair": by_pair[pair.id].pair,
                    "numpy_call": by_pair[pair.id].numpy_call,
                    "torch_call": by_pair[pair.id].torch_call,
                    "url": pair.url,
                    "badge": pair.badge,
                    "label": f"{pair.title.replace('`', '')}: {pair.summary}",
                }
                for pair in section.pairs
            ],
        }
        for section in sections
    ]


def _api_sides(result: CatalogResult) -> list[dict[str, Any]]:
    index = api_index(result.outcomes)
    return [
        {
            "name": side.name,
            "label": side.label,
            "entries": [
                {
                    "display": entry.display,
                    "pairs": [{"title": ref.title, "link": doc_link(ref.id)} for ref in entry.pairs],
                }
                for entry in index[side.name]
            ],
        }
        for side in SIDES
    ]


def _coverage_context(result: CatalogResult) -> dict[str, Any]:
    found = coverage(result.outcomes, numpy_universe())

    def share(names: tuple[str, ...]) -> str:
        return f"{100 * len(names) / found.total:.0f} %" if found.total else "n/a"

    def names(group: tuple[str, ...]) -> str:
        return ", ".join(f"`{display_name(name)}`" for name in group) or "None."

    return {"coverage": found, "share": share, "names": names, "numpy_version": result.versions["numpy"]}


def _performance_context(result: CatalogResult, info: BuildInfo) -> dict[str, Any]:
    overheads = result.stats.overheads
    overhead = f"{statistics.median(overheads) * 1000:.1f} ms" if overheads else ""
    return {"stats": result.stats, "overhead": overhead, "bench": info.benchmark}
