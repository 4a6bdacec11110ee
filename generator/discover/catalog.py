"""Discover the catalog: section folders, their pairs, and every problem found along the way.

A malformed file never stops discovery: it becomes a Problem attached to its pair (or to the
catalog, for section-level trouble) so the report shows it beside every other pair's result.
"""

import fnmatch
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from generator.discover.articles import Article, read_articles
from generator.discover.metadata import PairMeta, SectionMeta, load_section_meta
from generator.discover.parse import Snippet, SnippetParser, parse_snippet
from generator.discover.references import check_ids, pair_quotes
from generator.discover.source import outside_problem
from generator.errors import Problem, SnippetError
from generator.sides import DEFAULT_SIDES, Side, SideRegistry

SECTION_FILE = "_section.toml"
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_IGNORED = ("__pycache__",)


@dataclass(frozen=True)
class Pair:
    """Two snippets that claim something about each other, or the problems that stop them from doing so."""

    id: str
    section: str
    name: str
    meta: PairMeta | None
    snippets: tuple[Snippet, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def title(self) -> str:
        """The pair's title, or its id while its metadata is broken."""
        return self.meta.title if self.meta else self.id

    def snippet(self, side_name: str) -> Snippet | None:
        """The snippet of one side, when that file exists and parsed."""
        return next((s for s in self.snippets if s.side.name == side_name), None)


@dataclass(frozen=True)
class Section:
    """A folder of pairs with its title, position and introduction."""

    name: str
    meta: SectionMeta
    pair_ids: tuple[str, ...]


@dataclass(frozen=True)
class Catalog:
    """Everything discovery found under a snippets folder."""

    root: Path
    sections: tuple[Section, ...]
    pairs: tuple[Pair, ...]
    problems: tuple[Problem, ...] = ()
    sides: SideRegistry = DEFAULT_SIDES
    articles: tuple[Article, ...] = ()
    left_out: tuple[Section, ...] = ()
    """Sections a selection (``select``) left without a pair: other pages' prose may still link to them."""


def discover(
    root: Path,
    base: Path | None = None,
    sides: SideRegistry = DEFAULT_SIDES,
    articles: Path | None = None,
    parser: SnippetParser = parse_snippet,
) -> Catalog:
    """Walk ``root`` and return every section and pair in display order, and the articles.

    ``base`` is the folder display paths are relative to (default: the current directory when
    ``root`` is inside it), so tracebacks and pages show ``snippets/x/y.numpy.py``. ``articles``
    is the folder of articles (none when None or absent); their directives must name pairs here.
    ``parser`` reads each snippet file (a ParseCache, in a process that discovers again after
    each edit).
    """
    root = root.resolve()
    if not root.is_dir():
        raise SnippetError(Problem(root, 0, "the snippets folder does not exist"))
    base = (base or Path.cwd()).resolve()
    sections: list[Section] = []
    pairs: list[Pair] = []
    problems: list[Problem] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in _IGNORED):
        refused = _outside(folder, root) or _misnamed(folder, folder.name, "section folder")
        if refused is not None:
            problems.append(refused)
            continue
        section_meta, section_problems = _section_meta(folder, root)
        problems.extend(section_problems)
        found, stray = _pairs_in(folder, root, base, sides, parser)
        problems.extend(stray)
        found.sort(key=lambda p: (p.meta.order if p.meta else 0, p.name))
        sections.append(Section(name=folder.name, meta=section_meta, pair_ids=tuple(p.id for p in found)))
        pairs.extend(found)
    sections.sort(key=lambda s: (s.meta.order, s.name))
    order = {s.name: i for i, s in enumerate(sections)}
    pairs.sort(key=lambda p: order[p.section])
    checked = _check_old_ids(_check_links(pairs, sides), sides)
    pairs = [replace(p, problems=tuple(_relative(q, base) for q in p.problems)) for p in checked]
    found_articles: tuple[Article, ...] = ()
    if articles is not None:
        shown = Path(_display(articles.resolve(), base))
        found_articles, article_problems = read_articles(articles, {p.id for p in pairs}, sides, shown)
        problems.extend(article_problems)
    return Catalog(
        root=root,
        sections=tuple(sections),
        pairs=tuple(pairs),
        problems=tuple(_relative(q, base) for q in problems),
        sides=sides,
        articles=found_articles,
    )


