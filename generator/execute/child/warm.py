"""What the warm server does once, before its first fork: load and seed the libraries, compact its memory."""

import ctypes
import platform
import random
from collections.abc import Mapping
from importlib import import_module
from pathlib import Path

from generator.execute.child.adapters import Adapter

_HUGE = 2 << 20
_MADV_HUGEPAGE, _MADV_COLLAPSE = 14, 25


def collapse_into_huge_pages() -> None:
    """Back the server's anonymous memory with 2 MiB pages, where the kernel can.

    Fork copies one page-table entry per 4 KiB page of the parent's anonymous memory (about 150 MB
    once torch is imported) and the child's exit frees them again: that dominates the cost of a
    snippet. With huge pages it is one entry per 2 MiB; a child that writes to one splits just that
    mapping. Measured here (Linux 6.18, 2 cores), fork plus exit of a child that runs a small torch
    operation fell from 15.0 to 5.9 ms of CPU. Kernels without MADV_COLLAPSE (before 6.1) refuse
    the request and nothing changes.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    libc.madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    for start, end in _anonymous_regions():
        first, last = (start + _HUGE - 1) & ~(_HUGE - 1), end & ~(_HUGE - 1)
        if last > first:
            libc.madvise(first, last - first, _MADV_HUGEPAGE)
            libc.madvise(first, last - first, _MADV_COLLAPSE)


def _anonymous_regions() -> list[tuple[int, int]]:
    """Writable private anonymous mappings and the heap, from /proc/self/maps."""
    regions = []
    for line in Path("/proc/self/maps").read_text().splitlines():
        fields = line.split()
        anonymous = len(fields) == 5 or fields[5] == "[heap]"
        if anonymous and fields[1].startswith("rw") and fields[1].endswith("p"):
            start, end = (int(bound, 16) for bound in fields[0].split("-"))
            regions.append((start, end))
    return regions


def prepare(adapters: Mapping[str, Adapter], seed: int) -> dict[str, str]:
    """Import every side's modules, warm them up and seed them once, before any fork; return versions.

    matplotlib is not among them, nor what a library loads on a feature's first use: the server
    prepares each before the first child whose snippet names it (``figures.MATPLOTLIB``, the
    adapters' ``PREPARATIONS``), so a build that runs no such snippet (one edit, say) does not
    wait for it.

    The server never draws from the generators, so every child starts from this freshly seeded
    state without paying for seeding itself. Python's own ``random`` reseeds itself in every
    forked child (an at-fork hook), so the child seeds it again.
    """
    random.seed(seed)
    versions = {"python": platform.python_version()}
    for side, adapter in adapters.items():
        for module in adapter.modules:
            import_module(module)
        adapter.warm_up()
        adapter.seed(seed)
        found = adapter.version()
        if found is not None:
            versions[side] = found
    return versions
