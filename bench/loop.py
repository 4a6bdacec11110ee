"""Benchmark the author's loop on the real catalog: edit and see the page; build cold, edited, unchanged.

Copies snippets/, articles/ and mkdocs.yml (and the run cache, when there is one) into a temporary
checkout, then measures:
  builds    - a full site build by each installed builder (MkDocs, Zensical) into a fresh folder,
              alternating, so their times are side by side
  no-change - ``build`` again with nothing changed (site/ is left as it is)
  one edit  - ``build`` after one snippet was edited (its output changes), several edits
  preview   - ``serve`` on the checkout: how many times it regenerates while nothing changes, then
              five edits of one snippet, each timed from the write until the served page, polled
              over HTTP, shows the new output
  moved     - the checkout moved to another folder and built again: how many snippets executed
  strategies - the ways to rebuild the site after that edit (``strategies``), each timed and
              checked against a full build
  cold      - ``check`` and ``build`` with an empty cache (nothing under .cache/, no site), again
              with only the runs cleared (the last durations kept, as ``cache clear`` leaves them), and
              markdown-exec's MkDocs build of the same snippet files (each pair's two files as two
              executed code blocks on its section's page; in-process, not isolated), alternating;
              ``check`` is also set against the snippets' own total time over the workers, and
              what it took per snippet beyond that time is derived (``beyond_snippets``)
Timings on a shared machine are noisy: the figures are medians, the builders and the peers are
compared within this run, and the load average before and after is recorded.

Usage: python bench/loop.py [--builder mkdocs|zensical] [--idle SECONDS] [--record FILE] [--no-peers]
The last line printed is the summary that tools read:
  edit to page: X s; idle regenerations: N; no-change build: Y s; moved checkout executed: Z snippets;
  one-edit build: W s; cold build: V s (markdown-exec: U s)
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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from results_table import print_table, record_header  # noqa: E402
from strategies import compare_strategies  # noqa: E402

EDITED = "reductions/cov-int-dtype.torch.py"
"""The snippet the preview and one-edit benchmarks edit; its section page is one of the larger ones."""
COPIED = ("snippets", "articles", "mkdocs.yml")
"""What a build reads from the checkout (the templates come with the installed package)."""
PATCHED = re.compile(r"pages rebuilt: ")
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


def one_edit_builds(checkout: Path, builder: str, edits: int) -> list[float]:
    """Wall time of ``build`` after each of ``edits`` edits that change one snippet's output."""
    edited = checkout / "snippets" / EDITED
    original = edited.read_text(encoding="utf-8")
    times = []
    try:
        for number in range(edits):
            edited.write_text(original + f'print("one-edit-{number}-{time.time_ns()}")\n', encoding="utf-8")
            wall, output = generator("build", "-q", "--builder", builder, cwd=checkout)
            if executed(output) != 1:
                sys.exit(f"an edit of one snippet ran {executed(output)} snippets: {output}")
            if builder == "mkdocs" and not PATCHED.search(output):
                sys.exit(f"an edit of one snippet rebuilt the whole site: {output}")
            times.append(wall)
    finally:
        edited.write_text(original, encoding="utf-8")
    generator("build", "-q", "--builder", builder, cwd=checkout)
    return times


def emptied(checkout: Path, *, keep_durations: bool = False) -> None:
    """Nothing a build left: no cache of any kind, no site, no build folder.

    ``keep_durations`` keeps what the last runs took (``.cache/durations.json``), as ``np2t cache
    clear`` does: the runs are gone, the order to start them in is not.
    """
    durations = checkout / ".cache" / "durations.json"
    kept = durations.read_bytes() if keep_durations and durations.is_file() else None
    for name in (".cache", "site", "build"):
        shutil.rmtree(checkout / name, ignore_errors=True)
    if kept is not None:
        durations.parent.mkdir(parents=True)
        durations.write_bytes(kept)


