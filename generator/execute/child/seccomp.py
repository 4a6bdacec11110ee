"""Seccomp for a child: the kernel interfaces a snippet has no use for, refused before they are reached.

Neither the network namespace nor Landlock (up to ABI 7) stops connecting to a unix socket that
has a path, and a root child is welcome at several: systemd's private socket and docker.sock
run commands as root outside the sandbox. Other families reach beyond the namespace too (vsock
talks to the hypervisor's host). So ``socket()`` fails with EACCES for every family but AF_INET
and AF_INET6, which the empty namespace and Landlock already cut off. ``socketpair`` stays
(asyncio and subprocess plumbing use it; the pair has no address).

Refused with EPERM, as a kernel without them or a process without privilege would answer:

- the kernel keyring (``add_key``, ``request_key``, ``keyctl``): the builder's user and session
  keyrings hold credentials that a process of the same uid could otherwise read and replace;
- new user namespaces (``unshare`` or ``clone`` with CLONE_NEWUSER): inside one a process holds
  every capability over the namespace, which opens kernel code that is otherwise root's alone;
- ``perf_event_open``, ``bpf``, ``userfaultfd``: measuring other processes, loading programs
  into the kernel, and the page-fault handler that kernel exploits use to win races;
- io_uring (``io_uring_setup``, ``_enter``, ``_register``): it performs file and socket
  operations without the system calls this filter sees.

``clone3`` answers ENOSYS: its flags lie in memory, where a filter cannot read them, and the C
library then falls back to ``clone``, whose flags it can. No library the catalogue uses needs
any of these (the whole catalogue and the test suite run with the filter in place): NumPy and
PyTorch on the CPU create threads and processes through ``clone``. Calls of another
architecture's table (32-bit or x32 numbers) are refused, so nothing slips past a filter
written for the native one.
"""

import ctypes
import platform
import socket
import struct
from dataclasses import dataclass
from pathlib import Path

from generator.execute.child.kernel import PRCTL, Feature, failure


@dataclass(frozen=True)
class _Table:
    """One architecture's audit value and the numbers of the calls the filter looks at."""

    arch: int
    x32: bool
    socket: int
    clone: int
    unshare: int
    denied: tuple[int, ...]
    """keyctl, add_key, request_key, perf_event_open, bpf, userfaultfd, io_uring_setup/enter/register."""


_X86_64 = _Table(0xC000003E, True, 41, 56, 272, (250, 248, 249, 298, 321, 323, 425, 426, 427))
_AARCH64 = _Table(0xC00000B7, False, 198, 220, 97, (219, 217, 218, 241, 280, 282, 425, 426, 427))
TABLES = {"x86_64": _X86_64, "amd64": _X86_64, "aarch64": _AARCH64, "arm64": _AARCH64}
_CLONE3 = 435  # the same on both
_CLONE_NEWUSER = 0x10000000
_X32_SYSCALL_BIT = 0x40000000
_ALLOWED_FAMILIES = (socket.AF_INET, socket.AF_INET6)
_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 22, 2
_RET_ALLOW, _RET_ERRNO = 0x7FFF0000, 0x00050000
_LD_ABS, _JEQ, _JGE, _JSET, _RET = 0x20, 0x15, 0x35, 0x45, 0x06
_EPERM, _EACCES, _ENOSYS = 1, 13, 38
_NR, _ARCH, _ARG0 = 0, 4, 16  # offsets in struct seccomp_data (the low half of args[0])

Instruction = tuple[int, int, int, int]


def filter_support() -> str | None:
    """None if the filter can be installed on this machine's architecture, else why not."""
    if platform.machine() not in TABLES:
        return f"the seccomp filter is written for x86_64 and aarch64, not {platform.machine()}"
    if "Seccomp:" not in Path("/proc/self/status").read_text():
        return "the kernel has no seccomp (CONFIG_SECCOMP)"
    return None


def program(table: _Table) -> list[Instruction]:
    """The filter as classic BPF instructions (code, jump if true, jump if false, constant)."""
    allow, enosys = (_RET, 0, 0, _RET_ALLOW), (_RET, 0, 0, _RET_ERRNO | _ENOSYS)
    code: list[Instruction] = [
        (_LD_ABS, 0, 0, _ARCH),
        (_JEQ, 1, 0, table.arch),
        enosys,  # another architecture's table
        (_LD_ABS, 0, 0, _NR),
        (_JGE, 0, 1, _X32_SYSCALL_BIT if table.x32 else 0xFFFFFFFF),
        enosys,
        (_JEQ, 0, 1, _CLONE3),
        enosys,
    ]
    for number in table.denied:
        code += [(_JEQ, 0, 1, number), (_RET, 0, 0, _RET_ERRNO | _EPERM)]
    for number in (table.clone, table.unshare):  # allowed unless they ask for a user namespace
        code += [
            (_JEQ, 0, 4, number),
            (_LD_ABS, 0, 0, _ARG0),
            (_JSET, 0, 1, _CLONE_NEWUSER),
            (_RET, 0, 0, _RET_ERRNO | _EPERM),
            allow,
        ]
    families = len(_ALLOWED_FAMILIES)
    accept = [(_JEQ, families - index, 0, int(family)) for index, family in enumerate(_ALLOWED_FAMILIES)]
    code += [
        (_JEQ, 0, 2 + families, table.socket),  # not socket(): allow
        (_LD_ABS, 0, 0, _ARG0),  # the family
        *accept,  # each jumps to the final allow
        (_RET, 0, 0, _RET_ERRNO | _EACCES),
        allow,
    ]
    return code


@dataclass(frozen=True)
class Filter:
    """The filter assembled once, in the warm server: ``fprog`` points into ``code``, which children share."""

    code: ctypes.Array[ctypes.c_char]
    fprog: bytes


def assemble() -> Filter:
    """The filter for this machine's architecture, ready to install."""
    code = program(TABLES[platform.machine()])
    buffer = ctypes.create_string_buffer(b"".join(struct.pack("=HBBI", *line) for line in code))
    return Filter(buffer, struct.pack("@HP", len(code), ctypes.addressof(buffer)))  # struct sock_fprog


def install(assembled: Filter) -> None:
    """Install the filter on this process (and everything it starts); it cannot be removed."""
    if PRCTL(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, assembled.fprog, 0, 0) != 0:
        raise failure(Feature.SYSTEM_CALLS, "prctl(PR_SET_SECCOMP)")
