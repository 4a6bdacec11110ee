"""Output capture with a cap, for the child: a snippet that prints forever must not fill the disk.

Python-level writes go through a capped raw stream over the child's file descriptor; once the cap
is reached one visible marker is written and the rest is counted, not kept. Native writes to the
same descriptor (C libraries, faulthandler) land in the same file in order.
"""

import io
import os

from generator.execute.contract import truncation_marker


class CappedRawWriter(io.RawIOBase):
    """A raw binary stream over a file descriptor that keeps at most ``cap`` bytes."""

    def __init__(self, fd: int, cap: int) -> None:
        super().__init__()
        self._fd = fd
        self._cap = cap
        self._written = 0

    @property
    def name(self) -> int:
        """The descriptor, as ``io.FileIO`` names streams opened from one."""
        return self._fd

    def writable(self) -> bool:
        """Always: this stream only writes."""
        return True

    def fileno(self) -> int:
        """The descriptor written to, so faulthandler and C code can share it."""
        return self._fd

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        """Write what fits under the cap, mark the cut once, and report everything as written."""
        size = len(data)
        room = self._cap - self._written
        if room > 0:
            self._write_all(memoryview(data)[:room])
        if size > room >= 0:
            self._write_all(truncation_marker(self._cap).encode())
        self._written += size
        return size

    def _write_all(self, view: memoryview | bytes) -> None:
        view = memoryview(view)
        while view:
            view = view[os.write(self._fd, view) :]


def capped_text_stream(fd: int, cap: int) -> io.TextIOWrapper:
    """A text stream like ``sys.stdout`` over ``fd``, written through at once, capped at ``cap`` bytes."""
    return io.TextIOWrapper(
        CappedRawWriter(fd, cap),
        encoding="utf-8",
        errors="backslashreplace",
        write_through=True,
        line_buffering=True,
    )
