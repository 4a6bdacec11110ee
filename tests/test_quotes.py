"""Measured values in prose: ``{{PAIR FIELD}}`` references, filled in from the runs by the build.

A reference to an unknown pair or field, or one that is malformed, is a problem of discovery at the
line it is written on; one whose value the run did not produce is a problem of the comparison, at
the same place. Values reach the pages escaped for where they land: Markdown prose shows a printed
line of markup as text, ``pairs.json`` holds it as written. The fixture ``quotes`` has a pair per
case and three articles.
"""

import json

import markdown
import pytest
from conftest import FIXTURES, REPO

from generator.compare.pipeline import CatalogResult, run_catalog
from generator.compare.verdict import format_diff
from generator.discover.catalog import discover
from generator.discover.references import Quantity, Reference, fill, scan
from generator.site.config import Templates
from generator.site.export import dumps, pairs_document
from generator.site.inert import prose
from generator.site.pages import BuildInfo
from generator.site.render import render_site
from generator.site.views import pair_view

QUOTES = FIXTURES / "quotes"
HOSTILE_LINE = "<b>*bold*</b> | [x](javascript:alert(1))"


@pytest.fixture(scope="module")
def quotes_result(engine) -> CatalogResult:
    catalog = discover(QUOTES / "snippets", base=REPO, articles=QUOTES / "articles")
    return run_catalog(catalog, engine)


TEMPLATES = Templates.find(REPO)


def outcome_of(result: CatalogResult, pair_id: str):
    return next(o for o in result.outcomes if o.pair.id == pair_id)


def test_references_are_read_outside_code_and_escaped_ones_are_text():
    text = (
        "a {{s/p max_abs_diff}} `{{s/p rtol}}` \\{{s/p rtol}}\n```\n{{s/p atol}}\n```\n"
        "{{s/p torch.result[0]['k']:.3f}}"
    )
    found = scan(text, ["numpy", "torch"])
    assert [f.reference for f in found] == [
        Reference("s/p", Quantity.MAX_ABS_DIFF),
        Reference("s/p", Quantity.RESULT, "torch", (0, "k"), ".3f"),
    ]
    filled = fill(text, lambda reference: f"<{reference.field}>")
    assert (
        filled
        == "a <max_abs_diff> `{{s/p rtol}}` {{s/p rtol}}\n```\n{{s/p atol}}\n```\n<torch.result[0]['k']>"
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("{{s/p numpy.bogus}}", "unknown field 'bogus'"),
        ("{{s/p result}}", "result needs a side first, as in torch.result"),
        ("{{s/p numpy.max_abs_diff}}", "max_abs_diff takes no side"),
        ("{{s/p jax.result}}", "unknown side 'jax'"),
        ("{{s/p numpy.stdout}}", "stdout needs one line number"),
        ("{{s/p rtol[0]}}", "rtol takes no index"),
        ("{{s/p numpy.error:.2f}}", "error takes no format"),
        ("{{s/p numpy.result:.q}}", "'.q' is not a number format"),
        ("{{s/p numpy.result[x]}}", "'[x]' is not an index"),
        ("{{nothing}}", "expected {{SECTION/PAIR FIELD}}"),
    ],
)
def test_a_malformed_reference_says_what_is_wrong(text, problem):
    (found,) = scan(text, ["numpy", "torch"])
    assert found.reference is None
    assert problem in found.problem


def test_quoted_values_come_from_the_runs(quotes_result):
    measured = outcome_of(quotes_result, "q/measured")
    values = {
        reference.field + reference.spec: value for reference, value in quotes_result.quotes.values.items()
    }
    assert values["max_abs_diff"] == format_diff(measured.judgement.max_abs_diff)
    assert values["numpy.result[1].2f"] == "[0.50, 0.25]"
    assert values["numpy.stdout[0]"] == HOSTILE_LINE
    assert values["rtol"] == "0.001"
    assert values["torch.error"] == "ValueError"
    assert outcome_of(quotes_result, "q/raising").judgement.summary == "differs — PyTorch raises ValueError"


def test_malformed_and_unknown_references_are_located_by_discovery(quotes_result):
    judgement = outcome_of(quotes_result, "q/malformed").judgement
    assert not judgement.holds
    where = "tests/fixtures/quotes/snippets/q/malformed.numpy.py:2: quoted value"
    assert f"{where} {{{{q/nothing max_abs_diff}}}}: no pair has the id 'q/nothing'" in judgement.details
    assert any(
        d.startswith(f"{where} {{{{q/measured numpy.bogus}}}}: unknown field") for d in judgement.details
    )
    assert [str(p) for p in quotes_result.catalog.problems] == [
        "tests/fixtures/quotes/articles/malformed.md:4: quoted value {{q/measured torch.result[}}: "
        "expected {{SECTION/PAIR FIELD}} or {{SECTION/PAIR FIELD:FORMAT}}"
    ]


def test_a_value_the_run_did_not_produce_is_located_by_the_comparison(quotes_result):
    judgement = outcome_of(quotes_result, "q/unavailable").judgement
    assert not judgement.holds
    assert judgement.details[0] == (
        "tests/fixtures/quotes/snippets/q/unavailable.numpy.py:2: quoted value {{q/raising torch.result}}: "
        "the torch side of q/raising raised ValueError: it has no result"
    )
    assert [str(p) for p in quotes_result.problems] == [
        "tests/fixtures/quotes/articles/unavailable.md:3: quoted value {{q/raising torch.result}}: "
        "the torch side of q/raising raised ValueError: it has no result"
    ]
    assert not quotes_result.holds


def test_values_are_escaped_for_the_page_and_kept_as_written_in_pairs_json(quotes_result):
    measured = outcome_of(quotes_result, "q/measured")
    titles = {o.pair.id: o.pair.title for o in quotes_result.outcomes}
    view = pair_view(measured, titles, quotes_result.catalog.sides, quotes=quotes_result.quotes)
    html = markdown.markdown(str(prose(view.description)), extensions=["tables"])
    assert "<b>" not in html
    assert "<a " not in html
    assert "&lt;b&gt;*bold*&lt;/b&gt; | [x](javascript" in html
    assert "<code>{{q/measured rtol}}</code>" in html
    assert "so is an escaped {{q/measured rtol}}" in html
    site = render_site(
        quotes_result, BuildInfo("2026-01-01", quotes_result.versions, "Site"), TEMPLATES, standalone=False
    )
    article = next(page.text for page in site.pages if page.path == "articles/good.md")
    assert "tolerance of\n0\\.001." in article
    document = json.loads(
        dumps(pairs_document(quotes_result, BuildInfo("2026-01-01", quotes_result.versions, "Site")))
    )
    raising = next(pair for pair in document["pairs"] if pair["id"] == "q/raising")
    assert raising["difference"] == "PyTorch raises ValueError"
