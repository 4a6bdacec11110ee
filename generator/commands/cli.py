"""``python -m generator``: build the site, check the pairs, or serve a live preview."""

import argparse
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from generator.commands.citing import cite_pair
from generator.commands.report import failure_report, summary_table
from generator.commands.services import (
    EXIT_ERROR,
    EXIT_NOT_HOLDING,
    EXIT_OK,
    RunOptions,
    build_date,
    current_keys,
    load_catalog,
    run,
)
from generator.errors import GeneratorError
from generator.execute.cache import RunCache
from generator.execute.contract import SandboxMode
from generator.execute.requests import EngineSettings
from generator.site.assemble import RESULTS_DIR
from generator.site.builders import Builder
from generator.site.cite import CiteFormat
from generator.site.mkdocs import BASE_CONFIG, SiteTarget, build_from_result
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
    _builder_option(build)
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
    _builder_option(serve)
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
    _matrix_parser(commands)
    cache = commands.add_parser(
        "cache",
        help="show, prune or clear the cache of runs",
        description="info: what the cache holds and how much of it the current snippets use; "
        "prune: remove the entries no current snippet uses (a full build does this too); "
        "clear: remove every entry.",
    )
    cache.add_argument("action", choices=("info", "prune", "clear"))
    cache.add_argument(
        "--snippets", type=Path, default=Path("snippets"), help="snippet folder (default: snippets)"
    )
    _cache_dir_option(cache)
    _output_cap_option(cache)
    cache.set_defaults(handler=_cache)
    return parser


def _matrix_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    from generator.matrix.combos import DEFAULT_COMBINATIONS  # noqa: PLC0415 - loads only for this parser

    matrix = commands.add_parser(
        "matrix",
        help="run every pair under several releases of NumPy and PyTorch, then build the site",
        description="run: create (or reuse) an environment per combination of releases, run the "
        "catalog there and write its record; site: merge the records with this environment's run "
        "and build the site, which then says where each pair holds; all (the default): both. "
        "A combination that cannot be installed is reported and skipped.",
    )
    matrix.add_argument("action", nargs="?", choices=("all", "run", "site"), default="all")
    _common_options(matrix)
    matrix.add_argument(
        "--combination",
        action="append",
        metavar="SPEC",
        help="releases to run under, such as numpy=1.26.4,torch=2.13.0; repeatable (default: "
        + "; ".join(c.spec for c in DEFAULT_COMBINATIONS)
        + ")",
    )
    matrix.add_argument(
        "--envs",
        type=Path,
        default=Path(".cache/envs"),
        help="where environments are kept (default: %(default)s)",
    )
    matrix.add_argument(
        "--matrix-cache",
        type=Path,
        default=Path(".cache/matrix/runs"),
        help="where each combination's runs are cached (default: %(default)s)",
    )
    matrix.add_argument(
        "--results",
        type=Path,
        default=Path(".cache/matrix/results"),
        help="where the records are written and read (default: %(default)s)",
    )
    matrix.add_argument("--record", type=Path, help="write the matrix's times and disk use to this JSON file")
    matrix.add_argument("--site-dir", type=Path, default=Path("site"))
    matrix.add_argument("--config", type=Path, default=BASE_CONFIG)
    matrix.add_argument("--site-url")
    matrix.add_argument("--keep-going", action="store_true")
    _builder_option(matrix)
    matrix.set_defaults(handler=_matrix)


