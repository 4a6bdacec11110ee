"""A cgroup per child: its processes counted and capped, its memory capped, all of them killed when it ends.

The warm server makes one folder per hierarchy, named after its pid, and in it a cgroup for every
child it forks (``prepare``); the child joins its own before it confines itself (``join``), while
it is still a single thread. The cgroup is what makes the limits hold for everything the snippet
starts, however it detaches:

- ``pids.max`` caps the tasks (processes and threads) of the child's tree, whatever their uid
  (root included, which RLIMIT_NPROC exempts), and the folder's own ``pids.max`` caps the build's
  children together, so a fork bomb neither takes the machine down nor starves its siblings;
- the memory controller counts every page the tree charges, shared memory, memory files
  (``memfd_create``) and files on tmpfs included, which RLIMIT_DATA does not see; past the cap the
  kernel kills a process of the tree and the server reports it (``out_of_memory``);
- when the child ends or its deadline passes, the server kills every process still in its
  cgroup (``release``, ``kill``): a process that left its process group and session (``setsid``)
  dies with its pair, not at the end of the build, so it cannot hold tasks a later pair needs.

Joining costs one migration. A task that moves its whole thread group into a cgroup takes a lock
whose write side waits for an RCU grace period when no migration happened just before (several
milliseconds, as long as the rest of a child's overhead). A single thread that moves itself
through cgroup v1's ``tasks`` file skips that lock and costs a few microseconds; a forked child is
one thread, so on v1 moving itself moves its process. Cgroup v2 has no such file: there the child
writes ``cgroup.procs`` and pays the grace period unless the hierarchy is mounted with
``favordynmods``. ``bench/confine.py`` measures what a child's cgroups cost, beside children
without them.

Which hierarchy holds each controller, and where this server may create cgroups in it, is
found by ``hierarchy``. A server that died without cleaning up is recognised by its folder's pid
and swept by the next one.
"""

import contextlib
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from generator.execute.child.hierarchy import PREFIX, Hierarchy

_SETTLE_SECONDS = 2.0


@dataclass(frozen=True)
class ChildGroup:
    """One child's cgroups, a folder per hierarchy; the child joins them, the server kills and removes them.

    ``joins`` are the files the child writes ``0`` to (itself); ``events`` is the file that counts
    the memory controller's kills, when there is one.
    """

    folders: tuple[Path, ...]
    joins: tuple[Path, ...]
    events: Path | None

    def join(self) -> None:
        """Move this process into its cgroups; call it in the child while it is a single thread."""
        for path in self.joins:
            fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
            try:
                os.write(fd, b"0")
            finally:
                os.close(fd)


