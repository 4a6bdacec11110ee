"""Measure what confining a child costs, side by side with children that are not confined, in one run.

The parent is set up like the warm server (numpy and torch imported, warmed up, memory collapsed
into huge pages). Children take turns between three kinds, so that load on a shared machine hits
all alike: plain (not confined), confined without the pids cgroup, and fully confined. Joining a
fresh cgroup costs the child one RCU grace period when no other migration happened just before,
hence the separate column. Per child it records:
  call   - time of the child's own confinement work (confine(); for plain children, nothing)
  parent - the server's share: Sandbox.prepare before fork and Sandbox.release after reaping
           (creating, then killing and removing the child's cgroup)
  total  - from prepare to the end of release, i.e. what the child costs the server in wall time
Both kinds apply the fixed environment, which the engine does anyway. Medians are printed.

Usage: python bench/confine.py [--forks N]
"""

import argparse
import dataclasses
import os
import statistics
import struct
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy  # noqa: E402, F401
import torch  # noqa: E402, F401
from generator.warm import collapse_into_huge_pages, warm_up  # noqa: E402

from generator.execute.child.confine import apply_environment, confine, snippet_environment  # noqa: E402
from generator.execute.child.sandbox import Sandbox, SandboxMode  # noqa: E402

KINDS = ("plain", "no cgroup", "confined")


def one_child(sandbox: Sandbox, root: Path, kind: str) -> tuple[float, float, float]:
    workdir = Path(tempfile.mkdtemp(dir=root))
    (workdir / "cwd").mkdir()
    start = time.perf_counter()
    policy = None if kind == "plain" else sandbox.prepare()
    if policy is not None and kind == "no cgroup":
        policy = dataclasses.replace(policy, cgroup=None)
    prepared = time.perf_counter()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        os.chdir(workdir / "cwd")
        apply_environment(snippet_environment(workdir / "cwd", 1))
        began = time.perf_counter_ns()
        if policy is not None:
            confine(workdir / "cwd", [workdir], policy)
        os.write(write_end, struct.pack("q", time.perf_counter_ns() - began))
        os._exit(0)
    os.close(write_end)
    call = struct.unpack("q", os.read(read_end, 8))[0] / 1e9
    os.close(read_end)
    os.waitpid(pid, 0)
    reaped = time.perf_counter()
    sandbox.release(policy)
    end = time.perf_counter()
    return call, (prepared - start) + (end - reaped), end - start


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--forks", type=int, default=300, help="children of each kind")
    forks = parser.parse_args().forks
    warm_up()
    collapse_into_huge_pages()
    with tempfile.TemporaryDirectory() as scratch, Sandbox.open(SandboxMode.AUTO) as sandbox:
        print("support:", sandbox.support)
        print("missing:", sandbox.support.describe_gaps() if sandbox.support else "-", "\n")
        samples: dict[str, list[tuple[float, float, float]]] = {kind: [] for kind in KINDS}
        for _ in range(forks):
            for kind in KINDS:
                samples[kind].append(one_child(sandbox, Path(scratch), kind))
    for name, rows in samples.items():
        call, parent, total = (statistics.median(column) * 1e3 for column in zip(*rows, strict=True))
        print(f"{name:9s} call {call:6.3f}  parent {parent:6.3f}  total {total:6.3f} ms  ({len(rows)} forks)")


if __name__ == "__main__":
    main()
