"""The timing core, the crossover rule, the results' JSON, and a quick end-to-end measurement run.

No test compares a time against a fixed threshold: the machine is shared and its speed unknown.
What is checked is arithmetic (loop counts, medians and spreads against a fake clock), the rules
(crossover, winners), the shapes of what is written, and lower bounds that hold by construction
(a call that sleeps 2 ms cannot take less).
"""

import dataclasses
import json
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
import torch

from generator.measure import sweeps
from generator.measure.figures import bytes_moved, floor_seconds
from generator.measure.results import Fastest, FormTiming, LoopRun, Performance, from_json, to_json
from generator.measure.sigmoid import APPLY, FULL_PLAN, compile_expression, conclusion, winners
from generator.timer import Timing, loop_counts, relative_iqr, sized_batches, time_callable

REPO = Path(__file__).resolve().parent.parent
OPS = ("sigmoid", "sum", "matmul", "sort", "gather")
SUMMARY = re.compile(
    r"^crossover sizes: sigmoid (\d+|never), sum (\d+|never), matmul (\d+|never), "
    r"sort (\d+|never), gather (\d+|never)$"
)


class FakeClock:
    """A clock that only moves when the timed function says so, recording every read and sync."""

    def __init__(self) -> None:
        self.now = 0.0
        self.events: list[str] = []

    def read(self) -> float:
        self.events.append("clock")
        return self.now

    def sync(self) -> None:
        self.events.append("sync")


# --- timing core ---------------------------------------------------------------------------------


def test_loop_counts_follow_the_autorange_sequence():
    assert loop_counts()[:8] == [1, 2, 5, 10, 20, 50, 100, 200]


class Step:
    """A call that moves the fake clock on by ``cost`` and counts itself."""

    def __init__(self, clock: FakeClock, cost: float) -> None:
        self.clock = clock
        self.cost = cost
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1
        self.clock.now += self.cost


def test_fake_clock_gives_exact_loops_median_and_call_count():
    clock = FakeClock()
    step = Step(clock, 0.003)
    timing = time_callable(step, min_time=0.02, repeats=5, warmup=2, clock=clock.read, sync=clock.sync)
    # 1 call (3 ms) is short of a fifth of 20 ms, 2 calls (6 ms) reach it: 20 ms is 7 calls of 3 ms.
    assert timing.loops == 7
    assert timing.repeats == 5
    assert timing.median == pytest.approx(0.003)
    assert timing.spread == pytest.approx(0.0, abs=1e-9)
    # warm-up, calibration, then five batches of 7
    assert step.calls == 2 + (1 + 2) + 5 * 7
    # every clock read is preceded by a sync: 7 batches, two reads each
    assert clock.events == ["sync", "clock"] * 14


def test_sized_batches_scale_a_short_calibration_batch_to_min_time():
    clock = FakeClock()
    step = Step(clock, 0.003)
    loops, per_call = sized_batches(step, min_time=0.02, repeats=3, clock=clock.read, sync=clock.sync)
    assert loops == 7
    assert per_call == pytest.approx([0.003] * 3)
    # calibration 1 + 2, then three batches of 7 (21 ms each); autorange would spend 1 + 2 + 5 + 10
    # and then two more batches of 10 (30 ms each).
    assert step.calls == (1 + 2) + 3 * 7
    assert clock.events == ["sync", "clock"] * 10


def test_a_calibration_batch_that_lasts_min_time_is_the_first_batch():
    clock = FakeClock()
    step = Step(clock, 0.03)
    loops, per_call = sized_batches(step, min_time=0.02, repeats=3, clock=clock.read)
    assert (loops, step.calls) == (1, 3)
    assert per_call == pytest.approx([0.03] * 3)


def test_sized_batches_stop_at_the_budget():
    clock = FakeClock()
    step = Step(clock, 0.003)
    # Batches of 7 calls are expected to last 21 ms: one more than the first fits 30 ms, two do not.
    loops, per_call = sized_batches(step, min_time=0.02, repeats=5, budget=0.03, clock=clock.read)
    assert (loops, len(per_call)) == (7, 2)
    loops, per_call = sized_batches(step, min_time=0.02, repeats=5, budget=0.0, clock=clock.read)
    assert len(per_call) == 1
    with pytest.raises(ValueError, match="repeats"):
        sized_batches(step, min_time=0.02, repeats=0, clock=clock.read)


