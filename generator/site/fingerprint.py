"""Prove a build unnecessary: fingerprints of what built the published site, kept in the site itself.

Two fingerprints, at both ends of the pipeline. The sources' (``inputs_fingerprint``): every file
the build reads (snippets, articles, templates, configuration, recorded measurements, the
generator's own code), the settings, and the versions of everything that changes a page; when
they match the published site's, nothing needs even parsing, and a build that changed nothing
answers at once. The builder's (``fingerprint``): the Markdown pages and assets, the
configuration, the theme overrides and the builder's versions; when a build got this far and
they are byte-identical, building again would write the same site. Neither counts where things
are (folders are digested by relative path): a moved checkout builds the same site.
"""

import hashlib
import json
import os
import stat
from collections.abc import Iterable, Mapping
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from generator.site.builders import Builder, builder_versions

STAMP_FILE = ".build-inputs"
"""The file in a built site that holds the fingerprint of what built it."""


def fingerprint(files: Mapping[str, bytes], config: Mapping[str, Any], builder: Builder) -> str:
    """A SHA-256 over the docs folder's files, the configuration and overrides, and the builder's versions."""
    settings = {key: value for key, value in config.items() if key not in ("docs_dir", "site_dir")}
    theme = settings.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        settings["theme"] = theme | {"custom_dir": _folder_digest(Path(theme["custom_dir"]))}
    digest = hashlib.sha256(_header(builder, builder_versions(builder), settings))
    for path in sorted(files):
        content = files[path]
        digest.update(f"\0{path}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def is_current(site_dir: Path, stamp: str) -> bool:
    """Whether ``site_dir`` is a complete site that these exact inputs built."""
    try:
        recorded = _read_stamp(site_dir / STAMP_FILE)
    except (FileNotFoundError, NotADirectoryError):
        return False
    return recorded == stamp and (site_dir / "index.html").is_file()


def write_stamp(site_dir: Path, stamp: str) -> None:
    """Record in a freshly built site what built it."""
    _write_stamp(site_dir / STAMP_FILE, stamp)


def _folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(f"\0{path.relative_to(folder).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


INPUTS_FILE = ".source-inputs"
"""The file in a built site that holds the fingerprint of the sources it was built from."""

RENDERING_DISTRIBUTIONS = ("jinja2", "markupsafe", "pyyaml")
"""Distributions besides the builder's and the sides' whose versions change the pages."""


def digest_tree(path: Path) -> dict[str, str]:
    """A SHA-256 of every file under ``path`` (or of ``path`` itself), by its path from ``path``'s parent.

    Links are not followed, their target is what counts (discovery refuses one that leads out of
    its folder, and one inside is digested where it lies); a pipe or a device counts by its kind,
    never read. ``__pycache__`` folders are left out: nothing rendered depends on them.
    """
    found: dict[str, str] = {}
    if not path.is_dir():
        if path.exists() or path.is_symlink():
            found[path.name] = _file_digest(path)
        return found
    # String paths: thousands of files, digested per build. Each path os.walk gives starts with
    # ``path`` as written, so its key starts where ``path``'s name does (a relative ``path`` has
    # no parent in that text: ``snippets`` is under ``.``, which os.walk does not write).
    start = len(str(path)) - len(path.name)
    for folder, folders, files in os.walk(path):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(files):
            file = f"{folder}{os.sep}{name}"
            found[file[start:].replace(os.sep, "/")] = _file_digest(Path(file))
    return found


def inputs_fingerprint(
    trees: Mapping[str, Mapping[str, str]], settings: Mapping[str, Any], builder: Builder
) -> str:
    """One SHA-256 over the digested inputs, the settings, and every version that changes the site."""
    versions = {**builder_versions(builder), **distribution_versions(RENDERING_DISTRIBUTIONS)}
    digest = hashlib.sha256(_header(builder, versions, settings))
    for name in sorted(trees):
        for path, content in sorted(trees[name].items()):
            digest.update(f"\0{name}\0{path}\0{content}".encode())
    return digest.hexdigest()


def distribution_versions(names: Iterable[str]) -> dict[str, str]:
    """The installed version of each distribution, or ``absent``."""
    found = {}
    for name in names:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "absent"
    return found


def sources_current(site_dir: Path, stamp: str) -> bool:
    """Whether ``site_dir`` is a complete site these exact sources built (and nothing rebuilt it since)."""
    try:
        recorded = _read_stamp(site_dir / INPUTS_FILE)
        built = _read_stamp(site_dir / STAMP_FILE)
    except (FileNotFoundError, NotADirectoryError):
        return False
    return recorded == f"{stamp} {built}" and (site_dir / "index.html").is_file()


def write_sources_stamp(site_dir: Path, stamp: str) -> None:
    """Record in a published site the sources it was built from, tied to its build stamp."""
    _write_stamp(site_dir / INPUTS_FILE, f"{stamp} {_read_stamp(site_dir / STAMP_FILE)}")


def _header(builder: Builder, versions: Mapping[str, str], settings: Mapping[str, Any]) -> bytes:
    """What both fingerprints start from: the builder, the versions and the settings, as JSON.

    Keys are sorted, so the order settings were read in does not count; a value JSON cannot
    hold (a date, a path) counts by its text.
    """
    header = {"builder": str(builder), "versions": versions, "settings": settings}
    return json.dumps(header, sort_keys=True, default=str).encode()


def _read_stamp(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip()


def _write_stamp(path: Path, stamp: str) -> None:
    """Written beside, then renamed in: a reader finds the old stamp or the new one, never part of one."""
    partial = path.with_name(f"{path.name}.partial")
    partial.write_text(stamp + "\n", encoding="utf-8")
    partial.replace(path)


def _file_digest(path: Path) -> str:
    mode = path.lstat().st_mode
    if stat.S_ISLNK(mode):
        return f"link:{path.readlink()}"
    if not stat.S_ISREG(mode):
        return f"special:{stat.S_IFMT(mode)}"
    return hashlib.sha256(path.read_bytes()).hexdigest()
