"""What a reader does with the site: search, permalinks, copy buttons, the palette toggle, the footer,
the 404 page and instant loading, each driven through the real user interface in Chromium.
"""

from typing import Any

import pytest

from browser.support import (
    BADGE_COLOURS,
    DESKTOP,
    SiteServer,
    Survey,
    Tab,
    badge_contrasts,
    name_used_by_one_pair,
    pairs_document,
    pairs_on,
    parse_colour,
    relative_luminance,
    section_pages,
)

pytestmark = pytest.mark.browser

HEADING_TOP = "anchor => document.getElementById(anchor).getBoundingClientRect().top"


def search(tab: Tab, text: str) -> None:
    """Type into the header's search box, key by key, as a reader does."""
    box = tab.page.locator("input.md-search__input")
    box.click()
    box.press_sequentially(text)


def open_result(tab: Tab, page: str, anchor: str) -> None:
    """Click the search result that leads to ``page#anchor``, unfolding "more on this page" if needed."""
    link = tab.page.locator(f'.md-search-result a[href*="{page}"][href$="#{anchor}"]').first
    link.wait_for(state="attached")
    if not link.is_visible():
        link.locator("xpath=ancestor::details[1]/summary").click()
    link.click()


def assert_scrolled_to(tab: Tab, anchor: str) -> None:
    """The heading ``anchor`` is at the top of the viewport, below the header."""
    tab.page.wait_for_function(
        "anchor => { const top = document.getElementById(anchor).getBoundingClientRect().top;"
        " return top >= 0 && top < innerHeight / 4; }",
        arg=anchor,
    )
    assert tab.page.evaluate("() => scrollY") > 0
    assert tab.page.evaluate("() => location.hash") == f"#{anchor}"


def test_search_finds_a_pair_by_a_function_only_its_code_uses(server: SiteServer, tabs: Any) -> None:
    pair, name = name_used_by_one_pair(list(pairs_document(server.root)["pairs"]))
    page, anchor = pair["url"].split("#", 1)
    tab = tabs(server, DESKTOP)
    tab.goto(server.url("index.html"))
    search(tab, name)
    open_result(tab, page, anchor)
    tab.page.wait_for_url(f"**/{page}*#{anchor}")
    assert_scrolled_to(tab, anchor)
    assert not tab.problems()


def test_search_finds_a_pair_by_its_title(server: SiteServer, tabs: Any) -> None:
    pair = pairs_on(server.root, "walkthrough.html")[-1]
    page, anchor = pair["url"].split("#", 1)
    tab = tabs(server, DESKTOP)
    tab.goto(server.url("index.html"))
    search(tab, pair["title"])
    open_result(tab, page, anchor)
    tab.page.wait_for_url(f"**/{page}*#{anchor}")
    assert_scrolled_to(tab, anchor)
    assert not tab.problems()


