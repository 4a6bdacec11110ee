"""The warm server: import the sides' libraries once, then fork a fresh child for every snippet.

Started by the engine as ``python -P -m generator.execute.child.server``; its first frame on
stdin is the ServerSettings (the engine's folder ROOT for the children's work folders, the
sides' adapter modules, the limits). It reads Jobs on stdin and answers each with a Reply on
stdout once its child has ended, running up to ``workers`` children at a time. The server never
runs snippet code itself, so every child starts from the same pristine state.

Before each fork the server opens the child's outputs and record as unnamed temporary files
and makes its cgroups; after reaping it kills what is left of the child's tree, reads the files
through its own descriptors within their caps, and removes the work folder. Timeouts are
enforced here: a child past its deadline is killed with its process group and its cgroups.

A child says when its record is written (a byte on a pipe of its own). The server then kills it
and starts the next child at once: ending a process that has the libraries mapped takes
milliseconds of the kernel's time, which the next child's start now overlaps rather than waits
for. The stopped child is reaped, and its reply sent, when it is gone.
"""

import contextlib
import gc
import logging
import os
import selectors
import signal
import sys
import tempfile
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from generator.execute.child.adapters import Preparation, load_adapter
from generator.execute.child.cgroups import ChildGroup
from generator.execute.child.figures import MATPLOTLIB
from generator.execute.child.run import ChildFiles, ChildSetup, run_child
from generator.execute.child.sandbox import Sandbox, SandboxUnavailableError
from generator.execute.child.warm import collapse_into_huge_pages, prepare
from generator.execute.contract import (
    SANDBOX_UNAVAILABLE_EXIT,
    Hello,
    Job,
    Message,
    Reply,
    ServerSettings,
    split_frames,
    truncation_marker,
    write_frame,
)
from generator.execute.record import RECORD_CAP
from generator.execute.tree import remove_tree

logger = logging.getLogger(__name__)

COMPACT_AFTER = 8
"""How many children a server forks before it compacts its memory (``compact``). Compacting
costs the server a noticeable pause once and saves every later fork part of its cost, so a build
that runs one or two edited snippets forks them at once, and a build that runs many compacts first."""


@dataclass
class _Child:
    """A running child; mutable because the server updates it as the child ends (server-private)."""

    job: Job
    pid: int
    pidfd: int
    workdir: str
    files: ChildFiles
    group: ChildGroup | None
    finished: int
    """The reading end of the pipe on which the child says its record is written."""
    started: float
    deadline: float
    timed_out: bool = False
    ended: float | None = None
    """When the child said it had finished (and was stopped); None while it runs."""

    @property
    def descriptors(self) -> tuple[int, ...]:
        """What the server holds open for this child; no other child may inherit them."""
        return (self.pidfd, self.finished, self.files.stdout, self.files.stderr, self.files.record)


