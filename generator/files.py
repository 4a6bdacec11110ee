"""Writing a file so that a reader finds the old content or the new, never part of either.

The run cache, the build state, the citation store, the last durations and PyTorch's names are
all read by later builds, some while another build may be writing them: each is written to a
partial file beside its place and renamed in, and a failed write leaves no partial file behind.
A file written so is a new file, which ``written_listing`` tells from the one it replaced.
"""

import os
import tempfile
from pathlib import Path

PARTIAL = ".partial-"
"""How a file being written starts its name (the run cache counts the ones a crash left)."""


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` by ``content`` in one rename, creating its folder when it is missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=PARTIAL)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
        Path(partial).replace(path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def written_listing(folder: Path) -> list[str]:
    """Each file in ``folder``'s subfolders (a cache's layout): its name, and what a new write changes.

    A file replaced by ``write_atomically`` is a new file: its inode, time and size tell it from
    the one it replaced, where its name, which a cache keeps for the same inputs, would not.
    Partial files (and other hidden names) are left out. ``os.scandir`` rather than ``pathlib``:
    a build lists thousands of entries, and the preview after every edit.
    """
    found: list[str] = []
    try:
        subfolders = list(os.scandir(folder))
    except OSError:
        return found
    for subfolder in subfolders:
        if subfolder.name.startswith(".") or not subfolder.is_dir(follow_symlinks=False):
            continue
        try:
            entries = list(os.scandir(subfolder.path))
        except OSError:
            continue  # removed since it was listed, or unreadable: no entry of a cache
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                status = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            found.append(f"{entry.name} {status.st_ino} {status.st_mtime_ns} {status.st_size}")
    return sorted(found)
