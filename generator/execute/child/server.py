"""The warm server: import the sides' libraries once, then fork a fresh child for every snippet.

Started by the engine as ``python -m generator.execute.child.server WORKERS ROOT SEED SIDE=ADAPTER...``
(ROOT belongs to the engine; each ADAPTER is a side's adapter module). It reads Jobs on stdin and
answers each with a Reply on stdout once its child has ended, running up to WORKERS children at
a time. The server never runs snippet code itself, so every child starts from the same pristine
state. Timeouts are enforced here: a child past its deadline is killed with its process group.
"""

import contextlib
import ctypes
import os
import platform
import random
import selectors
import signal
import sys
import tempfile
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from generator.execute.child.adapters import Adapter, load_adapter
from generator.execute.child.figures import prepare_matplotlib
from generator.execute.child.run import ChildSetup, run_child
from generator.execute.child.sandbox import Sandbox, SandboxUnavailableError
from generator.execute.contract import (
    SANDBOX_UNAVAILABLE_EXIT,
    Hello,
    Job,
    Reply,
    SandboxMode,
    split_frames,
    write_frame,
)

_HUGE = 2 << 20
_MADV_HUGEPAGE, _MADV_COLLAPSE = 14, 25


@dataclass
class _Child:
    """A running child; mutable because the server updates it as the child ends (server-private)."""

    job: Job
    pid: int
    pidfd: int
    workdir: str
    started: float
    deadline: float
    timed_out: bool = False


class WarmServer:
    """The server's event loop over its job pipe and its children's pidfds."""

    def __init__(self, workers: int, root: str, job_fd: int, reply_fd: int, setup: ChildSetup) -> None:
        self.workers = workers
        self.setup = setup
        self.root = root
        self.job_fd = job_fd
        self.reply_fd = reply_fd
        self.queue: deque[Job] = deque()
        self.children: dict[int, _Child] = {}
        self.selector = selectors.DefaultSelector()
        self.buffer = bytearray()
        self.accepting = True

    def serve(self) -> None:
        """Run until the engine closes the job pipe, then kill what still runs and return."""
        os.set_blocking(self.job_fd, False)
        self.selector.register(self.job_fd, selectors.EVENT_READ)
        while self.accepting or self.children:
            self._start_children()
            for key, _ in self.selector.select(self._next_timeout()):
                if key.fd == self.job_fd:
                    self._read_jobs()
                else:
                    self._reap(key.data)
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
        while self.queue and len(self.children) < self.workers:
            job = self.queue.popleft()
            workdir = tempfile.mkdtemp(prefix="job-", dir=self.root)
            pid = os.fork()
            if pid == 0:
                run_child(job, workdir, (self.job_fd, self.reply_fd, self.selector.fileno()), self.setup)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.setpgid(pid, pid)
            pidfd = os.pidfd_open(pid)
            now = time.monotonic()
            child = _Child(job, pid, pidfd, workdir, now, now + job.timeout)
            self.children[pid] = child
            self.selector.register(pidfd, selectors.EVENT_READ, child)

    def _reap(self, child: _Child) -> None:
        _, status = os.waitpid(child.pid, 0)
        _kill_group(child.pid)
        self.selector.unregister(child.pidfd)
        os.close(child.pidfd)
        del self.children[child.pid]
        reply = Reply(
            key=child.job.key,
            workdir=child.workdir,
            status=status,
            timed_out=child.timed_out,
            wall=time.monotonic() - child.started,
        )
        write_frame(self.reply_fd, reply)

    def _next_timeout(self) -> float | None:
        if not self.children:
            return None
        return max(0.0, min(c.deadline for c in self.children.values()) - time.monotonic())

    def _enforce_deadlines(self) -> None:
        now = time.monotonic()
        for child in self.children.values():
            if not child.timed_out and now >= child.deadline:
                child.timed_out = True
                _kill_group(child.pid)

    def kill_all(self) -> None:
        """Kill every running child and its process group (the engine removes the work folders)."""
        for child in self.children.values():
            _kill_group(child.pid)


def _kill_group(pid: int) -> None:
    """Kill a child and anything it started; it may already be gone."""
    for kill in (os.killpg, os.kill):
        try:
            kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            continue


def collapse_into_huge_pages() -> None:
    """Back the server's anonymous memory with 2 MiB pages, where the kernel can.

    Fork copies one page-table entry per 4 KiB page of the parent's anonymous memory (about 150 MB
    once torch is imported) and the child's exit frees them again: that dominates the cost of a
    snippet. With huge pages it is one entry per 2 MiB; a child that writes to one splits just that
    mapping. Measured here (Linux 6.18, 2 cores), fork plus exit of a child that runs a small torch
    operation fell from 15.0 to 5.9 ms of CPU. Kernels without MADV_COLLAPSE (before 6.1) refuse
    the request and nothing changes.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    libc.madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    for start, end in _anonymous_regions():
        first, last = (start + _HUGE - 1) & ~(_HUGE - 1), end & ~(_HUGE - 1)
        if last > first:
            libc.madvise(first, last - first, _MADV_HUGEPAGE)
            libc.madvise(first, last - first, _MADV_COLLAPSE)


def _anonymous_regions() -> list[tuple[int, int]]:
    """Writable private anonymous mappings and the heap, from /proc/self/maps."""
    regions = []
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split()
        anonymous = len(fields) == 5 or fields[5] == "[heap]"
        if anonymous and fields[1].startswith("rw") and fields[1].endswith("p"):
            start, end = (int(bound, 16) for bound in fields[0].split("-"))
            regions.append((start, end))
    return regions


def prepare(adapters: Mapping[str, Adapter], seed: int) -> dict[str, str]:
    """Import every side's modules, warm them up and seed them once, before any fork; return versions.

    The server never draws from the generators, so every child starts from this freshly seeded
    state without paying for seeding itself. Python's own ``random`` reseeds itself in every
    forked child (an at-fork hook), so the child seeds it again.
    """
    random.seed(seed)
    prepare_matplotlib()
    versions = {"python": platform.python_version()}
    for side, adapter in adapters.items():
        for module in adapter.modules:
            import_module(module)
        adapter.warm_up()
        adapter.seed(seed)
        found = adapter.version()
        if found is not None:
            versions[side] = found
    return versions


def main(argv: list[str]) -> None:
    """Import the libraries, open the sandbox, greet the engine with versions and gaps, serve jobs.

    The arguments are ``WORKERS ROOT SEED SANDBOX THREADS SIDE=ADAPTER...``.
    """
    workers, root, seed = int(argv[0]), argv[1], int(argv[2])
    mode, threads = SandboxMode(argv[3]), int(argv[4])
    adapters = {side: load_adapter(module) for side, module in (a.split("=", 1) for a in argv[5:])}
    job_fd, reply_fd = os.dup(0), os.dup(1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(2, 1)
    os.close(null)
    versions = prepare(adapters, seed)
    try:
        sandbox = Sandbox.open(mode, workers=workers)
    except SandboxUnavailableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(SANDBOX_UNAVAILABLE_EXIT)
    collapse_into_huge_pages()
    gaps = tuple(f"{gap.feature}: {gap.reason}" for gap in sandbox.gaps)
    write_frame(reply_fd, Hello(versions=versions, sandbox_gaps=gaps))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = WarmServer(workers, root, job_fd, reply_fd, ChildSetup(adapters, sandbox.policy, threads))
    try:
        server.serve()
    finally:
        server.kill_all()
        sandbox.close()


if __name__ == "__main__":
    main(sys.argv[1:])
