"""Confine the freshly forked child before the snippet runs: files, network, processes, privileges.

Snippets come from contributors' pull requests, so the build runs untrusted code. Every child of
the warm server calls ``confine`` after it has opened its output files and before it compiles the
snippet, while it is still single-threaded. Each restriction is enforced by the kernel, holds for
the child and everything it starts, and cannot be lifted by the snippet. The parent decides what
to apply (``generator.execute.child.sandbox`` probes the kernel and owns the shared resources) and
hands the child a ``Policy``; the child applies exactly that or raises ``ConfinementError``, so a
restriction that was asked for is never silently skipped.

What is writable (everything stays readable and executable), found by running the whole catalogue
and the libraries' file-touching calls confined, then adding only what failed:

- ``workdir``, the snippet's own working folder: its cwd and HOME, where ``np.save`` and
  ``torch.save`` write.
- ``writable``, the engine's folder for this child: the child writes stdout, stderr and the
  report there after the snippet has run; the cwd and TMPDIR (for ``tempfile`` and torch's
  caches) are sub-folders of it.
- ``/dev/null`` (write, truncate, ioctl): ``open(os.devnull, "w")`` truncates it, and
  ``subprocess.DEVNULL``, logging handlers and libraries that silence output open it this way.

Deliberately not writable: ``/tmp`` (TMPDIR replaces it; a shared ``/tmp`` would let one snippet
leave files for the next or for the builder) and ``/dev/shm`` (machine-wide; only POSIX shared
memory and semaphores live there, as used by ``multiprocessing`` locks and queues,
``torch.multiprocessing`` and DataLoader workers, which fail with PermissionError; no pair of the
catalogue needs them). NumPy and PyTorch on the CPU need nothing else. Device ioctls are denied
except on /dev/null (Landlock ABI 5+): a GPU build would have to allow its device files.

The other restrictions: an empty network namespace (no route anywhere, for every protocol) and
Landlock's TCP rules; a seccomp filter that lets ``socket()`` create internet sockets only, which
closes unix sockets with a path and vsock; Landlock's scopes (no signals to, no abstract sockets
of, processes outside the child's tree; ptrace and /proc/PID/environ of the builder are denied by
Landlock in any case); a pids cgroup; no capabilities. What stays open: reading any file the uid
may read (for root, /root and /etc/shadow too, and what a snippet prints is published), and disk
space inside the working folder.
"""

import ctypes
import os
import platform
import resource
import socket
import struct
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

TMP_DIR = "tmp"
"""TMPDIR's folder, next to the snippet's working folder (see ``snippet_environment``)."""

THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")
"""Thread-count variables that OpenMP, MKL and OpenBLAS read when they are loaded."""

DEVICE_FILES = (Path("/dev/null"),)
"""Device files a child may write besides its folders (see the module docstring for why)."""

_LIBC = ctypes.CDLL(None, use_errno=True)
# Resolved once at import, in the warm server: looked up in each child instead, ctypes builds the
# function objects there, which costs every child page copies (about 0.2 ms measured).
_SYSCALL = _LIBC.syscall
_SYSCALL.restype = ctypes.c_long
_PRCTL, _SETNS, _UNSHARE, _CAPGET, _CAPSET = (
    _LIBC.prctl,
    _LIBC.setns,
    _LIBC.unshare,
    _LIBC.capget,
    _LIBC.capset,
)

# Landlock's system calls were added after the numbering of new calls was unified, so they have the
# same numbers on every architecture that uses the common table (x86_64, i386, aarch64, arm, riscv,
# ppc, s390, loongarch); alpha and mips number them differently and are not listed.
_LANDLOCK_ARCHES = frozenset(
    {"x86_64", "amd64", "i386", "i686", "aarch64", "arm64", "armv7l", "riscv64", "ppc64le", "ppc64"}
    | {"s390x", "loongarch64"}
)
_SYS_CREATE_RULESET, _SYS_ADD_RULE, _SYS_RESTRICT_SELF = 444, 445, 446
_CREATE_RULESET_VERSION = 1 << 0
_RULE_PATH_BENEATH = 1

