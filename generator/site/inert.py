"""Markdown that stays inert: fences around what ran, and author prose that never becomes HTML.

Outputs go into fences longer than any backtick run inside, so nothing printed can leave them.

Prose (docstrings, titles, differences, section intros, articles) is Markdown written by
contributors, and Python-Markdown lets HTML through it: raw tags and comments, entities, attribute
lists (``*a*{ onclick=... }``) and ``javascript:`` links. Every piece of prose reaches a page
through ``prose`` or ``prose_line``, which keep Markdown (emphasis, code spans, links, lists,
tables, fenced code) and make everything else text:

- outside code, ``<`` and ``&`` become entities, so tags, comments and entities show as typed;
- ``{`` and ``}`` are backslash-escaped, so no attribute list applies;
- the colon of a ``javascript:`` or ``vbscript:`` scheme is backslash-escaped, so no link runs
  script (backticks and whitespace between its letters do not hide it: a link drops both);
- a link goes only to a relative address or an ``http(s)`` one, and an image comes only from a
  relative address inside the site: any other link (``data:``, ``file:``...) loses the ``(``
  that would open its address, any other image its ``!``, so they show as typed or as a plain
  link, and no reader's browser is sent anywhere by opening a page; a reference definition
  (``[id]: data:...``) to any other scheme is escaped the same way;
- a paragraph with more than a few dozen ``*`` and ``_`` has them all escaped: Python-Markdown
  reads nested emphasis recursively, and a few thousand levels (``*a *a *a ... b* b* b*``) would
  stop the site's build with a RecursionError;
- code keeps its text, which Python-Markdown escapes itself, and is written back in a form that
  cannot be read as anything else: a code span on one line between backtick runs longer than any
  inside, a fenced block (opened and closed at the line start) as one of our fences; a backtick
  that opens no code span is escaped, so no span can begin anywhere else.

Code the prose does not mark as such (an indented block) is prose here: it shows as typed, with
``&lt;`` for ``<``. Nothing here decides what is safe by looking for bad input, except the
script schemes: it writes text in the few forms whose meaning is known, and keeps links to
the addresses it can read as relative or web ones.

Text that a run produced (a type name, a description of a result, an API name) is not Markdown
at all: ``text`` writes every character that Markdown or HTML could read as syntax as a
character reference, so it shows as written in HTML, in span-level Markdown and in a table
cell alike; ``code`` writes it as a code span that nothing inside can close.
"""

import html
import re

from markupsafe import Markup

_FENCE_OPEN = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_LANGUAGE = re.compile(r"^\s*\.?(?P<lang>[\w#.+-]+)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SCRIPT_SCHEME = re.compile(
    "(?i)(?:" + "|".join("[\\s`]*".join(word) for word in ("javascript", "vbscript")) + r")[\s`]*(?=:)"
)
_BLOCK_ESCAPES = {"<": "&lt;", "&": "&amp;", "{": "\\{", "}": "\\}", "`": "\\`"}
_SYNTAX = frozenset("\\`*_{}[]<>&|~^=\"'")
"""What Markdown, its extensions or HTML may read as syntax within a line: ``text`` writes references."""
_LINK_TARGET = re.compile(r"\(\s*<?(?P<target>[^)>]*)")
_DEFINITION = re.compile(r"[ ]{0,3}\[[^\]\n]*\]:[ \t]*\n?[ \t]*<?(?P<target>\S*)")
_INLINE_IMAGE = re.compile(r"!\[[^\[\]\n]*\]\(\s*<?(?P<target>[^)>]*)")
_SCHEME = re.compile(r"(?i)^(?P<scheme>[a-z][a-z0-9+.\-]*):")
_IGNORED_IN_ADDRESSES = re.compile(r"[\x00-\x20`\\]")
_BLANKS_IN_ADDRESSES = re.compile(r"[\x00-\x20`]")
_LINE_ESCAPES = _BLOCK_ESCAPES | {"[": "\\[", "]": "\\]", "|": "\\|"}
MAX_EMPHASIS_MARKS = 64
"""More ``*`` and ``_`` than this in a paragraph are shown as typed (see the module docstring)."""
_MARKDOWN_PUNCTUATION = frozenset("\\`*_{}[]()>#+-.!|")
"""What Python-Markdown (with its tables extension) lets a backslash escape."""


