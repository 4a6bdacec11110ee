"""The child sandbox: each test forks a child that confines itself, tries an escape and reports.

The child reports through a pipe (a pickled value, or the exception it met) and always leaves
with os._exit, so nothing of pytest runs in it. Tests skip, naming the reason the probe gave,
only where this kernel lacks the mechanism.
"""

import errno
import json
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.execute.child.cgroups import PREFIX, PidsHierarchy, _v2_parent
from generator.execute.child.confine import (
    THREAD_VARIABLES,
    ConfinementError,
    Feature,
    NetworkNamespace,
    Policy,
    apply_environment,
    confine,
    snippet_environment,
)
from generator.execute.child.sandbox import (
    SERVER_TASKS,
    Gap,
    Sandbox,
    SandboxSupport,
    SandboxUnavailableError,
    probe,
)
from generator.execute.contract import SandboxMode

SUPPORT = probe()
MAX_PROCESSES = 32


def _gap(feature: Feature) -> str:
    return next((gap.reason for gap in SUPPORT.gaps if gap.feature is feature), "")


needs_landlock = pytest.mark.skipif(SUPPORT.landlock_abi == 0, reason=_gap(Feature.FILESYSTEM))
needs_netns = pytest.mark.skipif(not SUPPORT.network_namespace, reason=_gap(Feature.NETWORK))
needs_no_tcp = pytest.mark.skipif(
    not SUPPORT.network_namespace and SUPPORT.landlock_abi < 4, reason=_gap(Feature.NETWORK)
)
needs_socket_filter = pytest.mark.skipif(not SUPPORT.socket_filter, reason=_gap(Feature.SOCKETS))
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
    sandbox: Sandbox, workdir: Path, attempt: Callable[[], Any], *, confined: bool = True
) -> Any:
    """Fork; the child confines itself as the warm server's children will, then runs ``attempt``.

    Returns what ``attempt`` returned, or an (exception type name, errno, message) triple.
    """
    policy = sandbox.policy
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 0
        try:
            os.close(read_end)
            cwd = workdir / "cwd"
            os.chdir(cwd)
            apply_environment(snippet_environment(cwd, threads=1))
            if confined and policy is not None:
                confine(cwd, [workdir], policy)
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
def test_reading_still_works(sandbox, workdir):
    hostname = Path("/etc/hostname")
    if not hostname.exists():
        pytest.skip("this machine has no /etc/hostname")
    assert in_confined_child(sandbox, workdir, hostname.read_text) == hostname.read_text()


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


@needs_socket_filter
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
    # the limit counts every task of the cgroup, this process's threads and the child's included
    assert 0 < len(born) <= MAX_PROCESSES + SERVER_TASKS - 2
    assert refused == 2000 - len(born)
    if sandbox.cgroups is None:
        # RLIMIT_NPROC bounds the count but cleans nothing up: what left the process group lingers
        for pid in born:
            os.kill(pid, signal.SIGKILL)
        pytest.xfail("without a pids cgroup, processes that left the process group are not killed")
    base = sandbox.cgroups.base
    sandbox.close()
    assert not [pid for pid in born if _alive(pid)]
    assert not base.exists()


@pytest.mark.skipif(SUPPORT.pids_cgroup is None, reason=_gap(Feature.PROCESSES) or "no pids cgroup")
def test_closing_the_sandbox_removes_its_cgroups():
    opened = Sandbox.open(SandboxMode.AUTO)
    assert opened.cgroups is not None
    base = opened.cgroups.base
    assert str(os.getpid()) in (base / "children" / "cgroup.procs").read_text().split()
    opened.close()
    assert str(os.getpid()) in (base.parent / "cgroup.procs").read_text().split(), "the process left it"
    assert not base.exists()
    assert base.name.startswith(PREFIX)


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
            confine(workdir / "cwd", [workdir], Policy(network=NetworkNamespace(net=closed)))
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
    found = _v2_parent(mount, "/", "/system.slice/build.service")
    assert found == PidsHierarchy(mount / "system.slice", 2)
    (mount / "system.slice" / "cgroup.subtree_control").write_text("memory\n")
    (mount / "cgroup.subtree_control").write_text("memory\n")
    assert _v2_parent(mount, "/", "/system.slice/build.service") == PidsHierarchy(mount, 2)
    assert (mount / "cgroup.subtree_control").read_text() == "+pids"  # enabled at the root
    assert "outside" in str(_v2_parent(mount, "/other", "/system.slice/build.service"))
    (mount / "cgroup.controllers").write_text("cpu memory\n")
    assert "no pids controller" in str(_v2_parent(mount, "/", "/system.slice/build.service"))
