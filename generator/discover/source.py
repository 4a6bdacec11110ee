r"""Read one file of the catalog into clean text, or say precisely why it cannot be read.

Snippets, ``_section.toml`` files and articles all come through ``read_source``, so every later
stage sees the same text: at most ``MAX_SOURCE_BYTES`` (a pair is read by people, and pages and
``pairs.json`` carry it whole), UTF-8 without a byte-order mark (Python drops one from source
files too), and ``\n`` for every line ending, CRLF and lone CR included. Lines are then counted
on ``\n`` alone, as Python's tokenizer and TOML count them: ``str.splitlines`` would also break
at a form feed or U+2028, and every line number after one would be wrong.
"""

import codecs
from pathlib import Path

from generator.errors import Problem, SnippetError
from generator.sizes import format_size

MAX_SOURCE_BYTES = 1 << 20


def read_source(path: Path) -> str:
    """The text of ``path``, or SnippetError naming it (and the line of a byte that is not UTF-8)."""
    return decode_source(read_capped(path), path)


def read_capped(path: Path) -> bytes:
    """The bytes of ``path``, or SnippetError when it is larger than a catalog file may be."""
    with path.open("rb") as stream:
        data = stream.read(MAX_SOURCE_BYTES + 1)
    if len(data) > MAX_SOURCE_BYTES:
        size = max(path.stat().st_size, len(data))
        raise SnippetError(
            Problem(
                path,
                0,
                f"the file is {size / (1 << 20):.1f} MiB, more than the "
                f"{format_size(MAX_SOURCE_BYTES)} a file of the catalog may be",
            )
        )
    return data


def decode_source(data: bytes, path: Path) -> str:
    """UTF-8 text without a byte-order mark, every newline one line feed; SnippetError at a bad byte."""
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = _newlines(data[: exc.start].decode("utf-8")).split("\n")
        raise SnippetError(
            Problem(
                path,
                len(before),
                f"not valid UTF-8: byte 0x{data[exc.start]:02x} at column {len(before[-1]) + 1} "
                "(save the file as UTF-8)",
            )
        ) from exc
    return _newlines(text)


def outside_problem(path: Path, root: Path, root_name: str) -> Problem | None:
    """Why ``path`` is not read, if it is a link out of ``root`` (resolved) or one that cannot be followed.

    Reading such a link would publish whatever it points to.
    """
    try:
        target = path.resolve()
    except (OSError, RuntimeError) as exc:
        return Problem(path, 0, f"a link that cannot be followed: {exc}")
    if target.is_relative_to(root):
        return None
    return Problem(path, 0, f"a link to {target}, outside {root_name}: only files inside it are read")


def source_lines(text: str) -> list[str]:
    """The lines of text read by ``read_source``, split where Python and TOML see a line break."""
    return text.removesuffix("\n").split("\n") if text else []


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
