"""Render the site's Markdown pages from the judged catalog, with the Jinja templates the package ships.

Rendering is pure: it turns a CatalogResult and the build's facts (``BuildInfo``) into Page
values and a navigation; gathering those facts is ``assemble``'s job, writing and running MkDocs
is ``mkdocs``'s. The templates hold all markup; ``views`` and ``pages`` prepare the values they
show, and this module adds a few filters.
"""

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.compare.pipeline import CatalogResult
from generator.compare.quotes import Quotes
from generator.discover.articles import Article, Embed, Show
from generator.discover.catalog import Section
from generator.matrix.merge import Matrix
from generator.site import across
from generator.site.address import PairAddress, absolute
from generator.site.cite import CitationStore, site_bibtex
from generator.site.config import Templates
from generator.site.inert import literal, nav_title
from generator.site.memo import Digester, RenderMemo, templates_digest
from generator.site.pages import (
    BuildInfo,
    api_sides,
    cheat_groups,
    counts,
    coverage_view,
)
from generator.site.performance import FIGURES_DIR, performance_view
from generator.site.standalone import Shell, Shells, shells
from generator.site.templating import environment
from generator.site.traps import Fix, proved_fix, trap_kinds
from generator.site.views import (
    ArticleView,
    EmbedView,
    Link,
    PairView,
    SectionView,
    pair_view,
    rebase_links,
)


@dataclass(frozen=True)
class Page:
    """One Markdown file of the generated docs folder."""

    path: str
    title: str
    text: str


@dataclass(frozen=True)
class StaticFile:
    """A file the pages refer to, copied into the site as it is (a figure's SVG)."""

    path: str
    content: bytes


@dataclass(frozen=True)
class RenderedSite:
    """The pages, the files they refer to, and the navigation MkDocs will build from them."""

    pages: tuple[Page, ...]
    nav: tuple[Mapping[str, Any], ...]
    files: tuple[StaticFile, ...] = ()
    shells: Shells = field(default_factory=Shells)


def render_site(
    result: CatalogResult,
    info: BuildInfo,
    templates: Templates,
    citations: CitationStore | None = None,
    *,
    standalone: bool = True,
    memo: RenderMemo | None = None,
    digester: Digester | None = None,
) -> RenderedSite:
    """Render the home page, the articles, the reference pages and one page per section.

    ``citations`` keeps the pairs' citations between builds (none kept by default), ``memo`` the
    rendered texts (``memo`` says how: a text whose template and values did not change is not
    rendered again). Without ``standalone`` the pairs' own pages and embeds are left out: the
    live preview serves the builder's pages only, and an edit should not wait for citations.
    With it they render, and the citations are kept, when the shells are first asked for
    (``Shells``): a build renders them while the builder runs.
    """
    store = citations or CitationStore(None)
    memo = memo or RenderMemo()
    digester = digester or Digester()
    base = templates_digest(templates.files())
    digester.remember(info)
    env = environment(templates, base)
    sides = result.catalog.sides
    matrix = info.matrix
    views = pair_views(result, matrix)
    for view in views.values():
        digester.remember(view)
    sections = section_views(result.catalog.sections, views)
    articles = tuple(article_view(a, views, result.quotes) for a in result.catalog.articles)
    contexts: dict[str, dict[str, Any]] = {
        "index.md": {"counts": counts(result), "build": info, "sections": sections, "articles": articles},
        "cheatsheet.md": {
            "groups": cheat_groups(result, sections),
            "sides": tuple(sides),
            "versions": matrix is not None,
        },
        "traps.md": {
            "kinds": (kinds := trap_kinds(result, matrix)),
            "total": sum(k.count for k in kinds),
            "versions": matrix is not None,
        },
        "api.md": {"sides": api_sides(result)},
        "coverage.md": {"page": coverage_view(result, info)},
        "performance.md": {"page": performance_view(result, info)},
        "cite.md": {
            "example": next(iter(views.values()), None),
            "site_bibtex": site_bibtex(info),
            "embed_url": _embed_example(views, info),
        },
    }
    reference_pages: tuple[tuple[str, str], ...] = REFERENCE_PAGES
    if matrix:
        contexts[across.PAGE] = {"page": across.across_page(result, matrix)}
        reference_pages = (*REFERENCE_PAGES[:3], (across.PAGE, across.TITLE), *REFERENCE_PAGES[3:])

    def page(path: str, title: str, template: str, context: dict[str, Any]) -> Page:
        key = digester.digest((base, template, context))
        return Page(path, title, memo.text(key, lambda: env.get_template(template).render(**context)))

    pages = [
        page(path, title, f"{Path(path).stem}.md.j2", {**contexts[path], "root": ""})
        for path, title in reference_pages
    ]
    pages.extend(page(s.page, s.title, SECTION_TEMPLATE, {"section": s, "root": ""}) for s in sections)
    pages.extend(
        page(f"{s.name}.md", s.meta.title, "left_out.md.j2", {"title": s.meta.title, "root": ""})
        for s in result.catalog.left_out
    )
    pages.extend(page(a.page, a.title, ARTICLE_TEMPLATE, {"article": a, "root": "../"}) for a in articles)
    reference = [{title: path} for path, title in reference_pages]
    nav: tuple[Mapping[str, Any], ...] = (
        reference[0],
        *([{"Articles": [{nav_title(a.title): a.page} for a in articles]}] if articles else []),
        *reference[1:],
        {"Sections": [{nav_title(s.title): s.page} for s in sections]},
    )
    files = tuple(
        StaticFile(PairAddress.of(outcome.pair.id).figure(side, position), figure.svg.encode())
        for outcome in result.outcomes
        for side, run in outcome.runs.items()
        for position, figure in enumerate(run.figures, 1)
    ) + tuple(StaticFile(f"{FIGURES_DIR}/{name}", content) for name, content in info.performance_figures)
    pair_shells = Shells()
    if standalone:

        def remembered(material: object, render: Callable[[], str]) -> str:
            return memo.text(digester.digest((base, material)), render)

        def render_shells() -> tuple[Shell, ...]:
            cited = {
                o.pair.id: store.cite(o, sides, info, env, quotes=result.quotes, digester=digester)
                for o in result.outcomes
            }
            found = shells(result, info, env, views, cited, remembered=remembered)
            store.save()
            return found

        pair_shells = Shells(render_shells)
    return RenderedSite(pages=tuple(pages), nav=nav, files=files, shells=pair_shells)


