"""Run snippets: from the cache when nothing changed, otherwise in children of a warm server.

The engine never imports the sides' libraries (torch costs 2.5 s): the warm server does, once,
and every snippet runs in a child forked from it. The engine sends jobs, reads replies, collects
each child's files into a SideRun and stores it in the cache.
"""

import hashlib
import json
import logging
import math
import os
import subprocess
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict
from types import TracebackType
from typing import Self, TypeVar

from generator.errors import EngineError
from generator.execute.cache import RunCache
from generator.execute.collect import collect
from generator.execute.contract import (
    Hello,
    Job,
    Reply,
    TimingRequest,
    format_gaps,
    split_frames,
    write_frame,
)
from generator.execute.fingerprint import machine_fingerprint
from generator.execute.launch import EngineFolder, Launched, launch
from generator.execute.progress import Progress, SilentProgress
from generator.execute.requests import (
    EngineSettings,
    Execution,
    ExecutionStats,
    RunRequest,
    installed_versions,
)
from generator.execute.runs import SideRun
from generator.sides import DEFAULT_SIDES, SideRegistry

_Message = TypeVar("_Message", Hello, Reply)
logger = logging.getLogger(__name__)

ENGINE_VERSION = "6"
"""Part of every cache key: bump it when a change to the engine changes what a run records."""

TIMING_METHOD = "2"
"""Part of every timing's cache key: bump it when how a child times a body changes
(``execute.child.timing``), so that timings taken the old way are taken again."""


