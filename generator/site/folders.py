"""A build's folders: the docs folder a builder reads, its configuration, and publishing the site it wrote.

Every builder run reads a folder laid out the same way (``docs/``, ``mkdocs.yml`` beside it,
``site/`` written next to them); writing them touches only what changed, so an incremental
builder sees only real edits, and a finished site replaces the published one by renames.
"""

import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from generator.errors import BuildError
from generator.site.builders import Builder

PAIRS_JSON = "pairs.json"
DOCS, SITE, CONFIG = Path("docs"), Path("site"), "mkdocs.yml"
"""A build folder's layout: the written configuration beside the docs it reads and the site it writes."""


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


def config_text(config: Mapping[str, Any]) -> str:
    """The configuration file's text, as ``write_config`` writes it."""
    return yaml.safe_dump(dict(config), sort_keys=False, allow_unicode=True)


def write_config(config: Mapping[str, Any], path: Path) -> bool:
    """Write a complete, standalone MkDocs configuration (no INHERIT, so other builders can read it).

    An identical file is left alone (a dev server would rebuild for it); returns whether it wrote.
    """
    text = config_text(config)
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


def check_site(site: Path, builder: Builder) -> None:
    """A builder that reported success must have written the home page and ``pairs.json``."""
    if not (site / "index.html").is_file() or not (site / PAIRS_JSON).is_file():
        raise BuildError(f"{builder} reported success but {site} lacks index.html or {PAIRS_JSON}")


def sync_known(files: Mapping[str, bytes], docs_dir: Path, written: Mapping[str, bytes]) -> tuple[str, ...]:
    """``sync_docs`` for a folder that holds exactly ``written``: only differences are touched."""
    changed = []
    for relative in sorted(set(written) - set(files)):
        (docs_dir / relative).unlink(missing_ok=True)
        changed.append(relative)
    changed.extend(write_changed(files, docs_dir, written))
    return tuple(sorted(changed))


def write_changed(files: Mapping[str, bytes], docs_dir: Path, written: Mapping[str, bytes]) -> list[str]:
    """Write the ``files`` whose bytes differ from ``written`` (what the folder holds); return them."""
    changed = []
    for relative, content in files.items():
        if written.get(relative) != content:
            target = docs_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            changed.append(relative)
    return changed
