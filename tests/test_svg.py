"""Figures are published without anything that could run, and a real matplotlib figure keeps its drawing."""

import re

import pytest

from generator.execute.svg import MAX_DEPTH, UnsafeFigureError, safe_svg

HOSTILE = """<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
  <script>alert(2)</script>
  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
  <a xlink:href="javascript:alert(3)"><rect width="1" height="1" onclick="alert(4)"/></a>
  <use xlink:href="#glyph"/>
  <image xlink:href="data:image/png;base64,AAAA"/>
  <text>&lt;script&gt; stays text</text>
</svg>"""


def test_scripts_handlers_and_foreign_links_are_removed():
    cleaned = safe_svg(HOSTILE)
    for gone in ("alert(1)", "alert(2)", "foreignObject", "javascript:", "onclick", "onload", "<script"):
        assert gone not in cleaned
    assert 'xlink:href="#glyph"' in cleaned
    assert 'xlink:href="data:image/png;base64,AAAA"' in cleaned
    assert "&lt;script&gt; stays text" in cleaned


def test_a_real_matplotlib_figure_keeps_its_drawing():
    import io  # noqa: PLC0415

    import matplotlib  # noqa: PLC0415

    matplotlib.use("Agg")
    from matplotlib.figure import Figure  # noqa: PLC0415

    figure = Figure()
    figure.add_subplot().plot([1, 3, 2], label="curve")
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    original = buffer.getvalue()
    cleaned = safe_svg(original)
    assert cleaned.count("<path") == original.count("<path")
    assert cleaned.count('xlink:href="#') == original.count('xlink:href="#')


@pytest.mark.parametrize("text", ["not xml at all", "<html><body/></html>"])
def test_what_is_no_svg_is_refused(text):
    with pytest.raises(UnsafeFigureError):
        safe_svg(text)


def test_comments_stay_comments_and_the_document_keeps_its_declaration():
    cleaned = safe_svg('<svg xmlns="http://www.w3.org/2000/svg"><!-- <script>x</script> --><rect/></svg>')
    assert cleaned.startswith("<?xml version=")
    assert "<!-- <script>x</script> -->" in cleaned
    assert "<rect />" in cleaned


def test_a_refusal_says_what_the_document_was():
    with pytest.raises(UnsafeFigureError, match=r"the document is a <html>, not an <svg>"):
        safe_svg("<html><body/></html>")
    with pytest.raises(UnsafeFigureError, match=r"not a readable SVG document: "):
        safe_svg("<svg")


