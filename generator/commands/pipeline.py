"""The one pipeline every command uses: discover → run → judge → render → write → build or serve.

``build``, ``check``, ``serve``, ``cite``, ``bench`` and ``cache`` differ only in where they stop
and what they do with the result, so they cannot drift apart: the preview shows what ``build``
publishes, from the same folders and templates. A ``Pipeline`` holds one project and, once a
snippet must really run, one warm engine, which the preview keeps between regenerations.
"""

import sys
from dataclasses import replace
from types import TracebackType
from typing import Self

from generator.commands.durations import load_durations, run_durations, save_durations
from generator.commands.project import Project
from generator.compare.pipeline import CatalogResult, cached_timings, catalog_requests, run_catalog
from generator.discover.catalog import Catalog, discover, select
from generator.discover.parse import SnippetParser, parse_snippet
from generator.execute.cache import RunCache
from generator.execute.engine import Engine
from generator.execute.fingerprint import usable_cores
from generator.execute.progress import Progress, progress_for
from generator.site.assemble import build_info, render_result
from generator.site.mkdocs import Generated, build_site, generated, write_folder
from generator.site.pages import BuildInfo

EXIT_OK, EXIT_NOT_HOLDING, EXIT_ERROR = 0, 1, 2


class Pipeline:
    """One project's stages, with a warm engine started the first time a snippet must run."""

    def __init__(
        self, project: Project, *, parser: SnippetParser = parse_snippet, progress: Progress | None = None
    ) -> None:
        self.project = project
        self.parser = parser
        self.progress = progress
        self._engine: Engine | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the warm engine, if one started."""
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
        result = run_catalog(catalog, self.engine, prune=prune, durations=known)
        save_durations(paths.durations, known, run_durations(result), only=prune)
        return replace(result, timings=cached_timings(catalog, self.engine, timing_threads()))

    def cache_keys(self, catalog: Catalog) -> set[str]:
        """The cache keys of every run the catalog needs now (nothing runs; no server starts)."""
        return {self.engine.key(request) for request in catalog_requests(catalog)}

    def facts(self, result: CatalogResult) -> BuildInfo:
        """What the pages show besides the judged pairs: date, versions, site, measurements."""
        paths = self.project.paths
        return build_info(
            result,
            self.project.date,
            site=self.project.site_config,
            results_dir=paths.results,
            universe_cache=paths.universe,
        )

    def render(self, result: CatalogResult, *, standalone: bool = True) -> Generated:
        """The builder's input for the judged catalog: pages, ``pairs.json``, assets, configuration.

        Without ``standalone`` (the preview) the pairs' own pages, embeds and citations are left
        out: the builder's server serves its own pages only.
        """
        project = self.project
        info = self.facts(result)
        citations = project.paths.citations if standalone else None
        site, pairs_json = render_result(result, info, project.templates, citations, standalone=standalone)
        return generated(site, pairs_json, info, project.site_config, project.templates)

    def build(self, site: Generated) -> bool:
        """Build and publish the site; False when the published one was built from the same inputs."""
        paths = self.project.paths
        return build_site(site, self.project.builder, paths.site, paths.build)

    def write_preview(self, site: Generated) -> tuple[str, ...]:
        """Write the builder's input into the preview's folder, touching only what changed."""
        return write_folder(site, self.project.paths.serve)


def timing_threads() -> tuple[int, ...]:
    """The thread counts timings are taken at: one, and every core this process may use."""
    return tuple(sorted({1, usable_cores()}))
