"""Shared fixtures: one warm engine for the whole session, and helpers to run small snippets."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.discover import Catalog, discover
from generator.engine import Engine, EngineSettings, RunRequest
from generator.parse import parse_snippet
from generator.runs import SideRun
from generator.sides import TORCH

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"


def fixture_catalog(name: str) -> Catalog:
    """Discover one of the fixture snippet folders, with display paths relative to the repository."""
    return discover(FIXTURES / name, base=REPO)


@pytest.fixture(scope="session")
def engine() -> Iterator[Engine]:
    """One warm server for every test that runs snippets (no cache: tests really execute)."""
    with Engine(EngineSettings(timeout=30)) as shared:
        yield shared


def run_source(
    engine: Engine,
    folder: Path,
    source: str,
    *,
    name: str = "snippet",
    timeout: float | None = None,
    memory: int | None = None,
) -> SideRun:
    """Write ``source`` as a standalone snippet file and run it through the engine."""
    path = folder / f"{name}{TORCH.suffix}"
    path.write_text(source, encoding="utf-8")
    snippet = parse_snippet(path, TORCH, path.name).snippet
    request = RunRequest(pair_id=f"test/{name}", snippet=snippet, metadata="", timeout=timeout, memory=memory)
    return engine.run([request]).runs[(f"test/{name}", TORCH.name)]
