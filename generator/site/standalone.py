"""A page and an embed for every pair, outside the navigation, cut from the built section pages.

MkDocs renders every pair once, on its section page; rebuilding each pair as a page of its own
would double the build. Instead the section template marks each pair with HTML comments, and
after MkDocs has built the site, each marked fragment is placed into a small shell: the pair's
page (title and description metadata for link previews, citations to copy, the embed snippet)
and its embed (no navigation, for an ``<iframe>``, reporting its height to the parent page). The
shells are rendered from templates before the build; only the fragment and the stylesheets the
builder produced are filled in afterwards. Old ids get redirect pages.
"""

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from jinja2 import Environment

from generator.compare.pipeline import CatalogResult
from generator.site.address import PairAddress, absolute, up_to_root
from generator.site.cite import Citation
from generator.site.export import permalink
from generator.site.pages import BuildInfo, build_line
from generator.site.views import PairView

STYLESHEETS = "<!--np2t:stylesheets-->"
FRAGMENT = "<!--np2t:fragment-->"
_MARKED = re.compile(r"<!-- np2t:pair (?P<id>\S+) -->(?P<html>.*?)<!-- /np2t:pair -->", re.DOTALL)
_STYLESHEET = re.compile(r'<link rel="stylesheet" href="(?P<href>[^"]+)"')
_ANCHOR = re.compile(r'href="#(?P<anchor>[^"]*)"')
_RELATIVE = re.compile(r'(?P<attr>\b(?:href|src)=")(?P<url>(?![a-z][a-z0-9+.-]*:|/|#)[^"]*)"')


Remembered = Callable[[object, Callable[[], str]], str]
"""A text kept for these values, or the one the callable renders."""


class Shells:
    """A site's pair pages, embeds and redirects, rendered the first time they are asked for.

    The builder reads none of them (they are filled in after it, from the pages it built), so a
    build renders them while the builder runs (``build_site``), and the preview, which publishes
    none, never renders them.
    """

    def __init__(self, render: Callable[[], tuple["Shell", ...]] | None = None) -> None:
        self._render = render
        self._shells: tuple[Shell, ...] = ()

    def get(self) -> tuple["Shell", ...]:
        """The shells, rendered now if they were not yet."""
        if self._render is not None:
            self._shells, self._render = self._render(), None
        return self._shells


class StandaloneError(Exception):
    """A built section page lacks a pair it should hold: the builder dropped the markers."""


@dataclass(frozen=True)
class Shell:
    """A pair's standalone page before the build: its path, the section page holding its fragment."""

    path: str
    pair_id: str
    section_html: str
    html: str


def shells(
    result: CatalogResult,
    info: BuildInfo,
    env: Environment,
    views: Mapping[str, PairView],
    citations: Mapping[str, Citation],
    *,
    remembered: Remembered = lambda material, render: render(),
) -> tuple[Shell, ...]:
    """A page and an embed shell per pair, and redirect pages (already complete) for old ids.

    ``remembered(values, render)`` may return a text kept from an earlier build for the same values.
    """
    page_template, embed_template, iframe_template = (
        env.get_template("pair_page.html.j2"),
        env.get_template("embed_page.html.j2"),
        env.get_template("iframe.html.j2"),
    )
    sections = {s.name: s.meta.title for s in result.catalog.sections}
    found: list[Shell] = []
    for outcome in result.outcomes:
        pair = views[outcome.pair.id]
        section_html = pair.address.section_page
        link = permalink(pair.id, info.site_url)
        context = {
            "pair": pair,
            "root": "../../",
            "site_name": info.site_name,
            "date": info.date,
            "description": _description(pair),
            "permalink": link,
            "permalink_absolute": bool(info.site_url),
            "section_url": section_html,
            "section_title": sections[outcome.pair.section],
            "built": build_line(info),
        }
        citation = citations[pair.id]
        embed_url = absolute(pair.address.embed, info.site_url)
        iframe = iframe_template.render(src=embed_url, title=pair.title_text)
        forms = (
            ("Markdown", citation.markdown),
            ("HTML", citation.html),
            ("BibTeX", citation.bibtex),
            ("Embed (iframe)", iframe),
        )
        page_html = remembered(
            ("pair_page.html.j2", context, forms), partial(page_template.render, **context, citations=forms)
        )
        embed_html = remembered(("embed_page.html.j2", context), partial(embed_template.render, **context))
        found.append(Shell(pair.page, pair.id, section_html, page_html))
        found.append(Shell(pair.address.embed, pair.id, section_html, embed_html))
        for old in outcome.pair.meta.old_ids if outcome.pair.meta else ():
            found.extend(_redirects(env, old, pair.id, info.site_url, build_line(info)))
    return tuple(found)