def fence(text: str, language: str, *, title: str | None = None, linenums: int | None = None) -> Markup:
    """A fenced code block whose fence is longer than any backtick run inside, so no output can escape it."""
    ticks = "`" * max(3, _longest_run(text) + 1)
    options = "".join([f' title="{title}"' if title else "", f' linenums="{linenums}"' if linenums else ""])
    return Markup(f"{ticks}{language}{options}\n{text.rstrip()}\n{ticks}")


def text(value: str) -> Markup:
    """Run output shown as written within a line of a page: syntax characters become character references.

    Within a line (after a label or a tag, as every template places it), what else Markdown
    reads as syntax needs one of these: a link or image its brackets, a heading or list the
    start of a line (line breaks become spaces).
    """
    return Markup(
        "".join(f"&#{ord(char)};" if char in _SYNTAX else char for char in value.replace("\n", " "))
    )


def table_cell(text: str) -> Markup:
    """Generated Markdown made safe for a table cell: a pipe would end the cell."""
    return Markup(text.replace("|", "\\|").replace("\n", " "))


def prose(text: str) -> Markup:
    """Author Markdown of one or more paragraphs, made inert (see the module's docstring)."""
    parts: list[str] = []
    chunk: list[str] = []
    lines = _neutralise_schemes(_normalised(text)).split("\n")
    index = 0
    while index < len(lines):
        block = _fenced_block(lines, index)
        if block is None:
            chunk.append(lines[index])
            index += 1
            continue
        language, code, index = block
        parts.append(_inline_blocks("\n".join(chunk)))
        parts.append(f"\n{fence(code, language)}\n")
        chunk = []
    parts.append(_inline_blocks("\n".join(chunk)))
    return Markup("\n".join(part for part in parts if part))


def prose_line(text: str) -> Markup:
    """Author Markdown of one line (a title, a difference), made inert.

    It may stand in a heading, a link's text or a table cell: brackets and pipes are escaped too,
    and line breaks become spaces.
    """
    line = " ".join(_neutralise_schemes(_normalised(text)).split("\n"))
    escaped = _inline(line, _LINE_ESCAPES)
    return Markup(escaped + "\\" if _ends_in_lone_backslash(escaped) else escaped)


def code(text: str) -> Markup:
    """Text as one inline code span that no backtick inside can close (a short form, a run's API name)."""
    return Markup(_code_span(_normalised(text)))


def literal(text: str) -> str:
    """Text that prose must show as it is (a quoted value of a run), written as Markdown.

    Every character Python-Markdown could read as markup is backslash-escaped; ``<`` and ``&``
    are left to ``prose`` and ``prose_line``, which make them entities. A line break is a space.
    """
    return "".join(
        "\\" + char if char in _MARKDOWN_PUNCTUATION else char for char in " ".join(text.splitlines())
    )


def nav_title(text: str) -> str:
    """A title for MkDocs' navigation, which themes insert as HTML: the author's text, escaped."""
    return html.escape(text, quote=False)


def _normalised(text: str) -> str:
    """What Python-Markdown reads first: its placeholder marks removed, every line break a newline.

    Done here first, so that a mark between two letters cannot hide a scheme, nor a carriage
    return split a code span, after this module has looked.
    """
    return text.replace("\x02", "").replace("\x03", "").replace("\r\n", "\n").replace("\r", "\n")


def _neutralise_schemes(text: str) -> str:
    return _SCRIPT_SCHEME.sub(lambda match: match[0] + "\\", text)


def _fenced_block(lines: list[str], start: int) -> tuple[str, str, int] | None:
    """The language, code and next line of a fenced block opening at ``start``; None if none does."""
    opening = _FENCE_OPEN.match(lines[start])
    if opening is None or (opening["fence"][0] == "`" and "`" in opening["info"]):
        return None
    mark = opening["fence"]
    closing = re.compile(rf"^ {{0,3}}{re.escape(mark[0])}{{{len(mark)},}}[ \t]*$")
    end = next((i for i in range(start + 1, len(lines)) if closing.match(lines[i])), None)
    if end is None:
        return None
    language = _LANGUAGE.match(opening["info"])
    indent = _indent(lines[start])
    code = "\n".join(line[min(indent, _indent(line)) :] for line in lines[start + 1 : end])
    return (language["lang"] if language else ""), code, end + 1


