"""The forked child: put the process in a known state, run one snippet, report what happened.

Everything here runs in a process forked from the warm server, so the sides' libraries are
already imported and whatever the snippet does dies with the process. The child writes its report
to a file in its work folder and leaves with ``os._exit``, never returning into the server's code.
"""

import builtins
import ctypes
import faulthandler
import linecache
import os
import pickle
import random
import resource
import sys
import time
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NoReturn

from generator.execute.child.adapters import Adapter
from generator.execute.child.apinames import api_names
from generator.execute.child.capture import capped_text_stream
from generator.execute.child.confine import Policy, apply_environment, confine, snippet_environment
from generator.execute.child.convert import UnsupportedResultError, to_value
from generator.execute.child.figures import close_figures, collect_figures
from generator.execute.child.timing import time_body
from generator.execute.contract import (
    CWD_DIR,
    ENGINE_FAILURE_EXIT,
    REPORT_FILE,
    STDERR_FILE,
    STDOUT_FILE,
    Job,
    TimingRequest,
)
from generator.execute.runs import ChildReport, Fault, FaultKind, RaisedError

_MISSING = object()


@dataclass(frozen=True)
class ChildSetup:
    """What every child of a server applies before its snippet: the sandbox policy and thread count."""

    adapters: Mapping[str, Adapter]
    policy: Policy | None
    threads: int


def run_child(job: Job, workdir: str, close_fds: tuple[int, ...], setup: ChildSetup) -> NoReturn:
    """Run ``job`` in this freshly forked process and exit; never returns.

    A failure of the machinery, confinement included, exits with ENGINE_FAILURE_EXIT before any
    snippet code runs: a child that cannot be confined never runs its snippet.
    """
    adapters = setup.adapters
    try:
        os.setpgid(0, 0)
        for fd in close_fds:
            os.close(fd)
        _isolate(job, Path(workdir), setup)
        chosen = [adapters[name] for name in job.sides]
        if job.timing is not None:
            # The run before the timing computes at the timed thread count too, so that its result
            # shows whether the snippet's result depends on how many threads compute it.
            for adapter in chosen:
                adapter.set_threads(job.timing.threads)
        report = _execute(job, chosen)
        if job.timing is not None:
            report = _timed(job, job.timing, report, chosen)
        _flush_native_streams()
        _write_report(report, Path(workdir))
    except BaseException:
        traceback.print_exc(file=sys.__stderr__)
        os._exit(ENGINE_FAILURE_EXIT)
    os._exit(0)


