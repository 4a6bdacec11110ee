"""Judge a pair: what the build observed (its verdict) and whether that is what the pair claims.

Verdicts: ``equal`` (same results within tolerance), ``both-raise``, ``differs`` (a difference the
pair documents), ``mismatch`` (a difference the pair does not expect), ``error`` (a side could
not be compared: a malformed pair, a timeout, a crash, a missing or unusable `result`).
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

from generator.compare.numeric import Comparison, compare_values
from generator.discover.catalog import Pair
from generator.discover.metadata import Expectation
from generator.execute.runs import SideRun
from generator.sides import SIDES


@dataclass(frozen=True)
class Verdict:
    """What a pair's two runs showed, whether that holds the pair's claim, and why."""

    verdict: str
    holds: bool
    summary: str
    details: tuple[str, ...] = ()
    max_abs_diff: float | None = None
    max_rel_diff: float | None = None
    comparison: Comparison | None = None


@dataclass(frozen=True)
class PairOutcome:
    """A pair with its runs (by side name) and its verdict: everything the pages need."""

    pair: Pair
    runs: Mapping[str, SideRun]
    verdict: Verdict


def judge(pair: Pair, runs: Mapping[str, SideRun]) -> Verdict:
    """The verdict for one pair, given the runs of its sides."""
    if pair.problems or pair.meta is None:
        details = tuple(str(p) for p in pair.problems) or ("the pair has no metadata",)
        return Verdict("error", False, "error — the pair is malformed", details)
    meta = pair.meta
    missing = [side.label for side in SIDES if side.name not in runs]
    if missing:
        return Verdict("error", False, "error — not run", (f"no run for the {' and '.join(missing)} side",))
    faults = [f"{side.label} side: {fault.message}" for side in SIDES if (fault := runs[side.name].fault)]
    if faults:
        return Verdict("error", False, "error — " + "; ".join(faults), tuple(faults))

    raised = {side.name: runs[side.name].error for side in SIDES}
    raised_lines = tuple(
        f"{side.label} raised {error.type}: {error.message}"
        for side in SIDES
        if (error := raised[side.name]) is not None
    )
    if all(raised.values()):
        return _verdict(meta.expect, "both-raise", "both raise", raised_lines)
    if any(raised.values()):
        return _differs(meta.expect, meta.difference, "only one side raised", raised_lines)

    comparison = compare_values(
        *(runs[side.name].result for side in SIDES),  # type: ignore[arg-type]
        rtol=meta.rtol,
        atol=meta.atol,
        same_dtype=meta.same_dtype,
    )
    lines = _comparison_lines(comparison, meta.rtol, meta.atol)
    if comparison.equal:
        verdict = _verdict(
            meta.expect,
            "equal",
            f"equivalent (max |Δ| = {format_diff(comparison.max_abs_diff)})",
            lines,
            comparison,
        )
        if meta.expect is Expectation.DIFFERS:
            now_equal = "now equal: the documented difference is gone, both sides give the same result"
            return Verdict(
                verdict.verdict,
                False,
                verdict.summary,
                (now_equal, *lines),
                verdict.max_abs_diff,
                verdict.max_rel_diff,
                comparison,
            )
        return verdict
    return _differs(meta.expect, meta.difference, "results differ", lines, comparison)


def format_diff(value: float | None) -> str:
    """A difference as a reader wants it: ``0``, ``2.2e-16``, ``0.5``, ``inf``."""
    if value is None:
        return "n/a"
    if value == 0:
        return "0"
    if math.isinf(value):
        return "inf"
    return f"{value:.2g}"


def _verdict(
    expect: Expectation,
    verdict: str,
    summary: str,
    details: tuple[str, ...],
    comparison: Comparison | None = None,
) -> Verdict:
    holds = expect.value == verdict
    if not holds:
        details = (f"expected {expect.value}, observed {verdict}", *details)
    return Verdict(
        verdict,
        holds,
        summary,
        details,
        comparison.max_abs_diff if comparison else None,
        comparison.max_rel_diff if comparison else None,
        comparison,
    )


def _differs(
    expect: Expectation,
    difference: str | None,
    what: str,
    details: tuple[str, ...],
    comparison: Comparison | None = None,
) -> Verdict:
    if expect is Expectation.DIFFERS:
        return Verdict(
            "differs",
            True,
            f"differs — {difference}",
            details,
            comparison.max_abs_diff if comparison else None,
            comparison.max_rel_diff if comparison else None,
            comparison,
        )
    return _verdict(expect, "mismatch", f"mismatch — {what}", details, comparison)


def _comparison_lines(comparison: Comparison, rtol: float, atol: float) -> tuple[str, ...]:
    lines = list(comparison.dtype_notes)
    found = comparison.difference
    if found is not None:
        lines.append(f"{found.path}: {found.reason}: NumPy {found.numpy}; PyTorch {found.torch}")
        if comparison.max_abs_diff is not None:
            lines.append(
                f"max |Δ| = {format_diff(comparison.max_abs_diff)}, max relative Δ = "
                f"{format_diff(comparison.max_rel_diff)} (rtol {rtol:g}, atol {atol:g})"
            )
        if found.index is not None:
            lines.append(
                f"first mismatch at index {found.index}: NumPy {found.numpy_value}, "
                f"PyTorch {found.torch_value}"
            )
    return tuple(lines)
