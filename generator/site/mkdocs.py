"""Write the rendered pages, build them (MkDocs or Zensical), and publish the site only when all of it worked.

Everything is built in a staging folder; the finished site then replaces ``site/`` by renames, so
``site/`` is always either the previous complete build or the new complete one. The builder runs
as a subprocess (``builders``): this package does not import it. When the pages, assets,
configuration and builder are byte-identical to those that built the published site, nothing is
built and ``site/`` is left as it is (``fingerprint``); when only some pages changed, only they
are built and patched into a copy of the published site (``patch``).
"""

import functools
import shutil
import tempfile
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import BuildError, ConfigError
from generator.site.ahead import Ahead
from generator.site.builders import Builder, ReadyBuilders
from generator.site.config import SiteConfig, Templates, builder_config
from generator.site.fingerprint import STAMP_FILE, fingerprint, is_current, write_stamp
from generator.site.folders import (
    CONFIG,
    DOCS,
    PAIRS_JSON,
    SITE,
    check_site,
    config_text,
    publish,
    sync_docs,
    sync_known,
    write_changed,
    write_config,
)
from generator.site.pages import BuildInfo, build_line
from generator.site.parts import build_whole
from generator.site.patch import (
    PatchError,
    Published,
    digests,
    is_page,
    manifest,
    patch_folder,
    patch_site,
    plan,
    setup_fingerprint,
    shell_digest,
    stub_files,
)
from generator.site.render import RenderedSite
from generator.site.standalone import Shells, StandaloneError, fill

ASSETS = "assets"
SHELLS = "<pair pages>"
"""Where the pair pages' shells count in the build's fingerprint: they are not docs files."""
TEMPLATES = "templates"
"""The build folder's folder of the theme's compiled templates (``compiled``)."""


@dataclass(frozen=True)
class Generated:
    """Everything a builder reads for one site, in memory: the docs folder, its configuration, the shells.

    The build and the preview write the same value, one into a staging folder, the other into the
    folder its server watches.
    """

    files: Mapping[str, bytes]
    config: Mapping[str, Any]
    shells: Shells = field(default_factory=Shells)

    def fingerprint(self, builder: Builder) -> str:
        """What the site built from this value by ``builder`` depends on, as one hash."""
        shells = {f"{SHELLS}/{shell.path}": shell.html.encode() for shell in self.shells.get()}
        return fingerprint({**self.files, **shells}, self.config, builder)


def generated(
    site: RenderedSite, pairs_json: str, info: BuildInfo, config: SiteConfig, templates: Templates
) -> Generated:
    """The docs folder and the builder's configuration for rendered pages (see ``docs_files``)."""
    return Generated(
        files=docs_files(site, pairs_json, templates, config.own_docs),
        config=builder_config(
            config,
            docs_dir=DOCS,
            site_dir=SITE,
            nav=site.nav,
            footer=build_line(info),
            overrides=templates.overrides(),
        ),
        shells=site.shells,
    )


def docs_files(
    site: RenderedSite, pairs_json: str, templates: Templates, own_docs: Path | None = None
) -> dict[str, bytes]:
    """Every file of the docs folder by path relative to it: pages, figures, ``pairs.json``, assets.

    The site's own docs folder (pages, a logo) joins them; a file there that has the path of a
    generated one is refused rather than silently replaced.
    """
    files = {page.path: page.text.encode() for page in site.pages}
    files.update((file.path, file.content) for file in site.files)
    files[PAIRS_JSON] = pairs_json.encode()
    files.update((path, source.read_bytes()) for path, source in templates.assets().items())
    if own_docs is not None:
        for source in sorted(p for p in own_docs.rglob("*") if p.is_file()):
            relative = source.relative_to(own_docs).as_posix()
            if relative in files:
                raise ConfigError(
                    f"{source}: the generator writes {relative} itself; give the page another name"
                )
            files[relative] = source.read_bytes()
    return files


@dataclass(frozen=True)
class BuildReport:
    """What a build did: whether it published a site, which pages the builder rendered, and how."""

    rebuilt: bool
    pages: tuple[str, ...] = ()
    """The docs pages the builder rendered (all of them in a full build, the changed ones in a patch)."""
    patched: bool = False
    published: Published | None = None
    """What the next build needs to patch the site this one published (or left as it was)."""


