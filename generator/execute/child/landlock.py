"""Landlock for a child: what it may read, execute and write, and nothing else, enforced by the kernel.

Every right the kernel's ABI knows is handled, so nothing is allowed by omission, and each path
below is granted only the rights it needs. Found by tracing every file the children opened while
the whole catalogue ran (``strace -f`` over ``check --no-cache``), by the tests' snippets that
start programs, and by adding only what failed:

- read and execute: the interpreter's installation and virtual environment (``sys.prefix`` and
  its base), the site-packages folders, the folder of every other top-level module the warm
  server loaded (a library on ``PYTHONPATH``), this package's own folder (tracebacks read it);
  and the system's programs and shared libraries (``/usr``, ``/lib*``, ``/bin``, ``/sbin``);
- read: the snippet's own section folder (its ``sys.path[0]``); the few files of ``/etc`` the C
  library reads (the loader's cache, users and groups for ``getpass``, name service and
  resolver settings, the time zone); ``/proc/cpuinfo``, ``meminfo`` and ``stat``, the child's
  own ``/proc/<pid>`` (its threads, descriptors and maps), ``/sys/devices/system/{cpu,node}``
  (OpenMP and the BLAS size their pools from them), and ``/dev/zero``, ``full``, ``random``,
  ``urandom``;
- read and write: the snippet's working folder and the engine's folder for this child (its cwd,
  HOME and TMPDIR), and ``/dev/null`` (write, truncate, ioctl: ``open(os.devnull, "w")``
  truncates it, and libraries that silence output open it this way).

So a snippet reads nothing of the home folders (``~/.ssh``, cloud and registry credentials), the
temporary folder outside its own, other builds' folders, the rest of the checkout (its
``.git/config``, where a CI checkout step keeps its token), ``/etc/shadow`` or any other process's
``/proc`` files. Landlock does not cover ``stat``: a snippet can still learn whether a path it
names exists, and its size and times, but not list a folder or read a byte.

Deliberately not writable: ``/tmp`` (TMPDIR replaces it; a shared ``/tmp`` would let one snippet
leave files for the next or for the builder) and ``/dev/shm`` (machine-wide; POSIX shared memory
and semaphores live there, as used by ``multiprocessing`` locks and queues and DataLoader
workers, which fail with PermissionError; no pair of the catalogue needs them). Device ioctls
are denied except on /dev/null (Landlock ABI 5+): a GPU build would have to allow its devices.

The warm server opens the fixed paths once and packs their rules (``prepare``), and opens each
child's working folder and section folder before the fork; a child adds them to its ruleset as
they are, one system call per rule, and opens only its own ``/proc`` entry.
"""

import ctypes
import os
import platform
import site
import struct
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.execute.child.kernel import SYSCALL, ConfinementError, Feature, failure, syscall

# Landlock's system calls were added after the numbering of new calls was unified, so they have the
# same numbers on every architecture that uses the common table (x86_64, i386, aarch64, arm, riscv,
# ppc, s390, loongarch); alpha and mips number them differently and are not listed.
_LANDLOCK_ARCHES = frozenset(
    {"x86_64", "amd64", "i386", "i686", "aarch64", "arm64", "armv7l", "riscv64", "ppc64le", "ppc64"}
    | {"s390x", "loongarch64"}
)
_SYS_CREATE_RULESET, _SYS_ADD_RULE, _SYS_RESTRICT_SELF = 444, 445, 446
_CREATE_RULESET_VERSION = 1 << 0
# Built once in the warm server: a child then makes each call with no conversion.
_CREATE, _ADD, _RESTRICT = (
    ctypes.c_long(n) for n in (_SYS_CREATE_RULESET, _SYS_ADD_RULE, _SYS_RESTRICT_SELF)
)
_PATH_BENEATH, _ZERO = ctypes.c_long(1), ctypes.c_long(0)

# Landlock's file-system rights (uapi/linux/landlock.h), by the ABI version that introduced them.
_FS_EXECUTE = 1 << 0
_FS_WRITE_FILE = 1 << 1
_FS_READ_FILE = 1 << 2
_FS_READ_DIR = 1 << 3
_FS_ABI1 = (1 << 13) - 1  # EXECUTE .. MAKE_SYM
_FS_REFER = 1 << 13  # ABI 2
_FS_TRUNCATE = 1 << 14  # ABI 3
_FS_IOCTL_DEV = 1 << 15  # ABI 5
_FS_FILE = _FS_EXECUTE | _FS_WRITE_FILE | _FS_READ_FILE | _FS_TRUNCATE | _FS_IOCTL_DEV
_NET_BIND_TCP, _NET_CONNECT_TCP = 1 << 0, 1 << 1  # ABI 4
_SCOPE_ABSTRACT_UNIX_SOCKET, _SCOPE_SIGNAL = 1 << 0, 1 << 1  # ABI 6

READ = _FS_READ_FILE | _FS_READ_DIR
"""Reading files and listing folders."""
RUN = READ | _FS_EXECUTE
"""Reading, and executing programs and mapping shared libraries."""
ALL = (1 << 16) - 1
"""Every file-system right (masked by what the kernel's ABI knows)."""
DEVICE = _FS_READ_FILE | _FS_WRITE_FILE | _FS_TRUNCATE | _FS_IOCTL_DEV

SYSTEM_FOLDERS = ("/usr", "/lib", "/lib32", "/lib64", "/libx32", "/bin", "/sbin")
SYSTEM_FILES = (
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/etc/localtime",
    "/etc/passwd",
    "/etc/group",
    "/etc/nsswitch.conf",
    "/etc/host.conf",
    "/etc/hosts",
    "/etc/resolv.conf",
    "/etc/gai.conf",
    "/proc/cpuinfo",
    "/proc/meminfo",
    "/proc/stat",
    "/sys/devices/system/cpu",
    "/sys/devices/system/node",
    "/dev/zero",
    "/dev/full",
    "/dev/random",
    "/dev/urandom",
)
DEVICE_FILES = ("/dev/null",)
"""Device files a child may write besides its folders (see the module docstring for why)."""


