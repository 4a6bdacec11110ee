"""Properties of metadata parsing: what is written reads back, and every bad file is a located problem.

A snippet file, a ``_section.toml`` and the sizes they carry are written by contributors, so any
text may reach the parser. Whatever it is, discovery must end in typed metadata or in a
``SnippetError`` that names the file and a line of it: any other exception would stop the build
for every pair instead of reporting one.
"""

import math
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator.discover.metadata import (
    Expectation,
    PairMeta,
    find_block,
    load_section_meta,
    parse_pair_meta,
)
from generator.discover.parse import parse_bytes
from generator.discover.source import source_lines
from generator.errors import SnippetError
from generator.sides import NUMPY, TORCH
from generator.sizes import format_size, parse_size

PATH = Path("s/x.numpy.py")
T = TypeVar("T")
_SIZE_SHAPE = re.compile(r"\s*(?P<number>\d+(\.\d+)?)\s*(?P<unit>KiB|MiB|GiB)\s*")
UNITS = {"KiB": 2**10, "MiB": 2**20, "GiB": 2**30}
PAIR_ID = re.compile(r"[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*")
KEYS = [
    "title",
    "expect",
    "difference",
    "rtol",
    "atol",
    "same_dtype",
    "see",
    "old_ids",
    "order",
    "timeout",
    "memory",
    "numpy_call",
    "torch_call",
]


def toml_string(text: str) -> str:
    """A TOML basic string holding exactly ``text`` on one line."""
    special = {'"': '\\"', "\\": "\\\\"}
    escaped = "".join(
        special.get(ch, f"\\u{ord(ch):04x}" if ord(ch) < 32 or ord(ch) == 127 else ch) for ch in text
    )
    return f'"{escaped}"'


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    return repr(value)


def block_source(items: list[tuple[str, object]], before: list[str]) -> str:
    lines = [*before, "# /// pair", *(f"# {key} = {toml_value(value)}" for key, value in items), "# ///"]
    return "\n".join(lines) + "\nresult = 1\n"


TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
# A one-line value: no control character (Cc) and no line or paragraph separator (Zl, Zp).
NONEMPTY = st.text(st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"]), max_size=30).filter(
    lambda text: text.strip() != ""
)
IDS = st.lists(st.from_regex(PAIR_ID, fullmatch=True), max_size=3)
NUMBERS = st.one_of(st.integers(0, 10**6), st.floats(0, 1e6, allow_nan=False, allow_subnormal=True))
OPTIONAL = {
    "rtol": NUMBERS,
    "atol": NUMBERS,
    "same_dtype": st.booleans(),
    "see": IDS,
    "old_ids": IDS,
    "order": st.integers(-(2**63), 2**63 - 1),
    "timeout": st.one_of(st.integers(1, 3600), st.floats(0.001, 3600)),
    "memory": st.tuples(st.integers(1, 4096), st.sampled_from(["KiB", "MiB", "GiB"])).map(
        lambda size: f"{size[0]} {size[1]}"
    ),
    "numpy_call": NONEMPTY,
    "torch_call": NONEMPTY,
}
BEFORE = st.lists(st.sampled_from(['"""A docstring."""', "", "# a comment", "#"]), max_size=3)


@st.composite
def valid_blocks(draw: st.DrawFn) -> list[tuple[str, object]]:
    """The keys of a valid pair block, in any order, with values of every accepted form."""
    expect = draw(st.sampled_from(list(Expectation)))
    items: dict[str, object] = {"title": draw(NONEMPTY), "expect": expect.value}
    if expect is Expectation.DIFFERS:
        items["difference"] = draw(NONEMPTY)
        items["fix"] = draw(st.from_regex(PAIR_ID, fullmatch=True))
    for key, strategy in OPTIONAL.items():
        if draw(st.booleans()):
            items[key] = draw(strategy)
    return draw(st.permutations(list(items.items())))


@given(valid_blocks(), BEFORE)
def test_a_written_block_reads_back_as_the_values_written(items, before):
    source = block_source(items, before)
    block = find_block(source, PATH)
    assert block is not None
    assert block.first_line == len(before) + 1
    meta = parse_pair_meta(block, PATH)
    written = dict(items)
    assert meta.title == written["title"].strip()
    assert meta.expect == Expectation(written["expect"])
    assert meta.difference == (written["difference"].strip() if "difference" in written else None)
    assert meta.rtol == written.get("rtol", PairMeta.rtol)
    assert meta.atol == written.get("atol", PairMeta.atol)
    assert meta.same_dtype is written.get("same_dtype", False)
    assert meta.fix == written.get("fix")
    assert meta.see == tuple(written.get("see", ()))
    assert meta.old_ids == tuple(written.get("old_ids", ()))
    assert meta.order == written.get("order", 0)
    assert meta.timeout == written.get("timeout")
    assert meta.memory == (parse_size(written["memory"]) if "memory" in written else None)
    assert meta.call("numpy") == (written["numpy_call"].strip() if "numpy_call" in written else None)
    assert meta.call("torch") == (written["torch_call"].strip() if "torch_call" in written else None)
    for offset, (key, _) in enumerate(items):
        assert meta.line_of(key) == block.first_line + 1 + offset


