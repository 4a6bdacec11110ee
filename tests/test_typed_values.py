"""No value of a run typed by hand: a pair's prose quotes what its run printed or returned by reference.

A number typed into a docstring or a difference goes stale silently when a release changes what
the run gives; a reference (``{{PAIR numpy.result[0]}}``) is filled from the run at every build.
Each pair's prose, outside code and references, must therefore hold no number that also appears
in what that pair's own run printed or returned. Only numbers that say something are looked at:
a float with a fractional part, or one with at least three significant digits (small integers
such as shapes, counts and axes are inputs far more often than they are results).
"""

import math
import re
from collections.abc import Iterable, Mapping

import numpy as np
import pytest
from test_catalog import PAIR_IDS

from generator.discover.catalog import Pair
from generator.discover.references import prose_outside_code
from generator.execute.runs import SideRun
from generator.execute.values import ArrayValue, TextValue, leaves

_NUMBER = re.compile(r"(?<![\w.])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w]|\.\d)")


def telling(written: str) -> bool:
    """Whether a number as written says something about a run: a fraction, or three significant digits."""
    mantissa = re.split(r"[eE]", written.replace(",", "").lstrip("-"))[0]
    if "." in mantissa:
        return True
    return len(mantissa.strip("0")) >= 3


def prose(pair: Pair) -> str:
    """What the pair's author wrote in words: its docstrings and difference, outside code and references."""
    texts = [snippet.docstring for snippet in pair.snippets]
    if pair.meta is not None and pair.meta.difference:
        texts.append(pair.meta.difference)
    return "\n".join(prose_outside_code(text) for text in texts)


def _numbers(text: str) -> list[str]:
    return [match[0] for match in _NUMBER.finditer(text)]


def _run_numbers(run: SideRun) -> Iterable[float]:
    """Every number a run printed or returned."""
    texts = [run.stdout]
    if run.result is not None:
        for _, leaf in leaves(run.result):
            if isinstance(leaf, ArrayValue) and leaf.array.dtype.kind in "biuf":
                yield from (float(x) for x in np.asarray(leaf.array, dtype=float).ravel()[:10_000])
            elif isinstance(leaf, ArrayValue) and leaf.array.dtype.kind == "c":
                for x in leaf.array.ravel()[:10_000]:
                    yield from (float(x.real), float(x.imag))
            elif isinstance(leaf, TextValue) and leaf.text:
                texts.append(leaf.text)
    for text in texts:
        for written in _numbers(text):
            yield float(written.replace(",", ""))


def _same(written: str, value: float) -> bool:
    """Whether ``value`` reads as ``written`` once rounded to the digits ``written`` shows."""
    number = float(written.replace(",", ""))
    if not math.isfinite(value):
        return False
    if value == number:
        return True
    mantissa, _, exponent = written.replace(",", "").lower().partition("e")
    decimals = len(mantissa.partition(".")[2]) - int(exponent or 0)
    if "." not in mantissa and not exponent:
        return False
    return round(value, decimals) == round(number, decimals)


_VERSION = re.compile(r"(?:NumPy|PyTorch|Python|IEEE|version|versions)\s+$")

ALLOWED = {
    ("random/uniform-statistics", "3.5"): "the mean of U(2, 5) in theory, which the sample mean approaches",
    ("random/uniform-statistics", "0.866"): "the standard deviation of U(2, 5) in theory: 3 / sqrt(12)",
}
"""Numbers that a run happens to come close to but that no run produces: what theory says it should give."""


def _inputs(pair: Pair) -> set[float]:
    """The numbers written in the pair's code: a prose number among them is an input, not a result."""
    code = "\n".join(re.sub(r"(?<=\d)_(?=\d)", "", snippet.code) for snippet in pair.snippets)
    return {float(written.replace(",", "")) for written in _numbers(code)}


def typed_run_values(pair: Pair, runs: Mapping[str, SideRun]) -> list[str]:
    """The numbers of the pair's prose that its own runs printed or returned: each should be a reference.

    A number written in the pair's code is an input and may stay; so may a version ("NumPy 2.0").
    """
    measured = [value for run in runs.values() for value in _run_numbers(run)]
    inputs = _inputs(pair)
    text = prose(pair)
    found = []
    for match in _NUMBER.finditer(text):
        written = match[0]
        if not telling(written) or _VERSION.search(text, 0, match.start()) or (pair.id, written) in ALLOWED:
            continue
        if float(written.replace(",", "")) in inputs:
            continue
        if any(_same(written, value) for value in measured):
            found.append(written)
    return found


def test_telling_numbers():
    written = ["0.5", "2.675", "244", "1,000,000", "100", "16777217", "2", "1e-6"]
    assert [w for w in written if telling(w)] == ["0.5", "2.675", "244", "16777217"]


def test_a_number_is_matched_at_the_digits_it_shows():
    assert _same("0.96", 0.9612)
    assert _same("-2.0000000000000004", -2.0000000000000004)
    assert _same("244", 244.0)
    assert not _same("244", 244.4)
    assert not _same("0.83", 0.96)


@pytest.mark.parametrize("pair_id", PAIR_IDS)
def test_prose_types_no_value_its_run_gives(pair_id, catalog_result):
    outcome = next(o for o in catalog_result.outcomes if o.pair.id == pair_id)
    typed = typed_run_values(outcome.pair, outcome.runs)
    assert not typed, (
        f"{pair_id}: the prose types {', '.join(typed)}, which the pair's run printed or returned; "
        "quote it by reference ({{PAIR numpy.result[0]}}, {{PAIR torch.stdout[-1]}}) or rephrase"
    )
