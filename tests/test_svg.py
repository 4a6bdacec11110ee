"""Figures are published without anything that could run, and a real matplotlib figure keeps its drawing."""

import pytest

from generator.execute.svg import UnsafeFigureError, safe_svg

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
