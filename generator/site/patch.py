"""Build only the pages that changed, and patch them into a copy of the published site.

MkDocs has no incremental build of its own that is correct (``--dirty`` keeps a stale search
index and navigation). But a page's HTML depends only on its own Markdown and on what every page
shares: the configuration, the navigation and its titles, the theme. When those are unchanged
since the published build, the builder is run on the changed pages alone, every other page
standing in as an empty file (its title comes from the navigation, which names every page) and
every other file as an empty placeholder (links to it still resolve); the changed pages' HTML is
then copied into a copy of the published site made of hard links, the search index gets the
changed pages' entries in their places, and the pairs' own pages are filled again where their
section changed. The copy replaces ``site/`` like any build, so ``site/`` is always one complete
site. Anything unexpected means a full build instead.

The builder keeps its folder from one patch to the next and renders only the pages whose output
is missing or older than their Markdown (MkDocs' dirty build): the stand-ins, whose output the
patch never takes, are not rendered again, and the changed pages' outputs are removed first, so
they always are. A warning still fails the patch, as a strict build would (``BuildMode``).
"""

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from generator.site.builders import Builder, BuildMode, ReadyBuilders, finish_builder, start_builder
from generator.site.fingerprint import INPUTS_FILE, STAMP_FILE, fingerprint, write_stamp
from generator.site.folders import CONFIG, DOCS, SITE, check_site, publish, sync_docs, write_config
from generator.site.standalone import Shell, Shells, fill

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
"""The files MkDocs renders as pages; every other file of the docs folder is copied as it is."""
SEARCH_INDEX = "search/search_index.json"
APART = frozenset({"search", "material/search"})
"""Plugins whose output for a page comes from that page alone: the search index, whose entries
a patch or a build in parts puts in their places."""
MOST_PAGES = 0.5
"""Above this share of changed pages a full build costs no more than a patch, and is simpler."""


@dataclass(frozen=True)
class Published:
    """What built the published site and what it holds, for the next build to patch it."""

    stamp: str
    """The builder fingerprint (``Generated.fingerprint``) stamped in the site."""
    builder: Builder
    setup: str
    """The fingerprint of the configuration, theme overrides and builder alone: what every page shares."""
    docs: Mapping[str, str]
    """A SHA-256 of each docs file, by path."""
    shells: Mapping[str, str]
    """A SHA-256 of each pair page, embed and redirect as written, by path (with its section page)."""
    manifest: Mapping[str, tuple[int, int, int]]
    """Size, modification time and inode of every file of the published site: proof nothing touched it."""


class Started(NamedTuple):
    """A patch's build started before the patch was known (``ahead``): its process and site folder."""

    process: "subprocess.Popen[str]"
    site: Path


@dataclass(frozen=True)
class Plan:
    """A patch: the pages to build, the other files that changed, the files that went."""

    pages: tuple[str, ...]
    files: tuple[str, ...]
    removed: tuple[str, ...]


def is_page(path: str) -> bool:
    """Whether MkDocs renders this docs file as a page."""
    return path.endswith(MARKDOWN_SUFFIXES)


def page_html(path: str) -> str:
    """Where a page lands in the site (``use_directory_urls: false``)."""
    return path.rsplit(".", 1)[0] + ".html"


def setup_fingerprint(config: Mapping[str, Any], builder: Builder) -> str:
    """The fingerprint of what every page shares: configuration, navigation, overrides, builder."""
    return fingerprint({}, config, builder)


def digests(files: Mapping[str, bytes]) -> dict[str, str]:
    """A SHA-256 of each file's bytes, by path."""
    return {path: hashlib.sha256(content).hexdigest() for path, content in files.items()}


def manifest(site_dir: Path) -> dict[str, tuple[int, int, int]]:
    """Size, modification time and inode of every file under ``site_dir``, by relative path.

    The sources stamp is left out: it is written after the build, into the published site.
    """
    found: dict[str, tuple[int, int, int]] = {}
    for folder, _, files in os.walk(site_dir):
        for name in files:
            path = Path(folder, name)
            if name == INPUTS_FILE and path.parent == site_dir:
                continue
            info = path.lstat()
            found[path.relative_to(site_dir).as_posix()] = (info.st_size, info.st_mtime_ns, info.st_ino)
    return found


