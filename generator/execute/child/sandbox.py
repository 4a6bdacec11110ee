"""The warm server's side of the sandbox: what the kernel offers, and what the server holds for its children.

The warm server calls ``Sandbox.open`` once at start. It probes the kernel, refuses to start in
``require`` mode if anything is missing, and otherwise keeps the shared resources: the empty
network namespace every child joins, the paths every child's Landlock ruleset grants (opened
once, ``landlock.prepare``), and the folders of the children's cgroups (``cgroups``). For
every child it makes a cgroup (``prepare``) that the child joins, kills and removes it when the
child has ended (``release``), and hands out a ``Policy`` that the child applies with
``confine``.
"""

import os
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

from generator.execute.child import landlock, seccomp
from generator.execute.child.cgroups import ChildCgroups, ChildGroup
from generator.execute.child.confine import Policy, confine
from generator.execute.child.hierarchy import Hierarchy, find_hierarchy
from generator.execute.child.kernel import Feature
from generator.execute.child.network import EmptyNetwork, namespace_reason
from generator.execute.contract import SandboxMode, format_gaps

DEFAULT_MAX_PROCESSES = 64
"""Tasks (processes and threads) one child's tree may have at once: torch's pools fit easily."""


@dataclass(frozen=True)
class Gap:
    """A restriction this machine cannot apply, and why."""

    feature: Feature
    reason: str

    def __str__(self) -> str:
        return f"{self.feature}: {self.reason}"


@dataclass(frozen=True)
class SandboxSupport:
    """What the kernel offers, from ``probe``; ``gaps`` says what is missing, readably."""

    landlock_abi: int
    network_namespace: bool
    pids_cgroup: Hierarchy | None
    process_rlimit: bool
    syscall_filter: bool = False
    memory_cgroup: Hierarchy | None = None
    gaps: tuple[Gap, ...] = ()

    def describe_gaps(self) -> str:
        """One line per missing restriction, for the build's single notice."""
        return format_gaps([str(gap) for gap in self.gaps])


class SandboxUnavailableError(RuntimeError):
    """``require`` mode, and the kernel lacks something: no snippet may run."""

    def __init__(self, gaps: tuple[Gap, ...]) -> None:
        lines = format_gaps([str(gap) for gap in gaps])
        super().__init__(f"the sandbox is required but this machine cannot confine snippets fully:\n{lines}")
        self.gaps = gaps


def probe() -> SandboxSupport:
    """Ask the kernel what it offers, by trying each mechanism (a few ms, once per server)."""
    abi, landlock_reason = landlock.landlock_abi()
    network_reason = namespace_reason()
    pids = find_hierarchy("pids")
    memory = find_hierarchy("memory")
    rlimit_reason = _process_rlimit_reason()
    filter_reason = seccomp.filter_support()
    gaps = []
    if landlock_reason is not None:
        gaps.append(Gap(Feature.FILESYSTEM, f"everything stays readable and writable: {landlock_reason}"))
    if network_reason is not None:
        covered = "only TCP is blocked (Landlock)" if abi >= 4 else "the network stays reachable"
        gaps.append(Gap(Feature.NETWORK, f"{covered}: no network namespace ({network_reason})"))
    if filter_reason is not None:
        open_calls = "unix sockets with a path (docker.sock, systemd's), the kernel keyring, user namespaces"
        gaps.append(Gap(Feature.SYSTEM_CALLS, f"{open_calls} stay reachable: {filter_reason}"))
    if 0 < abi < 6:
        gaps.append(
            Gap(
                Feature.SCOPE,
                f"Landlock ABI {abi} < 6: a snippet can signal the builder's processes of its uid "
                "and connect to abstract unix sockets",
            )
        )
    if isinstance(pids, str) and rlimit_reason is not None:
        gaps.append(Gap(Feature.PROCESSES, f"no pids cgroup ({pids}); {rlimit_reason}"))
    if isinstance(memory, str):
        gaps.append(
            Gap(
                Feature.MEMORY,
                "the cap counts private memory only (shared memory, memory files and tmpfs are not "
                "counted) and processes that leave their group live until the build ends: "
                f"no memory cgroup ({memory}); run the build as root, or in a cgroup delegated to "
                "its user with the memory controller (with systemd, for example, systemd-run --user "
                "--scope -p Delegate=yes)",
            )
        )
    return SandboxSupport(
        landlock_abi=abi,
        network_namespace=network_reason is None,
        pids_cgroup=None if isinstance(pids, str) else pids,
        process_rlimit=rlimit_reason is None,
        syscall_filter=filter_reason is None,
        memory_cgroup=None if isinstance(memory, str) else memory,
        gaps=tuple(gaps),
    )