def article_view(
    article: Article, pairs: Mapping[str, PairView], quotes: Quotes | None = None
) -> ArticleView:
    """An article with its directives resolved to the pairs' views and its quoted values filled in."""
    quotes = quotes or Quotes()
    parts = tuple(
        quotes.fill(part, literal) if isinstance(part, str) else _embed(part, pairs[part.pair_id])
        for part in article.parts
    )
    return ArticleView(
        name=article.name,
        title=article.title,
        page=f"articles/{article.name}.md",
        parts=parts,
    )


def _embed(embed: Embed, pair: PairView) -> EmbedView:
    """The pair as an article shows it: one folder down, so the prose's links are rebased."""
    page = pair.address.section_doc
    moved = replace(
        pair,
        description=rebase_links(pair.description, "../", page),
        sides=tuple(replace(side, note=rebase_links(side.note, "../", page)) for side in pair.sides),
    )
    return EmbedView(
        pair=moved,
        side=embed.side,
        show_code=embed.show is not Show.OUTPUT,
        show_output=embed.show is not Show.CODE,
    )


def render_sections(result: CatalogResult, templates: Templates, names: Collection[str]) -> tuple[Page, ...]:
    """The pages of the sections ``names`` alone, each as ``render_site`` renders it without a matrix.

    The same views, template and context, so the same text: the preview (which runs no version
    matrix) writes the sections an edit changed with these first, and the builder's server starts
    on them while the rest renders.
    """
    wanted = [section for section in result.catalog.sections if section.name in names]
    views = pair_views(result, None, {pair_id for section in wanted for pair_id in section.pair_ids})
    template = environment(templates).get_template(SECTION_TEMPLATE)
    return tuple(
        Page(view.page, view.title, template.render(section=view, root=""))
        for view in section_views(wanted, views)
    )


def render_articles(
    result: CatalogResult, templates: Templates, pair_ids: Collection[str]
) -> tuple[Page, ...]:
    """The pages of the articles that embed any of ``pair_ids``, as ``render_site`` renders them.

    Without a matrix, as ``render_sections``: a build started ahead builds them with the
    sections of those pairs.
    """
    wanted = [a for a in result.catalog.articles if not set(a.pair_ids).isdisjoint(pair_ids)]
    views = pair_views(result, None, {pair_id for article in wanted for pair_id in article.pair_ids})
    template = environment(templates).get_template(ARTICLE_TEMPLATE)
    shown = (article_view(article, views, result.quotes) for article in wanted)
    return tuple(Page(view.page, view.title, template.render(article=view, root="../")) for view in shown)


def pair_views(
    result: CatalogResult, matrix: Matrix | None, only: Collection[str] | None = None
) -> dict[str, PairView]:
    """Every judged pair's view (those of ``only``, when given), by id: the one way a page sees a pair."""
    titles = {p.id: p.title for p in result.catalog.pairs}
    by_id = {o.pair.id: o for o in result.outcomes}
    sides = result.catalog.sides
    return {
        pair_id: replace(
            pair_view(
                outcome,
                titles,
                sides,
                result.timings,
                quotes=result.quotes,
                threads=result.threads.get(pair_id),
                fix=_fix(proved_fix(outcome, by_id, sides)),
            ),
            versions=across.pair_versions(matrix, pair_id) if matrix else None,
        )
        for pair_id, outcome in by_id.items()
        if only is None or pair_id in only
    }


def section_views(sections: Iterable[Section], views: Mapping[str, PairView]) -> tuple[SectionView, ...]:
    """The views of ``sections``, their pairs' views in their order."""
    return tuple(
        SectionView(
            name=s.name,
            title=s.meta.title,
            intro=s.meta.intro,
            page=f"{s.name}.md",
            pairs=tuple(views[i] for i in s.pair_ids),
        )
        for s in sections
    )


def _fix(fix: Fix | None) -> tuple[Link, str] | None:
    """A fix as a pair's page shows it: a link, and its second side's short form."""
    return (Link(fix.title, fix.url), fix.calls[1] if len(fix.calls) > 1 else "") if fix else None


SECTION_TEMPLATE = "section.md.j2"
"""The template of a section's page."""
ARTICLE_TEMPLATE = "article.md.j2"
"""The template of an article's page."""

REFERENCE_PAGES = (
    ("index.md", "Home"),
    ("cheatsheet.md", "Cheat sheet"),
    ("traps.md", "Porting traps"),
    ("api.md", "API index"),
    ("coverage.md", "Coverage"),
    ("performance.md", "Performance"),
    ("cite.md", "How to cite"),
)


def _embed_example(views: Mapping[str, PairView], info: BuildInfo) -> str:
    """The embed address of the first pair, absolute when the site's address is known."""
    first = next(iter(views.values()), None)
    path = first.address.embed if first else PairAddress("SECTION", "NAME").embed
    return absolute(path, info.site_url)
