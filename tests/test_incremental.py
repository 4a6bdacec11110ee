"""Every shortcut of an incremental build gives the site a clean build gives, and rebuilds only what changed.

A small project is built, edited one way, built again from what the first build left (parsed
files, outcomes, rendered texts, the published site), and that site is compared file by file
with a clean build of the same files (no state, no site). The pages the builder rendered are
the ones the edit could change; a build with nothing changed touches nothing.
"""

import argparse
import os
import shutil
import signal
import time
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import BUILDERS, CONFIG, REPO, SANDBOX, project_in

import generator.commands.building as building_module
import generator.commands.pipeline as pipeline_module
import generator.compare.pipeline as compare_pipeline
import generator.execute.launch as launch_module
import generator.site.ahead as ahead_module
import generator.site.patch as patch_module
from generator.commands.building import build, check
from generator.commands.pipeline import Pipeline, timing_threads
from generator.commands.project import Project
from generator.execute.cache import RunCache
from generator.execute.launch import Launched
from generator.execute.requests import EngineSettings
from generator.site.builders import Builder
from generator.site.mkdocs import BuildReport

HEADER = '"""{doc}"""\n# /// pair\n# title = "{title}"\n# expect = "equal"\n{extra}# ///\n'
PAGES = {
    "index.md",
    "cheatsheet.md",
    "traps.md",
    "api.md",
    "coverage.md",
    "performance.md",
    "cite.md",
    "first.md",
    "second.md",
    "articles/tour.md",
}


