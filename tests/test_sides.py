"""A third side is one registry entry plus its adapter; discovery, engine, comparison and pages follow.

The fixture side runs plain Python lists (``tests/fixtures/threeway/lists_side.py`` converts a
list into an array) beside NumPy and PyTorch, end to end through the real engine and MkDocs.
"""

import html
import json
import re
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, SANDBOX, build_site, pair_by_id

from generator.compare.pipeline import CatalogResult, run_catalog
from generator.compare.verdict import Verdict
from generator.discover.catalog import discover
from generator.execute.engine import Engine
from generator.execute.requests import EngineSettings
from generator.sides import NUMPY, TORCH, Side, SideRegistry

LISTS = Side(
    name="lists",
    label="Python lists",
    suffix=".lists.py",
    adapter="tests.fixtures.threeway.lists_side",
    distribution=None,
)
THREE = SideRegistry((NUMPY, TORCH, LISTS))


@pytest.fixture(scope="module")
def result() -> CatalogResult:
    catalog = discover(FIXTURES / "threeway", base=REPO, sides=THREE)
    with Engine(EngineSettings(timeout=30, sandbox=SANDBOX), sides=THREE) as engine:
        return run_catalog(catalog, engine)


@pytest.fixture(scope="module")
def site(result: CatalogResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(result, tmp_path_factory.mktemp("threeway"))


def test_every_pair_runs_on_three_sides_and_holds(result):
    assert not result.catalog.problems
    for outcome in result.outcomes:
        assert sorted(outcome.runs) == ["lists", "numpy", "torch"]
        assert outcome.judgement.holds, outcome.judgement.details
    running = pair_by_id(result.catalog, "sums/running")
    assert [s.side.name for s in running.snippets] == ["numpy", "torch", "lists"]
    assert running.meta.call("lists") == "list(accumulate([1, 2, 3, 4]))"


def test_the_third_side_is_compared_with_the_reference(result):
    mean = next(o for o in result.outcomes if o.pair.id == "sums/mean-of-ints")
    assert mean.judgement.verdict is Verdict.DIFFERS
    assert any("Python lists" in line and "NumPy" in line for line in mean.judgement.details)
    assert not any("PyTorch" in line for line in mean.judgement.details if "values differ" in line)


def test_a_missing_third_file_is_a_problem_of_its_pair(tmp_path):
    section = tmp_path / "s"
    section.mkdir()
    (section / "_section.toml").write_text('title = "S"\norder = 1\n')
    (section / "p.numpy.py").write_text('# /// pair\n# title = "P"\n# expect = "equal"\n# ///\nresult = 1\n')
    (section / "p.torch.py").write_text("result = 1\n")
    pair = discover(tmp_path, base=tmp_path, sides=THREE).pairs[0]
    assert [p.message for p in pair.problems] == [
        "missing partner file p.lists.py (the Python lists side of s/p)"
    ]


def test_the_page_has_three_columns_and_the_cheat_sheet_three_forms(site):
    page = (site / "sums.html").read_text()
    block = page[page.index('id="running"') :]
    block = block[: block.index("np2t-verdict-block")]
    assert re.findall(r'class="np2t-side np2t-side--(\w+)"', block) == ["numpy", "torch", "lists"]
    assert "Python lists" in block
    cheat = html.unescape((site / "cheatsheet.html").read_text())
    assert "<th>NumPy</th><th>PyTorch</th><th>Python lists</th><th>Verdict</th>" in cheat
    assert "<code>list(accumulate([1, 2, 3, 4]))</code>" in cheat


def test_pairs_json_carries_every_side(site):
    document = json.loads((site / "pairs.json").read_text())
    running = next(p for p in document["pairs"] if p["id"] == "sums/running")
    assert running["lists"]["result"]["type"] == "list"
    assert running["lists"]["result"]["values"] == [1, 3, 6, 10]
    assert running["lists"]["stdout"] == "[1, 3, 6, 10]\n"
    assert set(running["api"]) == {"numpy", "torch", "lists"}
    assert "lists" not in document["versions"]