BYPASSES = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
  <style>@import url(http://tracker.invalid/a.css); rect { fill: red }</style>
  <style>rect { background: url(http://tracker.invalid/b.png) }</style>
  <a id="link" xlink:href="#ok"><set attributeName="href" to="javascript:alert(5)"/>
    <animate attributeName="xlink:href" values="javascript:alert(6)"/><rect width="5" height="5"/></a>
  <rect width="2" height="2" style="fill: blue; background:url(http://tracker.invalid/c.png)"/>
  <rect width="3" height="3" style="fill:u\\72l(http://tracker.invalid/d.png)"/>
  <rect width="4" height="4" fill="url(http://tracker.invalid/e.svg#x)"/>
  <use href="http://tracker.invalid/f.svg#g"/>
  <image xlink:href="http://tracker.invalid/g.png"/>
  <image href="data:image/svg+xml;base64,PHN2Zz4="/>
  <animateMotion/><animateTransform/><discard/><filter><feImage href="http://tracker.invalid/h"/></filter>
  <iframe src="http://tracker.invalid/i"/>
</svg>"""


def test_animations_style_imports_and_outside_addresses_are_gone():
    cleaned = safe_svg(BYPASSES)
    for gone in ("javascript", "tracker.invalid", "@import", "<set", "<animate", "animateMotion", "<a ",
                 "discard", "feImage", "iframe", "image/svg", "background", "\\72"):  # fmt: skip
        assert gone not in cleaned, gone
    assert cleaned.count("<rect") == 4  # the drawing stays, the link's content included
    assert 'style="fill: blue"' in cleaned
    assert (
        cleaned.count("<style />") == 2
    )  # a sheet with an at-rule is refused whole; the other had nothing left


def test_matplotlibs_own_style_sheet_and_clip_paths_are_kept():
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg"><defs><style type="text/css">*{stroke-linejoin: round; '
        'stroke-linecap: butt}</style><clipPath id="p1"><rect width="1" height="1"/></clipPath></defs>'
        '<path d="M 0 0 L 1 1" clip-path="url(#p1)" style="fill: none; stroke-dasharray: 3.7,1.6; '
        "font: 10px 'DejaVu Sans'\"/></svg>"
    )
    cleaned = safe_svg(svg)
    assert "* {stroke-linejoin: round; stroke-linecap: butt}" in cleaned
    assert 'clip-path="url(#p1)"' in cleaned
    assert "stroke-dasharray: 3.7,1.6; font: 10px 'DejaVu Sans'" in cleaned


def test_entities_and_deep_nesting_are_refused():
    with pytest.raises(UnsafeFigureError, match="entities"):
        safe_svg('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>')
    deep = '<svg xmlns="http://www.w3.org/2000/svg">' + "<g>" * 5000 + "</g>" * 5000 + "</svg>"
    with pytest.raises(UnsafeFigureError, match="nest"):
        safe_svg(deep)


def svg(body: str) -> str:
    return f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{body}</svg>'


def test_an_entity_declaration_is_refused_by_name():
    with pytest.raises(UnsafeFigureError, match=r"^the document declares entities$"):
        safe_svg('<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg"/>')


def test_elements_may_nest_exactly_as_deep_as_the_limit():
    """The <svg> itself is the first level: 63 groups inside it reach the limit, 64 pass it."""
    deepest = svg("<g>" * (MAX_DEPTH - 1) + "</g>" * (MAX_DEPTH - 1))
    assert safe_svg(deepest).count("<g") == MAX_DEPTH - 1
    with pytest.raises(UnsafeFigureError, match=f"^elements nest more than {MAX_DEPTH} deep$"):
        safe_svg(svg("<g>" * MAX_DEPTH + "</g>" * MAX_DEPTH))


def test_a_comment_does_not_end_the_cleaning_of_what_follows_or_precedes_it():
    cleaned = safe_svg(svg('<rect onclick="alert(1)"/><!-- c --><g><!-- d --><circle onload="x()"/></g>'))
    assert "onclick" not in cleaned
    assert "onload" not in cleaned
    assert "<!-- c -->" in cleaned


def test_a_links_content_takes_its_place_in_order():
    cleaned = safe_svg(
        svg('<rect id="a"/><a href="#x"><rect id="b"/><rect id="c"/><rect id="d"/></a><rect id="e"/>')
    )
    assert re.findall(r'id="(\w)"', cleaned) == ["a", "b", "c", "d", "e"]


def test_inline_image_data_is_kept_on_an_image_alone_and_a_local_reference_anywhere():
    png = "data:image/png;base64,AAAA"
    cleaned = safe_svg(
        svg(f'<use id="u" href="{png}"/><image id="i" href="{png}"/><image id="j" href="#u"/>')
    )
    assert '<use id="u" />' in cleaned, "a <use> may only point inside the file"
    assert f'<image id="i" href="{png}" />' in cleaned
    assert '<image id="j" href="#u" />' in cleaned


def test_xml_space_keeps_only_its_two_meanings():
    cleaned = safe_svg(
        svg(
            '<text id="p" xml:space="preserve"> a </text><text id="d" xml:space="default">b</text>'
            '<text id="x" xml:space="javascript:x">c</text>'
        )
    )
    assert '<text id="p" xml:space="preserve"> a </text>' in cleaned
    assert '<text id="d" xml:space="default">b</text>' in cleaned
    assert '<text id="x">c</text>' in cleaned


def test_a_url_spelled_around_a_local_reference_is_still_refused():
    cleaned = safe_svg(svg('<rect id="r" fill="uurl(#a)rl(http://tracker.invalid/x)" stroke="url(#a)"/>'))
    assert '<rect id="r" stroke="url(#a)" />' in cleaned


@pytest.mark.parametrize(
    ("style", "kept"),
    [
        (
            "fill: rgb(1, 2, 3); stroke: HSLA(1, 2%, 3%, 0.5)",
            'style="fill: rgb(1, 2, 3); stroke: HSLA(1, 2%, 3%, 0.5)"',
        ),
        ("fill: url(#gradient)", 'style="fill: url(#gradient)"'),
        ("fill: expression(alert(1))", None),
        ("fill: calc(1px)", None),
        ("fill: \\72 ed", None),
        ("font-family: 'DejaVu Sans", None),
        ("fill: red !important", None),
        ("fill: red; font-family: 'Dejavu Sans'", "style=\"fill: red; font-family: 'Dejavu Sans'\""),
    ],
    ids=["colour-functions", "local-url", "expression", "calc", "escape", "open-quote", "important", "two"],
)
def test_a_style_keeps_plain_values_and_the_colour_and_reference_functions_alone(style, kept):
    cleaned = safe_svg(svg(f'<rect style="{style}"/>'))
    if kept is None:
        assert "<rect />" in cleaned
    else:
        assert f"<rect {kept} />" in cleaned


def test_a_style_sheet_keeps_its_rules_one_a_line_and_any_stray_text_refuses_it_whole():
    kept = safe_svg(svg("<style>rect {fill: red} circle {stroke: blue; onclick: x}</style>"))
    assert "<style>rect {fill: red}\ncircle {stroke: blue}</style>" in kept
    assert "<style />" in safe_svg(svg("<style>@x{}rect {fill: red}</style>"))
    assert "<style />" in safe_svg(svg("<style>rect {fill: red} @</style>"))
