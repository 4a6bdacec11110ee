"""Citations across builds: a stored citation is reused only when everything it is made from is the same.

The store keeps every pair's citation between builds, keyed by what it is made from. A stored
form that came back after one of those inputs changed would publish a stale citation (an old
permalink, an old verdict, old versions). Each input is changed here alone between two builds;
the store's copy is marked, so a reused citation shows the mark and a fresh one does not.
"""

import json
import tempfile
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from handmade import handmade_info, handmade_result
from htmlscan import live_markup
from hypothesis import given
from hypothesis import strategies as st
from pybtex.database import parse_string

from generator.compare.quotes import Quotes
from generator.compare.verdict import Judgement, Verdict
from generator.discover.references import Quantity, Reference
from generator.execute.runs import SideRun
from generator.sides import SideRegistry
from generator.site import cite as cite_module
from generator.site.cite import CitationStore, CiteFormat, cite, pair_bibtex, site_bibtex
from generator.site.config import Templates
from generator.site.export import pair_entry
from generator.site.templating import environment

TEMPLATES = Templates.find(Path(__file__).resolve().parent.parent)
MARK = "MARKED IN THE STORE"
RESULT = handmade_result()
OUTCOME = RESULT.outcomes[0]
SIDES = RESULT.catalog.sides


@pytest.fixture(scope="module")
def env():
    return environment(TEMPLATES)


def build(store_path: Path, env, outcome=OUTCOME, info=None) -> tuple[dict[str, str], Path]:
    """One build's citation of ``outcome`` through the store at ``store_path``, then saved."""
    store = CitationStore(store_path)
    citation = store.cite(outcome, SIDES, info or handmade_info(), env)
    store.save()
    return {form.value: citation.form(form) for form in CiteFormat}, store_path


def mark_store(path: Path) -> None:
    """Change every stored form, so that a reused citation can be told from a fresh one."""
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored, "the first build stored its citation"
    path.write_text(
        json.dumps(
            {key: {name: MARK + text for name, text in forms.items()} for key, forms in stored.items()}
        ),
        encoding="utf-8",
    )


def test_a_second_build_with_the_same_inputs_reuses_the_stored_citation(tmp_path, env):
    first, path = build(tmp_path / "citations.json", env)
    assert MARK not in first["markdown"]
    mark_store(path)
    second, _ = build(path, env)
    assert all(text.startswith(MARK) for text in second.values())
    assert {name: text.removeprefix(MARK) for name, text in second.items()} == first


def retitled(outcome, title):
    """The pair as discovery reads it after its title was edited: new metadata and new file text."""
    numpy = outcome.pair.snippets[0]
    edited = replace(numpy, source=numpy.source.replace(outcome.pair.title, title) + f"# title = {title!r}\n")
    meta = replace(outcome.pair.meta, title=title)
    return replace(
        outcome, pair=replace(outcome.pair, meta=meta, snippets=(edited, *outcome.pair.snippets[1:]))
    )