@dataclass(frozen=True)
class Rule:
    """A path opened (``O_PATH``) for a ruleset, and its rule, packed; the caller closes the descriptor."""

    fd: int
    packed: bytes


@dataclass(frozen=True)
class Ruleset:
    """What the warm server prepares once for every child: the ruleset's attributes and the fixed rules."""

    abi: int
    attr: bytes
    rules: tuple[Rule, ...]


def landlock_abi() -> tuple[int, str | None]:
    """The kernel's Landlock ABI version, or 0 and the reason it cannot be used."""
    if platform.machine() not in _LANDLOCK_ARCHES:
        return 0, f"Landlock's system call numbers are not known for {platform.machine()}"
    version = syscall(_SYS_CREATE_RULESET, None, 0, _CREATE_RULESET_VERSION)
    if version > 0:
        return version, None
    code = ctypes.get_errno()
    if code == 38:  # ENOSYS
        return 0, "the kernel has no Landlock (it needs Linux 5.13+ built with CONFIG_SECURITY_LANDLOCK)"
    if code == 95:  # EOPNOTSUPP
        return 0, "Landlock is built in but disabled (add landlock to the lsm= boot parameter)"
    return 0, f"landlock_create_ruleset failed: {os.strerror(code)}"


def python_folders() -> list[Path]:
    """Where this interpreter and its libraries lie: what a child may read and execute of Python.

    The installation and environment, the site-packages folders, this package, and the folder
    of every top-level module loaded from elsewhere (a library on ``PYTHONPATH``): never a whole
    ``sys.path`` entry, which may be a checkout or a home folder.
    """
    folders = {Path(p) for p in (sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix)}
    folders.update(Path(p) for p in site.getsitepackages())
    folders.add(Path(__file__).resolve().parents[2])
    for name, module in list(sys.modules.items()):
        origin = getattr(module, "__file__", None)
        if "." in name or not origin:
            continue
        path = Path(origin).resolve()
        if not any(path.is_relative_to(folder.resolve()) for folder in folders):
            folders.add(path.parent if path.name == "__init__.py" else path)
    return sorted(folders)


def prepare(abi: int) -> Ruleset:
    """Open every path that every child may use and pack the rules; children inherit the descriptors.

    Every file-system right the ABI knows is handled, so nothing is allowed by omission. Network
    rights are handled with no rule at all, which denies every TCP bind and connect. The scopes
    stop signals to processes outside the child's tree and connections to abstract unix sockets
    created outside it (the builder's and the other children's).
    """
    fs = _handled(abi)
    net = _NET_BIND_TCP | _NET_CONNECT_TCP if abi >= 4 else 0
    scoped = _SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL if abi >= 6 else 0
    fields = (fs,) if abi < 4 else (fs, net) if abi < 6 else (fs, net, scoped)
    wanted = [(Path(p), RUN) for p in SYSTEM_FOLDERS] + [(p, RUN) for p in python_folders()]
    wanted += [(Path(p), READ) for p in SYSTEM_FILES] + [(Path(p), DEVICE) for p in DEVICE_FILES]
    rules = []
    for path, access in wanted:
        try:
            rules.append(rule(path, access, abi))
        except ConfinementError:
            continue
    return Ruleset(abi, struct.pack(f"={len(fields)}Q", *fields), tuple(rules))


def rule(path: Path, access: int, abi: int, *, folder: bool | None = None) -> Rule:
    """Open ``path`` and pack a rule granting it ``access`` (as far as the ABI knows the rights)."""
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError as exc:
        raise ConfinementError(Feature.FILESYSTEM, f"opening {path}: {exc.strerror}") from exc
    is_folder = path.is_dir() if folder is None else folder
    return Rule(fd, _packed(fd, access & _handled(abi), is_folder))


def close(rules: Iterable[Rule]) -> None:
    """Close the descriptors of ``rules``."""
    for each in rules:
        os.close(each.fd)


def restrict(ruleset: Ruleset, own: Sequence[Rule]) -> None:
    """Confine this thread to the fixed rules and ``own`` (this child's folders), nothing else."""
    created = SYSCALL(_CREATE, ruleset.attr, ctypes.c_long(len(ruleset.attr)), _ZERO)
    if created < 0:
        raise failure(Feature.FILESYSTEM, "landlock_create_ruleset")
    descriptor = ctypes.c_long(created)
    try:
        for each in (*ruleset.rules, *own):
            if SYSCALL(_ADD, descriptor, _PATH_BENEATH, each.packed, _ZERO) != 0:
                raise failure(Feature.FILESYSTEM, "landlock_add_rule")
        if SYSCALL(_RESTRICT, descriptor, _ZERO) != 0:
            raise failure(Feature.FILESYSTEM, "landlock_restrict_self")
    finally:
        os.close(created)


def _handled(abi: int) -> int:
    """The file-system rights this ABI knows, all of which a ruleset handles."""
    fs = _FS_ABI1 | (_FS_REFER if abi >= 2 else 0) | (_FS_TRUNCATE if abi >= 3 else 0)
    return fs | (_FS_IOCTL_DEV if abi >= 5 else 0)


def _packed(fd: int, access: int, folder: bool) -> bytes:
    """A path-beneath rule; a file (not a folder) can only be granted the file rights."""
    return struct.pack("=Qi", access if folder else access & _FS_FILE, fd)  # packed: 12 bytes
