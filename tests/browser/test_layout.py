"""Layout of the pages with pairs, measured in Chromium at desktop, wide, large and phone widths.

A pair reads as two columns, NumPy on the left: at 1280 px they stand side by side, code blocks
level; at 390 px they stack. Nothing widens the page: long lines scroll inside their own block.
At 1440 px an 80-character line fits each column.
"""

import struct
from pathlib import Path
from typing import Any

import pytest

from browser.support import (
    DESKTOP,
    LARGE,
    MEASURE_PAIRS,
    PAGE_OVERFLOW,
    PHONE,
    WIDE,
    SiteServer,
    Survey,
    Tab,
    contrast_ratio,
    pairs_on,
    section_pages,
)

pytestmark = pytest.mark.browser

# Every code or output block of the pairs, refilled with an 80-character line: does it still fit?
# (All blocks are written first and measured after, so the page is laid out once, not per block.)
EIGHTY_COLUMNS = """() => {
  const codes = [...document.querySelectorAll('.np2t-pair pre > code')];
  for (const code of codes) code.textContent = '0'.repeat(80);
  return codes.map(code => {
    const style = getComputedStyle(code);
    const line = document.createRange();
    line.selectNodeContents(code);
    const perCharacter = line.getBoundingClientRect().width / 80;
    const room = code.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return {
      fits: code.scrollWidth <= code.clientWidth,
      columns: room / perCharacter,
      fontSize: parseFloat(style.fontSize),
    };
  });
}"""

SIDEBAR = """() => {
  const sidebar = document.querySelector('.md-sidebar--primary');
  const box = sidebar.getBoundingClientRect();
  const menu = document.querySelector('label.md-header__button[for="__drawer"]');
  return {
    left: box.left,
    right: box.right,
    menuVisible: !!menu && getComputedStyle(menu).display !== 'none',
    links: [...sidebar.querySelectorAll('a.md-nav__link')].map(a => a.href),
  };
}"""


def page_overflow(tab: Tab) -> int:
    """How many pixels the page is wider than the viewport (0 when it has no horizontal scrollbar)."""
    return tab.page.evaluate(PAGE_OVERFLOW)


def test_columns_stand_side_by_side_at_1280(light_survey: Survey) -> None:
    problems: list[str] = []
    measured = 0
    for page, facts in light_survey.pages.items():
        if facts["overflow"]:
            problems.append(f"{page}: the page scrolls sideways by {facts['overflow']} px")
        small = [size for size in facts["codeFontSizes"] if size < 12]
        if small:
            problems.append(f"{page}: {len(small)} code blocks below 12 px ({min(small)} px)")
        for pair in facts["pairs"]:
            numpy, torch = pair["numpy"], pair["torch"]
            if numpy is None or torch is None:
                continue  # a malformed pair has one column; the build reports it
            measured += 1
            where = f"{page}#{pair['id']}"
            if abs(numpy["top"] - torch["top"]) > 1:
                problems.append(f"{where}: columns start at {numpy['top']} and {torch['top']}")
            if not numpy["right"] <= torch["left"] + 0.5:
                problems.append(f"{where}: NumPy column {numpy} is not left of PyTorch {torch}")
            numpy_code, torch_code = pair["numpyCode"], pair["torchCode"]
            if not (numpy_code and torch_code and abs(numpy_code["top"] - torch_code["top"]) <= 1):
                problems.append(f"{where}: code blocks not level: {numpy_code} and {torch_code}")
    assert measured > 0
    assert not problems, "\n".join(problems)


