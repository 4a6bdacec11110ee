"""What running one snippet produced: output, the exception it raised, a fault, its result and timing.

A run that raised, timed out or crashed is still a run: these are values the pages and the
report show, never exceptions that stop the build.
"""

from dataclasses import dataclass
from enum import StrEnum

from generator.execute.values import Value
from generator.timer import Timing


class FaultKind(StrEnum):
    """Ways a snippet can fail to produce a comparable outcome, other than raising an exception."""

    TIMEOUT = "timeout"
    OUT_OF_MEMORY = "out-of-memory"
    CRASH = "crash"
    EXIT = "exit"
    NO_RESULT = "no-result"
    BAD_RESULT = "bad-result"


@dataclass(frozen=True)
class RaisedError:
    """An exception the snippet raised, with its traceback cut to the snippet's own lines."""

    type: str
    message: str
    traceback: str
    bases: tuple[str, ...] = ()
    """The names of the classes it is an instance of, its own first: what an ``except`` clause matches."""

    def is_a(self, name: str) -> bool:
        """Whether ``except <name>`` catches it (by name: the parent never imports the classes)."""
        return name == self.type or name in self.bases


@dataclass(frozen=True)
class Fault:
    """A run that ended without an outcome to compare, in words a reader can act on."""

    kind: FaultKind
    message: str
    traceback: str = ""


@dataclass(frozen=True)
class Figure:
    """A matplotlib figure the snippet left open, saved as SVG text when the snippet ended.

    ``number`` is matplotlib's figure number, shown to readers; a published file is named by the
    figure's position in the run, which the engine chooses, never by anything the child reports.
    """

    number: int
    svg: str


@dataclass(frozen=True)
class SideRun:
    """Everything one side of a pair produced when it ran: the run's one record.

    The child that ran the snippet builds it with its outputs empty and sends it across
    (``execute.record``); the engine, which reads the outputs through descriptors it holds, fills
    ``stdout`` and ``stderr`` in. Nothing is copied from one class into another on the way.
    """

    stdout: str
    stderr: str
    error: RaisedError | None
    fault: Fault | None
    result: Value | None
    seconds: float | None
    api: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    timing: Timing | None = None
    timing_note: str = ""
    """Why a timing was asked for but not taken (the snippet raised, say); empty otherwise."""

    @property
    def completed(self) -> bool:
        """Whether the snippet ran to the end and produced a result."""
        return self.error is None and self.fault is None and self.result is not None
