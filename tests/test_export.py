"""pairs.json: the keys readers rely on, strict JSON, and values only for results up to 10,000 elements."""

import json

import numpy as np
import pytest
from conftest import BUILD_DATE

from generator.execute.values import ArrayValue, SeqValue
from generator.site.export import MAX_VALUES, dumps, pairs_document
from generator.site.pages import BuildInfo

PAIR_KEYS = {
    *("id", "title", "section", "url", "expect", "verdict", "holds", "max_abs_diff", "trap"),
    *("numpy", "torch"),
}
SIDE_KEYS = {"path", "code", "stdout", "stderr", "error", "result", "seconds"}


@pytest.fixture(scope="module")
def document(basic_result):
    text = dumps(
        pairs_document(
            basic_result, BuildInfo(date=BUILD_DATE, versions=basic_result.versions, site_name="Site")
        )
    )
    return json.loads(text, parse_constant=lambda name: pytest.fail(f"non-strict JSON constant {name}"))


def by_id(document, pair_id):
    return next(p for p in document["pairs"] if p["id"] == pair_id)


def test_top_level_keys_and_versions(document, basic_result):
    assert document["schema"] == 1
    assert document["generated"] == BUILD_DATE
    assert set(document["versions"]) == {"python", "numpy", "torch"}
    assert document["versions"]["torch"] == basic_result.versions["torch"]
    assert [p["id"] for p in document["pairs"]] == [o.pair.id for o in basic_result.outcomes]


def test_every_pair_has_the_contracted_keys(document):
    for pair in document["pairs"]:
        assert set(pair) >= PAIR_KEYS
        for side in ("numpy", "torch"):
            assert set(pair[side]) >= SIDE_KEYS


def test_a_passing_pair(document):
    pair = by_id(document, "alpha/passing")
    assert (pair["expect"], pair["verdict"], pair["holds"], pair["max_abs_diff"]) == (
        "equal",
        "equal",
        True,
        0.0,
    )
    assert pair["url"] == "alpha.html#passing"
    assert pair["section"] == "alpha"
    assert pair["numpy"]["path"] == "tests/fixtures/basic/alpha/passing.numpy.py"
    assert pair["numpy"]["stdout"].startswith("<b>bold</b>")
    assert pair["numpy"]["result"] == {
        "type": "numpy.ndarray",
        "shape": [3],
        "dtype": "int64",
        "values": [1, 2, 3],
    }
    assert pair["torch"]["result"]["dtype"] == "torch.int64"
    assert pair["torch"]["error"] is None
    assert pair["numpy"]["seconds"] > 0
    assert "torch.arange" in pair["api"]["torch"]


def test_raising_and_failing_pairs(document):
    raising = by_id(document, "alpha/raising")
    assert raising["verdict"] == "both-raise"
    assert raising["numpy"]["error"]["type"] == "ValueError"
    assert raising["torch"]["error"]["type"] == "ValueError"
    assert raising["numpy"]["result"] is None
    mismatching = by_id(document, "alpha/mismatching")
    assert (mismatching["verdict"], mismatching["holds"], mismatching["max_abs_diff"]) == (
        "mismatch",
        False,
        0.5,
    )
    documented = by_id(document, "alpha/documented")
    assert (documented["verdict"], documented["holds"]) == ("differs", True)
    assert documented["difference"] == "torch.std divides by n - 1"
    assert documented["trap"] == "silent"
    assert raising["trap"] is None


def test_large_results_carry_no_values_and_non_finite_numbers_are_strings():
    from generator.site.export import _result  # noqa: PLC0415 - the encoder of one result

    large = ArrayValue(np.zeros(MAX_VALUES + 1), "float64", "numpy.ndarray")
    assert _result(large)["values"] is None
    assert _result(large)["shape"] == [MAX_VALUES + 1]
    edge = ArrayValue(np.array([np.nan, np.inf, -np.inf, 1 + 2j]), "complex128", "numpy.ndarray")
    assert _result(edge)["values"] == [
        {"re": "nan", "im": 0.0},
        {"re": "inf", "im": 0.0},
        {"re": "-inf", "im": 0.0},
        {"re": 1.0, "im": 2.0},
    ]
    pair = _result(SeqValue((ArrayValue(np.asarray(1.5), "float", "float"),), "tuple"))
    assert pair == {
        "type": "tuple",
        "shape": None,
        "dtype": None,
        "values": None,
        "items": [{"type": "float", "shape": [], "dtype": "float", "values": 1.5}],
    }
