"""Rendering: golden snapshots of the generated Markdown, and the filters that keep output inert."""

import os
from dataclasses import replace
from pathlib import Path

import pytest
from handmade import LOOP, handmade_info, handmade_result

from generator.commands.project import COMPILED_PAGES, load_project
from generator.discover.articles import Article, Embed, Show
from generator.execute.contract import TimingRequest
from generator.execute.values import ArrayValue, SeqValue, TextValue
from generator.site import performance, templating
from generator.site.config import Templates
from generator.site.render import render_articles, render_sections, render_site
from generator.site.templating import environment, fence, table_cell
from generator.site.views import describe_result

GOLDEN = Path(__file__).parent / "golden"
PAGES = (
    "index.md",
    "beta.md",
    "alpha.md",
    "cheatsheet.md",
    "traps.md",
    "api.md",
    "coverage.md",
    "performance.md",
    "cite.md",
)


@pytest.fixture(scope="module")
def rendered():
    return render_site(handmade_result(), handmade_info(), TEMPLATES)


TEMPLATES = Templates.find(Path(__file__).resolve().parent.parent)


def page(rendered, path: str) -> str:
    return next(p.text for p in rendered.pages if p.path == path)


@pytest.mark.parametrize("path", PAGES)
def test_pages_match_their_golden_snapshot(rendered, path):
    """One golden per page kind, rendered from a hand-built catalog: no library output is pinned."""
    text = page(rendered, path)
    golden = GOLDEN / path
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8"), (
        f"run with UPDATE_GOLDEN=1 to accept changes to {golden}"
    )


def test_a_section_rendered_alone_is_the_page_the_whole_site_renders(rendered):
    """The preview writes an edited section's page before the rest renders (``render_sections``);
    the whole render must then find the very same bytes there, for every section and together."""
    result = handmade_result()
    names = [section.name for section in result.catalog.sections]
    assert len(names) > 1
    for name in names:
        (alone,) = render_sections(result, TEMPLATES, {name})
        assert alone.path == f"{name}.md"
        assert alone.text == page(rendered, alone.path)
    together = render_sections(result, TEMPLATES, set(names))
    assert [p.path for p in together] == [f"{name}.md" for name in names]


def test_an_article_rendered_alone_is_the_page_the_whole_site_renders():
    """A build started ahead builds the articles that embed an edited pair (``render_articles``);
    the patch takes it only if the whole render makes the very same bytes."""
    result = handmade_result()
    pair_id = result.outcomes[0].pair.id
    embeds = (Embed(pair_id, None, Show.ALL, 3), Embed(pair_id, "torch", Show.CODE, 5))
    articles = (
        Article("tour", Path("articles/tour.md"), "A tour", ("Intro.\n", embeds[0], "Then.\n", embeds[1])),
        Article("other", Path("articles/other.md"), "Other", ("No pair here.\n",)),
    )
    result = replace(result, catalog=replace(result.catalog, articles=articles))
    whole = render_site(result, handmade_info(), TEMPLATES)
    (alone,) = render_articles(result, TEMPLATES, {pair_id})
    assert alone.path == "articles/tour.md"
    assert "Intro." in alone.text
    assert alone.text == page(whole, alone.path)
    assert render_articles(result, TEMPLATES, {"no/such-pair"}) == ()


def test_every_page_kind_has_a_golden(rendered):
    assert sorted(p.path for p in rendered.pages) == sorted(PAGES)


def test_navigation_lists_reference_pages_then_sections_in_order(rendered):
    assert [next(iter(entry)) for entry in rendered.nav] == [
        "Home",
        "Cheat sheet",
        "Porting traps",
        "API index",
        "Coverage",
        "Performance",
        "How to cite",
        "Sections",
    ]
    assert rendered.nav[-1] == {"Sections": [{"Beta": "beta.md"}, {"Alpha": "alpha.md"}]}


def test_the_cheat_sheet_has_a_row_per_pair_grouped_by_section(rendered):
    text = page(rendered, "cheatsheet.md")
    assert text.count('class="np2t-cheat__row ') == 6
    assert text.index(">Beta</a>") < text.index(">Alpha</a>")
    documented = next(line for line in text.splitlines() if 'href="alpha.html#documented"' in line)
    assert "np2t-cheat__row--differs" in documented
    assert "<td><code>ndarray.std, np.std</code></td><td><code>Tensor.std</code><span" in documented
    assert 'instead: <a href="alpha.html#passing" title="Passing pair"><code>a + 1</code></a>' in documented
    assert '<span class="np2t-cheat__difference">torch.std divides by n - 1</span>' in documented
    passing = next(line for line in text.splitlines() if 'href="alpha.html#passing"' in line)
    assert "<td><code>np.add(a, 1)</code></td><td><code>a + 1</code></td>" in passing


