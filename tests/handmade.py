"""A judged catalog built by hand, for golden pages that pin our rendering and no library's messages.

Every string a run "printed" is written here, so a NumPy or PyTorch upgrade cannot change the
golden snapshots; real runs are tested by the site, catalog and engine tests.
"""

from pathlib import Path

import numpy as np

from generator.compare.pipeline import CatalogResult
from generator.compare.quotes import Quotes
from generator.compare.threads import ThreadChange, ThreadCheck
from generator.compare.timings import Timings, TimingSlot
from generator.compare.verdict import Judgement, PairOutcome, Trap, Verdict
from generator.discover.catalog import Catalog, Pair, Section
from generator.discover.metadata import Expectation, PairMeta, SectionMeta
from generator.discover.parse import Snippet
from generator.discover.references import Quantity, Reference
from generator.execute.requests import ExecutionStats
from generator.execute.runs import RaisedError, SideRun
from generator.execute.values import ArrayValue, MapValue, TextValue, Value
from generator.measure.results import from_json
from generator.sides import NUMPY, TORCH, Side
from generator.site.coverage import NameGroup
from generator.site.pages import BuildInfo
from generator.site.porting_notes import Scope
from generator.timer import Timing

VERSIONS = {"python": "3.x", "numpy": "N", "torch": "T"}
NUMPY_NAMES = (
    NameGroup(("numpy.add",), ("torch.Tensor.add", "torch.add")),
    NameGroup(("numpy.concatenate", "numpy.concat"), ("torch.concat", "torch.concatenate")),
    NameGroup(("numpy.isnat",), (), out_of_scope=Scope.DATETIME),
    NameGroup(("numpy.mean",), ("torch.Tensor.mean", "torch.mean")),
    NameGroup(("numpy.ndarray.std",), ("torch.Tensor.std",)),
    NameGroup(("numpy.ptp",), (), instead="x.max() - x.min()"),
    NameGroup(("numpy.set_printoptions",), ("torch.set_printoptions",), out_of_scope=Scope.TEXT),
    NameGroup(("numpy.std",), ("torch.Tensor.std", "torch.std")),
    NameGroup(("numpy.sum",), ("torch.Tensor.sum", "torch.sum")),
    NameGroup(("numpy.trim_zeros",), ()),
)
"""One group per status the coverage page shows, an alias used by a pair, a hint and none."""
BENCHMARK = {
    "date": "2026-01-02",
    "machine": "x86_64, 2 cores",
    "versions": VERSIONS,
    "pairs": 200,
    "snippets": 400,
    "workers": 2,
    "cold_seconds": 9.5,
    "cold_ms_per_snippet": 23.7,
    "overhead_ms_median": 14.2,
    "body_ms_median": 1.1,
    "warm_seconds_median": 0.2,
    "warm_executed": [0, 0, 0],
    "edit_seconds_median": 2.6,
    "edit_executed": [1, 1, 1],
    "fresh_numpy_ms_median": 180.0,
    "fresh_torch_ms_median": 2600.0,
    "fresh_sample": 12,
    "speedup": 58.6,
}
LOOP = {
    "date": "2026-01-03",
    "machine": "x86_64, 2 cores",
    "versions": VERSIONS,
    "builder": "mkdocs",
    "pairs": 445,
    "full_build_seconds": {"mkdocs": 6.1, "zensical": 4.4},
    "full_build_rounds": 3,
    "no_change_seconds": 0.9,
    "idle_seconds": 15.0,
    "idle_regenerations": 0,
    "edits": 5,
    "edit_to_page_seconds": 1.2,
    "edit_to_page_all": [1.3, 1.2, 1.1, 1.2, 1.4],
    "edit_regenerations": 5,
    "moved_seconds": 1.0,
    "moved_executed": 0,
    "one_edit_seconds": 1.9,
    "one_edit_all": [1.9, 2.0, 1.8, 1.9, 2.1],
    "cold_rounds": 1,
    "cold_check_seconds": 31.0,
    "cold_build_seconds": 40.5,
    "cleared_check_seconds": 29.5,
    "cleared_build_seconds": 38.9,
    "strategies": {
        "changed": ["pairs.json", "reductions.md"],
        "mkdocs full": {"seconds": 9.1, "differing": []},
        "mkdocs dirty": {"seconds": 0.9, "differing": ["search/search_index.json"]},
        "mkdocs patch": {"seconds": 1.2, "differing": []},
    },
    "markdown_exec_seconds": 55.2,
    "snippet_seconds": 52.0,
    "workers": 2,
    "snippets": 1300,
    "beyond_snippets_ms": 7.7,
    "load_before": [0.1, 0.2, 0.3],
    "load_after": [1.1, 0.6, 0.4],
}


