"""How the engine starts the warm server: its command line, and an environment with nothing secret in it.

The children inherit the server's memory, where the builder's environment would linger even
after each child replaces its own; so the server is started with an allow-list, not a copy.

The server must be this very package, whatever the folder the build runs in or the builder's
``PYTHONPATH`` hold: ``-P`` keeps the working folder off ``sys.path`` (``python -m`` would put it
first, so a folder holding another ``generator`` package would be imported instead), and the
folder this package lies in goes first on ``PYTHONPATH``, ahead of the builder's entries.
"""

import fcntl
import os
import stat
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.execute.contract import SERVER_MODULE, THREAD_VARIABLES, ServerSettings, write_frame
from generator.execute.requests import EngineSettings
from generator.execute.tree import remove_tree
from generator.sides import SideRegistry

SERVER_VARIABLES = (
    "PATH",
    "LANG",
    "LC_ALL",
    "HOME",
    "LD_LIBRARY_PATH",
    "OPENBLAS_CORETYPE",
    "OPENBLAS_L2_SIZE",
)
"""What the warm server keeps of the builder's environment: how to find programs and libraries,
the locale, HOME (matplotlib's font cache), and OpenBLAS settings some processors need for
correct results. Nothing else."""


def package_pythonpath() -> str:
    """``PYTHONPATH`` for an interpreter started with ``-P`` that must import this very package.

    The folder this package lies in goes first, ahead of the builder's own entries.
    """
    package_parent = str(Path(__file__).resolve().parents[2])
    return os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")]))


def server_environment(threads: int) -> dict[str, str]:
    """The warm server's whole environment; the children then replace theirs with a fixed one."""
    env = {name: os.environ[name] for name in SERVER_VARIABLES if name in os.environ}
    env.update(
        PYTHONHASHSEED="0",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONPATH=package_pythonpath(),
        MPLBACKEND="Agg",
        **dict.fromkeys(THREAD_VARIABLES, str(threads)),
    )
    return env


def start_server(settings: ServerSettings, python: str | None = None) -> subprocess.Popen[bytes]:
    """Start ``python -P -m SERVER_MODULE`` with pipes for jobs and replies, and hand it its settings.

    ``python`` is the interpreter (default: this one; another is an environment of the version
    matrix, with its own libraries), which finds this package through ``PYTHONPATH``.
    """
    server = subprocess.Popen(
        [python or sys.executable, "-P", "-m", SERVER_MODULE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=server_environment(settings.threads),
    )
    assert server.stdin is not None
    write_frame(server.stdin.fileno(), settings)
    return server


MEMORY_FOLDER = Path("/dev/shm")
"""The memory file system the engine's folder goes on when it has room (``engine_root``)."""
ENGINE_FOLDER = "np2t-engine-"
"""How the engine's folders in the temporary folder are named: the prefix, then ``mkdtemp``'s letters."""
HELD = ".held"
"""The file in an engine's folder on which its engine holds a lock for as long as it lives."""


@dataclass(frozen=True)
class EngineFolder:
    """The folder the children's work folders go in, and the lock that says its engine is alive.

    A build killed outright (SIGKILL, a lost machine) removes nothing: the next engine to start
    removes each such folder, which it knows by its lock, which the kernel let go with the process
    (``sweep``). An flock works across PID namespaces, where a process ID would not tell.
    """

    path: str
    held: int

    @classmethod
    def create(cls, root: Path) -> "EngineFolder":
        """Sweep the folders of engines that are gone, then make and hold a new one in ``root``.

        Both places an engine's folder may be in are swept (``engine_root``): the last build may
        have chosen the other one.
        """
        for folder in dict.fromkeys((root, MEMORY_FOLDER, Path(tempfile.gettempdir()))):
            sweep(folder)
        path = tempfile.mkdtemp(prefix=ENGINE_FOLDER, dir=root)
        held = os.open(Path(path) / HELD, os.O_CREAT | os.O_RDWR | os.O_CLOEXEC, 0o600)
        fcntl.flock(held, fcntl.LOCK_EX)
        return cls(path, held)

    def remove(self) -> None:
        """Remove the folder with what the children left in it, then let go of its lock."""
        remove_tree(self.path)
        os.close(self.held)


def engine_root(settings: EngineSettings) -> Path:
    """Where the engine's folder goes: the memory file system, when it has room, else the temporary folder.

    Every child gets a work folder and three unnamed files there, and a cold build makes them by
    the thousand. On a disk file system each is a new inode, and the kernel's search for a free
    one walks past the inodes just freed by the children before: that search, in the server that
    makes them one child after another, held up the workers. On a memory file system a file costs
    a page of memory, counted against the writing child's memory cap where cgroups count it.

    It has room when every worker's child could fill its whole memory cap with files. A small one
    (a container's default of 64 MiB) would fail a snippet that writes more than fits, so the
    temporary folder is used. So it is when TMPDIR is set: the builder said where such files go.
    """
    temporary = Path(tempfile.gettempdir())
    if "TMPDIR" in os.environ or not os.access(MEMORY_FOLDER, os.W_OK | os.X_OK):
        return temporary
    try:
        status = os.statvfs(MEMORY_FOLDER)
    except OSError:
        return temporary
    room = status.f_bavail * status.f_frsize
    return MEMORY_FOLDER if room >= settings.workers * settings.memory else temporary


def sweep(folder: Path) -> None:
    """Remove every engine folder in ``folder`` whose lock no live process holds.

    A folder with no lock file is left: an engine between making its folder and its lock, or a
    folder of another program that shares the prefix. So is anything but a folder of this user's:
    the temporary folder is shared, and a link or another user's folder is not an engine's of ours.
    """
    for path in folder.glob(f"{ENGINE_FOLDER}*"):
        try:
            status = path.lstat()
        except OSError:
            continue
        if not stat.S_ISDIR(status.st_mode) or status.st_uid != os.getuid():
            continue
        try:
            held = os.open(path / HELD, os.O_RDWR | os.O_CLOEXEC | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(held)
            continue  # its engine is alive
        remove_tree(str(path))
        os.close(held)


@dataclass(frozen=True)
class Launched:
    """A warm server on its way up, and the folder its children's work folders go in (the engine's)."""

    process: subprocess.Popen[bytes]
    folder: EngineFolder

    @property
    def root(self) -> str:
        """The folder's path: the children's work folders go in it."""
        return self.folder.path

    def abandon(self) -> None:
        """Kill the server (still loading its libraries, for nothing) and remove its work folder."""
        self.process.kill()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()
        self.process.wait()
        self.folder.remove()


def launch(settings: EngineSettings, sides: SideRegistry) -> Launched:
    """Start a warm server for an engine with these settings and sides, in a new work folder.

    It imports only what a command has loaded anyway, so ``build`` starts the server before it
    loads the numeric libraries itself; the engine then takes the server over (``Engine(launched=)``)
    and waits for its greeting only when a snippet must run.
    """
    folder = EngineFolder.create(engine_root(settings))
    server_settings = ServerSettings(
        workers=settings.workers,
        root=folder.path,
        seed=settings.seed,
        sandbox=settings.sandbox,
        threads=settings.threads,
        sides=tuple((side.name, side.adapter) for side in sides),
    )
    return Launched(start_server(server_settings, settings.python), folder)
