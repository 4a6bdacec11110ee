"""Where this server may create cgroups: the hierarchy that holds a controller, found by trying.

Both hierarchies are supported, because which one holds a controller depends on the machine:
cgroup v2 (systemd hosts, CI runners) and v1 (hybrid setups such as this project's sandboxes,
where v2 is mounted but every controller is bound to v1).
"""

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

PREFIX = "np2t-sandbox-"
"""Names this project's cgroup folders; the server's pid follows it."""


@dataclass(frozen=True)
class Hierarchy:
    """Where this server may create cgroups for one controller: the folder to create them in, the version."""

    parent: Path
    version: int


def find_hierarchy(controller: str) -> Hierarchy | str:
    """Where cgroups with ``controller`` can be created, or why not (checked by creating one)."""
    own = _own_cgroups()
    reasons = []
    for mountpoint, root, fstype, options in _cgroup_mounts():
        if fstype == "cgroup2" and "" in own:
            found = _v2_parent(mountpoint, root, own[""], controller)
        elif fstype == "cgroup" and controller in options.split(",") and controller in own:
            found = _v1_parent(mountpoint, root, own[controller])
        else:
            continue
        if isinstance(found, str):
            reasons.append(found)
            continue
        problem = _try_create(found, controller)
        if problem is None:
            return found
        reasons.append(problem)
    return "; ".join(reasons) or f"no cgroup file system with the {controller} controller is mounted"


def _v2_parent(mountpoint: Path, root: str, own: str, controller: str) -> Hierarchy | str:
    """The nearest cgroup at or above our own that hands ``controller`` to its children.

    Our own cgroup holds processes (at least the server), and v2 forbids enabling a controller
    for the children of a non-root cgroup with processes in it, so the nearest ancestor that
    already delegates it is used. At the hierarchy's root the controller can be enabled.
    """
    if controller not in _read(mountpoint / "cgroup.controllers").split():
        return (
            f"cgroup v2 at {mountpoint} has no {controller} controller (it is bound to cgroup v1 or disabled)"
        )
    own_dir = _inside(mountpoint, root, own)
    if own_dir is None:
        return f"this process's cgroup {own} is outside the cgroup v2 mount {mountpoint}"
    for folder in (own_dir, *own_dir.parents):
        if folder != mountpoint and mountpoint not in folder.parents:
            break
        if controller in _read(folder / "cgroup.subtree_control").split() and os.access(folder, os.W_OK):
            return Hierarchy(folder, 2)
    try:
        (mountpoint / "cgroup.subtree_control").write_text(f"+{controller}")
    except OSError as exc:
        return f"cannot enable the {controller} controller at {mountpoint}: {exc.strerror}"
    return Hierarchy(mountpoint, 2)


def _v1_parent(mountpoint: Path, root: str, own: str) -> Hierarchy | str:
    folder = _inside(mountpoint, root, own)
    if folder is None:
        return f"this process's cgroup {own} is outside the mount {mountpoint}"
    return Hierarchy(folder, 1)


def _try_create(hierarchy: Hierarchy, controller: str) -> str | None:
    """Create and delete a probe cgroup: permissions and read-only mounts show only this way."""
    limit = (
        "pids.max"
        if controller == "pids"
        else "memory.max"
        if hierarchy.version == 2
        else "memory.limit_in_bytes"
    )
    probe = hierarchy.parent / f"{PREFIX}probe-{os.getpid()}"
    try:
        probe.mkdir()
    except OSError as exc:
        return f"cannot create a cgroup in {hierarchy.parent}: {exc.strerror}"
    try:
        if hierarchy.version == 2:
            (probe / "cgroup.subtree_control").write_text(f"+{controller}")
            (probe / "child").mkdir()
            ok = (probe / "child" / limit).exists()
            (probe / "child").rmdir()
        else:
            ok = (probe / limit).exists()
    except OSError as exc:
        return f"cannot set up a {controller} cgroup in {hierarchy.parent}: {exc.strerror}"
    finally:
        with contextlib.suppress(OSError):
            probe.rmdir()
    return None if ok else f"cgroups in {hierarchy.parent} have no {limit}"


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


def _read(path: Path) -> str:
    try:
        return path.read_text()
    except OSError:
        return ""