def select(catalog: Catalog, patterns: Sequence[str]) -> Catalog:
    """Keep the pairs whose id or section matches any pattern (shell-style globs allowed)."""
    if not patterns:
        return catalog

    def wanted(pair: Pair) -> bool:
        return any(fnmatch.fnmatchcase(pair.id, p) or fnmatch.fnmatchcase(pair.section, p) for p in patterns)

    pairs = tuple(p for p in catalog.pairs if wanted(p))
    kept = {p.id for p in pairs}
    sections = tuple(
        replace(s, pair_ids=tuple(i for i in s.pair_ids if i in kept))
        for s in catalog.sections
        if any(i in kept for i in s.pair_ids)
    )
    articles = tuple(a for a in catalog.articles if set(a.pair_ids) | set(a.quoted_ids) <= kept)
    left_out = tuple(s for s in catalog.sections if not any(i in kept for i in s.pair_ids))
    return replace(catalog, sections=sections, pairs=pairs, articles=articles, left_out=left_out)


def _section_meta(folder: Path, root: Path) -> tuple[SectionMeta, list[Problem]]:
    fallback = SectionMeta(title=folder.name, order=10_000)
    path = folder / SECTION_FILE
    outside = _outside(path, root)
    if outside is not None:
        return fallback, [outside]
    if not path.is_file():
        return fallback, [Problem(path, 0, f"missing {SECTION_FILE} (title, order, intro) for this section")]
    try:
        return load_section_meta(path), []
    except SnippetError as exc:
        return fallback, [exc.problem]


def _pairs_in(
    folder: Path, root: Path, base: Path, sides: SideRegistry, parser: SnippetParser
) -> tuple[list[Pair], list[Problem]]:
    files: dict[str, dict[str, Path]] = {}
    stray: list[Problem] = []
    for path in sorted(folder.iterdir()):
        if path.name == SECTION_FILE or path.name in _IGNORED or path.name.startswith("."):
            continue
        side = sides.for_file(path.name)
        name = path.name.removesuffix(side.suffix) if side else ""
        refused = (
            _link_outside(path, root)
            or _not_a_snippet_file(path, side is not None, sides)
            or _misnamed(path, name, "pair")
        )
        if refused is not None or side is None:
            stray.extend([refused] if refused else [])
            continue
        files.setdefault(name, {})[side.name] = path
    return [_pair(folder, name, paths, base, sides, parser=parser) for name, paths in files.items()], stray


def _outside(path: Path, root: Path) -> Problem | None:
    """A link that leads out of the snippets folder: reading it would publish whatever it points to."""
    return outside_problem(path, root, "the snippets folder")


def _link_outside(path: Path, root: Path) -> Problem | None:
    """``_outside`` for an entry of a section folder that was itself found inside the snippets folder.

    An entry that is no link lies where its folder lies, so only links need resolving: resolving
    every snippet file after each edit was a large part of the preview's discovery.
    """
    return _outside(path, root) if path.is_symlink() else None


def _misnamed(path: Path, name: str, kind: str) -> Problem | None:
    """Why a name cannot be an id, if it cannot.

    An id becomes an address and an anchor, and ``Sort`` and ``sort`` are one file on some file
    systems, so only lowercase ASCII letters, digits and '-' are accepted.
    """
    if _NAME.match(name):
        return None
    return Problem(path, 0, f"{kind} names use lowercase letters, digits and '-', not {name!r}: left out")


def _not_a_snippet_file(path: Path, named_like_one: bool, sides: SideRegistry) -> Problem | None:
    if path.is_dir():
        holds = f"a section holds only snippet files and {SECTION_FILE}"
        return Problem(path, 0, f"a folder, not a file: {holds}")
    if not path.is_file():
        return Problem(path, 0, "not a regular file (a broken link, a pipe or a device)")
    if not named_like_one:
        suffixes = " or ".join(s.suffix for s in sides)
        return Problem(path, 0, f"unexpected file: snippet files end in {suffixes}")
    return None