# Landlock's file-system rights (uapi/linux/landlock.h), by the ABI version that introduced them.
_FS_EXECUTE = 1 << 0
_FS_WRITE_FILE = 1 << 1
_FS_READ_FILE = 1 << 2
_FS_READ_DIR = 1 << 3
_FS_ABI1 = (1 << 13) - 1  # EXECUTE .. MAKE_SYM
_FS_REFER = 1 << 13  # ABI 2
_FS_TRUNCATE = 1 << 14  # ABI 3
_FS_IOCTL_DEV = 1 << 15  # ABI 5
_FS_READ = _FS_EXECUTE | _FS_READ_FILE | _FS_READ_DIR
_FS_FILE = _FS_EXECUTE | _FS_WRITE_FILE | _FS_READ_FILE | _FS_TRUNCATE | _FS_IOCTL_DEV
_NET_BIND_TCP, _NET_CONNECT_TCP = 1 << 0, 1 << 1  # ABI 4
_SCOPE_ABSTRACT_UNIX_SOCKET, _SCOPE_SIGNAL = 1 << 0, 1 << 1  # ABI 6

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_PR_SET_SECUREBITS = 28
_PR_SET_NO_NEW_PRIVS = 38
_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
_CAP_SETPCAP = 8
_CAPABILITY_VERSION_3 = 0x20080522
# SECBIT_NOROOT, its lock, the lock on KEEP_CAPS (left off), NO_CAP_AMBIENT_RAISE and its lock.
_SECUREBITS = (1 << 0) | (1 << 1) | (1 << 5) | (1 << 6) | (1 << 7)


# seccomp: per architecture, the audit arch, socket's number, and whether x32 numbers must be refused
_SECCOMP_ARCHES = {
    "x86_64": (0xC000003E, 41, True),
    "amd64": (0xC000003E, 41, True),
    "aarch64": (0xC00000B7, 198, False),
    "arm64": (0xC00000B7, 198, False),
}
_NR_IO_URING_SETUP = 425  # the same on both
_X32_SYSCALL_BIT = 0x40000000
_ALLOWED_FAMILIES = (socket.AF_INET, socket.AF_INET6)
_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 22, 2
_RET_ALLOW, _RET_ERRNO = 0x7FFF0000, 0x00050000
_LD_ABS, _JEQ, _JGE, _RET = 0x20, 0x15, 0x35, 0x06
_EACCES, _ENOSYS = 13, 38


class Feature(StrEnum):
    """A restriction the sandbox applies; named in errors and in the list of what is missing."""

    FILESYSTEM = "file system"
    NETWORK = "network"
    PROCESSES = "process count"
    SCOPE = "signals and abstract sockets"
    SOCKETS = "socket families"
    PRIVILEGES = "privileges"


class ConfinementError(RuntimeError):
    """A restriction the policy asked for could not be applied; the child must not run the snippet."""

    def __init__(self, feature: Feature, message: str) -> None:
        super().__init__(f"cannot confine the {feature}: {message}")
        self.feature = feature


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

    ``landlock_abi`` 0 means no Landlock (files, TCP and scopes unrestricted). ``socket_filter``
    installs the seccomp filter that allows sockets of the internet families only. The pids cgroup
    needs nothing here: the child is born in the server's. ``max_processes`` asks for RLIMIT_NPROC
    in a private user namespace, the fallback for a server that is not root and has no cgroup (the
    kernel exempts root from that limit).
    """

    landlock_abi: int = 0
    socket_filter: bool = False
    network: NetworkNamespace | None = None
    max_processes: int | None = None


def landlock_abi() -> tuple[int, str | None]:
    """The kernel's Landlock ABI version, or 0 and the reason it cannot be used."""
    if platform.machine() not in _LANDLOCK_ARCHES:
        return 0, f"Landlock's system call numbers are not known for {platform.machine()}"
    version = _syscall(_SYS_CREATE_RULESET, None, 0, _CREATE_RULESET_VERSION)
    if version > 0:
        return version, None
    code = ctypes.get_errno()
    if code == 38:  # ENOSYS
        return 0, "the kernel has no Landlock (it needs Linux 5.13+ built with CONFIG_SECURITY_LANDLOCK)"
    if code == 95:  # EOPNOTSUPP
        return 0, "Landlock is built in but disabled (add landlock to the lsm= boot parameter)"
    return 0, f"landlock_create_ruleset failed: {os.strerror(code)}"


