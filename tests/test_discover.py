from pathlib import Path

import pytest
from conftest import REPO, fixture_catalog, pair_by_id

from generator.discover.catalog import discover, select
from generator.discover.parse import ParseCache, parse_snippet
from generator.errors import SnippetError
from generator.sides import DEFAULT_SIDES, TORCH


def test_sections_and_pairs_come_in_declared_order():
    catalog = fixture_catalog("basic")
    assert [s.name for s in catalog.sections] == ["beta", "alpha"]
    assert [p.id for p in catalog.pairs] == [
        "beta/single",
        "alpha/passing",
        "alpha/raising",
        "alpha/mismatching",
        "alpha/documented",
    ]
    assert catalog.problems == ()
    assert all(p.problems == () for p in catalog.pairs)


def test_a_pair_knows_its_files_prose_and_shown_code():
    pair = pair_by_id(fixture_catalog("basic"), "alpha/passing")
    numpy_side = pair.snippet("numpy")
    assert numpy_side.display_path == "tests/fixtures/basic/alpha/passing.numpy.py"
    assert numpy_side.docstring.startswith("Both sides add one.")
    assert numpy_side.code.startswith("import numpy as np\n")
    assert numpy_side.code_first_line == 8
    assert pair.snippet("torch").code_first_line == 1
    assert pair.title == "Passing pair"


def test_the_pair_id_comes_from_the_file_name_not_the_title():
    assert pair_by_id(fixture_catalog("basic"), "alpha/documented").title == "Documented difference"


def problems_by_pair():
    catalog = fixture_catalog("broken")
    return catalog, {p.id: p.problems for p in catalog.pairs}


@pytest.mark.parametrize(
    ("pair_id", "file", "line", "message"),
    [
        ("bad/lonely", "lonely.numpy.py", 0, "missing partner file lonely.torch.py"),
        ("bad/unknown-key", "unknown-key.numpy.py", 4, "unknown key 'tolerance'"),
        ("bad/wrong-type", "wrong-type.numpy.py", 4, "key 'rtol': expected a number"),
        ("bad/bad-expect", "bad-expect.numpy.py", 3, "got 'equals'"),
        ("bad/syntax", "syntax.torch.py", 3, "syntax error"),
        ("bad/no-result", "no-result.numpy.py", 5, "never binds `result`"),
        ("bad/unclosed", "unclosed.numpy.py", 4, "opened on line 1 is not closed"),
        ("bad/torch-block", "torch-block.torch.py", 1, "belongs in the .numpy.py file"),
        ("bad/dangling", "dangling.numpy.py", 4, "no pair has the id bad/nowhere"),
    ],
)
def test_each_malformed_pair_names_its_file_and_line(pair_id, file, line, message):
    _, problems = problems_by_pair()
    assert len(problems[pair_id]) == 1, problems[pair_id]
    problem = problems[pair_id][0]
    assert problem.path.name == file
    assert problem.line == line
    assert message in problem.message


def test_bad_pairs_do_not_hide_good_ones():
    catalog, problems = problems_by_pair()
    assert problems["bad/good"] == ()
    assert pair_by_id(catalog, "bad/good").meta.title == "Good"


def test_section_level_problems_belong_to_the_catalog():
    catalog, _ = problems_by_pair()
    messages = sorted(f"{p.path.name}: {p.message}" for p in catalog.problems)
    assert messages == [
        "_section.toml: missing _section.toml (title, order, intro) for this section",
        "stray.py: unexpected file: snippet files end in .numpy.py or .torch.py",
    ]
    assert pair_by_id(catalog, "nosection/orphan").problems == ()


def test_selection_by_id_section_and_glob():
    catalog = fixture_catalog("basic")
    assert [p.id for p in select(catalog, ["beta"]).pairs] == ["beta/single"]
    assert [p.id for p in select(catalog, ["alpha/raising"]).pairs] == ["alpha/raising"]
    chosen = select(catalog, ["alpha/*ing", "beta/single"])
    assert [p.id for p in chosen.pairs] == [
        "beta/single",
        "alpha/passing",
        "alpha/raising",
        "alpha/mismatching",
    ]
    assert [s.name for s in chosen.sections] == ["beta", "alpha"]
    assert select(catalog, ["nothing"]).pairs == ()


def test_a_missing_snippets_folder_is_an_error(tmp_path: Path):
    with pytest.raises(SnippetError, match="does not exist"):
        discover(tmp_path / "absent", base=REPO)


def test_a_link_address_broken_across_lines_is_reported_with_its_line(tmp_path):
    section = tmp_path / "s"
    section.mkdir()
    (section / "_section.toml").write_text('title = "S"\norder = 1\n')
    (section / "wrapped.numpy.py").write_text(
        '"""Prose that wraps, as in [the other\npair](#other) and\n[the float64 pair](#cov-\n'
        'corrcoef).\n"""\n# /// pair\n# title = "Wrapped"\n# expect = "equal"\n# ///\nresult = 1\n'
    )
    (section / "wrapped.torch.py").write_text("result = 1\n")
    (section / "titled.numpy.py").write_text(
        '"""A link with its title on the next line: [x](#y\n"the title").\n"""\n'
        '# /// pair\n# title = "Titled"\n# expect = "equal"\n# ///\nresult = 1\n'
    )
    (section / "titled.torch.py").write_text("result = 1\n")
    catalog = discover(tmp_path, base=tmp_path)
    [problem] = pair_by_id(catalog, "s/wrapped").problems
    assert str(problem).startswith("s/wrapped.numpy.py:3: the address of a Markdown link is broken")
    assert "keep '(#cov-corrcoef)' on one line" in str(problem)
    assert pair_by_id(catalog, "s/titled").problems == ()


def test_a_section_intro_with_a_broken_link_address_is_reported(tmp_path):
    section = tmp_path / "s"
    section.mkdir()
    intro = 'intro = """\nSee [a pair](#some-\npair).\n"""\n'
    (section / "_section.toml").write_text('title = "S"\norder = 1\n' + intro)
    [problem] = discover(tmp_path, base=tmp_path).problems
    assert str(problem).startswith("s/_section.toml:4: intro: the address of a Markdown link is broken")


def test_a_parse_cache_parses_a_file_again_only_when_its_bytes_change(tmp_path):
    path = tmp_path / "one.torch.py"
    path.write_text('"""Prose."""\nresult = 1\n')
    parse = ParseCache()
    first = parse(path, TORCH, "one.torch.py", DEFAULT_SIDES)
    assert parse(path, TORCH, "one.torch.py", DEFAULT_SIDES) is first
    path.write_text('"""Prose."""\nresult = 2\n')
    edited = parse(path, TORCH, "one.torch.py", DEFAULT_SIDES)
    assert edited.snippet.code == "result = 2\n"
    assert edited == parse_snippet(path, TORCH, "one.torch.py", DEFAULT_SIDES)


def test_windows_line_endings_parse_like_unix_ones(tmp_path):
    unix, windows = tmp_path / "unix.torch.py", tmp_path / "windows.torch.py"
    unix.write_bytes(b'"""Prose\non two lines."""\nx = 1\nresult = x\n')
    windows.write_bytes(unix.read_bytes().replace(b"\n", b"\r\n"))
    parsed = [parse_snippet(p, TORCH, "same.torch.py").snippet for p in (unix, windows)]
    assert parsed[0].source == parsed[1].source
    assert parsed[0].executed_source == parsed[1].executed_source == "\n\nx = 1\nresult = x\n"
