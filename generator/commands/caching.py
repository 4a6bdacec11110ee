"""``np2t cache info|prune|clear``: what the run cache holds, and removing what no snippet uses."""

import argparse

from generator.commands.pipeline import EXIT_OK, Pipeline
from generator.commands.project import Project
from generator.execute.cache import RunCache


def cache(project: Project, args: argparse.Namespace) -> int:
    """Show, prune or clear the run cache of the project's snippets."""
    folder = project.paths.shown(project.paths.runs)
    store = RunCache(project.paths.runs)
    if args.action == "clear":
        print(f"removed {store.clear()} entries from {folder}/")
        return EXIT_OK
    with Pipeline(project) as pipeline:
        current = pipeline.cache_keys(pipeline.discover())
    snippets = project.paths.shown(project.paths.snippets)
    if args.action == "prune":
        removed = store.prune(current)
        print(f"removed {removed} entries that no snippet in {snippets}/ uses; {store.info().entries} kept")
        return EXIT_OK
    info, stored = store.info(), store.keys()
    print(
        f"{folder}/: {info.entries} entries, {info.size / (1 << 20):.1f} MiB; "
        f"{len(stored & current)} used by the {len(current)} runs of {snippets}/, "
        f"{len(stored - current)} unused"
        + (f"; {info.partial} partial files of interrupted writes" if info.partial else "")
    )
    return EXIT_OK
