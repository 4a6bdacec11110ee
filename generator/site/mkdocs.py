"""Write the rendered pages, build them with MkDocs, and publish the site only when all of it worked.

Everything is built in a staging folder; the finished site then replaces ``site/`` by renames, so
``site/`` is always either the previous complete build or the new complete one. MkDocs runs as a
subprocess (``python -m mkdocs build --strict``): this package does not import it.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.compare.pipeline import CatalogResult
from generator.errors import BuildError
from generator.site.assemble import RESULTS_DIR, build_info, render_result
from generator.site.pages import BuildInfo, build_line
from generator.site.render import RenderedSite
from generator.site.standalone import fill
from generator.site.templating import TEMPLATES

BASE_CONFIG = TEMPLATES / "mkdocs.yml"
"""The site's MkDocs configuration, shipped with the package; ``--config`` replaces it."""

BUILD_DIR = Path("build")
ASSETS = "assets"
PAIRS_JSON = "pairs.json"


def write_docs(site: RenderedSite, pairs_json: str, docs_dir: Path, templates: Path = TEMPLATES) -> None:
    """Make ``docs_dir`` hold exactly the pages, assets and ``pairs.json``, touching only what changed.

    Unchanged files keep their modification time, so a live preview rebuilds only when needed.
    """
    wanted = {page.path: page.text.encode() for page in site.pages}
    wanted.update((file.path, file.content) for file in site.files)
    wanted[PAIRS_JSON] = pairs_json.encode()
    for asset in sorted((templates / ASSETS).rglob("*")):
        if asset.is_file():
            wanted[asset.relative_to(templates).as_posix()] = asset.read_bytes()
    docs_dir.mkdir(parents=True, exist_ok=True)
    for existing in sorted(docs_dir.rglob("*"), reverse=True):
        relative = existing.relative_to(docs_dir).as_posix()
        if existing.is_file() and relative not in wanted:
            existing.unlink()
        elif existing.is_dir() and not any(existing.iterdir()):
            existing.rmdir()
    for relative, content in wanted.items():
        target = docs_dir / relative
        if not target.is_file() or target.read_bytes() != content:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)


def mkdocs_config(
    base: Path,
    docs_dir: Path,
    site_dir: Path,
    nav: Sequence[Mapping[str, Any]],
    info: BuildInfo,
    *,
    site_url: str | None = None,
) -> dict[str, Any]:
    """The project's ``mkdocs.yml`` completed with this build's paths, navigation and footer."""
    config = yaml.safe_load(base.read_text(encoding="utf-8"))
    if not isinstance(config, dict):
        raise BuildError(f"{base}: expected a YAML mapping of MkDocs settings, found {type(config).__name__}")
    theme = config.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        # The written config lives in a staging folder: resolve template overrides from the base's.
        theme["custom_dir"] = str((base.parent / theme["custom_dir"]).resolve())
    config.update(
        docs_dir=str(docs_dir.resolve()),
        site_dir=str(site_dir.resolve()),
        nav=list(nav),
        copyright=build_line(info),
    )
    if site_url:
        config["site_url"] = site_url
    return config


def write_config(config: Mapping[str, Any], path: Path) -> None:
    """Write a complete, standalone MkDocs configuration (no INHERIT, so other builders can read it)."""
    path.write_text(yaml.safe_dump(dict(config), sort_keys=False, allow_unicode=True), encoding="utf-8")


def run_mkdocs(config: Path) -> None:
    """``mkdocs build --strict``; a warning fails the build, and its output is in the error."""
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--config-file", str(config)],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ | {"NO_MKDOCS_2_WARNING": "1"},
    )
    if completed.returncode != 0:
        raise BuildError(
            f"mkdocs build --strict failed (exit {completed.returncode}):\n"
            f"{completed.stdout}{completed.stderr}"
        )


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


def build_site(site: RenderedSite, pairs_json: str, info: BuildInfo, target: SiteTarget) -> None:
    """Write, build and publish; on any failure ``target.site_dir`` is left exactly as it was."""
    target.build_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=target.build_dir))
    try:
        docs_dir, staged_site = staging / "docs", staging / "site"
        write_docs(site, pairs_json, docs_dir, target.templates)
        config = mkdocs_config(target.config, docs_dir, staged_site, site.nav, info, site_url=target.site_url)
        write_config(config, staging / "mkdocs.yml")
        run_mkdocs(staging / "mkdocs.yml")
        fill(staged_site, site.shells)
        if not (staged_site / "index.html").is_file() or not (staged_site / PAIRS_JSON).is_file():
            raise BuildError(f"mkdocs reported success but {staged_site} lacks index.html or {PAIRS_JSON}")
        publish(staged_site, target.site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def build_from_result(result: CatalogResult, date: str, target: SiteTarget) -> None:
    """Render the judged catalog and its ``pairs.json``, then build and publish the site."""
    info = build_info(result, date, target.results_dir, target.site_url)
    site, pairs_json = render_result(result, info, target.templates)
    build_site(site, pairs_json, info, target)