def _matrix(args: argparse.Namespace) -> int:
    from generator.commands import matrix  # noqa: PLC0415 - the matrix's code loads only here
    from generator.matrix.combos import DEFAULT_COMBINATIONS, parse_combination  # noqa: PLC0415

    try:
        combinations = [parse_combination(spec) for spec in args.combination or ()] or DEFAULT_COMBINATIONS
    except ValueError as exc:
        print(f"error: --combination: {exc}", file=sys.stderr)
        return EXIT_ERROR
    options = run_options(args)
    paths = matrix.MatrixPaths(envs=args.envs, runs=args.matrix_cache, results=args.results)
    target = SiteTarget(
        config=args.config, site_dir=args.site_dir, site_url=args.site_url, builder=args.builder
    )
    if args.action == "run":
        matrix.run_matrix(options, combinations, paths)
        return EXIT_OK
    if args.action == "site":
        status, _ = matrix.matrix_site(
            options, matrix.read_records(args.results), target, keep_going=args.keep_going
        )
        return status
    return matrix.matrix_all(
        options, combinations, paths, target, keep_going=args.keep_going, record=args.record
    )


def _builder_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--builder",
        type=Builder,
        choices=list(Builder),
        default=Builder.MKDOCS,
        help="the static-site builder: mkdocs, or zensical (the optional extra 'zensical'); "
        "default: %(default)s",
    )


def _cache_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(".cache/runs"),
        help="where runs are cached (default: .cache/runs)",
    )


def _output_cap_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--output-cap",
        type=parse_size,
        default=EngineSettings().output_cap,
        help=f"stdout/stderr kept per snippet (default: {format_size(EngineSettings().output_cap)})",
    )


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
    _cache_dir_option(parser)
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
    _output_cap_option(parser)
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
    result = run(options, load_catalog(options), prune=True)
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
    target = SiteTarget(
        config=args.config, site_dir=args.site_dir, site_url=args.site_url, builder=args.builder
    )
    rebuilt = build_from_result(result, build_date(), target)
    ran = f"({result.stats.executed} snippets executed, {result.stats.cached} from the cache)"
    if rebuilt:
        print(f"built {args.site_dir}/ from {len(result.outcomes)} pairs {ran}")
    else:
        print(
            f"{args.site_dir}/ is up to date: its pages, assets, configuration and {args.builder} "
            f"are byte-identical to those that built it, so it was left as it is {ran}"
        )
    if result.stats.pruned_cache_entries:
        print(f"removed {result.stats.pruned_cache_entries} cache entries that no snippet uses")
    return EXIT_OK


def _cite(args: argparse.Namespace) -> int:
    if len(args.patterns) != 1:
        print("error: cite takes exactly one pair id", file=sys.stderr)
        return EXIT_ERROR
    return cite_pair(run_options(args), args.patterns[0], CiteFormat(args.format), args.site_url)


def _bench(args: argparse.Namespace) -> int:
    from generator.commands.bench import bench  # noqa: PLC0415 - the measurement code loads only here

    return bench(run_options(args), sweeps=not args.no_sweeps, results_dir=args.results)


def _serve(args: argparse.Namespace) -> int:
    from generator.commands.serve import serve  # noqa: PLC0415 - watchdog and the dev server load only here

    return serve(run_options(args), config=args.config, dev_addr=args.dev_addr, builder=args.builder)


def _cache(args: argparse.Namespace) -> int:
    cache = RunCache(args.cache_dir)
    if args.action == "clear":
        print(f"removed {cache.clear()} entries from {args.cache_dir}/")
        return EXIT_OK
    options = RunOptions(
        snippets=args.snippets, cache_dir=args.cache_dir, settings=EngineSettings(output_cap=args.output_cap)
    )
    current = current_keys(options, load_catalog(options))
    if args.action == "prune":
        removed = cache.prune(current)
        kept = cache.info().entries
        print(f"removed {removed} entries that no snippet in {args.snippets}/ uses; {kept} kept")
        return EXIT_OK
    info, stored = cache.info(), cache.keys()
    print(
        f"{args.cache_dir}/: {info.entries} entries, {info.size / (1 << 20):.1f} MiB; "
        f"{len(stored & current)} used by the {len(current)} runs of {args.snippets}/, "
        f"{len(stored - current)} unused"
        + (f"; {info.partial} partial files of interrupted writes" if info.partial else "")
    )
    return EXIT_OK
