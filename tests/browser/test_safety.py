"""The site is safe to open: no console errors, nothing requested from another origin (it works
offline and tells no third party who reads it), and printed HTML and raw HTML in prose shown as
text, never run.
"""

from typing import Any

import pytest

from browser.support import DESKTOP, SiteServer, Survey, pairs_document

pytestmark = pytest.mark.browser

NO_SCRIPTS_RAN = """() => {
  window.np2tAlerts = [];
  for (const name of ['alert', 'confirm', 'prompt']) {
    window[name] = message => { window.np2tAlerts.push(String(message)); };
  }
}"""


def test_no_page_logs_an_error_or_asks_another_origin(
    server: SiteServer, light_survey: Survey, dark_survey: Survey
) -> None:
    """Every page, loaded until the network is idle (search index and worker included), in each scheme."""
    pages = sorted(path.name for path in server.root.glob("*.html"))
    assert "index.html" in pages
    for survey in (light_survey, dark_survey):
        assert sorted(survey.pages) == pages
        assert not survey.problems, "\n".join(survey.problems)


def test_the_request_guard_sees_and_stops_other_origins(server: SiteServer, tabs: Any) -> None:
    """The guard behind the other tests works: a request elsewhere is recorded and never sent."""
    tab = tabs(server, DESKTOP)
    tab.goto(server.url("index.html"))
    outcome = tab.page.evaluate(
        "() => fetch('http://example.invalid/track.gif').then(() => 'sent', () => 'blocked')"
    )
    assert outcome == "blocked"
    assert tab.foreign_requests == ["http://example.invalid/track.gif"]


def test_printed_html_is_shown_as_text_and_never_run(fixture_server: SiteServer, tabs: Any) -> None:
    pair = next(
        p
        for p in pairs_document(fixture_server.root)["pairs"]
        if any("<script>" in (p[side]["stdout"] or "") for side in ("numpy", "torch"))
    )
    printed = next(
        line
        for side in ("numpy", "torch")
        for line in pair[side]["stdout"].splitlines()
        if "<script>" in line
    )
    tab = tabs(fixture_server, DESKTOP)
    dialogs: list[str] = []
    tab.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.page.add_init_script(f"({NO_SCRIPTS_RAN})()")
    tab.goto(fixture_server.url(pair["url"]))

    outputs = tab.page.locator(".np2t-output pre > code")
    assert any(printed in text for text in outputs.all_inner_texts())
    injected = tab.page.evaluate(
        "() => document.querySelectorAll('.md-content script, .np2t-output b, .np2t-output script').length"
    )
    assert injected == 0

    box = tab.page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("alert")
    tab.page.locator(".md-search-result__item").first.wait_for()
    assert tab.page.evaluate("() => document.querySelectorAll('.md-search-result script').length") == 0

    assert tab.page.evaluate("() => window.np2tAlerts") == []
    assert dialogs == []
    assert not tab.problems()


def test_html_written_in_prose_is_shown_as_text_and_never_run(hostile_server: SiteServer, tabs: Any) -> None:
    """Every page of a site whose titles, intros, docstrings, notes, difference and article carry
    ``<script>np2tInjected(...)</script>``, ``<b>`` and ``onerror`` handlers: none runs, in the
    pages or in the search results, and the text is there to read."""
    tab = tabs(hostile_server, DESKTOP)
    calls: list[str] = []
    tab.page.expose_function("np2tInjected", lambda where: calls.append(str(where)))
    tab.page.on("dialog", lambda dialog: (calls.append(dialog.message), dialog.dismiss()))
    pages = sorted(p.relative_to(hostile_server.root).as_posix() for p in hostile_server.root.rglob("*.html"))
    assert {
        "prose.html",
        "articles/hostile.html",
        "pairs/prose/hostile.html",
        "embed/prose/hostile.html",
    } <= set(pages)
    for page in pages:
        tab.goto(hostile_server.url(page))
        prose_markup = tab.page.evaluate(
            "() => document.querySelectorAll('b, .md-content img:not(.np2t-figure img)').length"
            " + [...document.scripts].filter(script => script.text.includes('np2tInjected')).length"
        )
        assert prose_markup == 0, page
    tab.goto(hostile_server.url("prose.html"))
    assert "<script>np2tInjected('docstring')</script>" in tab.page.locator(".md-content").inner_text()

    box = tab.page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("np2tInjected")
    tab.page.locator(".md-search-result__item").first.wait_for()
    assert (
        tab.page.evaluate(
            "() => document.querySelectorAll('.md-search-result script, .md-search-result b').length"
        )
        == 0
    )

    assert calls == []
    assert not tab.problems()


def test_a_hostile_build_runs_nothing_and_asks_no_other_host(forged_server: SiteServer, tabs: Any) -> None:
    """The API index, the pair pages and a published figure of runs that forged their records, drew
    figures with animated links and style imports, and named their types in markup: opened in
    Chromium, none of them opens a dialog, calls the injected function or requests another origin."""
    tab = tabs(forged_server, DESKTOP)
    calls: list[str] = []
    tab.page.expose_function("np2tInjected", lambda where: calls.append(str(where)))
    tab.page.on("dialog", lambda dialog: (calls.append(dialog.message), dialog.dismiss()))
    figure = "figures/runs/acting-figure/numpy-1.svg"
    pages = [
        "api.html",
        "runs.html",
        "pairs/runs/named-with-markup.html",
        "pairs/runs/acting-figure.html",
        figure,
    ]
    for page in pages:
        tab.goto(forged_server.url(page))
        tab.page.wait_for_load_state("networkidle")
    tab.goto(forged_server.url(figure))
    tab.page.mouse.click(5, 5)  # the figure's former link, animated to javascript:, is no link any more
    tab.page.wait_for_timeout(300)
    assert calls == []
    assert tab.foreign_requests == []
    assert not tab.problems()
