"""The forked child: put the process in a known state, run one snippet, report what happened.

Everything here runs in a process forked from the warm server, so the sides' libraries are
already imported and whatever the snippet does dies with the process. Its outputs and its record
go to descriptors the server opened before the fork (``ChildFiles``), which the server reads once
the child has ended; the child leaves with ``os._exit``, never returning into the server's code.
"""

import builtins
import contextlib
import ctypes
import faulthandler
import linecache
import os
import random
import resource
import sys
import time
import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, NoReturn

from generator.execute.child import landlock
from generator.execute.child.adapters import Adapter
from generator.execute.child.apinames import api_names
from generator.execute.child.capture import capped_text_stream
from generator.execute.child.cgroups import ChildGroup
from generator.execute.child.confine import Policy, apply_environment, confine, snippet_environment
from generator.execute.child.convert import UnsupportedResultError, to_value
from generator.execute.child.figures import close_figures, collect_figures
from generator.execute.child.timing import time_body
from generator.execute.contract import CWD_DIR, ENGINE_FAILURE_EXIT, Job, TimingRequest
from generator.execute.record import FIGURE_CAP, MAX_FIGURES, RECORD_CAP, encode_run
from generator.execute.runs import Fault, FaultKind, Figure, RaisedError, SideRun
from generator.sizes import format_size

_MISSING = object()


@dataclass(frozen=True)
class ChildSetup:
    """What every child of a server applies before its snippet: the sandbox policy and thread count."""

    adapters: Mapping[str, Adapter]
    policy: Policy | None
    threads: int


@dataclass(frozen=True)
class ChildFiles:
    """Descriptors the server opened for one child before the fork: its two outputs and its record.

    They name no path (the server opened them as unnamed temporary files), so nothing the snippet
    does to its folders can change what the server reads back. ``finished`` is the writing end of
    a pipe: a byte on it tells the server the record is written (``run_child``).
    """

    stdout: int
    stderr: int
    record: int
    finished: int


def run_child(
    job: Job,
    workdir: str,
    files: ChildFiles,
    *,
    close_fds: tuple[int, ...],
    setup: ChildSetup,
    group: ChildGroup | None = None,
    rules: tuple[landlock.Rule, ...] = (),
) -> NoReturn:
    """Run ``job`` in this freshly forked process and exit; never returns.

    A failure of the machinery, confinement included, exits with ENGINE_FAILURE_EXIT before any
    snippet code runs: a child that cannot be confined never runs its snippet. ``group`` is the
    child's cgroups and ``rules`` its folders' Landlock rules, both made by the server.
    """
    adapters = setup.adapters
    try:
        os.setpgid(0, 0)
        for fd in close_fds:
            os.close(fd)
        if group is not None:
            group.join()
        _isolate(job, Path(workdir), files, setup, rules)
        chosen = [adapters[name] for name in job.sides]
        if job.timing is not None:
            # The run before the timing computes at the timed thread count too, so that its result
            # shows whether the snippet's result depends on how many threads compute it.
            for adapter in chosen:
                adapter.set_threads(job.timing.threads)
            _prepare(job.source, chosen)
        run, imported = _execute(job, chosen)
        if job.timing is not None:
            run = _timed(job, job.timing, run, chosen, run_is_body=not imported)
        _flush_native_streams()
        _write_record(run, files.record)
        # The server stops this process on this byte and starts the next child while the kernel
        # tears this one's memory down, which takes milliseconds with the libraries mapped.
        with contextlib.suppress(OSError):
            os.write(files.finished, b"1")
    except BaseException:
        traceback.print_exc(file=sys.__stderr__)
        os._exit(ENGINE_FAILURE_EXIT)
    os._exit(0)


def _isolate(
    job: Job, workdir: Path, files: ChildFiles, setup: ChildSetup, rules: tuple[landlock.Rule, ...]
) -> None:
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
    os.close(null)
    for fd, target in ((1, files.stdout), (2, files.stderr)):
        os.dup2(target, fd)
        os.close(target)
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
        confine(setup.policy, prepared=rules)


def _prepare(source: str, adapters: Sequence[Adapter]) -> None:
    """Prepare the features the snippet names, before a timed run, as the server does for an untimed one.

    The run then imports nothing they load and may stand for its own timing, while the server's
    libraries stay as every timed child found them (``server.WarmServer.unprepared``). A
    preparation that fails is left to the snippet, which meets the same failure in its own use of
    the feature; nothing is printed, since this child's output is the snippet's.
    """
    for adapter in adapters:
        for preparation in adapter.preparations:
            if preparation.wanted_by(source):
                with contextlib.suppress(Exception):
                    preparation.prepare()


