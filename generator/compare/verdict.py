"""Judge a pair: what the build observed (its verdict) and whether that is what the pair claims.

The reference side (the registry's first) is compared with every other side. Verdicts: ``equal``
(every side gives the reference's result within tolerance), ``both-raise`` (every side raises an
exception that an ``except`` clause written for the reference's would catch), ``differs`` (a
difference the pair documents), ``mismatch`` (a difference the pair does not expect), ``error``
(a side could not be compared: a malformed pair, a timeout, a crash, a missing or unusable
`result`).

A documented difference is a porting trap, classed from the porter's side, by what the port
does: *loud* when a port side raises where the reference does not, or raises an exception the
reference's ``except`` clause misses (``RuntimeError`` where NumPy raised ``ValueError``): the
port fails at once. *Silent* when every port side runs and its result is not what the reference
program does, the reference raising included: nothing tells the porter.
"""

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from generator.compare.numeric import Comparison, compare_values
from generator.discover.catalog import Pair
from generator.discover.metadata import Expectation, PairMeta
from generator.execute.runs import RaisedError, SideRun
from generator.execute.values import Value
from generator.sides import DEFAULT_SIDES, Side, SideRegistry


class Trap(StrEnum):
    """How a documented difference shows itself to the porter, the dangerous kind first."""

    SILENT = "silent"
    LOUD = "loud"


class Verdict(StrEnum):
    """What the build observed for a pair; the first three are also what a pair can claim."""

    EQUAL = "equal"
    BOTH_RAISE = "both-raise"
    DIFFERS = "differs"
    MISMATCH = "mismatch"
    ERROR = "error"


@dataclass(frozen=True)
class Judgement:
    """A pair's verdict, whether that holds the pair's claim, and why."""

    verdict: Verdict
    holds: bool
    summary: str
    details: tuple[str, ...] = ()
    max_abs_diff: float | None = None
    max_rel_diff: float | None = None
    trap: Trap | None = None
    """The kind of porting trap, for an observed documented difference (verdict ``differs``)."""


@dataclass(frozen=True)
class PairOutcome:
    """A pair with its runs (by side name) and its judgement: everything the pages need."""

    pair: Pair
    runs: Mapping[str, SideRun]
    judgement: Judgement


def judge(pair: Pair, runs: Mapping[str, SideRun], sides: SideRegistry = DEFAULT_SIDES) -> Judgement:
    """The judgement of one pair, given the runs of its sides."""
    if pair.problems or pair.meta is None:
        details = tuple(str(p) for p in pair.problems) or ("the pair has no metadata",)
        return Judgement(Verdict.ERROR, False, "error — the pair is malformed", details)
    meta = pair.meta
    missing = [side.label for side in sides if side.name not in runs]
    if missing:
        return Judgement(
            Verdict.ERROR, False, "error — not run", (f"no run for the {' and '.join(missing)} side",)
        )
    faults = [f"{side.label} side: {fault.message}" for side in sides if (fault := runs[side.name].fault)]
    if faults:
        return Judgement(Verdict.ERROR, False, "error — " + "; ".join(faults), tuple(faults))

    errors = {side.name: error for side in sides if (error := runs[side.name].error) is not None}
    if errors:
        return _raised(meta, sides, errors)

    reference = sides.reference
    comparisons = [
        (
            other,
            compare_values(
                _result(runs[reference.name]),
                _result(runs[other.name]),
                rtol=meta.rtol,
                atol=meta.atol,
                same_dtype=meta.same_dtype,
            ),
        )
        for other in sides.sides[1:]
    ]
    lines = tuple(
        line
        for other, comparison in comparisons
        for line in _comparison_lines(comparison, reference, other, meta.rtol, meta.atol)
    )
    max_abs = _largest(c.max_abs_diff for _, c in comparisons)
    max_rel = _largest(c.max_rel_diff for _, c in comparisons)
    if all(comparison.equal for _, comparison in comparisons):
        summary = f"equivalent (max |Δ| = {format_diff(max_abs)})"
        if meta.expect is Expectation.DIFFERS:
            now_equal = "now equal: the documented difference is gone, both sides give the same result"
            return Judgement(Verdict.EQUAL, False, summary, (now_equal, *lines), max_abs, max_rel)
        return _claimed(meta.expect, Verdict.EQUAL, summary, lines, max_abs=max_abs, max_rel=max_rel)
    return _differs(
        meta.expect, meta.difference, "results differ", lines, Trap.SILENT, max_abs=max_abs, max_rel=max_rel
    )