def _pair(
    folder: Path, name: str, paths: dict[str, Path], base: Path, sides: SideRegistry, *, parser: SnippetParser
) -> Pair:
    pair_id = f"{folder.name}/{name}"
    problems: list[Problem] = []
    snippets: list[Snippet] = []
    meta: PairMeta | None = None
    for side in sides:
        path = paths.get(side.name)
        if path is None:
            problems.append(_missing_partner(folder, name, side, next(iter(paths.values())), pair_id))
            continue
        try:
            parsed = parser(path, side, _display(path, base), sides)
        except SnippetError as exc:
            problems.append(exc.problem)
            continue
        snippets.append(parsed.snippet)
        if side == sides.reference:
            meta = parsed.meta
    return Pair(
        id=pair_id,
        section=folder.name,
        name=name,
        meta=meta,
        snippets=tuple(snippets),
        problems=tuple(problems),
    )


def _missing_partner(folder: Path, name: str, side: Side, partner: Path, pair_id: str) -> Problem:
    expected = f"{name}{side.suffix}"
    twins = (p.name for p in sorted(folder.iterdir()) if p.name.lower() == expected.lower())
    twin = next((found for found in twins if found != expected), None)
    hint = f"; {twin} differs from that name only in letter case" if twin else ""
    return Problem(partner, 0, f"missing partner file {expected} (the {side.label} side of {pair_id}){hint}")


def _check_links(pairs: list[Pair], sides: SideRegistry) -> list[Pair]:
    """Problems of the pair that wrote them: a `see` or `fix` naming no pair, a malformed quoted value."""
    known = {p.id for p in pairs}
    checked: list[Pair] = []
    for pair in pairs:
        reference = pair.snippet(sides.reference.name)
        if not (pair.meta and reference):
            checked.append(pair)
            continue
        problems = [
            Problem(quoted.path, quoted.line, f"quoted value {message}")
            for quoted in pair_quotes(pair.snippets, pair.meta, sides)
            if (message := check_ids(quoted, known))
        ]
        if missing := [target for target in pair.meta.see if target not in known]:
            line = pair.meta.line_of("see") or 0
            problems.append(
                Problem(reference.path, line, f"key 'see': no pair has the id {', '.join(missing)}")
            )
        if pair.meta.fix is not None and pair.meta.fix not in known:
            line = pair.meta.line_of("fix") or 0
            problems.append(Problem(reference.path, line, f"key 'fix': no pair has the id {pair.meta.fix}"))
        checked.append(replace(pair, problems=(*pair.problems, *problems)) if problems else pair)
    return checked


def _check_old_ids(pairs: list[Pair], sides: SideRegistry) -> list[Pair]:
    """An old id must not be a current id or another pair's old id: its redirect would be ambiguous."""
    current = {p.id for p in pairs}
    claimed: dict[str, str] = {}
    checked: list[Pair] = []
    for pair in pairs:
        reference = pair.snippet(sides.reference.name)
        clashes = []
        for old in pair.meta.old_ids if pair.meta else ():
            if old in current:
                clashes.append(f"{old} is the id of an existing pair")
            elif old in claimed:
                clashes.append(f"{old} is already an old id of {claimed[old]}")
            claimed.setdefault(old, pair.id)
        if not (clashes and pair.meta and reference):
            checked.append(pair)
            continue
        line = pair.meta.line_of("old_ids") or 0
        problem = Problem(reference.path, line, f"key 'old_ids': {'; '.join(clashes)}")
        checked.append(replace(pair, problems=(*pair.problems, problem)))
    return checked


def _relative(problem: Problem, base: Path) -> Problem:
    """The problem with its path as the user typed it relative to ``base``, like every other path shown."""
    return replace(problem, path=Path(_display(problem.path, base)))


def _display(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return Path(os.path.relpath(path, base)).as_posix()
