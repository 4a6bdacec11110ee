"""What every benchmark script prints and records the same way: its table, and who measured where."""

import os
import platform
from datetime import UTC, datetime
from typing import Any

from generator.execute.requests import installed_versions


def print_table(name: str, rows: list[tuple[str, str]]) -> None:
    """``<name> benchmark on <machine>, versions ...``, then one aligned line per row."""
    width = max(len(label) for label, _ in rows)
    print(
        f"{name} benchmark on {platform.machine()}, {os.cpu_count()} cores, versions {installed_versions()}"
    )
    for label, value in rows:
        print(f"{label.ljust(width)}  {value}")


def record_header() -> dict[str, Any]:
    """The fields every recorded result starts with: the date, the machine and the versions."""
    return {
        "date": datetime.now(UTC).date().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "versions": installed_versions(),
    }
