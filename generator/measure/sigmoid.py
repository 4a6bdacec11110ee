"""The sigmoid experiment: every way of writing it, side by side in one run, small and large.

The article this reference answers timed whole scripts with ``time`` on a 4×1 float64 input called
100,000 and 1,000,000 times, and concluded that PyTorch's element-by-element ``apply_`` was
fastest. Here the same loops run once per form, one form after another in one process, next to a
per-call timing of each form (batches interleaved across forms) at 4×1 and at larger sizes, where
the fixed cost of a call stops dominating. PyTorch runs on one thread (see ``THREADS_REASON``).
What the article's conclusion becomes today is computed from those numbers: which form is fastest
in each case, and where ``apply_`` places.

Every form's result is checked against NumPy's before it is timed, so a fast wrong form cannot win.
"""

import math
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch

from generator.measure.results import CompileStatus, Fastest, Form, FormTiming, LoopRun, Sigmoid
from generator.measure.sweeps import Contender, side_by_side, using_torch_threads

DTYPE = "float64"
REFERENCE = "numpy"
APPLY = "torch_apply_"
COMPILED = "torch_compile"
SMALL_SHAPE = (4, 1)

# Why the forms are compared with PyTorch on one thread (NumPy's ufuncs use one thread anyway).
THREADS_REASON = (
    "PyTorch on one thread, like NumPy's ufuncs: the question is each form's own cost per call. On "
    "this shared 2-core machine, PyTorch at 2 threads made some forms (1 / (1 + torch.exp(-x)) at "
    "1000 elements) cost milliseconds instead of microseconds in some runs and not others, stalled "
    "waiting for a core held by another process; the sweeps measure that effect with their control."
)

FORMS = (
    Form("numpy", "numpy", "1 / (1 + np.exp(-x))"),
    Form(
        "numpy_out",
        "numpy",
        "np.exp(np.negative(x, out=buf), out=buf); np.add(buf, 1, out=buf); np.divide(1, buf, out=buf)",
    ),
    Form("torch_expr", "torch", "1 / (1 + torch.exp(-x))"),
    Form("torch.sigmoid", "torch", "torch.sigmoid(x)"),
    Form("torch.reciprocal", "torch", "torch.reciprocal(1 + torch.exp(-x))"),
    Form("torch.div", "torch", "torch.div(1, 1 + torch.exp(-x))"),
    Form(APPLY, "torch", "x.clone().apply_(lambda v: 1 / (1 + math.exp(-v)))"),
    Form("torch.sigmoid_out", "torch", "torch.sigmoid(x, out=buf)"),
    Form("torch.sigmoid_", "torch", "buf.copy_(x).sigmoid_()  (in place on a preallocated copy)"),
    Form(COMPILED, "torch", "torch.compile(lambda x: 1 / (1 + torch.exp(-x)), dynamic=False)(x)"),
)


@dataclass(frozen=True)
class SigmoidPlan:
    """Input sizes (elements) for per-call timings, loop iteration counts at 4×1, and timer settings."""

    sizes: tuple[int, ...]
    iterations: tuple[int, ...]
    min_time: float
    repeats: int
    compile: bool
    torch_threads: int = 1


FULL_PLAN = SigmoidPlan((4, 1_000, 1_000_000), (10_000, 100_000), min_time=0.05, repeats=5, compile=True)
QUICK_PLAN = SigmoidPlan((4, 1_000), (100, 1_000), min_time=0.0005, repeats=3, compile=False)


def _expression(x: torch.Tensor) -> torch.Tensor:
    return 1 / (1 + torch.exp(-x))


def _python_sigmoid(value: float) -> float:
    return 1 / (1 + math.exp(-value))


