"""A patch build started before the whole site has rendered, on the pages that show the pairs just judged.

After an edit, the builder's part of a patch (``patch``) waited for every page, ``pairs.json``
and every pair's view to render, though it builds the edited section's page alone, most often.
Here the builder starts on the pages that show the edited pairs (their sections, the articles
that embed them) as soon as the edit is judged, with the configuration the last patch used,
while the rest renders. The guess is checked once everything has rendered: the build is taken
only when it builds every page the patch needs, from the same Markdown, with the same other
files and the same configuration. Otherwise (a verdict that changed the cheat sheet too, a new
page, another configuration) it is stopped and the patch builds as it would have without it.
The build writes into a copy of the patch's site folder (``AHEAD``), so a build stopped halfway
leaves the folder the next dirty build starts from as it was.
"""

import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator.compare.verdict import PairOutcome
from generator.site.builders import Builder, BuildMode, ReadyBuilders, start_builder
from generator.site.folders import CONFIG, DOCS, SITE, sync_docs
from generator.site.patch import Published, Started, page_html, patch_folder

AHEAD = "site-ahead"
"""The copy of the patch's site folder a build started ahead writes into."""


@dataclass(frozen=True)
class Ahead:
    """A patch build under way: what it builds, and its process."""

    pages: tuple[str, ...]
    docs: Mapping[str, bytes]
    config: str
    process: "subprocess.Popen[str]"
    site: Path
    """The folder the build writes into (``AHEAD``)."""

    def taken(self, pages: tuple[str, ...], docs: Mapping[str, bytes], config: str) -> Started | None:
        """The build, when it builds these pages from these docs; else None, the build stopped.

        It may build more pages than the patch takes: a page's HTML comes from its own Markdown
        and what all pages share, so the extra pages (whole here, stand-ins in ``docs``) change
        nothing in the others.
        """
        extra = set(self.pages) - set(pages)
        if (
            config == self.config
            and set(pages) <= set(self.pages)
            and docs.keys() == self.docs.keys()
            and all(docs[path] == self.docs[path] for path in docs if path not in extra)
        ):
            return Started(self.process, self.site)
        self.cancel()
        return None

    def cancel(self) -> None:
        """Stop the build, if it still runs, and remove its folder, unless a patch took it."""
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
    site = folder / AHEAD
    shutil.rmtree(site, ignore_errors=True)
    if (folder / SITE).is_dir():
        shutil.copytree(folder / SITE, site)  # with the files' times, which a dirty build compares
    for page in pages:
        (site / page_html(page)).unlink(missing_ok=True)
    process = start_builder(builder, config, ready, BuildMode.CHANGED, site_dir=site)
    return Ahead(tuple(sorted(pages)), docs, config.read_text(encoding="utf-8"), process, site)


def shown_alike(before: PairOutcome | None, after: PairOutcome) -> bool:
    """Whether a pair judged again shows as before outside its section and its articles.

    Its metadata (title, expectation, documented difference), its judgement and each side's calls
    are what the cheat sheet, the traps and the API index show of it; what its snippets printed,
    only its own pages. A new pair (no ``before``) is never alike: it adds rows there.
    """
    return (
        before is not None
        and before.pair.meta == after.pair.meta
        and before.judgement == after.judgement
        and _calls(before) == _calls(after)
    )


def _calls(outcome: PairOutcome) -> dict[str, tuple[str, ...]]:
    return {side: run.api for side, run in outcome.runs.items()}
