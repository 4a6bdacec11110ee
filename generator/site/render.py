"""Render the site's Markdown pages from the judged catalog, with the Jinja templates the package ships.

Rendering is pure: it turns a CatalogResult and the build's facts (``BuildInfo``) into Page
values and a navigation; gathering those facts is ``assemble``'s job, writing and running MkDocs
is ``mkdocs``'s. The templates hold all markup; ``views`` and ``pages`` prepare the values they
show, and this module adds a few filters.
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.compare.pipeline import CatalogResult
from generator.site.pages import (
    BuildInfo,
    api_sides,
    cheat_groups,
    counts,
    coverage_view,
    performance_view,
)
from generator.site.traps import trap_kinds
from generator.site.views import SectionView, pair_view

TEMPLATES = Path(__file__).resolve().parent / "templates"


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
    sides = result.catalog.sides
    sections = tuple(
        SectionView(
            name=s.name,
            title=s.meta.title,
            intro=s.meta.intro,
            page=f"{s.name}.md",
            pairs=tuple(pair_view(by_id[i], titles, sides) for i in s.pair_ids),
        )
        for s in result.catalog.sections
    )
    contexts: dict[str, dict[str, Any]] = {
        "index.md": {"counts": counts(result), "build": info, "sections": sections},
        "cheatsheet.md": {"groups": cheat_groups(result, sections), "sides": tuple(sides)},
        "traps.md": {"kinds": (kinds := trap_kinds(result)), "total": sum(k.count for k in kinds)},
        "api.md": {"sides": api_sides(result)},
        "coverage.md": {"page": coverage_view(result, info)},
        "performance.md": {"page": performance_view(result, info)},
    }
    pages = [
        Page(path, title, env.get_template(f"{Path(path).stem}.md.j2").render(**contexts[path]))
        for path, title in REFERENCE_PAGES
    ]
    pages.extend(Page(s.page, s.title, env.get_template("section.md.j2").render(section=s)) for s in sections)
    nav: tuple[Mapping[str, Any], ...] = (
        *({title: path} for path, title in REFERENCE_PAGES),
        {"Sections": [{s.title: s.page} for s in sections]},
    )
    return RenderedSite(pages=tuple(pages), nav=nav)


REFERENCE_PAGES = (
    ("index.md", "Home"),
    ("cheatsheet.md", "Cheat sheet"),
    ("traps.md", "Porting traps"),
    ("api.md", "API index"),
    ("coverage.md", "Coverage"),
    ("performance.md", "Performance notes"),
)
