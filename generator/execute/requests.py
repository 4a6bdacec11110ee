"""What the engine is asked and what it answers: settings, requests, and the runs with their cost.

Kept apart from the engine so that the stages that only describe runs (the pipeline, the pages,
the commands' options) name these values without the machinery that produces them. It loads no
numeric library (runs are named for the type checker only): the command line reads the settings'
defaults for its help without paying for NumPy.
"""

import platform
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import TYPE_CHECKING

from generator.discover.parse import Snippet
from generator.execute.contract import SandboxMode
from generator.execute.fingerprint import usable_cores
from generator.sides import DEFAULT_SIDES, SideRegistry

if TYPE_CHECKING:
    from generator.execute.runs import SideRun


@dataclass(frozen=True)
class EngineSettings:
    """Limits and parallelism; per-pair metadata may override timeout and memory."""

    workers: int = field(default_factory=usable_cores)
    timeout: float = 60.0
    memory: int = 4 << 30
    output_cap: int = 64 << 10
    seed: int = 0
    sandbox: SandboxMode = SandboxMode.AUTO
    threads: int = 1
    """Threads each snippet's libraries use (OMP/MKL/OpenBLAS variables): the workers share the cores."""
    python: str | None = None
    """The interpreter that runs the warm server (None: this one). Another one, such as an environment
    of the version matrix, brings its own libraries: their versions are then those the server reports."""


@dataclass(frozen=True)
class RunRequest:
    """One snippet to run, with the pair's own limits (which are not part of its cache key)."""

    pair_id: str
    snippet: Snippet
    timeout: float | None = None
    memory: int | None = None


@dataclass(frozen=True)
class ExecutionStats:
    """What a run cost: how many snippets executed or came from the cache; child overheads."""

    total: int
    executed: int
    cached: int
    discarded_cache_entries: int
    overheads: tuple[float, ...]
    executed_paths: tuple[str, ...] = ()
    pruned_cache_entries: int = 0


@dataclass(frozen=True)
class Execution:
    """The runs of a set of requests, keyed by (pair id, side name)."""

    runs: Mapping[tuple[str, str], "SideRun"]
    stats: ExecutionStats


def installed_versions(sides: SideRegistry = DEFAULT_SIDES) -> dict[str, str]:
    """Python and each side's library version, read from package metadata without importing them."""
    found = {"python": platform.python_version()}
    found.update({side.name: version(side.distribution) for side in sides if side.distribution})
    return found
