"""Confine the freshly forked child before the snippet runs: files, network, processes, privileges.

Snippets come from contributors' pull requests, so the build runs untrusted code. Every child of
the warm server joins its cgroups (``cgroups``) and calls ``confine`` after it has opened its
output descriptors and before it compiles the snippet, while it is still single-threaded. Each
restriction is enforced by the kernel, holds for the child and everything it starts, and cannot
be lifted by the snippet. The parent decides what to apply (``sandbox`` probes the kernel and
owns the shared resources) and hands the child a ``Policy``; the child applies exactly that or
raises ``ConfinementError``, so a restriction that was asked for is never silently skipped.

The restrictions: Landlock (what may be read, executed and written, path by path: ``landlock``);
an empty network namespace (no route anywhere, for every protocol) and Landlock's TCP rules; a
seccomp filter (socket families, the keyring, new user namespaces and other kernel interfaces a
snippet has no use for: ``seccomp``); Landlock's scopes (no signals to, no abstract sockets of,
processes outside the child's tree; ptrace and /proc/PID of the builder are denied by Landlock in
any case); the child's cgroups (tasks and memory); no capabilities. What stays open: the
existence and size of paths a snippet names (Landlock does not cover ``stat``), what the
readable files above say, and disk space inside the working folder when the engine's folder is
on a disk file system (``launch.engine_root``; on a memory file system the memory cap counts it).
"""

import ctypes
import os
import resource
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.execute.child import landlock, seccomp
from generator.execute.child.kernel import (
    CAPGET,
    CAPSET,
    PRCTL,
    SETNS,
    UNSHARE,
    ConfinementError,
    Feature,
    failure,
)
from generator.execute.contract import THREAD_VARIABLES

TMP_DIR = "tmp"
"""TMPDIR's folder, next to the snippet's working folder (see ``snippet_environment``)."""

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_PR_SET_SECUREBITS = 28
_PR_SET_NO_NEW_PRIVS = 38
_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
_CAP_SETPCAP = 8
_CAPABILITY_VERSION_3 = 0x20080522
# SECBIT_NOROOT, its lock, the lock on KEEP_CAPS (left off), NO_CAP_AMBIENT_RAISE and its lock.
_SECUREBITS = (1 << 0) | (1 << 1) | (1 << 5) | (1 << 6) | (1 << 7)


@dataclass(frozen=True)
class NetworkNamespace:
    """Descriptors, inherited through fork, of the empty network namespace every child joins.

    ``user`` is set only when the server is not root: the namespace then belongs to a user
    namespace that the child must join first.
    """

    net: int
    user: int | None = None


@dataclass(frozen=True)
class Policy:
    """Exactly what one child applies; built by the parent from what the kernel offers.

    ``ruleset`` is the Landlock ruleset the server prepared (None: files, TCP and scopes unrestricted).
    ``syscall_filter`` is the seccomp filter the server assembled, installed when set. The cgroups
    need nothing here: the child joins them before it confines itself.
    ``max_processes`` asks for RLIMIT_NPROC in a private user namespace, the fallback for a
    server that is not root and has no pids cgroup (the kernel exempts root from that limit).
    """

    ruleset: landlock.Ruleset | None = None
    syscall_filter: seccomp.Filter | None = None
    network: NetworkNamespace | None = None
    max_processes: int | None = None


def confine(
    policy: Policy,
    *,
    writable: Sequence[Path] = (),
    readable: Sequence[Path] = (),
    prepared: Sequence[landlock.Rule] = (),
) -> None:
    """Apply ``policy`` to this process; raise ConfinementError if any part of it cannot be applied.

    Call it in the child after fork and before any snippet code, while the process has a single
    thread (joining namespaces requires that, and Landlock applies to the calling thread only).
    The folders of ``writable`` become writable and those of ``readable`` readable, besides the
    ``prepared`` rules the server opened for this child (its working and section folders) and
    this process's own ``/proc`` entry. The order matters: namespaces need privileges that are
    dropped at the end; the Landlock rules need the paths to be opened before they are denied.
    """
    if policy.network is not None:
        _join_network(policy.network)
    if policy.max_processes is not None:
        _limit_processes(policy.max_processes)
    if PRCTL(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise failure(Feature.PRIVILEGES, "prctl(PR_SET_NO_NEW_PRIVS)")
    if policy.ruleset is not None:
        abi = policy.ruleset.abi
        opened = [landlock.rule(Path(f"/proc/{os.getpid()}"), landlock.READ, abi, folder=True)]
        opened += [landlock.rule(Path(path), landlock.ALL, abi) for path in writable]
        opened += [landlock.rule(Path(path), landlock.READ, abi) for path in readable]
        landlock.restrict(policy.ruleset, [*prepared, *opened])
        landlock.close([*policy.ruleset.rules, *prepared, *opened])
    if policy.syscall_filter is not None:
        seccomp.install(policy.syscall_filter)
    _drop_capabilities()


def snippet_environment(workdir: Path, threads: int, tmpdir: Path | None = None) -> dict[str, str]:
    """The whole environment a snippet sees: fixed values, nothing from the builder's environment.

    The builder's environment holds tokens and machine-specific settings; a snippet must see
    neither, and its output must not depend on who built the site. HOME is ``workdir``, the
    snippet's working folder. TMPDIR and the caches go to ``tmpdir``, by default the folder
    ``tmp`` next to ``workdir`` (inside the engine's folder for this child, which is writable),
    so that the working folder starts empty as the snippet sees it. PATH starts with the
    interpreter's folder, so a ``python`` the snippet starts is the build's interpreter.
    """
    folder = Path(workdir)
    scratch = Path(tmpdir) if tmpdir is not None else folder.with_name(TMP_DIR)
    environment = {
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), "/usr/local/bin", "/usr/bin", "/bin"]),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "HOME": str(folder),
        "TMPDIR": str(scratch),
        "XDG_CACHE_HOME": str(scratch / "cache"),
        "MPLBACKEND": "Agg",
        "MPLCONFIGDIR": str(scratch / "matplotlib"),
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    environment.update(dict.fromkeys(THREAD_VARIABLES, str(threads)))
    return environment


