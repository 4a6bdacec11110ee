"""Library releases and the ranges a pair applies to: ``>=2.0``, ``>=1.26,<2.3``, ``==2.4.6``.

Shared by discovery (a pair's ``requires`` key is validated once, at load) and by the version
matrix (which decides, per combination, whether a pair is available there). Only the release
numbers count: a local label such as PyTorch's ``+cpu`` is ignored, so ``torch>=2.13`` holds for
``2.13.0+cpu``. Pre-releases are not distinguished from their final release; the matrix installs
final releases only.
"""

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

_RELEASE = re.compile(r"^\s*v?(?P<numbers>\d+(?:\.\d+)*)(?P<rest>[^\s]*)\s*$")
_CLAUSE = re.compile(r"^\s*(?P<op>>=|<=|==|!=|>|<)\s*(?P<version>\d+(?:\.\d+)*)\s*$")
_OPERATORS: dict[str, Callable[[tuple[int, ...], tuple[int, ...]], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    "==": operator.eq,
    "!=": operator.ne,
    ">": operator.gt,
    "<": operator.lt,
}


def release(version: str) -> tuple[int, ...]:
    """The release numbers of a version, trailing zeros dropped: ``2.13.0+cpu`` → ``(2, 13)``.

    Raises ValueError for text that does not start with a dotted number.
    """
    match = _RELEASE.match(version)
    if not match:
        raise ValueError(f"expected a version such as '2.1' or '1.26.4', got {version!r}")
    numbers = [int(part) for part in match["numbers"].split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def same_release(first: str, second: str) -> bool:
    """Whether two version strings name the same release (``2.13.0`` and ``2.13.0+cpu`` do)."""
    return release(first) == release(second)


@dataclass(frozen=True)
class Clause:
    """One comparison of a range: an operator and a release."""

    op: str
    version: tuple[int, ...]

    def admits(self, found: tuple[int, ...]) -> bool:
        """Whether a release satisfies this comparison."""
        return _OPERATORS[self.op](found, self.version)


@dataclass(frozen=True)
class Range:
    """A range of releases as written (``>=2.0,<2.3``): every clause must hold."""

    text: str
    clauses: tuple[Clause, ...]

    def admits(self, version: str) -> bool:
        """Whether the installed ``version`` lies in the range."""
        found = release(version)
        return all(clause.admits(found) for clause in self.clauses)


def parse_range(text: str) -> Range:
    """Parse a comma-separated list of comparisons; ValueError names the clause that is wrong.

    The range keeps its text without spaces (``>= 2.1`` is written ``>=2.1``).
    """
    clauses, written = [], []
    for part in text.split(","):
        match = _CLAUSE.match(part)
        if not match:
            raise ValueError(
                f"expected comparisons such as '>=2.1' or '>=1.26,<2.3' (operators >=, <=, >, <, ==, !=), "
                f"got {part.strip()!r}"
            )
        clauses.append(Clause(match["op"], release(match["version"])))
        written.append(match["op"] + match["version"])
    return Range(text=",".join(written), clauses=tuple(clauses))