def _callables(
    array: np.ndarray, compiled: Callable[[torch.Tensor], torch.Tensor] | None
) -> dict[str, Callable[[], object]]:
    """Each form bound to one input (and its own output buffer); the compiled form only if it built."""
    buffer = np.empty_like(array)
    x = torch.from_numpy(array.copy())
    out = torch.empty_like(x)

    def numpy_out() -> object:
        np.exp(np.negative(array, out=buffer), out=buffer)
        np.add(buffer, 1, out=buffer)
        return np.divide(1, buffer, out=buffer)

    forms: dict[str, Callable[[], object]] = {
        "numpy": lambda: 1 / (1 + np.exp(-array)),
        "numpy_out": numpy_out,
        "torch_expr": lambda: 1 / (1 + torch.exp(-x)),
        "torch.sigmoid": lambda: torch.sigmoid(x),
        "torch.reciprocal": lambda: torch.reciprocal(1 + torch.exp(-x)),
        "torch.div": lambda: torch.div(1, 1 + torch.exp(-x)),
        APPLY: lambda: x.clone().apply_(_python_sigmoid),
        "torch.sigmoid_out": lambda: torch.sigmoid(x, out=out),
        "torch.sigmoid_": lambda: out.copy_(x).sigmoid_(),
    }
    if compiled is not None:
        forms[COMPILED] = lambda: compiled(x)
    return forms


def _as_numpy(value: object) -> np.ndarray:
    if isinstance(value, torch.Tensor):
        return value.detach().cpu().numpy()
    return np.asarray(value)


def compile_expression(
    plan: SigmoidPlan,
) -> tuple[Callable[[torch.Tensor], torch.Tensor] | None, CompileStatus]:
    """``torch.compile`` the expression and call it once on the 4×1 input; the exact error if it fails.

    The first call is where compilation happens (Dynamo traces, Inductor writes and builds C++), so
    its duration is the compile cost. Inductor caches its builds on disk, so a second run on the
    same machine compiles faster than the first: the finding says which this was.
    """
    if not plan.compile:
        return None, CompileStatus(
            attempted=False,
            worked=False,
            detail="not attempted: quick run (compiling takes tens of seconds)",
            compile_seconds=None,
        )
    compiler = shutil.which("c++") or shutil.which("g++") or shutil.which("clang++")
    cached = _inductor_cache_files()
    compiled = torch.compile(_expression, dynamic=False)
    start = time.perf_counter()
    try:
        compiled(torch.zeros(SMALL_SHAPE, dtype=torch.float64))
    except Exception as error:  # any failure is the finding to record, verbatim
        reason = f"{type(error).__name__}: {error}".strip()
        return None, CompileStatus(
            attempted=True,
            worked=False,
            detail=f"failed (C++ compiler on PATH: {compiler or 'none'}): {reason[:2000]}",
            compile_seconds=None,
        )
    seconds = time.perf_counter() - start
    return compiled, CompileStatus(
        attempted=True,
        worked=True,
        detail=(
            f"worked on the CPU with C++ compiler {compiler}; "
            f"first call (trace + build) took {seconds:.1f} s, "
            + (
                "with Inductor's on-disk cache empty; "
                if cached == 0
                else f"with {cached} files in Inductor's on-disk cache from earlier runs; "
            )
            + "each new input size recompiles (dynamic=False) during its warm-up call"
        ),
        compile_seconds=seconds,
    )


def _inductor_cache_files() -> int:
    """How many files Inductor's on-disk cache holds: none, and the first call builds everything."""
    from torch._inductor.runtime.cache_dir_utils import cache_dir  # noqa: PLC0415 - only when compiling

    return sum(len(files) for _, _, files in os.walk(cache_dir()))


def _ranked(costs: dict[str, float], case: str) -> Fastest:
    order = sorted(costs, key=costs.__getitem__)
    best = order[0]
    return Fastest(
        case=case,
        form=best,
        apply_rank=order.index(APPLY) + 1,
        apply_vs_fastest=costs[APPLY] / costs[best],
    )


def _time_forms(
    plan: SigmoidPlan,
    compiled: Callable[[torch.Tensor], torch.Tensor] | None,
    progress: Callable[[str], None] | None,
) -> list[FormTiming]:
    """Per-call timing of every form at every size, their batches interleaved (``side_by_side``).

    Each form's result is checked first; one that raises or differs is reported with its error and
    not timed. NumPy's expression is the reference for the ratios.
    """
    rng = np.random.default_rng(7)
    timings: list[FormTiming] = []
    for size in plan.sizes:
        array = rng.standard_normal(SMALL_SHAPE if size == 4 else (size,)).astype(DTYPE)
        expected = 1 / (1 + np.exp(-array))
        good: dict[str, Callable[[], object]] = {}
        for name, call in _callables(array, compiled).items():
            try:
                if not np.allclose(_as_numpy(call()), expected, rtol=1e-12, atol=0.0):
                    raise ValueError("result differs from 1 / (1 + np.exp(-x))")
            except Exception as error:  # a form that fails is reported, not fatal
                timings.append(FormTiming(name, size, None, None, f"{type(error).__name__}: {error}"[:500]))
            else:
                good[name] = call
        measured = side_by_side(
            [Contender(call, None, None) for call in good.values()],
            min_time=plan.min_time,
            repeats=plan.repeats,
        )
        reference = dict(zip(good, measured, strict=True))[REFERENCE].median
        for name, timing in zip(good, measured, strict=True):
            timings.append(FormTiming(name, size, timing, timing.median / reference, None))
            if progress is not None:
                progress(f"sigmoid {name} {size}: {timing.median * 1e6:.2f} µs/call")
    return timings


