"""Rendering: golden snapshots of the generated Markdown, and the filters that keep output inert."""

import os
import re
from pathlib import Path

import pytest
from conftest import BUILD_DATE

from generator.execute.values import ArrayValue, SeqValue, TextValue
from generator.site.pages import BuildInfo
from generator.site.render import fence, render_site, table_cell
from generator.site.views import describe_result

GOLDEN = Path(__file__).parent / "golden"
VERSIONS = {"python": "3.x", "numpy": "N", "torch": "T"}


def normalise(text: str) -> str:
    """Scrub what varies between runs: timings."""
    return re.sub(r"ran in [0-9.]+ (µs|ms|s)", "ran in <time>", text)


@pytest.fixture(scope="module")
def rendered(basic_result):
    return render_site(basic_result, BuildInfo(date=BUILD_DATE, versions=VERSIONS))


@pytest.mark.parametrize("path", ["index.md", "alpha.md", "beta.md", "cheatsheet.md"])
def test_pages_match_their_golden_snapshot(rendered, path):
    text = normalise(page(rendered, path))
    golden = GOLDEN / path
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), (
        f"run with UPDATE_GOLDEN=1 to accept changes to {golden}"
    )


def test_navigation_lists_reference_pages_then_sections_in_order(rendered):
    assert [next(iter(entry)) for entry in rendered.nav] == [
        "Home",
        "Cheat sheet",
        "API index",
        "Coverage",
        "Performance notes",
        "Sections",
    ]
    assert rendered.nav[-1] == {"Sections": [{"Beta": "beta.md"}, {"Alpha": "alpha.md"}]}


def page(rendered, path: str) -> str:
    return next(p.text for p in rendered.pages if p.path == path)


def test_the_cheat_sheet_has_a_row_per_pair_grouped_by_section(rendered):
    text = page(rendered, "cheatsheet.md")
    assert text.count('class="np2t-cheat__row ') == 5
    assert text.index(">Beta</a>") < text.index(">Alpha</a>")
    documented = next(line for line in text.splitlines() if 'href="alpha.html#documented"' in line)
    assert "np2t-cheat__row--differs" in documented
    assert (
        "<td><code>np.array, ndarray.std</code></td><td><code>Tensor.std, torch.tensor</code></td>"
        in documented
    )
    assert 'href="alpha.html#documented"' in text
    assert '<a class="np2t-badge np2t-badge--differs"' in text


def test_the_api_index_links_each_name_to_the_pairs_using_it(rendered):
    text = page(rendered, "api.md")
    assert "| `torch.arange` | [Passing pair](alpha.md#passing) |" in text
    assert "| `Tensor.std` | [Documented difference](alpha.md#documented) |" in text
    assert text.index("## NumPy") < text.index("## PyTorch")


def test_the_performance_page_shows_this_builds_engine_figures(rendered, basic_result):
    text = page(rendered, "performance.md")
    stats = basic_result.stats
    assert f"{stats.total} snippets: {stats.executed} executed, {stats.cached} taken from the cache" in text
    assert "run `make bench-engine`" in text


def test_the_performance_page_shows_recorded_benchmark_figures(basic_result):
    bench = {
        "date": "2026-01-02",
        "machine": "x86_64, 2 cores",
        "versions": VERSIONS,
        "pairs": 200,
        "snippets": 400,
        "workers": 2,
        "cold_seconds": 9.5,
        "cold_ms_per_snippet": 23.7,
        "overhead_ms_median": 14.2,
        "body_ms_median": 1.1,
        "warm_seconds_median": 0.2,
        "warm_executed": [0, 0, 0],
        "edit_seconds_median": 2.6,
        "edit_executed": [1, 1, 1],
        "fresh_numpy_ms_median": 180.0,
        "fresh_torch_ms_median": 2600.0,
        "fresh_sample": 12,
        "speedup": 58.6,
    }
    site = render_site(basic_result, BuildInfo(date=BUILD_DATE, versions=VERSIONS, benchmark=bench))
    text = page(site, "performance.md")
    assert "| Overhead per snippet (fork, capture, result transfer) | 14.2 ms |" in text
    assert "| Speedup per snippet over a fresh interpreter | 58.6× |" in text
    assert "snippets executed: 0, 0, 0" in text


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