def apply_environment(environment: Mapping[str, str]) -> None:
    """Make ``environment`` the process's whole environment, including where Python cached it.

    ``os.environ`` also updates the C library's environment, which libraries read through
    ``getenv`` (torch's lazily read settings, subprocesses). Values read once at start-up are
    not affected: the interpreter's hash seed and bytecode flag (the server must be started with
    the same values; ``sys.dont_write_bytecode`` is set here), and the thread counts that OpenMP,
    MKL and OpenBLAS read when the server loaded them. ``tempfile`` caches its folder on first
    use, possibly in the server, so the cache is cleared and TMPDIR created.
    """
    os.environ.clear()
    os.environ.update(environment)
    sys.dont_write_bytecode = environment.get("PYTHONDONTWRITEBYTECODE", "") != ""
    tempfile.tempdir = None
    if "TMPDIR" in environment:
        Path(environment["TMPDIR"]).mkdir(parents=True, exist_ok=True)


def _join_network(network: NetworkNamespace) -> None:
    """Enter the empty network namespace (no device but a loopback that is down), then close it."""
    if network.user is not None and SETNS(network.user, _CLONE_NEWUSER) != 0:
        raise failure(Feature.NETWORK, "setns(user namespace)")
    if SETNS(network.net, _CLONE_NEWNET) != 0:
        raise failure(Feature.NETWORK, "setns(network namespace)")
    for fd in (network.net, network.user):
        if fd is not None:
            os.close(fd)


def _limit_processes(limit: int) -> None:
    """RLIMIT_NPROC counted in a user namespace of this child's own.

    The kernel counts RLIMIT_NPROC per user and user namespace, so in a private namespace it
    bounds this child's tree alone rather than every process of the uid. It never applies to
    processes of uid 0 in the initial namespace, even inside a user namespace (where the uid
    the process sees may differ), so whether it holds is found by trying (``probe``), and a root
    server uses a cgroup instead.
    """
    uid, gid = os.geteuid(), os.getegid()
    if UNSHARE(_CLONE_NEWUSER) != 0:
        raise failure(Feature.PROCESSES, "unshare(CLONE_NEWUSER)")
    try:
        Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1\n")
        Path("/proc/self/setgroups").write_text("deny\n")
        Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1\n")
        resource.setrlimit(resource.RLIMIT_NPROC, (limit, limit))
    except OSError as exc:
        raise ConfinementError(Feature.PROCESSES, f"setting up the user namespace: {exc}") from exc


def _drop_capabilities() -> None:
    """Give up every capability, and lock root out of regaining them through execve.

    The child keeps uid 0 when the server runs as root (files keep their owner, reads work as
    before) but loses what makes root more than a file owner: loading kernel modules, mounting,
    raising its memory limit back, rejoining the host's network namespace, raw sockets. With no
    new privileges and SECBIT_NOROOT, executing a program grants none back.
    """
    header = (ctypes.c_uint32 * 2)(_CAPABILITY_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()
    if CAPGET(header, data) != 0:
        raise failure(Feature.PRIVILEGES, "capget")
    if not any(data):
        return
    if data[0] & (1 << _CAP_SETPCAP) and PRCTL(_PR_SET_SECUREBITS, _SECUREBITS, 0, 0, 0) != 0:
        raise failure(Feature.PRIVILEGES, "prctl(PR_SET_SECUREBITS)")
    if PRCTL(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0:
        raise failure(Feature.PRIVILEGES, "prctl(PR_CAP_AMBIENT_CLEAR_ALL)")
    if CAPSET(header, (ctypes.c_uint32 * 6)()) != 0:
        raise failure(Feature.PRIVILEGES, "capset")
