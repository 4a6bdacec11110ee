"""Pair and section metadata: one small TOML format, validated once, into typed objects.

A pair's metadata is a PEP 723-style comment block in its ``.numpy.py`` file::

    # /// pair
    # title = "Add a column to every column"
    # expect = "equal"
    # ///

A section's metadata is ``_section.toml`` in its folder. Every message names the file,
the line, the key, what was expected and what was found, because the person reading it
is about to open that file and fix it.

Both are contributed files, read as hostile: TOML nested deeper than the reader can follow
(``tomllib`` recurses once per level) is a problem located at the block, not a RecursionError
that stops discovery; a value found where it does not belong is shown in a bounded picture,
however large or deep; a title or difference is one line of bounded length, and a list of
pair ids is short.
"""

import math
import re
import reprlib
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from generator.discover.prose import wrapped_links
from generator.discover.source import read_source, source_lines
from generator.errors import Problem, SnippetError
from generator.releases import Range, parse_range
from generator.sides import DEFAULT_SIDES, SideRegistry
from generator.sizes import parse_size

BLOCK_TYPE = "pair"
_OPEN = re.compile(r"^# /// (?P<type>[a-zA-Z0-9-]+)\s*$")
_CLOSE = "# ///"
_PAIR_ID = re.compile(r"[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*")
_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")

MAX_LINE = 200
"""The most characters a title or a difference may have: each stands in headings, links and cells."""
NOT_IN_A_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""What a one-line value may not hold: a line break, or a control character, invisible in the
headings, links and cells a title stands in and obeyed by a terminal that prints one. TOML's
escapes (``\\u001b``) let them into a string."""
MAX_IDS = 50
"""The most pair ids a ``see`` or ``old_ids`` list may hold."""
_SHOWN = reprlib.Repr()
_SHOWN.maxlevel, _SHOWN.maxstring, _SHOWN.maxother, _SHOWN.maxlong = 3, 60, 60, 40
_SHOWN.maxlist = _SHOWN.maxdict = 5

DEFAULT_RTOL = 1e-5
DEFAULT_ATOL = 1e-6
"""Close enough for float32 against float64: float32 carries about 7 significant digits."""
MAX_TIMEOUT = 86400.0
"""A pair's own time limit, at most a day: longer is no limit in practice, and an infinite or huge
one (past about 24 days) is more than the warm server's wait for its children can hold."""


class Expectation(StrEnum):
    """What a pair claims about its two sides."""

    EQUAL = "equal"
    BOTH_RAISE = "both-raise"
    DIFFERS = "differs"


@dataclass(frozen=True)
class PairMeta:
    """The validated metadata of one pair."""

    title: str
    expect: Expectation
    difference: str | None = None
    rtol: float = DEFAULT_RTOL
    atol: float = DEFAULT_ATOL
    same_dtype: bool = False
    see: tuple[str, ...] = ()
    fix: str | None = None
    """The pair that shows the faithful translation of a documented difference (``section/name``)."""
    old_ids: tuple[str, ...] = ()
    order: int = 0
    timeout: float | None = None
    memory: int | None = None
    calls: tuple[tuple[str, str], ...] = ()
    requires: tuple[tuple[str, Range], ...] = ()
    """The releases the pair applies to, by side (``requires = {numpy = ">=2.1"}``); under any other
    release it is *not available*, which the version matrix shows and checks, rather than a failure."""
    key_lines: tuple[tuple[str, int], ...] = ()

    def line_of(self, key: str) -> int | None:
        """The source line a key was set on, to point messages at it."""
        return dict(self.key_lines).get(key)

    def call(self, side: str) -> str | None:
        """The short form of one side for the cheat sheet (``numpy_call``), when the pair gives one."""
        return dict(self.calls).get(side)

    def unmet(self, versions: Mapping[str, str]) -> tuple[str, ...]:
        """The requirements that ``versions`` (side name → installed version) fail, as ``numpy>=2.1``."""
        return tuple(
            f"{side}{wanted.text}"
            for side, wanted in self.requires
            if side in versions and not wanted.admits(versions[side])
        )


@dataclass(frozen=True)
class SectionMeta:
    """The validated ``_section.toml`` of one section folder."""

    title: str
    order: int
    intro: str = ""


@dataclass(frozen=True)
class MetaBlock:
    """A raw ``# /// pair`` block: its TOML text and where it sits in the file."""

    toml: str
    first_line: int
    last_line: int


