"""The record's decoder at every limit and on every malformed field: what it accepts and its exact refusals.

``test_record.py`` sends runs across and checks a sample of refusals; here each limit is tried at
its edge (the largest value accepted, the next refused) and each refusal's message is checked in
full, since the message is what the build shows for a forged record. A decoder that let one more
byte, one more entry or one wrong type through would let a forged run reach the pages.
"""

import json
import struct
from typing import Any

import numpy as np
import pytest
from records import header as run
from records import record

from generator.execute.decode import decode_run
from generator.execute.record import (
    FIGURE_CAP,
    KEY_CAP,
    MAGIC,
    MAX_API_NAMES,
    MAX_BASES,
    MAX_DEPTH,
    MAX_DIMENSIONS,
    MAX_FIGURES,
    MAX_NODES,
    MESSAGE_CAP,
    NAME_CAP,
    RECORD_CAP,
    TEXT_CAP,
    TRACEBACK_CAP,
    RecordError,
    printable,
)
from generator.execute.runs import Fault, FaultKind, Figure, RaisedError
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue
from generator.timer import Timing

START = len(MAGIC) + 8
"""Where a record's header begins: after the magic and the header's length."""


def result(*nodes: dict[str, Any], blob: bytes = b"") -> bytes:
    """A run whose result is the last of ``nodes``."""
    return record(run(result=len(nodes) - 1, nodes=list(nodes)), blob)


def text(value: str | None = "a", kind: str = "str") -> dict[str, Any]:
    return {"kind": "text", "type": kind, "text": value}


def seq(*items: int, kind: str = "tuple") -> dict[str, Any]:
    return {"kind": "seq", "type": kind, "items": list(items)}


def array(layout: str = "<f8", shape: object = (1,), data: object = (0, 8), **changes: Any) -> dict[str, Any]:
    node = {"kind": "array", "type": "numpy.ndarray", "dtype": "float64", "shape": list(shape)}
    return node | {"format": layout, "data": list(data)} | changes  # type: ignore[arg-type]


def ints(values: list[object], shape: object = None) -> dict[str, Any]:
    dims = [len(values)] if shape is None else shape
    return {"kind": "ints", "type": "int", "dtype": "int", "shape": dims, "values": values}


def error(**changes: object) -> dict[str, object]:
    return {"type": "ValueError", "message": "m", "traceback": "t", "bases": ["Exception"]} | changes


def fault(**changes: object) -> dict[str, object]:
    return {"kind": "crash", "message": "m", "traceback": "t"} | changes


def timing(**changes: object) -> dict[str, object]:
    return {"median": 1e-6, "spread": 0.1, "loops": 10, "repeats": 3, "threads": 1, "best": 9e-7} | changes


def figure(number: object = 1, span: object = (0, 6)) -> dict[str, object]:
    return {"number": number, "svg": list(span)}  # type: ignore[call-overload]


def refusal(data: bytes) -> str:
    with pytest.raises(RecordError) as refused:
        decode_run(data)
    return str(refused.value)


def shown(value: object) -> str:
    return printable(repr(value), 80)


