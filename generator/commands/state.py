"""What one build leaves for the next, so that an edit costs what it changed and not the whole catalog.

The parsed files (by content), every pair's judged outcome (valid while its files parse to the
same pair), the rendered texts (by what they were rendered from) and a record of the published
site (``Published``: what built it, which files it holds). Each is only a shortcut: a missing or
unreadable state, or one left by another generator, versions or settings, is a build from
scratch, never a different site. The files are checksummed and replaced atomically, like a run
cache entry.

The record of the published sites is a file of its own: it is known only once the site is
published, and the rest, many times larger, is saved while the builder still runs. A build that
stops between the two leaves the previous record, which no longer matches the site's files, so
the next build builds the site whole.
"""

import hashlib
import json
import pickle
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from generator.commands.project import Project
from generator.commands.sources import PACKAGE
from generator.compare.pipeline import JudgedPairs, TimedRuns
from generator.compare.verdict import PairOutcome
from generator.discover.parse import ParseCache
from generator.execute.engine import ENGINE_VERSION
from generator.execute.requests import installed_versions
from generator.files import write_atomically
from generator.site.assemble import Measurements
from generator.site.coverage import NameGroup
from generator.site.fingerprint import digest_tree
from generator.site.patch import Published

_MAGIC = b"np2t-build-state 1\n"
_DIGEST = 64


@dataclass
class Carried:
    """The shortcuts one pipeline keeps and hands on (mutable: the pipeline updates it as it goes)."""

    environment: str
    parsed: ParseCache = field(default_factory=ParseCache)
    outcomes: dict[str, tuple[PairOutcome, str | None]] = field(default_factory=dict)
    """Each pair's last outcome, and its digest once rendering computed it."""
    judged: JudgedPairs = field(default_factory=JudgedPairs)
    """Each pair's own judgement and thread check, with the runs they came from."""
    memo: dict[str, str] = field(default_factory=dict)
    published: dict[str, Published] = field(default_factory=dict)
    """What built each published site, by its folder (resolved)."""
    snippets: dict[str, str] = field(default_factory=dict)
    """The snippet files' digests when this state was left."""
    measurements: Measurements | None = None
    """The recorded sweeps as last read (``assemble.Measurements``), decoded again only when they change."""
    timed: tuple[str, TimedRuns] = ("", {})
    numpy_names: tuple[NameGroup, ...] | None = None
    """NumPy's public names as the coverage page groups them: fixed by the environment, listed once."""
    """The timing cache's listing (as a digest) and the timed runs found with it."""


def environment(project: Project) -> str:
    """What every shortcut depends on besides the files: the generator's code, versions and settings.

    Parsing, running and judging depend on the generator and the libraries; the runs on the seed,
    the output cap and the sandbox; nothing kept from a build with other ones is used. The builder
    is not part of it: the pages are the same for both, and each published site records the
    builder that made it, so a build with the other builder (into another folder, say) leaves this
    site's record, and its next one-edit build can still patch it.
    """
    settings = asdict(project.engine)
    settings.pop("workers")
    material = {
        "code": digest_tree(PACKAGE),
        "engine": ENGINE_VERSION,
        "versions": installed_versions(project.sides),
        "settings": settings,
        "sides": [asdict(side) for side in project.sides],
        "use_cache": project.use_cache,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()


def load_carried(path: Path, wanted: str, published: Path | None = None) -> Carried:
    """The state the last build left at ``path`` (and ``published``) if made in this environment.

    Otherwise an empty one; a record of the published sites from another environment is left out.
    """
    found = _load(path)
    if not isinstance(found, Carried) or found.environment != wanted:
        return Carried(wanted)
    record = _load(published) if published is not None else None
    if isinstance(record, tuple) and len(record) == 2 and record[0] == wanted and isinstance(record[1], dict):
        found.published = record[1]
    return found


def save_carried(path: Path, carried: Carried) -> None:
    """Write the state but the published sites' record atomically: the next build reads all of it or none."""
    _save(path, replace(carried, published={}))


def save_published(path: Path, carried: Carried) -> None:
    """Write the record of the published sites (``Carried.published``) atomically, with its environment."""
    _save(path, (carried.environment, carried.published))


def _load(path: Path) -> object:
    """What ``_save`` wrote at ``path``; None when it is missing, damaged or unreadable."""
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        return None
    header = len(_MAGIC) + _DIGEST + 1
    payload = blob[header:]
    if (
        not blob.startswith(_MAGIC)
        or hashlib.sha256(payload).hexdigest().encode() != blob[len(_MAGIC) : header - 1]
    ):
        return None
    try:
        found: object = pickle.loads(payload)
    except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None
    return found


def _save(path: Path, value: object) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    write_atomically(path, _MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