def markdown_exec_project(checkout: Path) -> Path:
    """The same snippet files as a MkDocs project that markdown-exec executes: one page per section.

    Each file becomes one executed Python block (its whole text, as the engine runs it), with its
    printed output shown under it; the theme and the build are the ones this site uses.
    """
    folder = checkout / "markdown-exec"
    docs = folder / "docs"
    docs.mkdir(parents=True)
    nav = []
    for section in sorted(p for p in (checkout / "snippets").iterdir() if p.is_dir()):
        parts = [f"# {section.name}\n"]
        for path in sorted(section.glob("*.py")):
            text = path.read_text(encoding="utf-8")
            fence = "`" * max(4, 1 + max((len(m) for m in re.findall(r"`+", text)), default=0))
            parts.append(
                f'## {path.name}\n\n{fence}python exec="on" source="above" result="text"\n{text}{fence}\n'
            )
        (docs / f"{section.name}.md").write_text("\n".join(parts), encoding="utf-8")
        nav.append(f"{section.name}.md")
    (docs / "index.md").write_text("# Snippets\n", encoding="utf-8")
    config = {
        "site_name": "markdown-exec",
        "theme": {"name": "material"},
        "use_directory_urls": False,
        "markdown_extensions": ["pymdownx.superfences"],
        "plugins": ["search", "markdown-exec"],
        "nav": ["index.md", *nav],
    }
    (folder / "mkdocs.yml").write_text(json.dumps(config), encoding="utf-8")
    return folder


def markdown_exec_build(folder: Path) -> float:
    """Wall time of markdown-exec's MkDocs build from nothing (its failing blocks warn, as they may)."""
    shutil.rmtree(folder / "site", ignore_errors=True)
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "--config-file", str(folder / "mkdocs.yml")],
        cwd=folder,
        env=ENV | {"NO_MKDOCS_2_WARNING": "1", "MPLBACKEND": "Agg"},
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - started
    if completed.returncode != 0 or not (folder / "site" / "index.html").is_file():
        sys.exit(f"markdown-exec's build failed:\n{completed.stdout[-2000:]}{completed.stderr[-2000:]}")
    return wall


def cold_builds(checkout: Path, builder: str, rounds: int, peers: bool) -> dict[str, Any]:
    """Cold ``check`` and ``build``, and markdown-exec's build, alternating.

    Cold is measured twice: with nothing at all under ``.cache/`` (no run, no duration known), and
    with the runs gone but the durations of the last runs kept (``np2t cache clear``), which the
    engine uses to start the longest snippets first.
    """
    peer = markdown_exec_project(checkout) if peers else None
    found: dict[str, list[float]] = {
        "check": [],
        "build": [],
        "check_known": [],
        "build_known": [],
        "markdown-exec": [],
    }
    totals: list[float] = []
    counts: list[int] = []
    for _ in range(rounds):
        for suffix, keep in (("", False), ("_known", True)):
            emptied(checkout, keep_durations=keep)
            wall, _ = generator("check", "-q", cwd=checkout)
            found[f"check{suffix}"].append(wall)
            durations = json.loads((checkout / ".cache" / "durations.json").read_text(encoding="utf-8"))
            totals.append(sum(durations.values()))
            counts.append(len(durations))
            emptied(checkout, keep_durations=keep)
            wall, output = generator("build", "-q", "--builder", builder, cwd=checkout)
            if executed(output) == 0:
                sys.exit(f"a cold build executed nothing: {output}")
            found[f"build{suffix}"].append(wall)
        if peer is not None:
            found["markdown-exec"].append(markdown_exec_build(peer))
    return {"times": found, "snippet_seconds": totals, "snippets": counts}


def checkout_copy(scratch: Path) -> Path:
    """A checkout of what a build reads, with the run cache when there is one."""
    checkout = scratch / "first" / "checkout"
    for name in COPIED:
        source, target = ROOT / name, checkout / name
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    if (ROOT / ".cache" / "runs").is_dir():
        shutil.copytree(ROOT / ".cache" / "runs", checkout / ".cache" / "runs")
    return checkout


