from pathlib import Path

import pytest

from generator.discover.metadata import (
    Expectation,
    find_block,
    load_section_meta,
    parse_pair_meta,
    parse_size,
)
from generator.errors import CONTROL, SnippetError

PATH = Path("x.numpy.py")


def meta_of(source: str):
    block = find_block(source, PATH)
    assert block is not None
    return parse_pair_meta(block, PATH)


def error_of(source: str) -> SnippetError:
    with pytest.raises(SnippetError) as caught:
        meta_of(source)
    return caught.value


def test_a_complete_block_becomes_typed_metadata():
    meta = meta_of(
        '"""Doc."""\n# /// pair\n# title = "T"\n# expect = "differs"\n# difference = "d"\n# rtol = 1e-3\n'
        '# atol = 0\n# same_dtype = true\n# see = ["a/b"]\n# order = 4\n# timeout = 2\n# memory = "512 MiB"\n'
        '# numpy_call = "np.std(x)"\n# torch_call = "x.std()"\n# fix = "a/c"\n'
        "# ///\nresult = 1\n"
    )
    assert meta.title == "T"
    assert meta.expect is Expectation.DIFFERS
    assert (meta.difference, meta.rtol, meta.atol, meta.same_dtype) == ("d", 1e-3, 0.0, True)
    assert (meta.see, meta.order, meta.timeout, meta.memory) == (("a/b",), 4, 2.0, 512 << 20)
    assert (meta.call("numpy"), meta.call("torch")) == ("np.std(x)", "x.std()")
    assert (meta.fix, meta.line_of("fix")) == ("a/c", 15)
    assert meta.line_of("rtol") == 6


def test_defaults_fit_float32_against_float64():
    meta = meta_of('# /// pair\n# title = "T"\n# expect = "equal"\n# ///\n')
    assert meta.rtol == 1e-5
    assert meta.atol == 1e-6
    assert meta.same_dtype is False


def test_an_unknown_key_names_its_line_and_the_known_keys():
    error = error_of('# /// pair\n# title = "T"\n# expect = "equal"\n# tolerance = 1\n# ///\n')
    assert error.problem.line == 4
    assert "unknown key 'tolerance'" in error.problem.message
    assert "rtol" in error.problem.message


def test_a_wrong_type_says_what_was_expected_and_found():
    error = error_of('# /// pair\n# title = "T"\n# expect = "equal"\n# rtol = "small"\n# ///\n')
    assert error.problem.line == 4
    assert "key 'rtol': expected a number, got str 'small'" in error.problem.message


def test_a_boolean_is_not_a_number():
    error = error_of('# /// pair\n# title = "T"\n# expect = "equal"\n# order = true\n# ///\n')
    assert "expected an integer, got bool" in error.problem.message


@pytest.mark.parametrize(
    ("key", "escape"),
    [("title", "\\u001b[31m"), ("title", "\\n"), ("difference", "\\u0007"), ("numpy_call", "\\u2028")],
)
def test_a_one_line_value_holds_no_line_break_or_control_character(key: str, escape: str):
    """TOML's escapes let a terminal's control sequence into a title, which ``cite`` prints."""
    values = {"title": '"T"', "difference": '"d"', "numpy_call": '"x"'} | {key: f'"a{escape}b"'}
    lines = "".join(f"# {name} = {value}\n" for name, value in values.items())
    error = error_of(f'# /// pair\n{lines}# expect = "differs"\n# fix = "a/b"\n# ///\n')
    assert f"key '{key}': expected one line of text, without control characters" in error.problem.message
    assert not CONTROL.search(str(error.problem))


def test_an_unknown_expectation_lists_the_allowed_ones():
    error = error_of('# /// pair\n# title = "T"\n# expect = "equals"\n# ///\n')
    assert "expected one of 'equal', 'both-raise', 'differs', got 'equals'" in error.problem.message


def test_differs_requires_a_difference_phrase_and_only_differs_may_have_one():
    assert (
        "needs a 'difference' key"
        in error_of('# /// pair\n# title = "T"\n# expect = "differs"\n# fix = "a/b"\n# ///\n').problem.message
    )
    error = error_of('# /// pair\n# title = "T"\n# expect = "equal"\n# difference = "x"\n# ///\n')
    assert "only for pairs that expect 'differs'" in error.problem.message


def test_missing_required_keys_are_named():
    assert (
        "missing required key 'title'" in error_of('# /// pair\n# expect = "equal"\n# ///\n').problem.message
    )


def test_invalid_toml_is_reported_at_its_line_of_the_block():
    error = error_of('\n# /// pair\n# title = "T"\n# expect = \n# order = 1\n# ///\n')
    assert error.problem.line == 4
    assert "not valid TOML" in error.problem.message
    assert error_of("\n# /// pair\n# title = \n# ///\n").problem.line == 3


@pytest.mark.parametrize(
    ("source", "message", "line"),
    [
        ('# /// pair\n# title = "T"\n', "never closed", 1),
        ("# /// pair\n# ///\n# /// pair\n# ///\n", "a second '# /// pair' block", 3),
        ("# /// script\n# ///\n", "unknown block type 'script'", 1),
        ('# /// pair\ntitle = "T"\n# ///\n', "opened on line 1 is not closed", 2),
    ],
)
def test_malformed_blocks_are_located(source, message, line):
    with pytest.raises(SnippetError) as caught:
        find_block(source, PATH)
    assert message in caught.value.problem.message
    assert caught.value.problem.line == line


def test_no_block_is_not_an_error_here():
    assert find_block("result = 1\n", PATH) is None


@pytest.mark.parametrize(("text", "size"), [("64 KiB", 64 << 10), ("4 GiB", 4 << 30), ("1.5 MiB", 3 << 19)])
def test_sizes_parse(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["4GB", "lots", "-1 MiB", ""])
def test_bad_sizes_are_refused(text):
    with pytest.raises(ValueError, match="expected a size"):
        parse_size(text)


def test_section_metadata(tmp_path):
    path = tmp_path / "_section.toml"
    path.write_text('title = "S"\norder = 3\nintro = """\nHello.\n"""\n')
    meta = load_section_meta(path)
    assert (meta.title, meta.order, meta.intro) == ("S", 3, "Hello.")
    path.write_text('title = "S"\norder = "first"\n')
    with pytest.raises(SnippetError, match="key 'order': expected an integer, got str 'first'") as caught:
        load_section_meta(path)
    assert caught.value.problem.line == 2


def test_differs_requires_a_fix_and_only_differs_may_name_one():
    """The faithful form is named, never guessed from `see`: a difference without one is located."""
    missing = error_of('# /// pair\n# title = "T"\n# expect = "differs"\n# difference = "d"\n# ///\n')
    assert missing.problem.line == 1
    assert "needs a 'fix' key" in missing.problem.message
    refused = error_of('# /// pair\n# title = "T"\n# expect = "equal"\n# fix = "a/b"\n# ///\n')
    assert refused.problem.line == 4
    assert "'fix' is only for pairs that expect 'differs'" in refused.problem.message
    malformed = error_of(
        '# /// pair\n# title = "T"\n# expect = "differs"\n# difference = "d"\n# fix = "b"\n# ///\n'
    )
    assert (
        malformed.problem.line,
        "expected a pair id such as 'section/name'" in malformed.problem.message,
    ) == (
        5,
        True,
    )
