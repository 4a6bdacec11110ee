"""Every internal link and anchor of the built site resolves, read from the files (no browser needed).

Also checked from the files: nothing a page loads comes from another origin, every pair heading
carries its permalink, and every page's footer names the build date and the versions.
"""

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from browser.support import pairs_document

# Attributes whose URL the browser fetches by itself, as opposed to a link the reader may follow.
LOADED = {("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"), ("iframe", "src")}
LINKS = {("a", "href"), ("area", "href"), ("form", "action")}


@dataclass
class PageFacts:
    """What one HTML file defines and refers to."""

    ids: set[str] = field(default_factory=set)
    urls: list[tuple[str, str]] = field(default_factory=list)  # (tag.attribute, url)
    permalinks: set[str] = field(default_factory=set)  # ids of h2 headings that link to themselves
    text: list[str] = field(default_factory=list)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self._heading: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.facts.ids.add(values[name])
        for attribute, value in values.items():
            if (tag, attribute) in LOADED | LINKS:
                self.facts.urls.append((f"{tag}.{attribute}", value))
        if tag == "h2":
            self._heading = values.get("id")
        elif (
            tag == "a"
            and self._heading
            and "headerlink" in values.get("class", "").split()
            and values.get("href") == f"#{self._heading}"
        ):
            self.facts.permalinks.add(self._heading)

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.facts.text.append(data)


def read_page(path: Path) -> PageFacts:
    reader = _Reader()
    reader.feed(path.read_text(encoding="utf-8"))
    reader.close()
    return reader.facts


@pytest.fixture(scope="module")
def pages(site: Path) -> dict[Path, PageFacts]:
    """Every HTML file of the real site, parsed once."""
    found = {path: read_page(path) for path in sorted(site.rglob("*.html"))}
    assert site / "index.html" in found
    return found


def internal_targets(site: Path, page: Path, url: str) -> Iterator[tuple[Path, str]]:
    """The file and fragment a same-site URL points at (nothing for other origins or schemes)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return
    if parts.path.startswith("/"):
        target = site / unquote(parts.path).lstrip("/")
    elif parts.path:
        target = page.parent / unquote(parts.path)
    else:
        target = page
    if target.is_dir():
        target /= "index.html"
    yield target.resolve(), unquote(parts.fragment)


def test_every_internal_link_and_anchor_resolves(site: Path, pages: dict[Path, PageFacts]) -> None:
    facts = {path.resolve(): page for path, page in pages.items()}
    broken: list[str] = []
    checked = 0
    for path, page in pages.items():
        for kind, url in page.urls:
            if url.lower().startswith("javascript:"):
                broken.append(f"{path.name}: {kind} runs script: {url}")
            for target, fragment in internal_targets(site, path, url):
                checked += 1
                if not target.is_file():
                    broken.append(f"{path.name}: {kind} {url}: no file {target}")
                elif fragment and target.suffix == ".html" and fragment not in facts[target].ids:
                    broken.append(f"{path.name}: {kind} {url}: no anchor #{fragment} in {target.name}")
    assert checked > 0
    assert not broken, "\n".join(broken)


def test_pair_addresses_and_search_results_resolve(site: Path, pages: dict[Path, PageFacts]) -> None:
    """pairs.json's URLs and the search index's locations lead to a page and an anchor on it."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [pair["url"] for pair in pairs_document(site)["pairs"]]
    locations += [doc["location"] for doc in index["docs"] if doc["location"]]
    assert locations
    for location in locations:
        page, _, fragment = location.partition("#")
        target = site / (page or "index.html")
        assert target.is_file(), location
        if fragment:
            assert unquote(fragment) in pages[target].ids, location


def test_nothing_is_loaded_from_another_origin(pages: dict[Path, PageFacts]) -> None:
    remote = [
        f"{path.name}: {kind} {url}"
        for path, page in pages.items()
        for kind, url in page.urls
        if tuple(kind.split(".")) in LOADED
        and (urlsplit(url).scheme in {"http", "https"} or url.startswith("//"))
    ]
    assert not remote, "\n".join(remote)
    stylesheets = [path.read_text(encoding="utf-8") for path in next(iter(pages)).parent.rglob("*.css")]
    assert stylesheets
    remote_in_css = re.compile(r"""url\(\s*['"]?(?:https?:)?//""")
    assert not any(remote_in_css.search(css) for css in stylesheets)


def test_every_pair_heading_has_its_permalink(site: Path, pages: dict[Path, PageFacts]) -> None:
    missing = []
    for pair in pairs_document(site)["pairs"]:
        page, _, anchor = pair["url"].partition("#")
        if anchor not in pages[site / page].permalinks:
            missing.append(pair["url"])
    assert not missing, missing


def test_every_page_names_the_build_date_and_versions(site: Path, pages: dict[Path, PageFacts]) -> None:
    document = pairs_document(site)
    for path, page in pages.items():
        text = html.unescape(" ".join(page.text))
        assert document["generated"] in text, path.name
        for library in ("python", "numpy", "torch"):
            assert document["versions"][library] in text, (path.name, library)