def build_site(
    generated: Generated,
    builder: Builder,
    site_dir: Path,
    build_dir: Path,
    previous: Published | None = None,
    *,
    parts: int = 1,
    ready: ReadyBuilders | None = None,
    meanwhile: Callable[[], object] = lambda: None,
    ahead: Ahead | None = None,
) -> BuildReport:
    """Write, build and publish; nothing is done when the published site came from the same inputs.

    A whole build runs up to ``parts`` builder processes (``parts``), taken from ``ready`` while
    it has some. ``meanwhile`` is called while the builder runs, once the shells rendered (work
    that needs neither the site nor anything the build changes after it, such as saving state).
    With ``previous`` (what the published site was built from) only the changed pages are built
    and patched into a copy of it (``patch``), when nothing all pages share changed; the
    patch takes the build started ``ahead`` when it builds what the patch needs, and stops it
    otherwise. On any failure ``site_dir`` is left exactly as it was.
    """
    docs = digests(generated.files)

    @functools.cache
    def stamp() -> str:
        return generated.fingerprint(builder)

    if _may_be_current(site_dir, previous, docs) and is_current(site_dir, stamp()):
        return BuildReport(False, published=_published(stamp(), builder, generated, docs, site_dir))
    build_dir.mkdir(parents=True, exist_ok=True)
    patch = plan(docs, generated.config, builder, previous, site_dir)
    started = None
    if patch is not None and ahead is not None:
        stubs = stub_files(generated.files, patch.pages)
        started = ahead.taken(patch.pages, stubs, config_text(generated.config))
    elif ahead is not None:
        ahead.cancel()
    if patch is not None and previous is not None:
        try:
            patch_site(
                generated.files,
                generated.config,
                generated.shells,
                builder,
                site_dir=site_dir,
                build_dir=build_dir,
                patch=patch,
                previous=previous,
                stamp=stamp,
                ready=ready,
                meanwhile=meanwhile,
                started=started,
            )
        except (BuildError, PatchError, StandaloneError, OSError):
            patch = None
        else:
            published = _published(stamp(), builder, generated, docs, site_dir)
            return BuildReport(True, patch.pages, patched=True, published=published)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=build_dir))
    try:
        # The shells render while the builder runs: it reads none of them.
        staged_site = build_whole(
            generated.files,
            generated.config,
            builder,
            staging,
            parts=parts,
            meanwhile=lambda: (generated.shells.get(), meanwhile()),
            ready=ready,
        )
        check_site(staged_site, builder)
        fill(staged_site, generated.shells.get())
        write_stamp(staged_site, stamp())
        publish(staged_site, site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    pages = tuple(path for path in generated.files if is_page(path))
    return BuildReport(True, pages, published=_published(stamp(), builder, generated, docs, site_dir))


def ready_builders(builder: Builder, build_dir: Path, count: int) -> ReadyBuilders:
    """``count`` builder processes started for a build to come, warmed with the last patch's configuration.

    They keep the theme's compiled templates in the build folder, from one build to the next.
    """
    warm = patch_folder(build_dir) / CONFIG
    return ReadyBuilders(builder, count, warm=warm, templates=build_dir / TEMPLATES)


def _may_be_current(site_dir: Path, previous: Published | None, docs: Mapping[str, str]) -> bool:
    """Whether the published site may have been built from these very files (then its stamp tells).

    A site whose pages differ from these is not, and a build then leaves the shells to render
    while the builder runs; without a record of the published site, only its stamp can tell.
    """
    if not (site_dir / STAMP_FILE).is_file():
        return False
    return previous is None or previous.docs == docs


def _published(
    stamp: str, builder: Builder, generated: Generated, docs: Mapping[str, str], site_dir: Path
) -> Published:
    return Published(
        stamp=stamp,
        builder=builder,
        setup=setup_fingerprint(generated.config, builder),
        docs=docs,
        shells={shell.path: shell_digest(shell) for shell in generated.shells.get()},
        manifest=manifest(site_dir),
    )


def write_folder(
    generated: Generated, folder: Path, written: MutableMapping[str, bytes] | None = None
) -> tuple[str, ...]:
    """Make ``folder`` the builder's input for ``generated``, touching only what changed.

    A builder's own server rebuilds from it; returns the files that changed. ``written`` (what
    this process wrote there last, updated here) spares reading every file back after the first
    time.
    """
    if written:
        changed = sync_known(generated.files, folder / DOCS, written)
    else:
        changed = sync_docs(generated.files, folder / DOCS)
    if written is not None:
        written.clear()
        written.update(generated.files)
    if write_config(generated.config, folder / CONFIG):
        changed = (*changed, CONFIG)
    return changed


def write_ahead(
    files: Mapping[str, bytes], folder: Path, written: MutableMapping[str, bytes]
) -> tuple[str, ...]:
    """Write some of the builder's input ahead of ``write_folder``, which then finds them written.

    ``folder`` is one ``write_folder`` has filled, and ``written`` what it wrote there; only the
    files that differ from it are written, and returned.
    """
    changed = write_changed(files, folder / DOCS, written)
    written.update((relative, files[relative]) for relative in changed)
    return tuple(sorted(changed))