def measure(args: argparse.Namespace, peers: bool) -> dict[str, Any]:
    """Every measurement, as the record ``--record`` writes (medians, with every value behind them)."""
    builders = ["mkdocs"] + (["zensical"] if importlib.util.find_spec("zensical") else [])
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="np2t-loop-") as scratch:
        checkout = checkout_copy(Path(scratch))
        _, first = generator("build", "-q", "--builder", args.builder, cwd=checkout)
        builds = full_builds(checkout, builders, args.rounds)
        no_change = [generator("build", "-q", "--builder", args.builder, cwd=checkout) for _ in range(3)]
        if not all("is up to date" in output for _, output in no_change):
            sys.exit(f"a no-change build rebuilt the site: {[output for _, output in no_change]}")
        one_edit = one_edit_builds(checkout, args.builder, args.edits)
        idle_regenerations, latencies, edit_regenerations = preview(
            checkout, args.builder, args.idle, args.edits
        )
        others = {
            other: preview(checkout, other, 0.0, args.edits)[1] for other in builders if other != args.builder
        }
        moved = Path(scratch) / "second" / "checkout"
        moved.parent.mkdir()
        checkout.replace(moved)
        moved_wall, moved_output = generator("build", "-q", "--builder", args.builder, cwd=moved)
        pairs = len(list((moved / "snippets").rglob("*.numpy.py")))
        ways = compare_strategies(
            moved, moved / "snippets" / EDITED, ENV | {"NO_MKDOCS_2_WARNING": "1"}, builders
        )
        cold = cold_builds(moved, args.builder, args.cold_rounds, peers)
    times = cold["times"]
    record = {
        **record_header(),
        "builder": args.builder,
        "pairs": pairs,
        "first_build_executed": executed(first),
        "full_build_seconds": {b: round(statistics.median(t), 2) for b, t in builds.items()},
        "full_build_rounds": args.rounds,
        "no_change_seconds": round(statistics.median(wall for wall, _ in no_change), 2),
        "no_change_all": rounded(wall for wall, _ in no_change),
        "one_edit_seconds": round(statistics.median(one_edit), 2),
        "one_edit_all": rounded(one_edit),
        "idle_seconds": args.idle,
        "idle_regenerations": idle_regenerations,
        "edits": args.edits,
        "edit_to_page_seconds": round(statistics.median(latencies), 2),
        "edit_to_page_all": rounded(latencies),
        "edit_regenerations": edit_regenerations,
        "edit_to_page_other_builders": {
            other: {"seconds": round(statistics.median(found), 2), "all": rounded(found)}
            for other, found in others.items()
        },
        "moved_seconds": round(moved_wall, 2),
        "moved_executed": executed(moved_output),
        "cold_rounds": args.cold_rounds,
        "cold_check_seconds": round(statistics.median(times["check"]), 2),
        "cold_build_seconds": round(statistics.median(times["build"]), 2),
        "cleared_check_seconds": round(statistics.median(times["check_known"]), 2),
        "cleared_build_seconds": round(statistics.median(times["build_known"]), 2),
        "markdown_exec_seconds": round(statistics.median(times["markdown-exec"]), 2) if peers else None,
        "cold_all": {name: rounded(walls) for name, walls in times.items()},
        "snippet_seconds": round(statistics.median(cold["snippet_seconds"]), 2),
        "snippets": max(cold["snippets"]),
        "workers": len(os.sched_getaffinity(0)),
        "strategies": ways,
        "load_before": rounded(load_before),
        "load_after": rounded(os.getloadavg()),
    }
    record["beyond_snippets_ms"] = round(beyond_snippets(record) * 1000, 1)
    return record


def beyond_snippets(record: dict[str, Any]) -> float:
    """What the cold check took per snippet beyond the snippets' own time, on a worker's clock.

    Every worker's time (the check's wall times the workers), less the snippets' own, over the
    snippets: the process each snippet runs in (fork, sandbox, capture, record, exit), the
    server's and the engine's work for it, and the start and end of the check.
    """
    every_worker = record["cold_check_seconds"] * record["workers"]
    return float((every_worker - record["snippet_seconds"]) / record["snippets"])