def test_a_difference_shows_the_fix_it_names_not_its_see_links(rendered):
    """The loud pair sees a both-raise pair and an equal one; the cheat sheet shows its fix."""
    text = page(rendered, "cheatsheet.md")
    loud = next(line for line in text.splitlines() if 'href="alpha.html#loud"' in line)
    assert 'instead: <a href="alpha.html#passing" title="Passing pair"><code>a + 1</code></a>' in loud
    assert "alpha.html#raising" not in loud
    assert "beta.html#single" not in loud
    equal_rows = [line for line in text.splitlines() if "np2t-cheat__row--equal" in line]
    assert not any("np2t-cheat__instead" in line or "np2t-cheat__difference" in line for line in equal_rows)


def test_the_traps_page_lists_silent_traps_first_with_their_fixes(rendered):
    text = page(rendered, "traps.md")
    assert "2 traps" in text
    assert "- **Silent** (1)" in text
    assert "- **Loud** (1)" in text
    assert text.index("## Silent traps") < text.index("[Documented difference](alpha.md#documented)")
    assert text.index("[Documented difference](alpha.md#documented)") < text.index("## Loud traps")
    assert text.index("## Loud traps") < text.index("[Loud difference](alpha.md#loud)")
    loud = "| [Loud difference](alpha.md#loud) | torch.tensor refuses ragged lists |"
    assert f"{loud} [`a + 1`](alpha.md#passing) |" in text
    assert "Mismatching pair" not in text


def test_the_coverage_page_counts_objects_and_says_why_a_name_is_uncovered(rendered):
    text = page(rendered, "coverage.md")
    assert "**10 objects** under\n11 names" in text
    assert "`np.concatenate` (also `np.concat`)" in text.split("## Verified translation")[1].split("##")[0]
    assert "| `np.ptp` | `x.max() - x.min()` |" in text
    assert "| `np.trim_zeros` | — |" in text
    assert "| dates and business days: PyTorch has no date or time dtypes | `np.isnat` |" in text
    assert "| `np.sum` | `Tensor.sum`, `torch.sum` |" in text


def test_the_api_index_links_each_name_to_the_pairs_using_it(rendered):
    text = page(rendered, "api.md")
    rows = {row.split("</td>")[0]: row for row in text.split('<tr markdown="1"><td markdown="span">')[1:]}
    assert "- [Single pair](beta.md#single)\n- [Passing pair](alpha.md#passing)\n" in rows["`torch.add`"]
    assert "- [Documented difference](alpha.md#documented)\n\n</td></tr>" in rows["`Tensor.std`"]
    assert text.index("## NumPy") < text.index("## PyTorch")


def test_the_performance_page_shows_the_recorded_run_times_and_the_benchmark(rendered):
    text = page(rendered, "performance.md")
    assert "The 12 snippet runs shown on this site took 0.02 s in all, 1.5 ms for the\nmedian snippet" in text
    assert "4 executed" not in text, "what one build executed is not the site's content"
    assert "| Overhead per snippet (fork, capture, result transfer) | 14.2 ms |" in text
    assert "| Speedup per snippet over a fresh interpreter | 58.6× |" in text


def test_the_performance_page_shows_the_authors_loop(rendered):
    text = page(rendered, "performance.md")
    assert "| One snippet edited, until the page shows it (median of 5 edits) | 1.2 s (1.3, 1.2, 1.1" in text
    assert "| Regenerations while the preview was left alone for 15.0 s | 0 |" in text
    assert "| `build` after moving the checkout to another folder | 1.0 s; snippets executed: 0 |" in text
    assert "| Full site build with zensical (median of 3, alternating) | 4.4 s |" in text
    assert (
        "| That `check` beyond the snippets' own time: every worker's time, less theirs, over the 1300 "
        "snippets | 7.7 ms per snippet" in text
    )


def test_the_performance_page_says_the_cold_builds_are_medians_when_there_were_several_rounds():
    once = " ".join(
        page(render_site(handmade_result(), handmade_info(), TEMPLATES), "performance.md").split()
    )
    assert "| `check` with an empty cache | 31.0 s;" in once
    info = replace(handmade_info(), loop={**LOOP, "cold_rounds": 3})
    text = " ".join(page(render_site(handmade_result(), info, TEMPLATES), "performance.md").split())
    assert "| `check` with an empty cache (median of 3, alternating) | 31.0 s;" in text
    assert "(nothing under `.cache/`, no site) (median of 3, alternating) | 40.5 s |" in text
    assert "(in-process, not isolated) (median of 3, alternating) | 55.2 s |" in text


def test_the_performance_page_states_the_settings_bench_times_with(monkeypatch):
    """The method's figures come from ``timing_request``, so the page cannot drift from what ran."""
    settings = TimingRequest(threads=1, min_time=0.02, repeats=5, budget=1.5)
    monkeypatch.setattr(performance, "timing_request", lambda threads: replace(settings, threads=threads))
    rendered = render_site(handmade_result(), handmade_info(), TEMPLATES)
    text = " ".join(page(rendered, "performance.md").split())
    assert "run until one lasts 20% of 20 ms" in text
    assert "a batch lasts about 20 ms, then up to 5 batches run, as many as fit in 1500 ms" in text
    assert "A body whose first run took more than 1500 ms is timed once" in text


