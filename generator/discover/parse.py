"""Parse one snippet file: syntax, prose, metadata block, the code to show, and the `result` it binds.

Every check here is static, so a malformed file is reported with its line before anything runs.
"""

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.discover.metadata import MetaBlock, PairMeta, find_block, parse_pair_meta
from generator.discover.prose import wrapped_links
from generator.discover.source import decode_source, read_capped, source_lines
from generator.errors import Problem, SnippetError
from generator.sides import DEFAULT_SIDES, Side, SideRegistry

RESULT_NAME = "result"
RAW_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x9f]")
"""Control characters a snippet's source may not hold as they are, since readers copy the code
shown, where they are invisible: all but tab, the line breaks, and the form feed and vertical tab
Python reads as white space (NUL has a message of its own)."""


@dataclass(frozen=True)
class Snippet:
    """One side of a pair, as read from disk."""

    side: Side
    path: Path
    display_path: str
    source: str
    code: str
    code_first_line: int
    docstring: str

    @property
    def executed_source(self) -> str:
        """What the child runs: the code shown on the page, at its real line numbers.

        The header (docstring and metadata block) becomes blank lines, so a traceback's line
        numbers match the file, yet editing a title or prose changes neither the run nor its
        cache key. (A header that gains or loses a line moves the code, and the line numbers a
        traceback prints, so that changes the key, as it should.)
        """
        return "\n" * (self.code_first_line - 1) + self.code


@dataclass(frozen=True)
class ParsedFile:
    """A snippet and, for the NumPy side, the pair metadata its block carries."""

    snippet: Snippet
    meta: PairMeta | None


SnippetParser = Callable[[Path, Side, str, SideRegistry], ParsedFile]
"""How discovery turns a file into a ParsedFile: ``parse_snippet``, or a ``ParseCache``."""


def parse_snippet(
    path: Path, side: Side, display_path: str, sides: SideRegistry = DEFAULT_SIDES
) -> ParsedFile:
    """Read and check one snippet file, or raise SnippetError naming its file and line."""
    return parse_bytes(read_capped(path), path, side, display_path, sides)


class ParseCache:
    """Parsed snippet files by content, for a process that discovers the same folder again and again.

    The live preview discovers the whole catalog after every edit, and parsing is most of what
    that costs; a file whose bytes have not changed parses to the same result. (Problems are not
    kept: a malformed file is parsed again, and reported again.)
    """

    def __init__(self) -> None:
        self._parsed: dict[tuple[Path, Side, str, SideRegistry], tuple[bytes, ParsedFile]] = {}

    def __call__(
        self, path: Path, side: Side, display_path: str, sides: SideRegistry = DEFAULT_SIDES
    ) -> ParsedFile:
        """The file parsed, from memory when its bytes are those parsed last time."""
        data = read_capped(path)
        key = (path, side, display_path, sides)
        known = self._parsed.get(key)
        if known is not None and known[0] == data:
            return known[1]
        parsed = parse_bytes(data, path, side, display_path, sides)
        self._parsed[key] = (data, parsed)
        return parsed