def test_columns_stack_at_390_without_overflow(server: SiteServer, tabs: Any) -> None:
    tab = tabs(server, PHONE)
    width = PHONE[0]
    problems: list[str] = []
    measured = 0
    for page in section_pages(server.root):
        tab.goto(server.url(page))
        if overflow := page_overflow(tab):
            problems.append(f"{page}: the page scrolls sideways by {overflow} px")
        for pair in tab.page.evaluate(MEASURE_PAIRS):
            numpy, torch = pair["numpy"], pair["torch"]
            if numpy is None or torch is None:
                continue
            measured += 1
            where = f"{page}#{pair['id']}"
            if not numpy["bottom"] <= torch["top"] + 0.5:
                problems.append(f"{where}: PyTorch column does not start below the NumPy column")
            for name, box in (("NumPy", numpy), ("PyTorch", torch)):
                if box["left"] < 0 or box["right"] > width + 0.5:
                    problems.append(f"{where}: {name} column {box} leaves the {width} px viewport")
    assert measured > 0
    assert not problems, "\n".join(problems)
    assert not tab.problems()


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["1280", "390"])
def test_long_lines_scroll_inside_their_block(
    layout_server: SiteServer, tabs: Any, size: tuple[int, int]
) -> None:
    tab = tabs(layout_server, size)
    tab.goto(layout_server.url(section_pages(layout_server.root)[0]))
    blocks = tab.page.evaluate(
        """() => [...document.querySelectorAll('.md-content pre > code')]
          .filter(code => code.scrollWidth > code.clientWidth + 1)
          .map(code => ({
            overflowX: getComputedStyle(code).overflowX,
            right: code.getBoundingClientRect().right,
            columnRight: (code.closest('.np2t-side') || code.closest('.md-content__inner'))
              .getBoundingClientRect().right,
          }))"""
    )
    assert len(blocks) >= 4, "the fixture's long code and output lines should overflow their blocks"
    for block in blocks:
        assert block["overflowX"] in {"auto", "scroll"}
        assert block["right"] <= block["columnRight"] + 0.5
        assert block["right"] <= size[0]
    assert page_overflow(tab) == 0
    assert not tab.problems()


def test_code_blocks_start_level_when_only_one_side_has_a_note(layout_server: SiteServer, tabs: Any) -> None:
    tab = tabs(layout_server, DESKTOP)
    tab.goto(layout_server.url(section_pages(layout_server.root)[0]))
    notes = tab.page.evaluate(
        """() => [...document.querySelectorAll('.np2t-side__note')].map(note => ({
          side: note.closest('.np2t-side').className,
          height: note.getBoundingClientRect().height,
        }))"""
    )
    assert notes, "the layout fixture should show a note above one PyTorch column"
    for note in notes:
        assert "np2t-side--torch" in note["side"]
        assert note["height"] > 40
    measured = tab.page.evaluate(MEASURE_PAIRS)
    assert measured
    for found in measured:
        assert abs(found["numpy"]["top"] - found["torch"]["top"]) <= 1, found
        assert abs(found["numpyCode"]["top"] - found["torchCode"]["top"]) <= 1, found
    assert not tab.problems()


def test_an_80_character_line_fits_each_column_at_1440(server: SiteServer, tabs: Any) -> None:
    tab = tabs(server, WIDE)
    narrowest: list[float] = []
    for page in section_pages(server.root):
        tab.goto(server.url(page))
        blocks = tab.page.evaluate(EIGHTY_COLUMNS)
        assert blocks, page
        misfits = [block for block in blocks if not block["fits"]]
        assert not misfits, f"{page}: {len(misfits)} blocks scroll an 80-character line: {misfits[:3]}"
        assert min(block["fontSize"] for block in blocks) >= 12
        narrowest.append(min(block["columns"] for block in blocks))
    assert min(narrowest) >= 80
    assert not tab.problems()


def test_pages_with_pairs_open_the_navigation_as_a_drawer_at_1440(server: SiteServer, tabs: Any) -> None:
    """Where two 80-column blocks leave no room for the navigation, the header's menu button opens it,
    with every section and, under the current page, each of its pairs."""
    tab = tabs(server, WIDE)
    page = "walkthrough.html"
    tab.goto(server.url(page))
    closed = tab.page.evaluate(SIDEBAR)
    assert closed["right"] <= 0, "the navigation should be off-screen until the menu button opens it"
    assert closed["menuVisible"]
    tab.page.locator('label.md-header__button[for="__drawer"]').click()
    tab.page.wait_for_function(
        "() => document.querySelector('.md-sidebar--primary').getBoundingClientRect().left >= 0"
    )
    opened = tab.page.evaluate(SIDEBAR)
    anchors = {server.url(pair["url"]) for pair in pairs_on(server.root, page)}
    assert anchors <= set(opened["links"])
    assert {server.url(section) for section in section_pages(server.root)} <= set(opened["links"])
    assert not tab.problems()


