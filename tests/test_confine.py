"""The child sandbox: each test forks a child that confines itself, tries an escape and reports.

The child reports through a pipe (a pickled value, or the exception it met) and always leaves
with os._exit, so nothing of pytest runs in it. Tests skip, naming the reason the probe gave,
only where this kernel lacks the mechanism.
"""

import ctypes
import errno
import json
import os
import pickle
import platform
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from generator.execute.child.confine import (
    ConfinementError,
    NetworkNamespace,
    Policy,
    apply_environment,
    confine,
    snippet_environment,
)
from generator.execute.child.hierarchy import PREFIX, Hierarchy, _v2_parent
from generator.execute.child.kernel import Feature
from generator.execute.child.sandbox import (
    Gap,
    Sandbox,
    SandboxSupport,
    SandboxUnavailableError,
    probe,
)
from generator.execute.contract import THREAD_VARIABLES, SandboxMode

SUPPORT = probe()
MAX_PROCESSES = 32


def _gap(feature: Feature) -> str:
    return next((gap.reason for gap in SUPPORT.gaps if gap.feature is feature), "")


needs_landlock = pytest.mark.skipif(SUPPORT.landlock_abi == 0, reason=_gap(Feature.FILESYSTEM))
needs_netns = pytest.mark.skipif(not SUPPORT.network_namespace, reason=_gap(Feature.NETWORK))
needs_no_tcp = pytest.mark.skipif(
    not SUPPORT.network_namespace and SUPPORT.landlock_abi < 4, reason=_gap(Feature.NETWORK)
)
needs_syscall_filter = pytest.mark.skipif(not SUPPORT.syscall_filter, reason=_gap(Feature.SYSTEM_CALLS))
needs_scope = pytest.mark.skipif(SUPPORT.landlock_abi < 6, reason=_gap(Feature.SCOPE))
needs_pids = pytest.mark.skipif(
    SUPPORT.pids_cgroup is None and not SUPPORT.process_rlimit, reason=_gap(Feature.PROCESSES)
)


@pytest.fixture
def sandbox():
    with Sandbox.open(SandboxMode.AUTO, max_processes=MAX_PROCESSES) as opened:
        yield opened


@pytest.fixture
def workdir(tmp_path):
    folder = tmp_path / "job"
    (folder / "cwd").mkdir(parents=True)
    return folder


def in_confined_child(
    sandbox: Sandbox,
    workdir: Path,
    attempt: Callable[[], Any],
    *,
    confined: bool = True,
    memory: int = 1 << 30,
    readable: tuple[Path, ...] = (),
) -> Any:
    """Fork; the child joins its cgroups, confines itself as the server's children do, runs ``attempt``.

    Returns what ``attempt`` returned, or an (exception type name, errno, message) triple. As the
    server does after reaping, the child's cgroups are then released (what is left is killed).
    """
    policy = sandbox.policy
    group = sandbox.prepare(memory) if confined else None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 0
        try:
            os.close(read_end)
            if group is not None:
                group.join()
            cwd = workdir / "cwd"
            os.chdir(cwd)
            apply_environment(snippet_environment(cwd, threads=1))
            if confined and policy is not None:
                confine(policy, writable=[workdir], readable=readable)
            try:
                outcome: Any = ("returned", attempt())
            except BaseException as exc:
                outcome = ("raised", type(exc).__name__, getattr(exc, "errno", None), str(exc))
            data = pickle.dumps(outcome)
            os.write(write_end, struct.pack(">I", len(data)) + data)
        except BaseException:
            traceback.print_exc()
            code = 70
        os._exit(code)
    os.close(write_end)
    # read one frame, not up to end of file: processes the child started may hold the pipe open
    with os.fdopen(read_end, "rb") as pipe:
        header = pipe.read(4)
        data = pipe.read(struct.unpack(">I", header)[0]) if len(header) == 4 else b""
    _, status = os.waitpid(pid, 0)
    sandbox.release(group)
    assert os.waitstatus_to_exitcode(status) == 0, "the child failed before reporting"
    assert data, "the child reported nothing"
    outcome = pickle.loads(data)
    return outcome[1] if outcome[0] == "returned" else outcome[1:]


