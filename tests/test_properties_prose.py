"""Properties of inert prose: whatever a contributor writes, the page gets Markdown and never live HTML.

Text is drawn from the pieces that make Markdown and HTML live (tags, comments, entities,
attribute lists, script schemes split every way, backtick runs, fences, pipes, brackets, Python-
Markdown's placeholder marks, carriage returns) mixed with plain characters, passed through
``prose`` or ``prose_line`` and rendered by Python-Markdown with the site's own extensions. The
HTML may hold only the elements and attributes that Markdown itself makes, with no script URL;
plain text shows exactly as typed; a line stays in its table cell; a fence keeps what ran.
"""

import html
import re
from html.parser import HTMLParser

from htmlscan import to_html
from hypothesis import example, given
from hypothesis import strategies as st

from generator.site.inert import fence, nav_title, prose, prose_line

MARKDOWN_ELEMENTS = {
    *("p", "em", "strong", "code", "pre", "a", "ul", "ol", "li", "blockquote", "hr", "br"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td"),
    *("div", "span", "abbr", "img"),
}
"""What Markdown and the site's extensions make: admonitions and highlighting are divs and spans."""
MARKDOWN_ATTRIBUTES = {"href", "title", "class", "id", "alt", "src", "start", "style"}
ALIGNMENT = re.compile(r"text-align: (left|right|center);")
SCRIPT_URL = re.compile(r"(javascript|vbscript|data):", re.IGNORECASE)

PIECES = [
    *(
        "<b>",
        "</b>",
        "<i>x</i>",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg/onload=x>",
    ),
    *("<!--", "-->", "&#60;", "&lt;", "&amp;", "&", ";", "<", ">", '"', "'", "=", "/"),
    *("javascript:", "JaVaScRiPt:", "vbscript:", "java\nscript:", "java`script`:", "java\x02script:"),
    *("`", "``", "```", "~~~", "```python", '```python title="<b>x</b>"', "\n", "\n\n", "\r", "\r\n"),
    *("    ", "\t", "[", "]", "(", ")", "![", "](", "]: ", "{", "}", "{: onclick=x }", "{ #id .c }"),
    *("*", "_", "|", "---", "!!! note", '!!! note "<b>x</b>"', "\\", "\x02", "\x03", "#", "> ", "- "),
    *("1. ", ":", "<div markdown=1>", "</div>", "onclick=", "*[HTML]: x", "x", " ", "a", "1"),
]
HOSTILE = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)
PLAIN = st.text(st.sampled_from("abcXYZ019 <>&;/=\"'{}:!?.,"), max_size=40)
"""Characters that are no Markdown syntax once ``prose`` has escaped them: they must show as typed."""
LINE_PLAIN = st.text(st.sampled_from("abcXYZ019 <>&;/=\"'{}:!?.,[]|"), max_size=40)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def live_parts(rendered: str) -> list[str]:
    """Every element, attribute or URL in ``rendered`` that Markdown alone would not have made."""
    parser = _Elements()
    parser.feed(rendered)
    parser.close()
    live = []
    for tag, attrs in parser.found:
        if tag not in MARKDOWN_ELEMENTS:
            live.append(f"<{tag}>")
        for name, value in attrs:
            if name not in MARKDOWN_ATTRIBUTES or (name == "style" and not ALIGNMENT.fullmatch(value or "")):
                live.append(f"{name}= on <{tag}>")
            if name in ("href", "src") and SCRIPT_URL.match(re.sub(r"[\x00-\x20]", "", value or "")):
                live.append(f"{name}={value!r}")
    return live


def visible(rendered: str) -> str:
    """The text a reader sees, whitespace runs as one space."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", rendered)).split())


@given(HOSTILE)
@example("<scr<script>ipt>")
@example("[a](java\r\nscript:alert(1))")
def test_prose_renders_only_what_markdown_makes(text):
    rendered = to_html(prose(text))
    assert live_parts(rendered) == [], rendered


@given(HOSTILE)
def test_a_line_renders_only_what_markdown_makes_and_stays_in_its_cell(text):
    line = prose_line(text)
    assert "\n" not in line
    table = f"| [{line}](#anchor) | x |\n| --- | --- |\n| {line} | y |\n"
    rendered = to_html(f"## {line} {{ #anchor }}\n\n{table}")
    assert live_parts(rendered) == [], rendered
    assert (rendered.count("<th>"), rendered.count("<td>")) == (2, 2), "each line stays in its own cell"


@given(PLAIN)
def test_plain_prose_shows_as_typed(text):
    text = f"Text {text}"  # not at a line's start, where ">" would open a quotation
    assert visible(to_html(prose(text))) == " ".join(text.split())


@given(LINE_PLAIN)
def test_a_plain_line_shows_as_typed_in_a_heading_and_a_cell(text):
    text = f"Text {text}"
    line = prose_line(text)
    heading = to_html(f"## {line}")
    assert visible(heading).removesuffix("¶").strip() == " ".join(text.split())
    cell = to_html(f"| a |\n| --- |\n| {line} |\n")
    assert visible(cell).removeprefix("a ").strip() == " ".join(text.split())


@given(st.text(st.sampled_from("abc <>&`*_[]|\\{}"), min_size=1, max_size=20), st.sampled_from([1, 2, 3]))
def test_code_spans_keep_their_text(code, ticks):
    """A span the author closes shows its code as typed (Markdown trims the spaces around it)."""
    run = "`" * ticks
    if run in code or code.startswith("`") or code.endswith("`") or not code.strip():
        return
    rendered = to_html(prose(f"see {run}{code}{run} here"))
    spans = [html.unescape(span) for span in re.findall(r"<code>(.*?)</code>", rendered, re.DOTALL)]
    assert spans == [code.strip()], rendered


def printed(text: str) -> str:
    """What a fence shows of ``text``: Python-Markdown drops its two placeholder marks, reads every
    line break as one and expands tabs, and a code block has no blank lines at its ends."""
    text = text.rstrip().replace("\x02", "").replace("\x03", "")
    return text.replace("\r\n", "\n").replace("\r", "\n").expandtabs(4).strip("\n")


@given(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=60), st.sampled_from(["python", "text", ""])
)
@example("```\n<script>x</script>\n```", "text")
@example("x\n~~~\n<b>y</b>", "python")
@example("\x0c\x03", "python")
def test_a_fence_keeps_what_ran_and_nothing_leaves_it(text, language):
    rendered = to_html(f"before\n\n{fence(text, language)}\n\nafter")
    blocks = re.findall(r"<pre>(.*?)</pre>", rendered, re.DOTALL)
    assert len(blocks) == 1, rendered
    shown = html.unescape(re.sub(r"<[^>]+>", "", blocks[0]))
    assert shown.strip("\n") == printed(text)
    outside = re.sub(r"<pre>.*?</pre>", "", rendered, flags=re.DOTALL)
    assert visible(outside) in ("before after", "before ¶ after")


@given(st.text(max_size=30))
def test_a_navigation_title_is_text(title):
    escaped = nav_title(title)
    assert "<" not in escaped
    assert html.unescape(escaped) == title
