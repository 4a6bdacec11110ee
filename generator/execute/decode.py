"""Reading a run's record back in the engine: every field checked against the format, nothing trusted.

The child's process can write anything where its record goes (``execute.record`` says why and
how the record is laid out), so this reads it as hostile data: it builds nothing but the run's
own values, checks every field's type, every string's length and characters, the depth and
size of the result tree, and refuses anything else with ``RecordError`` saying what was wrong.
The tree is read in one loop, without recursion: a child's index must be earlier than its
parent's and each node is taken once, so a record cannot make a deep or shared structure.
"""

import json
import math
import re
from collections.abc import Callable
from typing import Any

import numpy as np

from generator.errors import CONTROL
from generator.execute.record import (
    API_NAME,
    FIGURE_CAP,
    KEY_CAP,
    LENGTH,
    MAGIC,
    MAX_API_NAMES,
    MAX_BASES,
    MAX_DEPTH,
    MAX_DIMENSIONS,
    MAX_FIGURES,
    MAX_NODES,
    MESSAGE_CAP,
    NAME_CAP,
    PLAIN_KINDS,
    RECORD_CAP,
    TEXT_CAP,
    TRACEBACK_CAP,
    RecordError,
    printable,
)
from generator.execute.runs import Fault, FaultKind, Figure, RaisedError, SideRun
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue, Value
from generator.timer import Timing


def decode_run(data: bytes, stdout: str = "", stderr: str = "") -> SideRun:
    """The run a record describes, with the outputs the engine read; RecordError if it is not one."""
    if len(data) > RECORD_CAP:
        raise RecordError(f"it is {len(data)} bytes, more than the {RECORD_CAP} a record may be")
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + LENGTH.size:
        raise RecordError("it does not start as a record does")
    (size,) = LENGTH.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + LENGTH.size
    if size > len(data) - start:
        raise RecordError("its header runs past its end")
    blob = memoryview(data)[start + size :]
    try:
        header = json.loads(data[start : start + size], parse_constant=_no_constant)
    except RecordError as exc:  # a constant such as NaN, refused by name (a ValueError too)
        raise RecordError(f"its header is not the JSON of a record: {exc}") from exc
    except (ValueError, RecursionError) as exc:
        raise RecordError(f"its header is not the JSON of a record ({type(exc).__name__})") from exc
    fields = _fields(
        header,
        "record",
        {"error", "fault", "result", "nodes", "seconds", "api", "figures"},
        optional={"timing", "timing_note"},
    )
    result = None
    if fields["result"] is not None:
        result = _decode_tree(_list(fields["nodes"], "nodes", MAX_NODES), fields["result"], blob)
    return SideRun(
        stdout=stdout,
        stderr=stderr,
        error=_decode_error(fields["error"]),
        fault=_decode_fault(fields["fault"]),
        result=result,
        seconds=_number(fields["seconds"], "seconds", optional=True),
        api=tuple(_api_name(name) for name in _list(fields["api"], "api", MAX_API_NAMES)),
        figures=tuple(_decode_figure(f, blob) for f in _list(fields["figures"], "figures", MAX_FIGURES)),
        timing=_decode_timing(fields.get("timing")),
        timing_note=_string(fields.get("timing_note", ""), "timing_note", MESSAGE_CAP, controls=False),
    )


def _decode_tree(nodes: list[Any], root: Any, blob: memoryview) -> Value:
    """The tree of ``nodes`` (children before parents, each used once), its depth checked as it is built."""
    if root != len(nodes) - 1 or isinstance(root, bool):
        raise RecordError("result: the root must be the last node")
    tree = _Tree()
    for index, raw in enumerate(nodes):
        tree.add(_decode_node(raw, f"node {index}", blob, tree.take))
    return tree.root()


class _Tree:
    """The nodes decoded so far; each may be taken once, by a later container."""

    def __init__(self) -> None:
        self.values: list[Value | None] = []
        self.levels: list[int] = []
        self.level = 1

    def take(self, children: list[Any]) -> list[Value]:
        """The values of ``children`` for the node being decoded, which they now belong to."""
        taken = []
        for child in children:
            if isinstance(child, bool) or not isinstance(child, int) or not 0 <= child < len(self.values):
                raise RecordError(f"node {len(self.values)}: a child must be an earlier node")
            value = self.values[child]
            if value is None:
                raise RecordError(f"node {len(self.values)}: node {child} is used twice")
            self.values[child] = None
            self.level = max(self.level, self.levels[child] + 1)
            taken.append(value)
        if self.level > MAX_DEPTH + 1:
            raise RecordError(f"the result nests more than {MAX_DEPTH} containers deep")
        return taken

    def add(self, value: Value) -> None:
        self.values.append(value)
        self.levels.append(self.level)
        self.level = 1

    def root(self) -> Value:
        """The last node, once every other belongs to a container."""
        if any(value is not None for value in self.values[:-1]):
            raise RecordError("result: a node belongs to no container")
        final = self.values[-1]
        assert final is not None
        return final


