"""The child's limits, set and read back in the kernel's own cgroups: tasks, memory and what a kill says.

``test_confine.py`` confines real children and attacks every restriction; these tests pin what the
server writes for each child (``ChildCgroups``, ``Sandbox.prepare``) and what it hands the child
(``Sandbox.policy``), value by value, and what a release reports, quickly enough to run for every
mutant of ``make mutants``. They need the pids and memory controllers (cgroup v1 or v2) and skip,
saying why, without them.
"""

import contextlib
import os
import select
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.execute.child.cgroups import ChildCgroups, ChildGroup
from generator.execute.child.hierarchy import PREFIX, Hierarchy, find_hierarchy
from generator.execute.child.kernel import Feature
from generator.execute.child.sandbox import (
    DEFAULT_MAX_PROCESSES,
    Gap,
    Sandbox,
    SandboxSupport,
    SandboxUnavailableError,
    probe,
)
from generator.execute.contract import SandboxMode

PIDS = find_hierarchy("pids")
MEMORY = find_hierarchy("memory")
needs_cgroups = pytest.mark.skipif(
    isinstance(PIDS, str) or isinstance(MEMORY, str),
    reason=f"no pids or memory cgroup: {PIDS if isinstance(PIDS, str) else MEMORY}",
)
MiB = 1 << 20


def hierarchies() -> tuple[Hierarchy, Hierarchy]:
    assert isinstance(PIDS, Hierarchy)
    assert isinstance(MEMORY, Hierarchy)
    return PIDS, MEMORY


@pytest.fixture
def cgroups() -> Iterator[ChildCgroups]:
    pids, memory = hierarchies()
    made = ChildCgroups.create(pids, memory, total_tasks=7)
    try:
        yield made
    finally:
        assert made.close(), "a cgroup stayed"
    assert not [base for base in made.bases.values() if base.exists()]


def memory_file(folder: Path, version: int) -> Path:
    return folder / ("memory.limit_in_bytes" if version == 1 else "memory.max")


def read(path: Path) -> str:
    return path.read_text().strip()


@needs_cgroups
def test_the_servers_folders_are_named_after_it_and_cap_every_child_together(cgroups):
    pids, memory = hierarchies()
    assert set(cgroups.bases) == {pids.parent, memory.parent}
    for parent, base in cgroups.bases.items():
        assert base == parent / f"{PREFIX}{os.getpid()}"
        assert base.is_dir()
    assert read(cgroups.bases[pids.parent] / "pids.max") == "7"


@needs_cgroups
def test_each_child_has_its_own_folders_its_task_cap_and_its_memory_cap(cgroups):
    pids, memory = hierarchies()
    first = cgroups.prepare(5, 256 * MiB)
    second = cgroups.prepare(3, 128 * MiB)
    for group, name in ((first, "child-1"), (second, "child-2")):
        assert group.folders == tuple(base / name for base in cgroups.bases.values())
        assert all(folder.is_dir() for folder in group.folders)
    tasks = next(f for f in first.folders if f.parent.parent == pids.parent)
    held = next(f for f in first.folders if f.parent.parent == memory.parent)
    assert read(tasks / "pids.max") == "5"
    assert read(memory_file(held, memory.version)) == str(256 * MiB)
    swap = held / ("memory.memsw.limit_in_bytes" if memory.version == 1 else "memory.swap.max")
    if swap.exists():
        assert read(swap) == (str(256 * MiB) if memory.version == 1 else "0")
    assert first.events == held / ("memory.oom_control" if memory.version == 1 else "memory.events")
    join = {1: "tasks", 2: "cgroup.procs"}
    assert first.joins == (tasks / join[pids.version], held / join[memory.version])
    second_tasks = next(f for f in second.folders if f.parent.parent == pids.parent)
    assert read(second_tasks / "pids.max") == "3"
    for group in (first, second):
        assert cgroups.release(group) is False
        assert not [folder for folder in group.folders if folder.exists()]