def test_a_permalink_scrolls_to_its_pair(server: SiteServer, tabs: Any) -> None:
    pairs = pairs_on(server.root, "walkthrough.html")
    last, other = pairs[-1]["url"].split("#", 1)[1], pairs[len(pairs) // 2]["url"].split("#", 1)[1]
    tab = tabs(server, DESKTOP)
    tab.goto(server.url(f"walkthrough.html#{last}"))
    assert_scrolled_to(tab, last)

    tab.goto(server.url("walkthrough.html"))
    assert tab.page.evaluate(HEADING_TOP, other) > DESKTOP[1]
    permalink = tab.page.locator(f"h2#{other} a.headerlink")
    assert permalink.evaluate("link => link.hash") == f"#{other}"
    permalink.click()
    assert_scrolled_to(tab, other)
    assert not tab.problems()


def test_every_code_block_has_a_copy_button(server: SiteServer, light_survey: Survey) -> None:
    for page in section_pages(server.root):
        facts = light_survey.pages[page]
        assert facts["codeBlocks"] > 0, page
        assert facts["copyButtons"] == facts["codeBlocks"], page


def test_the_copy_button_copies_the_code(server: SiteServer, tabs: Any) -> None:
    pair = pairs_on(server.root, "walkthrough.html")[0]
    anchor = pair["url"].split("#", 1)[1]
    tab = tabs(server, DESKTOP, permissions=("clipboard-read", "clipboard-write"))
    tab.goto(server.url(pair["url"]))
    for side in ("numpy", "torch"):
        block = tab.page.locator(f"h2#{anchor} ~ .np2t-pair .np2t-side--{side} > .highlight").first
        block.hover()
        block.locator('button[data-md-type="copy"]').click()
        copied = tab.page.evaluate("() => navigator.clipboard.readText()")
        assert copied.rstrip("\n") == pair[side]["code"].rstrip("\n")
    assert not tab.problems()


def test_the_dark_mode_toggle_switches_the_scheme_and_badges_stay_legible(
    server: SiteServer, tabs: Any
) -> None:
    tab = tabs(server, DESKTOP, scheme="light")
    tab.goto(server.url("walkthrough.html"))
    body_background = "() => getComputedStyle(document.body).backgroundColor"
    scheme = "() => document.body.getAttribute('data-md-color-scheme')"
    assert tab.page.evaluate(scheme) == "default"
    assert relative_luminance(parse_colour(tab.page.evaluate(body_background))) > 0.8
    light = badge_contrasts(tab.page.evaluate(BADGE_COLOURS))
    assert light
    assert min(ratio for ratio, _ in light) >= 4.5, min(light, key=lambda found: found[0])

    toggle = tab.page.locator('label[for="__palette_1"]')
    assert toggle.is_visible()
    toggle.click()
    tab.page.wait_for_function(f"() => ({scheme})() === 'slate'")
    assert relative_luminance(parse_colour(tab.page.evaluate(body_background))) < 0.1
    dark = badge_contrasts(tab.page.evaluate(BADGE_COLOURS))
    assert min(ratio for ratio, _ in dark) >= 4.5, min(dark, key=lambda found: found[0])
    assert {found["colour"] for _, found in dark} != {found["colour"] for _, found in light}

    tab.goto(server.url("index.html"))
    assert tab.page.evaluate(scheme) == "slate", "the chosen scheme should last across pages"
    tab.page.locator('label[for="__palette_0"]').click()
    tab.page.wait_for_function(f"() => ({scheme})() === 'default'")
    assert not tab.problems()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_badges_are_legible_on_every_page(
    light_survey: Survey, dark_survey: Survey, fixture_server: SiteServer, tabs: Any, scheme: str
) -> None:
    """Every page of the real site, and of the fixture site, whose pairs have every kind of verdict,
    including pairs that do not hold; the scheme comes from the reader's system preference."""
    badges = [
        (page, badge)
        for page, facts in (light_survey if scheme == "light" else dark_survey).pages.items()
        for badge in facts["badges"]
    ]
    tab = tabs(fixture_server, DESKTOP, scheme=scheme)
    for path in sorted(fixture_server.root.glob("*.html")):
        tab.goto(fixture_server.url(path.name))
        badges += [(f"fixture {path.name}", badge) for badge in tab.page.evaluate(BADGE_COLOURS)]
    assert not tab.problems()
    kinds: set[str] = set()
    for page, badge in badges:
        ((ratio, _),) = badge_contrasts([badge])
        assert ratio >= 4.5, (page, scheme, badge)
        kinds.update(name for name in badge["badge"].split() if "--" in name)
    for verdict in ("equal", "both-raise", "differs", "mismatch"):
        assert f"np2t-verdict--{verdict}" in kinds
    assert "np2t-verdict--broken" in kinds


def test_the_footer_gives_the_build_date_and_versions(server: SiteServer, tabs: Any) -> None:
    document = pairs_document(server.root)
    tab = tabs(server, DESKTOP)
    for page in ("index.html", section_pages(server.root)[0]):
        tab.goto(server.url(page))
        footer = tab.page.locator("footer .md-copyright").inner_text()
        assert document["generated"] in footer
        for library in ("python", "numpy", "torch"):
            assert document["versions"][library] in footer
    assert not tab.problems()


def test_an_unknown_address_gets_the_404_page(server: SiteServer, tabs: Any) -> None:
    missing = server.url("no/such/page.html")
    tab = tabs(server, DESKTOP, expect_missing=lambda url: url == missing)
    response = tab.goto(missing)
    assert response is not None
    assert response.status == 404
    assert tab.page.locator("h1").inner_text() == "Page not found"
    header = tab.page.evaluate("() => getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    assert parse_colour(header)[3] == 1, "the 404 page should be styled by the site's own stylesheets"
    tab.page.locator(".md-content a", has_text="home page").click()
    tab.page.wait_for_url(server.url("index.html"))
    assert not tab.problems()


def test_instant_loading_replaces_the_page_in_place(fixture_server: SiteServer, tabs: Any) -> None:
    """Following a link keeps the document (no full reload), and a page with pairs gets its layout."""
    section = section_pages(fixture_server.root)[0]
    tab = tabs(fixture_server, DESKTOP)
    tab.goto(fixture_server.url("index.html"))
    assert (
        tab.page.evaluate("() => document.querySelector('.md-sidebar--primary').getBoundingClientRect().left")
        >= 0
    )
    # Material intercepts a link only once it has fetched the sitemap, which lists the site's own
    # pages; a click before that is an ordinary navigation, so the test clicks once it is in.
    tab.page.wait_for_load_state("networkidle")
    tab.page.evaluate("() => { window.np2tMarker = 'still here'; }")
    tab.page.locator(f'.md-sidebar--primary a.md-nav__link[href$="/{section}"]').first.click()
    tab.page.wait_for_url(fixture_server.url(section))
    tab.page.wait_for_selector(".np2t-pair")
    assert tab.page.evaluate("() => window.np2tMarker") == "still here"
    tab.page.wait_for_function(
        "() => document.querySelector('.md-sidebar--primary').getBoundingClientRect().right <= 0"
    )
    assert not tab.problems()
