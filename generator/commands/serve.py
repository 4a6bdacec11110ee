"""A live preview: the builder's dev server over generated pages, regenerated once per burst of edits.

The watcher reacts only to edits (``watch``) under the snippet and template folders and the
configuration file, and rests when nothing changes. Each burst re-runs only the snippets whose
cache key changed (files whose bytes did not change are not even parsed again), renders the
pages again and rewrites only the files whose bytes changed. The builder's server, in its
incremental mode, then rebuilds only those pages: ``mkdocs serve --dirty`` or ``zensical serve``.
"""

import sys
import time
from pathlib import Path

from generator.commands.report import failure_report
from generator.commands.services import EXIT_OK, RunOptions, build_date, load_catalog, make_engine, run
from generator.commands.watch import Bursts, watch
from generator.discover.parse import ParseCache
from generator.errors import GeneratorError
from generator.execute.engine import Engine
from generator.site.assemble import build_info, render_result
from generator.site.builders import Builder, start_server
from generator.site.mkdocs import (
    BUILD_DIR,
    CONFIG,
    DOCS,
    SITE,
    docs_files,
    mkdocs_config,
    sync_docs,
    write_config,
)
from generator.site.templating import TEMPLATES

SERVE_DIR = BUILD_DIR / "serve"


def serve(options: RunOptions, *, config: Path, dev_addr: str, builder: Builder = Builder.MKDOCS) -> int:
    """Generate the pages, serve them with the builder's dev server, regenerate after each burst of edits."""
    bursts = Bursts()
    parser = ParseCache()
    observer = watch((options.snippets, TEMPLATES), (config,), bursts)
    try:
        with make_engine(options) as engine:
            _regenerate(options, config, engine, parser)
            server = start_server(builder, SERVE_DIR / CONFIG, dev_addr)
            engine.start()
            try:
                while server.poll() is None:
                    if bursts.next(timeout=0.5):
                        _regenerate(options, config, engine, parser)
            finally:
                server.terminate()
                server.wait()
    finally:
        observer.stop()
        observer.join()
    return EXIT_OK


def _regenerate(options: RunOptions, config: Path, engine: Engine, parser: ParseCache) -> None:
    """Run what changed, render, and rewrite the changed files; one line says what it did."""
    started = time.monotonic()
    try:
        result = run(options, load_catalog(options, parser), engine)
        info = build_info(result, build_date())
        site, pairs_json = render_result(result, info, standalone=False)
        rewritten = sync_docs(docs_files(site, pairs_json), SERVE_DIR / DOCS)
        if write_config(mkdocs_config(config, DOCS, SITE, site.nav, info), SERVE_DIR / CONFIG):
            rewritten = (*rewritten, CONFIG)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        return
    report = failure_report(result)
    if report:
        print(report, file=sys.stderr)
    stats = result.stats
    shown = ", ".join(rewritten[:6]) + (", ..." if len(rewritten) > 6 else "") if rewritten else "none"
    print(
        f"pages generated in {time.monotonic() - started:.2f} s: {stats.executed} snippets executed, "
        f"{stats.cached} from the cache; files rewritten: {shown}",
        file=sys.stderr,
        flush=True,
    )
