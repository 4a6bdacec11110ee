"""A run's record: what the child writes, the engine reads back; anything else is refused, saying why."""

import struct

import numpy as np
import pytest
from records import header, record

from generator.execute.decode import decode_run
from generator.execute.record import MAGIC, MAX_DEPTH, MESSAGE_CAP, RecordError, clip, encode_run, printable
from generator.execute.runs import Fault, FaultKind, Figure, RaisedError, SideRun
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue
from generator.timer import Timing

EVERY_VALUE = MapValue(
    (
        ("floats", ArrayValue(np.arange(6.0).reshape(2, 3).T, "float64", "numpy.ndarray")),
        ("complex", ArrayValue(np.array([1 + 2j], dtype=np.complex64), "torch.complex64", "torch.Tensor")),
        ("scalar", ArrayValue(np.asarray(True), "bool", "bool")),
        ("empty", ArrayValue(np.empty((0, 3), dtype=np.int8), "int8", "numpy.ndarray")),
        ("text", ArrayValue(np.array(["ab", "c"]), "<U2", "numpy.ndarray")),
        ("dates", ArrayValue(np.array(["2026-01-01"], dtype="M8[D]"), "datetime64[D]", "numpy.ndarray")),
        ("huge", ArrayValue(np.array(2**70, dtype=object), "int", "int")),
        ("nested", SeqValue((TextValue(None, "NoneType"), TextValue("é\x00", "str")), "tuple")),
    ),
    "dict",
)


def run(**fields: object) -> SideRun:
    defaults: dict[str, object] = {
        "stdout": "",
        "stderr": "",
        "error": None,
        "fault": None,
        "result": EVERY_VALUE,
        "seconds": 0.25,
        "api": ("numpy.add", "torch.Tensor.sum"),
        "figures": (Figure(3, "<svg/>"),),
        "timing": Timing(1e-6, 0.1, 1000, 5, 1, 9e-7),
        "timing_note": "",
    }
    return SideRun(**(defaults | fields))  # type: ignore[arg-type]


def test_a_run_crosses_unchanged_and_gets_its_outputs():
    original = run(error=RaisedError("ValueError", "bad", "Traceback"), fault=Fault(FaultKind.EXIT, "m", "t"))
    decoded = decode_run(encode_run(original), "out", "err")
    assert decoded.stdout == "out"
    assert decoded.stderr == "err"
    assert decoded.error == original.error
    assert decoded.fault == original.fault
    assert (decoded.api, decoded.figures, decoded.timing, decoded.seconds) == (
        original.api,
        original.figures,
        original.timing,
        original.seconds,
    )
    items = dict(decoded.result.items)
    for key, value in EVERY_VALUE.items:
        if isinstance(value, ArrayValue):
            assert items[key].dtype == value.dtype
            assert items[key].array.dtype == value.array.dtype
            assert np.array_equal(items[key].array, value.array)
        else:
            assert items[key] == value


def test_messages_are_clipped_and_made_printable_by_the_child():
    long = run(result=None, error=RaisedError("E\x1b[31m", "m" * 50_000 + "\x1b]0;title\x07", "t"))
    decoded = decode_run(encode_run(long))
    assert len(decoded.error.message) <= MESSAGE_CAP
    assert decoded.error.message.endswith("more characters]")
    assert decoded.error.type == "E\\x1b[31m"
    assert printable("a\udcffb\tc\nd\x7f", 100) == "a\\udcffb\tc\nd\\x7f"
    assert clip("x" * 10, 10) == "x" * 10


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x80\x04pickle", "does not start as a record does"),
        (record(header() | {"extra": 1}), "unknown fields"),
        (record(header(seconds=float("nan"))), "not the JSON of a record"),
        (MAGIC + struct.pack(">Q", 200_000) + b"[" * 100_000 + b"]" * 100_000, "RecursionError"),
        (record(header(api=["torch.add`<b>"])), "is not a dotted Python name"),
        (record(header(figures=[{"number": "../x", "svg": [0, 0]}])), "figure number: expected an integer"),
        (
            record(header(figures=[{"number": 1, "svg": [0, 9]}])),
            "figure length: expected an integer from 0 to 0",
        ),
        (
            record(header(error={"type": "E", "message": "a\x1bb", "traceback": "", "bases": []})),
            "control character",
        ),
        (
            record(header(error={"type": "E", "message": "\ud800", "traceback": "", "bases": []})),
            "not valid Unicode",
        ),
        (
            record(header(error={"type": "E", "message": "", "traceback": "", "bases": ["B\n"]})),
            "not printable",
        ),
        (
            record(header(error={"type": "E", "message": "", "traceback": "", "bases": ["B"] * 65})),
            "error bases: 65 entries",
        ),
        (record(header(fault={"kind": "pwned", "message": "", "traceback": ""})), "unknown kind"),
        (
            record(
                header(
                    result=0,
                    nodes=[
                        {
                            "kind": "array",
                            "type": "t",
                            "dtype": "f",
                            "shape": [10**12],
                            "format": "<f8",
                            "data": [0, 8],
                        }
                    ],
                ),
                b"\0" * 8,
            ),
            "do not hold shape",
        ),
        (
            record(
                header(
                    result=0,
                    nodes=[
                        {
                            "kind": "array",
                            "type": "t",
                            "dtype": "o",
                            "shape": [1],
                            "format": "|O8",
                            "data": [0, 8],
                        }
                    ],
                ),
                b"\0" * 8,
            ),
            "not a plain array format",
        ),
        (
            record(
                header(
                    result=1,
                    nodes=[
                        {"kind": "text", "type": "str", "text": "a"},
                        {"kind": "seq", "type": "t", "items": [0, 0]},
                    ],
                )
            ),
            "used twice",
        ),
        (
            record(header(result=0, nodes=[{"kind": "seq", "type": "t", "items": [0]}])),
            "a child must be an earlier node",
        ),
        (
            record(
                header(
                    result=MAX_DEPTH + 1,
                    nodes=[{"kind": "seq", "type": "t", "items": []}]
                    + [{"kind": "seq", "type": "t", "items": [i]} for i in range(MAX_DEPTH + 1)],
                )
            ),
            "nests more than",
        ),
        (
            record(header(result=0, nodes=[{"kind": "text", "type": "str\n", "text": "a"}])),
            "not printable",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_anything_else_is_refused_with_its_reason(data, reason):
    with pytest.raises(RecordError, match=reason.replace("(", r"\(").replace("[", r"\[")):
        decode_run(data)


def test_the_deepest_result_the_child_may_send_is_read():
    nodes = [{"kind": "seq", "type": "t", "items": []}] + [
        {"kind": "seq", "type": "t", "items": [i]} for i in range(MAX_DEPTH)
    ]
    decoded = decode_run(record(header(result=MAX_DEPTH, nodes=nodes)))
    assert isinstance(decoded.result, SeqValue)