class Sandbox:
    """The warm server's sandbox resources; ``prepare`` before each fork, ``release`` after reaping."""

    def __init__(
        self,
        mode: SandboxMode,
        support: SandboxSupport | None,
        network: EmptyNetwork | None,
        cgroups: ChildCgroups | None,
        max_processes: int,
        *,
        ruleset: landlock.Ruleset | None = None,
        syscall_filter: seccomp.Filter | None = None,
    ) -> None:
        self.mode = mode
        self.support = support
        self.network = network
        self.cgroups = cgroups
        self.max_processes = max_processes
        self.ruleset = ruleset
        self.syscall_filter = syscall_filter
        self._sections: dict[Path, landlock.Rule] = {}

    @classmethod
    def open(
        cls,
        mode: SandboxMode,
        *,
        max_processes: int = DEFAULT_MAX_PROCESSES,
        workers: int = 1,
        support: SandboxSupport | None = None,
    ) -> Self:
        """Probe (unless ``support`` is given) and set up; SandboxUnavailableError in ``require`` mode.

        Each child's tree may hold ``max_processes`` tasks, and all children together
        ``max_processes`` per worker, twice: a child stopped once it finished holds its tasks
        until they have ended, while the next one starts (``server.WarmServer``).
        """
        if mode is SandboxMode.OFF:
            return cls(mode, None, None, None, max_processes)
        support = support if support is not None else probe()
        if mode is SandboxMode.REQUIRE and support.gaps:
            raise SandboxUnavailableError(support.gaps)
        network = EmptyNetwork.create() if support.network_namespace else None
        cgroups = None
        if support.pids_cgroup is not None or support.memory_cgroup is not None:
            total = max_processes * workers * 2
            cgroups = ChildCgroups.create(support.pids_cgroup, support.memory_cgroup, total)
        ruleset = landlock.prepare(support.landlock_abi) if support.landlock_abi else None
        assembled = seccomp.assemble() if support.syscall_filter else None
        return cls(mode, support, network, cgroups, max_processes, ruleset=ruleset, syscall_filter=assembled)

    @property
    def gaps(self) -> tuple[Gap, ...]:
        """What is missing (empty when off: nothing was asked for)."""
        return self.support.gaps if self.support is not None else ()

    @property
    def policy(self) -> Policy | None:
        """What every child applies (None when off)."""
        if self.support is None:
            return None
        pids = self.cgroups is not None and self.cgroups.pids is not None
        return Policy(
            ruleset=self.ruleset,
            syscall_filter=self.syscall_filter,
            network=self.network.namespace if self.network is not None else None,
            max_processes=self.max_processes if not pids and self.support.process_rlimit else None,
        )

    def prepare(self, memory: int) -> ChildGroup | None:
        """The cgroups one child joins, capped at ``memory`` bytes; None without cgroups."""
        return self.cgroups.prepare(self.max_processes, memory) if self.cgroups is not None else None

    def folder_rules(self, workdir: Path, section: Path) -> tuple[landlock.Rule, ...]:
        """Rules for one child: everything in its work folder, reading its section's folder (kept open).

        The caller closes the work folder's descriptor (the first rule) once the child is forked.
        """
        if self.ruleset is None:
            return ()
        abi = self.ruleset.abi
        if section not in self._sections:
            self._sections[section] = landlock.rule(section, landlock.READ, abi, folder=True)
        return landlock.rule(workdir, landlock.ALL, abi, folder=True), self._sections[section]

    def kill(self, group: ChildGroup | None) -> None:
        """Kill every process of a child's tree that is still alive (its deadline has passed)."""
        if self.cgroups is not None and group is not None:
            self.cgroups.kill(group)

    def stop(self, group: ChildGroup | None) -> None:
        """Kill every process of a child's tree, without waiting for them to end (``release`` does)."""
        if self.cgroups is not None and group is not None:
            self.cgroups.stop(group)

    def release(self, group: ChildGroup | None) -> bool:
        """After reaping: kill what is left of the child's tree, remove its cgroups; True if out of memory."""
        if self.cgroups is None or group is None:
            return False
        return self.cgroups.release(group)

    def close(self) -> None:
        """Kill what is left in the cgroups and remove them; let go of the namespace and the fixed paths."""
        cgroups, self.cgroups = self.cgroups, None
        if cgroups is not None:
            cgroups.close()
        network, self.network = self.network, None
        if network is not None:
            network.close()
        ruleset, self.ruleset = self.ruleset, None
        landlock.close([*(ruleset.rules if ruleset else ()), *self._sections.values()])
        self._sections.clear()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def _process_rlimit_reason() -> str | None:
    """None if RLIMIT_NPROC in a private user namespace stops a fork here, else why not.

    Tried in a throwaway child with a limit of one task (itself): the kernel exempts uid 0 of
    the initial namespace, which the uid a process sees does not always reveal.
    """
    pid = os.fork()
    if pid == 0:  # pragma: no cover - reported through the exit status
        code = 3
        try:
            confine(Policy(max_processes=1))
            grandchild = os.fork()
            if grandchild == 0:
                os._exit(0)
            os.waitpid(grandchild, 0)
            code = 2
        except BlockingIOError:
            code = 0
        except BaseException:
            code = 1
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    return {
        0: None,
        1: "a user namespace cannot be created here",
        2: "RLIMIT_NPROC is not enforced for this user (the kernel exempts root)",
    }.get(os.waitstatus_to_exitcode(status), "the RLIMIT_NPROC check failed")
