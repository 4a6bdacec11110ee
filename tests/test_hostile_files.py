"""Hostile and broken input files: each is a problem naming its file (and line), or handled correctly.

Every case sits in a section beside a good pair, which must come through untouched. The files
that cannot be committed (a 5 MB snippet, links, bytes that are not UTF-8, names with spaces)
are written by the tests into a temporary folder.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CONFIG, REPO

from generator.compare.pipeline import run_catalog
from generator.discover.catalog import Catalog, discover
from generator.errors import CONTROL, Problem
from generator.execute.engine import Engine

NUMPY_HEADER = '"""Doc."""\n# /// pair\n# title = "T"\n# expect = "equal"\n# ///\n'
GOOD_NUMPY = NUMPY_HEADER + "result = 1\n"
GOOD_TORCH = "result = 1\n"


def write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")


def snippets_with(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    """A snippets folder: section ``s`` with the pair ``s/good``, plus ``files`` (paths below it)."""
    root = tmp_path / "snippets"
    write(root / "s" / "_section.toml", 'title = "S"\norder = 1\n')
    write(root / "s" / "good.numpy.py", GOOD_NUMPY)
    write(root / "s" / "good.torch.py", GOOD_TORCH)
    for relative, content in files.items():
        write(root / relative, content)
    return root


def discovered(root: Path) -> Catalog:
    catalog = discover(root, base=root.parent)
    good = next(pair for pair in catalog.pairs if pair.id == "s/good")
    assert good.problems == (), "the good pair beside a hostile file is untouched"
    assert good.meta is not None
    assert good.meta.title == "T"
    return catalog


def every_problem(catalog: Catalog) -> list[Problem]:
    return [*catalog.problems, *(problem for pair in catalog.pairs for problem in pair.problems)]


def problem_at(catalog: Catalog, file: str) -> Problem:
    found = [problem for problem in every_problem(catalog) if problem.path.as_posix().endswith(file)]
    assert len(found) == 1, every_problem(catalog)
    return found[0]


def test_a_file_that_is_not_utf8_is_located_to_its_line_and_column(tmp_path: Path) -> None:
    source = NUMPY_HEADER.replace('title = "T"', 'title = "Caf\xe9"').encode("latin-1") + b"result = 1\n"
    root = snippets_with(
        tmp_path,
        {"s/latin.numpy.py": source, "s/latin.torch.py": GOOD_TORCH, "t/_section.toml": b'title = "\xff"\n'},
    )
    catalog = discovered(root)
    problem = problem_at(catalog, "s/latin.numpy.py")
    assert (problem.line, problem.message) == (
        3,
        "not valid UTF-8: byte 0xe9 at column 15 (save the file as UTF-8)",
    )
    assert problem_at(catalog, "t/_section.toml").line == 1


def test_a_byte_order_mark_is_dropped_and_lines_count_as_written(tmp_path: Path) -> None:
    root = snippets_with(
        tmp_path,
        {
            "s/bom.numpy.py": "\ufeff" + GOOD_NUMPY,
            "s/bom.torch.py": "\ufeff" + GOOD_TORCH,
            "t/_section.toml": "",
        },
    )
    write(root / "t" / "_section.toml", "\ufefftitle = 'T'\norder = 2\n")
    catalog = discovered(root)
    pair = next(pair for pair in catalog.pairs if pair.id == "s/bom")
    assert pair.problems == ()
    numpy_side = pair.snippet("numpy")
    assert numpy_side is not None
    assert (numpy_side.docstring, numpy_side.code, numpy_side.code_first_line) == ("Doc.", "result = 1\n", 6)
    assert not numpy_side.source.startswith("\ufeff")
    assert [s.meta.title for s in catalog.sections] == ["S", "T"]


def test_crlf_and_cr_line_endings_read_as_newlines(tmp_path: Path) -> None:
    root = snippets_with(
        tmp_path,
        {
            "s/crlf.numpy.py": GOOD_NUMPY.replace("\n", "\r\n"),
            "s/crlf.torch.py": GOOD_TORCH.replace("\n", "\r"),
            "s/broken.numpy.py": (NUMPY_HEADER + "x = 1\nresult = (\n").replace("\n", "\r\n"),
            "s/broken.torch.py": GOOD_TORCH,
        },
    )
    catalog = discovered(root)
    pair = next(pair for pair in catalog.pairs if pair.id == "s/crlf")
    assert pair.problems == ()
    assert pair.meta is not None
    assert pair.meta.title == "T"
    numpy_side = pair.snippet("numpy")
    assert numpy_side is not None
    assert (numpy_side.code, numpy_side.code_first_line) == ("result = 1\n", 6)
    assert "\r" not in numpy_side.source
    assert problem_at(catalog, "s/broken.numpy.py").line == 7


def test_form_feeds_and_line_separators_do_not_shift_line_numbers(tmp_path: Path) -> None:
    source = '"""Doc with a\u2028line separator and a\x0cform feed."""\n# /// pair\n# title = "T"\n'
    source += '# expect = "equal"\n# ///\nresult = 1\n'
    root = snippets_with(tmp_path, {"s/feed.numpy.py": source, "s/feed.torch.py": GOOD_TORCH})
    pair = next(pair for pair in discovered(root).pairs if pair.id == "s/feed")
    numpy_side = pair.snippet("numpy")
    assert numpy_side is not None
    assert (numpy_side.code, numpy_side.code_first_line) == ("result = 1\n", 6)


def test_bom_and_crlf_pairs_run_and_report_their_own_line_numbers(tmp_path: Path, engine: Engine) -> None:
    raising = '"""Doc."""\r\n# /// pair\r\n# title = "R"\r\n# expect = "both-raise"\r\n# ///\r\nx = 1\r\n'
    raising += "raise ValueError('line 7')\r\nresult = x\r\n"
    root = snippets_with(
        tmp_path,
        {
            "s/bom.numpy.py": "\ufeff" + GOOD_NUMPY,
            "s/bom.torch.py": "\ufeff" + GOOD_TORCH,
            "s/raising.numpy.py": "\ufeff" + raising,
            "s/raising.torch.py": "x = 1\r\nraise ValueError('line 2')\r\nresult = x\r\n",
        },
    )
    result = run_catalog(discovered(root), engine)
    assert {o.pair.id: o.judgement.verdict.value for o in result.outcomes} == {
        "s/bom": "equal",
        "s/good": "equal",
        "s/raising": "both-raise",
    }
    raised = next(o for o in result.outcomes if o.pair.id == "s/raising").runs["numpy"].error
    assert raised is not None
    assert 'raising.numpy.py", line 7' in raised.traceback


def test_a_link_out_of_the_snippets_folder_is_never_read(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside / "secret.py", "SECRET = 'do not publish'\nresult = 1\n")
    write(outside / "section" / "_section.toml", 'title = "Elsewhere"\norder = 3\n')
    root = snippets_with(tmp_path, {"s/leak.torch.py": GOOD_TORCH, "u/x.numpy.py": GOOD_NUMPY})
    (root / "s" / "leak.numpy.py").symlink_to(outside / "secret.py")
    (root / "linked").symlink_to(outside / "section", target_is_directory=True)
    (root / "u" / "_section.toml").symlink_to(outside / "section" / "_section.toml")
    catalog = discovered(root)
    for file in ("s/leak.numpy.py", "snippets/linked", "u/_section.toml"):
        problem = problem_at(catalog, file)
        assert "outside the snippets folder: only files inside it are read" in problem.message
    assert "linked" not in [s.name for s in catalog.sections]
    assert not [s for p in catalog.pairs for s in p.snippets if "SECRET" in s.source]


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    root = snippets_with(
        tmp_path, {"s/huge.numpy.py": GOOD_NUMPY + "#" * (5 << 20) + "\n", "s/huge.torch.py": GOOD_TORCH}
    )
    problem = problem_at(discovered(root), "s/huge.numpy.py")
    assert problem.message == "the file is 5.0 MiB, more than the 1 MiB a file of the catalog may be"


def test_an_empty_file_says_so(tmp_path: Path) -> None:
    root = snippets_with(tmp_path, {"s/empty.numpy.py": "", "s/empty.torch.py": "\n"})
    catalog = discovered(root)
    for file in ("s/empty.numpy.py", "s/empty.torch.py"):
        problem = problem_at(catalog, file)
        assert (problem.line, problem.message) == (1, "the file is empty: a snippet binds `result`")


def test_a_nul_character_is_located(tmp_path: Path) -> None:
    root = snippets_with(tmp_path, {"s/nul.numpy.py": GOOD_NUMPY, "s/nul.torch.py": "x = 1\nresult = '\0'\n"})
    problem = problem_at(discovered(root), "s/nul.torch.py")
    assert (problem.line, problem.message) == (2, "a NUL character: Python source cannot contain one")


@pytest.mark.parametrize(("character", "code"), [("\x1b", "\\x1b"), ("\x9b", "\\x9b"), ("\x07", "\\x07")])
def test_a_raw_control_character_is_located(tmp_path: Path, character: str, code: str) -> None:
    """The pages and citations show the code as written, where the character would be invisible."""
    torch = f"x = 1\nresult = '{character}[2J'\n"
    root = snippets_with(tmp_path, {"s/esc.numpy.py": GOOD_NUMPY, "s/esc.torch.py": torch})
    problem = problem_at(discovered(root), "s/esc.torch.py")
    assert problem.line == 2
    assert problem.message.startswith(f"a control character ({code}) at column 11: ")
    assert not CONTROL.search(str(problem))


@pytest.mark.parametrize(
    ("files", "file", "name"),
    [
        (
            {"s/two words.numpy.py": GOOD_NUMPY, "s/two words.torch.py": GOOD_TORCH},
            "s/two words.numpy.py",
            "pair",
        ),
        ({"s/ñandú.numpy.py": GOOD_NUMPY, "s/ñandú.torch.py": GOOD_TORCH}, "s/ñandú.torch.py", "pair"),
        (
            {"Sección/_section.toml": 'title = "X"\norder = 2\n', "Sección/x.numpy.py": GOOD_NUMPY},
            "Sección",
            "section",
        ),
    ],
)
def test_names_outside_lowercase_ascii_are_left_out(
    tmp_path: Path, files: dict[str, str | bytes], file: str, name: str
) -> None:
    catalog = discovered(snippets_with(tmp_path, files))
    problem = problem_at(catalog, file)
    assert problem.message.startswith(f"{name} ")
    assert "names use lowercase letters, digits and '-', not" in problem.message
    assert [pair.id for pair in catalog.pairs] == ["s/good"]
    assert [section.name for section in catalog.sections] == ["s"]


def test_a_problem_shows_a_hostile_file_name_escaped(tmp_path: Path) -> None:
    """A file's name is the author's: a terminal control sequence or a byte that is not UTF-8 in it
    reaches the console and the pages as escapes, never as itself."""
    root = snippets_with(tmp_path, {})
    write(root / "s" / "ev\x1b]0;owned\x07il.numpy.py", GOOD_NUMPY)
    os.close(os.open(os.fsencode(root / "s") + b"/b\xffd.torch.py", os.O_CREAT | os.O_WRONLY, 0o644))
    shown = [str(problem) for problem in every_problem(discovered(root))]
    assert any("ev\\x1b]0;owned\\x07il.numpy.py" in line for line in shown), shown
    assert any("b\\udcffd.torch.py" in line for line in shown), shown
    for line in shown:
        assert not CONTROL.search(line), line
        line.encode("utf-8")  # what a page or a UTF-8 console writes: no lone surrogate


def test_partners_differing_only_in_letter_case_are_named(tmp_path: Path) -> None:
    root = snippets_with(tmp_path, {"s/case.numpy.py": GOOD_NUMPY, "s/Case.torch.py": GOOD_TORCH})
    catalog = discovered(root)
    assert problem_at(catalog, "s/case.numpy.py").message == (
        "missing partner file case.torch.py (the PyTorch side of s/case); "
        "Case.torch.py differs from that name only in letter case"
    )
    assert "not 'Case': left out" in problem_at(catalog, "s/Case.torch.py").message


def test_a_malformed_section_file_is_located_and_its_pairs_still_run(tmp_path: Path) -> None:
    root = snippets_with(
        tmp_path,
        {
            "t/_section.toml": 'title = "T"\norder = \nintro = "x"\n',
            "t/fine.numpy.py": GOOD_NUMPY,
            "t/fine.torch.py": GOOD_TORCH,
        },
    )
    catalog = discovered(root)
    problem = problem_at(catalog, "t/_section.toml")
    assert problem.line == 2
    assert problem.message.startswith("not valid TOML: Invalid value")
    fine = next(pair for pair in catalog.pairs if pair.id == "t/fine")
    assert fine.problems == ()


def test_a_folder_named_like_a_snippet_file_is_refused(tmp_path: Path) -> None:
    root = snippets_with(tmp_path, {"s/folder.numpy.py/inner.txt": "x", "s/folder.torch.py": GOOD_TORCH})
    catalog = discovered(root)
    assert problem_at(catalog, "s/folder.numpy.py").message == (
        "a folder, not a file: a section holds only snippet files and _section.toml"
    )
    assert "missing partner file folder.numpy.py" in problem_at(catalog, "s/folder.torch.py").message


def tree(folder: Path, skip: tuple[str, ...]) -> dict[str, bytes]:
    """Every file under ``folder`` (links as their target's name), except the build's own folders."""
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if relative.split("/")[0] in skip:
            continue
        if path.is_symlink():
            found[relative] = str(path.readlink()).encode()
        elif path.is_file():
            found[relative] = path.read_bytes()
    return found


def test_a_build_of_every_hostile_file_at_once_writes_only_its_own_folders(tmp_path: Path) -> None:
    """``build --keep-going``: every file above is reported with its file and line.

    The good pairs are published (a pair whose partner was refused is shown failing, as a lonely
    file is), the linked file's text is not, and nothing is written outside ``site/``,
    ``build/`` and ``.cache/``.
    """
    outside = tmp_path / "outside"
    write(outside / "secret.py", "SECRET = 'do not publish'\nresult = 1\n")
    root = snippets_with(
        tmp_path,
        {
            "s/latin.numpy.py": GOOD_NUMPY.encode() + b"# \xff\n",
            "s/latin.torch.py": GOOD_TORCH,
            "s/bom.numpy.py": "\ufeff" + GOOD_NUMPY,
            "s/bom.torch.py": "\ufeff" + GOOD_TORCH,
            "s/crlf.numpy.py": GOOD_NUMPY.replace("\n", "\r\n"),
            "s/crlf.torch.py": GOOD_TORCH.replace("\n", "\r\n"),
            "s/leak.torch.py": GOOD_TORCH,
            "s/huge.numpy.py": GOOD_NUMPY + "#" * (5 << 20),
            "s/huge.torch.py": GOOD_TORCH,
            "s/empty.numpy.py": "",
            "s/empty.torch.py": GOOD_TORCH,
            "s/two words.numpy.py": GOOD_NUMPY,
            "s/case.numpy.py": GOOD_NUMPY,
            "s/Case.torch.py": GOOD_TORCH,
            "s/folder.numpy.py/inner.txt": "x",
            "t/_section.toml": 'title = "T"\norder = \n',
            "t/fine.numpy.py": GOOD_NUMPY,
            "t/fine.torch.py": GOOD_TORCH,
        },
    )
    (root / "s" / "leak.numpy.py").symlink_to(outside / "secret.py")
    before = tree(tmp_path, skip=("site", "build", ".cache"))
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--keep-going", "-q", "--config", str(CONFIG)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ | {"PYTHONPATH": str(REPO)},
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report = completed.stdout + completed.stderr
    for located in (
        "snippets/s/latin.numpy.py:7: not valid UTF-8",
        "snippets/s/leak.numpy.py: a link to",
        "snippets/s/huge.numpy.py: the file is 5.0 MiB",
        "snippets/s/empty.numpy.py:1: the file is empty",
        "snippets/s/two words.numpy.py: pair names use",
        "snippets/s/case.numpy.py: missing partner file case.torch.py",
        "snippets/s/folder.numpy.py: a folder, not a file",
        "snippets/t/_section.toml:2: not valid TOML",
    ):
        assert located in report
    assert tree(tmp_path, skip=("site", "build", ".cache")) == before
    published = {
        page.relative_to(tmp_path / "site").as_posix() for page in (tmp_path / "site").rglob("*.html")
    }
    assert {"pairs/s/good.html", "pairs/s/bom.html", "pairs/s/crlf.html", "pairs/t/fine.html"} <= published
    assert not [page for page in published if "words" in page or "Case" in page]
    site_files = [path for path in (tmp_path / "site").rglob("*") if path.is_file()]
    assert not [path for path in site_files if b"do not publish" in path.read_bytes()]


def test_hostile_metadata_and_prose_are_located_problems_and_the_build_goes_on(tmp_path: Path) -> None:
    """TOML nested 200,000 deep, a table of 50,000 keys, a title of 500 kB, code nested past the
    parser, and prose nested past Python-Markdown: each named with its file, the rest built."""
    block = '"""Doc."""\n# /// pair\n{}# ///\nresult = 1\n'
    deep = "# " + "a = " + "[" * 200_000 + "]" * 200_000 + "\n"
    table = "".join(f"# k{i} = {i}\n" for i in range(50_000))
    root = snippets_with(
        tmp_path,
        {
            "s/deep.numpy.py": block.format(deep),
            "s/deep.torch.py": GOOD_TORCH,
            "s/table.numpy.py": block.format('# title = "T"\n# expect = "equal"\n' + table),
            "s/table.torch.py": GOOD_TORCH,
            "s/long.numpy.py": block.format('# title = "' + "x" * 500_000 + '"\n# expect = "equal"\n'),
            "s/long.torch.py": GOOD_TORCH,
            "s/nested.numpy.py": GOOD_NUMPY + "x = " + "-" * 100_000 + "1\n",
            "s/nested.torch.py": GOOD_TORCH,
            "s/emphasis.numpy.py": GOOD_NUMPY.replace(
                '"""Doc."""', '"""' + "*a " * 3000 + " b*" * 3000 + '"""'
            ),
            "s/emphasis.torch.py": GOOD_TORCH,
            "t/_section.toml": "title = " + "{a = " * 100_000 + "1" + "}" * 100_000 + "\n",
            "t/fine.numpy.py": GOOD_NUMPY,
            "t/fine.torch.py": GOOD_TORCH,
        },
    )
    catalog = discover(root, base=root.parent)
    assert "nest too deeply to be read" in problem_at(catalog, "s/deep.numpy.py").message
    assert problem_at(catalog, "s/table.numpy.py").message.startswith("unknown key 'k0'")
    assert "expected at most 200 characters" in problem_at(catalog, "s/long.numpy.py").message
    assert "nests too deeply for Python to compile" in problem_at(catalog, "s/nested.numpy.py").message
    assert "nest too deeply to be read" in problem_at(catalog, "t/_section.toml").message
    assert max(len(str(problem)) for problem in every_problem(catalog)) < 1000
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--keep-going", "-q", "--config", str(CONFIG)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ | {"PYTHONPATH": str(REPO)},
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert len(completed.stdout + completed.stderr) < 64 << 10
    assert (
        "snippets/t/_section.toml:1: arrays or tables nest too deeply" in completed.stdout + completed.stderr
    )
    assert (tmp_path / "site" / "pairs" / "s" / "emphasis.html").is_file()
    assert (tmp_path / "site" / "pairs" / "t" / "fine.html").is_file()
