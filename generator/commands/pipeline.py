"""The one pipeline every command uses: discover → run → judge → render → write → build or serve.

``build``, ``check``, ``serve``, ``cite``, ``bench`` and ``cache`` differ only in where they stop
and what they do with the result, so they cannot drift apart: the preview shows what ``build``
publishes, from the same folders and templates. A ``Pipeline`` holds one project and, once a
snippet must really run, one warm engine, which the preview keeps between regenerations.
"""

import hashlib
import sys
import threading
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Self

from generator.commands.durations import load_durations, run_durations, save_durations
from generator.commands.project import Project
from generator.commands.state import Carried, environment, load_carried, save_carried
from generator.compare.pipeline import CatalogResult, Timings, cached_timings, catalog_requests, run_catalog
from generator.discover.catalog import Catalog, discover, select
from generator.discover.parse import SnippetParser
from generator.execute.cache import RunCache
from generator.execute.engine import Engine
from generator.execute.fingerprint import usable_cores
from generator.execute.progress import Progress, progress_for
from generator.site.assemble import build_info, performance_key, render_result
from generator.site.memo import Digester, RenderMemo, plain_digest
from generator.site.mkdocs import BuildReport, Generated, build_site, generated, write_folder
from generator.site.pages import BuildInfo

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
    ) -> None:
        self.project = project
        self.carried = carried or Carried(environment(project))
        self.parser = parser or self.carried.parsed
        self.progress = progress
        self._engine: Engine | None = None
        self._starting: threading.Thread | None = None
        self._written: dict[str, bytes] = {}
        self._start_error: BaseException | None = None

    @classmethod
    def resumed(cls, project: Project, *, progress: Progress | None = None) -> "Pipeline":
        """A pipeline that starts from what the last build of this project left (``state``)."""
        return cls(
            project, progress=progress, carried=load_carried(project.paths.state, environment(project))
        )

    def save(self) -> None:
        """Leave this pipeline's shortcuts for the next build."""
        save_carried(self.project.paths.state, self.carried)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the warm engine, if one started."""
        self._started()
        if self._engine is not None:
            self._engine.close()
            self._engine = None

    @property
    def engine(self) -> Engine:
        """The project's engine: its limits, caches and progress display (its server starts on demand)."""
        if self._engine is None:
            paths = self.project.paths
            self._engine = Engine(
                self.project.engine,
                RunCache(paths.runs) if self.project.use_cache else None,
                self.progress or progress_for(sys.stderr, quiet=self.project.quiet),
                sides=self.project.sides,
                timing_cache=RunCache(paths.timings),
            )
        return self._engine

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
        catalog, since a selection would prune the runs of the pairs it left out. The timings
        ``make bench`` took on this machine for these exact snippets come along; none is taken.
        What must run starts longest first, by the durations the last commands recorded.
        """
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
        ran = run_catalog(fresh, self.engine, durations=known)
        by_id = {outcome.pair.id: outcome for outcome in ran.outcomes} | kept
        reused = sum(len(outcome.runs) for outcome in kept.values())
        pruned = 0
        if prune and self.engine.cache is not None:
            pruned = self.engine.cache.prune(self.cache_keys(catalog))
        result = replace(
            ran,
            catalog=catalog,
            outcomes=tuple(by_id[pair.id] for pair in catalog.pairs),
            stats=replace(
                ran.stats,
                total=ran.stats.total + reused,
                cached=ran.stats.cached + reused,
                pruned_cache_entries=pruned,
            ),
        )
        self.carried.outcomes = {
            outcome.pair.id: previous.get(outcome.pair.id, (outcome, None))
            if outcome.pair.id in kept
            else (outcome, None)
            for outcome in result.outcomes
        }
        save_durations(paths.durations, known, run_durations(result), only=prune)
        return replace(result, timings=self._timings(catalog, fresh, kept.keys()))

    def _timings(self, catalog: Catalog, fresh: Catalog, kept: Iterable[str]) -> Timings:
        """The timings ``make bench`` took for these snippets, looked up only for pairs that changed.

        Timing entries are content-addressed and never rewritten, so while the timing cache holds
        the same entries, an unchanged pair's timings are the ones found last time.
        """
        folder = self.project.paths.timings
        listing = sorted(p.name for p in folder.glob("*/*")) if folder.is_dir() else []
        if not listing:
            self.carried.timings = ("", Timings())
            return Timings()
        digest = hashlib.sha256("\n".join(listing).encode()).hexdigest()
        before, known = self.carried.timings
        if before != digest:
            found = cached_timings(catalog, self.engine, timing_threads())
        else:
            wanted = set(kept)
            reused = Timings({slot: t for slot, t in known.by_slot.items() if slot.pair_id in wanted})
            found = reused | cached_timings(fresh, self.engine, timing_threads())
        self.carried.timings = (digest, found)
        return found

    def cache_keys(self, catalog: Catalog) -> set[str]:
        """The cache keys of every run the catalog needs now (nothing runs; no server starts)."""
        return {self.engine.key(request) for request in catalog_requests(catalog)}

    def facts(self, result: CatalogResult) -> BuildInfo:
        """What the pages show besides the judged pairs: date, versions, site, measurements.

        The recorded measurements are read again only when their files changed (the preview asks
        after every edit).
        """
        paths = self.project.paths
        info = build_info(
            result,
            self.project.date,
            site=self.project.site_config,
            results_dir=paths.results,
            universe_cache=paths.universe,
            known=self.carried.measurements,
        )
        self.carried.measurements = (
            performance_key(paths.results),
            info.performance,
            info.performance_figures,
        )
        return info

    def render(self, result: CatalogResult, *, standalone: bool = True) -> Generated:
        """The builder's input for the judged catalog: pages, ``pairs.json``, assets, configuration.

        Without ``standalone`` (the preview) the pairs' own pages, embeds and citations are left
        out: the builder's server serves its own pages only.
        """
        project = self.project
        info = self.facts(result)
        citations = project.paths.citations if standalone else None
        digester = Digester()
        for outcome in result.outcomes:
            found, digest = self.carried.outcomes.get(outcome.pair.id, (None, None))
            digest = digest if found is outcome and digest is not None else plain_digest(outcome)
            digester.remember(outcome, digest)
            self.carried.outcomes[outcome.pair.id] = (outcome, digest)
        memo = RenderMemo(self.carried.memo)
        site, pairs_json = render_result(
            result, info, project.templates, citations, standalone=standalone, memo=memo, digester=digester
        )
        self.carried.memo = memo.carried()
        return generated(site, pairs_json, info, project.site_config, project.templates)

    def build(self, site: Generated) -> bool:
        """Build and publish the site; False when the published one was built from the same inputs."""
        return self.publish(site).rebuilt

    def publish(self, site: Generated) -> BuildReport:
        """Build and publish the site, patching the published one when only some pages changed."""
        paths = self.project.paths
        where = str(paths.site.resolve())
        previous = self.carried.published.get(where)
        report = build_site(site, self.project.builder, paths.site, paths.build, previous)
        # Each site folder has its own record: a build into another folder (--site-dir) does not
        # make the next build of this one start from scratch. Folders that are gone are dropped.
        published = {key: found for key, found in self.carried.published.items() if Path(key).is_dir()}
        if report.published is not None:
            published[where] = report.published
        self.carried.published = published
        return report

    def write_preview(self, site: Generated) -> tuple[str, ...]:
        """Write the builder's input into the preview's folder, touching only what changed.

        The first time every file is compared with the folder's; after that with what was written
        last, held in memory, so an edit costs the files it changed.
        """
        return write_folder(site, self.project.paths.serve, self._written)


def timing_threads() -> tuple[int, ...]:
    """The thread counts timings are taken at: one, and every core this process may use."""
    return tuple(sorted({1, usable_cores()}))
