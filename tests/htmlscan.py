"""What a browser would run: live markup found in HTML, and Markdown rendered as the site renders it.

``live_markup`` lists what prose must never produce: script and other active elements, the
``<b>``/``<i>`` elements the tests write as raw HTML, event-handler attributes and script URLs.
``site_markdown`` is Python-Markdown with the extensions of the shipped ``mkdocs.yml``, so unit
tests see what MkDocs would make of a piece of prose.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import markdown

from generator.site.config import Templates, builder_config, load_site_config

REPO = Path(__file__).resolve().parent.parent

ACTIVE = {"script", "iframe", "object", "embed", "img", "svg", "style", "b", "i"}
"""Elements a prose test writes as raw HTML; the Markdown tested never produces them itself."""
_SCRIPT_URL = re.compile(r"^(javascript|vbscript):", re.IGNORECASE)


class _Scanner(HTMLParser):
    def __init__(self, marker: str, active: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.marker, self.active = marker, active
        self.found: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.open.append(tag)
        if tag in self.active:
            self.found.append(f"<{tag}> element")
        for name, value in attrs:
            if name.startswith("on") and self.marker in (value or ""):
                self.found.append(f"{name}= attribute on <{tag}>")
            url = re.sub(r"[\x00-\x20]", "", value or "")
            if name in ("href", "src", "action", "formaction") and _SCRIPT_URL.match(url):
                self.found.append(f"{name}={value!r} on <{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] == "script" and self.marker in data:
            self.found.append(f"a script running {data.strip()[:60]!r}")


def live_markup(html: str, *, marker: str = "", active: set[str] = ACTIVE) -> list[str]:
    """Every live element, handler or script URL in ``html``.

    With a ``marker``, only handlers and scripts that mention it count, and ``active`` says which
    elements count at all: a whole built page has the theme's own scripts and spans.
    """
    scanner = _Scanner(marker, active)
    scanner.feed(html)
    scanner.close()
    return scanner.found


def site_markdown() -> markdown.Markdown:
    """Python-Markdown configured with the extensions of the site's ``mkdocs.yml``."""
    site = load_site_config(REPO / "mkdocs.yml", Templates.find(REPO))
    config = builder_config(site, docs_dir=REPO, site_dir=REPO, nav=(), footer="", overrides=None)
    names: list[str] = []
    options: dict[str, object] = {}
    for entry in config["markdown_extensions"]:
        name, settings = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if settings:
            options[name] = settings
    return markdown.Markdown(extensions=names, extension_configs=options)


def to_html(text: str) -> str:
    """``text`` rendered as a page of the site renders its Markdown."""
    return site_markdown().convert(text)


class _Text(HTMLParser):
    """The text a reader sees outside code: what Markdown or a template should have turned into markup."""

    QUOTED = frozenset({"code", "pre", "script", "style", "textarea", "kbd", "samp"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.QUOTED:
            self.depth += 1
        elif tag in ("p", "div", "li", "td", "th", "br", "h1", "h2", "h3", "h4", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.QUOTED and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)


UNRENDERED = (
    (re.compile(r"^\s*\|.*\|\s*$", re.MULTILINE), "a Markdown table row"),
    (re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|", re.MULTILINE), "a Markdown table rule"),
    (re.compile(r"^\s*::pair\b", re.MULTILINE), "an article directive"),
    (re.compile(r"\{\{|\}\}|\{%|%\}"), "template syntax"),
    (re.compile(r"^#{1,6} \S", re.MULTILINE), "a Markdown heading"),
    (re.compile(r"\]\([^)\s]*\)"), "a Markdown link"),
)


def unrendered(html: str) -> list[str]:
    """What a page shows as text that should have been markup: table rows, directives, template code.

    Code, preformatted output and scripts are left out: a snippet may print any of these.
    """
    scanner = _Text()
    scanner.feed(html)
    scanner.close()
    text = "".join(scanner.parts)
    return [
        f"{what}: {match.group(0).strip()[:80]!r}"
        for pattern, what in UNRENDERED
        for match in pattern.finditer(text)
    ]