def outside_requirement(
    judgement: Judgement, unmet: tuple[str, ...], versions: Mapping[str, str]
) -> Judgement:
    """A pair run under releases its ``requires`` excludes: it cannot hold its claim there.

    The verdict stays what the build observed; the summary says which requirement failed.
    """
    found = ", ".join(f"{name} {version}" for name, version in versions.items() if name != "python")
    return replace(
        judgement,
        holds=False,
        summary=f"not available — requires {', '.join(unmet)}",
        details=(f"the pair requires {', '.join(unmet)}; this run has {found}", *judgement.details),
    )


def format_diff(value: float | None) -> str:
    """A difference as a reader wants it: ``0``, ``2.2e-16``, ``0.5``, ``inf``."""
    if value is None:
        return "n/a"
    if value == 0:
        return "0"
    if math.isinf(value):
        return "inf"
    return f"{value:.2g}"


def _result(run: SideRun) -> Value:
    """The result of a run that neither raised nor faulted: the engine records a fault for no result."""
    if run.result is None:
        raise ValueError("a run that neither raised nor faulted has no result")
    return run.result


def _largest(values: Iterable[float | None]) -> float | None:
    found = [value for value in values if value is not None]
    return max(found) if found else None


def _claimed(
    expect: Expectation,
    verdict: Verdict,
    summary: str,
    details: tuple[str, ...],
    *,
    max_abs: float | None = None,
    max_rel: float | None = None,
) -> Judgement:
    holds = expect.value == verdict.value
    if not holds:
        details = (f"expected {expect.value}, observed {verdict.value}", *details)
    return Judgement(verdict, holds, summary, details, max_abs, max_rel)


def _differs(
    expect: Expectation,
    difference: str | None,
    what: str,
    details: tuple[str, ...],
    trap: Trap,
    *,
    max_abs: float | None = None,
    max_rel: float | None = None,
) -> Judgement:
    if expect is Expectation.DIFFERS:
        return Judgement(Verdict.DIFFERS, True, f"differs — {difference}", details, max_abs, max_rel, trap)
    return _claimed(expect, Verdict.MISMATCH, f"mismatch — {what}", details, max_abs=max_abs, max_rel=max_rel)


def _raised(meta: PairMeta, sides: SideRegistry, errors: Mapping[str, RaisedError]) -> Judgement:
    """The judgement when some side raised.

    A port side's exception is loud unless the reference's own ``except`` clause would catch it:
    the reference raised too, and the port's exception is an instance of the reference's class.
    """
    lines = [f"{side.label} raised {e.type}: {e.message}" for side in sides if (e := errors.get(side.name))]
    expected = errors.get(sides.reference.name)
    loud = False
    for side in sides.sides[1:]:
        error = errors.get(side.name)
        if error is None:
            continue
        if expected is None:
            loud = True
        elif not error.is_a(expected.type):
            loud = True
            handler = expected.type.rsplit(".", 1)[-1]
            lines.append(
                f"{side.label}'s {error.type} is not a {expected.type}: "
                f"an `except {handler}` written for {sides.reference.label} does not catch it"
            )
    if len(errors) == len(sides) and not loud:
        return _claimed(meta.expect, Verdict.BOTH_RAISE, "both raise", tuple(lines))
    if len(errors) == len(sides):
        what = "the exception classes differ"
    else:
        what = "only one side raised" if len(sides) == 2 else "only some sides raised"
    return _differs(meta.expect, meta.difference, what, tuple(lines), Trap.LOUD if loud else Trap.SILENT)


def _comparison_lines(
    comparison: Comparison, reference: Side, other: Side, rtol: float, atol: float
) -> tuple[str, ...]:
    lines = [
        f"{path}: dtypes differ: {reference.label} {ref_dtype}, {other.label} {other_dtype}"
        for path, ref_dtype, other_dtype in comparison.dtype_differences
    ]
    found = comparison.difference
    if found is not None:
        lines.append(
            f"{found.path}: {found.reason}: {reference.label} {found.reference}; {other.label} {found.other}"
        )
        if comparison.max_abs_diff is not None:
            lines.append(
                f"max |Δ| = {format_diff(comparison.max_abs_diff)}, max relative Δ = "
                f"{format_diff(comparison.max_rel_diff)} (rtol {rtol:g}, atol {atol:g})"
            )
        if found.index is not None:
            lines.append(
                f"first mismatch at index {found.index}: {reference.label} {found.reference_value}, "
                f"{other.label} {found.other_value}"
            )
    return tuple(lines)
