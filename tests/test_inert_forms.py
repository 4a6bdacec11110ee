"""The exact Markdown each escaping function writes, for the cases its docstring names one by one.

``test_prose.py`` renders hostile prose and checks that nothing comes alive; these pin what is
written instead, since a form that is still inert but no longer shows what the author typed (a
lost character, a fence that closes early, a code span split in two) is a wrong page too.
"""

import pytest

from generator.site.inert import (
    MAX_EMPHASIS_MARKS,
    code,
    fence,
    literal,
    nav_title,
    prose,
    prose_line,
    table_cell,
    text,
)


def test_a_fence_is_longer_than_any_backtick_run_inside_and_carries_its_options():
    assert fence("x = 1\n\n", "python") == "```python\nx = 1\n```"
    assert fence("a `` b", "text") == "```text\na `` b\n```"
    assert fence("a ``` b\n```` c", "") == "`````\na ``` b\n```` c\n`````"
    assert fence("x", "python", title="snippets/a.py", linenums=3) == (
        '```python title="snippets/a.py" linenums="3"\nx\n```'
    )
    assert fence("x", "python", title="", linenums=0) == "```python\nx\n```", "no empty options"
    assert fence("x", "python", linenums=1) == '```python linenums="1"\nx\n```'


def test_text_writes_every_syntax_character_as_a_reference_and_nothing_else():
    assert text("Xs<int> & 'a' \"b\" [c](d) `e` *f* _g_ {h} |i| ~j~ ^k^ =l= \\m") == (
        "Xs&#60;int&#62; &#38; &#39;a&#39; &#34;b&#34; &#91;c&#93;(d) &#96;e&#96; &#42;f&#42; "
        "&#95;g&#95; &#123;h&#125; &#124;i&#124; &#126;j&#126; &#94;k&#94; &#61;l&#61; &#92;m"
    )
    assert text("# heading\n- item\n1. (x) !y +z") == "# heading - item 1. (x) !y +z", (
        "a line break is a space"
    )


def test_a_table_cell_escapes_pipes_and_joins_lines():
    assert table_cell("a|b\nc || d") == "a\\|b c \\|\\| d"


def test_literal_escapes_what_markdown_reads_and_leaves_the_rest_to_prose():
    assert literal("\\`*_{}[]()>#+-.!|") == "\\\\\\`\\*\\_\\{\\}\\[\\]\\(\\)\\>\\#\\+\\-\\.\\!\\|"
    assert literal("X <b> & 'q' ~ = ^ \"") == "X <b\\> & 'q' ~ = ^ \"", "< and & are prose's to escape"
    assert literal("one\ntwo\r\nthree") == "one two three"


