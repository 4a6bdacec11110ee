"""Shared fixtures: one warm engine for the whole session, and helpers to run small snippets."""

import atexit
import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

from generator.commands.pipeline import Pipeline
from generator.commands.project import Paths, Project, load_project
from generator.compare.pipeline import CatalogResult, run_catalog
from generator.discover.catalog import Catalog, Pair, discover
from generator.discover.parse import parse_snippet
from generator.execute.contract import SandboxMode
from generator.execute.engine import Engine
from generator.execute.requests import EngineSettings, RunRequest
from generator.execute.runs import SideRun
from generator.sides import TORCH
from generator.site.builders import Builder

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
SNIPPETS = REPO / "snippets"
CONFIG = REPO / "mkdocs.yml"
"""The site's own configuration: test sites are built with it unless a test writes its own."""
BUILD_DATE = "2026-01-01"
SANDBOX = SandboxMode(os.environ.get("NP2T_SANDBOX", "auto"))
"""CI sets NP2T_SANDBOX=require: every test engine then refuses to run unconfined."""

MUTATING = "MUTANT_UNDER_TEST" in os.environ
"""Under `make mutants`: mutmut runs the tests once per mutant, in its own copy of the checkout."""

settings.register_profile(
    "np2t",
    database=None,
    deadline=None,
    print_blob=True,
    derandomize=os.environ.get("CI") == "true" or MUTATING,
)
settings.register_profile("thorough", settings.get_profile("np2t"), max_examples=2000)
settings.load_profile("np2t")
HYPOTHESIS_HOME = Path(tempfile.mkdtemp(prefix="np2t-hypothesis-"))
set_hypothesis_home_dir(str(HYPOTHESIS_HOME))
"""Property tests keep no example database (it would be written into the checkout) and have no
deadline (the machine is shared, so an example's time says nothing). In CI they draw the same
examples every run, so a red CI always names a fault of the submission (and a mutant is killed or
not, whichever run looks at it); elsewhere each run explores
new ones, and a failure prints the blob that reproduces it (`pytest --hypothesis-profile=thorough`
looks twenty times harder). What Hypothesis writes besides (a patch
with the failing example) goes to a temporary folder, which it names."""


@atexit.register
def _remove_hypothesis_home() -> None:
    """Remove that folder when the tests end, unless it holds a failing example's patch.

    Hypothesis also keeps a cache there; left behind, every test process added a folder to the
    system's temporary folder (tens of thousands of them on a machine that runs the tests often).
    """
    if not (HYPOTHESIS_HOME / "patches").exists():
        shutil.rmtree(HYPOTHESIS_HOME, ignore_errors=True)


UNWATCHED = {".git", ".venv", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"} | {
    "test-artifacts",
    "mutants",
}
"""What a test run may change in the checkout: Python's and the tools' own caches, the browser
tests' screenshots for review (git-ignored, replaced on every run) and mutmut's working copy."""
_BEFORE = pytest.StashKey[dict[str, tuple[int, int]]]()


def checkout_state(root: Path = REPO) -> dict[str, tuple[int, int]]:
    """Every file and folder of the checkout, with its modification time and size."""
    state: dict[str, tuple[int, int]] = {}
    for folder, folders, files in os.walk(root):
        folders[:] = [name for name in folders if name not in UNWATCHED and not name.endswith(".egg-info")]
        for name in [*files, *folders]:
            path = Path(folder, name)
            stat = path.lstat()
            state[path.relative_to(root).as_posix()] = (
                (stat.st_mtime_ns, stat.st_size) if name in files else (0, 0)
            )
    return state


