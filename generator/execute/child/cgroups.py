"""The process bound: pids cgroups, created, entered and removed by the warm server.

A cgroup's ``pids.max`` caps how many tasks (processes and threads) its members may have at once;
fork and clone fail with EAGAIN beyond it, whatever the uid, so it works for root, which
RLIMIT_NPROC does not. The server creates a cgroup and enters it before it forks any child
(``generator.execute.child.sandbox`` says why one for all children), so no process of a snippet
can be born outside it; when it closes, it leaves the cgroup, kills whatever is left there
(processes that left their process group or session too) and removes it.

Both hierarchies are supported, because which one holds the pids controller depends on the
machine: cgroup v2 (systemd hosts, CI runners) and v1 (hybrid setups such as this project's
sandboxes, where v2 is mounted but every controller is bound to v1). All of this server's
cgroups live in one folder named after its pid, so a server that died without cleaning up is
recognised and swept by the next one.
"""

import contextlib
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

PREFIX = "np2t-sandbox-"
"""Names this project's cgroup folders; the server's pid follows it."""

_SETTLE_SECONDS = 2.0


@dataclass(frozen=True)
class PidsHierarchy:
    """Where this server may create pids cgroups: the folder to create them in, and the version."""

    parent: Path
    version: int


def find_pids_hierarchy() -> PidsHierarchy | str:
    """Where pids cgroups can be created, or the reason they cannot (checked by creating one)."""
    mounts = _cgroup_mounts()
    own = _own_cgroups()
    reasons = []
    for mountpoint, root, fstype, options in mounts:
        if fstype == "cgroup2" and "" in own:
            found = _v2_parent(mountpoint, root, own[""])
        elif fstype == "cgroup" and "pids" in options.split(",") and "pids" in own:
            found = _v1_parent(mountpoint, root, own["pids"])
        else:
            continue
        if isinstance(found, str):
            reasons.append(found)
            continue
        problem = _try_create(found)
        if problem is None:
            return found
        reasons.append(problem)
    return "; ".join(reasons) or "no cgroup file system with the pids controller is mounted"


class PidsCgroups:
    """The folder of one warm server's per-child pids cgroups."""

    def __init__(self, base: Path, version: int) -> None:
        self.base = base
        self.version = version

    @classmethod
    def create(cls, hierarchy: PidsHierarchy) -> "PidsCgroups":
        """Sweep what dead servers left behind, then make this server's folder."""
        sweep_stale(hierarchy.parent)
        base = hierarchy.parent / f"{PREFIX}{os.getpid()}"
        base.mkdir()
        if hierarchy.version == 2:
            (base / "cgroup.subtree_control").write_text("+pids")
        return cls(base, hierarchy.version)

    def new_group(self, name: str, limit: int) -> Path:
        """A cgroup allowing ``limit`` tasks at once; the child joins it by writing its pid."""
        group = self.base / name
        group.mkdir()
        (group / "pids.max").write_text(str(limit))
        return group

    def enter(self, group: Path) -> None:
        """Move this process (all its threads) into ``group``; its children are then born there."""
        (group / "cgroup.procs").write_text(str(os.getpid()))

    def leave(self) -> None:
        """Move this process back to where the folder was created, so that its groups can be removed."""
        (self.base.parent / "cgroup.procs").write_text(str(os.getpid()))

    def kill(self, group: Path) -> None:
        """Kill every process in ``group``; v2's cgroup.kill does it atomically, v1 needs rounds."""
        kill_file = group / "cgroup.kill"
        if self.version == 2 and kill_file.exists():
            with contextlib.suppress(OSError):
                kill_file.write_text("1")
        deadline = time.monotonic() + _SETTLE_SECONDS
        while (members := _members(group)) and time.monotonic() < deadline:
            for pid in members:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
            time.sleep(0.001)

    def remove(self, group: Path) -> bool:
        """Kill what is left in ``group`` and delete it; False if it could not be deleted in time."""
        self.kill(group)
        return _remove_dir(group)

    def close(self) -> bool:
        """Remove every group and the server's folder; False if something could not be removed."""
        results = [self.remove(group) for group in _subgroups(self.base)]  # every one, even after a failure
        return _remove_dir(self.base) and all(results)