def snippet(side: Side, section: str, name: str, code: str, docstring: str = "") -> Snippet:
    path = f"snippets/{section}/{name}{side.suffix}"
    return Snippet(side, Path(path), path, code, code, 5 if docstring else 1, docstring)


def ran(
    result: Value | None, *, stdout: str = "", api: tuple[str, ...] = (), error: RaisedError | None = None
):
    return SideRun(stdout, "", error, None, result, 0.0015, api)


def floats(*values: float, dtype: str = "float64", type_name: str = "numpy.ndarray") -> ArrayValue:
    return ArrayValue(np.array(values), dtype, type_name)


def raised(kind: str, message: str) -> RaisedError:
    return RaisedError(
        kind, message, f'Traceback (most recent call last):\n  File "x.py", line 3\n{kind}: {message}\n'
    )


def outcome(
    section: str,
    name: str,
    meta: PairMeta,
    runs: tuple[SideRun, SideRun],
    judgement: Judgement,
    *,
    docstring: str = "",
) -> PairOutcome:
    codes = ("import numpy as np\n\nresult = np.add(1, 1)\n", "import torch\n\nresult = torch.add(1, 1)\n")
    snippets = (
        snippet(NUMPY, section, name, codes[0], docstring),
        snippet(TORCH, section, name, codes[1]),
    )
    pair = Pair(f"{section}/{name}", section, name, meta, snippets)
    return PairOutcome(pair, {"numpy": runs[0], "torch": runs[1]}, judgement)


