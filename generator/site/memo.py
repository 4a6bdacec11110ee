"""Rendered texts kept between builds, by a digest of the values they were rendered from.

Rendering is pure: the same template sources and the same values give the same text. So each
page, pair page, embed and ``pairs.json`` entry is looked up by a SHA-256 of the templates and
of exactly the values its template receives, and rendered again only when one of them changed.
An edit to one snippet then renders its section page, its pair's own pages and whatever other
page shows something that changed (a verdict count, a cheat-sheet row), and nothing else.

The digest is a pickle of the values, without pickle's memo: a memo writes a value that occurs
twice as a reference the second time, so equal values shared differently (parsed afresh, or read
back from the last build's state) would pickle, and digest, differently. Values shared by many
pages (a pair's view, the build's facts) are digested once and stand in for themselves by that
digest, so a page that holds every pair costs a hash of digests, not of every pair again.
"""

import hashlib
import io
import pickle
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any


class Digester:
    """SHA-256 digests of values, with some values replaced by digests computed once."""

    def __init__(self) -> None:
        self._known: dict[int, str] = {}
        self._held: list[object] = []

    def digest(self, value: object) -> str:
        """The digest of ``value``; a value given to ``remember`` counts as its own digest inside it."""
        buffer = io.BytesIO()
        _Pickler(buffer, self._known).dump(value)
        return hashlib.sha256(buffer.getvalue()).hexdigest()

    def remember(self, value: object, digest: str | None = None) -> str:
        """Digest ``value`` (or take ``digest``) once; later digests of values holding it use that.

        ``value`` itself must hold no remembered value: it is pickled without looking for them,
        which is many times quicker.
        """
        found = digest or plain_digest(value)
        self._held.append(value)  # the id stays this object's while it is known
        self._known[id(value)] = found
        return found


def plain_digest(value: object) -> str:
    """The digest of a value that holds no remembered value (no lookup per object)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True  # no memo: see the module's docstring
    pickler.dump(value)
    return hashlib.sha256(buffer.getvalue()).hexdigest()


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, known: Mapping[int, str]) -> None:
        super().__init__(file, protocol=5)
        self.fast = True  # no memo: the bytes depend on the values only (the values hold no cycle)
        self.known = known

    def reducer_override(self, obj: Any) -> Any:
        """A remembered value pickles as its digest (asked of records only, never of str, tuple...)."""
        digest = self.known.get(id(obj))
        return NotImplemented if digest is None else (_Remembered, (digest,))


class _Remembered(str):
    """Stands for a remembered value in a digest's pickle; never built, only named."""

    __slots__ = ()


class RenderMemo:
    """Texts by key: those of the last build to look up, those of this build to keep."""

    def __init__(self, known: Mapping[str, str] | None = None) -> None:
        self.known = dict(known or {})
        self.used: dict[str, str] = {}
        self.rendered = 0

    def text(self, key: str, render: Callable[[], str]) -> str:
        """The text kept under ``key``, or ``render()``'s (then kept)."""
        found = self.known.get(key)
        if found is None:
            found = render()
            self.rendered += 1
        self.used[key] = found
        return found

    def carried(self) -> dict[str, str]:
        """What the next build may look up: this build's texts only, so the memo never grows."""
        return dict(self.used)


def templates_digest(files: Iterable[Path]) -> str:
    """One digest of the template files' names and bytes."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(f"\0{path.as_posix()}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
