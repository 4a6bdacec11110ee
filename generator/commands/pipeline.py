"""The one pipeline every command uses: discover → run → judge → render → write → build or serve.

``build``, ``check``, ``serve``, ``cite``, ``bench`` and ``cache`` differ only in where they stop
and what they do with the result, so they cannot drift apart: the preview shows what ``build``
publishes, from the same folders and templates. A ``Pipeline`` holds one project and, once a
snippet must really run, one warm engine, which the preview keeps between regenerations.
"""

import gc
import hashlib
import sys
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Self

from generator.commands.durations import load_durations, run_durations, save_durations
from generator.commands.project import Project
from generator.commands.state import Carried, environment, load_carried, save_carried, save_published
from generator.compare.pipeline import (
    CatalogResult,
    TimedRuns,
    catalog_requests,
    execute_catalog,
    judge_catalog,
    timed_runs,
)
from generator.compare.verdict import PairOutcome
from generator.discover.catalog import Catalog, discover, select
from generator.discover.parse import SnippetParser
from generator.execute.cache import RunCache
from generator.execute.engine import Engine
from generator.execute.fingerprint import usable_cores
from generator.execute.launch import Launched
from generator.execute.progress import Progress, progress_for
from generator.execute.runs import SideRun
from generator.files import written_listing
from generator.matrix.merge import Matrix
from generator.site.ahead import Ahead, shown_alike, start_ahead
from generator.site.assemble import build_info, performance_key, render_result
from generator.site.builders import ReadyBuilders
from generator.site.coverage import NameGroup
from generator.site.memo import Digester, RenderMemo, plain_digest
from generator.site.mkdocs import (
    BuildReport,
    Generated,
    build_site,
    generated,
    ready_builders,
    write_ahead,
    write_folder,
)
from generator.site.pages import BuildInfo
from generator.site.render import render_articles, render_sections
from generator.site.universe import numpy_universe

EXIT_OK, EXIT_NOT_HOLDING, EXIT_ERROR = 0, 1, 2


