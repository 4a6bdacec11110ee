"""The values prose quotes (``discover.references``), found in what the runs measured.

Each reference becomes plain text here, once, from the judged runs; the site escapes it for the
page, table or file it lands in. A reference that cannot be filled is a problem located where it
is written: the side did not produce that value (a side that raised has no result), an index
leads nowhere, an array is too long to quote, or the value changes with the thread count (a
machine's result is not a fact to state). A quote of a pair outside the selected ones is left as
a mark, not a problem: its pair did not run.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from generator.compare.numeric import compare_values
from generator.compare.threads import ThreadCheck
from generator.compare.timings import Timings
from generator.compare.verdict import PairOutcome, format_diff
from generator.discover.references import RUN_VALUES, Quantity, Quoted, Reference, fill
from generator.errors import Problem
from generator.execute.runs import SideRun
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue, Value
from generator.sides import SideRegistry
from generator.timer import format_ratio, format_time

MAX_QUOTED_ELEMENTS = 64
"""An array quoted whole has at most this many elements: a longer one is quoted by index."""
NOT_RUN = "(not run in this build)"
NOT_TIMED = "(not timed: make bench has not run on this machine)"


class QuoteError(Exception):
    """Why a reference has no value to quote."""


@dataclass(frozen=True)
class Quotes:
    """Every value the catalog's prose quotes, as plain text, by reference."""

    values: Mapping[Reference, str] = field(default_factory=dict)

    def fill(self, text: str, escape: Callable[[str], str] = str) -> str:
        """``text`` with each reference replaced by its value, escaped by ``escape`` for where it lands."""
        return fill(text, lambda reference: escape(self.values.get(reference, NOT_RUN)))


@dataclass(frozen=True)
class QuoteContext:
    """What quoting needs beyond the outcomes: the sides, timings and thread checks of the run."""

    sides: SideRegistry
    timings: Timings
    threads: Mapping[str, ThreadCheck]


def quote_all(
    quoted: Iterable[Quoted], outcomes: Mapping[str, PairOutcome], context: QuoteContext
) -> tuple[Quotes, tuple[Problem, ...]]:
    """The value of every well-formed reference whose pair ran, and a problem for each that has none."""
    values: dict[Reference, str] = {}
    problems: list[Problem] = []
    for place in quoted:
        reference = place.found.reference
        if reference is None or reference.pair_id not in outcomes or reference in values:
            continue
        try:
            values[reference] = quote(reference, outcomes[reference.pair_id], context)
        except QuoteError as exc:
            problems.append(Problem(place.path, place.line, f"quoted value {place.found.written}: {exc}"))
    return Quotes(values), tuple(problems)


def quote(reference: Reference, outcome: PairOutcome, context: QuoteContext) -> str:
    """One reference's value as plain text, or QuoteError saying why it has none."""
    quantity = reference.quantity
    check = context.threads.get(outcome.pair.id)
    if quantity in RUN_VALUES and check is not None and check.depends:
        counts = ", ".join(str(count) for count in check.counts)
        raise QuoteError(
            f"{outcome.pair.id}'s results change with the thread count (compared at {counts} threads): "
            "what one machine computed is not a fact to quote; its page shows each count's outcome"
        )
    meta = outcome.pair.meta
    if meta is None:
        raise QuoteError(f"{outcome.pair.id} is malformed: it has no values to quote")
    if quantity in (Quantity.RTOL, Quantity.ATOL):
        return format(meta.rtol if quantity is Quantity.RTOL else meta.atol, reference.spec or "g")
    if quantity in (Quantity.MAX_ABS_DIFF, Quantity.MAX_REL_DIFF):
        return _difference(reference, outcome, context.sides)
    if quantity in (Quantity.TIME, Quantity.RATIO):
        return _timing(reference, outcome.pair.id, context)
    run = outcome.runs.get(reference.side or "")
    if run is None:
        raise QuoteError(f"{outcome.pair.id} has no run of the {reference.side} side")
    if quantity is Quantity.ERROR:
        if run.error is None:
            raise QuoteError(f"the {reference.side} side of {outcome.pair.id} raised nothing")
        return run.error.type
    if quantity is Quantity.STDOUT:
        lines = run.stdout.splitlines()
        line = reference.index[0]
        if not isinstance(line, int) or not -len(lines) <= line < len(lines):
            raise QuoteError(f"the {reference.side} side printed {len(lines)} lines, none numbered {line}")
        return lines[line]
    return _number_text(
        _item(_result(run, reference.pair_id, reference.side or ""), reference.index), reference.spec
    )


