"""Articles: Markdown pages in ``articles/`` that embed pairs by id, checked before anything runs.

A pair is embedded by a directive alone on its line::

    ::pair SECTION/NAME [side=SIDE] [show=code|output]

``side`` keeps one side's column (a side name of the registry), ``show=code`` only the code,
``show=output`` only what ran (outputs, errors, figures, the result). The generator expands the
directive itself before MkDocs runs, so no MkDocs plugin is involved and any builder reads the
pages. An unknown id or a malformed directive is a Problem with the article's file and line, and
the closest existing ids. So is a malformed quoted value (``references``) or one naming no pair.
"""

import difflib
import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from generator.discover.references import Quoted, check_ids, quoted_in
from generator.discover.source import outside_problem, read_source, source_lines
from generator.errors import Problem, SnippetError
from generator.sides import SideRegistry

DIRECTIVE = "::pair"
_DIRECTIVE_LINE = re.compile(r"^::(?P<name>\S*)(?P<rest>.*)$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class Show(StrEnum):
    """Which parts of an embedded pair to show."""

    ALL = "all"
    CODE = "code"
    OUTPUT = "output"


@dataclass(frozen=True)
class Embed:
    """One ``::pair`` directive: which pair, which side (None: all), which parts, and its line."""

    pair_id: str
    side: str | None
    show: Show
    line: int


@dataclass(frozen=True)
class Article:
    """An article: its title, and its body as Markdown text interleaved with embedded pairs."""

    name: str
    path: Path
    title: str
    parts: tuple[str | Embed, ...]
    quotes: tuple[Quoted, ...] = ()
    """The values its text quotes from pairs' runs, each with its line."""

    @property
    def pair_ids(self) -> tuple[str, ...]:
        """The pairs the article embeds, in order."""
        return tuple(part.pair_id for part in self.parts if isinstance(part, Embed))

    @property
    def quoted_ids(self) -> tuple[str, ...]:
        """The pairs whose values the article quotes."""
        return tuple(q.found.reference.pair_id for q in self.quotes if q.found.reference is not None)


def read_articles(
    folder: Path, pair_ids: Collection[str], sides: SideRegistry, display: Path
) -> tuple[tuple[Article, ...], tuple[Problem, ...]]:
    """Every ``*.md`` article of ``folder`` (none when it does not exist), and every problem found.

    ``display`` is the folder as messages show it; an article with a problem is left out, the
    others are kept.
    """
    if not folder.is_dir():
        return (), ()
    articles: list[Article] = []
    problems: list[Problem] = []
    root = folder.resolve()
    for path in sorted(folder.glob("*.md")):
        refused = outside_problem(path, root, "the articles folder")
        if refused is None and not path.is_file():
            refused = Problem(path, 0, "not a regular file: an article is a Markdown file")
        if refused is not None:
            problems.append(replace(refused, path=display / path.name))
            continue
        article, found = parse_article(path, pair_ids, sides, display / path.name)
        problems.extend(found)
        if article is not None and not found:
            articles.append(article)
    return tuple(articles), tuple(problems)


def parse_article(
    path: Path, pair_ids: Collection[str], sides: SideRegistry, shown: Path
) -> tuple[Article | None, tuple[Problem, ...]]:
    """Parse one article; problems name ``shown`` and the line."""
    try:
        text = read_source(path)
    except SnippetError as exc:
        return None, (replace(exc.problem, path=shown),)
    lines = source_lines(text)
    problems: list[Problem] = []
    if not _SLUG.match(path.stem):
        problems.append(Problem(shown, 0, "article file names use lowercase letters, digits and '-'"))
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not lines[first].startswith("# "):
        return None, (
            *problems,
            Problem(shown, (first or 0) + 1, "an article starts with its '# Title' line"),
        )
    title = lines[first][2:].strip()
    parts: list[str | Embed] = []
    chunk: list[str] = []
    fenced = False
    names = [side.name for side in sides]
    quotes = quoted_in("\n".join(lines), names, shown, "\n".join(lines), 0)
    problems.extend(
        Problem(shown, quoted.line, f"quoted value {message}")
        for quoted in quotes
        if (message := check_ids(quoted, pair_ids))
    )
    for number, line in enumerate(lines[first + 1 :], start=first + 2):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        match = None if fenced else _DIRECTIVE_LINE.match(line)
        if match is None:
            chunk.append(line)
            continue
        found = _directive(match, number, pair_ids, sides, shown)
        if isinstance(found, Problem):
            problems.append(found)
            continue
        parts.extend(["\n".join(chunk)] if chunk else [])
        parts.append(found)
        chunk = []
    parts.extend(["\n".join(chunk)] if chunk else [])
    return Article(path.stem, shown, title, tuple(parts), quotes), tuple(problems)


def _directive(
    match: re.Match[str], line: int, pair_ids: Collection[str], sides: SideRegistry, shown: Path
) -> Embed | Problem:
    def problem(message: str) -> Problem:
        return Problem(shown, line, message)

    if f"::{match['name']}" != DIRECTIVE:
        return problem(f"unknown directive '::{match['name']}': the only directive is '{DIRECTIVE} ID'")
    words = match["rest"].split()
    if not words or "=" in words[0]:
        return problem(f"'{DIRECTIVE}' needs a pair id first, e.g. '{DIRECTIVE} walkthrough/array-from-list'")
    pair_id, options = words[0], words[1:]
    if pair_id not in pair_ids:
        close = difflib.get_close_matches(pair_id, list(pair_ids), n=3, cutoff=0.5)
        hint = f"; closest: {', '.join(close)}" if close else ""
        return problem(f"no pair has the id {pair_id!r}{hint}")
    side: str | None = None
    show = Show.ALL
    side_names = [s.name for s in sides]
    for option in options:
        key, _, value = option.partition("=")
        if key == "side" and value in side_names:
            side = value
        elif key == "show" and value in (Show.CODE, Show.OUTPUT):
            show = Show(value)
        elif key == "side":
            return problem(f"option 'side': expected one of {', '.join(side_names)}, got {value!r}")
        elif key == "show":
            return problem(f"option 'show': expected 'code' or 'output', got {value!r}")
        else:
            return problem(f"unknown option {option!r}: expected side=SIDE or show=code|output")
    return Embed(pair_id, side, show, line)
