"""Run snippets: from the cache when nothing changed, otherwise in children of a warm server.

The engine never imports the sides' libraries (torch costs 2.5 s): the warm server does, once,
and every snippet runs in a child forked from it. The engine sends jobs, reads replies, collects
each child's files into a SideRun and stores it in the cache.
"""

import hashlib
import json
import os
import pickle
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from types import TracebackType
from typing import Self, TypeVar

from generator.discover.parse import Snippet
from generator.errors import EngineError
from generator.execute.cache import RunCache
from generator.execute.contract import (
    ENGINE_FAILURE_EXIT,
    REPORT_FILE,
    SERVER_MODULE,
    STDERR_FILE,
    STDOUT_FILE,
    Hello,
    Job,
    Reply,
    split_frames,
    truncation_marker,
    write_frame,
)
from generator.execute.progress import Progress, SilentProgress
from generator.execute.runs import ChildReport, Fault, FaultKind, SideRun
from generator.sides import DEFAULT_SIDES, SideRegistry

_Message = TypeVar("_Message", Hello, Reply)

ENGINE_VERSION = "3"
"""Part of every cache key: bump it when a change to the engine changes what a run records."""


@dataclass(frozen=True)
class EngineSettings:
    """Limits and parallelism; per-pair metadata may override timeout and memory."""

    workers: int = field(default_factory=lambda: max(1, os.cpu_count() or 1))
    timeout: float = 60.0
    memory: int = 4 << 30
    output_cap: int = 64 << 10
    seed: int = 0


@dataclass(frozen=True)
class RunRequest:
    """One snippet to run, with the pair's own limits (which are not part of its cache key)."""

    pair_id: str
    snippet: Snippet
    timeout: float | None = None
    memory: int | None = None


@dataclass(frozen=True)
class ExecutionStats:
    """What a run cost: how many snippets executed or came from the cache; child overheads."""

    total: int
    executed: int
    cached: int
    discarded_cache_entries: int
    overheads: tuple[float, ...]
    executed_paths: tuple[str, ...] = ()
    pruned_cache_entries: int = 0


@dataclass(frozen=True)
class Execution:
    """The runs of a set of requests, keyed by (pair id, side name)."""

    runs: Mapping[tuple[str, str], SideRun]
    stats: ExecutionStats


def installed_versions(sides: SideRegistry = DEFAULT_SIDES) -> dict[str, str]:
    """Python and each side's library version, read from package metadata without importing them."""
    found = {"python": platform.python_version()}
    found.update({side.name: version(side.distribution) for side in sides if side.distribution})
    return found


