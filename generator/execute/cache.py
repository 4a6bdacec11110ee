"""A content-addressed cache of runs, so an unchanged snippet never runs twice.

The key hashes inputs only (source, metadata, library versions, engine version, limits); the
entry is a checksummed pickle written atomically (temporary file, then rename), so an
interrupted build leaves either a whole entry or none. An entry whose checksum does not match
is deleted and treated as a miss.
"""

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from generator.execute.runs import SideRun

_MAGIC = b"np2t-run-cache 1\n"
_DIGEST_SIZE = 64


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
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = pickle.dumps(run, protocol=pickle.HIGHEST_PROTOCOL)
        blob = _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".partial-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(blob)
            Path(temporary).replace(path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

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
