"""The MkDocs preview's own process: MkDocs' development server, which notices a regeneration sooner.

``python -m generator.site.devserver CONFIG DEV_ADDR`` serves the site ``CONFIG`` describes as
``mkdocs serve --dirty --no-strict`` does, with MkDocs' own server (``LiveReloadServer``: its
pages, its live reload, its error pages) and its own dirty build, after the same plugin events.
Three things differ:

- ``mkdocs serve`` looks for changed files every half second, and the preview writes its docs
  folder only once per burst of edits, so half of that wait, on average, stood between every
  regeneration and the rebuild that shows it. Here the system tells the server of each change
  as it happens (inotify on Linux: ``watchdog``'s native observer), and only of edits: content
  written, files created, moved or deleted. Opening and reading a file are events too, and
  MkDocs' handler would rebuild after its own build read the pages, forever. A look at a folder
  every so often, as MkDocs does, would cost the idle preview CPU time to react as soon.
  It then waits for changes to stop for a fiftieth of a second (``BUILD_DELAY``), not a tenth.
- Each rebuild reads a copy of the docs folder taken as it starts. MkDocs' dirty build decides
  which pages to read, later which to write, both by modification times: a page the preview
  rewrote in between was built with no content, and Material's search plugin failed the whole
  rebuild. Changes made during a rebuild now wait for the next one.
- Stopped (SIGTERM, as the preview stops it), it shuts its server down and removes the folder it
  built the site in; ``mkdocs serve`` left that folder behind.

As each ``runner`` does, it keeps the theme's templates compiled by one rebuild for the next
(``compiled``), in that folder too.

This is the builder's own process (like ``runner``): nothing in the generator imports this
module, and it imports nothing of the generator but ``compiled``, which is the builder's side too.
"""

import logging
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.utils import DuplicateFilter
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from generator.edits import EDITS
from generator.site.compiled import keep_compiled_templates


class _EditsOnly(Observer):  # type: ignore[misc,valid-type]  # watchdog's native observer class
    """The system's own observer, asked for edits only, whatever ``LiveReloadServer.watch`` asks."""

    def schedule(
        self, event_handler: FileSystemEventHandler, path: str, *, recursive: bool = False
    ) -> object:
        """Watch ``path`` for ``EDITS``."""
        return super().schedule(event_handler, path, recursive=recursive, event_filter=list(EDITS))


BUILD_DELAY = 0.02
"""How long the server waits for changes to stop before it rebuilds (MkDocs waits 0.1 s).

The folder's writer is the preview, not an editor: it writes a burst's files one after another.
A rebuild reads a copy of the folder taken as it starts, so a change that comes later still
waits, whole, for the next rebuild."""

STOPS = (signal.SIGTERM, signal.SIGINT)
"""The signals that stop the server: the preview's (SIGTERM) and the terminal's (Ctrl-C)."""

log = logging.getLogger("mkdocs.serve")


def serve(config_file: str, dev_addr: str) -> None:
    """Build once, then serve and rebuild dirty after each change, until interrupted or terminated."""
    work = Path(tempfile.mkdtemp(prefix="np2t-preview-"))
    site_dir, snapshot = str(work / "site"), str(work / "docs")
    try:
        keep_compiled_templates(work / "templates")
        docs = load_config(config_file=config_file, strict=False).docs_dir

        def configuration() -> MkDocsConfig:
            """The configuration, on a copy of the docs folder taken now (see the module's docstring)."""
            shutil.rmtree(snapshot, ignore_errors=True)
            shutil.copytree(docs, snapshot)  # with the files' modification times, which dirty builds compare
            return load_config(
                config_file=config_file, site_dir=site_dir, docs_dir=snapshot, dev_addr=dev_addr, strict=False
            )

        config = configuration()
        config.plugins.on_startup(command="serve", dirty=True)
        try:
            _serve(config, configuration, site_dir, docs)
        finally:
            config.plugins.on_shutdown()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _serve(config: MkDocsConfig, configuration: Callable[[], MkDocsConfig], site_dir: str, docs: str) -> None:
    """``serve``'s server, on the loaded ``config``; each rebuild loads it again (``configuration``).

    ``docs`` is the docs folder the preview writes, which is watched.
    """
    host, port = config.dev_addr
    mount_path = urlsplit(config.site_url or "/").path
    serve_url = f"http://{f'[{host}]' if ':' in host else host}:{port}{mount_path}"
    config.site_url = serve_url

    def builder(loaded: MkDocsConfig | None = None) -> None:
        log.info("Building documentation...")
        current = loaded or configuration()
        current.site_url = serve_url
        build(current, serve_url=serve_url, dirty=True)

    server = LiveReloadServer(
        builder=builder,
        host=host,
        port=port,
        root=site_dir,
        mount_path=mount_path,
    )
    server.observer = _EditsOnly()  # before anything is watched: see the module's docstring
    server.build_delay = BUILD_DELAY
    server.error_handler = lambda code: _error_page(site_dir, code)
    builder(config)
    server.watch(docs)
    if config.config_file_path:
        # Its folder, which holds nothing else that changes: a watch of the file itself would end
        # when the file is replaced by a new one.
        server.watch(str(Path(config.config_file_path).parent), recursive=False)
    server = config.plugins.on_serve(server, config=config, builder=builder)
    for path in config.watch:
        server.watch(path)
    try:
        server.serve()  # type: ignore[no-untyped-call]  # MkDocs leaves this one untyped
    except KeyboardInterrupt:
        log.info("Shutting down...")
    finally:
        server.shutdown()


def _error_page(site_dir: str, code: int) -> bytes | None:
    """The built 404 (or 500) page, which MkDocs' server shows for that error; None when not built."""
    if code not in (404, 500):
        return None
    try:
        return Path(site_dir, f"{code}.html").read_bytes()
    except OSError:
        return None


def main() -> None:
    """Log as ``mkdocs serve`` does (a level, then the message), then serve ``CONFIG`` on ``DEV_ADDR``."""
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    for name in ("mkdocs", "material"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    # As ``mkdocs serve``: what the build logs again at every rebuild (that it is dirty) shows once.
    logging.getLogger("mkdocs.commands.build").addFilter(DuplicateFilter())
    for stop in STOPS:
        signal.signal(stop, _stop)
    serve(sys.argv[1], sys.argv[2])


def _stop(signum: int, frame: object) -> None:
    """Stop serving, once.

    A later signal (the preview terminates its dev server when Ctrl-C has interrupted both) would
    cut the server's shutdown short, and could leave it running.
    """
    for stop in STOPS:
        signal.signal(stop, signal.SIG_IGN)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    sys.exit(0)


if __name__ == "__main__":
    main()