def test_spread_is_the_interquartile_range_over_the_median():
    clock = FakeClock()
    costs = iter([0.5, 0.001, 0.002, 0.003, 0.004, 0.005])  # the first is the warm-up call

    def step() -> None:
        clock.now += next(costs)

    timing = time_callable(step, min_time=0.0, repeats=5, warmup=1, clock=clock.read)
    assert timing.loops == 1
    assert timing.median == pytest.approx(0.003)
    assert timing.best == pytest.approx(0.001)
    assert timing.spread == pytest.approx((0.004 - 0.002) / 0.003)
    assert relative_iqr([1.0]) == 0.0


def test_sleeping_function_gets_loops_consistent_with_min_time():
    nap = 0.002
    min_time = 0.02
    timing = time_callable(lambda: time.sleep(nap), min_time=min_time, repeats=3, threads=1)
    assert timing.repeats == 3
    assert timing.threads == 1
    # Each call lasts at least `nap`, so 10 calls reach min_time: the count is sized no larger.
    assert 1 <= timing.loops <= 10
    assert timing.median >= nap


def test_time_callable_rejects_zero_repeats():
    with pytest.raises(ValueError, match="repeats"):
        time_callable(lambda: None, repeats=0)


def test_timer_imports_neither_numpy_nor_torch():
    code = "import sys; import generator.timer; print(sorted({'numpy', 'torch'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --- crossover -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ratios", "expected"),
    [
        ({4: 3.0, 16: 2.0, 64: 1.5, 256: 1.1}, None),  # never faster
        ({4: 0.9, 16: 0.8, 64: 0.5}, 4),  # faster everywhere
        ({4: 3.0, 16: 1.2, 64: 0.9, 256: 0.4}, 64),  # one crossing
        ({4: 3.0, 16: 0.9, 64: 0.8, 256: 1.3, 1024: 0.7, 4096: 0.6}, 1024),  # crosses back, then again
        ({4: 0.5, 16: 0.5, 64: 1.4}, None),  # faster when small only
        ({4: 2.0, 16: 1.0, 64: 0.99}, 64),  # equal is not faster
    ],
)
def test_crossover(ratios: dict[int, float], expected: int | None):
    assert sweeps.crossover(list(ratios.items())) == expected
    assert sweeps.crossover(list(reversed(ratios.items()))) == expected


def test_side_by_side_interleaves_batches_and_sets_torch_threads():
    log: list[tuple[str, int]] = []

    def contender(name: str) -> Callable[[], None]:
        def call() -> None:
            log.append((name, torch.get_num_threads()))

        return call

    before = torch.get_num_threads()
    timings = sweeps.side_by_side(
        [
            sweeps.Contender(contender("numpy"), 1, None),
            sweeps.Contender(contender("torch"), before, before),
            sweeps.Contender(contender("torch1"), 1, 1),
        ],
        min_time=0.0,
        repeats=3,
    )
    # min_time 0: each is warmed up and calibrated at one loop, then the other two repeats go round-robin
    names = [name for name, _ in log]
    assert (
        names == ["numpy", "numpy", "torch", "torch", "torch1", "torch1"] + ["numpy", "torch", "torch1"] * 2
    )
    assert {threads for name, threads in log if name == "torch1"} == {1}
    assert {threads for name, threads in log if name != "torch1"} == {before}
    assert torch.get_num_threads() == before
    assert [(timing.repeats, timing.loops, timing.threads) for timing in timings] == [
        (3, 1, 1),
        (3, 1, before),
        (3, 1, 1),
    ]


def test_side_by_side_takes_fewer_repeats_when_a_call_is_slow():
    timings = sweeps.side_by_side(
        [sweeps.Contender(lambda: time.sleep(0.002), None, None), sweeps.Contender(lambda: None, None, None)],
        min_time=0.0,
        repeats=5,
        slow_call=0.001,
        slow_repeats=2,
    )
    assert [timing.repeats for timing in timings] == [2, 2]


# --- sigmoid winners -----------------------------------------------------------------------------


def _timing(seconds: float) -> Timing:
    return Timing(median=seconds, spread=0.0, loops=1, repeats=1, threads=None, best=seconds)