def parse_bytes(
    data: bytes, path: Path, side: Side, display_path: str, sides: SideRegistry = DEFAULT_SIDES
) -> ParsedFile:
    """Check the content of one snippet file, or raise SnippetError naming its file and line."""
    source = decode_source(data, path)
    if not source.strip():
        raise SnippetError(Problem(path, 1, f"the file is empty: a snippet binds `{RESULT_NAME}`"))
    if "\0" in source:
        line = source.count("\n", 0, source.index("\0")) + 1
        raise SnippetError(Problem(path, line, "a NUL character: Python source cannot contain one"))
    if control := RAW_CONTROL.search(source):
        line = source.count("\n", 0, control.start()) + 1
        column = control.start() - source.rfind("\n", 0, control.start())
        code = f"\\x{ord(control[0]):02x}"
        message = (
            f"a control character ({code}) at column {column}: the pages and citations show the code "
            f"as written, where it would be invisible; write it as the escape '{code}' in a string"
        )
        raise SnippetError(Problem(path, line, message))
    try:
        module = ast.parse(source, filename=display_path)
        compile(module, display_path, "exec", dont_inherit=True)
    except SyntaxError as exc:
        raise SnippetError(Problem(path, exc.lineno or 1, f"syntax error: {exc.msg}")) from exc
    except (RecursionError, MemoryError) as exc:
        # Python's parser reports code nested beyond what it can hold (a chain of thousands of
        # unary operators, say) as one of these; the file is capped in size, so it is no real lack of memory.
        message = "the code nests too deeply for Python to compile: split the expression"
        raise SnippetError(Problem(path, 1, message)) from exc

    block = find_block(source, path)
    docstring, header_end = _docstring(module)
    if broken := wrapped_links("\n".join(source.splitlines()[:header_end])):
        raise SnippetError(Problem(path, *broken[0]))
    meta = _side_meta(block, side, path, sides)
    if block is not None:
        header_end = max(header_end, block.last_line)
        _check_block_precedes_code(module, block, path)

    code_lines = source_lines(source)[header_end:]
    skipped = next((i for i, line in enumerate(code_lines) if line.strip()), len(code_lines))
    code = "\n".join(code_lines[skipped:]).rstrip() + "\n"
    first_line = header_end + skipped + 1
    if not _binds_result(module.body):
        raise SnippetError(
            Problem(
                path,
                min(first_line, len(source_lines(source))),  # no code at all: the file's last line
                f"the snippet never binds `{RESULT_NAME}` at module "
                f"level: assign the value to compare, e.g. `{RESULT_NAME} = x + 1`",
            )
        )
    snippet = Snippet(
        side=side,
        path=path,
        display_path=display_path,
        source=source,
        code=code,
        code_first_line=first_line,
        docstring=docstring,
    )
    return ParsedFile(snippet=snippet, meta=meta)


def _side_meta(block: MetaBlock | None, side: Side, path: Path, sides: SideRegistry) -> PairMeta | None:
    """The pair's block, which only the reference side's file may carry: elsewhere it would be ignored."""
    if side == sides.reference:
        if block is None:
            raise SnippetError(
                Problem(
                    path,
                    1,
                    "missing the '# /// pair' metadata block "
                    "(at least `title` and `expect`) at the top of the file",
                )
            )
        return parse_pair_meta(block, path, sides)
    if block is not None:
        raise SnippetError(
            Problem(
                path,
                block.first_line,
                f"the '# /// pair' block belongs in the {sides.reference.suffix} file of the pair, not here",
            )
        )
    return None


def _docstring(module: ast.Module) -> tuple[str, int]:
    """The module docstring (cleaned) and the last line it occupies; ("", 0) when there is none."""
    first = module.body[0] if module.body else None
    if (
        isinstance(first, ast.Expr)
        and isinstance(first.value, ast.Constant)
        and isinstance(first.value.value, str)
    ):
        return ast.get_docstring(module, clean=True) or "", first.end_lineno or first.lineno
    return "", 0


def _check_block_precedes_code(module: ast.Module, block: MetaBlock, path: Path) -> None:
    statements = module.body[1:] if ast.get_docstring(module, clean=False) is not None else module.body
    for statement in statements:
        if statement.lineno < block.first_line:
            raise SnippetError(
                Problem(
                    path,
                    statement.lineno,
                    "code before the '# /// pair' block: the "
                    "block and the docstring come first, then the code that is shown",
                )
            )


def _binds_result(statements: list[ast.stmt]) -> bool:
    """Whether module-level code (outside functions and classes) ever stores to `result`.

    Almost every snippet ends with a plain ``result = ...``: that is checked first, because
    walking every node of every file would be most of what discovery costs.
    """
    for statement in statements:
        if isinstance(statement, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            if any(isinstance(t, ast.Name) and t.id == RESULT_NAME for t in targets):
                return True
    for statement in statements:
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        for node in _walk_skipping_scopes(statement):
            if isinstance(node, ast.Name) and node.id == RESULT_NAME and isinstance(node.ctx, ast.Store):
                return True
    return False


_OWN_SCOPES = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Lambda,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)


def _walk_skipping_scopes(node: ast.AST) -> list[ast.AST]:
    found: list[ast.AST] = [node]
    for child in ast.iter_child_nodes(node):
        if isinstance(child, _OWN_SCOPES):
            continue
        found.extend(_walk_skipping_scopes(child))
    return found