class WarmServer:
    """The server's event loop over its job pipe and its children's pidfds."""

    def __init__(
        self, settings: ServerSettings, job_fd: int, reply_fd: int, setup: ChildSetup, sandbox: Sandbox
    ) -> None:
        self.workers = settings.workers
        self.root = settings.root
        self.setup = setup
        self.sandbox = sandbox
        self.job_fd = job_fd
        self.reply_fd = reply_fd
        self.queue: deque[Job] = deque()
        self.children: dict[int, _Child] = {}
        self.selector = selectors.DefaultSelector()
        self.buffer = bytearray()
        self.accepting = True
        self.unprepared: list[Preparation] = [
            MATPLOTLIB,
            *(preparation for adapter in setup.adapters.values() for preparation in adapter.preparations),
        ]
        """What the server has yet to prepare: each before the first child whose snippet names it.

        The adapters' preparations only for an untimed child, and only the shared ones (those that
        leave the library as fast as it was): a timing must not depend on which snippet ran before
        it in this server. A timed child prepares what its own snippet names itself, before its run
        (``run.run_child``); the engine gives timed runs a server that has run no untimed child.
        matplotlib is loaded here for every child: a child could not build its font list inside its
        sandbox.
        """
        self.forks = 0
        self.compacted = False
        """Whether the memory children will share is compacted (``compact``) as it is now."""

    def serve(self, first: list[Message], pending: bytearray) -> None:
        """Run until the engine closes the job pipe, then kill what still runs and return.

        ``first`` are the messages that arrived with the settings, ``pending`` the start of the next.
        """
        self.buffer.extend(pending)
        self.queue.extend(m for m in [*first, *split_frames(self.buffer)] if isinstance(m, Job))
        os.set_blocking(self.job_fd, False)
        self.selector.register(self.job_fd, selectors.EVENT_READ)
        while self.accepting or self.children:
            self._start_children()
            for key, _ in self.selector.select(self._next_timeout()):
                if key.fd == self.job_fd:
                    self._read_jobs()
                elif key.fd == key.data.pidfd:
                    self._reap(key.data)
                else:
                    self._finished(key.data)
            self._enforce_deadlines()
            if not self.accepting:
                self.kill_all()

    def _read_jobs(self) -> None:
        chunk = os.read(self.job_fd, 1 << 16)
        if not chunk:
            self.accepting = False
            self.selector.unregister(self.job_fd)
            return
        self.buffer.extend(chunk)
        self.queue.extend(m for m in split_frames(self.buffer) if isinstance(m, Job))

    def _start_children(self) -> None:
        """Fork queued jobs while fewer than ``workers`` children run (and as many more are ending)."""
        while (
            self.queue
            and sum(child.ended is None for child in self.children.values()) < self.workers
            and len(self.children) < 2 * self.workers
        ):
            job = self.queue.popleft()
            self._prepare_for(job.source, timed=job.timing is not None)
            if not self.compacted and self.forks + len(self.queue) + 1 >= COMPACT_AFTER:
                compact()
                self.compacted = True
            workdir = tempfile.mkdtemp(prefix="job-", dir=self.root)
            finished, says_finished = os.pipe2(os.O_CLOEXEC)
            stdout, stderr, record = (_unnamed_file(self.root) for _ in range(3))
            files = ChildFiles(stdout, stderr, record, says_finished)
            group = self.sandbox.prepare(job.memory)
            rules = self.sandbox.folder_rules(Path(workdir), Path(job.path).parent)
            siblings = tuple(fd for child in self.children.values() for fd in child.descriptors)
            self.forks += 1
            pid = os.fork()
            if pid == 0:
                close = (self.job_fd, self.reply_fd, self.selector.fileno(), finished, *siblings)
                run_child(job, workdir, files, close_fds=close, setup=self.setup, group=group, rules=rules)
            os.close(says_finished)
            if rules:
                os.close(rules[0].fd)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.setpgid(pid, pid)
            pidfd = os.pidfd_open(pid)
            now = time.monotonic()
            child = _Child(job, pid, pidfd, workdir, files, group, finished, now, now + job.timeout)
            self.children[pid] = child
            self.selector.register(pidfd, selectors.EVENT_READ, child)
            self.selector.register(finished, selectors.EVENT_READ, child)

    def _prepare_for(self, source: str, *, timed: bool) -> None:
        """Prepare, once, each feature a snippet names; one that fails is left to the children."""
        held = [p for p in self.unprepared if (p is MATPLOTLIB if timed else p.shared)]
        for preparation in [p for p in held if p.wanted_by(source)]:
            self.unprepared.remove(preparation)
            self.compacted = False  # what it loaded is new memory
            try:
                preparation.prepare()
            except Exception:
                logger.warning(
                    "could not prepare %s; its snippets load it themselves",
                    preparation.feature,
                    exc_info=True,
                )

    def _finished(self, child: _Child) -> None:
        """The child said its record is written (or closed the pipe, saying nothing): stop it now.

        Whatever the snippet left running dies here, so it cannot run beside the next child,
        which may start at once. The record counts as before: a snippet that says it finished
        too early only cuts its own run short.
        """
        if self.children.get(child.pid) is not child:
            return  # reaped already, by an event of the same round
        self.selector.unregister(child.finished)
        if not os.read(child.finished, 1):
            return  # the pipe closed without a word: the child ends another way, its pidfd tells
        child.ended = time.monotonic()
        _kill_group(child.pid)
        self.sandbox.stop(child.group)

    def _reap(self, child: _Child) -> None:
        _, status = os.waitpid(child.pid, 0)
        if child.finished in self.selector.get_map():
            self.selector.unregister(child.finished)
        wall = (child.ended or time.monotonic()) - child.started
        _kill_group(child.pid)
        out_of_memory = self.sandbox.release(child.group)
        self.selector.unregister(child.pidfd)
        del self.children[child.pid]
        output_limit = child.job.output_cap + len(truncation_marker(child.job.output_cap)) + 1
        record = None if child.timed_out else _read_start(child.files.record, RECORD_CAP + 1)
        reply = Reply(
            key=child.job.key,
            status=status,
            timed_out=child.timed_out,
            wall=wall,
            stdout=_read_start(child.files.stdout, output_limit),
            stderr=_read_start(child.files.stderr, output_limit),
            record=record or None,
            out_of_memory=out_of_memory,
            finished=child.ended is not None,
        )
        for fd in child.descriptors:
            os.close(fd)
        remove_tree(child.workdir)
        write_frame(self.reply_fd, reply)

    def _next_timeout(self) -> float | None:
        deadlines = [c.deadline for c in self.children.values() if c.ended is None]
        return max(0.0, min(deadlines) - time.monotonic()) if deadlines else None

    def _enforce_deadlines(self) -> None:
        now = time.monotonic()
        for child in self.children.values():
            if not child.timed_out and child.ended is None and now >= child.deadline:
                child.timed_out = True
                _kill_group(child.pid)
                self.sandbox.kill(child.group)

    def kill_all(self) -> None:
        """Kill every running child with its process group and cgroups (the engine removes the folders)."""
        for child in self.children.values():
            _kill_group(child.pid)
            self.sandbox.kill(child.group)