class ChildCgroups:
    """The server's cgroup folders (one per hierarchy) and the per-child cgroups inside them."""

    def __init__(self, pids: Hierarchy | None, memory: Hierarchy | None, bases: dict[Path, Path]) -> None:
        self.pids = pids
        self.memory = memory
        self.bases = bases
        self._count = 0

    @classmethod
    def create(cls, pids: Hierarchy | None, memory: Hierarchy | None, total_tasks: int) -> "ChildCgroups":
        """Sweep what dead servers left, make this server's folders: ``total_tasks`` for all children."""
        bases: dict[Path, Path] = {}
        for hierarchy in filter(None, (pids, memory)):
            if hierarchy.parent in bases:
                continue
            sweep_stale(hierarchy.parent)
            base = hierarchy.parent / f"{PREFIX}{os.getpid()}"
            base.mkdir()
            bases[hierarchy.parent] = base
            if hierarchy.version == 2:
                wanted = [c for c, h in (("pids", pids), ("memory", memory)) if h == hierarchy]
                (base / "cgroup.subtree_control").write_text(" ".join(f"+{c}" for c in wanted))
        if pids is not None:
            (bases[pids.parent] / "pids.max").write_text(str(total_tasks))
        return cls(pids, memory, bases)

    def prepare(self, max_tasks: int, memory: int | None) -> ChildGroup:
        """A new cgroup per hierarchy for one child: ``max_tasks`` tasks, and ``memory`` bytes when capped."""
        self._count += 1
        name = f"child-{self._count}"
        folders: list[Path] = []
        joins: list[Path] = []
        events = None
        for parent, base in self.bases.items():
            folder = base / name
            folder.mkdir()
            folders.append(folder)
            version = 1
            if self.pids is not None and self.pids.parent == parent:
                version = self.pids.version
                (folder / "pids.max").write_text(str(max_tasks))
            if self.memory is not None and self.memory.parent == parent:
                version = self.memory.version
                if memory is not None:
                    events = _limit_memory(folder, version, memory)
            joins.append(folder / ("tasks" if version == 1 else "cgroup.procs"))
        return ChildGroup(tuple(folders), tuple(joins), events)

    def stop(self, group: ChildGroup) -> None:
        """Kill every process in the child's cgroups, without waiting for them to end.

        v2's cgroup.kill reaches every process at once; on v1 each member is killed (one that
        forks meanwhile is left to ``kill``'s rounds).
        """
        for folder in group.folders:
            kill_file = folder / "cgroup.kill"
            if kill_file.exists():
                with contextlib.suppress(OSError):
                    kill_file.write_text("1")
                continue
            for pid in _members((folder,)):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)

    def kill(self, group: ChildGroup) -> None:
        """Kill every process in the child's cgroups and wait until they have ended (v1 needs rounds)."""
        self.stop(group)
        deadline = time.monotonic() + _SETTLE_SECONDS
        while (members := _members(group.folders)) and time.monotonic() < deadline:
            for pid in members:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.001)

    def release(self, group: ChildGroup) -> bool:
        """Kill what is left of the child's tree, remove its cgroups; True if the kernel killed for memory."""
        self.kill(group)
        killed = _oom_kills(group.events)
        for folder in group.folders:
            _remove_dir(folder)
        return killed

    def close(self) -> bool:
        """Kill and remove every child's cgroup and the server's folders; False if something stayed."""
        results = []
        for base in self.bases.values():
            for folder in _subgroups(base):
                results.append(self._remove(ChildGroup((folder,), (), None)))
            results.append(_remove_dir(base))
        return all(results)

    def _remove(self, group: ChildGroup) -> bool:
        self.kill(group)
        return all(_remove_dir(folder) for folder in group.folders)


def sweep_stale(parent: Path) -> None:
    """Remove the folders of servers that are gone (killed before they could clean up)."""
    for folder in parent.glob(f"{PREFIX}*"):
        owner = folder.name.removeprefix(PREFIX)
        if not owner.isdigit() or Path(f"/proc/{owner}").exists():
            continue
        ChildCgroups(None, None, {parent: folder}).close()


def _limit_memory(folder: Path, version: int, limit: int) -> Path:
    """Cap the cgroup's memory (and swap: none beyond the cap); return the file that counts its kills."""
    if version == 1:
        (folder / "memory.limit_in_bytes").write_text(str(limit))
        swap = folder / "memory.memsw.limit_in_bytes"
        if swap.exists():
            swap.write_text(str(limit))
        return folder / "memory.oom_control"
    (folder / "memory.max").write_text(str(limit))
    swap = folder / "memory.swap.max"
    if swap.exists():
        swap.write_text("0")
    return folder / "memory.events"


def _oom_kills(events: Path | None) -> bool:
    """Whether the memory controller killed a process of this cgroup (``oom_kill N`` in either version)."""
    if events is None:
        return False
    for line in _read(events).splitlines():
        name, _, count = line.partition(" ")
        if name == "oom_kill" and count.strip().isdigit():
            return int(count) > 0
    return False


def _members(folders: tuple[Path, ...]) -> set[int]:
    found: set[int] = set()
    for folder in folders:
        with contextlib.suppress(OSError, ValueError):
            found.update(int(pid) for pid in _read(folder / "cgroup.procs", strict=True).split())
    return found


def _subgroups(folder: Path) -> list[Path]:
    return [child for child in folder.iterdir() if child.is_dir()] if folder.is_dir() else []


def _remove_dir(group: Path) -> bool:
    """Delete a cgroup, retrying while processes that were just killed finish exiting."""
    deadline = time.monotonic() + _SETTLE_SECONDS
    while True:
        try:
            group.rmdir()
        except FileNotFoundError:
            return True
        except OSError:
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.001)
        else:
            return True


def _read(path: Path, *, strict: bool = False) -> str:
    try:
        return path.read_text()
    except OSError:
        if strict:
            raise
        return ""
