"""``python -m generator``: build the site, check the pairs, or serve a live preview."""

import argparse
import difflib
import os
import signal
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from generator.commands.bench import bench
from generator.commands.report import failure_report, summary_table
from generator.commands.services import (
    EXIT_ERROR,
    EXIT_NOT_HOLDING,
    EXIT_OK,
    RunOptions,
    build_date,
    load_catalog,
    run,
)
from generator.discover.catalog import select
from generator.errors import GeneratorError
from generator.execute.contract import SandboxMode
from generator.execute.engine import EngineSettings
from generator.site.assemble import RESULTS_DIR, build_info
from generator.site.cite import CiteFormat, cite
from generator.site.mkdocs import BASE_CONFIG, SiteTarget, build_from_result
from generator.site.templating import environment
from generator.sizes import format_size, parse_size


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return the process exit status."""
    args = _parser().parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    try:
        status: int = args.handler(args)
        return status
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted; site/ was left as it was", file=sys.stderr)
        return 130


def _exit_on_terminate(signum: int, frame: object) -> None:
    """Turn SIGTERM into a normal exit, so cleanup runs: staging folders, the warm server, the dev server."""
    raise SystemExit(128 + signum)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Run paired NumPy/PyTorch snippets, compare their results, and publish them as a site.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build = commands.add_parser(
        "build",
        help="run, compare, render and build site/ with MkDocs",
        description="Run and compare every selected pair, then build the site. "
        "Exits 1 (leaving site/ untouched) when a pair does not hold.",
    )
    _common_options(build)
    build.add_argument(
        "--site-dir", type=Path, default=Path("site"), help="where the site goes (default: site)"
    )
    build.add_argument(
        "--config",
        type=Path,
        default=BASE_CONFIG,
        help="the MkDocs configuration to complete (default: the one shipped with the generator)",
    )
    build.add_argument(
        "--site-url",
        help="the address the site will be published at; enables Material's instant loading and the sitemap",
    )
    build.add_argument(
        "--keep-going",
        action="store_true",
        help="build the site even when pairs do not hold (they are shown as failing)",
    )
    build.set_defaults(handler=_build)
    check = commands.add_parser(
        "check",
        help="run and compare only; exit 1 when a pair does not hold",
        description="Run and compare every selected pair and print a summary table.",
    )
    _common_options(check)
    check.set_defaults(handler=_check)
    serve = commands.add_parser(
        "serve", help="preview the site, rebuilding when a snippet or template changes"
    )
    _common_options(serve)
    serve.add_argument("--config", type=Path, default=BASE_CONFIG)
    serve.add_argument(
        "--dev-addr", default="127.0.0.1:8000", help="address to serve on (default: %(default)s)"
    )
    serve.set_defaults(handler=_serve)
    bench = commands.add_parser(
        "bench",
        help="time every pair's NumPy and PyTorch bodies, then the size sweeps",
        description="Time each selected pair's bodies at one thread and at every core (cached per "
        "machine), run the size sweeps, print a summary. The last line: 'timed N pairs in S s; "
        "median torch/numpy ratio R; crossover sizes: sigmoid A, sum B, matmul C, sort D, gather E'.",
    )
    _common_options(bench)
    bench.add_argument(
        "--no-sweeps", action="store_true", help="time the pairs only; keep the recorded sweeps"
    )
    bench.add_argument(
        "--results",
        type=Path,
        default=RESULTS_DIR,
        help="where the sweeps are recorded (default: %(default)s)",
    )
    bench.set_defaults(handler=_bench)
    cite = commands.add_parser(
        "cite",
        help="print a self-contained citation of one pair",
        description="Run one pair (or take it from the cache) and print its citation: both codes, "
        "outputs and errors, the verdict, the versions and the permalink.",
    )
    _common_options(cite)
    cite.add_argument(
        "--format",
        choices=[f.value for f in CiteFormat],
        default=CiteFormat.MARKDOWN.value,
        help="markdown (fenced code), html (inline styles, no script), json or bibtex (default: %(default)s)",
    )
    cite.add_argument("--site-url", help="the address the site is published at, for an absolute permalink")
    cite.set_defaults(handler=_cite)
    return parser


def _common_options(parser: argparse.ArgumentParser) -> None:
    defaults = EngineSettings()
    parser.add_argument(
        "patterns",
        nargs="*",
        metavar="PATTERN",
        help="pair ids, section names or shell globs to select (default: every pair), "
        "e.g. broadcasting or 'linalg/svd-*'",
    )
    parser.add_argument(
        "--snippets", type=Path, default=Path("snippets"), help="snippet folder (default: snippets)"
    )
    parser.add_argument(
        "--articles",
        type=Path,
        default=Path("articles"),
        help="folder of Markdown articles that embed pairs with '::pair ID' (default: articles)",
    )
    parser.add_argument("--no-cache", action="store_true", help="run every snippet, ignoring the cache")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(".cache/runs"),
        help="where runs are cached (default: .cache/runs)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=defaults.workers,
        help="snippets run at once (default: the number of cores, %(default)s)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=defaults.timeout,
        help="seconds a snippet may run before it is killed (default: %(default)g)",
    )
    parser.add_argument(
        "--memory",
        type=parse_size,
        default=defaults.memory,
        help=f"memory cap per snippet, e.g. '512 MiB' (default: {format_size(defaults.memory)})",
    )
    parser.add_argument(
        "--output-cap",
        type=parse_size,
        default=defaults.output_cap,
        help=f"stdout/stderr kept per snippet (default: {format_size(defaults.output_cap)})",
    )
    parser.add_argument(
        "--sandbox",
        choices=[mode.value for mode in SandboxMode],
        default=os.environ.get("NP2T_SANDBOX", SandboxMode.AUTO.value),
        help="confine each snippet: auto (what this kernel offers, saying once what is missing), "
        "require (refuse to run unconfined; CI), off (default: $NP2T_SANDBOX or %(default)s)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress display")


def run_options(args: argparse.Namespace) -> RunOptions:
    """The options every command shares, parsed once into a typed value."""
    settings = EngineSettings(
        workers=max(1, args.jobs),
        timeout=args.timeout,
        memory=args.memory,
        output_cap=args.output_cap,
        sandbox=SandboxMode(args.sandbox),
    )
    return RunOptions(
        snippets=args.snippets,
        articles=args.articles,
        patterns=tuple(args.patterns),
        cache_dir=None if args.no_cache else args.cache_dir,
        settings=settings,
        quiet=args.quiet,
    )


def _check(args: argparse.Namespace) -> int:
    options = run_options(args)
    result = run(options, load_catalog(options))
    print(summary_table(result))
    report = failure_report(result)
    if report:
        print("\n" + report)
    return EXIT_OK if result.holds else EXIT_NOT_HOLDING


def _build(args: argparse.Namespace) -> int:
    options = run_options(args)
    result = run(options, load_catalog(options))
    report = failure_report(result)
    if report:
        print(report, file=sys.stderr)
    if not result.holds and not args.keep_going:
        print(
            f"\n{len(result.failures)} pair(s) do not hold; {args.site_dir}/ was left as it was "
            "(use --keep-going to build anyway)",
            file=sys.stderr,
        )
        return EXIT_NOT_HOLDING
    target = SiteTarget(config=args.config, site_dir=args.site_dir, site_url=args.site_url)
    build_from_result(result, build_date(), target)
    print(
        f"built {args.site_dir}/ from {len(result.outcomes)} pairs "
        f"({result.stats.executed} snippets executed, {result.stats.cached} from the cache)"
    )
    return EXIT_OK


def _cite(args: argparse.Namespace) -> int:
    if len(args.patterns) != 1:
        print("error: cite takes exactly one pair id", file=sys.stderr)
        return EXIT_ERROR
    (pair_id,) = args.patterns
    options = run_options(args)
    catalog = load_catalog(replace(options, patterns=()))
    ids = [pair.id for pair in catalog.pairs]
    if pair_id not in ids:
        close = difflib.get_close_matches(pair_id, ids, n=3, cutoff=0.5)
        print(
            f"error: no pair has the id {pair_id!r}" + (f"; closest: {', '.join(close)}" if close else ""),
            file=sys.stderr,
        )
        return EXIT_ERROR
    result = run(options, select(catalog, [pair_id]))
    info = build_info(result, build_date(), site_url=args.site_url)
    (outcome,) = result.outcomes
    print(cite(outcome, result.catalog.sides, info, environment()).form(CiteFormat(args.format)), end="")
    return EXIT_OK if outcome.judgement.holds else EXIT_NOT_HOLDING


def _bench(args: argparse.Namespace) -> int:
    return bench(run_options(args), sweeps=not args.no_sweeps, results_dir=args.results)


def _serve(args: argparse.Namespace) -> int:
    from generator.commands.serve import serve  # noqa: PLC0415 - watchdog and the dev server load only here

    return serve(run_options(args), config=args.config, dev_addr=args.dev_addr)