def find_block(source: str, path: Path) -> MetaBlock | None:
    """Locate the ``# /// pair`` block of a file; None when there is none.

    Raises SnippetError for an unclosed block, a block of another type, or two blocks.
    """
    lines = source_lines(source)
    found: MetaBlock | None = None
    index = 0
    while index < len(lines):
        opening = _OPEN.match(lines[index])
        if not opening:
            index += 1
            continue
        if opening["type"] != BLOCK_TYPE:
            raise _error(path, index + 1, f"unknown block type {opening['type']!r}: expected '# /// pair'")
        if found is not None:
            raise _error(
                path, index + 1, f"a second '# /// pair' block (the first is on line {found.first_line})"
            )
        body: list[str] = []
        end = index + 1
        while end < len(lines) and lines[end].rstrip() != _CLOSE:
            line = lines[end]
            if line != "#" and not line.startswith("# "):
                raise _error(
                    path,
                    end + 1,
                    f"the '# /// pair' block opened on line {index + 1} is not closed "
                    "by a '# ///' line before this line (every line inside starts with '# ')",
                )
            body.append(line[2:])
            end += 1
        if end == len(lines):
            raise _error(path, index + 1, "the '# /// pair' block is never closed by a '# ///' line")
        found = MetaBlock(toml="\n".join(body), first_line=index + 1, last_line=end + 1)
        index = end + 1
    return found


def parse_pair_meta(block: MetaBlock, path: Path, sides: SideRegistry = DEFAULT_SIDES) -> PairMeta:
    """Validate a pair block into PairMeta, or raise SnippetError naming the key and line.

    Besides the fixed keys, every side of the registry has its ``<side>_call`` key.
    """
    try:
        data = tomllib.loads(block.toml)
    except tomllib.TOMLDecodeError as exc:
        line = block.first_line + _toml_line(exc, block.toml)
        raise _error(path, line, f"the '# /// pair' block is not valid TOML: {exc}") from exc
    except RecursionError as exc:
        raise _error(path, block.first_line, _TOO_DEEP) from exc
    lines = _key_lines(block.toml, block.first_line + 1)
    call_keys = {side.call_key: _Key((str,), "a string of code", convert=_one_line) for side in sides}
    requires = _Key(
        (dict,), 'a table of releases by side, such as {numpy = ">=2.1"}', convert=_requirements(sides)
    )
    values = _validate(data, {**_PAIR_KEYS, **call_keys, "requires": requires}, path, lines, block.first_line)
    expect = Expectation(values["expect"])
    if expect is Expectation.DIFFERS and not values.get("difference"):
        raise _error(
            path,
            block.first_line,
            "a pair that expects 'differs' needs a 'difference' key: "
            "a short phrase for its badge saying how the two sides differ",
        )
    if expect is Expectation.DIFFERS and not values.get("fix"):
        raise _error(
            path,
            block.first_line,
            "a pair that expects 'differs' needs a 'fix' key: the id of the pair, proved equal, "
            "that shows what to write instead of the naive port",
        )
    for key in ("difference", "fix"):
        if expect is not Expectation.DIFFERS and key in values:
            raise _error(
                path,
                lines.get(key, block.first_line),
                f"{key!r} is only for pairs that expect 'differs', this one expects {expect.value!r}",
            )
    return PairMeta(
        title=values["title"],
        expect=expect,
        difference=values.get("difference"),
        rtol=values.get("rtol", DEFAULT_RTOL),
        atol=values.get("atol", DEFAULT_ATOL),
        same_dtype=values.get("same_dtype", False),
        see=tuple(values.get("see", ())),
        fix=values.get("fix"),
        old_ids=tuple(values.get("old_ids", ())),
        order=values.get("order", 0),
        timeout=values.get("timeout"),
        memory=values.get("memory"),
        calls=tuple((side.name, values[side.call_key]) for side in sides if side.call_key in values),
        requires=tuple(values.get("requires", ())),
        key_lines=tuple(sorted(lines.items())),
    )


