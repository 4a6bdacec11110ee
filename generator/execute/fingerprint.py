"""The machine a timing was taken on, in a few stable words: timings hold only there.

Part of the timing cache's key, and shown beside the timings: the CPU model, the cores this
process may use, the architecture and the kernel release. The one place that reads the CPU's
model and counts the usable cores: the engine's default worker count, the measurements and the
benchmarks take them from here.
"""

import os
import platform
from functools import cache
from pathlib import Path


@cache
def machine_fingerprint() -> str:
    """``<cpu model>; <n> cores; <machine>; Linux <release>``."""
    system = f"{platform.system()} {platform.release()}"
    return f"{cpu_model()}; {usable_cores()} cores; {platform.machine()}; {system}"


@cache
def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo, or what ``platform`` knows elsewhere."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def usable_cores() -> int:
    """The cores this process may run on (its affinity mask), the thread count a timing should use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1