def plan(
    docs: Mapping[str, str],
    config: Mapping[str, Any],
    builder: Builder,
    previous: Published | None,
    site_dir: Path,
) -> Plan | None:
    """The patch that turns the published site into this build's, or None when it must be built whole."""
    if previous is None or previous.builder is not builder or not patchable(config, builder):
        return None
    if setup_fingerprint(config, builder) != previous.setup:
        return None
    pages = {path for path in docs if is_page(path)}
    if pages != {path for path in previous.docs if is_page(path)}:
        return None
    changed = sorted(path for path, digest in docs.items() if previous.docs.get(path) != digest)
    changed_pages = tuple(path for path in changed if is_page(path))
    if len(changed_pages) > MOST_PAGES * len(pages):
        return None
    if manifest(site_dir) != previous.manifest:
        return None
    removed = tuple(sorted(set(previous.docs) - set(docs)))
    return Plan(changed_pages, tuple(path for path in changed if not is_page(path)), removed)


def patchable(config: Mapping[str, Any], builder: Builder) -> bool:
    """Whether each page can be built apart from the others.

    That takes MkDocs, ``.html`` pages, a title for every page in the navigation, and no plugin
    but those known to make a page from that page alone (``APART``). A plugin the site's own
    configuration adds (tags, a blog) may gather every page into another.
    """
    return (
        builder is Builder.MKDOCS
        and config.get("use_directory_urls") is False
        and _titled(config.get("nav", ()))
        and all(_plugin_name(plugin) in APART for plugin in config.get("plugins", ()) or ())
    )


def _plugin_name(entry: object) -> str:
    """A plugins entry's name: the entry itself, or the one key of an entry with options."""
    if isinstance(entry, str):
        return entry
    if isinstance(entry, Mapping) and len(entry) == 1:
        return str(next(iter(entry)))
    return ""


def stub_files(
    files: Mapping[str, bytes], pages: Iterable[str], *, stub: bytes = b"", other_files: bool = False
) -> dict[str, bytes]:
    """A docs folder that builds ``pages`` alone.

    Those pages are whole, every other page is ``stub``, and every other file is empty (links to
    it still resolve), or whole with ``other_files``.
    """
    wanted = set(pages)
    return {
        path: content
        if path in wanted or (other_files and not is_page(path))
        else stub
        if is_page(path)
        else b""
        for path, content in files.items()
    }


def link_tree(source: Path, target: Path) -> None:
    """A copy of ``source`` made of hard links (copies where the file system refuses links).

    The sources stamp is left out: it belongs to the site it was written into.
    """
    for folder, _, files in os.walk(source):
        relative = Path(folder).relative_to(source)
        (target / relative).mkdir(parents=True, exist_ok=True)
        for name in files:
            if relative == Path() and name == INPUTS_FILE:
                continue
            try:
                os.link(Path(folder, name), target / relative / name)
            except OSError:
                shutil.copy2(Path(folder, name), target / relative / name)


