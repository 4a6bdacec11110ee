"""The file-system events that change what a folder holds, for every watcher the project runs.

The preview's watcher over its inputs and the dev server's over its copy of the pages both ask the
system for these alone (watchdog's ``event_filter``). Opening, reading and closing a file without
writing are events too: told of them, a watcher hears every regeneration read its own inputs, and
its thread turns each read into event objects while holding the interpreter's lock.
"""

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirModifiedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
)

EDITS: tuple[type[FileSystemEvent], ...] = (
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileClosedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirModifiedEvent,
    DirMovedEvent,
)
"""The events that change what a folder holds (a closed file here is one written to). A folder
moved or removed whole is one folder event, with none for the files in it."""
