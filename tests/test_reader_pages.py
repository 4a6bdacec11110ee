"""What readers see: no page of a built site shows Markdown or template syntax as text.

A template that renders valid-looking Markdown can still reach the reader as literal pipes (the
home page's table once did, and its golden file approved it). This reads every built page of the
real catalog's site, kind by kind, as text outside code, and fails on anything that should have
become markup.
"""

from pathlib import Path

import pytest
from htmlscan import unrendered

KINDS = {
    "home": "index.html",
    "cheat sheet": "cheatsheet.html",
    "traps": "traps.html",
    "API index": "api.html",
    "coverage": "coverage.html",
    "performance": "performance.html",
    "how to cite": "cite.html",
    "not found": "404.html",
    "section": "*.html",
    "article": "articles/*.html",
    "pair page": "pairs/*/*.html",
    "embed": "embed/*/*.html",
}
"""Every kind of page the site has, as a glob under the site root."""
_SINGLE = {path for path in KINDS.values() if "*" not in path}


def pages(site: Path, kind: str) -> list[Path]:
    found = sorted(site.glob(KINDS[kind]))
    if kind == "section":
        found = [p for p in found if p.name not in _SINGLE]
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_no_page_of_a_kind_shows_markdown_or_template_syntax(catalog_site: Path, kind: str):
    found = pages(catalog_site, kind)
    assert found, f"the site has no {kind} page"
    problems = {
        page.relative_to(catalog_site).as_posix(): shown
        for page in found
        if (shown := unrendered(page.read_text(encoding="utf-8")))
    }
    assert problems == {}


def test_the_scan_finds_what_it_looks_for():
    """Guard the guard: each kind of leftover syntax is found, and code is left alone."""
    page = (
        "<p>| Pairs | 637 |</p><p>| --- | --- |</p><p>::pair a/b</p><p>{{ counts.pairs }}</p>"
        "<p>## Sections</p><p>see [a pair](a.md#b)</p><pre><code>| a | b |\n{{ x }}</code></pre>"
    )
    kinds = {problem.split(":")[0] for problem in unrendered(page)}
    assert kinds == {
        "a Markdown table row",
        "a Markdown table rule",
        "an article directive",
        "template syntax",
        "a Markdown heading",
        "a Markdown link",
    }
    assert unrendered("<pre><code>| a | b |\n::pair x\n{{ y }}</code></pre>") == []