EIGHT = struct.pack("<d", 2.5)
SVG = b"<svg/>"
REFUSALS: dict[str, tuple[bytes, str]] = {
    "not-a-record": (b"np2t-run 2\n" + bytes(20), "it does not start as a record does"),
    "magic-alone": (MAGIC + bytes(7), "it does not start as a record does"),
    "empty-header": (MAGIC + bytes(8), "its header is not the JSON of a record (JSONDecodeError)"),
    "header-past-end": (
        record(run(), claimed=len(json.dumps(run())) + 1),
        "its header runs past its end",
    ),
    "infinity": (
        record(b'{"seconds": Infinity}'),
        "its header is not the JSON of a record: Infinity is not a number a record holds",
    ),
    "minus-infinity": (
        record(b'{"seconds": -Infinity, "api": NaN}'),
        "its header is not the JSON of a record: -Infinity is not a number a record holds",
    ),
    "header-list": (record([run()]), "record: expected an object, found list"),
    "missing": (
        record({k: v for k, v in run().items() if k not in ("api", "seconds")}),
        "record: missing api, seconds",
    ),
    "extra": (record(run(extra=1, other=2)), "record: unknown fields ['extra', 'other']"),
    "nodes-not-list": (record(run(result=0, nodes={})), "nodes: expected a list, found dict"),
    "nodes-too-many": (
        record(run(result=0, nodes=[0] * (MAX_NODES + 1))),
        f"nodes: {MAX_NODES + 1} entries, more than {MAX_NODES}",
    ),
    "seconds-negative": (
        record(run(seconds=-0.5)),
        "seconds: expected a finite number of at least 0, found -0.5",
    ),
    "seconds-infinite": (
        record(json.dumps(run()).replace('"seconds": 0.1', '"seconds": 1e400').encode()),
        "seconds: expected a finite number of at least 0, found inf",
    ),
    "seconds-bool": (
        record(run(seconds=True)),
        "seconds: expected a finite number of at least 0, found True",
    ),
    "seconds-text": (
        record(run(seconds="1")),
        "seconds: expected a finite number of at least 0, found '1'",
    ),
    "api-not-list": (record(run(api="numpy.add")), "api: expected a list, found str"),
    "api-too-many": (
        record(run(api=["a"] * (MAX_API_NAMES + 1))),
        f"api: {MAX_API_NAMES + 1} entries, more than {MAX_API_NAMES}",
    ),
    "api-markup": (record(run(api=["a.b c"])), "api: 'a.b c' is not a dotted Python name"),
    "api-long-markup": (
        record(run(api=["<" * NAME_CAP])),
        f"api: {shown('<' * NAME_CAP)} is not a dotted Python name",
    ),
    "api-too-long": (
        record(run(api=["a" * (NAME_CAP + 1)])),
        f"api name: {NAME_CAP + 1} characters, more than {NAME_CAP}",
    ),
    "api-number": (record(run(api=[1])), "api name: expected a string, found int"),
    "figures-not-list": (record(run(figures={})), "figures: expected a list, found dict"),
    "figures-too-many": (
        record(run(figures=[figure()] * (MAX_FIGURES + 1)), SVG),
        f"figures: {MAX_FIGURES + 1} entries, more than {MAX_FIGURES}",
    ),
    "figure-not-object": (record(run(figures=[[1, 0, 6]]), SVG), "figure: expected an object, found list"),
    "figure-zero": (
        record(run(figures=[figure(0)]), SVG),
        "figure number: expected an integer from 1 to 2147483647, found 0",
    ),
    "figure-too-large-number": (
        record(run(figures=[figure(1 << 31)]), SVG),
        "figure number: expected an integer from 1 to 2147483647, found 2147483648",
    ),
    "figure-span": (
        record(run(figures=[figure(1, [0])]), SVG),
        "figure: expected an [offset, length] pair",
    ),
    "figure-span-text": (
        record(run(figures=[figure(1, "0,6")]), SVG),
        "figure: expected an [offset, length] pair",
    ),
    "figure-offset": (
        record(run(figures=[figure(1, [7, 0])]), SVG),
        "figure offset: expected an integer from 0 to 6, found 7",
    ),
    "figure-length": (
        record(run(figures=[figure(1, [1, 6])]), SVG),
        "figure length: expected an integer from 0 to 5, found 6",
    ),
    "figure-bytes": (record(run(figures=[figure(1, [0, 2])]), b"\xff\xfe"), "figure 1 is not UTF-8 text"),
    "figure-too-big": (
        record(run(figures=[figure(1, [0, FIGURE_CAP + 1])]), b"<" * (FIGURE_CAP + 1)),
        f"figure 1 is {FIGURE_CAP + 1} bytes, more than the {FIGURE_CAP} a figure may be",
    ),
    "error-text": (record(run(error="ValueError")), "error: expected an object, found str"),
    "error-missing": (
        record(run(error={"type": "E", "message": ""})),
        "error: missing bases, traceback",
    ),
    "error-type": (
        record(run(error=error(type="E\n"))),
        "the name 'E\\n' has characters that are not printable",
    ),
    "error-type-number": (record(run(error=error(type=3))), "name: expected a string, found int"),
    "error-message-control": (
        record(run(error=error(message="a\x1bb"))),
        "error message: a control character",
    ),
    "error-message-long": (
        record(run(error=error(message="m" * (MESSAGE_CAP + 1)))),
        f"error message: {MESSAGE_CAP + 1} characters, more than {MESSAGE_CAP}",
    ),
    "error-traceback-control": (
        record(run(error=error(traceback="\x07"))),
        "error traceback: a control character",
    ),
    "error-traceback-long": (
        record(run(error=error(traceback="t" * (TRACEBACK_CAP + 1)))),
        f"error traceback: {TRACEBACK_CAP + 1} characters, more than {TRACEBACK_CAP}",
    ),
    "error-bases-text": (record(run(error=error(bases="E"))), "error bases: expected a list, found str"),
    "error-bases-many": (
        record(run(error=error(bases=["E"] * (MAX_BASES + 1)))),
        f"error bases: {MAX_BASES + 1} entries, more than {MAX_BASES}",
    ),
    "fault-text": (record(run(fault="crash")), "fault: expected an object, found str"),
    "fault-kind": (record(run(fault=fault(kind="pwned"))), "fault: unknown kind 'pwned'"),
    "fault-kind-list": (record(run(fault=fault(kind=[]))), "fault: unknown kind []"),
    "fault-message-control": (
        record(run(fault=fault(message="\x00"))),
        "fault message: a control character",
    ),
    "fault-message-long": (
        record(run(fault=fault(message="m" * (MESSAGE_CAP + 1)))),
        f"fault message: {MESSAGE_CAP + 1} characters, more than {MESSAGE_CAP}",
    ),
    "fault-traceback-control": (
        record(run(fault=fault(traceback="\x9b"))),
        "fault traceback: a control character",
    ),
    "fault-traceback-long": (
        record(run(fault=fault(traceback="t" * (TRACEBACK_CAP + 1)))),
        f"fault traceback: {TRACEBACK_CAP + 1} characters, more than {TRACEBACK_CAP}",
    ),
    "timing-list": (record(run(timing=[1])), "timing: expected an object, found list"),
    "timing-median": (
        record(run(timing=timing(median=None))),
        "timing median: expected a finite number of at least 0, found None",
    ),
    "timing-spread": (
        record(run(timing=timing(spread=-1))),
        "timing spread: expected a finite number of at least 0, found -1",
    ),
    "timing-best": (
        record(run(timing=timing(best="0"))),
        "timing best: expected a finite number of at least 0, found '0'",
    ),
    "timing-loops-zero": (
        record(run(timing=timing(loops=0))),
        f"timing loops: expected an integer from 1 to {(1 << 62) - 1}, found 0",
    ),
    "timing-loops-huge": (
        record(run(timing=timing(loops=1 << 62))),
        f"timing loops: expected an integer from 1 to {(1 << 62) - 1}, found {1 << 62}",
    ),
    "timing-loops-float": (
        record(run(timing=timing(loops=1.0))),
        f"timing loops: expected an integer from 1 to {(1 << 62) - 1}, found 1.0",
    ),
    "timing-repeats-zero": (
        record(run(timing=timing(repeats=0))),
        f"timing repeats: expected an integer from 1 to {(1 << 20) - 1}, found 0",
    ),
    "timing-repeats-huge": (
        record(run(timing=timing(repeats=1 << 20))),
        f"timing repeats: expected an integer from 1 to {(1 << 20) - 1}, found {1 << 20}",
    ),
    "timing-threads-zero": (
        record(run(timing=timing(threads=0))),
        f"timing threads: expected an integer from 1 to {(1 << 16) - 1}, found 0",
    ),
    "timing-threads-huge": (
        record(run(timing=timing(threads=1 << 16))),
        f"timing threads: expected an integer from 1 to {(1 << 16) - 1}, found {1 << 16}",
    ),
    "timing-threads-bool": (
        record(run(timing=timing(threads=True))),
        f"timing threads: expected an integer from 1 to {(1 << 16) - 1}, found True",
    ),
    "note-control": (record(run(timing_note="\x1b[2J")), "timing_note: a control character"),
    "note-long": (
        record(run(timing_note="n" * (MESSAGE_CAP + 1))),
        f"timing_note: {MESSAGE_CAP + 1} characters, more than {MESSAGE_CAP}",
    ),
    "note-number": (record(run(timing_note=1)), "timing_note: expected a string, found int"),
    "root-not-last": (
        record(run(result=0, nodes=[text(), text()])),
        "result: the root must be the last node",
    ),
    "root-bool": (
        record(run(result=True, nodes=[text(), seq(0)])),
        "result: the root must be the last node",
    ),
    "root-text": (record(run(result="0", nodes=[text()])), "result: the root must be the last node"),
    "root-without-nodes": (record(run(result=0)), "result: the root must be the last node"),
    "orphan": (result(text(), text()), "result: a node belongs to no container"),
    "node-list": (result([1]), "node 0: not a node of a known kind"),
    "node-kind": (result({"kind": "pickle", "type": "t"}), "node 0: not a node of a known kind"),
    "node-not-object": (result(text(), 5), "node 1: not a node of a known kind"),
    "text-fields": (result({"kind": "text", "type": "str"}), "node 0: missing text"),
    "text-extra": (result(text() | {"bytes": 1}), "node 0: unknown fields ['bytes']"),
    "text-long": (
        result(text("a" * (TEXT_CAP + 1))),
        f"node 0 text: {TEXT_CAP + 1} characters, more than {TEXT_CAP}",
    ),
    "text-number": (result(text(1)), "node 0 text: expected a string, found int"),  # type: ignore[arg-type]
    "text-type": (result(text(kind="str\x1b")), "the name 'str\\x1b' has characters that are not printable"),
    "seq-fields": (result({"kind": "seq", "type": "t"}), "node 0: missing items"),
    "seq-items": (
        result({"kind": "seq", "type": "t", "items": 0}),
        "node 0 items: expected a list, found int",
    ),
    "seq-self": (result(seq(0)), "node 0: a child must be an earlier node"),
    "seq-later": (result(text(), seq(2), seq(1)), "node 1: a child must be an earlier node"),
    "seq-negative": (result(text(), seq(-1)), "node 1: a child must be an earlier node"),
    "seq-bool": (result(text(), seq(True)), "node 1: a child must be an earlier node"),  # type: ignore[arg-type]
    "seq-text-index": (
        result(text(), {"kind": "seq", "type": "t", "items": ["0"]}),
        "node 1: a child must be an earlier node",
    ),
    "seq-twice": (result(text(), seq(0, 0)), "node 1: node 0 is used twice"),
    "seq-shared": (result(text(), seq(0), seq(0, 1)), "node 2: node 0 is used twice"),
    "map-fields": (result({"kind": "map", "type": "dict"}), "node 0: missing items"),
    "map-items": (
        result({"kind": "map", "type": "dict", "items": {}}),
        "node 0 items: expected a list, found dict",
    ),
    "map-pair": (
        result(text(), {"kind": "map", "type": "dict", "items": [["k", 0, 1]]}),
        "node 1: a dict item must be a [key, node] pair",
    ),
    "map-pair-text": (
        result(text(), {"kind": "map", "type": "dict", "items": ["k0"]}),
        "node 1: a dict item must be a [key, node] pair",
    ),
    "map-key-control": (
        result(text(), {"kind": "map", "type": "dict", "items": [["a\x1b", 0]]}),
        "node 1 key: a control character",
    ),
    "map-key-long": (
        result(text(), {"kind": "map", "type": "dict", "items": [["k" * (KEY_CAP + 1), 0]]}),
        f"node 1 key: {KEY_CAP + 1} characters, more than {KEY_CAP}",
    ),
    "map-type": (
        result(text(), {"kind": "map", "type": 1, "items": [["k", 0]]}),
        "name: expected a string, found int",
    ),
    "array-fields": (
        result({"kind": "array", "type": "t", "dtype": "d"}),
        "node 0: missing data, format, shape",
    ),
    "array-format-long": (
        result(array("<" + "f" * 32)),
        "node 0 format: 33 characters, more than 32",
    ),
    "array-format": (result(array("<f8x")), "node 0: '<f8x' is not a plain array format"),
    "array-object": (result(array("|O8")), "node 0: '|O8' is not a plain array format"),
    "array-unit": (result(array("<M8[xyz]")), "node 0: '<M8[xyz]' is not an array format"),
    "array-empty-items": (result(array("<U0", data=(0, 0))), "node 0: '<U0' is not a plain array format"),
    "array-empty-bytes": (result(array("|S0", data=(0, 0))), "node 0: '|S0' is not a plain array format"),
    "array-format-number": (result(array(8)), "node 0 format: expected a string, found int"),  # type: ignore[arg-type]
    "array-shape-text": (
        result(array(shape="1")),
        "node 0 shape: expected an integer from 0 to 1099511627775, found '1'",
    ),
    "array-shape-not-list": (result(array() | {"shape": 1}), "node 0 shape: expected a list, found int"),
    "array-shape-negative": (
        result(array(shape=(-1,))),
        "node 0 shape: expected an integer from 0 to 1099511627775, found -1",
    ),
    "array-shape-huge": (
        result(array(shape=(1 << 40,))),
        f"node 0 shape: expected an integer from 0 to 1099511627775, found {1 << 40}",
    ),
    "array-dimensions": (
        result(array(shape=(1,) * (MAX_DIMENSIONS + 1))),
        f"node 0 shape: {MAX_DIMENSIONS + 1} entries, more than {MAX_DIMENSIONS}",
    ),
    "array-span": (result(array(data=(0,))), "node 0: expected an [offset, length] pair"),
    "array-offset": (
        result(array(data=(9, 0)), blob=EIGHT),
        "node 0 offset: expected an integer from 0 to 8, found 9",
    ),
    "array-length": (
        result(array(data=(4, 5)), blob=EIGHT),
        "node 0 length: expected an integer from 0 to 4, found 5",
    ),
    "array-size": (
        result(array(shape=(2,)), blob=EIGHT),
        "node 0: 8 bytes do not hold shape (2,) of <f8",
    ),
    "array-dtype": (result(array(dtype=None), blob=EIGHT), "name: expected a string, found NoneType"),
    "array-type": (
        result(array(type="a\nb"), blob=EIGHT),
        "the name 'a\\nb' has characters that are not printable",
    ),
    "ints-count": (result(ints(["1", "2"], shape=[3])), "node 0: 2 integers do not fill shape (3,)"),
    "ints-number": (result(ints([5])), "node 0: 5 is not an integer in decimal"),
    "ints-float": (result(ints(["1.5"])), "node 0: '1.5' is not an integer in decimal"),
    "ints-plus": (result(ints(["+1"])), "node 0: '+1' is not an integer in decimal"),
    "ints-long": (result(ints(["9" * 4301])), f"node 0: {shown('9' * 4301)} is not an integer in decimal"),
    "ints-values": (result(ints([]) | {"values": "12"}), "node 0 values: expected a list, found str"),
    "ints-shape": (
        result(ints(["1"], shape=[-1])),
        "node 0 shape: expected an integer from 0 to 1099511627775, found -1",
    ),
}