def table(record: dict[str, Any]) -> list[tuple[str, str]]:
    """The printed rows."""
    ideal = record["snippet_seconds"] / record["workers"]
    peer = record["markdown_exec_seconds"]
    return [
        (
            "catalog",
            f"{record['pairs']} pairs; first build executed {record['first_build_executed']} snippets",
        ),
        *(
            (f"full site build, {builder}, median of {record['full_build_rounds']}", f"{seconds:.2f} s")
            for builder, seconds in record["full_build_seconds"].items()
        ),
        ("no-change build, median of 3", f"{record['no_change_seconds']:.2f} s ({record['no_change_all']})"),
        (
            f"one-edit build, median of {record['edits']}",
            f"{record['one_edit_seconds']:.2f} s ({record['one_edit_all']})",
        ),
        (
            f"preview ({record['builder']}) idle for {record['idle_seconds']:g} s",
            f"{record['idle_regenerations']} regenerations",
        ),
        (
            f"edit to page, median of {record['edits']}",
            f"{record['edit_to_page_seconds']:.2f} s ({record['edit_to_page_all']})",
        ),
        ("regenerations for the edits", f"{record['edit_regenerations']} for {record['edits']} edits"),
        *(
            (
                f"edit to page with {other}, median of {record['edits']}",
                f"{found['seconds']:.2f} s ({found['all']})",
            )
            for other, found in record.get("edit_to_page_other_builders", {}).items()
        ),
        (
            "moved checkout build",
            f"{record['moved_seconds']:.2f} s, {record['moved_executed']} snippets executed",
        ),
        ("cold check (empty cache)", f"{record['cold_check_seconds']:.2f} s"),
        (
            f"snippets' own time / {record['workers']} workers",
            f"{ideal:.2f} s; cold check {record['cold_check_seconds'] / ideal:.2f}x that, "
            f"with durations known {record['cleared_check_seconds'] / ideal:.2f}x",
        ),
        (
            "cold check beyond the snippets' own time",
            f"{record['beyond_snippets_ms']:.1f} ms of a worker's time per snippet",
        ),
        ("cold build (empty cache)", f"{record['cold_build_seconds']:.2f} s"),
        (
            "check, build with the runs cleared, durations kept",
            f"{record['cleared_check_seconds']:.2f} s, {record['cleared_build_seconds']:.2f} s",
        ),
        ("markdown-exec cold build, same files", "not run" if peer is None else f"{peer:.2f} s"),
        *(
            (
                f"after one edit, {name}",
                f"{found['seconds']:.2f} s; files unlike a full build: {len(found['differing'])}",
            )
            for name, found in record["strategies"].items()
            if name != "changed"
        ),
        ("load average before, after", f"{record['load_before']}, {record['load_after']}"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--builder", default="mkdocs", choices=("mkdocs", "zensical"))
    parser.add_argument("--idle", type=float, default=15.0, help="seconds the preview is left alone")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3, help="full builds per builder")
    parser.add_argument(
        "--cold-rounds", type=int, default=3, help="cold check, build and peer builds, alternating (medians)"
    )
    parser.add_argument("--no-peers", action="store_true", help="leave markdown-exec's build out")
    parser.add_argument("--record", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    peers = not args.no_peers
    if peers and importlib.util.find_spec("markdown_exec") is None:
        sys.exit("markdown-exec is not installed: pip install markdown-exec (or run with --no-peers)")
    record = measure(args, peers)
    print_table("loop", table(record))
    if args.record:
        args.record.parent.mkdir(parents=True, exist_ok=True)
        args.record.write_text(json.dumps(record, indent=1) + "\n")
    peer = record["markdown_exec_seconds"]
    print(
        f"edit to page: {record['edit_to_page_seconds']:.2f} s; "
        f"idle regenerations: {record['idle_regenerations']}; "
        f"no-change build: {record['no_change_seconds']:.2f} s; "
        f"moved checkout executed: {record['moved_executed']} snippets; "
        f"one-edit build: {record['one_edit_seconds']:.2f} s; "
        f"cold build: {record['cold_build_seconds']:.2f} s "
        f"(markdown-exec: {'not run' if peer is None else f'{peer:.2f} s'})"
    )


if __name__ == "__main__":
    main()