class Engine:
    """Runs requests; holds one warm server, started the first time a snippet must really run."""

    def __init__(
        self,
        settings: EngineSettings | None = None,
        cache: RunCache | None = None,
        progress: Progress | None = None,
        sides: SideRegistry = DEFAULT_SIDES,
        timing_cache: RunCache | None = None,
        *,
        launched: Launched | None = None,
    ) -> None:
        """``launched`` is a server started ahead for this engine (``launch``) with the same settings."""
        self.settings = settings or EngineSettings()
        self.cache = cache
        self.timing_cache = timing_cache
        self.progress = progress or SilentProgress()
        self.sides = sides
        # Python's and each side's library version; another interpreter's come with its server's Hello.
        self.versions = installed_versions(sides) if self.settings.python is None else {}
        self._server: subprocess.Popen[bytes] | None = None
        self._root: EngineFolder | None = None
        self._greeted = False
        self._ran_untimed = False
        """Whether the server has run an untimed child, and so may have prepared features in itself."""
        if launched is not None:
            self._server, self._root = launched.process, launched.folder
        self._buffer = bytearray()
        self._inbox: deque[object] = deque()
        self._gaps_reported = False

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def run(
        self,
        requests: Sequence[RunRequest],
        timing: TimingRequest | None = None,
        *,
        prune: bool = False,
        durations: Mapping[str, float] | None = None,
    ) -> Execution:
        """Run every request (or take it from the cache) and return the runs.

        With ``timing``, each snippet's body is also timed after its run (``SideRun.timing``), and
        the runs are cached in ``timing_cache`` under a key that adds the timing settings and the
        machine, since a timing holds only where and as it was taken. With ``prune``, the requests
        are every current snippet: run-cache entries of no request go.

        ``durations`` (seconds by display path, from earlier runs) orders what must run: longest
        first, a snippet never timed before ahead of all, so a long snippet never starts last and
        leaves the other workers idle while it ends.
        """
        cache = self.cache if timing is None else self.timing_cache
        if not self.versions:
            self._ensure_server()  # another interpreter: its versions, part of every key, come with its Hello
        wanted: dict[str, list[RunRequest]] = {}
        for request in requests:
            wanted.setdefault(self.key(request, timing), []).append(request)
        runs: dict[tuple[str, str], SideRun] = {}
        misses: list[Job] = []
        self.progress.start(len(wanted))
        discarded_before = cache.discarded if cache else 0
        for key, same in wanted.items():
            cached = cache.get(key) if cache else None
            if cached is None:
                misses.append(self._job(key, same[0], timing))
                continue
            runs.update({_slot(request): cached for request in same})
            self.progress.advance(same[0].snippet.display_path, cached=True, failed=False)
        known = durations or {}
        misses.sort(key=lambda job: -known.get(job.display_path, math.inf))
        overheads: list[float] = []
        for job, reply, run in self._execute(misses):
            runs.update({_slot(request): run for request in wanted[job.key]})
            if run.seconds is not None:
                overheads.append(max(0.0, reply.wall - run.seconds))
            if cache and run.fault is None:
                cache.put(job.key, run)
            self.progress.advance(job.display_path, cached=False, failed=run.fault is not None)
        self.progress.close()
        pruned = self.cache.prune(wanted.keys()) if self.cache and prune and timing is None else 0
        stats = ExecutionStats(
            total=len(wanted),
            executed=len(misses),
            cached=len(wanted) - len(misses),
            discarded_cache_entries=(cache.discarded if cache else 0) - discarded_before,
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
            self._root.remove()
            self._root = None

    def _stop_server(self) -> None:
        server, self._server = self._server, None
        self._ran_untimed = False
        greeted, self._greeted = self._greeted, False
        if server is None:
            return
        if not greeted:
            server.kill()  # still loading the libraries, for nothing: a server launched ahead, unused
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

    def cached_timings(
        self, requests: Sequence[RunRequest], timing: TimingRequest
    ) -> dict[tuple[str, str], SideRun]:
        """The timed runs the timing cache already holds for these requests; nothing is run."""
        if self.timing_cache is None:
            return {}
        found = {}
        for request in requests:
            run = self.timing_cache.get(self.key(request, timing))
            if run is not None:
                found[_slot(request)] = run
        return found

    def key(self, request: RunRequest, timing: TimingRequest | None = None) -> str:
        """The cache key of a run: a hash of what the run's record depends on, and nothing else.

        That is the code the child executes (the prose and metadata header blanked, so editing a
        title or a sentence keeps the key while the code keeps its line numbers), the path the run
        is shown under (relative to the folder the command runs in, as tracebacks print it: no
        absolute path, so a moved or cloned checkout keeps its keys), the side, the library
        versions, the engine version, the seed and the output cap. Time and memory limits, global
        or per pair, are left out: a run that hit one is a fault, and faults are never cached, so
        a cached run is the same under any limit. No other pair metadata changes a run: the title,
        prose, ``see``, ``order`` and short calls are shown, the claim and tolerances are judged.
        A timing's key adds its settings, the method that took it and the machine it was taken on.
        """
        material: dict[str, object] = {
            "engine": ENGINE_VERSION,
            "versions": self.versions,
            "side": request.snippet.side.name,
            "path": request.snippet.display_path,
            "source": request.snippet.executed_source,
            "seed": self.settings.seed,
            "output_cap": self.settings.output_cap,
        }
        if timing is not None:
            material["timing"] = asdict(timing)
            material["timing_method"] = TIMING_METHOD
            material["machine"] = machine_fingerprint()
        return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()

    def _job(self, key: str, request: RunRequest, timing: TimingRequest | None = None) -> Job:
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
            timing=timing,
        )

    def _execute(self, jobs: list[Job]) -> Iterator[tuple[Job, Reply, SideRun]]:
        """Yield each job's run as soon as its child ends, so it is cached before the next one finishes."""
        if not jobs:
            return
        timed = jobs[0].timing is not None
        if timed and self._ran_untimed:
            # What the server prepared for untimed children (``server.WarmServer.unprepared``) can
            # change how fast the libraries run; a timing is taken in a server that did none of it.
            self._stop_server()
        server = self._ensure_server()
        self._ran_untimed = self._ran_untimed or not timed
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
            yield job, reply, collect(job, reply)

    def _ensure_server(self) -> subprocess.Popen[bytes]:
        if self._server is not None and self._greeted and self._server.poll() is None:
            return self._server
        if self._server is None or self._server.poll() is not None:
            self._stop_server()
            if self._root is not None:
                self._root.remove()
            launched = launch(self.settings, self.sides)
            self._server, self._root = launched.process, launched.folder
        hello = self._receive(Hello)
        if hello.sandbox_gaps and not self._gaps_reported:
            self._gaps_reported = True
            logger.warning(
                "snippets run only partly sandboxed here (--sandbox=require makes this an error):\n%s",
                format_gaps(hello.sandbox_gaps),
            )
        if self.versions and hello.versions != self.versions:
            raise EngineError(
                f"the warm server loaded {hello.versions}, but the installed versions are "
                f"{self.versions}: is another copy of a library shadowing the installed one?"
            )
        self.versions = hello.versions
        self._greeted = True
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