def test_the_navigation_is_docked_where_there_is_room_for_it(server: SiteServer, tabs: Any) -> None:
    tab = tabs(server, LARGE)
    page = "walkthrough.html"
    tab.goto(server.url(page))
    sidebar = tab.page.evaluate(SIDEBAR)
    assert sidebar["left"] >= 0
    assert not sidebar["menuVisible"]
    anchors = {server.url(pair["url"]) for pair in pairs_on(server.root, page)}
    assert anchors <= set(sidebar["links"])
    blocks = tab.page.evaluate(EIGHTY_COLUMNS)
    assert all(block["fits"] for block in blocks)
    assert not tab.problems()


def test_outputs_and_errors_look_different_from_code_and_each_other(server: SiteServer, tabs: Any) -> None:
    for scheme in ("light", "dark"):
        tab = tabs(server, DESKTOP, scheme=scheme)
        tab.goto(server.url("walkthrough.html"))
        styles = tab.page.evaluate(
            """() => Object.fromEntries(Object.entries({
              code: '.np2t-side > .highlight pre > code',
              output: '.np2t-output pre > code',
              error: '.np2t-error pre > code',
            }).map(([kind, selector]) => {
              const element = document.querySelector(selector);
              const style = element && getComputedStyle(element);
              return [kind, style && {
                background: style.backgroundColor,
                rule: style.borderLeftColor,
                ruleWidth: parseFloat(style.borderLeftWidth),
                text: style.color,
              }];
            }))"""
        )
        code, output, error = styles["code"], styles["output"], styles["error"]
        assert code, styles
        assert output, f"the walkthrough should show printed output: {styles}"
        assert error, f"the walkthrough should show a raised error: {styles}"
        assert len({code["background"], output["background"], error["background"]}) == 3, (scheme, styles)
        assert output["ruleWidth"] > 0
        assert error["ruleWidth"] > 0
        assert code["ruleWidth"] == 0
        assert output["rule"] != error["rule"]
        for kind in (code, output, error):
            assert contrast_ratio(kind["text"], kind["background"]) >= 4.5, (scheme, kind)
        assert not tab.problems()


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_screenshots_of_a_section_page_for_review(server: SiteServer, tabs: Any, artifacts: Path) -> None:
    """Writes test-artifacts/section-<width>-<scheme>.png at a pair that shows output and an error."""
    target = next(
        pair["url"]
        for pair in pairs_on(server.root, "walkthrough.html")
        if any(pair[side]["error"] for side in ("numpy", "torch"))
    )
    written = []
    for size in (DESKTOP, WIDE, PHONE):
        for scheme in ("light", "dark"):
            tab = tabs(server, size, scheme=scheme)
            tab.goto(server.url(target))
            path = artifacts / f"section-{size[0]}-{scheme}.png"
            path.unlink(missing_ok=True)
            tab.page.screenshot(path=path, animations="disabled")
            assert png_size(path)[0] == size[0]
            written.append(path)
            assert not tab.problems()
    assert all(path.stat().st_size > 0 for path in written)


PAGE_KINDS = {
    "home": "index.html",
    "cheatsheet": "cheatsheet.html",
    "traps": "traps.html",
    "api": "api.html",
    "coverage": "coverage.html",
    "performance": "performance.html",
    "cite": "cite.html",
    "section": "walkthrough.html",
    "article": "articles/porting-a-neural-network.html",
    "pair": "pairs/walkthrough/vector-plus-matrix.html",
    "embed": "embed/walkthrough/vector-plus-matrix.html",
    "missing": "no-such-page.html",
}
"""One page of every kind the site has (the last one answers with the site's 404 page)."""


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_screenshots_of_every_page_kind_for_review(
    server: SiteServer, tabs: Any, artifacts: Path, kind: str
) -> None:
    """Writes test-artifacts/page-<kind>-<width>.png at desktop and phone widths, whole pages.

    The pictures are for a person to look at; what the test checks is that each page loads without
    a console error or a failed request and is as wide as the window (nothing pushes it wider).
    """
    address = server.url(PAGE_KINDS[kind])
    for size in (DESKTOP, PHONE):
        tab = tabs(server, size, expect_missing=lambda url: kind == "missing" and url == address)
        tab.goto(address)
        overflow = tab.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{kind} at {size[0]} px is {overflow} px wider than the window"
        path = artifacts / f"page-{kind}-{size[0]}.png"
        path.unlink(missing_ok=True)
        tab.page.screenshot(path=path, full_page=True, animations="disabled")
        assert png_size(path)[0] == size[0]
        assert not tab.problems()