@pytest.mark.parametrize(("data", "reason"), REFUSALS.values(), ids=REFUSALS.keys())
def test_a_malformed_record_is_refused_with_its_exact_reason(data, reason):
    assert refusal(data) == reason


def test_a_record_one_byte_over_the_cap_is_refused_and_one_at_the_cap_read():
    head = record(run())
    at_cap = head + bytes(RECORD_CAP - len(head))
    assert decode_run(at_cap).seconds == 0.1
    over = at_cap + b"\0"
    assert refusal(over) == f"it is {RECORD_CAP + 1} bytes, more than the {RECORD_CAP} a record may be"


def test_a_header_that_ends_exactly_at_the_end_is_read():
    assert decode_run(record(run())).result is None


def test_a_run_without_outputs_given_has_empty_ones_and_keeps_what_it_recorded():
    data = record(
        run(
            error=error(message="line\n\ttab", traceback="Traceback\n\tline"),
            fault=fault(kind="timeout", message="slow\n", traceback="tb\t"),
            api=["numpy.add", "torch.Tensor.sum"],
            timing=timing(threads=None),
            timing_note="raised\tonce\n",
            seconds=0,
        )
    )
    decoded = decode_run(data)
    assert (decoded.stdout, decoded.stderr) == ("", "")
    assert decoded.error == RaisedError("ValueError", "line\n\ttab", "Traceback\n\tline", ("Exception",))
    assert decoded.fault == Fault(FaultKind.TIMEOUT, "slow\n", "tb\t")
    assert decoded.api == ("numpy.add", "torch.Tensor.sum")
    assert decoded.timing == Timing(1e-6, 0.1, 10, 3, None, 9e-7)
    assert decoded.timing_note == "raised\tonce\n"
    assert decoded.seconds == 0.0
    assert decoded.result is None
    given = decode_run(data, "out", "err")
    assert (given.stdout, given.stderr) == ("out", "err")


