"""What a build is made from, as one fingerprint: decided before anything is parsed, run or rendered.

A build that changes nothing should answer at once, so ``build`` first digests every file the
project reads (``Project.inputs``: snippets, articles, templates, configuration, recorded
measurements), the generator's own code, the settings that change a page, the timing cache's
entries and the machine they are looked up for, and compares the result with the one the
published site records. Only when they differ does the pipeline start. The digests per file
also tell the incremental build which files changed.
"""

import hashlib
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from generator.commands.project import Project
from generator.execute.fingerprint import machine_fingerprint
from generator.files import write_atomically, written_listing
from generator.site.fingerprint import digest_tree, inputs_fingerprint

PACKAGE = Path(__file__).resolve().parents[1]
"""The generator's own code: a build of other code is another build."""


@dataclass(frozen=True)
class Sources:
    """The digest of every input file, by input and path, and the fingerprint of them and the settings."""

    trees: Mapping[str, Mapping[str, str]]
    fingerprint: str
    snippets: Mapping[str, str]
    """The snippet files' digests: when they changed, a snippet may have to run."""

    @property
    def snippets_digest(self) -> str:
        """One digest of every snippet file's path and digest."""
        digest = hashlib.sha256()
        for path, content in sorted(self.snippets.items()):
            digest.update(f"\0{path}\0{content}".encode())
        return digest.hexdigest()


def snippets_ran(project: Project, sources: Sources) -> bool:
    """Whether the last build ran these very snippet files, so this one has none to run.

    Read before the pipeline (and the numeric libraries) loads, to start the warm server at once
    when it will be needed; the pipeline's own comparison stays what decides what runs.
    """
    try:
        return project.paths.snippets_ran.read_text(encoding="ascii").strip() == sources.snippets_digest
    except (OSError, UnicodeDecodeError):
        return False


def record_snippets_ran(project: Project, sources: Sources) -> None:
    """Remember that a build has run (or found cached) every snippet of ``sources``."""
    project.paths.snippets_ran.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(project.paths.snippets_ran, f"{sources.snippets_digest}\n".encode("ascii"))


def project_sources(project: Project, *, keep_going: bool = False) -> Sources:
    """Digest what a build of ``project`` reads, and fingerprint it with the settings and versions."""
    paths = project.paths
    trees: dict[str, Mapping[str, str]] = {}
    for index, path in enumerate(project.inputs()):
        trees[f"{index}:{paths.shown(path)}"] = digest_tree(path)
    snippets = trees[f"0:{paths.shown(paths.snippets)}"]
    trees["generator"] = digest_tree(PACKAGE)
    timings = paths.timings
    # A timing taken again is written under its old name (``written_listing``).
    trees["timings"] = dict.fromkeys(written_listing(timings), "")
    engine = {key: value for key, value in asdict(project.engine).items() if key != "workers"}
    settings: dict[str, Any] = {
        "date": project.date,
        "engine": engine,
        "sides": [asdict(side) for side in project.sides],
        "patterns": list(project.patterns),
        "site_url": project.site.site_url if project.site else None,
        "site": paths.shown(paths.site),
        "keep_going": keep_going,
        "machine": machine_fingerprint(),
    }
    fingerprint = inputs_fingerprint(trees, settings, project.builder)
    return Sources(trees=trees, fingerprint=fingerprint, snippets=snippets)
