"""Measure what confining a child costs, side by side with children that are not confined, in one run.

The parent is set up like the warm server (numpy and torch imported and warmed up through the
sides' adapters, memory collapsed into huge pages, the sandbox opened). Children take turns
between three kinds, so that load on a shared machine hits all alike: plain (not confined),
confined without cgroups, and fully confined (its own pids and memory cgroups, joined as the
server's children join them). Per child it records:
  call   - time of the child's own confinement work (joining its cgroups and confine(); for plain
           children, nothing)
  parent - the server's share: Sandbox.prepare before the fork and Sandbox.release after reaping
           (making the child's cgroups, then killing what is left and removing them)
  total  - from prepare to the end of release, i.e. what the child costs the server in wall time
Every kind applies the fixed environment, which the engine does anyway. Medians are printed.

Usage: python bench/confine.py [--forks N]
"""

import argparse
import os
import statistics
import struct
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.execute.child.adapters import load_adapter  # noqa: E402
from generator.execute.child.confine import Policy, apply_environment, confine, snippet_environment  # noqa: E402
from generator.execute.child.sandbox import Sandbox  # noqa: E402
from generator.execute.child.warm import collapse_into_huge_pages, prepare  # noqa: E402
from generator.execute.contract import SandboxMode  # noqa: E402
from generator.sides import DEFAULT_SIDES  # noqa: E402

KINDS = ("plain", "no cgroup", "confined")
MEMORY = 1 << 30


def one_child(sandbox: Sandbox, policy: Policy, root: Path, kind: str) -> tuple[float, float, float]:
    """Fork one child of ``kind``, let it confine itself and exit; (call, parent, total) in seconds."""
    workdir = Path(tempfile.mkdtemp(dir=root))
    (workdir / "cwd").mkdir()
    start = time.perf_counter()
    group = sandbox.prepare(MEMORY) if kind == "confined" else None
    rules = sandbox.folder_rules(workdir, ROOT / "snippets" / "walkthrough") if kind != "plain" else ()
    prepared = time.perf_counter()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        os.chdir(workdir / "cwd")
        apply_environment(snippet_environment(workdir / "cwd", 1))
        began = time.perf_counter_ns()
        if group is not None:
            group.join()
        if kind != "plain":
            confine(policy, prepared=rules)
        os.write(write_end, struct.pack("q", time.perf_counter_ns() - began))
        os._exit(0)
    os.close(write_end)
    if rules:
        os.close(rules[0].fd)
    call = struct.unpack("q", os.read(read_end, 8))[0] / 1e9
    os.close(read_end)
    os.waitpid(pid, 0)
    reaped = time.perf_counter()
    sandbox.release(group)
    end = time.perf_counter()
    return call, (prepared - start) + (end - reaped), end - start


def main(argv: list[str] | None = None) -> None:
    """Fork ``--forks`` children of each kind and print the medians of each column."""
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--forks", type=int, default=300, help="children of each kind")
    forks = parser.parse_args(argv).forks
    prepare({side.name: load_adapter(side.adapter) for side in DEFAULT_SIDES}, seed=0)
    collapse_into_huge_pages()
    with tempfile.TemporaryDirectory() as scratch, Sandbox.open(SandboxMode.AUTO) as sandbox:
        print("support:", sandbox.support)
        print("missing:", (sandbox.support.describe_gaps() if sandbox.support else "") or "-", "\n")
        policy = sandbox.policy
        if policy is None:
            raise SystemExit("the sandbox is off: nothing to measure")
        uncounted = replace(policy, max_processes=None)
        samples: dict[str, list[tuple[float, float, float]]] = {kind: [] for kind in KINDS}
        for _ in range(forks):
            for kind in KINDS:
                chosen = uncounted if kind == "no cgroup" else policy
                samples[kind].append(one_child(sandbox, chosen, Path(scratch), kind))
    for name, rows in samples.items():
        call, parent, total = (statistics.median(column) * 1e3 for column in zip(*rows, strict=True))
        print(f"{name:9s} call {call:6.3f}  parent {parent:6.3f}  total {total:6.3f} ms  ({len(rows)} forks)")


if __name__ == "__main__":
    main()