def _decode_node(raw: Any, where: str, blob: memoryview, take: Callable[[list[Any]], list[Value]]) -> Value:
    """One node's value; a container takes its children's values through ``take``."""
    kind = raw.get("kind") if isinstance(raw, dict) else None
    if kind == "text":
        fields = _fields(raw, where, {"kind", "type", "text"})
        text = None if fields["text"] is None else _string(fields["text"], f"{where} text", TEXT_CAP)
        return TextValue(text, _name(fields["type"]))
    if kind == "seq":
        fields = _fields(raw, where, {"kind", "type", "items"})
        items = take(_list(fields["items"], f"{where} items", MAX_NODES))
        return SeqValue(tuple(items), _name(fields["type"]))
    if kind == "map":
        fields = _fields(raw, where, {"kind", "type", "items"})
        pairs = [_pair(item, where) for item in _list(fields["items"], f"{where} items", MAX_NODES)]
        values = take([child for _, child in pairs])
        return MapValue(tuple(zip((key for key, _ in pairs), values, strict=True)), _name(fields["type"]))
    if kind == "array":
        fields = _fields(raw, where, {"kind", "type", "dtype", "shape", "format", "data"})
        array = _decode_array(fields, where, blob)
    elif kind == "ints":
        fields = _fields(raw, where, {"kind", "type", "dtype", "shape", "values"})
        array = _decode_ints(fields, where)
    else:
        raise RecordError(f"{where}: not a node of a known kind")
    return ArrayValue(array, _name(fields["dtype"]), _name(fields["type"]))


def _decode_array(fields: dict[str, Any], where: str, blob: memoryview) -> np.ndarray:
    layout = _string(fields["format"], f"{where} format", 32)
    if not re.fullmatch(r"[<>|=][biufcmMSU]\d{1,5}(?:\[\w{1,8}\])?", layout):
        raise RecordError(f"{where}: {_shown(layout)} is not a plain array format")
    try:
        dtype = np.dtype(layout)
    except TypeError as exc:
        raise RecordError(f"{where}: {_shown(layout)} is not an array format") from exc
    if dtype.kind not in PLAIN_KINDS or dtype.itemsize == 0:
        raise RecordError(f"{where}: {_shown(layout)} is not a plain array format")
    shape = _shape(fields["shape"], where)
    offset, length = _span(fields["data"], where, blob)
    if math.prod(shape) * dtype.itemsize != length:
        raise RecordError(f"{where}: {length} bytes do not hold shape {tuple(shape)} of {layout}")
    return np.frombuffer(blob[offset : offset + length], dtype=dtype).reshape(shape).copy()


def _decode_ints(fields: dict[str, Any], where: str) -> np.ndarray:
    """Integers too large for any NumPy dtype, written in decimal."""
    shape = _shape(fields["shape"], where)
    values = _list(fields["values"], f"{where} values", MAX_NODES)
    if len(values) != math.prod(shape):
        raise RecordError(f"{where}: {len(values)} integers do not fill shape {tuple(shape)}")
    numbers = []
    for text in values:
        if not isinstance(text, str) or not re.fullmatch(r"-?\d{1,4300}", text):
            raise RecordError(f"{where}: {_shown(text)} is not an integer in decimal")
        numbers.append(int(text))
    array = np.empty(len(numbers), dtype=object)
    array[:] = numbers
    return array.reshape(shape)


def _decode_error(raw: Any) -> RaisedError | None:
    if raw is None:
        return None
    fields = _fields(raw, "error", {"type", "message", "traceback", "bases"})
    return RaisedError(
        type=_name(fields["type"]),
        message=_string(fields["message"], "error message", MESSAGE_CAP, controls=False),
        traceback=_string(fields["traceback"], "error traceback", TRACEBACK_CAP, controls=False),
        bases=tuple(_name(base) for base in _list(fields["bases"], "error bases", MAX_BASES)),
    )


def _decode_fault(raw: Any) -> Fault | None:
    if raw is None:
        return None
    fields = _fields(raw, "fault", {"kind", "message", "traceback"})
    try:
        kind = FaultKind(fields["kind"])
    except (ValueError, TypeError) as exc:
        raise RecordError(f"fault: unknown kind {_shown(fields['kind'])}") from exc
    return Fault(
        kind=kind,
        message=_string(fields["message"], "fault message", MESSAGE_CAP, controls=False),
        traceback=_string(fields["traceback"], "fault traceback", TRACEBACK_CAP, controls=False),
    )