def replace_file(path: Path, content: bytes) -> None:
    """Write a file of the copy without touching the published site's (the copy's may be a link to it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    path.write_bytes(content)


def remove_file(path: Path, root: Path) -> None:
    """Remove a file of the copy, and the folders it leaves empty."""
    path.unlink(missing_ok=True)
    folder = path.parent
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def apply(staged: Path, built: Path, patch: Plan, files: Mapping[str, bytes]) -> None:
    """Patch the staged copy: the rebuilt pages, the changed and removed files, the search index."""
    for page in patch.pages:
        replace_file(staged / page_html(page), (built / page_html(page)).read_bytes())
    for path in patch.files:
        replace_file(staged / path, files[path])
    for path in patch.removed:
        remove_file(staged / path, staged)
    if patch.pages and (staged / SEARCH_INDEX).is_file():
        text = splice_search_index(
            (staged / SEARCH_INDEX).read_text(encoding="utf-8"),
            (built / SEARCH_INDEX).read_text(encoding="utf-8"),
            [page_html(page) for page in patch.pages],
        )
        replace_file(staged / SEARCH_INDEX, text.encode())
    (staged / STAMP_FILE).unlink(missing_ok=True)


class PatchError(Exception):
    """The published site cannot be patched after all; the build falls back to a full one."""


def splice_search_index(published: str, built: str, pages: Sequence[str]) -> str:
    """The published search index with the entries of ``pages`` replaced by the patch build's.

    Each page's entries take the place of its old ones, so the index is the one a full build
    writes; it is serialised as Material's search plugin serialises it.
    """
    old, new = json.loads(published), json.loads(built)
    changed = set(pages)
    fresh: dict[str, list[Any]] = {}
    for entry in new["docs"]:
        page = entry["location"].split("#", 1)[0]
        if page in changed:
            fresh.setdefault(page, []).append(entry)
    entries: list[Any] = []
    placed: set[str] = set()
    for entry in old["docs"]:
        page = entry["location"].split("#", 1)[0]
        if page not in changed:
            entries.append(entry)
        elif page not in placed:
            entries.extend(fresh.get(page, []))
            placed.add(page)
    if placed != changed:
        raise PatchError(f"the search index has no entries for {sorted(changed - placed)}")
    return json.dumps({"config": new["config"], "docs": entries}, separators=(",", ":"), default=str)


def _titled(nav: Any) -> bool:
    """Whether every navigation entry names its title (else a page's title comes from its content)."""
    if isinstance(nav, list | tuple):
        return all(_titled(item) for item in nav)
    if isinstance(nav, Mapping):
        return len(nav) == 1 and all(isinstance(v, str) or _titled(v) for v in nav.values())
    return False


def patch_site(
    files: Mapping[str, bytes],
    config: Mapping[str, Any],
    shells: Shells,
    builder: Builder,
    *,
    site_dir: Path,
    build_dir: Path,
    patch: Plan,
    previous: Published,
    stamp: Callable[[], str],
    ready: ReadyBuilders | None = None,
    meanwhile: Callable[[], object] = lambda: None,
    started: "Started | None" = None,
) -> None:
    """Build the changed pages alone, patch them into a linked copy of the site, and publish the copy.

    While the builder runs (it reads none of them) the shells render, ``stamp`` (the site's
    fingerprint, which covers them) is asked for, ``meanwhile`` is called and the linked copy is
    made. The builder is one of ``ready`` when one is left, or ``started``: the same build,
    already under way on the same docs, into a copy of the site folder that then replaces it
    (``ahead``).
    """
    folder = patch_folder(build_dir)
    if started is None:
        sync_docs(stub_files(files, patch.pages), folder / DOCS)
        write_config(config, folder / CONFIG)
    staging = Path(tempfile.mkdtemp(prefix="staging-", dir=build_dir))
    try:
        staged = staging / SITE
        building = started.process if started is not None else None
        built = started.site if started is not None else folder / SITE
        if building is None:
            for page in patch.pages:  # rendered again whatever the times of the kept folder's files
                (folder / SITE / page_html(page)).unlink(missing_ok=True)
            building = start_builder(builder, folder / CONFIG, ready, BuildMode.CHANGED)
        try:
            found = shells.get()
            site_stamp = stamp()
            meanwhile()
            link_tree(site_dir, staged)
        finally:
            finish_builder(builder, building, BuildMode.CHANGED)
        apply(staged, built, patch, files)
        if built != folder / SITE:  # the next dirty build starts from what this one built
            shutil.rmtree(folder / SITE, ignore_errors=True)
            built.rename(folder / SITE)
        sections = {page_html(page) for page in patch.pages}
        digests = {shell.path: shell_digest(shell) for shell in found}
        for path in set(previous.shells) - set(digests):
            remove_file(staged / path, staged)
        fill(
            staged,
            [
                s
                for s in found
                if s.section_html in sections or previous.shells.get(s.path) != digests[s.path]
            ],
        )
        check_site(staged, builder)
        write_stamp(staged, site_stamp)
        publish(staged, site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def patch_folder(build_dir: Path) -> Path:
    """Where a patch build writes its docs, configuration and pages (kept until the next patch)."""
    return build_dir / "patch"


def shell_digest(shell: Shell) -> str:
    """A shell's digest as ``Published.shells`` records it: its section page and its HTML."""
    return hashlib.sha256(f"{shell.section_html}\0{shell.html}".encode()).hexdigest()
