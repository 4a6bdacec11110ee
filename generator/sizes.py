"""Byte sizes as people type them (``512 MiB``) and as messages show them: one format both ways."""

import re

_SIZE = re.compile(r"^\s*(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>KiB|MiB|GiB)\s*$")
_UNITS = {"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30}


def parse_size(text: str) -> int:
    """Parse a memory size such as ``"512 MiB"`` or ``"4 GiB"`` into bytes."""
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"expected a size such as '512 MiB' or '4 GiB', got {text[:40]!r}")
    return int(float(match["number"]) * _UNITS[match["unit"]])


def format_size(size: int) -> str:
    """Render a byte count the way the options take it (``64 KiB``, ``4 GiB``)."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale and size % scale == 0:
            return f"{size // scale} {unit}"
    return f"{size} bytes"