@needs_cgroups
def test_a_child_without_a_memory_cap_keeps_its_parents(cgroups):
    _, memory = hierarchies()
    group = cgroups.prepare(5, None)
    held = next(f for f in group.folders if f.parent.parent == memory.parent)
    assert group.events is None
    assert read(memory_file(held, memory.version)) == read(memory_file(held.parent, memory.version))
    assert cgroups.release(group) is False


def test_joining_writes_this_process_into_every_one_of_its_cgroups(tmp_path):
    """``0`` in a cgroup's ``tasks`` or ``cgroup.procs`` means the writer: the child moves itself."""
    joins = (tmp_path / "tasks", tmp_path / "cgroup.procs")
    for path in joins:
        path.write_bytes(b"")
    ChildGroup((), joins, None).join()
    assert [path.read_bytes() for path in joins] == [b"0", b"0"]
    with pytest.raises(FileNotFoundError):  # a cgroup removed meanwhile is never recreated as a file
        ChildGroup((), (tmp_path / "gone" / "tasks",), None).join()


BOUND = 20
"""Seconds any process these tests fork may live, and any wait for one may last: a mutant that
breaks the limits (a child outside its cgroup, a kill that misses it) ends as a failure, never as
a wait with no end, and leaves nothing behind (``alarm`` ends what no release killed)."""


