"""Citations of one pair: Markdown, HTML, BibTeX and JSON, each self-contained and pasteable.

A citation carries both codes, both outputs and errors, the verdict, the versions that produced
them and the permalink, so a reader of someone else's article can see what was run and check it.
The HTML form is highlighted by Pygments with inline styles and contains no script, so it
survives any blog's sanitiser; the Markdown form uses fenced code blocks.
"""

import json
import re
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import Markup
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer, PythonTracebackLexer

from generator.compare.quotes import Quotes
from generator.compare.verdict import PairOutcome
from generator.errors import displayable
from generator.files import write_atomically
from generator.sides import SideRegistry
from generator.site.export import dumps, pair_entry, permalink
from generator.site.inert import fence
from generator.site.memo import Digester
from generator.site.pages import BuildInfo

SITE_KEY = "np2t"
"""The prefix of every BibTeX key, so a pair's key stays the same when the site is renamed."""

CITATION_FORMAT = "2"
"""Part of every stored citation's key: bump it when this module changes what a citation holds
(its templates are part of the key already), so that no citation made the old way is shown."""


class CiteFormat(StrEnum):
    """The forms ``np2t cite`` prints."""

    MARKDOWN = "markdown"
    HTML = "html"
    JSON = "json"
    BIBTEX = "bibtex"


@dataclass(frozen=True)
class Citation:
    """Every form of one pair's citation."""

    markdown: str
    html: str
    json: str
    bibtex: str

    def form(self, kind: CiteFormat) -> str:
        """One form by name."""
        return {
            CiteFormat.MARKDOWN: self.markdown,
            CiteFormat.HTML: self.html,
            CiteFormat.BIBTEX: self.bibtex,
            CiteFormat.JSON: self.json,
        }[kind]


def cite(
    outcome: PairOutcome, sides: SideRegistry, info: BuildInfo, env: Environment, quotes: Quotes | None = None
) -> Citation:
    """All forms of the citation of one judged pair, from the build that judged it and its ``quotes``."""
    entry = pair_entry(outcome, sides, info.site_url, quotes=quotes)
    link = permalink(outcome.pair.id, info.site_url)
    versions = info.versions_text
    columns = [(side.label, _shown(entry[side.name])) for side in sides if entry[side.name]]
    context = {"entry": entry, "link": link, "versions": versions, "date": info.date, "site": info.site_name}
    markdown = env.get_template("citation.md.j2").render(
        **context, columns=columns, fence=lambda text, lang: str(fence(text, lang))
    )
    html = env.get_template("citation.html.j2").render(
        **context, columns=[(label, side, _highlighted(side)) for label, side in columns]
    )
    document = {"generated": info.date, "versions": dict(info.versions), "permalink": link, "pair": entry}
    return Citation(
        markdown=markdown,
        html=html,
        bibtex=pair_bibtex(outcome, info),
        json=dumps(document),
    )