def compact() -> None:
    """Make the memory every child shares cheaper to fork and to touch.

    The objects that exist now move to the garbage collector's permanent generation
    (``gc.freeze``): a child's collections then never walk them, so they never write to their
    pages, which fork left shared and which a write would copy. Then the anonymous memory goes
    into huge pages (``collapse_into_huge_pages``), fewer page-table entries for fork to copy.
    """
    gc.freeze()
    collapse_into_huge_pages()


def _unnamed_file(folder: str) -> int:
    """A file with no name (``O_TMPFILE``, or one unlinked at once): only its descriptors reach it."""
    try:
        return os.open(folder, os.O_TMPFILE | os.O_RDWR | os.O_CLOEXEC, 0o600)
    except OSError:
        handle, path = tempfile.mkstemp(dir=folder)
        Path(path).unlink()
        return handle


def _read_start(fd: int, limit: int) -> bytes:
    """The first ``limit`` bytes of a file, through a descriptor; never more, whatever its size."""
    chunks = []
    offset = 0
    while offset < limit:
        chunk = os.pread(fd, limit - offset, offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def _kill_group(pid: int) -> None:
    """Kill a child and its process group; it may already be gone."""
    for kill in (os.killpg, os.kill):
        try:
            kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            continue


def _read_settings(fd: int) -> tuple[ServerSettings, list[Message], bytearray]:
    """The first frame (the settings), the frames that arrived with it, and the start of the next."""
    buffer = bytearray()
    while True:
        frames = split_frames(buffer)
        if frames:
            settings, *rest = frames
            if not isinstance(settings, ServerSettings):
                raise SystemExit("the first frame must be the server's settings")
            return settings, rest, buffer
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            raise SystemExit("the engine closed the pipe before sending the settings")
        buffer.extend(chunk)


def main() -> None:
    """Read the settings, import the libraries, open the sandbox, greet the engine, serve jobs."""
    logging.basicConfig(format="np2t warm server: %(levelname)s: %(message)s", stream=sys.stderr)
    job_fd, reply_fd = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(2, 1)
    os.close(null)
    settings, first, pending = _read_settings(job_fd)
    adapters = {side: load_adapter(module) for side, module in settings.sides}
    versions = prepare(adapters, settings.seed)
    try:
        sandbox = Sandbox.open(settings.sandbox, workers=settings.workers)
    except SandboxUnavailableError as exc:
        logger.error("%s", exc)
        sys.exit(SANDBOX_UNAVAILABLE_EXIT)
    write_frame(reply_fd, Hello(versions=versions, sandbox_gaps=tuple(str(gap) for gap in sandbox.gaps)))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    setup = ChildSetup(adapters, sandbox.policy, settings.threads)
    server = WarmServer(settings, job_fd, reply_fd, setup, sandbox)
    try:
        server.serve(first, pending)
    finally:
        server.kill_all()
        sandbox.close()


if __name__ == "__main__":
    main()
    # Skip the interpreter's teardown: unloading the sides' libraries takes a good part of a
    # second, and nothing is left to flush (replies are written unbuffered, stdout is stderr).
    sys.stderr.flush()
    os._exit(0)