def in_group(group: ChildGroup, work: str) -> tuple[int, str]:
    """Fork a child that joins ``group`` and does ``work``; its exit status and what it wrote."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 1
        try:  # whatever happens, the child never returns into the test session
            signal.alarm(BOUND)
            os.close(read_end)
            group.join()
            if work == "allocate":
                held = b"x" * (64 * MiB)
                os.write(write_end, str(len(held)).encode())
            elif work == "fork":
                born = 0
                for _ in range(10):
                    try:
                        if os.fork() == 0:
                            signal.pause()
                            os._exit(0)
                    except BlockingIOError:
                        break
                    born += 1
                os.write(write_end, str(born).encode())
                os.close(write_end)
                signal.pause()
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], BOUND)
    said = os.read(read_end, 20) if ready else b""  # one write: the child's tree may hold the pipe open
    os.close(read_end)
    if work == "fork":
        return 0, said.decode()
    return wait(pid), said.decode()


def wait(pid: int) -> int:
    """The wait status of a child, after at most ``BOUND`` seconds: past that it is killed, the test fails."""
    deadline = time.monotonic() + BOUND
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.005)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    pytest.fail(f"the child {pid} was still running after {BOUND} s")


@needs_cgroups
def test_a_child_past_its_memory_cap_is_killed_and_its_release_says_so(cgroups):
    capped = cgroups.prepare(5, 16 * MiB)
    status, said = in_group(capped, "allocate")
    assert os.WIFSIGNALED(status)
    assert os.WTERMSIG(status) == signal.SIGKILL
    assert said == ""
    assert cgroups.release(capped) is True
    roomy = cgroups.prepare(5, 256 * MiB)
    status, said = in_group(roomy, "allocate")
    assert os.waitstatus_to_exitcode(status) == 0
    assert said == str(64 * MiB)
    assert cgroups.release(roomy) is False


@needs_cgroups
def test_a_childs_tree_holds_its_task_cap_and_is_killed_at_release(cgroups):
    pids, _ = hierarchies()
    group = cgroups.prepare(3, 256 * MiB)
    tasks = next(f for f in group.folders if f.parent.parent == pids.parent)
    _, born = in_group(group, "fork")
    assert born == "2", "the child and two forks fill a cap of three tasks"
    members = [int(pid) for pid in read(tasks / "cgroup.procs").split()]
    assert len(members) == 3
    assert cgroups.release(group) is False
    for pid in members:
        with contextlib.suppress(ChildProcessError):  # a grandchild: no longer anyone's to wait for
            wait(pid)
    # A killed process leaves its cgroup before it has finished exiting: on a loaded machine a
    # grandchild can still be on its way out when release returns, but it never runs again.
    deadline = time.monotonic() + 10
    while (alive := [pid for pid in members if _running(pid)]) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not alive


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize(
    ("events", "killed"),
    [
        ("oom_kill_disable 0\nunder_oom 0\noom_kill 2\n", True),
        ("oom_kill_disable 0\nunder_oom 0\noom_kill 0\n", False),
        ("low 0\nhigh 0\nmax 4\noom 1\noom_kill 1\noom_group_kill 0\n", True),
        ("low 0\nhigh 0\nmax 4\noom 1\noom_kill 0\n", False),
        ("oom_kill many\n", False),
        ("oom_kills 3\n", False),
        ("", False),
        (None, False),
    ],
    ids=["v1-killed", "v1-none", "v2-killed", "v2-none", "garbled", "other-name", "empty", "missing"],
)
def test_a_release_reports_a_kill_only_when_the_memory_controller_counted_one(tmp_path, events, killed):
    path = tmp_path / "memory.events"
    if events is not None:
        path.write_text(events)
    cgroups = ChildCgroups(None, None, {})
    assert cgroups.release(ChildGroup((), (), path)) is killed
    assert cgroups.release(ChildGroup((), (), None)) is False


def support(**changes: object) -> SandboxSupport:
    fields: dict[str, object] = {
        "landlock_abi": 0,
        "network_namespace": False,
        "pids_cgroup": None,
        "process_rlimit": True,
    }
    return SandboxSupport(**(fields | changes))  # type: ignore[arg-type]


def test_without_a_pids_cgroup_the_child_limits_itself_by_rlimit():
    sandbox = Sandbox(SandboxMode.AUTO, support(), None, None, 9)
    policy = sandbox.policy
    assert policy is not None
    assert policy.max_processes == 9
    assert (policy.ruleset, policy.syscall_filter, policy.network) == (None, None, None)
    assert sandbox.prepare(1 << 30) is None
    unlimited = Sandbox(SandboxMode.AUTO, support(process_rlimit=False), None, None, 9)
    assert unlimited.policy.max_processes is None
    assert Sandbox(SandboxMode.OFF, None, None, None, 9).policy is None


@needs_cgroups
def test_with_a_pids_cgroup_the_server_limits_each_child_and_all_of_them_per_worker():
    pids, memory = hierarchies()
    found = support(pids_cgroup=pids, memory_cgroup=memory)
    with Sandbox.open(SandboxMode.AUTO, max_processes=4, workers=3, support=found) as sandbox:
        assert sandbox.cgroups is not None
        assert sandbox.policy.max_processes is None
        # 4 tasks for each of 3 workers, twice: a finished child holds its tasks until they have
        # ended, while the next one starts
        assert read(sandbox.cgroups.bases[pids.parent] / "pids.max") == "24"
        group = sandbox.prepare(32 * MiB)
        tasks = next(f for f in group.folders if f.parent.parent == pids.parent)
        held = next(f for f in group.folders if f.parent.parent == memory.parent)
        assert read(tasks / "pids.max") == "4"
        assert read(memory_file(held, memory.version)) == str(32 * MiB)
        assert sandbox.release(group) is False
        bases = list(sandbox.cgroups.bases.values())
    assert not [base for base in bases if base.exists()]


def test_a_sandbox_that_is_off_or_has_nothing_to_apply_holds_nothing():
    off = Sandbox.open(SandboxMode.OFF, max_processes=4)
    assert (off.policy, off.gaps, off.prepare(1 << 30), off.release(None)) == (None, (), None, False)
    bare = Sandbox.open(SandboxMode.AUTO, max_processes=4, support=support())
    assert (bare.cgroups, bare.network, bare.ruleset, bare.syscall_filter) == (None, None, None, None)
    assert bare.policy.max_processes == 4
    bare.close()


def test_require_mode_refuses_to_start_with_a_gap_and_names_it():
    gap = Gap(Feature.PROCESSES, "no pids cgroup (none mounted); RLIMIT_NPROC is not enforced")
    with pytest.raises(SandboxUnavailableError) as refused:
        Sandbox.open(SandboxMode.REQUIRE, support=support(gaps=(gap,)))
    assert refused.value.gaps == (gap,)
    assert str(gap) in str(refused.value)
    assert Sandbox.open(SandboxMode.AUTO, support=support(gaps=(gap,))).gaps == (gap,)


@needs_cgroups
def test_a_cgroup_of_one_controller_alone_still_limits_each_child():
    """A machine may offer the pids controller without memory, or memory without pids."""
    pids, memory = hierarchies()
    with Sandbox.open(SandboxMode.AUTO, max_processes=4, support=support(pids_cgroup=pids)) as tasks:
        assert tasks.cgroups is not None
        assert set(tasks.cgroups.bases) == {pids.parent}
        assert tasks.policy.max_processes is None, "the pids cgroup caps the tasks"
        group = tasks.prepare(32 * MiB)
        assert [folder.parent.parent for folder in group.folders] == [pids.parent]
        assert group.events is None, "no memory cgroup counts kills"
        assert tasks.release(group) is False
    with Sandbox.open(SandboxMode.AUTO, max_processes=4, support=support(memory_cgroup=memory)) as held:
        assert held.cgroups is not None
        assert set(held.cgroups.bases) == {memory.parent}
        assert held.policy.max_processes == 4, "without a pids cgroup the child limits itself"
        group = held.prepare(32 * MiB)
        assert read(memory_file(group.folders[0], memory.version)) == str(32 * MiB)
        assert held.release(group) is False


@needs_cgroups
def test_a_release_removes_the_childs_cgroups_at_once(tmp_path):
    pids, memory = hierarchies()
    found = support(pids_cgroup=pids, memory_cgroup=memory)
    with Sandbox.open(SandboxMode.AUTO, max_processes=4, support=found) as sandbox:
        assert sandbox.release(None) is False
        group = sandbox.prepare(32 * MiB)
        assert all(folder.is_dir() for folder in group.folders)
        assert sandbox.release(group) is False
        assert not [folder for folder in group.folders if folder.exists()], "removed before the server closes"
    bare = Sandbox(SandboxMode.AUTO, support(), None, None, 4)
    assert bare.release(ChildGroup((tmp_path,), (), None)) is False, "no cgroups: nothing to release"
    assert tmp_path.is_dir()


def test_a_sandbox_remembers_the_mode_it_was_opened_in():
    assert Sandbox.open(SandboxMode.OFF).mode is SandboxMode.OFF
    with Sandbox.open(SandboxMode.AUTO, support=support()) as sandbox:
        assert sandbox.mode is SandboxMode.AUTO


FULL = probe()


@pytest.mark.skipif(bool(FULL.gaps), reason=f"this machine cannot confine fully: {FULL.describe_gaps()}")
def test_a_full_sandbox_hands_every_child_the_servers_namespace_ruleset_filter_and_cgroups():
    """Probed for real (no ``support`` given), as the warm server opens it."""
    with Sandbox.open(SandboxMode.REQUIRE) as sandbox:
        assert sandbox.mode is SandboxMode.REQUIRE
        assert sandbox.gaps == ()
        policy = sandbox.policy
        assert policy is not None
        assert sandbox.network is not None
        assert policy.network == sandbox.network.namespace
        assert sandbox.ruleset is not None
        assert sandbox.ruleset.abi == FULL.landlock_abi
        assert policy.ruleset is sandbox.ruleset
        assert sandbox.syscall_filter is not None
        assert policy.syscall_filter is sandbox.syscall_filter
        assert policy.max_processes is None, "the pids cgroup caps the tasks"
        assert sandbox.cgroups is not None
        assert FULL.pids_cgroup is not None
        total = read(sandbox.cgroups.bases[FULL.pids_cgroup.parent] / "pids.max")
        assert total == str(2 * DEFAULT_MAX_PROCESSES), "one worker (and one ending) unless told otherwise"
