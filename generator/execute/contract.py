"""What the engine and the processes it starts agree on: messages, framing, file names, exit codes.

The engine (parent) and the warm server with its snippet children (``execute.child``) share
nothing else: the parent never imports the child's code, and both import this module.
Frames are a 4-byte big-endian length followed by a pickle. Pickle is safe here because both
ends are the builder's own code: the server never runs a snippet, and a child closes the pipes
before its snippet starts. What a child produced never travels as a pickle: the server reads its
outputs and its record through descriptors it opened before the fork, within their caps, and
forwards the bytes; the engine decodes the record as hostile data (``execute.record``).
"""

import os
import pickle
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from generator.sizes import format_size

SERVER_MODULE = "generator.execute.child.server"
"""Run as ``python -P -m SERVER_MODULE`` by the engine; its first frame is the ServerSettings."""

THREAD_VARIABLES = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")
"""Thread-count variables that OpenMP, MKL and OpenBLAS read when they are loaded: the one list."""

CWD_DIR = "cwd"
"""The snippet's working folder, inside the child's work folder."""
ENGINE_FAILURE_EXIT = 70
"""The exit status of a child whose own machinery (not the snippet) failed."""
SANDBOX_UNAVAILABLE_EXIT = 3
"""The warm server's exit status when the sandbox is required and the kernel cannot provide it."""

_HEADER = struct.Struct(">I")


class SandboxMode(StrEnum):
    """How strictly the warm server confines the children (a build setting)."""

    AUTO = "auto"
    """Confine with what the kernel offers; the build says once what is missing and goes on."""
    REQUIRE = "require"
    """Refuse to run snippets unless every restriction is available (for CI and releases)."""
    OFF = "off"
    """No confinement (the fixed environment still applies): for debugging the engine."""


def format_gaps(gaps: Sequence[str]) -> str:
    """What the sandbox lacks here, one ``- feature: reason`` line each: the one way it is shown."""
    return "\n".join(f"- {gap}" for gap in gaps)


def truncation_marker(cap: int) -> str:
    """The line that shows where captured output was cut; the child writes it, the engine checks for it."""
    return f"\n[output truncated: more than {format_size(cap)} were written]\n"


@dataclass(frozen=True)
class TimingRequest:
    """Time the snippet's body after its run: at ``threads`` threads, within ``budget`` seconds.

    The run before the timing computes at ``threads`` threads too, so a timed run's result is
    the snippet's result at that thread count.

    ``min_time`` is how long a batch is sized to last (``timer.sized_batches``); at most
    ``repeats`` batches are timed, fewer when one batch already takes a large share of ``budget``
    (a snippet that trains a network for seconds is timed once).
    """

    threads: int
    min_time: float = 0.02
    repeats: int = 5
    budget: float = 1.0


@dataclass(frozen=True)
class Job:
    """Run one snippet file's source in a fresh child.

    ``sides`` names the sides whose adapters convert the result, the snippet's own side first.
    """

    key: str
    display_path: str
    path: str
    source: str
    timeout: float
    memory: int
    output_cap: int
    seed: int
    sides: tuple[str, ...]
    timing: TimingRequest | None = None


@dataclass(frozen=True)
class ServerSettings:
    """Everything the warm server is told at start, as the first frame on its standard input.

    ``root`` is the engine's folder for the children's work folders; ``sides`` maps each side's
    name to its adapter module.
    """

    workers: int
    root: str
    seed: int
    sandbox: SandboxMode
    threads: int
    sides: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Hello:
    """The server's first message: it is warm, with these versions, and what it cannot confine.

    Each gap reads ``feature: reason``.
    """

    versions: dict[str, str]
    sandbox_gaps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    """A child has ended: how, and what it left, read by the server within the job's caps.

    ``stdout`` and ``stderr`` hold at most the output cap plus its marker and one byte (so a cut
    shows); ``record`` is None when the child left none or was killed at its deadline.
    ``out_of_memory`` says the kernel killed a process of the child for passing its memory cap.
    ``finished``: the child said it had written its record, and the server stopped it there
    (``server.WarmServer``), so ``status`` tells nothing more; ``wall`` ends when it said so.
    """

    key: str
    status: int
    timed_out: bool
    wall: float
    stdout: bytes
    stderr: bytes
    record: bytes | None
    out_of_memory: bool = False
    finished: bool = False


Message = ServerSettings | Job | Hello | Reply


def encode(message: Message) -> bytes:
    """One frame for a message."""
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(payload)) + payload


def write_frame(fd: int, message: Message) -> None:
    """Write a whole frame to a blocking file descriptor."""
    view = memoryview(encode(message))
    while view:
        view = view[os.write(fd, view) :]


def split_frames(buffer: bytearray) -> list[Message]:
    """Remove and decode every complete frame at the start of ``buffer``."""
    messages = []
    while len(buffer) >= _HEADER.size:
        (size,) = _HEADER.unpack_from(buffer)
        if len(buffer) < _HEADER.size + size:
            break
        messages.append(pickle.loads(bytes(buffer[_HEADER.size : _HEADER.size + size])))
        del buffer[: _HEADER.size + size]
    return messages