def fill(site_dir: Path, found: Iterable[Shell]) -> None:
    """Write every shell into the built site, with its fragment cut from its section page."""
    stylesheets = _STYLESHEET.findall((site_dir / "index.html").read_text(encoding="utf-8"))
    fragments: dict[str, dict[str, str]] = {}
    for shell in found:
        html = shell.html
        if FRAGMENT in html:
            if shell.section_html not in fragments:
                text = (site_dir / shell.section_html).read_text(encoding="utf-8")
                fragments[shell.section_html] = {m["id"]: m["html"] for m in _MARKED.finditer(text)}
            fragment = fragments[shell.section_html].get(shell.pair_id)
            if fragment is None:
                raise StandaloneError(f"{shell.section_html} holds no marked fragment for {shell.pair_id}")
            prefix = up_to_root(shell.path)
            links = "\n".join(f'<link rel="stylesheet" href="{prefix}{href}">' for href in stylesheets)
            rebased = _rebase(fragment, prefix, shell.section_html)
            html = html.replace(STYLESHEETS, links).replace(FRAGMENT, rebased)
        target = site_dir / shell.path
        content = html.encode()
        if _holds(target, content):
            continue  # a patched site keeps its link to the published file: creating one costs more
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)  # a patched site's files may be links to the published one's
        target.write_bytes(content)


def _holds(path: Path, content: bytes) -> bool:
    """Whether the file at ``path`` holds exactly ``content`` (a missing file holds nothing)."""
    try:
        return path.stat().st_size == len(content) and path.read_bytes() == content
    except FileNotFoundError:
        return False


def _rebase(fragment: str, prefix: str, section_html: str) -> str:
    """Links and sources of a root-level page, made to work from ``prefix`` deeper.

    Relative addresses get the prefix; an anchor alone (``#other-pair``) pointed into the section
    page, where the pair it names lives.
    """
    fragment = _RELATIVE.sub(lambda m: f'{m["attr"]}{prefix}{m["url"]}"', fragment)
    return _ANCHOR.sub(lambda m: f'href="{prefix}{section_html}#{m["anchor"]}"', fragment)


def _redirects(env: Environment, old: str, new: str, site_url: str | None, built: str) -> list[Shell]:
    template = env.get_template("redirect.html.j2")
    pages = []
    old_address, new_address = PairAddress.of(old), PairAddress.of(new)
    for old_page, new_page in ((old_address.page, new_address.page), (old_address.embed, new_address.embed)):
        # Both pages lie under the same top folder (pairs/ or embed/): lead back to it, then down.
        target = up_to_root(old_page).removeprefix("../") + new_page.split("/", 1)[1]
        canonical = absolute(new_page, site_url) if site_url else ""
        html = template.render(old_id=old, new_id=new, target=target, canonical=canonical, built=built)
        pages.append(Shell(old_page, new, "", html))
    return pages


def _description(pair: PairView) -> str:
    """A one-paragraph plain-text description for link previews: the prose's first paragraph."""
    text = pair.description.strip().split("\n\n")[0] if pair.description else pair.summary
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = " ".join(text.replace("`", "").split())
    return text if len(text) <= 200 else text[:197].rsplit(" ", 1)[0] + "…"