def confine(workdir: Path, writable: Sequence[Path], policy: Policy) -> None:
    """Apply ``policy`` to this process; raise ConfinementError if any part of it cannot be applied.

    Call it in the child after fork and before any snippet code, while the process has a single
    thread (joining namespaces requires that, and Landlock applies to the calling thread only).
    ``workdir`` and ``writable`` must exist. The order matters: namespaces need privileges that
    are dropped at the end; the Landlock rules need the paths to be opened before they are denied.
    """
    if policy.network is not None:
        _join_network(policy.network)
    if policy.max_processes is not None:
        _limit_processes(policy.max_processes)
    if _PRCTL(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise _error(Feature.PRIVILEGES, "prctl(PR_SET_NO_NEW_PRIVS)")
    if policy.landlock_abi:
        _restrict(policy.landlock_abi, [workdir, *writable])
    if policy.socket_filter:
        _filter_sockets()
    _drop_capabilities()


def socket_filter_support() -> str | None:
    """None if the socket filter can be installed on this machine's architecture, else why not."""
    if platform.machine() not in _SECCOMP_ARCHES:
        return f"the seccomp filter is written for x86_64 and aarch64, not {platform.machine()}"
    if "Seccomp:" not in Path("/proc/self/status").read_text():
        return "the kernel has no seccomp (CONFIG_SECCOMP)"
    return None


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
    if network.user is not None and _SETNS(network.user, _CLONE_NEWUSER) != 0:
        raise _error(Feature.NETWORK, "setns(user namespace)")
    if _SETNS(network.net, _CLONE_NEWNET) != 0:
        raise _error(Feature.NETWORK, "setns(network namespace)")
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
    if _UNSHARE(_CLONE_NEWUSER) != 0:
        raise _error(Feature.PROCESSES, "unshare(CLONE_NEWUSER)")
    try:
        Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1\n")
        Path("/proc/self/setgroups").write_text("deny\n")
        Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1\n")
        resource.setrlimit(resource.RLIMIT_NPROC, (limit, limit))
    except OSError as exc:
        raise ConfinementError(Feature.PROCESSES, f"setting up the user namespace: {exc}") from exc


def _restrict(abi: int, writable: Iterable[Path]) -> None:
    """Landlock: read and execute anywhere, write only beneath ``writable``; no TCP; scoped IPC.

    Every right the ABI knows is handled, so nothing is allowed by omission. Network rights are
    handled with no rule at all, which denies every TCP bind and connect. The scopes stop
    signals to processes outside this child's tree and connections to abstract unix sockets
    created outside it (the builder's and the other children's).
    """
    fs = _FS_ABI1 | (_FS_REFER if abi >= 2 else 0) | (_FS_TRUNCATE if abi >= 3 else 0)
    fs |= _FS_IOCTL_DEV if abi >= 5 else 0
    net = _NET_BIND_TCP | _NET_CONNECT_TCP if abi >= 4 else 0
    scoped = _SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL if abi >= 6 else 0
    fields = (fs,) if abi < 4 else (fs, net) if abi < 6 else (fs, net, scoped)
    attr = struct.pack(f"={len(fields)}Q", *fields)
    ruleset = _syscall(_SYS_CREATE_RULESET, attr, len(attr), 0)
    if ruleset < 0:
        raise _error(Feature.FILESYSTEM, "landlock_create_ruleset")
    try:
        _allow(ruleset, Path("/"), _FS_READ & fs)
        for path in writable:
            _allow(ruleset, path, fs)
        for device in DEVICE_FILES:
            _allow(ruleset, device, (_FS_READ_FILE | _FS_WRITE_FILE | _FS_TRUNCATE | _FS_IOCTL_DEV) & fs)
        if _syscall(_SYS_RESTRICT_SELF, ruleset, 0) != 0:
            raise _error(Feature.FILESYSTEM, "landlock_restrict_self")
    finally:
        os.close(ruleset)


def _filter_sockets() -> None:
    """Seccomp: new sockets only of the internet families; no io_uring; no 32-bit system calls.

    Neither the network namespace nor Landlock (up to ABI 7) stops connecting to a unix socket
    that has a path, and a root child is welcome at several: systemd's private socket and
    docker.sock run commands as root outside the sandbox. Other families reach beyond the
    namespace too (vsock talks to the hypervisor's host). So ``socket()`` fails with EACCES for
    every family but AF_INET and AF_INET6, which the empty namespace and Landlock already cut
    off. ``socketpair`` stays (asyncio and subprocess plumbing use it; the pair has no address).
    io_uring could open and connect sockets without the socket call, and 32-bit or x32 numbers
    would slip past a filter written for the native table, so they are refused as well.
    """
    arch, socket_nr, x32 = _SECCOMP_ARCHES[platform.machine()]
    deny = _RET_ERRNO | _EACCES
    families = len(_ALLOWED_FAMILIES)
    accept = [(_JEQ, families - index, 0, int(family)) for index, family in enumerate(_ALLOWED_FAMILIES)]
    program = [
        (_LD_ABS, 0, 0, 4),  # seccomp_data.arch
        (_JEQ, 1, 0, arch),
        (_RET, 0, 0, _RET_ERRNO | _ENOSYS),  # another architecture's table
        (_LD_ABS, 0, 0, 0),  # seccomp_data.nr
        (_JGE, 0, 1, _X32_SYSCALL_BIT if x32 else 0xFFFFFFFF),
        (_RET, 0, 0, _RET_ERRNO | _ENOSYS),
        (_JEQ, 0, 1, _NR_IO_URING_SETUP),
        (_RET, 0, 0, deny),
        (_JEQ, 0, 2 + families, socket_nr),  # not socket(): allow
        (_LD_ABS, 0, 0, 16),  # the low half of seccomp_data.args[0], the family
        *accept,  # each jumps to the final allow
        (_RET, 0, 0, deny),
        (_RET, 0, 0, _RET_ALLOW),
    ]
    filters = ctypes.create_string_buffer(b"".join(struct.pack("=HBBI", *line) for line in program))
    fprog = struct.pack("@HP", len(program), ctypes.addressof(filters))  # struct sock_fprog, native
    if _PRCTL(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, fprog, 0, 0) != 0:
        raise _error(Feature.SOCKETS, "prctl(PR_SET_SECCOMP)")


def _allow(ruleset: int, path: Path, access: int) -> None:
    """Add a path-beneath rule; a file (not a folder) can only be granted the file rights."""
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError as exc:
        raise ConfinementError(Feature.FILESYSTEM, f"opening {path}: {exc.strerror}") from exc
    try:
        if not Path(path).is_dir():
            access &= _FS_FILE
        rule = struct.pack("=Qi", access, fd)  # landlock_path_beneath_attr is packed: 12 bytes
        if _syscall(_SYS_ADD_RULE, ruleset, _RULE_PATH_BENEATH, rule, 0) != 0:
            raise _error(Feature.FILESYSTEM, f"landlock_add_rule({path})")
    finally:
        os.close(fd)


def _drop_capabilities() -> None:
    """Give up every capability, and lock root out of regaining them through execve.

    The child keeps uid 0 when the server runs as root (files keep their owner, reads work as
    before) but loses what makes root more than a file owner: loading kernel modules, mounting,
    raising its memory limit back, rejoining the host's network namespace, raw sockets. With no
    new privileges and SECBIT_NOROOT, executing a program grants none back.
    """
    header = (ctypes.c_uint32 * 2)(_CAPABILITY_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()
    if _CAPGET(header, data) != 0:
        raise _error(Feature.PRIVILEGES, "capget")
    if not any(data):
        return
    if data[0] & (1 << _CAP_SETPCAP) and _PRCTL(_PR_SET_SECUREBITS, _SECUREBITS, 0, 0, 0) != 0:
        raise _error(Feature.PRIVILEGES, "prctl(PR_SET_SECUREBITS)")
    if _PRCTL(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) != 0:
        raise _error(Feature.PRIVILEGES, "prctl(PR_CAP_AMBIENT_CLEAR_ALL)")
    if _CAPSET(header, (ctypes.c_uint32 * 6)()) != 0:
        raise _error(Feature.PRIVILEGES, "capset")


def _syscall(number: int, *args: int | bytes | None) -> int:
    """A raw system call; integers are passed as C longs, as the kernel reads every argument."""
    converted = [ctypes.c_long(arg) if isinstance(arg, int) else arg for arg in args]
    return int(_SYSCALL(ctypes.c_long(number), *converted))


def _error(feature: Feature, call: str) -> ConfinementError:
    code = ctypes.get_errno()
    return ConfinementError(feature, f"{call} failed: {os.strerror(code)} (errno {code})")
