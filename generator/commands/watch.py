"""Tell edits from noise among file-system events, and gather a burst of edits into one signal.

Watchdog reports far more than edits: opening, reading and closing a file are events too, and the
preview reads every snippet and template each time it regenerates. Reacting to those made the
preview regenerate forever. Only content written and files created, moved or deleted count, and
only for files that discovery and rendering read (not hidden files, not ``__pycache__``). An
editor's save is often several events (a temporary file, a rename, a write); the preview waits
until the events stop for a moment and regenerates once.
"""

import threading
import time
from collections.abc import Iterable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

from generator.edits import EDITS

QUIET_SECONDS = 0.05
"""How long the events must stop before a burst is over: longer than an editor's save takes.

An editor's save, written in place or as a new file and a rename, is a few events within
milliseconds (Vim's, watched here). A save slower than this wait costs one more regeneration,
not a wrong page: every regeneration reads the files as they are."""


class Bursts:
    """Collects edited paths from the observer's thread; ``next`` hands them over one burst at a time."""

    def __init__(self, quiet: float = QUIET_SECONDS) -> None:
        self.quiet = quiet
        self._changed = threading.Condition()
        self._paths: set[str] = set()
        self._last = 0.0

    def note(self, path: str) -> None:
        """Record one edited path (called from the observer's thread)."""
        with self._changed:
            self._paths.add(path)
            self._last = time.monotonic()
            self._changed.notify_all()

    def next(self, timeout: float) -> tuple[str, ...]:
        """The paths of the next burst, once it is over; () when nothing was edited within ``timeout``."""
        with self._changed:
            if not self._changed.wait_for(lambda: bool(self._paths), timeout=timeout):
                return ()
            while (left := self._last + self.quiet - time.monotonic()) > 0:
                self._changed.wait(left)
            paths, self._paths = tuple(sorted(self._paths)), set()
            return paths


class EditsUnder(FileSystemEventHandler):
    """Passes on the edits under one watched folder, relative to it, ignoring what discovery ignores."""

    def __init__(self, root: Path, bursts: Bursts, only: str | None) -> None:
        self.root = root
        self.bursts = bursts
        self.only = only

    def on_any_event(self, event: FileSystemEvent) -> None:
        """Note the event's paths that are edits of files the preview reads."""
        if not isinstance(event, EDITS):
            return
        for raw in (event.src_path, getattr(event, "dest_path", "")):
            path = raw.decode() if isinstance(raw, bytes) else raw
            if path and self._matters(Path(path)):
                self.bursts.note(path)

    def _matters(self, path: Path) -> bool:
        try:
            parts = path.relative_to(self.root).parts
        except ValueError:
            return False
        if self.only is not None:
            return parts == (self.only,)
        return bool(parts) and not any(p.startswith(".") or p == "__pycache__" for p in parts)


def watch(paths: Iterable[Path], bursts: Bursts) -> BaseObserver:
    """Start observing ``paths`` (folders recursively, files alone); edits go to ``bursts``.

    A path that does not exist yet is watched from its parent, so creating it counts as an edit.
    """
    observer = Observer()
    edits = list(EDITS)
    for path in (p.resolve() for p in paths):
        if path.is_dir():
            observer.schedule(EditsUnder(path, bursts, None), str(path), recursive=True, event_filter=edits)
        elif path.parent.is_dir():
            handler = EditsUnder(path.parent, bursts, path.name)
            observer.schedule(handler, str(path.parent), recursive=False, event_filter=edits)
    observer.start()
    return observer
