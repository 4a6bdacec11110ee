"""Run records made by hand, for the tests of the decoder, the record format and the engine's refusals.

A record is the magic, the header's length, the JSON header and the raw array bytes
(``generator/execute/record.py``); these build one field by field so a test can forge any part.
"""

import json
import struct

from generator.execute.record import MAGIC

RUN_FIELDS: dict[str, object] = {
    "error": None,
    "fault": None,
    "result": None,
    "nodes": [],
    "seconds": 0.1,
    "api": [],
    "figures": [],
}
"""The header of a record of a run that bound ``None`` and took 0.1 s."""


def header(**fields: object) -> dict[str, object]:
    """``RUN_FIELDS`` with ``fields`` changed or added."""
    return RUN_FIELDS | fields


def record(header: object, blob: bytes = b"", *, claimed: int | None = None) -> bytes:
    """A record's bytes: ``header`` as JSON (or the bytes given), its length (or ``claimed``), ``blob``."""
    text = header if isinstance(header, bytes) else json.dumps(header).encode()
    return MAGIC + struct.pack(">Q", len(text) if claimed is None else claimed) + text + blob
