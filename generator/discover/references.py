r"""Quoted values: prose names a value a pair's run measured, and the build writes it in.

A number about a run is never typed by hand, since the next library release can change it; prose
(docstrings, differences, articles) quotes it by reference, and the build fills in what the run
measured::

    The trained weights differ by at most {{walkthrough/three-layer-network max_abs_diff}}.

A reference is ``{{PAIR FIELD}}`` or ``{{PAIR FIELD:SPEC}}`` on one line, where FIELD is one of

- ``max_abs_diff``, ``max_rel_diff``: the largest difference the comparison found, of the whole
  result or, with an index (``max_abs_diff[1]``), of one item of it;
- ``SIDE.result``: the side's result, or an item of it (``torch.result[0]``, ``numpy.result['loss']``);
- ``SIDE.stdout[LINE]``: one line the side printed (``0`` the first, ``-1`` the last);
- ``SIDE.error``: the class of the exception the side raised;
- ``SIDE.time``, ``ratio``: what ``make bench`` measured at one thread on the building machine
  (the side's time per call; the second side's time over the reference's);
- ``rtol``, ``atol``: the tolerances the pair is judged with,

and SPEC is a Python format specification for its numbers (``.4f``, ``.2e``). ``\{{`` writes
``{{`` itself. Inside code (a code span or a fenced block) nothing is a reference: code is shown as
written. This module reads references; the compare stage finds their values and the site writes
them, escaped for the page, table or file they land in.
"""

import functools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from generator.discover.metadata import PairMeta
from generator.discover.parse import Snippet
from generator.sides import SideRegistry

