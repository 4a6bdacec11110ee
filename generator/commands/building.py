"""``np2t check`` and ``np2t build``: run and judge the pairs; then render, build and publish the site.

``build`` first compares the fingerprint of its sources with the one the published site records
(``sources``) and, when they match, answers without loading the pipeline: no parsing, running or
rendering, and no numeric library imported.
"""

import argparse
import functools
import gc
import sys

from generator.commands.project import Project
from generator.commands.sources import Sources, project_sources, record_snippets_ran, snippets_ran
from generator.execute.launch import Launched, launch
from generator.site.fingerprint import sources_current, write_sources_stamp

EXIT_OK, EXIT_NOT_HOLDING = 0, 1


def check(project: Project, args: argparse.Namespace) -> int:
    """Run and compare the selected pairs, print a table and why each failing pair fails.

    As in ``build``, the warm server starts loading the libraries before this process loads them
    and parses the snippets; it is killed as soon as the digest of the snippet files shows that the
    last build or check ran these very files.
    """
    launched, sources = _launched_and_sources(project, keep_going=False)
    from generator.commands.pipeline import Pipeline  # noqa: PLC0415 - loads the numeric libraries
    from generator.commands.report import failure_report, summary_table  # noqa: PLC0415

    with Pipeline(project, launched=launched) as pipeline:
        result = pipeline.judge(pipeline.discover())
    if sources is not None:
        record_snippets_ran(project, sources)
    print(summary_table(result))
    report = failure_report(result)
    if report:
        print("\n" + report)
    return EXIT_OK if result.holds else EXIT_NOT_HOLDING


def build(project: Project, args: argparse.Namespace) -> int:
    """Run, judge, render and build; the site is replaced only by a complete one, and only if all holds.

    ``--keep-going`` builds even when pairs do not hold (they are shown failing).
    """
    site_dir = project.paths.shown(project.paths.site)
    project.site_config  # noqa: B018 - a missing configuration fails before anything runs
    launched, sources = _launched_and_sources(project, keep_going=args.keep_going)
    if sources is not None and sources_current(project.paths.site, sources.fingerprint):
        if launched is not None:
            launched.abandon()
        print(
            f"{site_dir}/ is up to date: it was built from these exact files, settings and versions, "
            "so nothing was parsed, run or built (0 snippets executed, 0 from the cache)"
        )
        return EXIT_OK
    from generator.commands.pipeline import Pipeline  # noqa: PLC0415 - loads the numeric libraries
    from generator.commands.report import failure_report  # noqa: PLC0415

    with Pipeline.resumed(project, launched=launched) as pipeline:
        if sources is None or pipeline.carried.snippets != sources.snippets:
            pipeline.start_engine_soon()
        pipeline.read_universe_soon()
        if sources is not None:
            pipeline.carried.snippets = dict(sources.snippets)
        catalog = pipeline.discover()
        # The builder loads while this process waits for the snippets (and for the libraries the
        # warm server imports), not while it renders the pages.
        pipeline.ready_builders()
        result = pipeline.judge(catalog, prune=True)
        gc.freeze()  # the judged catalog lives to the end: the collector need not walk it again
        pipeline.stop_engine_soon()
        if sources is not None:
            record_snippets_ran(project, sources)
        report = failure_report(result)
        if report:
            print(report, file=sys.stderr)
        if not result.holds and not args.keep_going:
            pipeline.save()
            print(
                f"\n{len(result.failures)} pair(s) do not hold; {site_dir}/ was left as it was "
                "(use --keep-going to build anyway)",
                file=sys.stderr,
            )
            return EXIT_NOT_HOLDING

        # Every input has been read once the pages are rendered: whether one changed since the
        # build began is asked while the builder runs.
        @functools.cache
        def unchanged() -> bool:
            return sources is not None and sources == project_sources(project, keep_going=args.keep_going)

        pipeline.build_ahead(result)
        built = pipeline.publish(pipeline.render(result), save=True, meanwhile=unchanged)
        pipeline.save()
    rebuilt = built.rebuilt
    if sources is not None and result.holds and unchanged():
        # Stamped only when no file changed while the build read them, and only for a site whose
        # every pair held: a pair that timed out is run again next time, not taken as settled.
        write_sources_stamp(project.paths.site, sources.fingerprint)
    ran = f"({result.stats.executed} snippets executed, {result.stats.cached} from the cache)"
    if built.patched:
        shown = ", ".join(built.pages[:4]) + (", ..." if len(built.pages) > 4 else "")
        print(f"built {site_dir}/ from {len(result.outcomes)} pairs {ran}; pages rebuilt: {shown or 'none'}")
    elif rebuilt:
        print(f"built {site_dir}/ from {len(result.outcomes)} pairs {ran}")
    else:
        print(
            f"{site_dir}/ is up to date: its pages, assets, configuration and {project.builder} "
            f"are byte-identical to those that built it, so it was left as it is {ran}"
        )
    if result.stats.pruned_cache_entries:
        print(f"removed {result.stats.pruned_cache_entries} cache entries that no snippet uses")
    return EXIT_OK


def _launched_and_sources(project: Project, *, keep_going: bool) -> tuple[Launched | None, Sources | None]:
    """A warm server on its way up unless the last build ran these very snippets, and the sources.

    The server starts loading the libraries at once, before this process digests the sources,
    loads the libraries itself and reads the last build's state; when the digest shows that no
    snippet changed since the last build, it is abandoned.
    """
    launched = launch(project.engine, project.sides)
    try:
        sources = project_sources(project, keep_going=keep_going) if project.use_cache else None
    except BaseException:
        launched.abandon()
        raise
    if sources is not None and snippets_ran(project, sources):
        launched.abandon()
        return None, sources
    return launched, sources