def write_pair(
    folder: Path, name: str, *, title: str, body: str, doc: str = "A pair.", extra: str = ""
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    header = HEADER.format(doc=doc, title=title, extra=extra)
    (folder / f"{name}.numpy.py").write_text(header + f"import numpy as np\n{body}\nresult = np.arange(3)\n")
    (folder / f"{name}.torch.py").write_text(f"import torch\n{body}\nresult = torch.arange(3)\n")


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two sections, three pairs (one points to another), an article, the site's own configuration."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # the sitemap's gzip header is dated
    root = tmp_path / "project"
    snippets = root / "snippets"
    for section, title, order in (("first", "First", 1), ("second", "Second", 2)):
        (snippets / section).mkdir(parents=True)
        (snippets / section / "_section.toml").write_text(f'title = "{title}"\norder = {order}\n')
    write_pair(snippets / "first", "ones", title="Ones", body='print("ones")')
    write_pair(
        snippets / "first", "twos", title="Twos", body='print("twos")', extra='# see = ["first/ones"]\n'
    )
    write_pair(snippets / "second", "threes", title="Threes", body='print("threes")')
    write_pair(snippets / "second", "fours", title="Fours", body='print("fours")')
    (root / "articles").mkdir()
    (root / "articles" / "tour.md").write_text("# A tour\n\nThe ones:\n\n::pair first/ones\n")
    shutil.copy(CONFIG, root / "mkdocs.yml")
    return root


def project(root: Path) -> Project:
    """The project in ``root``, read afresh (as each command reads it)."""
    found = project_in(root, snippets=root / "snippets", config=root / "mkdocs.yml")
    return replace(found, engine=EngineSettings(timeout=30, sandbox=SANDBOX))


def incremental(root: Path, site: Path | None = None, builder: Builder | None = None) -> BuildReport:
    """One build as ``np2t build`` makes it, from what the last build left (into ``site``, if given)."""
    found = project(root)
    if site is not None:
        found = replace(found, paths=replace(found.paths, site=site))
    if builder is not None:
        found = replace(found, builder=builder)
    with Pipeline.resumed(found) as pipeline:
        catalog = pipeline.discover()
        pipeline.ready_builders()
        result = pipeline.judge(catalog, prune=True)
        assert result.holds, [o.judgement for o in result.failures]
        pipeline.build_ahead(result)
        report = pipeline.publish(pipeline.render(result), save=True)
        pipeline.save()
    return report


def clean_site(root: Path, into: Path) -> Path:
    """The site a build from nothing makes of the same files (the run cache kept: runs are the same)."""
    paths = project(root).paths
    for leftover in (paths.site, paths.build):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in (paths.state, paths.published, paths.citations):
        leftover.unlink(missing_ok=True)
    report = incremental(root)
    assert report.rebuilt
    assert not report.patched
    shutil.copytree(paths.site, into)
    return into


def files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def assert_same_site(incremental_site: Path, clean: Path) -> None:
    got, wanted = files(incremental_site), files(clean)
    assert sorted(got) == sorted(wanted), "the two sites hold different files"
    differing = [path for path in wanted if got[path] != wanted[path]]
    assert differing == [], f"files differ from a clean build: {differing}"


def edited_then_compared(root: Path, tmp_path: Path, edit) -> BuildReport:
    """Build, edit, build incrementally; compare with a clean build; return the incremental report."""
    first = incremental(root)
    assert first.rebuilt
    edit(root)
    report = incremental(root)
    kept = shutil.copytree(project(root).paths.site, tmp_path / "incremental")
    assert_same_site(kept, clean_site(root, tmp_path / "clean"))
    return report


def test_an_edited_snippet_rebuilds_its_section_and_what_shows_its_run(workspace, tmp_path):
    def edit(root: Path) -> None:
        path = root / "snippets" / "first" / "ones.torch.py"
        path.write_text(path.read_text().replace('print("ones")', 'print("ones, edited")'))

    report = edited_then_compared(workspace, tmp_path, edit)
    assert report.patched
    # The article embeds the pair; the performance page shows the runs' total time, which a
    # snippet that ran again changes.
    assert set(report.pages) <= {"first.md", "articles/tour.md", "performance.md"}
    assert {"first.md", "articles/tour.md"} <= set(report.pages)
    assert "ones, edited" in (project(workspace).paths.site / "pairs" / "first" / "ones.html").read_text()


def test_timings_taken_again_under_the_same_names_reach_the_pages(workspace, tmp_path):
    """``make bench`` after its cache was cleared writes new timings under the names the old ones
    had (an entry is named after what was timed): the next build must show the new ones, as a
    clean build does, not the ones it found last time."""
    with Pipeline(project(workspace)) as timing:
        catalog = timing.judge(timing.discover()).catalog
        for threads in timing_threads():
            compare_pipeline.time_catalog(catalog, timing.engine, threads)
    first = incremental(workspace)
    assert first.rebuilt
    cache = RunCache(project(workspace).paths.timings)
    for key in sorted(cache.keys()):
        run = cache.get(key)
        assert run is not None
        if run.timing is not None:
            slower = replace(run.timing, median=run.timing.median * 7, best=run.timing.best * 7)
            cache.put(key, replace(run, timing=slower))
    incremental(workspace)
    kept = shutil.copytree(project(workspace).paths.site, tmp_path / "incremental")
    assert_same_site(kept, clean_site(workspace, tmp_path / "clean"))


def test_an_edited_docstring_rebuilds_its_section_only(workspace, tmp_path):
    def edit(root: Path) -> None:
        path = root / "snippets" / "second" / "threes.numpy.py"
        path.write_text(path.read_text().replace("A pair.", "A pair whose prose changed."))

    report = edited_then_compared(workspace, tmp_path, edit)
    assert report.patched
    assert report.pages == ("second.md",)


def test_an_edited_article_rebuilds_the_article_only(workspace, tmp_path):
    def edit(root: Path) -> None:
        path = root / "articles" / "tour.md"
        path.write_text(path.read_text().replace("The ones:", "The ones, again:"))

    report = edited_then_compared(workspace, tmp_path, edit)
    assert report.patched
    assert report.pages == ("articles/tour.md",)


def test_an_edited_template_rebuilds_the_pages_made_from_it(workspace, tmp_path):
    def edit(root: Path) -> None:
        own = root / "site_templates"
        own.mkdir()
        shipped = (REPO / "site_templates" / "section.md.j2").read_text()
        (own / "section.md.j2").write_text(shipped + "\nA line every section page now ends with.\n")

    report = edited_then_compared(workspace, tmp_path, edit)
    assert report.patched
    assert set(report.pages) == {"first.md", "second.md"}


def test_an_edited_configuration_rebuilds_the_whole_site(workspace, tmp_path):
    def edit(root: Path) -> None:
        path = root / "mkdocs.yml"
        path.write_text(path.read_text().replace("site_name:", "site_name: Renamed #", 1))

    report = edited_then_compared(workspace, tmp_path, edit)
    assert not report.patched
    assert set(report.pages) == PAGES


def test_a_deleted_pair_leaves_no_page_behind(workspace, tmp_path):
    def edit(root: Path) -> None:
        for side in ("numpy", "torch"):
            (root / "snippets" / "second" / f"threes.{side}.py").unlink()

    report = edited_then_compared(workspace, tmp_path, edit)
    assert report.patched
    site = project(workspace).paths.site
    assert not (site / "pairs" / "second" / "threes.html").exists()
    assert (site / "pairs" / "second" / "fours.html").is_file()
    assert "first.md" not in report.pages


def test_check_runs_its_snippets_on_the_server_launched_ahead_and_abandons_it_for_the_same_snippets(
    workspace, monkeypatch, capsys
):
    """``check`` starts the warm server before it loads the libraries and parses, as ``build`` does:
    its engine takes that server over rather than starting one of its own. When the last check ran
    these very snippets, the server is killed as soon as the digest shows it (still loading)."""
    launched: list[Launched] = []
    started: list[object] = []

    def launch(*args: object, **kwargs: object) -> Launched:
        launched.append(launch_module.launch(*args, **kwargs))  # type: ignore[arg-type]
        return launched[-1]

    def start_server(*args: object, **kwargs: object) -> object:
        started.append(real_start(*args, **kwargs))  # type: ignore[arg-type]
        return started[-1]

    real_start, real_abandon = launch_module.start_server, Launched.abandon
    abandoned: list[Launched] = []
    monkeypatch.setattr(building_module, "launch", launch)
    monkeypatch.setattr(launch_module, "start_server", start_server)
    monkeypatch.setattr(Launched, "abandon", lambda self: (abandoned.append(self), real_abandon(self)))
    assert check(project(workspace), argparse.Namespace()) == 0
    assert "8 snippets: 8 executed, 0 from the cache" in capsys.readouterr().out
    assert (len(launched), len(started)) == (1, 1), "the engine started a server of its own"
    assert launched[0].process.returncode == 0, "the server that ran the snippets was not stopped"
    assert check(project(workspace), argparse.Namespace()) == 0
    assert "8 snippets: 0 executed, 8 from the cache" in capsys.readouterr().out
    assert (len(launched), len(started)) == (2, 2), "a server was started besides the one launched ahead"
    assert abandoned == [launched[1]], "the server was kept until the end, for nothing to run"
    assert launched[1].process.returncode == -signal.SIGKILL


def test_a_build_with_nothing_changed_touches_nothing(workspace, capsys):
    args = argparse.Namespace(keep_going=False)
    assert build(project(workspace), args) == 0
    paths = project(workspace).paths
    kept = [*paths.site.rglob("*"), paths.state, paths.published]
    before = {p: (p.stat().st_mtime_ns, p.stat().st_ino) for p in kept}
    capsys.readouterr()
    assert build(project(workspace), args) == 0
    assert "nothing was parsed, run or built" in capsys.readouterr().out
    after = {p: (p.stat().st_mtime_ns, p.stat().st_ino) for p in kept}
    assert after == before


@pytest.mark.parametrize("other", BUILDERS)
def test_a_build_with_either_builder_elsewhere_leaves_this_site_patchable(workspace, tmp_path, other):
    """``make bench-loop`` alternates builders into other folders before timing one-edit builds."""
    assert incremental(workspace).rebuilt
    assert incremental(workspace, site=tmp_path / "elsewhere", builder=Builder(other)).rebuilt
    path = workspace / "snippets" / "second" / "threes.numpy.py"
    path.write_text(path.read_text().replace("A pair.", f"A pair, edited after a {other} build elsewhere."))
    report = incremental(workspace)
    assert report.patched
    assert report.pages == ("second.md",)


def test_a_server_stopped_in_the_background_has_exited_when_the_build_ends(workspace):
    """``build`` stops the warm server once judging is done, and no process outlives the build."""
    with Pipeline.resumed(project(workspace)) as pipeline:
        pipeline.start_engine_soon()
        result = pipeline.judge(pipeline.discover())
        server = pipeline.engine._server
        assert server is not None
        assert server.poll() is None
        pipeline.stop_engine_soon()
        pipeline.render(result)
    assert server.poll() is not None


def test_a_selection_build_keeps_links_to_the_sections_it_leaves_out(workspace):
    """Prose may link to another section's pair; a build of one section still builds (strictly)."""
    path = workspace / "snippets" / "first" / "ones.numpy.py"
    path.write_text(path.read_text().replace("A pair.", "A pair, beside [threes](second.md#threes)."))
    found = replace(project(workspace), patterns=("first",))
    with Pipeline(found) as pipeline:
        catalog = pipeline.discover()
        assert [s.name for s in catalog.sections] == ["first"]
        assert [s.name for s in catalog.left_out] == ["second"]
        result = pipeline.judge(catalog)
        assert pipeline.build(pipeline.render(result))
    site = found.paths.site
    assert 'href="second.html#threes"' in (site / "first.html").read_text()
    left_out = (site / "second.html").read_text()
    assert "This section is not part of this build" in left_out
    assert "Threes" not in left_out
    nav = (site / "first.html").read_text()
    assert nav.count('href="second.html"') == 0, "a left-out section is not in the navigation"


def test_a_build_of_the_same_pages_and_shells_publishes_nothing(workspace):
    """Whether the published site is current is asked only where it may be, and then answered right."""
    assert incremental(workspace).rebuilt
    site = project(workspace).paths.site
    before = {p: p.stat().st_ino for p in site.rglob("*")}
    assert not incremental(workspace).rebuilt
    project(workspace).paths.published.unlink()  # no record of the published site: its stamp tells
    assert not incremental(workspace).rebuilt
    assert {p: p.stat().st_ino for p in site.rglob("*")} == before


def test_an_edited_pair_page_template_refills_the_pair_pages_alone(workspace, tmp_path):
    def edit(root: Path) -> None:
        own = root / "site_templates"
        own.mkdir()
        shipped = (REPO / "site_templates" / "pair_page.html.j2").read_text()
        (own / "pair_page.html.j2").write_text(shipped.replace("</body>", "<p>Every pair page.</p></body>"))

    report = edited_then_compared(workspace, tmp_path, edit)
    assert report.patched
    assert report.pages == ()
    assert "Every pair page." in (project(workspace).paths.site / "pairs" / "first" / "ones.html").read_text()


def test_the_state_is_saved_while_the_builder_runs_and_the_sites_record_once_published(
    workspace, monkeypatch
):
    """The large part of the state is written while the builder runs, off the build's critical path;
    the record of the published site only once it is published, so the two never disagree."""
    assert incremental(workspace).rebuilt
    events: list[str] = []
    for module, name, event in (
        (pipeline_module, "save_carried", "state"),
        (pipeline_module, "save_published", "record"),
        (patch_module, "publish", "publish"),
        (patch_module, "finish_builder", "builder done"),
    ):
        monkeypatch.setattr(module, name, _noting(getattr(module, name), event, events))
    path = workspace / "snippets" / "first" / "ones.torch.py"
    path.write_text(path.read_text().replace('print("ones")', 'print("ones, saved early")'))
    assert incremental(workspace).patched
    assert events == ["state", "builder done", "publish", "record"]
    events.clear()
    assert not incremental(workspace).rebuilt
    assert events == ["state", "record"], "a build that publishes nothing saves the state all the same"


def test_only_the_edited_pair_is_judged_again(workspace, monkeypatch):
    """A pair's own verdict depends on its files and runs alone: unchanged pairs keep theirs."""
    assert incremental(workspace).rebuilt
    judged: list[str] = []
    scanned: list[str] = []
    judge, pair_quotes = compare_pipeline.judge, compare_pipeline.pair_quotes

    def judging(pair, *args, **kwargs):
        judged.append(pair.id)
        return judge(pair, *args, **kwargs)

    def scanning(snippets, *args, **kwargs):
        scanned.append(snippets[0].display_path)
        return pair_quotes(snippets, *args, **kwargs)

    monkeypatch.setattr(compare_pipeline, "judge", judging)
    monkeypatch.setattr(compare_pipeline, "pair_quotes", scanning)
    path = workspace / "snippets" / "second" / "fours.torch.py"
    path.write_text(path.read_text().replace('print("fours")', 'print("fours, judged again")'))
    assert incremental(workspace).patched
    assert judged == ["second/fours"]
    assert [Path(p).name for p in scanned] == ["fours.numpy.py"], "only its prose is read for quotes again"
    judged.clear()
    project(workspace).paths.state.unlink()
    assert not incremental(workspace).rebuilt
    assert sorted(judged) == ["first/ones", "first/twos", "second/fours", "second/threes"]


def _noting(function, event: str, events: list[str]):
    """``function``, noting ``event`` in ``events`` each time it is called."""

    def noted(*args, **kwargs):
        events.append(event)
        return function(*args, **kwargs)

    return noted


def test_a_patch_rewrites_only_the_pair_pages_whose_html_changed(workspace):
    """Every pair page of an edited section is filled again, but one that comes out the same keeps
    the published file (a patched site is made of links to it)."""
    assert incremental(workspace).rebuilt
    pairs = project(workspace).paths.site / "pairs" / "first"
    before = {name: (pairs / name).stat().st_ino for name in ("ones.html", "twos.html")}
    path = workspace / "snippets" / "first" / "ones.torch.py"
    path.write_text(path.read_text().replace('print("ones")', 'print("ones, alone")'))
    report = incremental(workspace)
    assert report.patched
    assert "first.md" in report.pages
    assert (pairs / "twos.html").stat().st_ino == before["twos.html"]
    assert (pairs / "ones.html").stat().st_ino != before["ones.html"]
    assert "ones, alone" in (pairs / "ones.html").read_text()


def test_a_file_edited_while_the_build_reads_it_leaves_the_site_unstamped(workspace, monkeypatch, capsys):
    """Whether an input changed during the build is asked once every input was read (while the
    builder runs); a site built from files that changed under it is not taken as up to date."""
    args = argparse.Namespace(keep_going=False)
    assert build(project(workspace), args) == 0
    path = workspace / "snippets" / "first" / "ones.numpy.py"
    path.write_text(path.read_text().replace("A pair.", "A pair, edited before the build."))
    render = pipeline_module.render_result

    def edit_then_render(*args, **kwargs):
        path.write_text(path.read_text().replace("before the build", "during the build"))
        return render(*args, **kwargs)

    monkeypatch.setattr(pipeline_module, "render_result", edit_then_render)
    assert build(project(workspace), args) == 0
    monkeypatch.undo()
    capsys.readouterr()
    assert build(project(workspace), args) == 0
    assert "nothing was parsed, run or built" not in capsys.readouterr().out
    assert "during the build" in (project(workspace).paths.site / "first.html").read_text()


def test_a_patch_renders_its_pages_again_whatever_the_times_of_the_kept_build(workspace):
    """The patch's builder keeps its folder between builds and renders only what it must (a dirty
    build); a page the patch needs is rendered even when its kept output looks newer."""
    assert incremental(workspace).rebuilt
    path = workspace / "snippets" / "first" / "ones.torch.py"
    path.write_text(path.read_text().replace('print("ones")', 'print("ones, first patch")'))
    assert incremental(workspace).patched
    kept = project(workspace).paths.build / "patch" / "site" / "first.html"
    assert kept.is_file()
    future = time.time() + 3600
    os.utime(kept, (future, future))
    path.write_text(path.read_text().replace("first patch", "second patch"))
    report = incremental(workspace)
    assert report.patched
    assert "ones, second patch" in (project(workspace).paths.site / "first.html").read_text()


def test_a_patch_builds_on_the_builder_made_ready_while_the_snippets_ran(workspace):
    """``build`` starts the builder process before judging; the patch takes it (it exits having
    built, not killed for want of use)."""
    assert incremental(workspace).rebuilt
    path = workspace / "snippets" / "second" / "threes.torch.py"
    path.write_text(path.read_text().replace('print("threes")', 'print("threes, on a ready builder")'))
    with Pipeline.resumed(project(workspace)) as pipeline:
        catalog = pipeline.discover()
        pipeline.ready_builders()
        assert pipeline._ready is not None
        ready = list(pipeline._ready._waiting)
        assert len(ready) == 1, "a site with a record of its last build is probably patched: one builder"
        result = pipeline.judge(catalog, prune=True)
        report = pipeline.publish(pipeline.render(result), save=True)
        pipeline.save()
    assert report.patched
    assert [process.returncode for process in ready] == [0]
    assert "threes, on a ready builder" in (project(workspace).paths.site / "second.html").read_text()


def test_the_preview_writes_an_edited_section_first_and_the_rest_finds_it_written(workspace):
    """The preview writes the page of a section whose pair was judged again before anything else
    renders; the whole render's write then leaves it as it is, and the folder ends as a preview
    from nothing writes it."""
    found = project(workspace)
    docs = found.paths.serve / "docs"
    with Pipeline(found) as pipeline:
        result = pipeline.judge(pipeline.discover())
        assert pipeline.write_preview_first(result) == (), "nothing goes ahead of the first fill"
        pipeline.write_preview(pipeline.render(result, standalone=False))
        assert pipeline.write_preview_first(pipeline.judge(pipeline.discover())) == (), "nothing changed"
        before = (docs / "second.md").read_bytes()
        path = workspace / "snippets" / "second" / "threes.torch.py"
        path.write_text(path.read_text().replace('print("threes")', 'print("three, edited")'))
        result = pipeline.judge(pipeline.discover())
        assert pipeline.write_preview_first(result) == ("second.md",)
        assert (docs / "second.md").read_bytes() != before
        assert "second.md" not in pipeline.write_preview(pipeline.render(result, standalone=False))
        written = files(docs)
    shutil.rmtree(found.paths.serve)
    with Pipeline(project(workspace)) as fresh:
        fresh.write_preview(fresh.render(fresh.judge(fresh.discover()), standalone=False))
    assert files(docs) == written


def patched_once(root: Path) -> None:
    """A first build and a patch: the patch leaves the configuration a build started ahead takes."""
    assert incremental(root).rebuilt
    path = root / "snippets" / "second" / "fours.numpy.py"
    path.write_text(path.read_text().replace("A pair.", "A pair, patched once."))
    assert incremental(root).patched


def builds_started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Where each builder process of a patch starts from: ahead of the render, or in the patch."""
    started: list[str] = []
    for module, name in ((ahead_module, "ahead"), (patch_module, "patch")):
        monkeypatch.setattr(module, "start_builder", _noting(module.start_builder, name, started))
    return started


def new_docstring(root: Path) -> None:
    path = root / "snippets" / "second" / "threes.numpy.py"
    path.write_text(path.read_text().replace("A pair.", "A pair, built ahead."))


def new_output(root: Path) -> None:
    path = root / "snippets" / "first" / "ones.torch.py"
    path.write_text(path.read_text().replace('print("ones")', 'print("ones, built ahead")'))


@pytest.mark.parametrize(
    ("edit", "pages"),
    [(new_docstring, {"second.md"}), (new_output, {"first.md", "articles/tour.md"})],
    ids=["docstring, its section alone", "output, its section and the article that embeds the pair"],
)
def test_a_patch_takes_the_build_started_ahead_on_the_pages_that_show_the_edited_pair(
    workspace, tmp_path, monkeypatch, edit, pages
):
    """The build started on those pages as soon as the pair was judged is the patch's, and no other
    starts. The performance page shows the runs' total time to the hundredth of a second here,
    which a snippet run again may change: then the patch needs a page not built ahead."""
    patched_once(workspace)
    started = builds_started(monkeypatch)
    edit(workspace)
    report = incremental(workspace)
    assert report.patched
    assert pages <= set(report.pages) <= pages | {"performance.md"}
    assert started == (["ahead", "patch"] if "performance.md" in report.pages else ["ahead"])
    kept = shutil.copytree(project(workspace).paths.site, tmp_path / "incremental")
    assert_same_site(kept, clean_site(workspace, tmp_path / "clean"))


def renamed(root: Path) -> None:
    path = root / "snippets" / "second" / "threes.numpy.py"
    path.write_text(path.read_text().replace('title = "Threes"', 'title = "Threes, renamed"'))


def test_nothing_starts_ahead_for_a_pair_the_reference_pages_show_anew(workspace, monkeypatch):
    """A pair's new title also shows in the cheat sheet, which a build started on its section
    would not build: nothing starts ahead, and the patch builds what it needs."""
    patched_once(workspace)
    started = builds_started(monkeypatch)
    renamed(workspace)
    report = incremental(workspace)
    assert report.patched
    assert {"second.md", "cheatsheet.md"} <= set(report.pages)
    assert started == ["patch"]


def test_a_build_started_ahead_on_a_wrong_guess_is_stopped_and_the_patch_builds_anew(
    workspace, tmp_path, monkeypatch
):
    """Started all the same on the renamed pair's section, the build is not the patch's: the patch
    stops it, starts its own, and still makes a clean build's site."""
    patched_once(workspace)
    started = builds_started(monkeypatch)
    monkeypatch.setattr(pipeline_module, "shown_alike", lambda before, after: True)
    renamed(workspace)
    report = incremental(workspace)
    assert report.patched
    assert {"second.md", "cheatsheet.md"} <= set(report.pages)
    assert started == ["ahead", "patch"]
    kept = shutil.copytree(project(workspace).paths.site, tmp_path / "incremental")
    assert_same_site(kept, clean_site(workspace, tmp_path / "clean"))
    assert not (project(workspace).paths.build / "patch" / "site-ahead").exists()