def _decode_figure(raw: Any, blob: memoryview) -> Figure:
    fields = _fields(raw, "figure", {"number", "svg"})
    number = _integer(fields["number"], "figure number", 1, 1 << 31)
    offset, length = _span(fields["svg"], "figure", blob)
    if length > FIGURE_CAP:
        raise RecordError(f"figure {number} is {length} bytes, more than the {FIGURE_CAP} a figure may be")
    try:
        svg = bytes(blob[offset : offset + length]).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RecordError(f"figure {number} is not UTF-8 text") from exc
    return Figure(number=number, svg=svg)


def _decode_timing(raw: Any) -> Timing | None:
    if raw is None:
        return None
    fields = _fields(raw, "timing", {"median", "spread", "loops", "repeats", "threads", "best"})
    threads = fields["threads"]
    return Timing(
        median=_number(fields["median"], "timing median"),
        spread=_number(fields["spread"], "timing spread"),
        loops=_integer(fields["loops"], "timing loops", 1, 1 << 62),
        repeats=_integer(fields["repeats"], "timing repeats", 1, 1 << 20),
        threads=None if threads is None else _integer(threads, "timing threads", 1, 1 << 16),
        best=_number(fields["best"], "timing best"),
    )


def _fields(
    raw: Any, where: str, names: set[str], optional: frozenset[str] | set[str] = frozenset()
) -> dict[str, Any]:
    """``raw`` as an object holding every one of ``names``, perhaps some of ``optional``, nothing else."""
    if not isinstance(raw, dict):
        raise RecordError(f"{where}: expected an object, found {type(raw).__name__}")
    missing = names - raw.keys()
    if missing:
        raise RecordError(f"{where}: missing {', '.join(sorted(missing))}")
    extra = raw.keys() - names - optional
    if extra:
        raise RecordError(f"{where}: unknown fields {_shown(sorted(extra))}")
    return dict(raw)


def _list(raw: Any, where: str, limit: int) -> list[Any]:
    if not isinstance(raw, list):
        raise RecordError(f"{where}: expected a list, found {type(raw).__name__}")
    if len(raw) > limit:
        raise RecordError(f"{where}: {len(raw)} entries, more than {limit}")
    return raw


def _pair(raw: Any, where: str) -> tuple[str, Any]:
    if not isinstance(raw, list) or len(raw) != 2:
        raise RecordError(f"{where}: a dict item must be a [key, node] pair")
    return _string(raw[0], f"{where} key", KEY_CAP, controls=False), raw[1]


def _string(raw: Any, where: str, cap: int, *, controls: bool = True) -> str:
    """A string within ``cap`` that can be written as UTF-8; unless ``controls``, no control characters."""
    if not isinstance(raw, str):
        raise RecordError(f"{where}: expected a string, found {type(raw).__name__}")
    if len(raw) > cap:
        raise RecordError(f"{where}: {len(raw)} characters, more than {cap}")
    try:
        raw.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RecordError(f"{where}: not valid Unicode text") from exc
    if not controls and CONTROL.search(raw):
        raise RecordError(f"{where}: a control character")
    return raw


def _name(raw: Any) -> str:
    name = _string(raw, "name", NAME_CAP)
    if not name.isprintable():
        raise RecordError(f"the name {_shown(name)} has characters that are not printable")
    return name


def _api_name(raw: Any) -> str:
    name = _string(raw, "api name", NAME_CAP)
    if not API_NAME.fullmatch(name):
        raise RecordError(f"api: {_shown(name)} is not a dotted Python name")
    return name


def _number(raw: Any, where: str, *, optional: bool = False) -> Any:
    if raw is None and optional:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw) or raw < 0:
        raise RecordError(f"{where}: expected a finite number of at least 0, found {_shown(raw)}")
    return float(raw)


def _integer(raw: Any, where: str, low: int, high: int) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int) or not low <= raw < high:
        raise RecordError(f"{where}: expected an integer from {low} to {high - 1}, found {_shown(raw)}")
    return raw


def _shape(raw: Any, where: str) -> list[int]:
    dims = _list(raw, f"{where} shape", MAX_DIMENSIONS)
    return [_integer(dim, f"{where} shape", 0, 1 << 40) for dim in dims]


def _span(raw: Any, where: str, blob: memoryview) -> tuple[int, int]:
    if not isinstance(raw, list) or len(raw) != 2:
        raise RecordError(f"{where}: expected an [offset, length] pair")
    offset = _integer(raw[0], f"{where} offset", 0, len(blob) + 1)
    length = _integer(raw[1], f"{where} length", 0, len(blob) - offset + 1)
    return offset, length


def _no_constant(name: str) -> None:
    raise RecordError(f"{name} is not a number a record holds")


def _shown(raw: Any) -> str:
    """A bounded, escaped picture of a bad value for an error message."""
    return printable(repr(raw), 80)