def test_winners_rank_apply_and_the_conclusion_names_the_winners():
    timings = [
        FormTiming("numpy", 4, _timing(2e-6), 1.0, None),
        FormTiming("torch.sigmoid", 4, _timing(1e-6), 0.5, None),
        FormTiming(APPLY, 4, _timing(4e-6), 2.0, None),
        FormTiming("torch_compile", 4, None, None, "failed"),
    ]
    runs = [LoopRun("numpy", 100, 0.3, 0.003, 1.0), LoopRun(APPLY, 100, 0.1, 0.001, 1 / 3)]
    found = winners(timings, runs)
    assert found == [
        Fastest("per call, 4×1", "torch.sigmoid", 3, 4.0),
        Fastest("loop of 100 calls on 4×1", APPLY, 1, 1.0),
    ]
    text = conclusion(found)
    assert text.startswith("apply_ is fastest only in loop of 100 calls on 4×1")
    assert "torch.sigmoid (apply_ 4.0× slower)" in text
    assert conclusion([Fastest("x", APPLY, 1, 1.0)]).startswith("apply_ is still fastest")


# --- floors --------------------------------------------------------------------------------------


def test_the_compile_finding_says_whether_inductors_cache_held_builds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    """A first call of seconds from an empty cache or from an earlier run's builds are different findings."""
    monkeypatch.setattr(torch, "compile", lambda function, **_: function)
    monkeypatch.setenv("TORCHINDUCTOR_CACHE_DIR", str(tmp_path / "inductor"))
    _, empty = compile_expression(FULL_PLAN)
    (tmp_path / "inductor" / "fxgraph" / "ab").mkdir(parents=True)
    for name in ("one", "two"):
        (tmp_path / "inductor" / "fxgraph" / "ab" / name).write_text("built")
    _, warm = compile_expression(FULL_PLAN)
    assert empty.worked
    assert "with Inductor's on-disk cache empty" in empty.detail
    assert "with 2 files in Inductor's on-disk cache from earlier runs" in warm.detail


def test_floors_follow_bytes_and_flops(quick_run: Performance):
    machine = quick_run.machine
    assert bytes_moved("sum", 1000, "float64") * 2 == bytes_moved("sigmoid", 1000, "float64")
    assert bytes_moved("gather", 10, "float32") == 10 * (8 + 4 + 4)
    assert floor_seconds("sum", 10**6, "float32", machine) == pytest.approx(
        4e6 / (machine.bandwidth.gb_per_s * 1e9)
    )
    peak64 = next(peak.gflop_per_s for peak in machine.peak if peak.dtype == "float64")
    assert floor_seconds("matmul", 100, "float64", machine) == pytest.approx(2e6 / (peak64 * 1e9))


# --- GPU series ----------------------------------------------------------------------------------