def test_optional_fields_may_be_left_out_and_seconds_may_be_none():
    decoded = decode_run(record(run(seconds=None)))
    assert (decoded.seconds, decoded.timing, decoded.timing_note, decoded.figures) == (None, None, "", ())


def test_each_limit_is_accepted_at_its_edge():
    edge = record(
        run(
            api=["a"] * MAX_API_NAMES,
            error=error(
                type="E" * NAME_CAP,
                message="m" * MESSAGE_CAP,
                traceback="t" * TRACEBACK_CAP,
                bases=["B"] * MAX_BASES,
            ),
            figures=[figure(n, [0, 6]) for n in range(1, MAX_FIGURES)] + [figure((1 << 31) - 1, [0, 6])],
            timing=timing(loops=(1 << 62) - 1, repeats=(1 << 20) - 1, threads=(1 << 16) - 1, median=0),
            timing_note="n" * MESSAGE_CAP,
        ),
        SVG,
    )
    decoded = decode_run(edge)
    assert len(decoded.api) == MAX_API_NAMES
    assert len(decoded.error.bases) == MAX_BASES
    assert [f.number for f in decoded.figures] == [*range(1, MAX_FIGURES), (1 << 31) - 1]
    assert decoded.figures[0] == Figure(1, "<svg/>")
    assert decoded.timing == Timing(0.0, 0.1, (1 << 62) - 1, (1 << 20) - 1, (1 << 16) - 1, 9e-7)
    assert decoded.timing_note == "n" * MESSAGE_CAP


