"""Fixtures for the browser tests: Debian's Chromium driven by Playwright, and built sites on localhost.

The site is what readers meet, so these tests look at it the way a browser does: layout at real
viewport sizes, the search box, the palette toggle, the copy buttons, and every request a page
makes. Chromium is the system's (``/usr/bin/chromium``, or ``NP2T_CHROMIUM``), because
``playwright install`` downloads browsers and the machines this project runs on are offline.

Without Chromium or Playwright the browser tests skip and say how to enable them, except where
``NP2T_REQUIRE_BROWSER=1`` (CI sets it): there a missing browser is a failure, never a skip.
"""

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import FIXTURES, REPO, SANDBOX, build_site, fixture_catalog
from forged import write_catalog

from browser.support import DESKTOP, LAUNCH_ARGS, SiteServer, Survey, Tab, open_tab, serve, survey_site
from generator.compare.pipeline import CatalogResult, run_catalog
from generator.discover.catalog import discover
from generator.execute.engine import Engine
from generator.execute.requests import EngineSettings

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path(os.environ.get("NP2T_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = REPO / "test-artifacts"
HOW_TO_ENABLE = (
    "to run them, install Chromium (sudo apt-get install -y chromium) and Playwright "
    "(.venv/bin/pip install -e '.[test]'); NP2T_CHROMIUM=/path/to/chromium picks another binary"
)


def browser_unavailable(reason: str) -> None:
    """Skip with instructions, or fail where the browser tests are mandatory (NP2T_REQUIRE_BROWSER=1)."""
    if os.environ.get("NP2T_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason}; the browser tests are mandatory here (NP2T_REQUIRE_BROWSER=1)", pytrace=False)
    pytest.skip(f"browser tests skipped: {reason}; {HOW_TO_ENABLE}")


@pytest.fixture(scope="session")
def chromium() -> Iterator["Browser"]:
    """One headless Chromium for the session (each test opens its own context, so nothing leaks)."""
    try:
        from playwright.sync_api import Error, sync_playwright  # noqa: PLC0415 - optional dependency
    except ImportError:
        browser_unavailable("the playwright package is not installed")
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        browser_unavailable(f"no Chromium executable at {CHROMIUM}")
    with sync_playwright() as playwright:
        try:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(LAUNCH_ARGS))
        except Error as exc:
            browser_unavailable(f"Chromium at {CHROMIUM} did not start: {exc}")
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def site(catalog_site: Path) -> Path:
    """The real catalog's site (built once per session by the shared ``catalog_site`` fixture)."""
    return catalog_site


@pytest.fixture(scope="session")
def server(chromium: "Browser", site: Path) -> Iterator[SiteServer]:
    """The real site on localhost: search needs HTTP (its worker cannot load from file://).

    It asks for Chromium first, so that without a browser the tests skip before any site is built.
    """
    with serve(site) as running:
        yield running


@pytest.fixture(scope="session")
def fixture_server(
    chromium: "Browser", basic_result: CatalogResult, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SiteServer]:
    """The small ``tests/fixtures/basic`` catalog, built and served with ``site_url`` set to its address.

    Its pairs print HTML (``<b>``, ``<script>``) and cover every verdict, including a pair that does
    not hold. ``site_url`` is what a deployment sets and what Material's instant loading needs (it
    loads in place only the pages that sitemap.xml lists, and MkDocs lists them only with a
    ``site_url``); the server starts first so that the address is known when the site is built.
    """
    folder = tmp_path_factory.mktemp("fixture-site")
    with serve(folder / "site") as running:
        build_site(basic_result, folder, site_url=running.url())
        yield running


@pytest.fixture(scope="session")
def layout_server(
    chromium: "Browser", engine: Engine, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SiteServer]:
    """The ``tests/fixtures/browser`` catalog, built and served: pairs shaped for layout checks that
    the real catalog may not happen to contain (a note on one side only, lines longer than a column)."""
    folder = tmp_path_factory.mktemp("layout-site")
    result = run_catalog(fixture_catalog("browser"), engine)
    assert result.holds, [outcome.judgement.summary for outcome in result.failures]
    with serve(build_site(result, folder)) as running:
        yield running


@pytest.fixture(scope="session")
def hostile_server(
    chromium: "Browser", engine: Engine, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[SiteServer]:
    """The ``tests/fixtures/hostile`` catalog, built and served: raw HTML and script in every kind of
    prose (titles, intros, docstrings, notes, a difference, an article), which must stay text."""
    folder = tmp_path_factory.mktemp("hostile-site")
    hostile = FIXTURES / "hostile"
    catalog = discover(hostile / "snippets", base=REPO, articles=hostile / "articles")
    result = run_catalog(catalog, engine)
    assert result.holds, [outcome.judgement.summary for outcome in result.failures]
    with serve(build_site(result, folder)) as running:
        yield running


@pytest.fixture(scope="session")
def forged_server(chromium: "Browser", tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The site of ``tests/forged.py``'s hostile runs (forged records, acting figures, names written in
    markup), run by their own engine, built and served."""
    folder = tmp_path_factory.mktemp("forged-site")
    write_catalog(folder / "snippets")
    with Engine(EngineSettings(timeout=60, sandbox=SANDBOX)) as engine:
        result = run_catalog(discover(folder / "snippets", base=folder), engine)
    with serve(build_site(result, folder)) as running:
        yield running


@pytest.fixture
def tabs(chromium: "Browser") -> Iterator[Callable[..., Tab]]:
    """Opens guarded tabs (see ``Tab``) and closes them after the test."""
    opened: list[Tab] = []

    def opener(server: SiteServer, size: tuple[int, int], **options: Any) -> Tab:
        tab = open_tab(chromium, server.origin, size, **options)
        opened.append(tab)
        return tab

    yield opener
    for tab in opened:
        tab.context.close()


def _survey(chromium: "Browser", server: SiteServer, scheme: str) -> Survey:
    tab = open_tab(chromium, server.origin, DESKTOP, scheme=scheme)
    try:
        return survey_site(tab, server, DESKTOP, scheme)
    finally:
        tab.context.close()


@pytest.fixture(scope="session")
def light_survey(chromium: "Browser", server: SiteServer) -> Survey:
    """Every page of the real site loaded once at 1280x800 in the light scheme; several tests read it,
    so that a growing catalog costs one load per page rather than one per page and test."""
    return _survey(chromium, server, "light")


@pytest.fixture(scope="session")
def dark_survey(chromium: "Browser", server: SiteServer) -> Survey:
    """The same visit with the reader's system set to dark (Material then starts in its slate scheme)."""
    return _survey(chromium, server, "dark")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Screenshots for review go to test-artifacts/ (git-ignored), replaced on every run."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