@needs_landlock
def test_writes_outside_the_working_folder_fail_and_inside_succeed(sandbox, workdir, tmp_path):
    outside = tmp_path / "outside.txt"

    def attempt():
        Path("inside.txt").write_text("mine")
        Path("sub").mkdir()
        (Path("sub") / "nested.txt").write_text("mine too")
        (workdir / "report").write_text("engine file")
        try:
            outside.write_text("escaped")
        except PermissionError as exc:
            return exc.errno
        return None

    assert in_confined_child(sandbox, workdir, attempt) == errno.EACCES
    assert not outside.exists()
    assert (workdir / "cwd" / "inside.txt").read_text() == "mine"
    assert (workdir / "cwd" / "sub" / "nested.txt").read_text() == "mine too"
    assert (workdir / "report").read_text() == "engine file"


@needs_landlock
def test_shared_places_are_not_writable_but_dev_null_and_tmpdir_are(sandbox, workdir):
    def attempt():
        with Path(os.devnull).open("w") as null:
            null.write("discarded")
        handle, name = tempfile.mkstemp()
        os.close(handle)
        denied = []
        for target in ("/tmp/np2t-escape", "/dev/shm/np2t-escape", str(workdir.parent / "sibling.txt")):
            try:
                Path(target).write_text("escaped")
            except PermissionError:
                denied.append(target)
        return name, denied

    name, denied = in_confined_child(sandbox, workdir, attempt)
    assert Path(name).parent == workdir / "tmp"
    assert len(denied) == 3


@needs_landlock
def test_reading_is_confined_to_the_interpreter_the_libraries_and_the_snippets_folder(
    sandbox, workdir, tmp_path
):
    """What a snippet needs stays readable; secrets, other folders and the checkout's .git do not."""
    own = tmp_path / "section"
    own.mkdir()
    (own / "data.txt").write_text("the snippet's own folder")
    planted = tmp_path / "planted.txt"
    planted.write_text("another folder of the temporary folder")
    library = Path(np.__file__)
    home = Path("~").expanduser()
    git = Path(__file__).resolve().parent.parent / ".git"
    denied = [
        planted,
        Path("/etc/shadow"),
        Path("/etc/hostname"),
        home,
        git,
        Path(f"/proc/{os.getpid()}/cmdline"),
    ]

    def attempt():
        readable = [
            (own / "data.txt").read_text(),
            len(library.read_bytes()) > 0,
            "root" in Path("/etc/passwd").read_text(),
            len(Path("/proc/self/status").read_text()) > 0,
            subprocess.run(
                [sys.executable, "-c", "import numpy; print(1)"], capture_output=True, text=True, check=False
            ).stdout,
        ]
        refused = []
        for path in denied:
            try:
                list(path.iterdir()) if path.is_dir() else path.read_bytes()
            except PermissionError:
                refused.append(str(path))
        return readable, refused

    readable, refused = in_confined_child(sandbox, workdir, attempt, readable=(own,))
    assert readable == ["the snippet's own folder", True, True, True, "1\n"]
    assert refused == [str(path) for path in denied if path.exists()]


@needs_no_tcp
def test_tcp_to_a_port_open_on_the_loopback_fails(sandbox, workdir):
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]

        def attempt():
            socket.create_connection(("127.0.0.1", port), timeout=5)

        kind, code, message = in_confined_child(sandbox, workdir, attempt)
        server.setblocking(False)
        with pytest.raises(BlockingIOError):
            server.accept()
    # Landlock denies the connect (EACCES); the empty namespace alone answers ENETUNREACH
    assert (kind, code) in {("PermissionError", errno.EACCES), ("OSError", errno.ENETUNREACH)}, message


@needs_netns
def test_udp_and_name_lookups_fail_too(sandbox, workdir):
    def attempt():
        failures = []
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            try:
                udp.sendto(b"x", ("127.0.0.1", 9))
            except OSError as exc:
                failures.append(exc.errno)
        try:
            socket.getaddrinfo("example.com", 80)
        except OSError as exc:
            failures.append(type(exc).__name__)
        return failures

    assert in_confined_child(sandbox, workdir, attempt) == [errno.ENETUNREACH, "gaierror"]


@needs_syscall_filter
def test_only_internet_sockets_can_be_created_so_unix_sockets_with_a_path_are_out_of_reach(
    sandbox, workdir, tmp_path
):
    path = tmp_path / "builder.sock"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        listener.listen()

        def attempt():
            outcomes = []
            for family in (socket.AF_UNIX, socket.AF_NETLINK, getattr(socket, "AF_VSOCK", 40)):
                try:
                    socket.socket(family).close()
                except PermissionError:
                    outcomes.append("denied")
            first, second = socket.socketpair()
            second.sendall(b"pairs still work")
            outcomes.append(first.recv(100).decode())
            socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()
            return outcomes

        assert in_confined_child(sandbox, workdir, attempt) == ["denied"] * 3 + ["pairs still work"]
        listener.setblocking(False)
        with pytest.raises(BlockingIOError):
            listener.accept()