def test_a_navigation_title_is_html_escaped_keeping_quotes():
    assert nav_title("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;\"c\"'d'"


CODE_SPANS = {
    "plain": ("a < b", "`a < b`"),
    "a backtick inside": ("a`b", "``a`b``"),
    "a run of two inside": ("a``b", "```a``b```"),
    "a backtick at the start is padded": ("`a", "`` `a ``"),
    "a backtick at the end is padded": ("a`", "`` a` ``"),
    "line breaks of any kind are spaces": ("x\ny\r\nz\rw", "`x y z w`"),
    "Markdown's placeholder marks are dropped": ("a\x02b\x03c", "`abc`"),
}


@pytest.mark.parametrize(("raw", "written"), CODE_SPANS.values(), ids=CODE_SPANS.keys())
def test_a_code_span_cannot_be_closed_by_what_it_holds(raw, written):
    assert code(raw) == written


PROSE = {
    "tags, entities and attribute lists become text": ("a < b & c {x}", "a &lt; b &amp; c \\{x\\}"),
    "> and ] are left to Markdown": ("> quote [a] b", "> quote [a] b"),
    "code spans keep their text": ("Use `a < b` or ``a ` b``", "Use `a < b` or ``a ` b``"),
    "a code span is written on one line": ("a `x\ny` b", "a `x y` b"),
    "a backtick that opens nothing is escaped": ("` x ``", "\\` x \\`\\`"),
    "a code span never spans a blank line": ("p1 `a\n \t\nb` p2", "p1 \\`a\n \t\nb\\` p2"),
    "paragraphs keep their blank lines": ("p1\n\n\np2\n", "p1\n\n\np2"),
    "a backslash escape is kept, before < or & it stays a backslash": (
        "a\\<b \\& c \\* d \\\\ e\\",
        "a\\&lt;b \\&amp; c \\* d \\\\ e\\",
    ),
    "line breaks are normalised and placeholder marks dropped": ("a\r\nb\rc\x02d\x03e", "a\nb\ncde"),
    "an escaped backtick at the very end stays escaped": ("a \\`", "a \\`"),
    "a backslash before a letter is kept once, the letter too": ("a \\X b", "a \\X b"),
    "emphasis is kept": ("*a* and _b_ and **c**", "*a* and _b_ and **c**"),
    "indentation and trailing spaces are kept": ("    x = 1  \n\n  y\n", "    x = 1  \n\n  y"),
}


@pytest.mark.parametrize(("raw", "written"), PROSE.values(), ids=PROSE.keys())
def test_prose_is_written_exactly_so(raw, written):
    assert prose(raw) == written


def test_emphasis_marks_are_escaped_only_beyond_the_limit_and_only_in_their_paragraph():
    assert MAX_EMPHASIS_MARKS == 64
    kept = ("*a* " * 16 + "_b_ " * 16).rstrip()
    assert prose(kept) == kept
    escaped = kept + "*"
    assert prose(escaped) == escaped.replace("*", "\\*").replace("_", "\\_")
    assert prose(f"{escaped}\n\n*c*") == escaped.replace("*", "\\*").replace("_", "\\_") + "\n\n*c*"
    assert prose_line(kept) == kept
    assert prose_line(escaped) == escaped.replace("*", "\\*").replace("_", "\\_")


LINKS = {
    "web and relative links are kept": (
        "[a](https://e.org) [b](HTTP://e.org) [c](page.md#x) [d](#top) [e](<https://e.org>)",
        "[a](https://e.org) [b](HTTP://e.org) [c](page.md#x) [d](#top) [e](&lt;https://e.org>)",
    ),
    "any other scheme loses its (": (
        "[a](data:x) [b]( <file:///etc>) [c](mailto:a@b) [d](da\nta:x)",
        "[a]\\(data:x) [b]\\( &lt;file:///etc>) [c]\\(mailto:a@b) [d]\\(da\nta:x)",
    ),
    "a script scheme's colon is escaped even when split": (
        "[a](javascript:x) [b](Java Script :x) [c](v`b`script:x)",
        "[a]\\(javascript\\:x) [b]\\(Java Script \\:x) [c]\\(v`b`script\\:x)",
    ),
    "a local image is kept": ("![i](img/a.png) ![j]( <b.png>)", "![i](img/a.png) ![j]( &lt;b.png>)"),
    "any other image loses its !": (
        "![a](/r.png) ![b](\\x.png) ![c](http://e.org/p.png) ![d]() ![e][ref] ![f](da ta:x)",
        "\\![a](/r.png) \\![b](\\x.png) \\![c](http://e.org/p.png) \\![d]() \\![e][ref] \\![f]\\(da ta:x)",
    ),
    "a definition to another scheme loses its [": (
        "[r]: data:x\n[s]: https://e.org\n   [t]: <file:x>\n[u]:\n  javascript:x\n    [v]: data:x",
        "\\[r]: data:x\n[s]: https://e.org\n   \\[t]: &lt;file:x>\n\\[u]:\n  javascript\\:x\n    [v]: data:x",
    ),
    "a definition counts only at the start of a line": ("see [r]: data:x", "see [r]: data:x"),
    "a definition's bracket is escaped, not one in its address": ("[r]: data:a[b]", "\\[r]: data:a[b]"),
    "an exclamation mark opening no image is text": ("Hi! [a](b.md)!", "Hi! [a](b.md)!"),
    "an image after text is judged as one at the start": (
        "see ![a](/r.png) and ![b](b.png)!",
        "see \\![a](/r.png) and ![b](b.png)!",
    ),
    "a backslash inside a scheme does not hide it": ("[a](da\\ta:x)", "[a]\\(da\\ta:x)"),
    "a web scheme split by a line break is still a web link": (
        "[a](ht\ntps://e.org)",
        "[a](ht\ntps://e.org)",
    ),
    "blanks before an image's root address do not hide it": (
        "![a](< /r.png>) ![b](<\t//h/x.png>)",
        "\\![a](&lt; /r.png>) \\![b](&lt;\t//h/x.png>)",
    ),
    "a backslash inside an image's scheme does not hide it": ("![a](da\\ta:x.png)", "\\![a]\\(da\\ta:x.png)"),
}


@pytest.mark.parametrize(("raw", "written"), LINKS.values(), ids=LINKS.keys())
def test_links_images_and_definitions_are_written_so(raw, written):
    assert prose(raw) == written


FENCES = {
    "a tilde fence becomes ours": ("x\n~~~py\ncode <\n~~~\ny", "x\n\n```py\ncode <\n```\n\ny"),
    "the language is the info's first word, a leading dot dropped": (
        "```.python {.x} extra\ncode\n```",
        "\n```python\ncode\n```\n",
    ),
    "an info without a language": ("~~~ {.x}\ncode\n~~~", "\n```\ncode\n```\n"),
    "an indented fence loses its indent in the code, no more": (
        "x\n  ```python\n  code\n    more\n one\n   ```\ny",
        "x\n\n```python\ncode\n  more\none\n```\n\ny",
    ),
    "a longer closing fence closes, a shorter one is code": (
        "````\na\n```\nb\n`````  \nc",
        "\n````\na\n```\nb\n````\n\nc",
    ),
    "a closing fence of the other character is code": ("~~~\na\n```\n~~~", "\n````\na\n```\n````\n"),
    "a closing fence indented four spaces is code": ("```\na\n    ```\n```", "\n````\na\n    ```\n````\n"),
    "a closing fence followed by text is code": ("```\na\n``` b\n```", "\n````\na\n``` b\n````\n"),
    "a backtick in a backtick fence's info makes it no fence": ("```py`x\ncode\n```", "``py`x code ``"),
    "a backtick in a tilde fence's info is allowed": ("~~~py`x\ncode\n~~~", "\n```py\ncode\n```\n"),
    "an unclosed fence is text": ("```\nunclosed <", "\\`\\`\\`\nunclosed &lt;"),
    "two fences in a row": ("```\na\n```\n~~~\nb\n~~~", "\n```\na\n```\n\n\n```\nb\n```\n"),
    "an empty block": ("```js\n```", "\n```js\n\n```\n"),
}


@pytest.mark.parametrize(("raw", "written"), FENCES.values(), ids=FENCES.keys())
def test_fenced_blocks_are_rewritten_as_our_fences(raw, written):
    assert prose(raw) == written


LINES = {
    "brackets, pipes and braces are escaped": ("a | b [c] {d} `e|f`", "a \\| b \\[c\\] \\{d\\} `e|f`"),
    "line breaks become spaces": ("x\ny\r\nz", "x y z"),
    "spaces and tabs are kept": ("a  b\tc ", "a  b\tc "),
    "no link can form, so no scheme is looked at but script ones": (
        "[a](data:x) [b](javascript:y) ![c](/d.png)",
        "\\[a\\](data:x) \\[b\\](javascript\\:y) !\\[c\\](/d.png)",
    ),
    "a lone trailing backslash is doubled": ("ends \\", "ends \\\\"),
    "an escaped trailing backslash is kept": ("ends \\\\", "ends \\\\"),
    "three trailing backslashes become four": ("ends \\\\\\", "ends \\\\\\\\"),
    "a fence is no block within a line, but a code span": ("```\nx\n```", "` x `"),
}


@pytest.mark.parametrize(("raw", "written"), LINES.values(), ids=LINES.keys())
def test_a_line_is_written_exactly_so(raw, written):
    assert prose_line(raw) == written
