"""Benchmark the author's loop on the real catalog: edit a snippet, see the page; build with nothing changed.

Copies snippets/ (and the run cache, when there is one) into a temporary checkout, then measures:
  builds    - a full site build by each installed builder (MkDocs, Zensical) into a fresh folder,
              alternating, so their times are side by side
  no-change - ``build`` again with nothing changed (site/ is left as it is)
  preview   - ``serve`` on the checkout: how many times it regenerates while nothing changes, then
              five edits of one snippet, each timed from the write until the served page, polled
              over HTTP, shows the new output
  moved     - the checkout moved to another folder and built again: how many snippets executed
Timings on a shared machine are noisy: the figures are medians, and the builders are compared
within this run.

Usage: python bench/loop.py [--builder mkdocs|zensical] [--idle SECONDS] [--record FILE]
The last line printed is the summary that tools read:
  edit to page: X s; idle regenerations: N; no-change build: Y s; moved checkout executed: Z snippets
"""

import argparse
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from results_table import print_table, record_header  # noqa: E402

EDITED = "reductions/cov-int-dtype.torch.py"
"""The snippet the preview benchmark edits; its section page is one of the larger ones."""
GENERATED = "pages generated in"
EXECUTED = re.compile(r"\((\d+) snippets executed, (\d+) from the cache\)")
ENV = os.environ | {"PYTHONPATH": str(ROOT)}


def generator(*args: str, cwd: Path) -> tuple[float, str]:
    """Run ``python -m generator ARGS`` in ``cwd``; its wall time and standard output."""
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    if completed.returncode != 0:
        sys.exit(f"generator {' '.join(args)} failed:\n{completed.stdout}{completed.stderr}")
    return wall, completed.stdout


def executed(output: str) -> int:
    match = EXECUTED.search(output)
    if match is None:
        sys.exit(f"no execution count in: {output}")
    return int(match[1])


def rounded(values: Iterable[float]) -> list[float]:
    return [round(value, 2) for value in values]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            body: bytes = response.read()
            return body.decode()
    except OSError:
        return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def full_builds(checkout: Path, builders: list[str], rounds: int) -> dict[str, list[float]]:
    """Wall time of complete site builds (a fresh --site-dir each, so nothing is skipped), alternating."""
    times: dict[str, list[float]] = {builder: [] for builder in builders}
    for round_number in range(rounds):
        for builder in builders:
            site = f"build/bench-site-{builder}-{round_number}"
            wall, _ = generator("build", "-q", "--builder", builder, "--site-dir", site, cwd=checkout)
            times[builder].append(wall)
            shutil.rmtree(checkout / site)
    return times