def test_gpu_series_not_measured_without_cuda(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    status = sweeps.gpu_status()
    assert not status.measured
    assert status.detail.startswith("not measured")
    plan = sweeps.SweepPlan((4, 16), (2,), min_time=0.0, repeats=1)
    current = torch.get_num_threads()
    settings = sweeps.ThreadSettings(current, current, None, "test", "")
    series = sweeps.sweep_op(sweeps.OPS[1], "float32", plan, threads=settings, gpu=status.measured)
    assert series.gpu == ()
    assert [point.size for point in series.points] == [4, 16]
    for point in series.points:
        assert set(point.timings) == {"numpy", "torch"}
        assert point.ratio == pytest.approx(point.timings["torch"].median / point.timings["numpy"].median)
        single = point.one_thread["torch"]
        assert point.ratio_one_thread == pytest.approx(single.median / point.timings["numpy"].median)
        assert single.threads == 1
    assert torch.get_num_threads() == current  # the one-thread control does not leak


# --- the quick run, end to end -------------------------------------------------------------------


@pytest.fixture(scope="module")
def quick_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("performance")
    done = subprocess.run(
        [sys.executable, "-m", "generator.measure", "--out", str(out), "--quick"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return out, done.stdout


@pytest.fixture(scope="module")
def quick_run(quick_output: tuple[Path, str]) -> Performance:
    return from_json((quick_output[0] / "performance.json").read_text(encoding="utf-8"))


def test_quick_run_json_round_trips(quick_output: tuple[Path, str], quick_run: Performance):
    text = (quick_output[0] / "performance.json").read_text(encoding="utf-8")
    assert to_json(quick_run) == text
    assert quick_run.quick
    assert [(entry.op, entry.dtype) for entry in quick_run.sweeps.series] == [
        (op, dtype) for op in OPS for dtype in ("float32", "float64")
    ]
    for entry in quick_run.sweeps.series:
        expected = sweeps.crossover([(point.size, point.ratio) for point in entry.points])
        assert entry.crossover == expected
        single = sweeps.crossover([(point.size, point.ratio_one_thread) for point in entry.points])
        assert entry.crossover_one_thread == single


def test_quick_run_prints_the_float32_crossovers_last(quick_output: tuple[Path, str], quick_run: Performance):
    last = quick_output[1].strip().splitlines()[-1]
    match = SUMMARY.match(last)
    assert match, last
    crossovers = {entry.op: entry.crossover for entry in quick_run.sweeps.series if entry.dtype == "float32"}
    printed = dict(zip(OPS, match.groups(), strict=True))
    assert printed == {op: "never" if crossovers[op] is None else str(crossovers[op]) for op in OPS}


def test_quick_run_sets_both_libraries_threads(quick_run: Performance):
    threads = quick_run.sweeps.threads
    assert threads.torch_threads == threads.requested
    if threads.numpy_blas_threads is not None:
        assert threads.numpy_blas_threads == threads.requested


def test_quick_run_writes_one_svg_per_operation_with_its_series(
    quick_output: tuple[Path, str], quick_run: Performance
):
    assert quick_run.figures == tuple(f"{op}.svg" for op in OPS)
    for op in OPS:
        root = ET.parse(quick_output[0] / f"{op}.svg").getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        groups = {element.get("id"): element for element in root.iter("{http://www.w3.org/2000/svg}g")}
        sizes = [point.size for point in next(e for e in quick_run.sweeps.series if e.op == op).points]
        for name in ("numpy", "torch", "torch1", "floor"):
            for dtype in ("float32", "float64"):
                group = groups[f"{name}-{dtype}"]
                line = group.find("{http://www.w3.org/2000/svg}path")
                assert line is not None
                vertices = re.findall(r"[ML] ", line.get("d", ""))
                assert len(vertices) == len(sizes), (op, name, dtype)


def test_quick_run_marks_gpu_series_not_measured_without_cuda(quick_run: Performance):
    if torch.cuda.is_available():
        pytest.skip("CUDA is available here: the GPU series is measured")
    assert not quick_run.sweeps.gpu.measured
    assert "not measured" in quick_run.sweeps.gpu.detail
    assert all(entry.gpu == () for entry in quick_run.sweeps.series)


def test_quick_run_sigmoid_forms_all_checked_and_timed(quick_run: Performance):
    experiment = quick_run.sigmoid
    assert experiment.torch_threads == 1
    assert not experiment.compile.attempted
    assert {timing.size for timing in experiment.timings} == set(experiment.sizes)
    failed = [timing for timing in experiment.timings if timing.error is not None]
    assert failed == []
    assert len(experiment.fastest) == len(experiment.sizes) + len(
        {run.iterations for run in experiment.loops}
    )


# --- strict JSON ---------------------------------------------------------------------------------


def test_json_rejects_nan_unknown_and_missing_keys(quick_run: Performance):
    broken = dataclasses.replace(quick_run, wall_seconds=float("nan"))
    with pytest.raises(ValueError, match="JSON compliant"):
        to_json(broken)
    data = json.loads(to_json(quick_run))
    with pytest.raises(ValueError, match="non-finite"):
        from_json(re.sub(r'"wall_seconds": [^,]+', '"wall_seconds": NaN', to_json(quick_run)))
    data["machine"]["extra"] = 1
    with pytest.raises(ValueError, match="unknown"):
        from_json(json.dumps(data))
    del data["machine"]["extra"]
    del data["sweeps"]["gpu"]
    with pytest.raises(ValueError, match="missing"):
        from_json(json.dumps(data))
    data = json.loads(to_json(quick_run))
    data["sweeps"]["series"][0]["points"][0]["size"] = "4"
    with pytest.raises(ValueError, match="expected int"):
        from_json(json.dumps(data))
