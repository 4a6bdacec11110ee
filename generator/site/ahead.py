"""A patch build started before the whole site has rendered, on the pages of the sections just judged.

After an edit, the builder's part of a patch (``patch``) waited for every page, ``pairs.json``
and every pair's view to render, though it builds the edited section's page alone. Here the
builder starts on that page as soon as the edit is judged, with the configuration the last
patch used, while the rest renders. The guess is checked once everything has rendered: the
build is taken only when its pages, its docs folder (byte for byte) and its configuration are
the ones the patch would have built with. Otherwise (a verdict that changed the cheat sheet
too, a new page, another configuration) it is stopped, the folder it may have half written is
removed, and the patch builds as it would have without it.
"""

import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.site.builders import Builder, BuildMode, ReadyBuilders, start_builder
from generator.site.folders import CONFIG, DOCS, SITE, sync_docs
from generator.site.patch import Published, page_html, patch_folder


@dataclass(frozen=True)
class Ahead:
    """A patch build under way: what it builds, and its process."""

    pages: tuple[str, ...]
    docs: Mapping[str, bytes]
    config: str
    process: "subprocess.Popen[str]"
    site: Path
    """The builder's site folder, which a stopped build may have left half written."""

    def taken(
        self, pages: tuple[str, ...], docs: Mapping[str, bytes], config: str
    ) -> "subprocess.Popen[str] | None":
        """The build, when it builds exactly these; else None, the build stopped (``cancel``)."""
        if (self.pages, self.config) == (pages, config) and self.docs == docs:
            return self.process
        self.cancel()
        return None

    def cancel(self) -> None:
        """Stop the build, if it still runs, and remove what it may have half written."""
        if self.process.returncode is None:
            self.process.kill()
            self.process.communicate()
            shutil.rmtree(self.site, ignore_errors=True)


def start_ahead(
    pages: Mapping[str, bytes],
    previous: Published | None,
    builder: Builder,
    build_dir: Path,
    ready: ReadyBuilders | None,
) -> Ahead | None:
    """Start building ``pages`` (path and Markdown) as a patch of the published site would.

    None when there is nothing to guess from: no published site, pages it did not have, a
    builder that does not patch, or no configuration from an earlier patch.
    """
    folder = patch_folder(build_dir)
    config = folder / CONFIG
    if (
        builder is not Builder.MKDOCS
        or previous is None
        or previous.builder is not builder
        or not pages
        or not set(pages) <= set(previous.docs)
        or not config.is_file()
    ):
        return None
    docs = {path: pages.get(path, b"") for path in previous.docs}
    sync_docs(docs, folder / DOCS)
    for page in pages:
        (folder / SITE / page_html(page)).unlink(missing_ok=True)
    process = start_builder(builder, config, ready, BuildMode.CHANGED)
    return Ahead(tuple(sorted(pages)), docs, config.read_text(encoding="utf-8"), process, folder / SITE)