@needs_scope
def test_the_builder_cannot_be_signalled_or_inspected(sandbox, workdir):
    parent = os.getpid()

    def attempt():
        outcomes = []
        try:
            os.kill(parent, 0)
        except PermissionError:
            outcomes.append("signal denied")
        try:
            Path(f"/proc/{parent}/environ").read_bytes()
        except PermissionError:
            outcomes.append("environ denied")
        return outcomes

    assert in_confined_child(sandbox, workdir, attempt) == ["signal denied", "environ denied"]


@pytest.mark.skipif(os.geteuid() != 0, reason="only root has capabilities to drop")
def test_root_children_lose_every_capability(sandbox, workdir):
    def attempt():
        status = Path("/proc/self/status").read_text().splitlines()
        return {line.split(":")[0]: int(line.split()[1], 16) for line in status if line.startswith("Cap")}

    capabilities = in_confined_child(sandbox, workdir, attempt)
    assert capabilities["CapEff"] == capabilities["CapPrm"] == capabilities["CapAmb"] == 0


def test_the_builders_environment_does_not_reach_the_snippet(sandbox, workdir, monkeypatch):
    monkeypatch.setenv("NP2T_PLANTED_SECRET", "hunter2")

    def attempt():
        seen_by_subprocess = subprocess.run(
            [sys.executable, "-c", "import os; print(sorted(os.environ))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return dict(os.environ), seen_by_subprocess

    environment, seen_by_subprocess = in_confined_child(sandbox, workdir, attempt)
    assert "NP2T_PLANTED_SECRET" not in environment
    assert "NP2T_PLANTED_SECRET" not in seen_by_subprocess
    assert environment == snippet_environment(workdir / "cwd", threads=1)
    assert environment["HOME"] == str(workdir / "cwd")
    assert all(environment[name] == "1" for name in THREAD_VARIABLES)


FORK_BOMB = """
import json, os, time
born, refused = [], 0
for _ in range(2000):
    try:
        pid = os.fork()
    except BlockingIOError:
        refused += 1
        continue
    if pid == 0:  # leave the process group and session, and linger
        os.setsid()
        time.sleep(60)
        os._exit(0)
    born.append(pid)
with open("bomb.json", "w") as report:
    json.dump([born, refused], report)
"""


@needs_pids
def test_a_fork_bomb_is_stopped_at_the_limit_and_cleaned_up(sandbox, workdir):
    def attempt():
        # a fresh interpreter forks far faster than a copy of pytest, and is what a snippet would start
        subprocess.run([sys.executable, "-c", FORK_BOMB], stdout=subprocess.DEVNULL, check=True)
        return json.loads(Path("bomb.json").read_text())

    born, refused = in_confined_child(sandbox, workdir, attempt)
    # the child's own limit counts every task of its tree: itself, the interpreter it started, and the bomb's
    assert 0 < len(born) <= MAX_PROCESSES - 2
    assert refused == 2000 - len(born)
    if sandbox.cgroups is None:
        # RLIMIT_NPROC bounds the count but cleans nothing up: what left the process group lingers
        for pid in born:
            os.kill(pid, signal.SIGKILL)
        pytest.xfail("without a cgroup per child, processes that left the process group are not killed")
    # released as the server releases a reaped child: what left its session died with it
    assert not [pid for pid in born if _alive(pid)]


@pytest.mark.skipif(SUPPORT.pids_cgroup is None, reason=_gap(Feature.PROCESSES) or "no pids cgroup")
def test_each_child_has_its_own_cgroups_and_closing_removes_them():
    opened = Sandbox.open(SandboxMode.AUTO, max_processes=MAX_PROCESSES)
    assert opened.cgroups is not None
    first, second = opened.prepare(1 << 30), opened.prepare(1 << 30)
    assert first is not None
    assert second is not None
    assert set(first.folders).isdisjoint(second.folders)
    pids = next(folder for folder in first.folders if (folder / "pids.max").exists())
    assert (pids / "pids.max").read_text().strip() == str(MAX_PROCESSES)
    bases = list(opened.cgroups.bases.values())
    assert all(base.name == f"{PREFIX}{os.getpid()}" for base in bases)
    assert str(os.getpid()) not in (pids / "cgroup.procs").read_text().split(), (
        "the server stays where it was"
    )
    opened.close()
    assert not [base for base in bases if base.exists()]


@pytest.mark.skipif(SUPPORT.memory_cgroup is None, reason=_gap(Feature.MEMORY) or "no memory cgroup")
@pytest.mark.parametrize("kind", ["shared mapping", "memfd"])
def test_the_memory_cap_counts_shared_memory_and_memory_files(sandbox, workdir, kind):
    def attempt():
        import mmap  # noqa: PLC0415 - only the confined child needs it

        size = 1 << 30
        if kind == "shared mapping":
            region = mmap.mmap(-1, size, flags=mmap.MAP_SHARED | mmap.MAP_ANONYMOUS)
        else:
            fd = os.memfd_create("np2t")
            os.ftruncate(fd, size)
            region = mmap.mmap(fd, size)
        for offset in range(0, size, mmap.PAGESIZE):
            region[offset] = 1
        return "touched a whole GiB"

    read_end, write_end = os.pipe()
    group = sandbox.prepare(256 << 20)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        os.close(read_end)
        group.join()
        os.chdir(workdir / "cwd")
        apply_environment(snippet_environment(workdir / "cwd", threads=1))
        confine(sandbox.policy, writable=[workdir])
        os.write(write_end, attempt().encode())
        os._exit(0)
    os.close(write_end)
    _, status = os.waitpid(pid, 0)
    said = os.read(read_end, 100)
    os.close(read_end)
    assert sandbox.release(group), "the kernel killed the child for memory, and the server can tell"
    assert os.WIFSIGNALED(status)
    assert os.WTERMSIG(status) == signal.SIGKILL
    assert said == b""


def test_require_mode_refuses_a_kernel_that_lacks_a_feature():
    lacking = SandboxSupport(
        landlock_abi=0,
        network_namespace=False,
        pids_cgroup=None,
        process_rlimit=False,
        gaps=(Gap(Feature.FILESYSTEM, "the kernel has no Landlock"),),
    )
    with pytest.raises(SandboxUnavailableError, match="the kernel has no Landlock"):
        Sandbox.open(SandboxMode.REQUIRE, support=lacking)
    with Sandbox.open(SandboxMode.AUTO, support=lacking) as auto:
        assert auto.gaps == lacking.gaps
        assert auto.policy == Policy()
    with Sandbox.open(SandboxMode.OFF, support=lacking) as off:
        assert off.policy is None
        assert off.gaps == ()


def test_confine_raises_when_a_requested_restriction_cannot_be_applied(sandbox, workdir):
    closed = os.open(os.devnull, os.O_RDONLY)
    os.close(closed)

    def attempt():
        try:
            confine(Policy(network=NetworkNamespace(net=closed)), writable=[workdir])
        except ConfinementError as exc:
            return exc.feature, str(exc)
        return None

    feature, message = in_confined_child(sandbox, workdir, attempt, confined=False)
    assert feature is Feature.NETWORK
    assert "setns" in message


def _alive(pid: int) -> bool:
    """True if ``pid`` runs (a zombie waiting for init to reap it counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(SUPPORT.pids_cgroup is None, reason=_gap(Feature.PROCESSES) or "no pids cgroup")
def test_a_dead_servers_cgroups_are_swept_by_the_next_one():
    finished = subprocess.Popen(["true"])
    finished.wait()  # its pid is free now: the folder looks like that of a server that died
    stale = SUPPORT.pids_cgroup.parent / f"{PREFIX}{finished.pid}"
    group = stale / "child-1"
    group.mkdir(parents=True)
    if SUPPORT.pids_cgroup.version == 2:
        (stale / "cgroup.subtree_control").write_text("+pids")
    lingering = subprocess.Popen(["sleep", "60"])
    (group / "cgroup.procs").write_text(str(lingering.pid))
    with Sandbox.open(SandboxMode.AUTO):
        assert not stale.exists()
    assert lingering.wait(timeout=5) == -signal.SIGKILL


def test_cgroup_v2_uses_the_nearest_cgroup_that_delegates_pids(tmp_path):
    mount = tmp_path / "unified"
    own = mount / "system.slice" / "build.service"
    own.mkdir(parents=True)
    (mount / "cgroup.controllers").write_text("cpu io memory pids\n")
    (mount / "cgroup.subtree_control").write_text("cpu memory pids\n")
    (mount / "system.slice" / "cgroup.subtree_control").write_text("memory pids\n")
    (own / "cgroup.subtree_control").write_text("")
    found = _v2_parent(mount, "/", "/system.slice/build.service", "pids")
    assert found == Hierarchy(mount / "system.slice", 2)
    (mount / "system.slice" / "cgroup.subtree_control").write_text("memory\n")
    (mount / "cgroup.subtree_control").write_text("memory\n")
    assert _v2_parent(mount, "/", "/system.slice/build.service", "pids") == Hierarchy(mount, 2)
    assert (mount / "cgroup.subtree_control").read_text() == "+pids"  # enabled at the root
    assert "outside" in str(_v2_parent(mount, "/other", "/system.slice/build.service", "pids"))
    (mount / "cgroup.controllers").write_text("cpu memory\n")
    assert "no pids controller" in str(_v2_parent(mount, "/", "/system.slice/build.service", "pids"))


_KEYCTL_READ, _KEY_SPEC_USER_KEYRING, _CLONE_NEWUSER = 11, -4, 0x10000000
_NUMBERS = {
    # add_key, keyctl, perf_event_open, bpf, userfaultfd, unshare; io_uring_setup and clone3 are shared
    "x86_64": {
        "add_key": 248,
        "keyctl": 250,
        "perf_event_open": 298,
        "bpf": 321,
        "userfaultfd": 323,
        "unshare": 272,
    },
    "aarch64": {
        "add_key": 217,
        "keyctl": 219,
        "perf_event_open": 241,
        "bpf": 280,
        "userfaultfd": 282,
        "unshare": 97,
    },
}
NUMBERS = {**_NUMBERS["x86_64"], "io_uring_setup": 425, "clone3": 435}
if platform.machine() in ("aarch64", "arm64"):
    NUMBERS.update(_NUMBERS["aarch64"])


def _raw(name: str, *args: int | bytes) -> tuple[int, int]:
    """A raw system call through libc: its return value and errno."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    converted = [ctypes.c_long(arg) if isinstance(arg, int) else arg for arg in args]
    result = libc.syscall(ctypes.c_long(NUMBERS[name]), *converted)
    return int(result), ctypes.get_errno() if result < 0 else 0


@needs_syscall_filter
def test_the_keyring_new_user_namespaces_and_kernel_interfaces_are_refused(sandbox, workdir):
    # a key in the builder's user keyring, which any process of the same uid could otherwise read
    key, _ = _raw("add_key", b"user", b"np2t-test", b"builder's secret", 16, _KEY_SPEC_USER_KEYRING)
    assert key > 0, "the test could not plant a key"

    def attempt():
        buffer = ctypes.create_string_buffer(64)
        outcomes = {
            "read the key": _raw("keyctl", _KEYCTL_READ, key, ctypes.addressof(buffer), 64),
            "perf_event_open": _raw("perf_event_open", 0, 0, -1, -1, 0),
            "bpf": _raw("bpf", 0, 0, 0),
            "userfaultfd": _raw("userfaultfd", 0),
            "io_uring_setup": _raw("io_uring_setup", 1, 0),
            "clone3": _raw("clone3", 0, 0),
            "unshare a user namespace": _raw("unshare", _CLONE_NEWUSER),
        }
        # what must keep working: threads (through clone, after clone3's ENOSYS) and processes
        ran = []
        thread = threading.Thread(target=ran.append, args=("thread ran",))
        thread.start()
        thread.join()
        child = subprocess.run(
            [sys.executable, "-c", "print('process ran')"], capture_output=True, text=True, check=False
        )
        return outcomes, [*ran, child.stdout.strip()], buffer.value

    outcomes, working, leaked = in_confined_child(sandbox, workdir, attempt)
    assert outcomes == {
        "read the key": (-1, errno.EPERM),
        "perf_event_open": (-1, errno.EPERM),
        "bpf": (-1, errno.EPERM),
        "userfaultfd": (-1, errno.EPERM),
        "io_uring_setup": (-1, errno.EPERM),
        "clone3": (-1, errno.ENOSYS),
        "unshare a user namespace": (-1, errno.EPERM),
    }
    assert leaked == b""
    assert working == ["thread ran", "process ran"]


def test_the_confinement_benchmark_runs_and_reports_each_kind_of_child():
    """``bench/confine.py`` with a few forks: the script works against the sandbox as it is."""
    script = Path(__file__).resolve().parent.parent / "bench" / "confine.py"
    completed = subprocess.run(
        [sys.executable, str(script), "--forks", "3"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    rows = completed.stdout.splitlines()[-3:]
    assert [row.split("call")[0].strip() for row in rows] == ["plain", "no cgroup", "confined"]
    assert all(row.endswith("(3 forks)") for row in rows)
    assert all(float(row.split()[-4]) > 0 for row in rows)  # the total, in ms
