"""Coverage and cross-references: the universe grouped by object, each group's status, the notes' checks."""

import threading

import numpy as np
import pytest
from conftest import project_in

import generator.commands.pipeline as pipelines
from generator.commands.pipeline import Pipeline
from generator.compare.verdict import Judgement, PairOutcome, Verdict
from generator.discover.catalog import Pair
from generator.errors import BuildError
from generator.execute.runs import SideRun
from generator.sides import DEFAULT_SIDES
from generator.site.apiref import api_index, display_name
from generator.site.coverage import NameGroup, Status, coverage
from generator.site.porting_notes import Scope
from generator.site.universe import attach_notes, group_by_object, numpy_universe


def outcome(pair_id: str, verdict: str, numpy_api: tuple[str, ...], holds: bool = True) -> PairOutcome:
    run = SideRun("", "", None, None, None, 0.0, api=numpy_api)
    torch_run = SideRun("", "", None, None, None, 0.0, api=("torch.ones",))
    section, name = pair_id.split("/")
    pair = Pair(id=pair_id, section=section, name=name, meta=None, snippets=())
    return PairOutcome(pair, {"numpy": run, "torch": torch_run}, Judgement(Verdict(verdict), holds, verdict))


@pytest.fixture(scope="module")
def universe(tmp_path_factory: pytest.TempPathFactory) -> dict[str, NameGroup]:
    """The real universe, by each of its names: reading it also checks the real porting notes."""
    return {
        name: group for group in numpy_universe(tmp_path_factory.mktemp("universe")) for name in group.names
    }


def test_the_universe_comes_from_numpy_itself(universe):
    assert {"numpy.linalg.norm", "numpy.fft.rfft", "numpy.random.permutation", "numpy.add"} <= universe.keys()
    assert "numpy.ndarray.repeat" in universe
    assert "numpy.float32" not in universe
    assert all(callable(getattr(np, name.split(".")[1])) for name in universe if name.count(".") == 1)


def test_aliases_share_a_group_under_the_name_the_object_calls_itself(universe):
    assert universe["numpy.concat"].names == ("numpy.concatenate", "numpy.concat")
    assert universe["numpy.abs"].canonical == "numpy.absolute"
    assert universe["numpy.ndarray.sum"] is not universe["numpy.sum"]
    assert universe["numpy.sum"].names == ("numpy.sum",)


def test_grouping_is_by_identity_not_by_equality():
    first, second = [1], [1]
    groups = group_by_object({"numpy.b": first, "numpy.a": first, "numpy.c": second})
    assert groups == (("numpy.a", "numpy.b"), ("numpy.c",))


def test_pytorch_namesakes_are_read_from_the_installed_pytorch(universe):
    assert {"torch.sum", "torch.Tensor.sum"} <= set(universe["numpy.sum"].torch_names)
    assert "torch.linalg.norm" in universe["numpy.linalg.norm"].torch_names
    assert universe["numpy.hanning"].torch_names == ()
    assert "torch.random" not in universe["numpy.random.random"].torch_names, "a submodule is no namesake"


def test_the_real_porting_notes_are_attached(universe):
    assert universe["numpy.set_printoptions"].out_of_scope is Scope.TEXT
    assert universe["numpy.hanning"].instead.startswith("torch.hann_window(")
    assert universe["numpy.sum"].out_of_scope is None


def groups() -> tuple[NameGroup, ...]:
    return (
        NameGroup(("numpy.concatenate", "numpy.concat"), ("torch.concatenate",)),
        NameGroup(("numpy.hanning",), ()),
        NameGroup(("numpy.isnat",), ()),
    )


def test_notes_attach_to_the_group_of_any_of_its_names():
    noted = attach_notes(groups(), {"numpy.isnat": Scope.DATETIME}, {"numpy.hanning": "w"}, "2")
    assert [(g.out_of_scope, g.instead) for g in noted] == [(None, ""), (None, "w"), (Scope.DATETIME, "")]


@pytest.mark.parametrize(
    ("out_of_scope", "instead", "message"),
    [
        ({"numpy.gone": Scope.TEXT}, {}, "OUT_OF_SCOPE: 'numpy.gone' is not a public NumPy name"),
        ({}, {"numpy.gone": "x"}, "WRITE_INSTEAD: 'numpy.gone' is not a public NumPy name"),
        ({"numpy.concat": Scope.TEXT, "numpy.concatenate": Scope.TEXT}, {}, "note the same object"),
        ({"numpy.hanning": Scope.TEXT}, {"numpy.hanning": "x"}, "note the same object"),
        ({}, {"numpy.concat": "x"}, "'numpy.concat' has a PyTorch namesake (torch.concatenate)"),
    ],
)
def test_a_stale_or_contradictory_note_fails_the_build(out_of_scope, instead, message):
    with pytest.raises(BuildError, match=r"porting notes out of date") as raised:
        attach_notes(groups(), out_of_scope, instead, "2")
    assert message in str(raised.value)


def test_groups_are_classified_by_the_holding_pairs_that_use_any_of_their_names():
    universe = (
        NameGroup(("numpy.concatenate", "numpy.concat"), ("torch.cat",)),
        NameGroup(("numpy.mean",), ("torch.mean",)),
        NameGroup(("numpy.median",), ("torch.median",)),
        NameGroup(("numpy.std",), ("torch.std",)),
        NameGroup(("numpy.sum",), ("torch.sum",)),
        NameGroup(("numpy.var",), ("torch.var",)),
        NameGroup(("numpy.isnat",), (), out_of_scope=Scope.DATETIME),
        NameGroup(("numpy.hanning",), (), instead="torch.hann_window(M, periodic=False)"),
        NameGroup(("numpy.seterr",), ("torch.seterr",), out_of_scope=Scope.NUMPY_ITSELF),
    )
    found = coverage(
        [
            outcome("a/one", "equal", ("numpy.std", "numpy.mean", "numpy.concat")),
            outcome("a/two", "differs", ("numpy.std", "numpy.median")),
            outcome("a/three", "differs", ("numpy.var",)),
            outcome("a/broken", "mismatch", ("numpy.sum",), holds=False),
        ],
        universe,
    )

    def canonical(groups: tuple[NameGroup, ...]) -> list[str]:
        return [group.canonical for group in groups]

    assert canonical(found.of(Status.VERIFIED)) == ["numpy.concatenate", "numpy.mean", "numpy.std"]
    assert canonical(found.of(Status.DIFFERS_ONLY)) == ["numpy.median", "numpy.var"]
    assert canonical(found.of(Status.OUT_OF_SCOPE)) == ["numpy.isnat", "numpy.seterr"]
    assert canonical(found.of(Status.NO_COUNTERPART)) == ["numpy.hanning"]
    assert canonical(found.of(Status.MISSING)) == ["numpy.sum"]
    assert (found.total, found.names) == (9, 10)


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


def test_the_universe_listed_while_snippets_run_is_the_one_listed_when_the_pages_need_it(
    tmp_path, basic_result, monkeypatch
):
    """A cold ``build`` lists the names in the background (``read_universe_soon``): the same names."""
    project = project_in(tmp_path)
    threads = []

    def listing(cache):
        threads.append(threading.current_thread().name)
        return numpy_universe(cache)

    monkeypatch.setattr(pipelines, "numpy_universe", listing)
    with Pipeline(project) as pipeline:
        pipeline.read_universe_soon()
        listed = pipeline.facts(basic_result).numpy_names
    assert len(threads) == 1
    assert threads[0].startswith("np2t-universe"), "the names were listed when the pages needed them"
    assert listed
    assert listed == numpy_universe(project.paths.universe)