def test_a_figure_of_exactly_the_cap_is_read():
    svg = b"<svg>" + b" " * (FIGURE_CAP - 11) + b"</svg>"
    decoded = decode_run(record(run(figures=[figure(2, [0, FIGURE_CAP])]), svg))
    assert decoded.figures == (Figure(2, svg.decode()),)


def test_every_kind_of_node_is_read_with_its_names():
    nodes = [
        text(None, "NoneType"),
        text("é\x00\x1b", "str"),
        array("<i4", (2, 2), (0, 16), type="torch.Tensor", dtype="torch.int32"),
        array("<f8", (0, 3), (16, 0)),
        ints(["-12", "9" * 4300], [2]),
        seq(0, 1, kind="list"),
        {"kind": "map", "type": "dict", "items": [["a\tb", 2], ["", 3], ["ints", 4], ["seq", 5]]},
    ]
    blob = np.array([[1, 2], [3, 4]], dtype="<i4").tobytes()
    decoded = decode_run(result(*nodes, blob=blob)).result
    assert isinstance(decoded, MapValue)
    assert decoded.type_name == "dict"
    items = dict(decoded.items)
    assert list(items) == ["a\tb", "", "ints", "seq"]
    block = items["a\tb"]
    assert isinstance(block, ArrayValue)
    assert (block.type_name, block.dtype) == ("torch.Tensor", "torch.int32")
    assert block.array.tolist() == [[1, 2], [3, 4]]
    assert block.array.flags.writeable
    assert items[""].array.shape == (0, 3)
    assert items["ints"].array.tolist() == [-12, int("9" * 4300)]
    assert items["ints"].dtype == "int"
    assert items["seq"] == SeqValue((TextValue(None, "NoneType"), TextValue("é\x00\x1b", "str")), "list")


