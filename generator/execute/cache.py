"""A content-addressed cache of runs, so an unchanged snippet never runs twice.

The key hashes the inputs of a run only (``Engine.key`` says which); the entry is a checksummed
pickle written atomically (temporary file, then rename), so an interrupted build leaves either a
whole entry or none. An entry whose checksum does not match is deleted and treated as a miss.
Entries that no current snippet uses are removed by ``prune`` (a full build calls it), so the
cache holds about one entry per snippet however long it lives.
"""

import hashlib
import pickle
import shutil
from collections.abc import Iterator, Set
from dataclasses import dataclass
from pathlib import Path

from generator.execute.runs import SideRun
from generator.files import PARTIAL, write_atomically

_MAGIC = b"np2t-run-cache 1\n"
_DIGEST_SIZE = 64


@dataclass(frozen=True)
class CacheInfo:
    """What the cache folder holds: whole entries, their bytes, and leftovers of interrupted writes."""

    entries: int
    size: int
    partial: int


class RunCache:
    """Runs stored under ``folder/<first two hex digits>/<key>``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.discarded = 0

    def get(self, key: str) -> SideRun | None:
        """The cached run for ``key``; None when absent, or when corrupt (then it is deleted)."""
        path = self._path(key)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            return None
        run = _decode(blob)
        if run is None:
            self.discarded += 1
            path.unlink(missing_ok=True)
        return run

    def put(self, key: str, run: SideRun) -> None:
        """Store a run atomically: readers see the whole entry or nothing."""
        payload = pickle.dumps(run, protocol=pickle.HIGHEST_PROTOCOL)
        write_atomically(
            self._path(key), _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
        )

    def info(self) -> CacheInfo:
        """Count the entries and their size, and the partial files a killed build left behind."""
        entries = size = partial = 0
        for path in self._files():
            if path.name.startswith(PARTIAL):
                partial += 1
            else:
                entries += 1
                size += path.stat().st_size
        return CacheInfo(entries=entries, size=size, partial=partial)

    def keys(self) -> set[str]:
        """The keys of every entry on disk (whole or not: checksums are checked only on reading)."""
        return {path.name for path in self._files() if not path.name.startswith(PARTIAL)}

    def prune(self, keep: Set[str]) -> int:
        """Delete every entry whose key is not in ``keep``, and partial files; return how many files went."""
        removed = 0
        for path in self._files():
            if path.name not in keep:
                path.unlink(missing_ok=True)
                removed += 1
        for folder in self.folder.iterdir() if self.folder.is_dir() else ():
            if folder.is_dir() and not any(folder.iterdir()):
                folder.rmdir()
        return removed

    def clear(self) -> int:
        """Delete the whole cache folder; return how many entries it held."""
        count = self.info().entries
        shutil.rmtree(self.folder, ignore_errors=True)
        return count

    def _files(self) -> Iterator[Path]:
        if not self.folder.is_dir():
            return
        for folder in sorted(self.folder.iterdir()):
            if folder.is_dir():
                yield from sorted(p for p in folder.iterdir() if p.is_file())

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key


def _decode(blob: bytes) -> SideRun | None:
    header = len(_MAGIC) + _DIGEST_SIZE + 1
    if not blob.startswith(_MAGIC) or len(blob) < header:
        return None
    digest, payload = blob[len(_MAGIC) : header - 1], blob[header:]
    if hashlib.sha256(payload).hexdigest().encode() != digest:
        return None
    try:
        run = pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    return run if isinstance(run, SideRun) else None