def _isolate(job: Job, workdir: Path, setup: ChildSetup) -> None:
    """Limits, captured output, a fresh working folder, a fixed environment, then the sandbox.

    The snippet sees only the environment of ``snippet_environment`` (nothing of the builder's),
    and, when the server has a policy, is confined: writable only its own folders, no network,
    a bounded number of processes (``confine``).

    The libraries' generators need no work here: the server seeded them through the side adapters
    and never draws from them, so every child inherits the same freshly seeded state. Python's
    ``random`` reseeds itself from OS entropy in every forked child (an at-fork hook of the
    standard library), so it is seeded again here.
    """
    resource.setrlimit(resource.RLIMIT_DATA, (job.memory, job.memory))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    for fd, name in ((1, STDOUT_FILE), (2, STDERR_FILE)):
        target = os.open(workdir / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    os.close(null)
    sys.stdout = capped_text_stream(1, job.output_cap)
    sys.stderr = capped_text_stream(2, job.output_cap)
    # Code that writes to the original streams (sys.__stdout__) must be capped too; typeshed marks
    # them final because ordinary programs never rebind them.
    sys.__stdout__ = sys.stdout  # type: ignore[misc]
    sys.__stderr__ = sys.stderr  # type: ignore[misc]
    faulthandler.enable(file=sys.stderr, all_threads=True)
    cwd = workdir / CWD_DIR
    cwd.mkdir()
    os.chdir(cwd)
    sys.argv = [job.path]
    sys.path[0] = str(Path(job.path).parent)
    random.seed(job.seed)
    apply_environment(snippet_environment(cwd, setup.threads))
    if setup.policy is not None:
        confine(cwd, [workdir], setup.policy)


def _execute(job: Job, adapters: Sequence[Adapter]) -> ChildReport:
    lines = job.source.splitlines(keepends=True)
    linecache.cache[job.display_path] = (len(job.source), None, lines, job.display_path)
    code = compile(job.source, job.display_path, "exec", dont_inherit=True)
    namespace: dict[str, Any] = {"__name__": "__main__", "__file__": job.path, "__builtins__": builtins}
    error: RaisedError | None = None
    fault: Fault | None = None
    start = time.perf_counter()
    try:
        exec(code, namespace)
    except SystemExit as exc:
        fault = Fault(
            FaultKind.EXIT,
            f"called sys.exit({exc.code!r}) instead of binding `result`",
            _trimmed_traceback(exc, job.display_path),
        )
    except BaseException as exc:
        error = _describe(exc, job.display_path)
        if _is_out_of_memory(exc):
            cap = job.memory / (1 << 30)
            fault = Fault(
                FaultKind.OUT_OF_MEMORY,
                f"ran out of memory (the cap is {cap:g} GiB): {error.type}: {error.message}",
                error.traceback,
            )
            error = None
    seconds = time.perf_counter() - start
    result = None
    if error is None and fault is None:
        result, fault = _result(namespace, adapters)
    api = api_names(job.source, namespace, adapters)
    figures = collect_figures()
    return ChildReport(error=error, fault=fault, result=result, seconds=seconds, api=api, figures=figures)


def _result(namespace: dict[str, Any], adapters: Sequence[Adapter]) -> tuple[Any, Fault | None]:
    value = namespace.get("result", _MISSING)
    if value is _MISSING:
        return None, Fault(FaultKind.NO_RESULT, "ran to the end without binding `result`")
    try:
        return to_value(value, adapters), None
    except UnsupportedResultError as exc:
        return None, Fault(FaultKind.BAD_RESULT, str(exc))


def _describe(exc: BaseException, filename: str) -> RaisedError:
    return RaisedError(
        type=_class_name(type(exc)),
        message=str(exc),
        traceback=_trimmed_traceback(exc, filename),
        bases=tuple(_class_name(kind) for kind in type(exc).__mro__[1:] if kind is not object),
    )


def _class_name(kind: type) -> str:
    return kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"


def _trimmed_traceback(exc: BaseException, filename: str) -> str:
    """The traceback as Python prints it, keeping only frames of the snippet file itself."""
    summary = traceback.TracebackException.from_exception(exc)
    seen: set[int] = set()
    pending = [summary]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        current.stack = traceback.StackSummary.from_list(
            [frame for frame in current.stack if frame.filename == filename]
        )
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return "".join(summary.format())


def _is_out_of_memory(exc: BaseException) -> bool:
    return isinstance(exc, MemoryError) or (
        isinstance(exc, RuntimeError) and "can't allocate memory" in str(exc)
    )


def _timed(job: Job, request: TimingRequest, report: ChildReport, adapters: Sequence[Adapter]) -> ChildReport:
    """The report with the body's timing, or with why it was not timed."""
    if report.error is not None or report.fault is not None:
        return replace(report, timing_note="not timed: the snippet did not run to the end")
    try:
        timing = time_body(job.source, job.display_path, request, adapters, report.seconds)
    except Exception as exc:
        return replace(report, timing_note=f"not timed: a repeated run raised {type(exc).__name__}: {exc}")
    finally:
        close_figures()
    return replace(report, timing=timing)


def _flush_native_streams() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    ctypes.CDLL(None).fflush(None)


def _write_report(report: ChildReport, workdir: Path) -> None:
    partial = workdir / f"{REPORT_FILE}.partial"
    with partial.open("wb") as handle:
        pickle.dump(report, handle, protocol=pickle.HIGHEST_PROTOCOL)
    partial.rename(workdir / REPORT_FILE)
