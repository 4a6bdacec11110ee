"""The messages between the engine and its warm server, and how they are framed on a pipe.

Frames are a 4-byte big-endian length followed by a pickle. Replies are small: the child's
output and report stay in files of its work folder, which the engine reads and removes.
"""

import os
import pickle
import struct
from dataclasses import dataclass

_HEADER = struct.Struct(">I")


@dataclass(frozen=True)
class Job:
    """Run one snippet file's source in a fresh child."""

    key: str
    display_path: str
    path: str
    source: str
    timeout: float
    memory: int
    output_cap: int
    seed: int


@dataclass(frozen=True)
class Hello:
    """The server's first message: it is warm, and these are the versions it will run."""

    versions: dict[str, str]


@dataclass(frozen=True)
class Reply:
    """A child has ended: where its files lie and how it ended."""

    key: str
    workdir: str
    status: int
    timed_out: bool
    wall: float


def encode(message: Job | Hello | Reply) -> bytes:
    """One frame for a message."""
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(payload)) + payload


def write_frame(fd: int, message: Job | Hello | Reply) -> None:
    """Write a whole frame to a blocking file descriptor."""
    view = memoryview(encode(message))
    while view:
        view = view[os.write(fd, view) :]


def split_frames(buffer: bytearray) -> list[Job | Hello | Reply]:
    """Remove and decode every complete frame at the start of ``buffer``."""
    messages = []
    while len(buffer) >= _HEADER.size:
        (size,) = _HEADER.unpack_from(buffer)
        if len(buffer) < _HEADER.size + size:
            break
        messages.append(pickle.loads(bytes(buffer[_HEADER.size : _HEADER.size + size])))
        del buffer[: _HEADER.size + size]
    return messages