class Pipeline:
    """One project's stages, with a warm engine started the first time a snippet must run."""

    def __init__(
        self,
        project: Project,
        *,
        parser: SnippetParser | None = None,
        progress: Progress | None = None,
        carried: Carried | None = None,
        launched: Launched | None = None,
    ) -> None:
        """``launched`` is a warm server started ahead (``launch``) for this project's engine."""
        self.project = project
        self.carried = carried or Carried(environment(project))
        self.parser = parser or self.carried.parsed
        self.progress = progress
        self._engine = self._new_engine(launched) if launched is not None else None
        self._starting: threading.Thread | None = None
        self._written: dict[str, bytes] = {}
        self._start_error: BaseException | None = None
        self._stopping: threading.Thread | None = None
        self._universe: Future[tuple[NameGroup, ...]] | None = None
        self._memo: RenderMemo | None = None
        self._ready: ReadyBuilders | None = None
        self._ahead: Ahead | None = None
        self._saved = False
        self._judged_again: frozenset[str] = frozenset()
        """The pairs whose outcome the last ``judge`` changed (``write_preview_first``)."""
        self._judged_before: dict[str, PairOutcome] = {}
        """Their outcomes before that ``judge``, where they had one (``build_ahead``)."""

    @classmethod
    def resumed(
        cls, project: Project, *, progress: Progress | None = None, launched: Launched | None = None
    ) -> "Pipeline":
        """A pipeline that starts from what the last build of this project left (``state``).

        That state is millions of objects that live as long as the pipeline; they are moved out of
        the cyclic collector's sight (``gc.freeze``), which would otherwise walk all of them at
        each of its full collections while the pages are judged and rendered. Reference counting
        still frees what a later build replaces.
        """
        carried = load_carried(project.paths.state, environment(project), project.paths.published)
        gc.freeze()  # see Pipeline.resumed's docstring
        return cls(project, progress=progress, carried=carried, launched=launched)

    def save(self) -> None:
        """Leave this pipeline's shortcuts and the record of the published sites for the next build.

        The shortcuts are not written again when ``publish`` saved them while the builder ran.
        """
        if not self._saved:
            self._save_shortcuts()
        save_published(self.project.paths.published, self.carried)

    def _save_shortcuts(self) -> None:
        """Save everything carried but the record of the published sites (which publishing changes)."""
        if self._memo is not None:
            self.carried.memo = self._memo.carried()
        save_carried(self.project.paths.state, self.carried)
        self._saved = True

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the warm engine, if one started, and wait for one stopping in the background.

        Builder processes made ready and never used are killed, and a build started ahead and
        never published stopped.
        """
        self._cancel_ahead()
        if self._ready is not None:
            self._ready.close()
            self._ready = None
        self._started()
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        if self._stopping is not None:
            self._stopping.join()
            self._stopping = None

    def read_universe_soon(self) -> None:
        """List the names of the coverage page's universe in the background, while snippets run.

        Without the list the last build carried (a cold build), the names would be listed after
        judging, when every core but one is idle; listing PyTorch's is a process of its own.
        """
        if self.carried.numpy_names is not None or self._universe is not None:
            return
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="np2t-universe")
        self._universe = pool.submit(numpy_universe, self.project.paths.universe)
        pool.shutdown(wait=False)  # the listing goes on; facts() waits for it

    def stop_engine_soon(self) -> None:
        """Stop the warm server in the background while the pages are rendered and built.

        A build runs nothing after judging, and the server's exit (the libraries unloading) is a
        noticeable part of a one-edit build; ``close`` still waits for it, so no process outlives
        the build. A later stage that needs the engine gets a new one.
        """
        self._started()
        engine, self._engine = self._engine, None
        if engine is None or self._stopping is not None:
            if engine is not None:
                engine.close()
            return
        self._stopping = threading.Thread(target=engine.close, name="np2t-engine-stop")
        self._stopping.start()

    @property
    def engine(self) -> Engine:
        """The project's engine: its limits, caches and progress display (its server starts on demand)."""
        if self._engine is None:
            self._engine = self._new_engine()
        return self._engine

    def _new_engine(self, launched: Launched | None = None) -> Engine:
        """An engine for this project; with ``launched``, it takes that server over (and stops it)."""
        paths = self.project.paths
        return Engine(
            self.project.engine,
            RunCache(paths.runs) if self.project.use_cache else None,
            self.progress or progress_for(sys.stderr, quiet=self.project.quiet),
            sides=self.project.sides,
            timing_cache=RunCache(paths.timings),
            launched=launched,
        )

    def start_engine_soon(self) -> None:
        """Start the warm server in the background, while the files are read and digested.

        Importing the sides' libraries takes seconds; a build that will have to run an edited
        snippet should not wait for them only after it has found which snippet that is.
        """
        if self._starting is not None:
            return
        engine = self.engine

        def start() -> None:
            try:
                engine.start()
            except BaseException as exc:  # handed to the thread that waits for it
                self._start_error = exc

        self._starting = threading.Thread(target=start, name="np2t-engine-start", daemon=True)
        self._starting.start()

    def _started(self) -> None:
        """Wait for a background start; its failure is raised here, in the pipeline's thread."""
        if self._starting is not None:
            self._starting.join()
            self._starting = None
        error, self._start_error = self._start_error, None
        if error is not None:
            raise error

    def discover(self, *, selected: bool = True) -> Catalog:
        """The catalog: every pair and article, or (``selected``) the pairs the project's patterns name."""
        paths = self.project.paths
        catalog = discover(
            paths.snippets,
            base=paths.root,
            sides=self.project.sides,
            articles=paths.articles,
            parser=self.parser,
        )
        return select(catalog, self.project.patterns) if selected else catalog

    def judge(self, catalog: Catalog, *, prune: bool = False) -> CatalogResult:
        """Run (or take from the cache) every run the catalog needs, and judge each pair.

        ``prune`` removes cache entries no pair uses; it applies only when no pattern narrowed the
        catalog, since a selection would prune the runs of the pairs it left out. What ``make bench``
        ran on this machine for these exact snippets comes along (timings, and the results at each
        thread count, to compare); nothing more is timed. What must run starts longest first, by the
        durations the last commands recorded.

        A pair whose files parse to the same pair as in the last build keeps its runs (the run
        cache would give the same ones, slower), and with them its own judgement (``JudgedPairs``);
        the pairs are checked against each other again every time, since a pair's verdict also
        depends on others (its fix, the values it quotes).
        """
        self._saved = False
        prune = prune and not self.project.patterns
        paths = self.project.paths
        known = load_durations(paths.durations)
        previous = self.carried.outcomes if self.project.use_cache else {}
        kept = {
            pair.id: found[0]
            for pair in catalog.pairs
            if (found := previous.get(pair.id)) is not None and found[0].pair == pair
        }
        fresh = replace(catalog, pairs=tuple(p for p in catalog.pairs if p.id not in kept))
        self._started()
        execution = execute_catalog(fresh, self.engine, durations=known)
        runs: dict[tuple[str, str], SideRun] = dict(execution.runs)
        for pair_id, outcome in kept.items():
            runs.update(((pair_id, side), run) for side, run in outcome.runs.items())
        reused = sum(len(outcome.runs) for outcome in kept.values())
        pruned = 0
        if prune and self.engine.cache is not None:
            pruned = self.engine.cache.prune(self.cache_keys(catalog))
        stats = replace(
            execution.stats,
            total=execution.stats.total + reused,
            cached=execution.stats.cached + reused,
            pruned_cache_entries=pruned,
        )
        timed = self._timed(catalog, fresh, kept.keys())
        judged = self.carried.judged if self.project.use_cache else None
        result = judge_catalog(catalog, runs, timed, self.engine.versions, stats, judged=judged)
        outcomes = tuple(_same_or(previous.get(o.pair.id), o) for o in result.outcomes)
        self._judged_again = frozenset(
            o.pair.id for o in outcomes if (found := previous.get(o.pair.id)) is None or found[0] is not o
        )
        self._judged_before = {
            pair_id: previous[pair_id][0] for pair_id in self._judged_again if pair_id in previous
        }
        self.carried.outcomes = {
            o.pair.id: (o, None) if o.pair.id in self._judged_again else previous[o.pair.id] for o in outcomes
        }
        save_durations(paths.durations, known, run_durations(result), only=prune)
        return replace(result, outcomes=outcomes)

    def _timed(self, catalog: Catalog, fresh: Catalog, kept: Iterable[str]) -> TimedRuns:
        """What ``make bench`` ran of these snippets, looked up only for the pairs that changed.

        While the timing cache holds the very same entries, an unchanged pair's timed runs are
        the ones found last time. An entry is named after what was timed, not after what the
        timing found: a ``make bench`` after its cache was cleared writes new timings under the
        same names, so the entries are told apart by their files too (``written_listing``).
        """
        listing = written_listing(self.project.paths.timings)
        if not listing:
            self.carried.timed = ("", {})
            return {}
        digest = hashlib.sha256("\n".join(listing).encode()).hexdigest()
        before, known = self.carried.timed
        if before != digest:
            found = timed_runs(catalog, self.engine, timing_threads())
        else:
            wanted = set(kept)
            found = {
                count: {key: run for key, run in known.get(count, {}).items() if key[0] in wanted}
                | dict(runs)
                for count, runs in timed_runs(fresh, self.engine, timing_threads()).items()
            }
        self.carried.timed = (digest, found)
        return found

    def cache_keys(self, catalog: Catalog) -> set[str]:
        """The cache keys of every run the catalog needs now (nothing runs; no server starts)."""
        return {self.engine.key(request) for request in catalog_requests(catalog)}

    def facts(self, result: CatalogResult, matrix: Matrix | None = None) -> BuildInfo:
        """What the pages show besides the judged pairs: date, versions, site, measurements.

        The recorded measurements are read again only when their files changed (the preview asks
        after every edit). ``matrix``: the pairs under other releases, when the version matrix ran.
        """
        paths = self.project.paths
        if self._universe is not None and self.carried.numpy_names is None:
            self.carried.numpy_names = self._universe.result()
        info = build_info(
            result,
            self.project.date,
            site=self.project.site_config,
            results_dir=paths.results,
            universe_cache=paths.universe,
            known=self.carried.measurements,
            matrix=matrix,
            numpy_names=self.carried.numpy_names,
        )
        self.carried.numpy_names = info.numpy_names
        self.carried.measurements = (
            performance_key(paths.results),
            info.performance,
            info.performance_figures,
        )
        return info

    def render(
        self, result: CatalogResult, *, standalone: bool = True, matrix: Matrix | None = None
    ) -> Generated:
        """The builder's input for the judged catalog: pages, ``pairs.json``, assets, configuration.

        Without ``standalone`` (the preview) the pairs' own pages, embeds and citations are left
        out: the builder's server serves its own pages only. With ``matrix``, the pages also say
        where each pair holds across releases.
        """
        self._saved = False
        project = self.project
        info = self.facts(result, matrix)
        citations = project.paths.citations if standalone else None
        digester = Digester()
        for outcome in result.outcomes:
            found, digest = self.carried.outcomes.get(outcome.pair.id, (None, None))
            digest = digest if found is outcome and digest is not None else plain_digest(outcome)
            digester.remember(outcome, digest)
            self.carried.outcomes[outcome.pair.id] = (outcome, digest)
        if self._memo is not None:
            self.carried.memo = self._memo.carried()
        memo = RenderMemo(self.carried.memo)
        site, pairs_json = render_result(
            result, info, project.templates, citations, standalone=standalone, memo=memo, digester=digester
        )
        self._memo = memo  # carried at save: the shells add to it once rendered
        return generated(site, pairs_json, info, project.site_config, project.templates)

    def build(self, site: Generated) -> bool:
        """Build and publish the site; False when the published one was built from the same inputs."""
        return self.publish(site).rebuilt

    def ready_builders(self) -> None:
        """Start the builder processes ``publish`` will use, so that they load MkDocs meanwhile.

        One when the published site can probably be patched (it has a record), else one per part.
        """
        paths = self.project.paths
        if self._ready is not None:
            return
        count = 1 if str(paths.site.resolve()) in self.carried.published else self.project.engine.workers
        self._ready = ready_builders(self.project.builder, paths.build, count)

    def publish(
        self, site: Generated, *, save: bool = False, meanwhile: Callable[[], object] = lambda: None
    ) -> BuildReport:
        """Build and publish the site, patching the published one when only some pages changed.

        With ``save`` the shortcuts are saved while the builder runs (``save`` then writes only
        the record of the published sites); ``meanwhile`` is called then too, when the builder runs.
        """
        paths = self.project.paths
        where = str(paths.site.resolve())
        previous = self.carried.published.get(where)

        def while_building() -> None:
            if save:
                self._save_shortcuts()
            meanwhile()

        try:
            report = build_site(
                site,
                self.project.builder,
                paths.site,
                paths.build,
                previous,
                parts=self.project.engine.workers,
                ready=self._ready,
                meanwhile=while_building,
                ahead=self._ahead,
            )
        finally:
            self._cancel_ahead()
            if self._ready is not None:
                self._ready.close()
                self._ready = None
        # Each site folder has its own record: a build into another folder (--site-dir) does not
        # make the next build of this one start from scratch. Folders that are gone are dropped.
        published = {key: found for key, found in self.carried.published.items() if Path(key).is_dir()}
        if report.published is not None:
            published[where] = report.published
        self.carried.published = published
        return report

    def build_ahead(self, result: CatalogResult) -> None:
        """Start the builder on the pages that show the pairs the last ``judge`` changed, before ``render``.

        Their sections' pages and the articles that embed them: a build that patches the
        published site builds those pages, most often those alone. ``publish`` takes this build
        when it is that patch's (``ahead``), and the builder has worked while the rest rendered.
        Nothing starts without a published site to patch, nor for a pair that is new or shows
        otherwise in the reference pages (``shown_alike``).
        """
        paths = self.project.paths
        previous = self.carried.published.get(str(paths.site.resolve()))
        judged = [o for o in result.outcomes if o.pair.id in self._judged_again]
        names = {o.pair.section for o in judged}
        if self._ahead is not None or previous is None or not names:
            return
        if not all(shown_alike(self._judged_before.get(o.pair.id), o) for o in judged):
            return  # the reference pages change too: the patch would not take this build
        templates = self.project.templates
        rendered = (
            *render_sections(result, templates, names),
            *render_articles(result, templates, self._judged_again),
        )
        pages = {page.path: page.text.encode() for page in rendered}
        self._ahead = start_ahead(pages, previous, self.project.builder, paths.build, self._ready)
        if self._ahead is not None and self._ready is not None:
            self._ready.another()  # warm for the patch, should the guess be wrong

    def _cancel_ahead(self) -> None:
        if self._ahead is not None:
            self._ahead.cancel()
            self._ahead = None

    def write_preview_first(self, result: CatalogResult) -> tuple[str, ...]:
        """Write the pages of the sections whose pairs the last ``judge`` changed, before the rest renders.

        The builder's server starts on them while the other pages, ``pairs.json`` and the views of
        every pair render (``render`` and ``write_preview`` then find them written): the section an
        author edits shows sooner, and what else changed follows in one more rebuild. Nothing is
        written before the preview's folder was filled once.
        """
        names = {o.pair.section for o in result.outcomes if o.pair.id in self._judged_again}
        if not names or not self._written:
            return ()
        pages = render_sections(result, self.project.templates, names)
        files = {page.path: page.text.encode() for page in pages}
        return write_ahead(files, self.project.paths.serve, self._written)

    def write_preview(self, site: Generated) -> tuple[str, ...]:
        """Write the builder's input into the preview's folder, touching only what changed.

        The first time every file is compared with the folder's; after that with what was written
        last, held in memory, so an edit costs the files it changed.
        """
        return write_folder(site, self.project.paths.serve, self._written)


def _same_or(previous: tuple[PairOutcome, str | None] | None, outcome: PairOutcome) -> PairOutcome:
    """The last build's outcome when nothing in it changed (same pair, same runs, same judgement).

    Keeping the same object lets rendering reuse what it computed from it last time.
    """
    if previous is None:
        return outcome
    before = previous[0]
    same_runs = before.runs.keys() == outcome.runs.keys() and all(
        before.runs[side] is run for side, run in outcome.runs.items()
    )
    return (
        before
        if same_runs and before.pair == outcome.pair and before.judgement == outcome.judgement
        else outcome
    )


def timing_threads() -> tuple[int, ...]:
    """The thread counts timings are taken at: one, and every core this process may use."""
    return tuple(sorted({1, usable_cores()}))