def _loop_runs(
    plan: SigmoidPlan,
    compiled: Callable[[torch.Tensor], torch.Tensor] | None,
    failed: set[str],
    progress: Callable[[str], None] | None,
) -> list[LoopRun]:
    """Each form called in a plain Python loop on the 4×1 input, the whole loop timed once.

    Forms in ``failed`` (those that raised or gave a wrong result at 4×1) are left out.
    """
    array = np.random.default_rng(7).standard_normal(SMALL_SHAPE).astype(DTYPE)
    runs: list[LoopRun] = []
    for iterations in plan.iterations:
        reference = 0.0
        for name, call in _callables(array, compiled).items():
            if name in failed:
                continue
            call()  # warm-up, as the article's scripts' import and first call were outside any loop
            start = time.perf_counter()
            for _ in range(iterations):
                call()
            seconds = time.perf_counter() - start
            if name == REFERENCE:
                reference = seconds
            runs.append(LoopRun(name, iterations, seconds, seconds / iterations, seconds / reference))
            if progress is not None:
                progress(f"sigmoid loop {name} ×{iterations}: {seconds:.2f} s")
    return runs


def winners(timings: list[FormTiming], runs: list[LoopRun]) -> list[Fastest]:
    """Which form was fastest per size and per loop, with ``apply_``'s rank among the forms that ran."""
    found: list[Fastest] = []
    for size in sorted({timing.size for timing in timings}):
        costs = {t.form: t.timing.median for t in timings if t.size == size and t.timing is not None}
        if APPLY in costs:
            label = "4×1" if size == 4 else f"{size} elements"
            found.append(_ranked(costs, f"per call, {label}"))
    for iterations in sorted({run.iterations for run in runs}):
        costs = {run.form: run.seconds for run in runs if run.iterations == iterations}
        found.append(_ranked(costs, f"loop of {iterations:,} calls on 4×1"))
    return found


def conclusion(fastest: list[Fastest]) -> str:
    """One sentence on the article's "apply is fastest", as the data here has it."""
    wins = [entry.case for entry in fastest if entry.form == APPLY]
    if len(wins) == len(fastest):
        return f"apply_ is still fastest in every case measured ({len(fastest)})."
    parts = [f"{entry.case}: {entry.form} (apply_ {entry.apply_vs_fastest:.1f}× slower)" for entry in fastest]
    verdict = (
        "apply_ is fastest in no case measured"
        if not wins
        else f"apply_ is fastest only in {', '.join(wins)}"
    )
    return f"{verdict}. Fastest form per case: " + "; ".join(parts) + "."


def run_sigmoid(plan: SigmoidPlan, progress: Callable[[str], None] | None = None) -> Sigmoid:
    """The whole experiment: compile attempt, per-call timings at each size, then the 4×1 loops."""
    start = time.perf_counter()
    with using_torch_threads(plan.torch_threads):
        compiled, status = compile_expression(plan)
        timings = _time_forms(plan, compiled, progress)
        failed = {timing.form for timing in timings if timing.size == plan.sizes[0] and timing.timing is None}
        runs = _loop_runs(plan, compiled, failed, progress)
    fastest = winners(timings, runs)
    names = {timing.form for timing in timings}
    return Sigmoid(
        dtype=DTYPE,
        torch_threads=plan.torch_threads,
        threads_reason=THREADS_REASON,
        forms=tuple(form for form in FORMS if form.name in names),
        sizes=plan.sizes,
        timings=tuple(timings),
        loops=tuple(runs),
        fastest=tuple(fastest),
        compile=status,
        conclusion=conclusion(fastest),
        seconds=time.perf_counter() - start,
    )