def test_the_deepest_nesting_is_read_and_one_more_is_refused():
    deepest = [seq()] + [seq(i) for i in range(MAX_DEPTH)]
    assert isinstance(decode_run(result(*deepest)).result, SeqValue)
    wide = [text(), text(), seq(0), seq(1, 2)]
    assert decode_run(result(*wide)).result == SeqValue(
        (TextValue("a", "str"), SeqValue((TextValue("a", "str"),), "tuple")), "tuple"
    )
    too_deep = [*deepest, seq(MAX_DEPTH)]
    assert refusal(result(*too_deep)) == f"the result nests more than {MAX_DEPTH} containers deep"


def test_a_result_of_the_most_nodes_is_read():
    nodes = [text()] * (MAX_NODES - 1) + [seq(*range(MAX_NODES - 1), kind="list")]
    decoded = decode_run(result(*nodes)).result
    assert isinstance(decoded, SeqValue)
    assert len(decoded.items) == MAX_NODES - 1


def test_an_array_may_end_exactly_at_the_end_of_the_record():
    decoded = decode_run(result(array(data=(8, 0), shape=(0,)), blob=EIGHT)).result
    assert decoded.array.shape == (0,)
    decoded = decode_run(result(array(data=(0, 8)), blob=EIGHT)).result
    assert decoded.array.tolist() == [2.5]