def load_section_meta(path: Path) -> SectionMeta:
    """Read and validate a section's ``_section.toml``."""
    text = read_source(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _error(path, _toml_line(exc, text), f"not valid TOML: {exc}") from exc
    except RecursionError as exc:
        raise _error(path, 1, _TOO_DEEP) from exc
    values = _validate(data, _SECTION_KEYS, path, _key_lines(text, 1), 1)
    if broken := wrapped_links(text):
        line, message = broken[0]
        raise _error(path, line, f"intro: {message}")
    return SectionMeta(title=values["title"], order=values["order"], intro=values.get("intro", "").strip())


@dataclass(frozen=True)
class _Key:
    """How one metadata key is checked: the TOML types it accepts and an optional extra check."""

    types: tuple[type, ...]
    expected: str
    required: bool = False
    convert: Callable[[Any], Any] | None = None


_TOO_DEEP = "arrays or tables nest too deeply to be read: metadata holds strings, numbers and lists of ids"


def shown(value: Any) -> str:
    """A bounded picture of a value for a message, however large or deeply nested it is."""
    return _SHOWN.repr(value)


def _nonempty(value: str) -> str:
    if not value.strip():
        raise ValueError("expected a non-empty string, got an empty one")
    return value.strip()


def _one_line(value: str) -> str:
    text = _nonempty(value)
    if len(text) > MAX_LINE:
        raise ValueError(f"expected at most {MAX_LINE} characters (it is one line), got {len(text):,}")
    if NOT_IN_A_LINE.search(text):
        raise ValueError(f"expected one line of text, without control characters, got {shown(text)}")
    return text


def _expectation(value: str) -> str:
    allowed = [e.value for e in Expectation]
    if value not in allowed:
        raise ValueError(f"expected one of {', '.join(map(repr, allowed))}, got {shown(value)}")
    return value


def _non_negative(value: float) -> float:
    if not 0 <= value < math.inf:
        raise ValueError(f"expected a finite number >= 0, got {shown(value)}")
    return float(value)


def _seconds(value: float) -> float:
    if not 0 < value <= MAX_TIMEOUT:
        raise ValueError(f"expected a number of seconds > 0 and at most {MAX_TIMEOUT:g}, got {shown(value)}")
    return float(value)


def _memory(value: str) -> int:
    size = parse_size(value)
    if size == 0:
        raise ValueError(f"expected a size above 0, got {shown(value)}")
    return size


def _pair_id(value: str) -> str:
    if not _PAIR_ID.fullmatch(value):
        raise ValueError(f"expected a pair id such as 'section/name', got {shown(value)}")
    return value


def _pair_ids(value: list[Any]) -> list[str]:
    if len(value) > MAX_IDS:
        raise ValueError(f"expected at most {MAX_IDS} pair ids, got {len(value):,}")
    for item in value:
        if not isinstance(item, str) or not _PAIR_ID.fullmatch(item):
            raise ValueError(f"expected pair ids such as 'section/name', got {shown(item)}")
    return value


def _requirements(sides: SideRegistry) -> Callable[[dict[str, Any]], list[tuple[str, Range]]]:
    """The check of ``requires``: each key a side with a library, each value a range of its releases."""
    versioned = [side.name for side in sides if side.distribution]

    def convert(table: dict[str, Any]) -> list[tuple[str, Range]]:
        if not table:
            raise ValueError('expected at least one side, such as {numpy = ">=2.1"}, got an empty table')
        found = []
        for side, text in table.items():
            if side not in versioned:
                raise ValueError(f"expected sides among {', '.join(map(repr, versioned))}, got {side!r}")
            if not isinstance(text, str):
                raise ValueError(f"{side}: expected a string such as '>=2.1', got {type(text).__name__}")
            try:
                found.append((side, parse_range(text)))
            except ValueError as exc:
                raise ValueError(f"{side}: {exc}") from exc
        return found

    return convert


_PAIR_KEYS: Mapping[str, _Key] = {
    "title": _Key((str,), "a string", required=True, convert=_one_line),
    "expect": _Key((str,), "a string", required=True, convert=_expectation),
    "difference": _Key((str,), "a string", convert=_one_line),
    "rtol": _Key((int, float), "a number", convert=_non_negative),
    "atol": _Key((int, float), "a number", convert=_non_negative),
    "same_dtype": _Key((bool,), "true or false"),
    "see": _Key((list,), "a list of pair ids", convert=_pair_ids),
    "fix": _Key((str,), "a pair id", convert=_pair_id),
    "old_ids": _Key((list,), "a list of former pair ids", convert=_pair_ids),
    "order": _Key((int,), "an integer"),
    "timeout": _Key((int, float), "a number of seconds", convert=_seconds),
    "memory": _Key((str,), "a size such as '512 MiB'", convert=_memory),
}

_SECTION_KEYS: Mapping[str, _Key] = {
    "title": _Key((str,), "a string", required=True, convert=_one_line),
    "order": _Key((int,), "an integer", required=True),
    "intro": _Key((str,), "a string of Markdown"),
}


def _validate(
    data: dict[str, Any], keys: Mapping[str, _Key], path: Path, lines: dict[str, int], fallback_line: int
) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in data.items():
        line = lines.get(name, fallback_line)
        spec = keys.get(name)
        if spec is None:
            raise _error(path, line, f"unknown key {shown(name)}: expected one of {', '.join(sorted(keys))}")
        if (isinstance(value, bool) and bool not in spec.types) or not isinstance(value, spec.types):
            raise _error(
                path,
                line,
                f"key {name!r}: expected {spec.expected}, got {type(value).__name__} {shown(value)}",
            )
        try:
            values[name] = spec.convert(value) if spec.convert else value
        except ValueError as exc:
            raise _error(path, line, f"key {name!r}: {exc}") from exc
    for name, spec in keys.items():
        if spec.required and name not in values:
            raise _error(path, fallback_line, f"missing required key {name!r} ({spec.expected})")
    return values


def _key_lines(toml: str, first_line: int) -> dict[str, int]:
    """Map each top-level key to the line it is set on (tomllib does not report positions)."""
    found: dict[str, int] = {}
    for offset, line in enumerate(source_lines(toml)):
        match = re.match(r"^\s*([A-Za-z0-9_-]+)\s*=", line)
        if match:
            found.setdefault(match[1], first_line + offset)
    return found


def _toml_line(exc: tomllib.TOMLDecodeError, toml: str) -> int:
    """The line of ``toml`` that a tomllib error names, from its message: it has no attribute for it.

    The message ends in "(at line 3, column 9)", or "(at end of document)" for the last line.
    """
    match = _TOML_POSITION.search(str(exc))
    return int(match[1]) if match else max(1, len(source_lines(toml)))


def _error(path: Path, line: int, message: str) -> SnippetError:
    return SnippetError(Problem(path=path, line=line, message=message))
