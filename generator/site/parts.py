"""A whole-site MkDocs build spread over the cores: each builder process renders a share of the pages.

MkDocs renders one page after another in one process, so a full build leaves every other core
idle. A page's HTML depends only on its own Markdown and on what every page shares (the
configuration, the navigation with its titles, the theme): the ground the patch build stands on
(``patch``). So each part is a builder process that renders its share of the pages, every other
page standing in as a line of text; the first part also gets every other file whole. The site is
the first part's, with each other part's pages and their search entries put in their places.
That is the site one process builds, file for file. When a part fails, the site is built whole
in one process instead, which reports the error as a plain build does.
"""

import logging
import subprocess
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from generator.errors import BuildError
from generator.site.builders import Builder, ReadyBuilders, finish_builder, start_builder
from generator.site.folders import CONFIG, DOCS, SITE, sync_docs, write_config
from generator.site.patch import (
    SEARCH_INDEX,
    PatchError,
    is_page,
    page_html,
    patchable,
    replace_file,
    splice_search_index,
    stub_files,
)

logger = logging.getLogger(__name__)

STUB = b"Built by another part.\n"
"""What stands for a page another part builds: not empty, so that the search index holds an entry
for it in its place, which that part's entries then replace (an empty page gets none)."""


def shares(files: Mapping[str, bytes], parts: int) -> tuple[tuple[str, ...], ...]:
    """The pages dealt into ``parts`` shares of about equal Markdown size, each in the docs' order.

    The largest page goes first, each to the share with the least so far, so one large page does
    not leave a part working alone at the end. No share is empty: fewer pages, fewer shares.
    """
    pages = [path for path in files if is_page(path)]
    count = max(1, min(parts, len(pages)))
    dealt: list[list[str]] = [[] for _ in range(count)]
    sizes = [0] * count
    for page in sorted(pages, key=lambda path: (-len(files[path]), path)):
        lightest = sizes.index(min(sizes))
        dealt[lightest].append(page)
        sizes[lightest] += len(files[page])
    order = {path: index for index, path in enumerate(pages)}
    return tuple(tuple(sorted(share, key=order.__getitem__)) for share in dealt if share)


def build_whole(
    files: Mapping[str, bytes],
    config: Mapping[str, Any],
    builder: Builder,
    staging: Path,
    *,
    parts: int,
    meanwhile: Callable[[], object] = lambda: None,
    ready: ReadyBuilders | None = None,
) -> Path:
    """Build the whole site under ``staging`` in up to ``parts`` processes; return the built site.

    ``meanwhile`` is called once, while the builder runs (work that needs none of its output).
    The builder processes are taken from ``ready`` while it has some.
    """
    dealt = shares(files, parts) if patchable(config, builder) else ()
    if len(dealt) > 1:
        try:
            return _build_in_parts(
                files, config, builder, staging, dealt=dealt, meanwhile=meanwhile, ready=ready
            )
        except (BuildError, PatchError, OSError) as exc:
            logger.info("building the site in parts failed; building it in one process:\n%s", exc)
    folder = staging / "whole"
    sync_docs(files, folder / DOCS)
    write_config(config, folder / CONFIG)
    building = start_builder(builder, folder / CONFIG, ready)
    try:
        meanwhile()
    finally:
        finish_builder(builder, building)
    return folder / SITE


def _build_in_parts(
    files: Mapping[str, bytes],
    config: Mapping[str, Any],
    builder: Builder,
    staging: Path,
    *,
    dealt: tuple[tuple[str, ...], ...],
    meanwhile: Callable[[], object],
    ready: ReadyBuilders | None,
) -> Path:
    folders = [staging / f"part-{number}" for number in range(len(dealt))]
    for number, (folder, share) in enumerate(zip(folders, dealt, strict=True)):
        docs = stub_files(files, share, stub=STUB, other_files=number == 0)
        sync_docs(docs, folder / DOCS)
        write_config(config, folder / CONFIG)
    running: list[subprocess.Popen[str]] = []
    try:
        for folder in folders:
            running.append(start_builder(builder, folder / CONFIG, ready))
        meanwhile()
        for process in running:
            finish_builder(builder, process)
    finally:
        for process in running:
            if process.poll() is None:
                process.kill()
                process.wait()
    site = folders[0] / SITE
    for folder, share in zip(folders[1:], dealt[1:], strict=True):
        built = folder / SITE
        for page in share:
            replace_file(site / page_html(page), (built / page_html(page)).read_bytes())
        if (site / SEARCH_INDEX).is_file():
            index = splice_search_index(
                (site / SEARCH_INDEX).read_text(encoding="utf-8"),
                (built / SEARCH_INDEX).read_text(encoding="utf-8"),
                [page_html(page) for page in share],
            )
            replace_file(site / SEARCH_INDEX, index.encode())
    return site
