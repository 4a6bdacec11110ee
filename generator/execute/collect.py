"""A finished child's files and exit status, turned into a SideRun: everything there is untrusted.

The child's work folder is writable by the snippet, so its output files are read with a cap and
its report is unpickled by an unpickler that can build only the classes a report holds, and its
figures are rebuilt without anything that could run (``svg``). A snippet that forges or replaces
its report gets a fault, never code run in the engine or the site.
"""

import os
import pickle
import shutil
import signal
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.execute.contract import (
    ENGINE_FAILURE_EXIT,
    REPORT_FILE,
    STDERR_FILE,
    STDOUT_FILE,
    Job,
    Reply,
    truncation_marker,
)
from generator.execute.runs import ChildReport, Fault, FaultKind, SideRun
from generator.execute.svg import UnsafeFigureError, safe_svg


def collect(job: Job, reply: Reply) -> SideRun:
    """Turn a finished child's files and exit status into a SideRun, then remove its work folder."""
    workdir = Path(reply.workdir)
    stdout = _read_capped(workdir / STDOUT_FILE, job.output_cap)
    stderr = _read_capped(workdir / STDERR_FILE, job.output_cap)
    report_path = workdir / REPORT_FILE
    report: ChildReport | Fault | None = None
    if report_path.is_file() and not reply.timed_out:
        report = load_report(report_path)
    shutil.rmtree(workdir, ignore_errors=True)
    if isinstance(report, ChildReport):
        report = _safe_figures(report)
    if not isinstance(report, ChildReport):
        fault = report or _fault_without_report(job, reply)
        return SideRun(stdout=stdout, stderr=stderr, error=None, fault=fault, result=None, seconds=None)
    return SideRun(
        stdout=stdout,
        stderr=stderr,
        error=report.error,
        fault=report.fault,
        result=report.result,
        seconds=report.seconds,
        api=report.api,
        figures=report.figures,
        timing=report.timing,
        timing_note=report.timing_note,
    )


def _safe_figures(report: ChildReport) -> ChildReport | Fault:
    """The report with figures stripped of anything that could run, or a fault naming an unreadable one."""
    figures = []
    for figure in report.figures:
        try:
            figures.append(replace(figure, svg=safe_svg(figure.svg)))
        except UnsafeFigureError as exc:
            return Fault(FaultKind.CRASH, f"figure {figure.number} cannot be published: {exc}")
    return replace(report, figures=tuple(figures))


def load_report(path: Path) -> ChildReport | Fault:
    """The child's report, or a fault when the file is not a report this engine could have written.

    The file lies in a folder the snippet may write to, so it is read as untrusted data: only the
    classes of a report (and NumPy's array reconstruction) can be named by the pickle.
    """
    try:
        with path.open("rb") as handle:
            report = _ReportUnpickler(handle).load()
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError) as exc:
        return Fault(
            FaultKind.CRASH, f"the child's report could not be read ({exc}); the snippet may have replaced it"
        )
    if not isinstance(report, ChildReport):
        return Fault(FaultKind.CRASH, f"the child's report is a {type(report).__name__}, not a report")
    return report


_REPORT_CLASSES = frozenset(
    {
        ("generator.execute.runs", "ChildReport"),
        ("generator.execute.runs", "RaisedError"),
        ("generator.execute.runs", "Fault"),
        ("generator.execute.runs", "FaultKind"),
        ("generator.execute.runs", "Figure"),
        ("generator.execute.values", "ArrayValue"),
        ("generator.execute.values", "TextValue"),
        ("generator.execute.values", "SeqValue"),
        ("generator.execute.values", "MapValue"),
        ("numpy", "ndarray"),
        ("numpy", "dtype"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "scalar"),
        ("numpy._core.numeric", "_frombuffer"),
        ("builtins", "complex"),
        ("generator.timer", "Timing"),
    }
)


_NUMPY_1_MODULES = {
    "numpy.core.multiarray": "numpy._core.multiarray",
    "numpy.core.numeric": "numpy._core.numeric",
}
"""Where a child running NumPy 1.x (an environment of the version matrix) pickles arrays from: the
same functions NumPy 2 keeps under ``numpy._core``, whose old names only warn of deprecation."""


class _ReportUnpickler(pickle.Unpickler):
    """An unpickler that builds only the classes a report holds: anything else is refused."""

    def find_class(self, module: str, name: str) -> Any:
        module = _NUMPY_1_MODULES.get(module, module)
        if (module, name) not in _REPORT_CLASSES:
            raise pickle.UnpicklingError(f"a report cannot name {module}.{name}")
        return super().find_class(module, name)


def _fault_without_report(job: Job, reply: Reply) -> Fault:
    if reply.timed_out:
        return Fault(FaultKind.TIMEOUT, f"timed out after {job.timeout:g} s; the process was killed")
    if os.WIFSIGNALED(reply.status):
        number = os.WTERMSIG(reply.status)
        name = signal.Signals(number).name
        hint = " (the kernel may have run out of memory)" if number == signal.SIGKILL else ""
        return Fault(FaultKind.CRASH, f"crashed: killed by signal {name} ({number}){hint}")
    code = os.WEXITSTATUS(reply.status)
    if code == ENGINE_FAILURE_EXIT:
        return Fault(FaultKind.CRASH, "the engine failed inside the child process; see its stderr")
    return Fault(FaultKind.EXIT, f"exited with code {code} before finishing (a hard exit such as os._exit)")


def _read_capped(path: Path, cap: int) -> str:
    """A captured stream, cut at the cap with a visible mark when native writes went past it."""
    try:
        with path.open("rb") as handle:
            data = handle.read(cap + len(truncation_marker(cap)) + 1)
    except FileNotFoundError:
        return ""
    text = data.decode("utf-8", errors="backslashreplace")
    if len(data) > cap + len(truncation_marker(cap)):
        text = text[:cap] + truncation_marker(cap)
    return text
