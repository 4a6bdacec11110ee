"""``np2t serve``: the builder's dev server over the generated pages, regenerated once per burst of edits.

The preview runs the build's own pipeline (``Pipeline``) on the same project, so it shows what
``build`` would publish, from the same folders, templates and configuration. It watches exactly
what the build reads (``Project.inputs``) for edits only (``watch``) and rests when nothing
changes. Each burst re-runs only the snippets whose cache key changed (files whose bytes did not
change are not even parsed again, unchanged pairs are not judged again), renders again only the
texts whose values changed (it starts from what the last build left, and keeps its own state in
memory; it never writes the build's) and rewrites only the files whose bytes changed; the
builder's server, in its incremental mode, then rebuilds only those pages (MkDocs' server and
dirty build, as ``site.devserver`` starts them, or ``zensical serve``). MkDocs' dirty rebuild
never deletes a page it built, so a burst that removes a page (a deleted section) restarts its
server, whose first build is a clean one.
"""

import argparse
import sys
import time
from pathlib import Path

from generator.commands.pipeline import EXIT_OK, Pipeline
from generator.commands.project import Project
from generator.commands.report import failure_report
from generator.commands.watch import Bursts, watch
from generator.errors import GeneratorError
from generator.site.builders import Builder, start_server
from generator.site.folders import CONFIG, DOCS


def serve(project: Project, args: argparse.Namespace) -> int:
    """Generate the pages, serve them with the builder's dev server, regenerate after each burst of edits."""
    project.site_config  # noqa: B018 - a missing configuration fails before anything runs
    bursts = Bursts()
    observer = watch(project.inputs(), bursts)
    try:
        with Pipeline.resumed(project) as pipeline:
            regenerate(pipeline)
            config = project.paths.serve / CONFIG
            server = start_server(project.builder, config, args.dev_addr)
            pipeline.engine.start()
            try:
                while server.poll() is None:
                    if not bursts.next(timeout=0.5):
                        continue
                    rewritten = regenerate(pipeline)
                    if project.builder is Builder.MKDOCS and removed(rewritten, project.paths.serve / DOCS):
                        server.terminate()
                        server.wait()
                        server = start_server(project.builder, config, args.dev_addr)
            finally:
                server.terminate()
                server.wait()
    finally:
        observer.stop()
        observer.join()
    return EXIT_OK


def removed(rewritten: tuple[str, ...], docs: Path) -> bool:
    """Whether a regeneration deleted a page from the builder's input (its docs folder)."""
    return any(name != CONFIG and not (docs / name).exists() for name in rewritten)


def regenerate(pipeline: Pipeline) -> tuple[str, ...]:
    """Run what changed, render, and rewrite the changed files; one line says what it did.

    A problem (a template error, say) is reported and the preview goes on with the last pages (and
    the sections ``write_preview_first`` wrote before the problem, which show the edit).
    """
    started = time.monotonic()
    try:
        result = pipeline.judge(pipeline.discover())
        ahead = pipeline.write_preview_first(result)
        rewritten = tuple(
            sorted({*ahead, *pipeline.write_preview(pipeline.render(result, standalone=False))})
        )
    except GeneratorError as exc:
        _say(f"error: {exc}")
        return ()
    report = failure_report(result)
    if report:
        _say(report)
    stats = result.stats
    shown = ", ".join(rewritten[:6]) + (", ..." if len(rewritten) > 6 else "") if rewritten else "none"
    _say(
        f"pages generated in {time.monotonic() - started:.2f} s: {stats.executed} snippets executed, "
        f"{stats.cached} from the cache; files rewritten: {shown}"
    )
    return rewritten


def _say(text: str) -> None:
    """Write ``text`` and its newline to stderr in one write.

    The builder's server logs to the same stream. ``print`` writes the text, then the newline,
    and a line of the server's could fall between the two.
    """
    sys.stderr.write(text + "\n")
    sys.stderr.flush()