def pytest_sessionstart(session: pytest.Session) -> None:
    """Note the checkout's files, to find any that a test wrote.

    Only once per run (on the xdist controller, not in its workers), and not under mutmut, whose
    own process writes its results into its copy of the checkout while the tests run.
    """
    if not hasattr(session.config, "workerinput") and not MUTATING:
        session.config.stash[_BEFORE] = checkout_state()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Fail a run that left the checkout changed: a test's caches, sites and stores belong in tmp_path."""
    before = session.config.stash.get(_BEFORE, None)
    if before is None:
        return
    after = checkout_state()
    changed = sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
    if changed:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        listed = ", ".join(changed[:10]) + (f" and {len(changed) - 10} more" if len(changed) > 10 else "")
        message = f"the test run changed the checkout (or something else did meanwhile): {listed}"
        if reporter is not None:
            reporter.write_line(message, red=True, bold=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


CATALOG_FIXTURES = {"catalog_result", "catalog_site"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Keep together on one xdist worker what shares a costly session or module fixture.

    ``make test`` runs the suite on every core with ``--dist loadgroup``. The real catalog's run
    (minutes) and the browser tests that read its site form one group, so the catalog runs once;
    every other test stays with its module, whose module fixtures (built sites, warm engines)
    are then built once as well. It runs before xdist's own hook, which reads the groups.
    """
    for item in items:
        path = Path(str(item.path)).relative_to(REPO).as_posix()
        shared = path.startswith("tests/browser/") or bool(CATALOG_FIXTURES & set(item.fixturenames))
        item.add_marker(pytest.mark.xdist_group("catalog" if shared else path))


BUILDERS = [
    "mkdocs",
    pytest.param(
        "zensical",
        marks=pytest.mark.skipif(
            importlib.util.find_spec("zensical") is None and os.environ.get("NP2T_REQUIRE_ZENSICAL") != "1",
            reason="Zensical is not installed: pip install -e '.[zensical]' (.ci/run installs it)",
        ),
    ),
]
"""Site builders to test: Zensical is an optional extra, required where NP2T_REQUIRE_ZENSICAL=1."""


def fixture_catalog(name: str) -> Catalog:
    """Discover one of the fixture snippet folders, with display paths relative to the repository."""
    return discover(FIXTURES / name, base=REPO)


@pytest.fixture(scope="session")
def engine() -> Iterator[Engine]:
    """One warm server for every test that runs snippets (no cache: tests really execute)."""
    with Engine(EngineSettings(timeout=30, sandbox=SANDBOX)) as shared:
        yield shared


@pytest.fixture(scope="session")
def basic_result(engine: Engine) -> CatalogResult:
    """The basic fixture catalog (passing, raising, mismatching, documented pairs), run and judged."""
    return run_catalog(fixture_catalog("basic"), engine)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    """The real catalog under snippets/, with the real articles."""
    return discover(SNIPPETS, base=REPO, articles=REPO / "articles")


@pytest.fixture(scope="session")
def catalog_result(engine: Engine, catalog: Catalog) -> CatalogResult:
    """Every pair of the real catalog, run once per session and judged."""
    return run_catalog(catalog, engine)


@pytest.fixture(scope="session")
def catalog_site(catalog_result: CatalogResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real catalog's site, built with mkdocs --strict into a temporary folder, failing pairs included."""
    return build_site(catalog_result, tmp_path_factory.mktemp("catalog-site"))


def project_in(
    folder: Path,
    *,
    config: Path = CONFIG,
    site_url: str | None = None,
    builder: Builder = Builder.MKDOCS,
    results: Path | None = None,
    snippets: Path = SNIPPETS,
) -> Project:
    """A project whose caches, build folder and site lie in ``folder`` (nothing of the checkout's).

    ``results`` defaults to an empty folder, so no test site shows the checkout's measurements.
    """
    paths = Paths.under(folder, snippets=snippets, config=config, results=results or folder / "results")
    if UNIVERSE:
        # PyTorch's names depend only on its version: reading them again costs seconds per site.
        shutil.copytree(UNIVERSE[0], paths.universe, dirs_exist_ok=True)
    return load_project(folder, paths=paths, builder=builder, site_url=site_url, date=BUILD_DATE)


def build_site(
    result: CatalogResult,
    folder: Path,
    *,
    config: Path = CONFIG,
    site_url: str | None = None,
    builder: Builder = Builder.MKDOCS,
    results: Path | None = None,
) -> Path:
    """Render ``result`` and build its site strictly into ``folder/site``; returns the site folder."""
    project = project_in(folder, config=config, site_url=site_url, builder=builder, results=results)
    with Pipeline(project) as pipeline:
        assert pipeline.build(pipeline.render(result)), "a fresh folder's site was judged up to date"
    if not UNIVERSE and project.paths.universe.is_dir():
        UNIVERSE.append(project.paths.universe)
    return project.paths.site


UNIVERSE: list[Path] = []
"""The first test site's cache of PyTorch's names, which later test projects start from."""


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
    request = RunRequest(pair_id=f"test/{name}", snippet=snippet, timeout=timeout, memory=memory)
    return engine.run([request]).runs[(f"test/{name}", TORCH.name)]


def pair_by_id(catalog: Catalog, pair_id: str) -> Pair:
    """The pair with this id; a missing one fails the test with the ids that exist."""
    found = {pair.id: pair for pair in catalog.pairs}
    assert pair_id in found, f"no pair {pair_id!r}; the catalog has {sorted(found)}"
    return found[pair_id]


def start_serve(root: Path, builder: str) -> "tuple[subprocess.Popen[bytes], str, Path]":
    """``np2t serve`` in the project folder ``root`` on a free port, its output in ``root/serve.log``.

    Returns the process (its own session, so stopping it stops the builder's server too), the
    address it serves and the log.
    """
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = root / "serve.log"
    with log.open("wb") as sink:
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "generator", "serve", "-q", "--config", str(CONFIG)),
                *("--dev-addr", f"127.0.0.1:{port}", "--builder", builder),
            ],
            cwd=root,
            env=os.environ | {"PYTHONPATH": str(REPO)},
            stdout=sink,
            stderr=sink,
            start_new_session=True,
        )
    return server, f"http://127.0.0.1:{port}", log
