"""Coverage and cross-references: classification of names against judged pairs."""

import numpy as np

from generator.compare.verdict import Judgement, PairOutcome, Verdict
from generator.discover.catalog import Pair
from generator.execute.runs import SideRun
from generator.sides import DEFAULT_SIDES
from generator.site.apiref import api_index, display_name
from generator.site.coverage import EXCLUDED, coverage, numpy_universe


def outcome(pair_id: str, verdict: str, numpy_api: tuple[str, ...], holds: bool = True) -> PairOutcome:
    run = SideRun("", "", None, None, None, 0.0, api=numpy_api)
    torch_run = SideRun("", "", None, None, None, 0.0, api=("torch.ones",))
    section, name = pair_id.split("/")
    pair = Pair(id=pair_id, section=section, name=name, meta=None, snippets=())
    return PairOutcome(pair, {"numpy": run, "torch": torch_run}, Judgement(Verdict(verdict), holds, verdict))


def test_the_universe_comes_from_numpy_itself():
    universe = numpy_universe()
    assert "numpy.linalg.norm" in universe
    assert "numpy.fft.rfft" in universe
    assert "numpy.random.permutation" in universe
    assert "numpy.ndarray.repeat" in universe
    assert "numpy.add" in universe
    assert "numpy.float32" not in universe
    assert "numpy.set_printoptions" not in universe
    assert not any(name.split(".")[-1] in EXCLUDED for name in universe)
    assert all(callable(getattr(np, name.split(".")[1])) for name in universe if name.count(".") == 1)


def test_names_are_classified_by_the_holding_pairs_that_use_them():
    found = coverage(
        [
            outcome("a/one", "equal", ("numpy.std", "numpy.mean")),
            outcome("a/two", "differs", ("numpy.std", "numpy.median")),
            outcome("a/three", "differs", ("numpy.var",)),
            outcome("a/broken", "mismatch", ("numpy.sum",), holds=False),
        ],
        ["numpy.mean", "numpy.median", "numpy.std", "numpy.sum", "numpy.var"],
    )
    assert found.verified == ("numpy.mean", "numpy.std")
    assert found.differs_only == ("numpy.median", "numpy.var")
    assert found.missing == ("numpy.sum",)
    assert found.total == 5


def test_the_api_index_groups_pairs_by_name_per_side():
    index = api_index(
        [outcome("a/one", "equal", ("numpy.std",)), outcome("b/two", "differs", ("numpy.std",))],
        DEFAULT_SIDES,
    )
    (entry,) = index["numpy"]
    assert (entry.name, entry.display) == ("numpy.std", "np.std")
    assert [ref.id for ref in entry.pairs] == ["a/one", "b/two"]
    assert [e.name for e in index["torch"]] == ["torch.ones"]


def test_names_are_displayed_as_porters_write_them():
    assert [
        display_name(n)
        for n in ("numpy.linalg.norm", "numpy.ndarray.std", "torch.Tensor.repeat", "torch.cat")
    ] == [
        "np.linalg.norm",
        "ndarray.std",
        "Tensor.repeat",
        "torch.cat",
    ]