VALUES = st.one_of(
    st.sampled_from(
        [
            '"equal"',
            '"differs"',
            '"both-raise"',
            '"x"',
            '""',
            "nan",
            "inf",
            "-inf",
            "-1",
            "0",
            "1e400",
            "1e300",
            "true",
            "[]",
            '["a/b"]',
            '["a/b\\n"]',
            '["A/b"]',
            '"0 KiB"',
            '"99999999999999999999999 GiB"',
            '"9' + "9" * 400 + ' GiB"',
            '"512 MiB"',
            "{ a = 1 }",
            '"""',
            "'x'",
            "1979-05-27",
        ]
    ),
    st.integers().map(str),
    st.floats().map(repr),
    TEXT.map(toml_string),
    TEXT,
)
LINES = st.one_of(
    st.tuples(st.sampled_from([*KEYS, "tolerance", "a.b", '"title"', "[table]"]), VALUES).map(
        lambda kv: f"{kv[0]} = {kv[1]}"
    ),
    TEXT,
)


def outcome(call: Callable[[], T]) -> T | SnippetError:
    """What ``call`` returns, or the SnippetError it raises; any other exception fails the test."""
    try:
        return call()
    except SnippetError as error:
        return error


def parse_block(source: str) -> PairMeta:
    block = find_block(source, PATH)
    assert block is not None, "every source here has a block"
    return parse_pair_meta(block, PATH)


def assert_located(error: SnippetError, source: str, path: Path = PATH) -> None:
    """The problem names the file and a line of it, and says something."""
    assert error.problem.path == path
    assert 1 <= error.problem.line <= max(1, len(source_lines(source))), error.problem
    assert error.problem.message.strip()


@given(st.lists(LINES, max_size=6), BEFORE)
@example(["timeout = inf"], [])
@example(["timeout = 1e300"], [])
@example(["rtol = nan"], [])
@example(['memory = "' + "9" * 400 + ' GiB"'], [])
def test_any_block_is_metadata_or_a_located_problem(lines, before):
    source = (
        "\n".join([*before, "# /// pair", *(f"# {line}" for line in lines), "# ///", "result = 1"]) + "\n"
    )
    meta = outcome(lambda: parse_block(source))
    if isinstance(meta, SnippetError):
        assert_located(meta, source)
        return
    assert meta.title.strip()
    assert math.isfinite(meta.rtol)
    assert meta.rtol >= 0
    assert math.isfinite(meta.atol)
    assert meta.atol >= 0
    assert meta.timeout is None or 0 < meta.timeout <= 86400, "the warm server must be able to wait for it"
    assert meta.memory is None or 0 < meta.memory < 2**63, "a limit the kernel can hold, and not none at all"
    assert all(PAIR_ID.fullmatch(pair_id) for pair_id in (*meta.see, *meta.old_ids))


SOURCE_LINES = st.one_of(
    st.sampled_from(
        [
            "# /// pair",
            "# ///",
            "# /// script",
            '# title = "T"',
            '# expect = "equal"',
            "result = 1",
            "result = (",
            '"""Doc."""',
            '"""',
            "import numpy as np",
            "def f():",
            "    result = 2",
            "x = 1",
            "\x00",
            "\r",
            "\ufeff",
        ]
    ),
    TEXT,
)


@given(st.lists(SOURCE_LINES, max_size=10), st.sampled_from([NUMPY, TORCH]))
@example(["result = " + "-" * 100_000 + "1"], TORCH)
@example(["result = " + "+".join(["1"] * 200_000)], TORCH)
def test_any_snippet_file_is_a_snippet_or_a_located_problem(lines, side):
    source = "\n".join(lines) + "\n"
    path = PATH.with_name(f"x{side.suffix}")
    parsed = outcome(lambda: parse_bytes(source.encode("utf-8"), path, side, path.as_posix()))
    if isinstance(parsed, SnippetError):
        assert_located(parsed, source.replace("\r", "\n"), path)
        return
    assert (parsed.meta is not None) == (side == NUMPY)
    assert parsed.snippet.executed_source.count("\n") >= parsed.snippet.code_first_line - 1


@given(st.binary(max_size=60).map(lambda data: b"result = 1\n" + data))
@example(b"result = 1\n\xff")
@example(b"\xef\xbb\xbfresult = 1\n\x00")
def test_any_bytes_are_a_snippet_or_a_located_problem(data):
    path = PATH.with_name("x.torch.py")
    parsed = outcome(lambda: parse_bytes(data, path, TORCH, "x.torch.py"))
    if isinstance(parsed, SnippetError):
        assert parsed.problem.path == path
        assert 1 <= parsed.problem.line <= data.count(b"\n") + data.count(b"\r") + 1


@given(st.lists(LINES, max_size=6))
def test_any_section_file_is_a_section_or_a_located_problem(lines):
    text = "\n".join(line.replace("tolerance", "intro") for line in lines) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "_section.toml"
        path.write_text(text, encoding="utf-8")
        meta = outcome(lambda: load_section_meta(path))
    if isinstance(meta, SnippetError):
        assert_located(meta, text.replace("\r", "\n"), path)
        return
    assert meta.title.strip()
    assert isinstance(meta.order, int)


@given(st.integers(1, 2**40))
def test_a_size_in_whole_units_reads_back(count):
    size = count << 10
    assert parse_size(format_size(size)) == size


@given(st.one_of(TEXT, st.from_regex(r"\s*\d{1,500}(\.\d{1,20})?\s*(KiB|MiB|GiB)\s*", fullmatch=True)))
@example("9" * 400 + " GiB")
@example("99999999999999999999999 GiB")
def test_any_size_text_is_a_size_a_limit_can_hold_or_a_value_error(text):
    shape = _SIZE_SHAPE.fullmatch(text)
    if shape is None:
        with pytest.raises(ValueError, match="expected a size"):
            parse_size(text)
    elif float(shape["number"]) * UNITS[shape["unit"]] >= 2**63:
        with pytest.raises(ValueError, match="below 8 EiB"):
            parse_size(text)
    else:
        assert 0 <= parse_size(text) < 2**63
