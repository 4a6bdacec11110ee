"""Author prose is Markdown, never HTML: ``prose`` and ``prose_line`` rendered as the site renders them.

Each hostile piece of prose is rendered by Python-Markdown with the site's extensions: nothing in
the HTML may run or style (``live_markup``), and what the author typed shows as text. Benign
Markdown, the whole catalog's prose included, renders exactly as it did without the filters.
"""

import html
import re

import pytest
from conftest import REPO, SNIPPETS
from htmlscan import live_markup, to_html

from generator.discover.catalog import discover
from generator.site.inert import nav_title, prose, prose_line

HOSTILE = {
    "script": "Before <script>alert(1)</script> after.",
    "img onerror": 'An <img src=x onerror="alert(1)"> image.',
    "bold": "Some <b>bold</b> text.",
    "comment and entity": "<!-- hidden --> &#60;b&#62;x&#60;/b&#62; and &lt;i&gt;",
    "html block": "Para.\n\n<div>\n<script>alert(1)</script>\n</div>\n\nMore.",
    "backslash before a tag": "a \\<b>x</b> and \\\\<i>y</i>",
    "attribute list": '*a*{ onclick="alert(1)" } and a paragraph\n{: onclick="alert(1)" }',
    "escaped braces": "*a*\\{ onclick=alert(1) \\}",
    "javascript link": "[a](javascript:alert(1)) [b](JavaScript: alert(1)) [c](vbscript:x)",
    "script scheme split by a line break": "[a](java\nscript:alert(1))",
    "script scheme split by code": "[a](java`script`:alert(1)) [b](`javascript:alert(1)`)",
    "script scheme split by a Markdown mark": "[a](java\x02script:alert(1))",
    "reference link": "[a][r]\n\n[r]: javascript:alert(1)",
    "fence title": '```python title="<img src=x onerror=alert(1)>"\nx = 1\n```',
    "code span over lines": "a `x\n<div><b>y</b></div>\nz` b",
    "code span over a carriage return": "a `x\r<div><script>alert(1)</script></div>` b",
    "stray backticks": "` <b>x</b> ``y`` ` and \\`<i>z</i>`",
    "admonition title": '!!! note "<b>x</b>"\n    <i>body</i>',
    "table": "| a | b |\n| --- | --- |\n| `x|<b>y</b>` | <i>z</i> |",
    "unclosed fence": "```\n<script>alert(1)</script>",
    "indented fence": "- item\n\n    ```\n    <b>x</b>\n    ```",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_prose_renders_nothing_live(text: str) -> None:
    rendered = to_html(prose(text))
    assert live_markup(rendered) == [], rendered


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_line_renders_nothing_live_in_a_heading_a_link_or_a_cell(text: str) -> None:
    line = prose_line(text)
    table = f"| [{line}](#anchor) | x |\n| --- | --- |\n| {line} | y |\n"
    rendered = to_html(f"## {line} {{ #anchor }}\n\n{table}")
    assert live_markup(rendered) == [], rendered
    assert rendered.count("<td>") == 2, "the line must stay inside its table cell"


def visible(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_raw_html_shows_as_typed() -> None:
    assert "Before <script>alert(1)</script> after." in visible(to_html(prose(HOSTILE["script"])))
    assert "<!-- hidden --> &#60;b&#62;" in visible(to_html(prose(HOSTILE["comment and entity"])))
    heading = to_html(f"# {prose_line('A title <b>bold</b> </title>')}")
    assert "A title <b>bold</b> </title>" in visible(heading)


def test_script_links_keep_their_text_and_are_no_links() -> None:
    rendered = to_html(prose(HOSTILE["javascript link"]))
    assert re.findall(r'href="([^"]*)"', rendered) == []
    assert "javascript" in visible(rendered)
    assert "javascript\\:alert(1)" in prose_line("see javascript:alert(1)")


def test_links_go_only_to_relative_and_web_addresses_and_images_come_only_from_the_site() -> None:
    """Any other scheme is text (its address shown as typed); an image from elsewhere is a plain link.

    A browser reads a backslash as a slash, so ``\\\\host/x.png`` is another host's image and
    ``\\x.png`` the site root's, as ``//host/x.png`` and ``/x.png`` are.
    """
    text = (
        "[docs](https://numpy.org/doc/) [pair](linalg.md#solve) [top](#top) [page](data:text/html,<b>x</b>) "
        "[file](file:///etc/passwd) [broken](da\nta:text/html,x) [mail](mailto:a@b.c) [angle](<data:x>)\n\n"
        "![plot](figures/plot.png) ![pixel](https://tracker.invalid/p.png) ![root](/etc/x.png) ![ref][px]\n\n"
        "![host](\\\\\\\\tracker.invalid/b.png) ![back](\\\\etc/y.png)\n\n"
        "[px]: https://tracker.invalid/q.png\n[d]: data:text/html,x\n\nSee [it][d]."
    )
    rendered = to_html(prose(text))
    assert re.findall(r'href="([^"]*)"', rendered) == [
        "https://numpy.org/doc/",
        "linalg.md#solve",
        "#top",
        "https://tracker.invalid/p.png",
        "/etc/x.png",
        "https://tracker.invalid/q.png",
        "\\\\tracker.invalid/b.png",
        "\\etc/y.png",
    ]
    assert re.findall(r'src="([^"]*)"', rendered) == ["figures/plot.png"]
    assert "[page](data:text/html,<b>x</b>)" in visible(rendered)
    assert "[it][d]" in visible(rendered)


def test_code_keeps_its_text() -> None:
    rendered = to_html(prose("Use `x < y & z` here.\n\n```python\nif a < b:\n    pass\n```"))
    assert "<code>x &lt; y &amp; z</code>" in rendered
    assert "if a &lt; b" in visible(rendered).replace("<", "&lt;")
    joined = to_html(prose("a `x\n<div>y</div>` b"))
    assert "<code>x &lt;div&gt;y&lt;/div&gt;</code>" in joined


BENIGN = (
    "*Emphasis*, **strong**, `code < 1`, ``a ` b`` and a [link](other.md#anchor) to [a site](https://example.org).",
    "Paragraph one.\n\nParagraph two with `np.std(x, ddof=1)`.",
    "- one\n- two `x[1:3]`\n\n1. first\n2. second",
    "| NumPy | PyTorch |\n| --- | --- |\n| `np.concat` | `torch.cat` |",
    "Text, then a fence:\n\n```python\nx = np.array([1, 2])  # x < 3\n```\n\nand after.",
    "The operators &, |, ^ and ~; min > max.",
)


def reading(markup: str) -> str:
    """HTML as a reader sees it: runs of white space are one space, except inside ``<pre>``.

    A code span that the filter joins onto one line differs from the original only there.
    """
    return re.sub(r"(<pre.*?</pre>)|\s+", lambda match: match[1] or " ", markup, flags=re.DOTALL)


@pytest.mark.parametrize("text", BENIGN)
def test_markdown_renders_as_it_would_without_the_filter(text: str) -> None:
    assert reading(to_html(prose(text))) == reading(to_html(text))


def test_the_catalogs_prose_renders_as_it_would_without_the_filters() -> None:
    """Every docstring, title, difference, intro and article of the real catalog: the filters change
    nothing a reader sees, so they cost the catalog nothing."""
    catalog = discover(SNIPPETS, base=REPO, articles=REPO / "articles")
    blocks = [s.meta.intro for s in catalog.sections] + [
        snippet.docstring for pair in catalog.pairs for snippet in pair.snippets
    ]
    blocks += [part for article in catalog.articles for part in article.parts if isinstance(part, str)]
    lines = [s.meta.title for s in catalog.sections] + [a.title for a in catalog.articles]
    lines += [text for p in catalog.pairs if p.meta for text in (p.meta.title, p.meta.difference) if text]
    assert len(blocks) > 500
    assert len(lines) > 500
    changed = [text for text in blocks if reading(to_html(prose(text))) != reading(to_html(text))]
    changed += [text for text in lines if reading(to_html(prose_line(text))) != reading(to_html(text))]
    assert changed == []


def test_a_line_escapes_what_would_end_its_link_or_cell() -> None:
    assert str(prose_line("a](javascript:x) [b | c\nd\\")) == "a\\](javascript\\:x) \\[b \\| c d\\\\"
    assert str(prose_line("`a|b` [c]")) == "`a|b` \\[c\\]"


def test_navigation_titles_are_escaped_for_the_theme() -> None:
    assert nav_title("</title><b>x</b> & y") == "&lt;/title&gt;&lt;b&gt;x&lt;/b&gt; &amp; y"


AUTHOR_TEXT = {"title", "difference", "intro", "description", "note"}


def test_every_template_passes_author_text_through_the_prose_filters() -> None:
    """No filter that trusts text is left, and ``cell`` (pipes only, for generated text) never gets
    author text: a title, a difference, an intro, a description or a note."""
    templates = REPO / "site_templates"
    filtered = [
        (path.name, value, name)
        for path in sorted(templates.glob("*.j2"))
        for value, name in re.findall(r"([\w.]+)\s*\|\s*(\w+)", path.read_text(encoding="utf-8"))
    ]
    assert [entry for entry in filtered if entry[2] in {"safe", "md"}] == []
    cells = [(page, value) for page, value, name in filtered if name == "cell"]
    assert [cell for cell in cells if cell[1].split(".")[-1] in AUTHOR_TEXT] == []
    assert ("section.md.j2", "section.intro", "prose") in filtered