CHANGES = {
    "site address (the permalink)": lambda o, i: (o, replace(i, site_url="https://example.org/ref/")),
    "date": lambda o, i: (o, replace(i, date="2026-02-02")),
    "versions": lambda o, i: (o, replace(i, versions={**i.versions, "torch": "T2"})),
    "site name": lambda o, i: (o, replace(i, site_name="Another name")),
    "pair id": lambda o, i: (replace(o, pair=replace(o.pair, id="beta/renamed")), i),
    "pair title (in its file)": lambda o, i: (retitled(o, "New title"), i),
    "verdict": lambda o, i: (
        replace(o, judgement=Judgement(Verdict.MISMATCH, False, "mismatch — results differ")),
        i,
    ),
    "a run's output": lambda o, i: (
        replace(o, runs={**o.runs, "torch": replace(o.runs["torch"], stdout="printed something else\n")}),
        i,
    ),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_changed_input_makes_a_fresh_citation(tmp_path, env, change):
    _, path = build(tmp_path / "citations.json", env)
    mark_store(path)
    outcome, info = change(OUTCOME, handmade_info())
    again, _ = build(path, env, outcome, info)
    assert not any(MARK in text for text in again.values()), "a stale citation came back from the store"
    assert again == {form.value: cite(outcome, SIDES, info, env).form(form) for form in CiteFormat}


def test_a_new_citation_format_makes_a_fresh_citation(tmp_path, env, monkeypatch):
    _, path = build(tmp_path / "citations.json", env)
    mark_store(path)
    monkeypatch.setattr(cite_module, "CITATION_FORMAT", cite_module.CITATION_FORMAT + "-next")
    again, _ = build(path, env)
    assert not any(MARK in text for text in again.values()), "a citation made the old way came back"


def test_a_changed_citation_template_makes_a_fresh_citation(tmp_path, env):
    _, path = build(tmp_path / "citations.json", env)
    mark_store(path)
    own = tmp_path / "templates"
    (own).mkdir()
    source = (TEMPLATES.folders[0] / "citation.md.j2").read_text(encoding="utf-8")
    (own / "citation.md.j2").write_text(source + "\nEdited.\n", encoding="utf-8")
    edited = environment(replace(TEMPLATES, folders=(own, *TEMPLATES.folders)))
    again, _ = build(path, edited)
    assert not any(MARK in text for text in again.values())
    assert again["markdown"].rstrip().endswith("Edited.")


def test_the_store_keeps_exactly_the_last_builds_citations(tmp_path, env):
    path = tmp_path / "citations.json"
    store = CitationStore(path)
    for outcome in RESULT.outcomes:
        store.cite(outcome, SIDES, handmade_info(), env)
    store.save()
    assert len(json.loads(path.read_text(encoding="utf-8"))) == len(RESULT.outcomes)
    build(path, env)
    assert len(json.loads(path.read_text(encoding="utf-8"))) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["citations.json"], "no partial file is left"


@pytest.mark.parametrize(
    "content", ["not json", "[1, 2]", '{"key": "not forms"}', '{"key": {"markdown": "x"}}']
)
def test_a_damaged_store_is_read_as_empty_or_its_entry_recomputed(tmp_path, env, content):
    fresh, _ = build(tmp_path / "fresh.json", env)
    path = tmp_path / "citations.json"
    path.write_text(content, encoding="utf-8")
    again, _ = build(path, env)
    assert again == fresh


def test_a_store_without_a_path_cites_and_saves_nothing(tmp_path, env):
    store = CitationStore(None)
    citation = store.cite(OUTCOME, SIDES, handmade_info(), env)
    store.save()
    assert citation == cite(OUTCOME, SIDES, handmade_info(), env)
    assert list(tmp_path.iterdir()) == []


def test_every_form_names_the_pair_its_permalink_and_the_build(env):
    info = replace(handmade_info(), site_url="https://example.org/ref/")
    citation = cite(OUTCOME, SIDES, info, env)
    link = "https://example.org/ref/pairs/beta/single.html"
    for form in CiteFormat:
        assert link in citation.form(form), form
    document = json.loads(citation.json)
    assert (document["permalink"], document["generated"], document["pair"]["id"]) == (
        link,
        info.date,
        "beta/single",
    )
    assert document["versions"] == dict(info.versions)
    assert "result = np.add(1, 1)" in citation.markdown
    assert "result = torch.add(1, 1)" in citation.markdown
    assert info.versions_text in citation.markdown
    assert live_markup(citation.html, active={"script", "iframe", "object", "embed"}) == []
    entry = parse_string(citation.bibtex, "bibtex").entries["np2t:beta/single"]
    assert entry.fields["title"] == f"{info.site_name}: Single pair"
    assert entry.fields["year"] == "2026"
    assert OUTCOME.judgement.summary in entry.fields["note"]


LATEX_TEXT = st.text(st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40)


@given(LATEX_TEXT, LATEX_TEXT)
def test_any_title_and_site_name_give_bibtex_that_parses(title, site_name):
    outcome = replace(OUTCOME, pair=replace(OUTCOME.pair, meta=replace(OUTCOME.pair.meta, title=title)))
    info = replace(handmade_info(), site_name=site_name)
    for text, key in ((pair_bibtex(outcome, info), "np2t:beta/single"), (site_bibtex(info), "np2t")):
        entries = parse_string(text, "bibtex").entries
        assert list(entries) == [key]
        assert "{" not in entries[key].fields["title"]
        assert "}" not in entries[key].fields["title"]


def test_latex_specials_are_escaped_and_braces_dropped():
    outcome = replace(
        OUTCOME, pair=replace(OUTCOME.pair, meta=replace(OUTCOME.pair.meta, title="a_b & 5% {x} \\y #$"))
    )
    bibtex = pair_bibtex(outcome, handmade_info())
    assert "title = {NumPy → PyTorch, executed: a\\_b \\& 5\\% x y \\#\\$}," in bibtex


def test_a_run_that_raised_carries_its_traceback_in_every_form(env):
    raising = next(o for o in RESULT.outcomes if o.pair.id == "alpha/raising")
    citation = cite(raising, SIDES, handmade_info(), env)
    error = raising.runs["numpy"].error
    assert isinstance(raising.runs["numpy"], SideRun)
    assert error is not None
    assert error.type in citation.markdown
    assert error.type in citation.html
    assert json.loads(citation.json)["pair"]["numpy"]["error"]["type"] == error.type


OUTCOMES = {outcome.pair.id: outcome for outcome in RESULT.outcomes}
ONLINE = replace(handmade_info(), site_url="https://example.org/ref/")

RAISING_MARKDOWN = """\
**[Raising pair](https://example.org/ref/pairs/alpha/raising.html)** (`alpha/raising`): both raise

NumPy (`snippets/alpha/raising.numpy.py`):

```python
import numpy as np

result = np.add(1, 1)
```

Raised ValueError:

```pytb
Traceback (most recent call last):
  File "x.py", line 3
ValueError: shapes (2,) and (3,) differ
```

PyTorch (`snippets/alpha/raising.torch.py`):

```python
import torch

result = torch.add(1, 1)
```

Raised ValueError:

```pytb
Traceback (most recent call last):
  File "x.py", line 3
ValueError: size mismatch
```

Executed 2026-01-01 with Python 3.x, NumPy N and PyTorch T. \
Source: [NumPy → PyTorch, executed](https://example.org/ref/pairs/alpha/raising.html).
"""


def test_the_markdown_citation_is_both_codes_and_tracebacks_in_fences_with_the_build_that_ran_them(env):
    assert cite(OUTCOMES["alpha/raising"], SIDES, ONLINE, env).markdown == RAISING_MARKDOWN


def test_printed_output_is_fenced_as_text_and_a_fence_inside_it_cannot_close_it(env):
    markdown = cite(OUTCOMES["alpha/passing"], SIDES, handmade_info(), env).markdown
    assert markdown.startswith(
        "**[Passing pair](pairs/alpha/passing.html)** (`alpha/passing`): equivalent (max \\|Δ\\| = 0)\n"
    ), "relative permalink without a site address; the summary made inert"
    assert "Output:\n\n````text\n<b>not bold</b>\n```\n````\n" in markdown
    assert "Output:\n\n```text\ntensor([1., 2.])\n```\n" in markdown
    assert "Raised" not in markdown


class _Text(HTMLParser):
    """The text of an HTML citation as a reader sees it, the text of each <pre>, and every class named."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.pre: list[list[str]] = []
        self.classes: set[str] = set()
        self._in_pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.classes.update((value or "") for name, value in attrs if name == "class")
        if tag == "pre":
            self._in_pre += 1
            self.pre.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._in_pre -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_pre:
            self.pre[-1].append(data)


def read_html(markup: str) -> _Text:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    return parser


def test_the_html_citation_shows_both_codes_and_tracebacks_highlighted_with_inline_styles_only(env):
    outcome = OUTCOMES["alpha/raising"]
    html = cite(outcome, SIDES, ONLINE, env).html
    page = read_html(html)
    link = "https://example.org/ref/pairs/alpha/raising.html"
    assert ["".join(pre) for pre in page.pre] == [
        outcome.pair.snippets[0].source,
        outcome.runs["numpy"].error.traceback,  # type: ignore[union-attr]
        outcome.pair.snippets[1].source,
        outcome.runs["torch"].error.traceback,  # type: ignore[union-attr]
    ]
    assert page.classes == {"np2t-citation", "highlight"}, "no stylesheet class: styles are inline"
    assert '<span style="color:' in html.split("Raised ValueError")[1], "the traceback is highlighted"
    words = " ".join("".join(page.text).split())
    assert words.startswith("Raising pair alpha/raising: both raise NumPy snippets/alpha/raising.numpy.py")
    assert words.endswith(
        "Executed 2026-01-01 with Python 3.x, NumPy N and PyTorch T. Source: NumPy → PyTorch, executed."
    )
    assert html.count(f'<a href="{link}">') == 2


def test_the_html_citation_of_a_pair_that_raised_nothing_has_no_traceback(env):
    html = cite(OUTCOMES["alpha/passing"], SIDES, handmade_info(), env).html
    page = read_html(html)
    assert ["".join(pre) for pre in page.pre] == [
        OUTCOMES["alpha/passing"].pair.snippets[0].source,
        "<b>not bold</b>\n```\n",
        OUTCOMES["alpha/passing"].pair.snippets[1].source,
        "tensor([1., 2.])\n",
    ]
    assert "Raised" not in html


def test_the_json_citation_is_the_pairs_entry_with_the_build_one_key_a_line(env):
    outcome = OUTCOMES["alpha/passing"]
    text = cite(outcome, SIDES, ONLINE, env).json
    assert json.loads(text) == {
        "generated": "2026-01-01",
        "versions": {"python": "3.x", "numpy": "N", "torch": "T"},
        "permalink": "https://example.org/ref/pairs/alpha/passing.html",
        "pair": json.loads(json.dumps(pair_entry(outcome, SIDES, ONLINE.site_url))),
    }
    assert text.startswith('{\n "generated": "2026-01-01",\n "versions": {\n  "python": "3.x",\n')
    assert text.endswith("\n}\n")
    assert '"summary": "equivalent (max |Δ| = 0)"' in text, "written as UTF-8, not \\u escapes"


def test_the_bibtex_citations_of_a_pair_and_of_the_site_are_exactly_these(env):
    assert cite(OUTCOMES["alpha/raising"], SIDES, ONLINE, env).bibtex == (
        "@misc{np2t:alpha/raising,\n"
        "  title = {NumPy → PyTorch, executed: Raising pair},\n"
        "  author = {NumPy → PyTorch, executed},\n"
        "  year = {2026},\n"
        "  howpublished = {\\url{https://example.org/ref/pairs/alpha/raising.html}},\n"
        "  note = {Pair alpha/raising, verdict both raise; executed 2026-01-01 with Python 3.x, NumPy N and "
        "PyTorch T},\n"
        "}\n"
    )
    site = "@misc{np2t,\n  title = {NumPy → PyTorch, executed},\n  author = {NumPy → PyTorch, executed},\n"
    note = "  note = {Every pair executed 2026-01-01 with Python 3.x, NumPy N and PyTorch T},\n}\n"
    assert (
        site_bibtex(handmade_info())
        == f"{site}  year = {{2026}},\n  howpublished = {{\\url{{index.html}}}},\n{note}"
    )
    assert site_bibtex(ONLINE) == (
        f"{site}  year = {{2026}},\n  howpublished = {{\\url{{https://example.org/ref/}}}},\n{note}"
    )


def test_each_form_is_named_by_its_format(env):
    citation = cite(OUTCOMES["alpha/raising"], SIDES, ONLINE, env)
    assert [citation.form(kind) for kind in CiteFormat] == [
        citation.markdown,
        citation.html,
        citation.json,
        citation.bibtex,
    ]
    assert [kind.value for kind in CiteFormat] == ["markdown", "html", "json", "bibtex"]


def stored_key(path: Path) -> str:
    (key,) = json.loads(path.read_text(encoding="utf-8"))
    return key


@pytest.mark.parametrize(
    "damaged", ["not forms", {"markdown": "x"}, {**{f.value: "x" for f in CiteFormat}, "extra": "x"}]
)
def test_a_damaged_entry_under_the_right_key_is_recomputed(tmp_path, env, damaged):
    fresh, path = build(tmp_path / "citations.json", env)
    path.write_text(json.dumps({stored_key(path): damaged}), encoding="utf-8")
    again, _ = build(path, env)
    assert again == fresh
    assert json.loads(path.read_text(encoding="utf-8")) == {stored_key(path): fresh}


def test_a_changed_quoted_value_in_the_difference_makes_a_fresh_citation(tmp_path, env):
    """The difference quotes other pairs' values: the pair itself is unchanged when one of them changes."""
    outcome = OUTCOMES["alpha/documented"]
    meta = replace(outcome.pair.meta, difference="off by {{alpha/documented max_abs_diff}}")
    outcome = replace(outcome, pair=replace(outcome.pair, meta=meta))
    path = tmp_path / "citations.json"
    for value in ("0.21", "0.5"):
        store = CitationStore(path)
        quotes = Quotes({Reference("alpha/documented", Quantity.MAX_ABS_DIFF): value})
        citation = store.cite(outcome, SIDES, handmade_info(), env, quotes=quotes)
        store.save()
        assert json.loads(citation.json)["pair"]["difference"] == f"off by {value}"
        mark_store(path)


def test_a_citation_template_edited_in_place_makes_a_fresh_citation(tmp_path, env):
    own = tmp_path / "templates"
    own.mkdir()
    source = (TEMPLATES.folders[0] / "citation.html.j2").read_text(encoding="utf-8")
    (own / "citation.html.j2").write_text(source, encoding="utf-8")
    templates = replace(TEMPLATES, folders=(own, *TEMPLATES.folders))
    _, path = build(tmp_path / "citations.json", environment(templates))
    mark_store(path)
    (own / "citation.html.j2").write_text(source + "<p>Edited.</p>\n", encoding="utf-8")
    again, _ = build(path, environment(templates))
    assert not any(MARK in text for text in again.values())
    assert again["html"].rstrip().endswith("<p>Edited.</p>")


def test_the_store_is_saved_into_missing_folders_beside_itself_never_in_the_temporary_folder(
    tmp_path, env, monkeypatch
):
    """The store is replaced by a rename, which only works within one filesystem."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-temporary-folder"))
    path = tmp_path / "cache" / "deep" / "citations.json"
    fresh, _ = build(path, env)
    assert json.loads(path.read_text(encoding="utf-8")) == {stored_key(path): fresh}
    assert [p.name for p in path.parent.iterdir()] == ["citations.json"]
    build(path, env)
    assert [p.name for p in path.parent.iterdir()] == ["citations.json"]


def test_the_sides_in_another_order_make_a_fresh_citation(tmp_path, env):
    """The citation's columns follow the registry's order: a stored one in the old order is stale."""
    path = tmp_path / "citations.json"
    build(path, env)
    mark_store(path)
    reordered = SideRegistry(tuple(reversed(SIDES.sides)))
    store = CitationStore(path)
    citation = store.cite(OUTCOME, reordered, handmade_info(), env)
    assert MARK not in citation.markdown
    assert citation.markdown.index("PyTorch (`") < citation.markdown.index("NumPy (`")


def test_a_pair_without_metadata_is_cited_and_stored(tmp_path, env):
    bare = replace(OUTCOME, pair=replace(OUTCOME.pair, meta=None))
    fresh, path = build(tmp_path / "citations.json", env, bare)
    assert fresh == {form.value: cite(bare, SIDES, handmade_info(), env).form(form) for form in CiteFormat}
    assert json.loads(fresh["json"])["pair"]["difference"] is None
    mark_store(path)
    again, _ = build(path, env, bare)
    assert {name: text.removeprefix(MARK) for name, text in again.items()} == fresh, "reused"