def preview(checkout: Path, builder: str, idle: float, edits: int) -> tuple[int, list[float], int]:
    """Regenerations while idle, seconds from each edit to the served page, regenerations for the edits."""
    port = free_port()
    section, _ = EDITED.split("/")
    url = f"http://127.0.0.1:{port}/{section}.html"
    log_path = checkout / "serve.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [
                *(sys.executable, "-m", "generator", "serve", "-q", "--builder", builder),
                *("--dev-addr", f"127.0.0.1:{port}"),
            ],
            cwd=checkout,
            env=ENV,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    edited = checkout / "snippets" / EDITED
    original = edited.read_text(encoding="utf-8")

    def generations() -> int:
        return log_path.read_text(encoding="utf-8", errors="replace").count(GENERATED)

    try:
        deadline = time.monotonic() + 600
        while fetch(url) is None:
            if time.monotonic() > deadline or server.poll() is not None:
                sys.exit(f"the preview never served {url}:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.2)
        settled = generations()
        time.sleep(idle)
        idle_regenerations = generations() - settled
        latencies = []
        before_edits = generations()
        for number in range(edits):
            marker = f"loop-edit-{number}-{time.time_ns()}"
            edited.write_text(original + f'print("{marker}")\n', encoding="utf-8")
            started = time.monotonic()
            while (page := fetch(url)) is None or marker not in page:
                if time.monotonic() - started > 120:
                    sys.exit(f"edit {number} never reached the page:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.02)
            latencies.append(time.monotonic() - started)
            time.sleep(1.5)
        edit_regenerations = generations() - before_edits
        edited.write_text(original, encoding="utf-8")
        time.sleep(2)
    finally:
        edited.write_text(original, encoding="utf-8")
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
    return idle_regenerations, latencies, edit_regenerations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--builder", default="mkdocs", choices=("mkdocs", "zensical"))
    parser.add_argument("--idle", type=float, default=15.0, help="seconds the preview is left alone")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3, help="full builds per builder")
    parser.add_argument("--record", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    builders = ["mkdocs"] + (["zensical"] if importlib.util.find_spec("zensical") else [])

    with tempfile.TemporaryDirectory(prefix="np2t-loop-") as scratch:
        checkout = Path(scratch) / "first" / "checkout"
        shutil.copytree(ROOT / "snippets", checkout / "snippets")
        if (ROOT / ".cache" / "runs").is_dir():
            shutil.copytree(ROOT / ".cache" / "runs", checkout / ".cache" / "runs")
        _, first = generator("build", "-q", "--builder", args.builder, cwd=checkout)
        builds = full_builds(checkout, builders, args.rounds)
        no_change = [generator("build", "-q", "--builder", args.builder, cwd=checkout) for _ in range(3)]
        if not all("is up to date" in output for _, output in no_change):
            sys.exit(f"a no-change build rebuilt the site: {[output for _, output in no_change]}")
        looped = preview(checkout, args.builder, args.idle, args.edits)
        idle_regenerations, latencies, edit_regenerations = looped
        moved = Path(scratch) / "second" / "checkout"
        moved.parent.mkdir()
        checkout.replace(moved)
        moved_wall, moved_output = generator("build", "-q", "--builder", args.builder, cwd=moved)
        pairs = len(list((moved / "snippets").rglob("*.numpy.py")))

    edit_median = statistics.median(latencies)
    moved_executed = executed(moved_output)
    no_change_median = statistics.median(wall for wall, _ in no_change)
    rows = [
        ("catalog", f"{pairs} pairs; first build executed {executed(first)} snippets"),
        *(
            (f"full site build, {builder}, median of {args.rounds}", f"{statistics.median(times):.2f} s")
            for builder, times in builds.items()
        ),
        ("no-change build, median of 3", f"{no_change_median:.2f} s ({rounded(w for w, _ in no_change)})"),
        (f"preview ({args.builder}) idle for {args.idle:g} s", f"{idle_regenerations} regenerations"),
        (f"edit to page, median of {args.edits}", f"{edit_median:.2f} s ({rounded(latencies)})"),
        ("regenerations for the edits", f"{edit_regenerations} for {args.edits} edits"),
        ("moved checkout build", f"{moved_wall:.2f} s, {moved_executed} snippets executed"),
    ]
    print_table("loop", rows)

    if args.record:
        record = {
            **record_header(),
            "builder": args.builder,
            "pairs": pairs,
            "full_build_seconds": {b: round(statistics.median(t), 2) for b, t in builds.items()},
            "full_build_rounds": args.rounds,
            "no_change_seconds": round(no_change_median, 2),
            "idle_seconds": args.idle,
            "idle_regenerations": idle_regenerations,
            "edits": args.edits,
            "edit_to_page_seconds": round(edit_median, 2),
            "edit_to_page_all": rounded(latencies),
            "edit_regenerations": edit_regenerations,
            "moved_seconds": round(moved_wall, 2),
            "moved_executed": moved_executed,
        }
        args.record.parent.mkdir(parents=True, exist_ok=True)
        args.record.write_text(json.dumps(record, indent=1) + "\n")
    print(
        f"edit to page: {edit_median:.2f} s; idle regenerations: {idle_regenerations}; "
        f"no-change build: {no_change_median:.2f} s; moved checkout executed: {moved_executed} snippets"
    )


if __name__ == "__main__":
    main()
