"""``np2t check`` and ``np2t build``: run and judge the pairs; then render, build and publish the site.

``build`` first compares the fingerprint of its sources with the one the published site records
(``sources``) and, when they match, answers without loading the pipeline: no parsing, running or
rendering, and no numeric library imported.
"""

import argparse
import sys

from generator.commands.project import Project
from generator.commands.sources import project_sources, record_snippets_ran, snippets_ran
from generator.execute.launch import launch
from generator.site.fingerprint import sources_current, write_sources_stamp

EXIT_OK, EXIT_NOT_HOLDING = 0, 1


def check(project: Project, args: argparse.Namespace) -> int:
    """Run and compare the selected pairs, print a table and why each failing pair fails."""
    from generator.commands.pipeline import Pipeline  # noqa: PLC0415 - loads the numeric libraries
    from generator.commands.report import failure_report, summary_table  # noqa: PLC0415

    with Pipeline(project) as pipeline:
        result = pipeline.judge(pipeline.discover())
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
    sources = project_sources(project, keep_going=args.keep_going) if project.use_cache else None
    if sources is not None and sources_current(project.paths.site, sources.fingerprint):
        print(
            f"{site_dir}/ is up to date: it was built from these exact files, settings and versions, "
            "so nothing was parsed, run or built (0 snippets executed, 0 from the cache)"
        )
        return EXIT_OK
    # A snippet will run: the warm server starts loading the libraries now, before this process
    # spends its own time loading them and reading the last build's state.
    launched = (
        None
        if sources is not None and snippets_ran(project, sources)
        else launch(project.engine, project.sides)
    )
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
        built = pipeline.publish(pipeline.render(result), save=True)
        pipeline.save()
    rebuilt = built.rebuilt
    settled = sources is not None and result.holds
    if settled and sources == project_sources(project, keep_going=args.keep_going):
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