def handmade_result() -> CatalogResult:
    """Two sections, six pairs: one per verdict a holding or failing pair can show, and both kinds of trap."""
    outcomes = (
        outcome(
            "beta",
            "single",
            PairMeta("Single pair", Expectation.EQUAL),
            (
                ran(floats(2.0), api=("numpy.add",)),
                ran(floats(2.0, dtype="torch.float64", type_name="torch.Tensor"), api=("torch.add",)),
            ),
            Judgement(Verdict.EQUAL, True, "equivalent (max |Δ| = 0)", (), 0.0, 0.0),
        ),
        outcome(
            "alpha",
            "passing",
            PairMeta(
                "Passing pair",
                Expectation.EQUAL,
                see=("alpha/documented",),
                calls=(("numpy", "np.add(a, 1)"), ("torch", "a + 1")),
            ),
            (
                ran(floats(1.0, 2.0), stdout="<b>not bold</b>\n```\n", api=("numpy.add", "numpy.concat")),
                ran(
                    floats(1.0, 2.0, dtype="torch.float32", type_name="torch.Tensor"),
                    stdout="tensor([1., 2.])\n",
                    api=("torch.add",),
                ),
            ),
            Judgement(
                Verdict.EQUAL,
                True,
                "equivalent (max |Δ| = 0)",
                ("result: dtypes differ: NumPy float64, PyTorch torch.float32",),
                0.0,
                0.0,
            ),
            docstring="Both sides add one; the output holds markup shown as text.",
        ),
        outcome(
            "alpha",
            "raising",
            PairMeta("Raising pair", Expectation.BOTH_RAISE),
            (
                ran(None, error=raised("ValueError", "shapes (2,) and (3,) differ")),
                ran(None, error=raised("ValueError", "size mismatch")),
            ),
            Judgement(
                Verdict.BOTH_RAISE,
                True,
                "both raise",
                (
                    "NumPy raised ValueError: shapes (2,) and (3,) differ",
                    "PyTorch raised ValueError: size mismatch",
                ),
            ),
        ),
        outcome(
            "alpha",
            "documented",
            PairMeta(
                "Documented difference",
                Expectation.DIFFERS,
                difference="torch.std divides by n - 1",
                see=("alpha/passing",),
                fix="alpha/passing",
            ),
            (
                ran(
                    MapValue((("std", floats(0.5)), ("note", TextValue("population", "str"))), "dict"),
                    api=("numpy.ndarray.std", "numpy.std"),
                ),
                ran(
                    MapValue(
                        (
                            ("std", floats(0.7071, dtype="torch.float64", type_name="torch.Tensor")),
                            ("note", TextValue("sample", "str")),
                        ),
                        "dict",
                    ),
                    api=("torch.Tensor.std",),
                ),
            ),
            Judgement(
                Verdict.DIFFERS,
                True,
                "differs — torch.std divides by n - 1",
                ("result['std']: values differ",),
                0.2071,
                0.41,
                Trap.SILENT,
            ),
            docstring=(
                "NumPy divides by n; PyTorch by n - 1: the results differ by "
                "{{alpha/documented max_abs_diff}}. See [the passing pair](#passing)."
            ),
        ),
        outcome(
            "alpha",
            "loud",
            PairMeta(
                "Loud difference",
                Expectation.DIFFERS,
                difference="torch.tensor refuses ragged lists",
                see=("alpha/raising", "beta/single"),
                fix="alpha/passing",
                calls=(("numpy", "np.array(rows, dtype=object)"), ("torch", "torch.tensor(rows)")),
            ),
            (
                ran(TextValue("ragged", "str"), api=("numpy.add",)),
                ran(None, error=raised("ValueError", "expected sequence of length 2 at dim 1 (got 1)")),
            ),
            Judgement(
                Verdict.DIFFERS,
                True,
                "differs — torch.tensor refuses ragged lists",
                ("PyTorch raised ValueError: expected sequence of length 2 at dim 1 (got 1)",),
                trap=Trap.LOUD,
            ),
        ),
        outcome(
            "alpha",
            "mismatching",
            PairMeta("Mismatching pair", Expectation.EQUAL),
            (
                ran(floats(3.0), api=("numpy.sum",)),
                ran(floats(3.5, dtype="torch.float64", type_name="torch.Tensor"), api=("torch.sum",)),
            ),
            Judgement(
                Verdict.MISMATCH,
                False,
                "mismatch — results differ",
                ("expected equal, observed mismatch", "max |Δ| = 0.5"),
                0.5,
                0.17,
            ),
        ),
    )
    sections = (
        Section("beta", SectionMeta("Beta", 1, "The *first* section."), ("beta/single",)),
        Section(
            "alpha",
            SectionMeta("Alpha", 2),
            ("alpha/passing", "alpha/raising", "alpha/documented", "alpha/loud", "alpha/mismatching"),
        ),
    )
    catalog = Catalog(Path("snippets"), sections, tuple(o.pair for o in outcomes))
    timings = {
        TimingSlot(pair_id, side, threads): Timing(median, 0.05, loops, 5, threads, median * 0.9)
        for pair_id, side, threads, median, loops in (
            ("beta/single", "numpy", 1, 1.2e-6, 200_000),
            ("beta/single", "torch", 1, 4.8e-6, 50_000),
            ("beta/single", "numpy", 2, 1.2e-6, 200_000),
            ("beta/single", "torch", 2, 5.1e-6, 50_000),
            ("alpha/passing", "numpy", 1, 2.0e-3, 10),
            ("alpha/passing", "torch", 1, 1.0e-3, 20),
        )
    }
    stats = ExecutionStats(
        total=10, executed=4, cached=6, discarded_cache_entries=0, overheads=(0.012, 0.014, 0.013)
    )
    threads = {
        "beta/single": ThreadCheck(
            (1, 2),
            (ThreadChange("torch", 2, "result changed by up to 1e-07"),),
            ((1, Verdict.EQUAL), (2, Verdict.EQUAL)),
        )
    }
    quotes = Quotes({Reference("alpha/documented", Quantity.MAX_ABS_DIFF): "0.21 <b>*"})
    return CatalogResult(catalog, outcomes, VERSIONS, stats, Timings(timings), threads, quotes)


PERFORMANCE = Path(__file__).parent / "fixtures" / "performance" / "performance.json"
"""A recorded quick run of ``generator.measure`` (fixed data: the goldens never measure)."""


def handmade_info(*, benchmark: bool = True) -> BuildInfo:
    """The build facts the pages show, fixed."""
    return BuildInfo(
        "2026-01-01",
        VERSIONS,
        "NumPy → PyTorch, executed",
        NUMPY_NAMES,
        BENCHMARK if benchmark else None,
        loop=LOOP if benchmark else None,
        performance=from_json(PERFORMANCE.read_text(encoding="utf-8")) if benchmark else None,
        machine="Test CPU; 2 cores; x86_64; Linux 6.0",
    )
