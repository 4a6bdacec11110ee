"""Every escape a hostile snippet tries, run through the real engine: each is denied and shown as such.

One catalog holds the hostile pairs beside an ordinary one; it is run by a fresh engine started
with a planted secret in the builder's environment, then built into a site. The tests read what
the runs, the pages and pairs.json show, and check that the ordinary pair still holds.
"""

import ctypes
import json
import os
import platform
import socket
import subprocess
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, SANDBOX, build_site, run_source

from generator.compare.pipeline import CatalogResult, run_catalog
from generator.discover.catalog import discover
from generator.execute.child.sandbox import probe
from generator.execute.engine import Engine
from generator.execute.launch import MEMORY_FOLDER, engine_root
from generator.execute.requests import EngineSettings
from generator.execute.runs import FaultKind, SideRun

SECRET = "np2t-secret-5f2a9c"
SUPPORT = probe()
GIT_CONFIG = (
    Path(
        subprocess.run(
            ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    / "config"
)
"""Where a CI checkout keeps its token: the repository's own configuration."""
SYSCALLS = (
    {"keyctl": 219, "add_key": 217}
    if platform.machine() in ("aarch64", "arm64")
    else {"keyctl": 250, "add_key": 248}
)


def raw_syscall(name: str, *args: int | bytes) -> tuple[int, int]:
    """A raw system call through libc: its return value and errno."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    result = libc.syscall(
        ctypes.c_long(SYSCALLS[name]), *(ctypes.c_long(a) if isinstance(a, int) else a for a in args)
    )
    return int(result), ctypes.get_errno()


needs_full_sandbox = pytest.mark.skipif(
    bool(SUPPORT.gaps),
    reason="this kernel cannot confine fully: " + "; ".join(g.reason for g in SUPPORT.gaps),
)


FORK_BOMB = """
    import os, time
    born = 0
    for _ in range(500):
        try:
            pid = os.fork()
        except OSError:
            break
        if pid == 0:
            time.sleep(30)
            os._exit(0)
        born += 1
    print("forks that succeeded:", born)
    result = born < 500
"""
"""Forks until the kernel refuses; each fork sleeps, so every one still counts when the next is tried."""


TASKS = 64
"""The tasks a snippet's tree may hold, as README's Security section promises (not read from the code,
so that a raised limit fails here)."""


def forks(run: SideRun) -> int:
    return int(run.stdout.rsplit(":", 1)[1])


def pair(folder: Path, name: str, numpy_code: str, torch_code: str = "result = 1\n", meta: str = "") -> None:
    header = f'# /// pair\n# title = "{name}"\n# expect = "equal"\n{meta}# ///\n'
    (folder / f"{name}.numpy.py").write_text(header + textwrap.dedent(numpy_code), encoding="utf-8")
    (folder / f"{name}.torch.py").write_text(textwrap.dedent(torch_code), encoding="utf-8")


@pytest.fixture(scope="module")
def listener() -> Iterator[socket.socket]:
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(0.5)
        yield server


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("outside")


@pytest.fixture(scope="module")
def planted_key() -> int:
    """A key in the builder's user keyring, as a CI runner or a developer's session may hold one."""
    key, _ = raw_syscall("add_key", b"user", b"np2t-sandbox-test", SECRET.encode(), len(SECRET), -4)
    assert key > 0, "the test could not plant a key"
    return key


@pytest.fixture(scope="module")
def result(
    tmp_path_factory: pytest.TempPathFactory, listener: socket.socket, outside: Path, planted_key: int
) -> Iterator[CatalogResult]:
    root = tmp_path_factory.mktemp("hostile") / "snippets"
    folder = root / "escapes"
    folder.mkdir(parents=True)
    (folder / "_section.toml").write_text('title = "Escapes"\norder = 1\n')
    port = listener.getsockname()[1]
    pair(
        folder,
        "ordinary",
        "import numpy as np\nresult = np.arange(3) * 2\n",
        "import torch\nresult = torch.arange(3) * 2\n",
    )
    pair(
        folder,
        "write-outside",
        f"""
        from pathlib import Path
        Path("inside.txt").write_text("fine")
        try:
            Path({str(outside / "escaped.txt")!r}).write_text("escaped")
            result = "written"
        except OSError as exc:
            result = type(exc).__name__
        print(result)
    """,
    )
    pair(
        folder,
        "write-home",
        """
        import os
        from pathlib import Path
        print("HOME is the snippet's folder:", os.environ["HOME"] == os.getcwd())
        try:
            Path("/root/.np2t-escape").write_text("escaped")
            result = "written"
        except OSError as exc:
            result = type(exc).__name__
    """,
    )
    pair(
        folder,
        "connect",
        f"""
        import socket
        try:
            socket.create_connection(("127.0.0.1", {port}), timeout=2).close()
            result = "connected"
        except OSError as exc:
            result = type(exc).__name__
            print("refused:", exc)
    """,
    )
    pair(
        folder,
        "unix-socket",
        """
        import socket
        try:
            socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            result = "made"
        except OSError as exc:
            result = type(exc).__name__
    """,
    )
    pair(
        folder,
        "secret",
        """
        import os
        from pathlib import Path
        seen = [os.environ.get("NP2T_SECRET_PROBE", "")]
        for pid in (os.getpid(), os.getppid()):
            try:
                seen.append(Path(f"/proc/{pid}/environ").read_text(errors="replace"))
            except OSError as exc:
                seen.append(type(exc).__name__)
        print(seen)
        result = any("NP2T_SECRET_PROBE" in text for text in seen)
    """,
        "result = False\n",
    )
    pair(folder, "fork-bomb", FORK_BOMB, "result = True\n")
    pair(
        folder,
        "forged-report",
        f"""
        import os, pickle, sys
        class Payload:
            def __reduce__(self):
                return (os.system, ("touch {outside / "pwned"}",))
        # the child's own code runs in this process: the snippet makes it send a pickle as its record
        sys.modules["generator.execute.child.run"].encode_run = lambda run: pickle.dumps(Payload())
        result = None
    """,
    )
    pair(
        folder,
        "scripted-figure",
        """
        import matplotlib.figure
        import matplotlib.pyplot as plt

        def forged(self, buffer, **options):
            buffer.write('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
                         '<script>alert(2)</script><rect width="2" height="2"/></svg>')

        matplotlib.figure.Figure.savefig = forged
        plt.figure()
        result = 1
        """,
    )
    (outside / "planted.txt").write_text(SECRET)
    pair(
        folder,
        "read-secrets",
        f"""
        import os
        from pathlib import Path
        targets = [
            {str(outside / "planted.txt")!r},
            "/etc/shadow",
            {str(GIT_CONFIG)!r},
            {str(Path.home())!r},
            f"/proc/{{os.getppid()}}/cmdline",
            {str(REPO / "README.md")!r},
        ]
        outcomes = []
        for target in targets:
            path = Path(target)
            try:
                print(list(path.iterdir()) if path.is_dir() else path.read_text(errors="replace")[:200])
                outcomes.append("read")
            except OSError as exc:
                outcomes.append(type(exc).__name__)
        result = outcomes
    """,
    )
    pair(
        folder,
        "keyring",
        f"""
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.syscall.restype = ctypes.c_long
        buffer = ctypes.create_string_buffer(64)
        keyctl, read_key = ctypes.c_long({SYSCALLS["keyctl"]}), ctypes.c_long(11)
        read = libc.syscall(keyctl, read_key, ctypes.c_long({planted_key}), buffer, ctypes.c_long(64))
        print(buffer.value)
        result = [read, ctypes.get_errno()]
    """,
    )
    for kind, make in (
        ("shared-mapping", "mmap.mmap(-1, size, flags=mmap.MAP_SHARED | mmap.MAP_ANONYMOUS)"),
        ("memfd", "(os.ftruncate(fd := os.memfd_create('np2t'), size), mmap.mmap(fd, size))[1]"),
    ):
        pair(
            folder,
            kind,
            f"""
            import mmap, os
            size = 1 << 30
            region = {make}
            for offset in range(0, size, mmap.PAGESIZE):
                region[offset] = 1
            result = "touched a GiB"
        """,
            meta='# memory = "256 MiB"\n',
        )
    pair(
        folder,
        "work-folder-file",
        """
        chunk = bytes(1 << 20)
        with open("big", "wb") as written:
            for _ in range(1024):
                written.write(chunk)
        result = "wrote a GiB"
    """,
        meta='# memory = "256 MiB"\n',
    )
    pair(
        folder,
        "detached",
        """
        import subprocess
        daemons = [subprocess.Popen(["sleep", "600"], start_new_session=True) for _ in range(3)]
        print(" ".join(str(daemon.pid) for daemon in daemons))
        result = 1
    """,
    )
    pair(
        folder,
        "detached-past-deadline",
        """
        import os, time
        pid = os.fork()
        if pid == 0:
            os.setsid()
            born = 0
            while True:  # a session of its own that takes every task it can, then lingers
                try:
                    if os.fork() == 0:
                        time.sleep(600)
                        os._exit(0)
                    born += 1
                except OSError:
                    time.sleep(0.05)
        print(pid, flush=True)
        time.sleep(600)
        result = 1
    """,
        meta="# timeout = 3\n",
    )
    os.environ["NP2T_SECRET_PROBE"] = SECRET
    try:
        with Engine(EngineSettings(timeout=60, sandbox=SANDBOX)) as engine:
            yield run_catalog(discover(root, base=root.parent), engine)
    finally:
        del os.environ["NP2T_SECRET_PROBE"]


def numpy_run(result: CatalogResult, name: str):
    outcome = next(o for o in result.outcomes if o.pair.id == f"escapes/{name}")
    return outcome.runs["numpy"]


def value(result: CatalogResult, name: str) -> object:
    run = numpy_run(result, name)
    assert run.result is not None, run.fault or run.error
    return run.result.text if hasattr(run.result, "text") else run.result.array.item()


@needs_full_sandbox
def test_writing_outside_the_working_folder_is_denied(result, outside):
    assert value(result, "write-outside") == "PermissionError"
    assert not (outside / "escaped.txt").exists()
    assert value(result, "write-home") == "PermissionError"
    assert "HOME is the snippet's folder: True" in numpy_run(result, "write-home").stdout
    assert not Path("/root/.np2t-escape").exists()


@needs_full_sandbox
def test_no_connection_reaches_a_local_port(result, listener):
    assert value(result, "connect") in {"PermissionError", "OSError", "ConnectionRefusedError"}
    with pytest.raises(TimeoutError):
        listener.accept()
    assert value(result, "unix-socket") == "PermissionError"


def test_a_planted_secret_is_never_seen(result):
    assert value(result, "secret") is False
    assert SECRET not in numpy_run(result, "secret").stdout


@needs_full_sandbox
def test_a_fork_bomb_is_bounded(result):
    """Among the other pairs: tasks they leave (killed, not yet reaped) may count for a while."""
    assert value(result, "fork-bomb") is True
    assert 0 < forks(numpy_run(result, "fork-bomb")) <= TASKS - 1


@needs_full_sandbox
def test_a_fork_bomb_alone_stops_exactly_at_the_per_child_task_limit(tmp_path):
    """A fresh server with one worker: the child's tree holds the limit, the child and its forks.

    The server applies it as the pids cgroup's ``pids.max``, or as
    RLIMIT_NPROC where there is no such cgroup; its own folder allows as many per worker.
    """
    with Engine(EngineSettings(timeout=60, sandbox=SANDBOX, workers=1)) as engine:
        run = run_source(engine, tmp_path, textwrap.dedent(FORK_BOMB))
    assert run.result is not None, run.fault or run.error
    assert forks(run) == TASKS - 1


def test_a_forged_report_is_refused_and_never_run(result, outside):
    run = numpy_run(result, "forged-report")
    assert run.fault is not None
    assert "report could not be read (it does not start as a record does)" in run.fault.message
    assert not (outside / "pwned").exists()


def test_a_figure_with_a_script_is_published_without_it(result):
    (figure,) = numpy_run(result, "scripted-figure").figures
    assert "<rect" in figure.svg
    assert "alert" not in figure.svg


@needs_full_sandbox
def test_reads_reach_no_secret_other_folder_or_the_checkout(result, site):
    run = numpy_run(result, "read-secrets")
    assert run.result is not None, run.fault or run.error
    outcomes = [item.text for item in run.result.items]
    assert outcomes == ["PermissionError"] * 6
    assert SECRET not in run.stdout
    assert SECRET not in (site / "pairs.json").read_text()


@needs_full_sandbox
def test_the_builders_keyring_is_out_of_reach(result):
    read, code = (item.array.item() for item in numpy_run(result, "keyring").result.items)
    assert (read, code) == (-1, 1)  # EPERM
    assert SECRET not in numpy_run(result, "keyring").stdout


@needs_full_sandbox
@pytest.mark.parametrize("kind", ["shared-mapping", "memfd"])
def test_the_memory_cap_counts_shared_memory_and_memory_files(result, kind):
    fault = numpy_run(result, kind).fault
    assert fault is not None
    assert fault.kind is FaultKind.OUT_OF_MEMORY
    assert "cap is 256 MiB, shared memory and memory files included" in fault.message


@needs_full_sandbox
@pytest.mark.skipif(
    engine_root(EngineSettings()) != MEMORY_FOLDER, reason="the engine's folder is on a disk file system here"
)
def test_the_memory_cap_counts_the_files_a_snippet_writes_in_its_folder(result):
    """The engine's folder is on the memory file system here: a file written there is memory, capped."""
    fault = numpy_run(result, "work-folder-file").fault
    assert fault is not None
    assert fault.kind is FaultKind.OUT_OF_MEMORY


@needs_full_sandbox
def test_every_process_a_pair_starts_ends_with_it_however_it_detached(result):
    daemons = [int(pid) for pid in numpy_run(result, "detached").stdout.split()]
    assert len(daemons) == 3
    stuck = numpy_run(result, "detached-past-deadline")
    assert stuck.fault is not None
    assert stuck.fault.kind is FaultKind.TIMEOUT
    leader = int(stuck.stdout.split()[0])
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(pid) for pid in [*daemons, leader]):
        time.sleep(0.05)
    assert not [pid for pid in [*daemons, leader] if _alive(pid)]
    assert not _session_members(leader)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _session_members(session: int) -> list[int]:
    """Live processes whose session is ``session`` (what the detached leader started)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[3]) == session and fields[0] != "Z":
                members.append(int(entry.name))
    return members


def test_the_ordinary_pair_still_holds(result):
    ordinary = next(o for o in result.outcomes if o.pair.id == "escapes/ordinary")
    assert ordinary.judgement.holds


@pytest.fixture(scope="module")
def site(result: CatalogResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(result, tmp_path_factory.mktemp("escapes-site"))


def test_the_site_and_pairs_json_show_the_denials_and_no_secret(site):
    text = (site / "pairs.json").read_text()
    assert SECRET not in text
    assert SECRET not in (site / "escapes.html").read_text()
    document = json.loads(text)
    forged = next(p for p in document["pairs"] if p["id"] == "escapes/forged-report")
    assert forged["numpy"]["fault"]["kind"] == "crash"
    assert "report could not be read" in forged["numpy"]["fault"]["message"]
