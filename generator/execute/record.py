"""A run's record as it crosses from the child to the engine: bounded, schema-checked, never pickled.

The child writes its ``SideRun`` (outputs left empty: the engine reads them itself) with
``encode_run``; the engine rebuilds it with ``execute.decode.decode_run`` and adds the outputs.
The record lies in a file the snippet's own process can write, so a snippet can forge it, and
the decoder treats it as hostile data (see ``execute.decode``).

Why not pickle: a pickle names the classes it builds and calls them, so reading one safely
means an allow-list of classes and still trusting their constructors (NumPy's array
reconstruction allocates whatever size the stream claims: a forged 1 TB array is a MemoryError
in the engine), and its nesting is read recursively (a report nested 100,000 deep is a
RecursionError). A run holds only a few kinds of values, so a fixed format is short to write
and can be checked completely: a JSON header that describes the run, followed by the raw bytes
of its arrays and figures. The result tree is a flat list of nodes whose children come earlier
in the list, each used once, so it is read in one loop with its depth counted as it goes; an
array's bytes must be exactly its shape times its item size and lie inside the record, so no
allocation is larger than the record itself.

The limits are the engine's rules for what a run may publish: the child keeps to them (it clips
messages with a visible mark, and refuses a result or figure too large to carry as a fault the
reader can act on), and the engine refuses a record that does not.
"""

import json
import re
import struct
from collections.abc import Callable
from typing import Any

import numpy as np

from generator.errors import displayable
from generator.execute.runs import Fault, RaisedError, SideRun
from generator.execute.values import MapValue, SeqValue, TextValue, Value
from generator.timer import Timing

MAGIC = b"np2t-run 1\n"
LENGTH = struct.Struct(">Q")
"""The header's length, after the magic."""

RECORD_CAP = 16 << 20
"""The largest record a child may send, result arrays and figures included."""
FIGURE_CAP = 4 << 20
"""The largest SVG a figure may be."""
MAX_FIGURES = 16
MAX_DEPTH = 16
"""How deeply containers may nest in a result."""
MAX_NODES = 100_000
"""How many values (containers and leaves) a result may hold."""
MAX_DIMENSIONS = 32
MAX_API_NAMES = 10_000
MAX_BASES = 64
"""How many classes an exception's class hierarchy may name (``RaisedError.bases``)."""

NAME_CAP = 200
"""Type names, dtype names, an exception's type and each API name."""
KEY_CAP = 1000
"""A key of a dict in a result."""
MESSAGE_CAP = 4096
"""An exception's or a fault's message, a timing note."""
TRACEBACK_CAP = 16384
TEXT_CAP = 16384
"""A string in a result: longer ones are refused, not cut, since the two sides compare them."""

API_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")
"""What an API name is: a dotted Python name, nothing that could be read as markup."""
PLAIN_KINDS = frozenset("biufcmMSU")
"""Array kinds whose values are plain bytes; object and structured arrays carry code or pointers."""


class RecordError(ValueError):
    """The record is not one the engine's child could have written; the message says what is wrong."""


def clip(text: str, cap: int) -> str:
    """``text`` within ``cap`` characters, cut with a visible mark saying how much was left out."""
    if len(text) <= cap:
        return text
    mark = f"\n[cut: {len(text) - cap + 48} more characters]"
    return text[: cap - len(mark)] + mark


def printable(text: str, cap: int) -> str:
    """Text for a message: valid UTF-8, control characters but newline and tab as escapes, clipped."""
    return clip(displayable(text), cap)


def encode_run(run: SideRun) -> bytes:
    """The record of ``run`` (its outputs are not part of it): the child's side of the exchange."""
    blob = bytearray()

    def attach(data: bytes) -> list[int]:
        blob.extend(data)
        return [len(blob) - len(data), len(data)]

    nodes: list[dict[str, Any]] = []
    root = _encode_value(run.result, nodes, attach) if run.result is not None else None
    header = {
        "error": _error_fields(run.error),
        "fault": _fault_fields(run.fault),
        "result": root,
        "nodes": nodes,
        "seconds": run.seconds,
        "api": list(run.api),
        "figures": [{"number": f.number, "svg": attach(f.svg.encode("utf-8"))} for f in run.figures],
        "timing": _timing_fields(run.timing),
        "timing_note": printable(run.timing_note, MESSAGE_CAP),
    }
    text = json.dumps(header, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")
    return MAGIC + LENGTH.pack(len(text)) + text + bytes(blob)


def _error_fields(error: RaisedError | None) -> dict[str, str | list[str]] | None:
    if error is None:
        return None
    return {
        "type": printable(error.type, NAME_CAP),
        "message": printable(error.message, MESSAGE_CAP),
        "traceback": printable(error.traceback, TRACEBACK_CAP),
        "bases": [printable(base, NAME_CAP) for base in error.bases[:MAX_BASES]],
    }


def _fault_fields(fault: Fault | None) -> dict[str, str] | None:
    if fault is None:
        return None
    return {
        "kind": fault.kind.value,
        "message": printable(fault.message, MESSAGE_CAP),
        "traceback": printable(fault.traceback, TRACEBACK_CAP),
    }


def _timing_fields(timing: Timing | None) -> dict[str, float | int | None] | None:
    if timing is None:
        return None
    return {
        "median": timing.median,
        "spread": timing.spread,
        "loops": timing.loops,
        "repeats": timing.repeats,
        "threads": timing.threads,
        "best": timing.best,
    }


def _encode_value(value: Value, nodes: list[dict[str, Any]], attach: Callable[[bytes], list[int]]) -> int:
    """Append ``value``'s nodes in post-order (children first) and return the index of its own."""
    pending: list[tuple[Value, bool]] = [(value, False)]
    done: list[int] = []
    while pending:
        node, children_done = pending.pop()
        if isinstance(node, SeqValue | MapValue) and not children_done:
            pending.append((node, True))
            items = node.items if isinstance(node, SeqValue) else tuple(item for _, item in node.items)
            pending.extend((item, False) for item in reversed(items))
            continue
        nodes.append(_encode_node(node, done, attach))
        done.append(len(nodes) - 1)
    return done[-1]


def _encode_node(node: Value, done: list[int], attach: Callable[[bytes], list[int]]) -> dict[str, Any]:
    kind = printable(node.type_name, NAME_CAP)
    if isinstance(node, TextValue):
        text = None if node.text is None else node.text.encode("utf-8", "backslashreplace").decode("utf-8")
        return {"kind": "text", "type": kind, "text": text}
    if isinstance(node, SeqValue | MapValue):
        first = len(done) - len(node.items)
        children = done[first:]
        del done[first:]
    if isinstance(node, SeqValue):
        return {"kind": "seq", "type": kind, "items": children}
    if isinstance(node, MapValue):
        keys = [printable(key, KEY_CAP) for key, _ in node.items]
        return {
            "kind": "map",
            "type": kind,
            "items": [list(pair) for pair in zip(keys, children, strict=True)],
        }
    array = node.array
    fields: dict[str, Any] = {
        "type": kind,
        "dtype": printable(node.dtype, NAME_CAP),
        "shape": list(array.shape),
    }
    if array.dtype.kind == "O":
        return {"kind": "ints", **fields, "values": [str(int(item)) for item in array.ravel()]}
    plain = np.ascontiguousarray(array)
    return {"kind": "array", **fields, "format": plain.dtype.str, "data": attach(plain.tobytes())}