def test_a_dimension_of_the_largest_size_is_read_when_its_bytes_are_there():
    decoded = decode_run(result(array(shape=((1 << 40) - 1, 0), data=(0, 0)))).result
    assert decoded.array.shape == ((1 << 40) - 1, 0)
    assert refusal(result(array(shape=((1 << 40) - 1,), data=(0, 8)), blob=EIGHT)) == (
        f"node 0: 8 bytes do not hold shape ({(1 << 40) - 1},) of <f8"
    )


def test_the_longest_api_name_is_read():
    assert decode_run(record(run(api=["a" * NAME_CAP]))).api == ("a" * NAME_CAP,)


def test_depth_counts_from_the_leaf_wherever_the_leaf_stands_in_the_nodes():
    """A leaf after the first node is one level deep too: the nesting above it may reach the limit."""

    def nested(containers: int) -> list[dict[str, Any]]:
        chain = [seq(index - 1) for index in range(2, containers + 1)]
        return [text(), text(), *chain, seq(0, containers)]

    assert isinstance(decode_run(result(*nested(MAX_DEPTH))).result, SeqValue)
    refused = refusal(result(*nested(MAX_DEPTH + 1)))
    assert refused == f"the result nests more than {MAX_DEPTH} containers deep"


def test_a_node_of_integers_with_an_unknown_field_is_refused_at_its_place():
    assert refusal(result(text(), ints([1]) | {"extra": 1})) == "node 1: unknown fields ['extra']"
