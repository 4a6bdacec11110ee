"""Byte sizes as people type them (``512 MiB``) and as messages show them: one format both ways."""

import re

_SIZE = re.compile(r"^\s*(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>KiB|MiB|GiB)\s*$")
_UNITS = {"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30}
_LIMIT = 1 << 63
"""A resource limit is a signed 64-bit number: no larger size could ever be set."""


def parse_size(text: str) -> int:
    """Parse a memory size such as ``"512 MiB"`` or ``"4 GiB"`` into bytes."""
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"expected a size such as '512 MiB' or '4 GiB', got {text[:40]!r}")
    size = float(match["number"]) * _UNITS[match["unit"]]
    if size >= _LIMIT:
        raise ValueError(
            f"expected a size below 8 EiB (the largest limit the kernel holds), got {text[:40]!r}"
        )
    return int(size)


def format_size(size: int) -> str:
    """Render a byte count the way the options take it (``64 KiB``, ``4 GiB``)."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale and size % scale == 0:
            return f"{size // scale} {unit}"
    return f"{size} bytes"
