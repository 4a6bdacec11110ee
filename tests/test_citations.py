"""Citations across builds: a stored citation is reused only when everything it is made from is the same.

The store keeps every pair's citation between builds, keyed by what it is made from. A stored
form that came back after one of those inputs changed would publish a stale citation (an old
permalink, an old verdict, old versions). Each input is changed here alone between two builds;
the store's copy is marked, so a reused citation shows the mark and a fresh one does not.
"""

import json
from dataclasses import replace
from pathlib import Path

import pytest
from handmade import handmade_info, handmade_result
from htmlscan import live_markup
from hypothesis import given
from hypothesis import strategies as st
from pybtex.database import parse_string

from generator.compare.verdict import Judgement, Verdict
from generator.execute.runs import SideRun
from generator.site.cite import CitationStore, CiteFormat, cite, pair_bibtex, site_bibtex
from generator.site.config import Templates
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
