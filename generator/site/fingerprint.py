"""Prove a site build unnecessary: a fingerprint of everything the builder reads, kept in the site it built.

A builder's output depends on the Markdown pages and assets, the configuration, the theme
overrides and the builder's own versions. When all of them are byte-identical to what built the
published site, building again would write the same site, so the build can say so and stop.
The fingerprint leaves out where things are (the configuration's folders and the overrides'
path): a moved checkout builds the same site.
"""

import hashlib
import json
from collections.abc import Mapping
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
    digest = hashlib.sha256()
    header = {"builder": str(builder), "versions": builder_versions(builder), "config": settings}
    digest.update(json.dumps(header, sort_keys=True, default=str).encode())
    for path in sorted(files):
        content = files[path]
        digest.update(f"\0{path}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def is_current(site_dir: Path, stamp: str) -> bool:
    """Whether ``site_dir`` is a complete site that these exact inputs built."""
    try:
        recorded = (site_dir / STAMP_FILE).read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return False
    return recorded == stamp and (site_dir / "index.html").is_file()


def write_stamp(site_dir: Path, stamp: str) -> None:
    """Record in a freshly built site what built it."""
    (site_dir / STAMP_FILE).write_text(stamp + "\n", encoding="utf-8")


def _folder_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(f"\0{path.relative_to(folder).as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
