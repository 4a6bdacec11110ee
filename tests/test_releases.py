"""Releases and the ranges a pair applies to: the ``requires`` key, parsed once, and where it is checked."""

from pathlib import Path

import pytest
from test_metadata import error_of, meta_of

from generator.compare.pipeline import run_catalog
from generator.discover.catalog import discover
from generator.execute.requests import installed_versions
from generator.releases import parse_range, release, same_release


@pytest.mark.parametrize(
    ("text", "found"),
    [("2.13.0+cpu", (2, 13)), ("1.26.4", (1, 26, 4)), ("2", (2,)), ("2.0.0", (2,)), ("2.1.0rc1", (2, 1))],
)
def test_a_release_is_its_numbers_without_trailing_zeros_or_labels(text, found):
    assert release(text) == found


def test_the_same_release_ignores_a_local_label():
    assert same_release("2.13.0", "2.13.0+cpu")
    assert not same_release("2.13.0", "2.13.1")


@pytest.mark.parametrize(
    ("wanted", "version", "admitted"),
    [
        (">=2.0", "1.26.4", False),
        (">=2.0", "2.0.0", True),
        (">=2.1", "2.0.2", False),
        (">=1.26,<2.3", "2.2.6", True),
        (">=1.26,<2.3", "2.4.6", False),
        ("==2.13", "2.13.0+cpu", True),
        ("!=2.0.1", "2.0.2", True),
        ("<2", "1.26.4", True),
        (">2.0", "2.0.1", True),
        ("<=2.2", "2.2.6", False),
    ],
)
def test_a_range_admits_the_releases_it_names(wanted, version, admitted):
    assert parse_range(wanted).admits(version) is admitted


@pytest.mark.parametrize("text", ["2.1", ">=two", "~=2.1", ">=2.1;<3", ">=", ">=2.1,"])
def test_a_malformed_range_is_refused_naming_the_clause(text):
    with pytest.raises(ValueError, match="expected"):
        parse_range(text)


def test_requires_becomes_typed_metadata_and_names_what_it_misses():
    block = '# requires = {numpy = ">= 2.1", torch = "<3"}'
    meta = meta_of(f'# /// pair\n# title = "T"\n# expect = "equal"\n{block}\n# ///\n')
    assert [(side, wanted.text) for side, wanted in meta.requires] == [("numpy", ">=2.1"), ("torch", "<3")]
    assert meta.unmet({"numpy": "2.0.2", "torch": "2.13.0+cpu"}) == ("numpy>=2.1",)
    assert meta.unmet({"numpy": "2.4.6", "torch": "2.13.0+cpu"}) == ()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('{jax = ">=0.4"}', "expected sides among 'numpy', 'torch', got 'jax'"),
        ('{numpy = ">=two"}', "numpy: expected comparisons"),
        ("{numpy = 2}", "numpy: expected a string"),
        ("{}", "expected at least one side"),
        ('">=2.0"', "expected a table of releases by side"),
    ],
)
def test_a_wrong_requires_is_located(value, message):
    error = error_of(f'# /// pair\n# title = "T"\n# expect = "equal"\n# requires = {value}\n# ///\n')
    assert error.problem.line == 4
    assert message in error.problem.message


def test_a_pair_whose_requires_excludes_this_build_does_not_hold_here(tmp_path: Path, engine):
    folder = tmp_path / "snippets" / "s"
    folder.mkdir(parents=True)
    (folder / "_section.toml").write_text('title = "S"\norder = 1\n')
    numpy = installed_versions()["numpy"]
    (folder / "p.numpy.py").write_text(
        f'# /// pair\n# title = "P"\n# expect = "equal"\n# requires = {{numpy = "<{numpy}"}}\n# ///\n'
        "import numpy as np\n\nresult = np.arange(2)\n"
    )
    (folder / "p.torch.py").write_text("import torch\n\nresult = torch.arange(2)\n")
    outcome = run_catalog(discover(tmp_path / "snippets", base=tmp_path), engine).outcomes[0]
    assert outcome.judgement.verdict.value == "equal"
    assert outcome.judgement.holds is False
    assert outcome.judgement.summary == f"not available — requires numpy<{numpy}"
    assert f"this run has numpy {numpy}" in outcome.judgement.details[0]
