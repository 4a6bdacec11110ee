"""What the sandbox's modules share: the restrictions by name, their error, and raw calls into the kernel."""

import ctypes
import os
from enum import StrEnum

LIBC = ctypes.CDLL(None, use_errno=True)
# Resolved once at import, in the warm server: looked up in each child instead, ctypes builds the
# function objects there, which costs every child page copies (about 0.2 ms measured).
SYSCALL = LIBC.syscall
SYSCALL.restype = ctypes.c_long
PRCTL, SETNS, UNSHARE, CAPGET, CAPSET = LIBC.prctl, LIBC.setns, LIBC.unshare, LIBC.capget, LIBC.capset


class Feature(StrEnum):
    """A restriction the sandbox applies; named in errors and in the list of what is missing."""

    FILESYSTEM = "file system"
    NETWORK = "network"
    PROCESSES = "process count"
    MEMORY = "memory"
    SCOPE = "signals and abstract sockets"
    SYSTEM_CALLS = "system calls"
    PRIVILEGES = "privileges"


class ConfinementError(RuntimeError):
    """A restriction the policy asked for could not be applied; the child must not run the snippet."""

    def __init__(self, feature: Feature, message: str) -> None:
        super().__init__(f"cannot confine the {feature}: {message}")
        self.feature = feature


def syscall(number: int, *args: int | bytes | None) -> int:
    """A raw system call; integers are passed as C longs, as the kernel reads every argument."""
    converted = [ctypes.c_long(arg) if isinstance(arg, int) else arg for arg in args]
    return int(SYSCALL(ctypes.c_long(number), *converted))


def failure(feature: Feature, call: str) -> ConfinementError:
    """The error for a call that just failed, with the errno the C library left."""
    code = ctypes.get_errno()
    return ConfinementError(feature, f"{call} failed: {os.strerror(code)} (errno {code})")
