"""Rendering: golden snapshots of the generated Markdown, and the filters that keep output inert."""

import os
import re
from pathlib import Path

import pytest
from conftest import BUILD_DATE

from generator.render import BuildInfo, describe_result, fence, render_site, table_cell
from generator.values import ArrayValue, SeqValue, TextValue

GOLDEN = Path(__file__).parent / "golden"
VERSIONS = {"python": "3.x", "numpy": "N", "torch": "T"}


def normalise(text: str) -> str:
    """Scrub what varies between runs: timings."""
    return re.sub(r"ran in [0-9.]+ (µs|ms|s)", "ran in <time>", text)


@pytest.fixture(scope="module")
def rendered(basic_result):
    return render_site(basic_result, BuildInfo(date=BUILD_DATE, versions=VERSIONS))


@pytest.mark.parametrize("page", ["index.md", "alpha.md", "beta.md"])
def test_pages_match_their_golden_snapshot(rendered, page):
    text = normalise(next(p.text for p in rendered.pages if p.path == page))
    golden = GOLDEN / page
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), (
        f"run with UPDATE_GOLDEN=1 to accept changes to {golden}"
    )


def test_navigation_lists_sections_in_order(rendered):
    assert rendered.nav[0] == {"Home": "index.md"}
    assert rendered.nav[1] == {"Sections": [{"Beta": "beta.md"}, {"Alpha": "alpha.md"}]}


def test_a_fence_is_longer_than_any_backtick_run_inside():
    block = fence("print('```')\n````", "text")
    assert block.startswith("`````text\n")
    assert block.endswith("\n`````")


def test_a_fence_carries_title_and_line_numbers():
    assert fence("x = 1\n", "python", title="a/b.py", linenums=7).splitlines()[0] == (
        '```python title="a/b.py" linenums="7"'
    )


def test_table_cells_escape_pipes():
    assert str(table_cell("a | b\nc")) == "a \\| b c"


def test_results_are_described_by_type_shape_and_dtype():
    import numpy as np  # noqa: PLC0415

    tensor = ArrayValue(np.zeros((2, 3), np.float32), "torch.float32", "torch.Tensor")
    scalar = ArrayValue(np.asarray(1.5), "float", "float")
    assert describe_result(tensor) == "torch.Tensor · shape (2, 3) · torch.float32"
    assert describe_result(SeqValue((scalar, TextValue("x", "str")), "tuple")) == (
        "tuple of 2: [0] float · scalar · float; [1] str 'x'"
    )