def test_the_performance_page_shows_what_the_last_bench_took():
    record = {
        "date": "2026-01-02",
        "load_before": [1.5, 1.0, 0.5],
        "load_after": [2.0, 1.5, 1.0],
        "passes": [
            {"threads": 1, "workers": 2, "seconds": 61.5, "executed": 10, "cached": 2},
            {"threads": 2, "workers": 1, "seconds": 120.0, "executed": 12, "cached": 0},
        ],
        "sweeps_seconds": 99.9,
        "total_seconds": 283.4,
    }
    info = replace(handmade_info(), bench_run=record)
    text = " ".join(page(render_site(handmade_result(), info, TEMPLATES), "performance.md").split())
    assert (
        "The last `make bench` here ran on 2026-01-02 and took 283.4 s in all: "
        "61.5 s to time at 1 thread on 2 workers (10 snippets timed, 2 from the cache), "
        "120.0 s to time at 2 threads on 1 worker (12 snippets timed, 0 from the cache), "
        "and 99.9 s for the size sweeps and the sigmoid experiment."
    ) in text
    assert "was 1.5, 1.0, 0.5 before it and 2.0, 1.5, 1.0 after" in text
    unswept = replace(info, bench_run={**record, "sweeps_seconds": None, "patterns": ["linalg"]})
    text = " ".join(page(render_site(handmade_result(), unswept, TEMPLATES), "performance.md").split())
    assert "took 283.4 s in all, for the pairs matching linalg:" in text
    assert "and no size sweeps." in text
    unrecorded = render_site(handmade_result(), handmade_info(), TEMPLATES)
    assert "last `make bench`" not in page(unrecorded, "performance.md")


def test_the_performance_page_says_when_no_benchmark_was_recorded():
    text = page(render_site(handmade_result(), handmade_info(benchmark=False), TEMPLATES), "performance.md")
    assert "run `make bench-engine`" in text
    assert "run `make bench-loop`" in text


def test_printed_markup_stays_inside_a_fence(rendered):
    text = page(rendered, "alpha.md")
    assert "````text\n<b>not bold</b>\n```\n````" in text


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


@pytest.mark.parametrize("count", [1, 2])
def test_the_home_page_table_stands_apart_from_the_start_here_line(count):
    """A block tag ending a line eats its newline: the table would join the paragraph above it."""
    result = handmade_result()
    articles = tuple(
        Article(name=f"a{i}", path=Path(f"articles/a{i}.md"), title=f"Article {i}", parts=("Text.",))
        for i in range(count)
    )
    result = replace(result, catalog=replace(result.catalog, articles=articles))
    text = page(render_site(result, handmade_info(), TEMPLATES), "index.md")
    start = text.index("**Start here:**")
    assert text[start:].split("\n")[1] == "", "no blank line between the paragraph and the table"
    assert ("More articles" in text) is (count > 1)


def test_one_environment_serves_while_the_template_files_stay_the_same(tmp_path: Path):
    """A render reuses what the last one compiled, and still sees a template edited or added in front."""
    site, shipped = tmp_path / "site", tmp_path / "shipped"
    site.mkdir()
    shipped.mkdir()
    (shipped / "page.md.j2").write_text("shipped {{ x }}")
    templates = Templates((site, shipped))
    env = environment(templates)
    assert env.get_template("page.md.j2").render(x=1) == "shipped 1"
    assert environment(templates) is env
    (site / "page.md.j2").write_text("site {{ x }}")
    assert environment(templates).get_template("page.md.j2").render(x=1) == "site 1"
    (site / "page.md.j2").write_text("edited {{ x }}")
    assert environment(templates).get_template("page.md.j2").render(x=1) == "edited 1"


def test_a_new_process_takes_the_pages_code_the_last_one_compiled_and_never_a_stale_one(tmp_path: Path):
    """A one-edit build is a new process: it loads the kept code rather than compiling, and a
    template edited since compiles again (a cleared environment cache stands for the new process)."""
    folder, compiled = tmp_path / "templates", tmp_path / "compiled"
    folder.mkdir()
    (folder / "page.md.j2").write_text("first {{ x }}")
    templates = Templates((folder,), compiled)
    assert environment(templates).get_template("page.md.j2").render(x=1) == "first 1"
    entries = {entry.name: entry.stat().st_ino for entry in compiled.iterdir()}
    assert len(entries) == 1
    templating._environment.cache_clear()
    assert environment(templates).get_template("page.md.j2").render(x=2) == "first 2"
    assert {entry.name: entry.stat().st_ino for entry in compiled.iterdir()} == entries, "compiled again"
    (folder / "page.md.j2").write_text("edited {{ x }}")
    templating._environment.cache_clear()
    assert environment(templates).get_template("page.md.j2").render(x=3) == "edited 3"


def test_the_project_keeps_its_pages_code_in_its_build_folder(tmp_path: Path):
    assert load_project(tmp_path).templates.compiled == tmp_path / "build" / COMPILED_PAGES
