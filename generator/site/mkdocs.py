"""Write the rendered pages, build them (MkDocs or Zensical), and publish the site only when all of it worked.

Everything is built in a staging folder; the finished site then replaces ``site/`` by renames, so
``site/`` is always either the previous complete build or the new complete one. The builder runs
as a subprocess (``builders``): this package does not import it. When the pages, assets,
configuration and builder are byte-identical to those that built the published site, nothing is
built and ``site/`` is left as it is (``fingerprint``).
"""

import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.compare.pipeline import CatalogResult
from generator.errors import BuildError
from generator.matrix.merge import Matrix
from generator.site.assemble import RESULTS_DIR, build_info, render_result
from generator.site.builders import Builder, run_builder
from generator.site.fingerprint import fingerprint, is_current, write_stamp
from generator.site.pages import BuildInfo, build_line
from generator.site.render import RenderedSite
from generator.site.standalone import fill
from generator.site.templating import TEMPLATES

BASE_CONFIG = TEMPLATES / "mkdocs.yml"
"""The site's MkDocs configuration, shipped with the package; ``--config`` replaces it."""

BUILD_DIR = Path("build")
ASSETS = "assets"
PAIRS_JSON = "pairs.json"
SHELLS = "<pair pages>"
"""Where the pair pages' shells count in the build's fingerprint: they are not docs files."""
DOCS, SITE, CONFIG = Path("docs"), Path("site"), "mkdocs.yml"
"""A build folder's layout: the written configuration beside the docs it reads and the site it writes."""


def docs_files(site: RenderedSite, pairs_json: str, templates: Path = TEMPLATES) -> dict[str, bytes]:
    """Every file of the docs folder, by path relative to it: pages, figures, ``pairs.json`` and assets."""
    files = {page.path: page.text.encode() for page in site.pages}
    files.update((file.path, file.content) for file in site.files)
    files[PAIRS_JSON] = pairs_json.encode()
    for asset in sorted((templates / ASSETS).rglob("*")):
        if asset.is_file():
            files[asset.relative_to(templates).as_posix()] = asset.read_bytes()
    return files


def sync_docs(files: Mapping[str, bytes], docs_dir: Path) -> tuple[str, ...]:
    """Make ``docs_dir`` hold exactly ``files``, touching only what changed; return what changed.

    Unchanged files keep their modification time, so an incremental builder (a live preview)
    rebuilds only the pages whose content changed.
    """
    changed: list[str] = []
    docs_dir.mkdir(parents=True, exist_ok=True)
    for existing in sorted(docs_dir.rglob("*"), reverse=True):
        relative = existing.relative_to(docs_dir).as_posix()
        if existing.is_file() and relative not in files:
            existing.unlink()
            changed.append(relative)
        elif existing.is_dir() and not any(existing.iterdir()):
            existing.rmdir()
    for relative, content in files.items():
        target = docs_dir / relative
        if not target.is_file() or target.read_bytes() != content:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            changed.append(relative)
    return tuple(sorted(changed))


def mkdocs_config(
    base: Path,
    docs_dir: Path,
    site_dir: Path,
    nav: Sequence[Mapping[str, Any]],
    info: BuildInfo,
    *,
    site_url: str | None = None,
) -> dict[str, Any]:
    """The project's ``mkdocs.yml`` completed with this build's paths, navigation and footer.

    Relative ``docs_dir`` and ``site_dir`` stay relative, to the written configuration's folder
    (Zensical reads only relative ones); absolute ones stay absolute.
    """
    config = yaml.safe_load(base.read_text(encoding="utf-8"))
    if not isinstance(config, dict):
        raise BuildError(f"{base}: expected a YAML mapping of MkDocs settings, found {type(config).__name__}")
    theme = config.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        # The written config lives in a staging folder: resolve template overrides from the base's.
        theme["custom_dir"] = str((base.parent / theme["custom_dir"]).resolve())
    config.update(
        docs_dir=docs_dir.as_posix(),
        site_dir=site_dir.as_posix(),
        nav=list(nav),
        copyright=build_line(info),
    )
    if site_url:
        config["site_url"] = site_url
    return config


def write_config(config: Mapping[str, Any], path: Path) -> bool:
    """Write a complete, standalone MkDocs configuration (no INHERIT, so other builders can read it).

    An identical file is left alone (a dev server would rebuild for it); returns whether it wrote.
    """
    text = yaml.safe_dump(dict(config), sort_keys=False, allow_unicode=True)
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def publish(staged: Path, site_dir: Path) -> None:
    """Replace ``site_dir`` by the staged site: old one renamed aside, new one renamed in, old one deleted."""
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    retired = None
    if site_dir.exists():
        retired = Path(tempfile.mkdtemp(prefix=".retired-", dir=site_dir.parent))
        site_dir.replace(retired / "site")
    staged.replace(site_dir)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)


@dataclass(frozen=True)
class SiteTarget:
    """Where a site is built and published, and from which configuration and templates."""

    config: Path
    site_dir: Path
    build_dir: Path = BUILD_DIR
    site_url: str | None = None
    templates: Path = TEMPLATES
    results_dir: Path = RESULTS_DIR
    builder: Builder = Builder.MKDOCS


def build_site(site: RenderedSite, pairs_json: str, info: BuildInfo, target: SiteTarget) -> bool:
    """Write, build and publish; False (nothing done) when the published site came from the same inputs.

    On any failure ``target.site_dir`` is left exactly as it was.
    """
    files = docs_files(site, pairs_json, target.templates)
    config = mkdocs_config(target.config, DOCS, SITE, site.nav, info, site_url=target.site_url)
    shells = {f"{SHELLS}/{shell.path}": shell.html.encode() for shell in site.shells}
    stamp = fingerprint(files | shells, config, target.builder)
    if is_current(target.site_dir, stamp):
        return False
    target.build_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=target.build_dir))
    try:
        staged_site = staging / SITE
        sync_docs(files, staging / DOCS)
        write_config(config, staging / CONFIG)
        run_builder(target.builder, staging / CONFIG)
        if not (staged_site / "index.html").is_file() or not (staged_site / PAIRS_JSON).is_file():
            raise BuildError(
                f"{target.builder} reported success but {staged_site} lacks index.html or {PAIRS_JSON}"
            )
        fill(staged_site, site.shells)
        write_stamp(staged_site, stamp)
        publish(staged_site, target.site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return True


def build_from_result(
    result: CatalogResult, date: str, target: SiteTarget, matrix: Matrix | None = None
) -> bool:
    """Render the judged catalog and its ``pairs.json``, then build and publish the site (see build_site).

    With ``matrix``, the pages also say where each pair holds across releases.
    """
    info = build_info(result, date, target.results_dir, target.site_url, matrix)
    site, pairs_json = render_result(result, info, target.templates)
    return build_site(site, pairs_json, info, target)
