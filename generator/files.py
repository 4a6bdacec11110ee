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


def written_listing(folder: Path, pattern: str) -> list[str]:
    """Each file of ``folder`` matching ``pattern``, by name, with what changes when it is written again.

    A file replaced by ``write_atomically`` is a new file: its inode, time and size tell it from
    the one it replaced, where its name, which a cache keeps for the same inputs, would not.
    """
    found = []
    for path in folder.glob(pattern) if folder.is_dir() else ():
        try:
            status = path.stat()
        except FileNotFoundError:
            continue  # removed since it was listed
        found.append(f"{path.name} {status.st_ino} {status.st_mtime_ns} {status.st_size}")
    return sorted(found)