def _inline_blocks(text: str) -> str:
    """Prose between fenced blocks, paragraph by paragraph: a code span never spans a blank line."""
    pieces = _BLANK_LINE.split(text)
    separators = _BLANK_LINE.findall(text)
    out = [_inline(pieces[0], _BLOCK_ESCAPES)]
    for separator, piece in zip(separators, pieces[1:], strict=True):
        out.extend([separator, _inline(piece, _BLOCK_ESCAPES)])
    return "".join(out).strip("\n")


def _inline(text: str, escapes: dict[str, str]) -> str:
    """Escape ``text`` outside code spans, and write each code span on one line between its own ticks."""
    if text.count("*") + text.count("_") > MAX_EMPHASIS_MARKS:
        escapes = escapes | {"*": "\\*", "_": "\\_"}
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        links = "[" not in escapes  # a line escapes every bracket: no link can form there
        at_line_start = index == 0 or text[index - 1] == "\n"
        if (
            links
            and at_line_start
            and (found := _DEFINITION.match(text, index))
            and not _web(found["target"])
        ):
            out.append(found[0][: found[0].index("[")] + "\\[")
            index += found[0].index("[") + 1
        elif links and char == "!" and text.startswith("![", index) and not _local_image(text, index):
            out.append("\\!")
            index += 1
        elif (
            links and char == "]" and text.startswith("](", index) and not _web(_link_target(text, index + 1))
        ):
            out.append("]\\(")
            index += 2
        elif char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            out.append("\\" if following in "<&" else "\\" + following)
            index += 1 if following in "<&" else 2
        elif char == "`":
            run = len(text) - index - len(text[index:].lstrip("`"))
            end = _closing_run(text, index + run, run)
            if end is None:
                out.append("\\`" * run)
                index += run
            else:
                out.append(_code_span(text[index + run : end]))
                index = end + run
        else:
            out.append(escapes.get(char, char))
            index += 1
    return "".join(out)


def _link_target(text: str, start: int) -> str:
    """The address of an inline link whose ``(`` is at ``start``."""
    match = _LINK_TARGET.match(text, start)
    return match["target"] if match else ""


def _web(address: str) -> bool:
    """Whether a link may go there: a relative address, or an http(s) one.

    Browsers drop whitespace, control characters and backslashes inside a scheme, so they are
    dropped here before the scheme is read.
    """
    scheme = _SCHEME.match(_IGNORED_IN_ADDRESSES.sub("", address))
    return scheme is None or scheme["scheme"].lower() in ("http", "https")


def _local_image(text: str, start: int) -> bool:
    """Whether the image at ``start`` is inline and comes from a relative address inside the site.

    Browsers read a backslash as a slash: an address that starts with either is the site's root,
    or with two another host's, so it is looked at before backslashes are dropped.
    """
    match = _INLINE_IMAGE.match(text, start)
    if match is None:
        return False
    address = _BLANKS_IN_ADDRESSES.sub("", match["target"])
    scheme = _SCHEME.match(address.replace("\\", ""))
    return bool(address) and scheme is None and not address.startswith(("/", "\\"))


def _closing_run(text: str, start: int, length: int) -> int | None:
    """Where the next run of exactly ``length`` backticks after ``start`` begins, if any."""
    for match in re.finditer(r"`+", text[start:]):
        if len(match[0]) == length:
            return start + match.start()
    return None


def _code_span(code: str) -> str:
    """A code span on one line between backtick runs longer than any inside.

    The reader sees no difference: a line break in a code span shows as a space.
    """
    code = code.replace("\n", " ")
    ticks = "`" * (_longest_run(code) + 1)
    pad = " " if code.startswith("`") or code.endswith("`") else ""
    return f"{ticks}{pad}{code}{pad}{ticks}"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _longest_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"`+", text)), default=0)


def _ends_in_lone_backslash(text: str) -> bool:
    return (len(text) - len(text.rstrip("\\"))) % 2 == 1