_REFERENCE = re.compile(r"\\?\{\{(?P<body>[^{}\n]*)\}\}")
_FIELD = re.compile(r"^(?:(?P<side>[a-z][a-z0-9_]*)\.)?(?P<name>[a-z_]+)(?P<index>(?:\[[^\]]*\])*)$")
_INDEX_ITEM = re.compile(r"\[(?:(?P<number>-?\d+)|'(?P<single>[^']*)'|\"(?P<double>[^\"]*)\")\]")
_PAIR_ID = re.compile(r"^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


class Quantity(StrEnum):
    """What a reference quotes."""

    MAX_ABS_DIFF = "max_abs_diff"
    MAX_REL_DIFF = "max_rel_diff"
    RESULT = "result"
    STDOUT = "stdout"
    ERROR = "error"
    TIME = "time"
    RATIO = "ratio"
    RTOL = "rtol"
    ATOL = "atol"


_PER_SIDE = frozenset({Quantity.RESULT, Quantity.STDOUT, Quantity.ERROR, Quantity.TIME})
_INDEXED = frozenset({Quantity.MAX_ABS_DIFF, Quantity.MAX_REL_DIFF, Quantity.RESULT})
_NUMERIC = frozenset(
    {Quantity.MAX_ABS_DIFF, Quantity.MAX_REL_DIFF, Quantity.RESULT, Quantity.RTOL, Quantity.ATOL}
)
RUN_VALUES = frozenset({Quantity.MAX_ABS_DIFF, Quantity.MAX_REL_DIFF, Quantity.RESULT, Quantity.STDOUT})
"""What a run computed, as opposed to how it failed, what it cost or how it is judged."""


@dataclass(frozen=True)
class Reference:
    """One quoted value: which pair, which of its values, and how its numbers are written."""

    pair_id: str
    quantity: Quantity
    side: str | None = None
    index: tuple[int | str, ...] = ()
    spec: str = ""

    @property
    def field(self) -> str:
        """The field as written, without the format: ``torch.result[0]``."""
        index = "".join(f"[{item!r}]" for item in self.index)
        return f"{self.side + '.' if self.side else ''}{self.quantity.value}{index}"


@dataclass(frozen=True)
class Found:
    """A reference as written in a text, and what it means (or why it means nothing)."""

    written: str
    reference: Reference | None
    problem: str = ""


def scan(text: str, sides: Collection[str]) -> tuple[Found, ...]:
    """Every reference of ``text`` outside code, parsed; ``sides`` are the side names fields may name."""
    found = []
    for start, end in _prose_spans(text):
        for match in _REFERENCE.finditer(text, start, end):
            if match[0].startswith("\\"):
                continue
            reference, problem = _parse(match["body"], sides)
            found.append(Found(match[0], reference, problem))
    return tuple(found)


def fill(text: str, value: Callable[[Reference], str]) -> str:
    r"""``text`` with each well-formed reference outside code replaced by ``value(reference)``.

    An escaped ``\{{`` loses its backslash; a malformed reference stays as written (discovery
    reports it, and the pair or article it is in does not build).
    """
    parts: list[str] = []
    position = 0
    for start, end in _prose_spans(text):
        for match in _REFERENCE.finditer(text, start, end):
            parts.append(text[position : match.start()])
            position = match.end()
            if match[0].startswith("\\"):
                parts.append(match[0][1:])
                continue
            reference, _ = _parse(match["body"], ())
            parts.append(value(reference) if reference is not None else match[0])
    parts.append(text[position:])
    return "".join(parts)


def prose_outside_code(text: str) -> str:
    r"""The prose of ``text``: what lies outside code, with every reference (and escaped ``\{{``) cut out.

    What is left is what the author typed in words, the text a check for hand-typed values reads.
    """
    pieces = []
    for start, end in _prose_spans(text):
        pieces.append(_REFERENCE.sub(" ", text[start:end]))
    return " ".join(pieces)


@dataclass(frozen=True)
class Quoted:
    """A reference where it is written: the file and line a problem with it names."""

    found: Found
    path: Path
    line: int


def quoted_in(
    text: str, sides: Collection[str], path: Path, source: str, fallback: int
) -> tuple[Quoted, ...]:
    """The references of ``text``, a piece of ``source`` (the file at ``path``), each with its line.

    The line is where the reference is written in the file, found by its text, so that a
    docstring's cleaning or a TOML string's escapes cannot shift it; ``fallback`` where not found.
    """
    located = []
    after = 0
    for found in scan(text, sides):
        position = source.find(found.written, after)
        line = source.count("\n", 0, position) + 1 if position >= 0 else fallback
        after = position + 1 if position >= 0 else after
        located.append(Quoted(found, path, line))
    return tuple(located)


def pair_quotes(
    snippets: Sequence[Snippet], meta: PairMeta | None, sides: SideRegistry
) -> tuple[Quoted, ...]:
    """Every value a pair's prose quotes (its docstrings and difference), with the file and line of each."""
    names = [side.name for side in sides]
    quoted: list[Quoted] = []
    for snippet in snippets:
        quoted.extend(quoted_in(snippet.docstring, names, Path(snippet.display_path), snippet.source, 1))
    reference = next((s for s in snippets if s.side == sides.reference), None)
    if meta and meta.difference and reference:
        line = meta.line_of("difference") or 0
        quoted.extend(quoted_in(meta.difference, names, Path(reference.display_path), reference.source, line))
    return tuple(quoted)


def check_ids(quoted: Quoted, pair_ids: Collection[str]) -> str:
    """Why a reference cannot be filled, known before anything runs: malformed, or naming no pair; or ''."""
    found = quoted.found
    if found.reference is None:
        return f"{found.written}: {found.problem}"
    if found.reference.pair_id not in pair_ids:
        return f"{found.written}: no pair has the id {found.reference.pair_id!r}"
    return ""


_BODY = re.compile(r"^\s*(?P<pair>\S+)\s+(?P<field>[^\s:\[]+(?:\[[^\]]*\])*)(?::(?P<spec>\S*))?\s*$")
_USAGE = "expected {{SECTION/PAIR FIELD}} or {{SECTION/PAIR FIELD:FORMAT}}"


def _parse(body: str, sides: Collection[str]) -> tuple[Reference | None, str]:
    parts = _BODY.match(body)
    if parts is None or not _PAIR_ID.match(parts["pair"]):
        return None, _USAGE
    match = _FIELD.match(parts["field"])
    if match is None:
        return None, f"{parts['field']!r} is not a field: {_USAGE}"
    if match["name"] not in set(Quantity):
        names = ", ".join(q.value for q in Quantity)
        return None, f"unknown field {match['name']!r}: expected one of {names}"
    index = _index(match["index"])
    if index is None:
        return None, f"{match['index']!r} is not an index: write [0], [-1] or ['key']"
    reference = Reference(parts["pair"], Quantity(match["name"]), match["side"], index, parts["spec"] or "")
    problem = _misused(reference, sides)
    return (None, problem) if problem else (reference, "")


def _misused(reference: Reference, sides: Collection[str]) -> str:
    """Why a well-formed field does not fit its quantity, or ''."""
    quantity, side, index, spec = reference.quantity, reference.side, reference.index, reference.spec
    problem = ""
    if side is None and quantity in _PER_SIDE:
        problem = f"{quantity.value} needs a side first, as in torch.{quantity.value}"
    elif side is not None and quantity not in _PER_SIDE:
        problem = f"{quantity.value} takes no side"
    elif sides and side is not None and side not in sides:
        problem = f"unknown side {side!r}: expected one of {', '.join(sides)}"
    elif quantity is Quantity.STDOUT and (len(index) != 1 or not isinstance(index[0], int)):
        problem = "stdout needs one line number: numpy.stdout[0] is the first line, [-1] the last"
    elif index and quantity not in _INDEXED and quantity is not Quantity.STDOUT:
        problem = f"{quantity.value} takes no index"
    elif spec and quantity not in _NUMERIC:
        problem = f"{quantity.value} takes no format"
    else:
        try:
            format(1.5, spec)
        except ValueError as exc:
            problem = f"{spec!r} is not a number format ({exc})"
    return problem


def _index(text: str) -> tuple[int | str, ...] | None:
    items: list[int | str] = []
    position = 0
    for match in _INDEX_ITEM.finditer(text):
        if match.start() != position:
            return None
        position = match.end()
        number, single, double = match["number"], match["single"], match["double"]
        items.append(int(number) if number is not None else single if single is not None else double)
    return tuple(items) if position == len(text) else None


@functools.lru_cache(maxsize=4096)
def _prose_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The stretches of ``text`` outside fenced blocks and code spans, as (start, end) offsets.

    Kept by text: every docstring and note is scanned for quoted values and links each time the
    preview discovers the catalog again, and almost all of them are the same text as last time.
    """
    spans: list[tuple[int, int]] = []
    start = position = 0
    closing: re.Pattern[str] | None = None
    for line in text.splitlines(keepends=True):
        opening = _FENCE.match(line)
        if closing is None and opening:
            spans.extend(_outside_code_spans(text, start, position))
            mark = opening[1]
            closing = re.compile(rf"^ {{0,3}}{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
        elif closing is not None and closing.match(line.rstrip("\n")):
            closing = None
            start = position + len(line)
        position += len(line)
    if closing is None:
        spans.extend(_outside_code_spans(text, start, len(text)))
    return tuple(spans)


def _outside_code_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of text[start:end] outside backtick code spans (an unmatched run is text)."""
    spans = []
    position = start
    index = start
    while index < end:
        if text[index] == "\\":
            index += 2
            continue
        if text[index] != "`":
            index += 1
            continue
        run = index
        while index < end and text[index] == "`":
            index += 1
        ticks = index - run
        closing = re.compile(rf"(?<!`)`{{{ticks}}}(?!`)")
        found = closing.search(text, index, end)
        if found is None:
            continue
        spans.append((position, run))
        position = index = found.end()
    spans.append((position, end))
    return spans
