"""A finished child's reply turned into its SideRun: everything in it is untrusted data.

The server read the child's outputs and record through descriptors it opened before the fork,
so no path the snippet could replace (with a link to ``/proc/self/environ``, a FIFO, a folder)
was ever opened, and each within its cap. Here the record is decoded and checked
(``execute.record``), the outputs added, and every figure rebuilt without anything that could
act (``svg``). A snippet that forges its record gets a fault naming what was wrong, never code
run in the engine or a file written where it chose.
"""

import os
import signal
from dataclasses import replace

from generator.execute.contract import ENGINE_FAILURE_EXIT, Job, Reply, truncation_marker
from generator.execute.decode import decode_run
from generator.execute.record import RecordError
from generator.execute.runs import Fault, FaultKind, SideRun
from generator.execute.svg import UnsafeFigureError, safe_svg
from generator.sizes import format_size


def collect(job: Job, reply: Reply) -> SideRun:
    """The run the child recorded, with its outputs; a fault when it left no valid record."""
    stdout = _capped_text(reply.stdout, job.output_cap)
    stderr = _capped_text(reply.stderr, job.output_cap)
    fault = _fault_without_record(job, reply)
    if fault is None and reply.record is not None:
        try:
            return _safe_figures(decode_run(reply.record, stdout, stderr))
        except RecordError as exc:
            message = f"the child's report could not be read ({exc}); the snippet may have forged it"
            fault = Fault(FaultKind.CRASH, message)
    return SideRun(
        stdout=stdout,
        stderr=stderr,
        error=None,
        fault=fault or _fault_from_status(job, reply),
        result=None,
        seconds=None,
    )


def _safe_figures(run: SideRun) -> SideRun:
    """The run with figures stripped of anything that could act, or a fault naming an unreadable one."""
    figures = []
    for figure in run.figures:
        try:
            figures.append(replace(figure, svg=safe_svg(figure.svg)))
        except UnsafeFigureError as exc:
            fault = Fault(FaultKind.CRASH, f"figure {figure.number} cannot be published: {exc}")
            return replace(run, figures=(), fault=fault, result=None)
    return replace(run, figures=tuple(figures))


def _fault_without_record(job: Job, reply: Reply) -> Fault | None:
    """Why the record, if any, does not count: the deadline passed, or the kernel killed for memory."""
    if reply.timed_out:
        return Fault(FaultKind.TIMEOUT, f"timed out after {job.timeout:g} s; the process was killed")
    if reply.out_of_memory:
        return Fault(
            FaultKind.OUT_OF_MEMORY,
            f"ran out of memory (the cap is {format_size(job.memory)}, shared memory and memory files "
            "included): the kernel killed it",
        )
    return None


def _fault_from_status(job: Job, reply: Reply) -> Fault:
    if reply.finished:
        return Fault(
            FaultKind.CRASH,
            "said that it had finished before it wrote its report, and was stopped there "
            "(the snippet wrote to the engine's descriptor)",
        )
    if os.WIFSIGNALED(reply.status):
        number = os.WTERMSIG(reply.status)
        name = signal.Signals(number).name
        hint = " (the kernel may have run out of memory)" if number == signal.SIGKILL else ""
        return Fault(FaultKind.CRASH, f"crashed: killed by signal {name} ({number}){hint}")
    code = os.WEXITSTATUS(reply.status)
    if code == ENGINE_FAILURE_EXIT:
        return Fault(FaultKind.CRASH, "the engine failed inside the child process; see its stderr")
    return Fault(FaultKind.EXIT, f"exited with code {code} before finishing (a hard exit such as os._exit)")


def _capped_text(data: bytes, cap: int) -> str:
    """A captured stream, cut at the cap with a visible mark when native writes went past it."""
    marker = truncation_marker(cap)
    text = data.decode("utf-8", errors="backslashreplace")
    if len(data) > cap + len(marker):
        text = data[:cap].decode("utf-8", errors="backslashreplace") + marker
    return text
