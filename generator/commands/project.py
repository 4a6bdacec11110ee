"""The project: every folder, name and setting a command works with, decided once, as one frozen value.

Commands build a ``Project`` from the command line and the site's configuration, then hand it to
the pipeline; nothing below it reads an option, a default path or the site's name again. Paths
are relative to the project folder (the folder a command runs in), so a moved or copied checkout
behaves the same, and every folder a build reads is listed in one place (``inputs``) for the
preview to watch and for tests to check.
"""

import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from generator.errors import ConfigError
from generator.execute.requests import EngineSettings
from generator.sides import DEFAULT_SIDES, SideRegistry
from generator.site.builders import Builder
from generator.site.config import CONFIG_FILE, SiteConfig, Templates, load_site_config

COMPILED_PAGES = "pages-compiled"
"""The build folder's folder of the code Jinja compiled the pages' templates to (``Templates.compiled``);
the theme's own are in another one (``mkdocs.TEMPLATES``)."""


@dataclass(frozen=True)
class Paths:
    """The project's folders: what it reads, and where it keeps caches, builds and measurements."""

    root: Path
    snippets: Path
    articles: Path
    config: Path
    cache: Path
    build: Path
    site: Path
    results: Path

    @classmethod
    def under(
        cls,
        root: Path,
        *,
        snippets: Path | None = None,
        articles: Path | None = None,
        config: Path | None = None,
        cache: Path | None = None,
        site: Path | None = None,
        results: Path | None = None,
    ) -> "Paths":
        """The conventional layout below ``root``; a given folder replaces its default (relative to root)."""

        def at(given: Path | None, default: str) -> Path:
            return root / (given if given is not None else Path(default))

        return cls(
            root=root,
            snippets=at(snippets, "snippets"),
            articles=at(articles, "articles"),
            config=at(config, CONFIG_FILE),
            cache=at(cache, ".cache"),
            build=root / "build",
            site=at(site, "site"),
            results=at(results, "bench/results"),
        )

    def shown(self, path: Path) -> str:
        """A path as messages show it: relative to the project folder when it lies inside it."""
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else str(path)

    @property
    def runs(self) -> Path:
        """The run cache (``Engine.key`` says what a key covers)."""
        return self.cache / "runs"

    @property
    def timings(self) -> Path:
        """The timing cache: runs with their per-call times, per machine."""
        return self.cache / "timings"

    @property
    def citations(self) -> Path:
        """The citations of the last build, by what they are made from."""
        return self.cache / "citations.json"

    @property
    def durations(self) -> Path:
        """How long each snippet took when it last ran, to start the longest first."""
        return self.cache / "durations.json"

    @property
    def snippets_ran(self) -> Path:
        """The digest of the snippet files the last build ran: ``build`` reads it before anything else."""
        return self.cache / "snippets-ran.sha256"

    @property
    def state(self) -> Path:
        """What the last build left for the next one: parsed files, outcomes, rendered texts, the site."""
        return self.cache / "build-state.pickle"

    @property
    def published(self) -> Path:
        """What built each published site (``state.Carried.published``), saved once it is published."""
        return self.cache / "build-published.pickle"

    @property
    def universe(self) -> Path:
        """PyTorch's public names, per installed version, for the coverage page."""
        return self.cache / "universe"

    @property
    def serve(self) -> Path:
        """The preview's builder folder (docs and configuration), kept between previews."""
        return self.build / "serve"


@dataclass(frozen=True)
class Project:
    """What one command works on: folders, the site's configuration and templates, sides, engine settings."""

    paths: Paths
    templates: Templates
    date: str
    """The build's date, which pages and citations show: today (UTC) unless fixed."""
    engine: EngineSettings = field(default_factory=EngineSettings)
    site: SiteConfig | None = None
    """None when the project has no site configuration: then only commands that render nothing run."""
    sides: SideRegistry = DEFAULT_SIDES
    builder: Builder = Builder.MKDOCS
    patterns: tuple[str, ...] = ()
    use_cache: bool = True
    quiet: bool = False

    @property
    def site_config(self) -> SiteConfig:
        """The site's configuration, for the commands that render pages; a ConfigError says it is missing."""
        if self.site is None:
            raise ConfigError(
                f"{self.paths.config}: no such file; building pages needs the site's configuration, "
                "a MkDocs file whose least is `site_name: ...` (the generator adds the pages and what "
                "they need)"
            )
        return self.site

    def inputs(self) -> tuple[Path, ...]:
        """Every folder and file a build reads, besides the installed libraries: what the preview watches."""
        found = [self.paths.snippets, self.paths.articles, *self.templates.folders, self.paths.config]
        found.append(self.paths.results)
        if self.site is not None:
            found.extend(p for p in (self.site.own_docs, self.site.custom_dir) if p is not None)
        return tuple(dict.fromkeys(found))


def load_project(
    root: Path,
    *,
    paths: Paths | None = None,
    engine: EngineSettings | None = None,
    sides: SideRegistry = DEFAULT_SIDES,
    builder: Builder = Builder.MKDOCS,
    patterns: tuple[str, ...] = (),
    site_url: str | None = None,
    use_cache: bool = True,
    quiet: bool = False,
    date: str | None = None,
) -> Project:
    """The project under ``root``: its templates and its site configuration read and checked once.

    ``site_url`` (the command line's) replaces the configuration's ``site_url``. A missing
    configuration file is not an error here: ``Project.site_config`` says so to the commands that
    need it, so ``check`` and ``cache`` run in a folder of snippets alone. ``date`` fixes the
    build's date (default: ``build_date()``).
    """
    found = paths or Paths.under(root)
    templates = Templates.find(found.root, found.build / COMPILED_PAGES)
    site = load_site_config(found.config, templates) if found.config.is_file() else None
    if site is not None:
        site = site.with_url(site_url)
    return Project(
        paths=found,
        templates=templates,
        date=date or build_date(),
        engine=engine or EngineSettings(),
        site=site,
        sides=sides,
        builder=builder,
        patterns=patterns,
        use_cache=use_cache,
        quiet=quiet,
    )


def build_date() -> str:
    """Today (UTC), or the date SOURCE_DATE_EPOCH fixes, for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.date().isoformat()