def _result(run: SideRun, pair_id: str, side: str) -> Value:
    """The run's result; QuoteError naming the side (a difference's reference names none) when it has none."""
    if run.result is None:
        what = f"raised {run.error.type}" if run.error else "did not finish"
        raise QuoteError(f"the {side} side of {pair_id} {what}: it has no result")
    return run.result


def _item(value: Value, index: tuple[int | str, ...]) -> Value:
    """The part of a result an index names: items of tuples and dicts, then rows of an array."""
    for position, key in enumerate(index):
        where = "".join(f"[{k!r}]" for k in index[:position]) or "the result"
        if (
            isinstance(value, SeqValue)
            and isinstance(key, int)
            and -len(value.items) <= key < len(value.items)
        ):
            value = value.items[key]
        elif isinstance(value, MapValue) and isinstance(key, str) and key in dict(value.items):
            value = dict(value.items)[key]
        elif (
            isinstance(value, ArrayValue)
            and isinstance(key, int)
            and value.shape
            and -value.shape[0] <= key < value.shape[0]
        ):
            value = ArrayValue(np.asarray(value.array[key]), value.dtype, value.type_name)
        else:
            raise QuoteError(f"{where} has no item [{key!r}]")
    return value


def _number_text(value: Value, spec: str) -> str:
    if isinstance(value, TextValue):
        if spec:
            raise QuoteError("a format applies to numbers, and this value is text")
        return "None" if value.text is None else value.text
    if not isinstance(value, ArrayValue):
        raise QuoteError("a tuple, list or dict is quoted item by item: add an index such as [0]")
    if value.array.size > MAX_QUOTED_ELEMENTS:
        raise QuoteError(f"{value.array.size} values are too many to quote: add an index such as [0]")
    return _nested(value.array.tolist(), spec)


def _nested(data: object, spec: str) -> str:
    if isinstance(data, list):
        return "[" + ", ".join(_nested(item, spec) for item in data) + "]"
    if isinstance(data, bool) or not isinstance(data, int | float | complex):
        return str(data)
    try:
        return format(data, spec) if spec else repr(data)
    except ValueError as exc:
        raise QuoteError(f"format {spec!r} does not apply to {data!r}: {exc}") from exc


def _difference(reference: Reference, outcome: PairOutcome, sides: SideRegistry) -> str:
    judgement, meta = outcome.judgement, outcome.pair.meta
    found: list[float] = []
    if not reference.index:
        largest = (
            judgement.max_abs_diff if reference.quantity is Quantity.MAX_ABS_DIFF else judgement.max_rel_diff
        )
        found = [] if largest is None else [largest]
    elif meta is not None:
        base = _item(
            _result(outcome.runs[sides.reference.name], outcome.pair.id, sides.reference.name),
            reference.index,
        )
        for side in sides.sides[1:]:
            other = _item(_result(outcome.runs[side.name], outcome.pair.id, side.name), reference.index)
            comparison = compare_values(base, other, rtol=meta.rtol, atol=meta.atol, same_dtype=False)
            largest = (
                comparison.max_abs_diff
                if reference.quantity is Quantity.MAX_ABS_DIFF
                else comparison.max_rel_diff
            )
            found.extend([] if largest is None else [largest])
    if not found:
        raise QuoteError(f"{outcome.pair.id}'s comparison measured no numeric difference there")
    return format(max(found), reference.spec) if reference.spec else format_diff(max(found))


def _timing(reference: Reference, pair_id: str, context: QuoteContext) -> str:
    if reference.quantity is Quantity.TIME:
        found = context.timings.get(pair_id, reference.side or "", 1)
        return format_time(found.median) if found else NOT_TIMED
    sides = context.sides
    base = context.timings.get(pair_id, sides.reference.name, 1)
    other = context.timings.get(pair_id, sides.sides[1].name, 1) if len(sides) > 1 else None
    if base is None or other is None or base.median <= 0:
        return NOT_TIMED
    return format_ratio(other.median / base.median)