class Engine:
    """Runs requests; holds one warm server, started the first time a snippet must really run."""

    def __init__(
        self,
        settings: EngineSettings | None = None,
        cache: RunCache | None = None,
        progress: Progress | None = None,
        sides: SideRegistry = DEFAULT_SIDES,
    ) -> None:
        self.settings = settings or EngineSettings()
        self.cache = cache
        self.progress = progress or SilentProgress()
        self.sides = sides
        self.versions = installed_versions(sides)
        self._server: subprocess.Popen[bytes] | None = None
        self._root: str | None = None
        self._buffer = bytearray()
        self._inbox: deque[object] = deque()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def run(self, requests: Sequence[RunRequest], *, prune: bool = False) -> Execution:
        """Run every request (or take it from the cache) and return the runs.

        With ``prune``, the requests are every current snippet: cache entries of no request go.
        """
        wanted: dict[str, list[RunRequest]] = {}
        for request in requests:
            wanted.setdefault(self.key(request), []).append(request)
        runs: dict[tuple[str, str], SideRun] = {}
        misses: list[Job] = []
        self.progress.start(len(wanted))
        discarded_before = self.cache.discarded if self.cache else 0
        for key, same in wanted.items():
            cached = self.cache.get(key) if self.cache else None
            if cached is None:
                misses.append(self._job(key, same[0]))
                continue
            runs.update({_slot(request): cached for request in same})
            self.progress.advance(same[0].snippet.display_path, cached=True, failed=False)
        overheads: list[float] = []
        for job, reply, run in self._execute(misses):
            runs.update({_slot(request): run for request in wanted[job.key]})
            if run.seconds is not None:
                overheads.append(max(0.0, reply.wall - run.seconds))
            if self.cache and run.fault is None:
                self.cache.put(job.key, run)
            self.progress.advance(job.display_path, cached=False, failed=run.fault is not None)
        self.progress.close()
        pruned = self.cache.prune(wanted.keys()) if self.cache and prune else 0
        stats = ExecutionStats(
            total=len(wanted),
            executed=len(misses),
            cached=len(wanted) - len(misses),
            discarded_cache_entries=(self.cache.discarded if self.cache else 0) - discarded_before,
            overheads=tuple(overheads),
            executed_paths=tuple(sorted(job.display_path for job in misses)),
            pruned_cache_entries=pruned,
        )
        return Execution(runs=runs, stats=stats)

    def start(self) -> None:
        """Start the warm server now rather than when a snippet first must run (the preview's first edit)."""
        self._ensure_server()

    def close(self) -> None:
        """Stop the warm server (killing any child still running) and remove its work folders."""
        self._stop_server()
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
            self._root = None

    def _stop_server(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        if server.stdin:
            server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stdout:
            server.stdout.close()
        self._buffer.clear()
        self._inbox.clear()

    def key(self, request: RunRequest) -> str:
        """The cache key of a run: a hash of what the run's record depends on, and nothing else.

        That is the code the child executes (the prose and metadata header blanked, so editing a
        title or a sentence keeps the key while the code keeps its line numbers), the path the run
        is shown under (relative to the folder the command runs in, as tracebacks print it: no
        absolute path, so a moved or cloned checkout keeps its keys), the side, the library
        versions, the engine version, the seed and the output cap. Time and memory limits, global
        or per pair, are left out: a run that hit one is a fault, and faults are never cached, so
        a cached run is the same under any limit. No other pair metadata changes a run: the title,
        prose, ``see``, ``order`` and short calls are shown, the claim and tolerances are judged.
        """
        material = {
            "engine": ENGINE_VERSION,
            "versions": self.versions,
            "side": request.snippet.side.name,
            "path": request.snippet.display_path,
            "source": request.snippet.executed_source,
            "seed": self.settings.seed,
            "output_cap": self.settings.output_cap,
        }
        return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()

    def _job(self, key: str, request: RunRequest) -> Job:
        return Job(
            key=key,
            display_path=request.snippet.display_path,
            path=str(request.snippet.path),
            source=request.snippet.executed_source,
            timeout=request.timeout or self.settings.timeout,
            memory=request.memory or self.settings.memory,
            output_cap=self.settings.output_cap,
            seed=self.settings.seed,
            sides=(own := request.snippet.side.name, *(s.name for s in self.sides if s.name != own)),
        )

    def _execute(self, jobs: list[Job]) -> Iterator[tuple[Job, Reply, SideRun]]:
        """Yield each job's run as soon as its child ends, so it is cached before the next one finishes."""
        if not jobs:
            return
        server = self._ensure_server()
        assert server.stdin is not None
        by_key = {job.key: job for job in jobs}
        pending = deque(jobs)
        outstanding = 0
        while pending or outstanding:
            while pending and outstanding < 2 * self.settings.workers:
                write_frame(server.stdin.fileno(), pending.popleft())
                outstanding += 1
            reply = self._receive(Reply)
            outstanding -= 1
            job = by_key[reply.key]
            yield job, reply, _collect(job, reply)

    def _ensure_server(self) -> subprocess.Popen[bytes]:
        if self._server is not None and self._server.poll() is None:
            return self._server
        self._stop_server()
        if self._root is None:
            self._root = tempfile.mkdtemp(prefix="np2t-engine-")
        package_parent = str(Path(__file__).resolve().parents[2])
        env = dict(
            os.environ,
            PYTHONHASHSEED="0",
            PYTHONPATH=os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")])),
        )
        self._server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                SERVER_MODULE,
                str(self.settings.workers),
                self._root,
                str(self.settings.seed),
                *(f"{side.name}={side.adapter}" for side in self.sides),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        hello = self._receive(Hello)
        if hello.versions != self.versions:
            raise EngineError(
                f"the warm server loaded {hello.versions}, but the installed versions are "
                f"{self.versions}: is another copy of a library shadowing the installed one?"
            )
        return self._server

    def _receive(self, kind: type[_Message]) -> _Message:
        server = self._server
        if server is None or server.stdout is None:
            raise EngineError("the warm server is not running")
        while True:
            self._inbox.extend(split_frames(self._buffer))
            if self._inbox:
                message = self._inbox.popleft()
                if not isinstance(message, kind):
                    raise EngineError(f"expected {kind.__name__} from the warm server, got {message!r}")
                return message
            chunk = os.read(server.stdout.fileno(), 1 << 16)
            if not chunk:
                code = server.wait()
                raise EngineError(
                    f"the warm server exited unexpectedly (exit status {code}); its error output is above"
                )
            self._buffer.extend(chunk)


def _slot(request: RunRequest) -> tuple[str, str]:
    return request.pair_id, request.snippet.side.name


def _collect(job: Job, reply: Reply) -> SideRun:
    """Turn a finished child's files and exit status into a SideRun, then remove its work folder."""
    workdir = Path(reply.workdir)
    stdout = _read_capped(workdir / STDOUT_FILE, job.output_cap)
    stderr = _read_capped(workdir / STDERR_FILE, job.output_cap)
    report_path = workdir / REPORT_FILE
    report: ChildReport | None = None
    if report_path.is_file() and not reply.timed_out:
        report = _load_report(report_path)
    shutil.rmtree(workdir, ignore_errors=True)
    if report is None:
        fault = _fault_without_report(job, reply)
        return SideRun(stdout=stdout, stderr=stderr, error=None, fault=fault, result=None, seconds=None)
    return SideRun(
        stdout=stdout,
        stderr=stderr,
        error=report.error,
        fault=report.fault,
        result=report.result,
        seconds=report.seconds,
        api=report.api,
    )


def _load_report(path: Path) -> ChildReport:
    with path.open("rb") as handle:
        report = pickle.load(handle)
    if not isinstance(report, ChildReport):
        raise EngineError(f"the child wrote an unexpected report: {type(report).__name__}")
    return report


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