def sweep_stale(parent: Path) -> None:
    """Remove the folders of servers that are gone (killed before they could clean up)."""
    for folder in parent.glob(f"{PREFIX}*"):
        owner = folder.name.removeprefix(PREFIX)
        if not owner.isdigit() or Path(f"/proc/{owner}").exists():
            continue
        leftover = PidsCgroups(folder, 2 if (folder / "cgroup.controllers").exists() else 1)
        leftover.close()


def _v2_parent(mountpoint: Path, root: str, own: str) -> PidsHierarchy | str:
    """The nearest cgroup at or above our own that hands the pids controller to its children.

    Our own cgroup holds processes (at least the server), and v2 forbids enabling a controller
    for the children of a non-root cgroup with processes in it, so the nearest ancestor that
    already delegates pids is used. At the hierarchy's root the controller can be enabled.
    """
    if "pids" not in _read(mountpoint / "cgroup.controllers").split():
        return f"cgroup v2 at {mountpoint} has no pids controller (it is bound to cgroup v1 or disabled)"
    own_dir = _inside(mountpoint, root, own)
    if own_dir is None:
        return f"this process's cgroup {own} is outside the cgroup v2 mount {mountpoint}"
    for folder in (own_dir, *own_dir.parents):
        if folder != mountpoint and mountpoint not in folder.parents:
            break
        if "pids" in _read(folder / "cgroup.subtree_control").split() and os.access(folder, os.W_OK):
            return PidsHierarchy(folder, 2)
    try:
        (mountpoint / "cgroup.subtree_control").write_text("+pids")
    except OSError as exc:
        return f"cannot enable the pids controller at {mountpoint}: {exc.strerror}"
    return PidsHierarchy(mountpoint, 2)


def _v1_parent(mountpoint: Path, root: str, own: str) -> PidsHierarchy | str:
    folder = _inside(mountpoint, root, own)
    if folder is None:
        return f"this process's cgroup {own} is outside the pids mount {mountpoint}"
    return PidsHierarchy(folder, 1)


def _try_create(hierarchy: PidsHierarchy) -> str | None:
    """Create and delete a probe cgroup: permissions and read-only mounts show only this way."""
    probe = hierarchy.parent / f"{PREFIX}probe-{os.getpid()}"
    try:
        probe.mkdir()
    except OSError as exc:
        return f"cannot create a cgroup in {hierarchy.parent}: {exc.strerror}"
    try:
        if hierarchy.version == 2:
            (probe / "cgroup.subtree_control").write_text("+pids")
            (probe / "child").mkdir()
            limit = probe / "child" / "pids.max"
            ok = limit.exists()
            (probe / "child").rmdir()
        else:
            ok = (probe / "pids.max").exists()
    except OSError as exc:
        return f"cannot set up a pids cgroup in {hierarchy.parent}: {exc.strerror}"
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()
    return None if ok else f"cgroups in {hierarchy.parent} have no pids.max"


def _cgroup_mounts() -> list[tuple[Path, str, str, str]]:
    """(mount point, root within the hierarchy, file system type, super options), v2 first."""
    mounts = []
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        before, _, after = line.partition(" - ")
        fields, tail = before.split(), after.split()
        if len(tail) >= 3 and tail[0] in ("cgroup", "cgroup2"):
            mountpoint = Path(_unescape(fields[4]))
            mounts.append((mountpoint, _unescape(fields[3]), tail[0], tail[2]))
    return sorted(mounts, key=lambda mount: mount[2] != "cgroup2")


def _own_cgroups() -> dict[str, str]:
    """The cgroup path of this process per v1 controller, and under "" its v2 path."""
    paths = {}
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        for controller in controllers.split(",") if controllers else [""]:
            paths[controller] = path
    return paths


def _inside(mountpoint: Path, root: str, path: str) -> Path | None:
    """The folder of cgroup ``path`` under a mount of the hierarchy's ``root``; None if outside."""
    relative = os.path.relpath(path, root)
    if relative == ".":
        return mountpoint
    if relative.startswith(".."):
        return None
    return mountpoint / relative


def _unescape(field: str) -> str:
    """Undo the octal escapes /proc/self/mountinfo uses for spaces, tabs, newlines and backslashes."""
    for escaped, plain in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escaped, plain)
    return field


def _members(group: Path) -> list[int]:
    try:
        return [int(pid) for pid in _read(group / "cgroup.procs").split()]
    except OSError:
        return []


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


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""
