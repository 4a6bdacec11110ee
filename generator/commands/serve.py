"""A live preview: ``mkdocs serve`` over generated pages that are regenerated when a snippet changes.

MkDocs reloads the browser when the generated Markdown changes; this module watches the snippet
and template folders, re-runs what changed (the cache skips the rest) and rewrites the pages.
"""

import subprocess
import sys
import threading
import time
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from generator.commands.report import failure_report
from generator.commands.services import EXIT_OK, RunOptions, build_date, load_catalog, make_engine, run
from generator.errors import GeneratorError
from generator.execute.engine import Engine
from generator.site.assemble import build_info, render_result
from generator.site.mkdocs import BUILD_DIR, mkdocs_config, write_config, write_docs
from generator.site.templating import TEMPLATES

SERVE_DIR = BUILD_DIR / "serve"


class _Changed(FileSystemEventHandler):
    """Remembers that something under a watched folder changed."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def on_any_event(self, event: FileSystemEvent) -> None:
        """Flag any change except the cache's own files."""
        if "__pycache__" not in str(event.src_path):
            self.event.set()


def serve(options: RunOptions, *, config: Path, dev_addr: str) -> int:
    """Generate the pages, start ``mkdocs serve`` on them, and regenerate on every change."""
    docs_dir, config_path = SERVE_DIR / "docs", SERVE_DIR / "mkdocs.yml"
    changed = _Changed()
    observer = Observer()
    for folder in (options.snippets, TEMPLATES):
        observer.schedule(changed, str(folder), recursive=True)
    with make_engine(options) as engine:
        _regenerate(options, config, engine, docs_dir, config_path)
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "serve",
                "--config-file",
                str(config_path),
                "--dev-addr",
                dev_addr,
            ]
        )
        observer.start()
        try:
            while server.poll() is None:
                if changed.event.wait(timeout=0.5):
                    time.sleep(0.3)
                    changed.event.clear()
                    _regenerate(options, config, engine, docs_dir, config_path)
        finally:
            observer.stop()
            server.terminate()
            server.wait()
    return EXIT_OK


def _regenerate(options: RunOptions, config: Path, engine: Engine, docs_dir: Path, config_path: Path) -> None:
    try:
        result = run(options, load_catalog(options), engine)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return
    report = failure_report(result)
    if report:
        print(report, file=sys.stderr)
    info = build_info(result, build_date())
    site, pairs_json = render_result(result, info)
    write_docs(site, pairs_json, docs_dir)
    write_config(mkdocs_config(config, docs_dir, SERVE_DIR / "site", site.nav, info), config_path)