class CitationStore:
    """Citations kept between builds in one JSON file, by a hash of everything they are made from.

    Highlighting both codes of every pair takes seconds; a build that changed nothing, or one
    pair, should not pay them again. The key covers the pair (its files, runs and verdict), the
    build's date, versions, the site's name and address, and the citation templates, so a stale
    citation cannot be shown.
    The file is rewritten with exactly the citations of this build, so it never grows.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._known: dict[str, dict[str, str]] = {}
        if path is not None:
            try:
                loaded = json.loads(path.read_text(encoding="utf-8"))
                self._known = loaded if isinstance(loaded, dict) else {}
            except (FileNotFoundError, ValueError):
                self._known = {}
        self._used: dict[str, dict[str, str]] = {}
        self._sources: list[str] | None = None

    def cite(
        self,
        outcome: PairOutcome,
        sides: SideRegistry,
        info: BuildInfo,
        env: Environment,
        *,
        quotes: Quotes | None = None,
        digester: Digester | None = None,
    ) -> Citation:
        """The pair's citation, from the store when nothing it depends on changed.

        ``digester`` may know the outcome's digest already (``memo``).
        """
        quotes = quotes or Quotes()
        difference = outcome.pair.meta.difference if outcome.pair.meta else None
        material = (
            CITATION_FORMAT,
            quotes.fill(difference or ""),
            outcome,
            [side.name for side in sides],
            info.date,
            sorted(info.versions.items()),
            info.site_name,
            info.site_url,
            self._templates(env),
        )
        key = (digester or Digester()).digest(material)
        forms = self._known.get(key)
        if not (isinstance(forms, dict) and set(forms) == {f.value for f in CiteFormat}):
            forms = asdict(cite(outcome, sides, info, env, quotes))
        self._used[key] = forms
        return Citation(**forms)

    def _templates(self, env: Environment) -> list[str]:
        """The citation templates' sources, read once per store (they are part of every key)."""
        if self._sources is None:
            self._sources = [_template_source(env, name) for name in ("citation.md.j2", "citation.html.j2")]
        return self._sources

    def save(self) -> None:
        """Write this build's citations, atomically, replacing the previous build's."""
        if self.path is None:
            return
        write_atomically(self.path, json.dumps(self._used).encode("utf-8"))


def _template_source(env: Environment, name: str) -> str:
    loader = env.loader
    return loader.get_source(env, name)[0] if loader is not None else name


def pair_bibtex(outcome: PairOutcome, info: BuildInfo) -> str:
    """A ``@misc`` entry for one pair."""
    pair = outcome.pair
    link = permalink(pair.id, info.site_url)
    versions = info.versions_text
    fields = {
        "title": f"{info.site_name}: {pair.title}",
        "author": info.site_name,
        "year": info.date[:4],
        "howpublished": f"\\url{{{link}}}",
        "note": f"Pair {pair.id}, verdict {outcome.judgement.summary}; executed {info.date} with {versions}",
    }
    return _bibtex_entry(f"{SITE_KEY}:{pair.id}", fields, raw=("howpublished",))


def site_bibtex(info: BuildInfo) -> str:
    """A ``@misc`` entry for the whole reference."""
    versions = info.versions_text
    fields = {
        "title": info.site_name,
        "author": info.site_name,
        "year": info.date[:4],
        "howpublished": f"\\url{{{info.site_url or 'index.html'}}}",
        "note": f"Every pair executed {info.date} with {versions}",
    }
    return _bibtex_entry(SITE_KEY, fields, raw=("howpublished",))


def _bibtex_entry(key: str, fields: dict[str, str], raw: tuple[str, ...]) -> str:
    """One entry; field text is escaped for LaTeX and braces are dropped, so the entry always parses."""
    lines = [f"@misc{{{key},"]
    for name, value in fields.items():
        text = value if name in raw else _latex(value)
        lines.append(f"  {name} = {{{text}}},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _latex(text: str) -> str:
    text = text.replace("{", "").replace("}", "").replace("\\", "")
    return re.sub(r"([&%$#_])", r"\\\1", text)


def _shown(side: dict[str, Any]) -> dict[str, Any]:
    """A side's entry as the Markdown and HTML citations show it.

    Its outputs' control characters become escapes, as on the pages; its error and fault texts
    have them escaped already.
    """
    return {**side, "stdout": displayable(side["stdout"]), "stderr": displayable(side["stderr"])}


def _highlighted(side: dict[str, object]) -> dict[str, Markup]:
    """Code and traceback as Pygments HTML with inline styles: no stylesheet needed where it is pasted."""
    formatter = HtmlFormatter(noclasses=True, nowrap=False)
    code = Markup(highlight(str(side["code"]), PythonLexer(), formatter))
    error = side.get("error")
    trace = (
        Markup(highlight(error["traceback"], PythonTracebackLexer(), formatter))
        if isinstance(error, dict)
        else ""
    )
    return {"code": code, "traceback": Markup(trace)}