class _ImportWatch:
    """A finder first on ``sys.meta_path`` during a timed run: it finds nothing, it notes each name.

    The import system asks the finders only for a module missing from ``sys.modules``, so a run
    that imported nothing never asked: a new module and one loaded again after the snippet removed
    it are both asked for. Comparing ``sys.modules`` before and after instead would touch every
    loaded module's reference count, and so copy every page of the server's memory that holds one
    (fork shares them until written): that alone cost a timed child several milliseconds.
    """

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        """Note the name and leave the finding to the finders after this one."""
        self.names.append(name)

    def loaded_any(self) -> bool:
        """Whether a module asked for is loaded now: an import that failed loaded nothing.

        Looking names up reads no module. A snippet that rebound ``sys.modules`` to something
        that cannot be searched counts as having imported.
        """
        try:
            return any(name in sys.modules for name in self.names)
        except Exception:
            return True


def _execute(job: Job, adapters: Sequence[Adapter]) -> tuple[SideRun, bool]:
    """The run, and whether it imported a module (looked at only when the job is timed).

    A timed run names no API: its record serves the timing and the comparison across thread
    counts, while the pages take the names from the untimed run, and finding them cost a timed
    child more than a millisecond of the two timing passes' time.
    """
    lines = job.source.splitlines(keepends=True)
    linecache.cache[job.display_path] = (len(job.source), None, lines, job.display_path)
    code = compile(job.source, job.display_path, "exec", dont_inherit=True)
    namespace: dict[str, Any] = {"__name__": "__main__", "__file__": job.path, "__builtins__": builtins}
    error: RaisedError | None = None
    fault: Fault | None = None
    watch = _ImportWatch()
    if job.timing is not None:
        sys.meta_path.insert(0, watch)
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
    imported = watch.loaded_any()
    result = None
    if error is None and fault is None:
        result, fault = _result(namespace, adapters)
    api = api_names(job.source, namespace, adapters) if job.timing is None else ()
    figures = collect_figures()
    too_large = _figures_too_large(figures)
    if too_large is not None:
        figures = ()
        fault = fault or Fault(FaultKind.BAD_RESULT, too_large)
    return SideRun(
        stdout="",
        stderr="",
        error=error,
        fault=fault,
        result=result,
        seconds=seconds,
        api=api,
        figures=figures,
    ), imported


def _figures_too_large(figures: tuple[Figure, ...]) -> str | None:
    """Why the figures cannot be published, in words an author can act on; None when they can."""
    if len(figures) > MAX_FIGURES:
        return f"the snippet left {len(figures)} figures open; a run may publish at most {MAX_FIGURES}"
    for figure in figures:
        size = len(figure.svg.encode("utf-8"))
        if size > FIGURE_CAP:
            return (
                f"figure {figure.number} is {size:,} bytes of SVG, more than the {format_size(FIGURE_CAP)} "
                "a figure may be: plot fewer points, or rasterize the dense artists (rasterized=True)"
            )
    return None


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


def _timed(
    job: Job, request: TimingRequest, run: SideRun, adapters: Sequence[Adapter], *, run_is_body: bool
) -> SideRun:
    """The run with the body's timing, or with why it was not timed.

    ``run_is_body``: the run imported no module, so a long run may stand for the timed call.
    """
    if run.error is not None or run.fault is not None or run.seconds is None:
        return replace(run, timing_note="not timed: the snippet did not run to the end")
    try:
        timing = time_body(
            job.source, job.display_path, request, adapters, run.seconds, run_is_body=run_is_body
        )
    except Exception as exc:
        return replace(run, timing_note=f"not timed: a repeated run raised {type(exc).__name__}: {exc}")
    finally:
        close_figures()
    return replace(run, timing=timing)


def _flush_native_streams() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    ctypes.CDLL(None).fflush(None)


def _write_record(run: SideRun, fd: int) -> None:
    """Write the run's record over whatever the descriptor holds; a record too large becomes a fault."""
    data = encode_run(run)
    if len(data) > RECORD_CAP:
        message = (
            f"the result and figures take {len(data):,} bytes, more than the {format_size(RECORD_CAP)} "
            "a run may report: compare a smaller array, or a summary of it"
        )
        run = replace(run, result=None, figures=(), fault=run.fault or Fault(FaultKind.BAD_RESULT, message))
        data = encode_run(run)
    os.ftruncate(fd, 0)
    view = memoryview(data)
    while view:
        view = view[os.pwrite(fd, view, len(data) - len(view)) :]
