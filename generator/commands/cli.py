"""``np2t`` (also ``python -m generator``): build the site, check the pairs, preview, cite, bench, cache.

This module parses options into a ``Project`` and calls one verb. It imports only what the options
need, so ``np2t --help`` answers without loading NumPy, Jinja or Pygments; each verb's module loads
when it runs.
"""

import argparse
import logging
import os
import signal
import sys
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import GeneratorError
from generator.execute.contract import SandboxMode
from generator.execute.requests import EngineSettings
from generator.site.builders import Builder
from generator.sizes import format_size, parse_size

if TYPE_CHECKING:
    from generator.commands.project import Project

EXIT_ERROR = 2
DISTRIBUTION = "numpy-torch-reference"
CITE_FORMATS = ("markdown", "html", "json", "bibtex")
"""The forms ``cite`` prints (``site.cite.CiteFormat``; named here so that --help loads nothing)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return the process exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(format="%(levelname)s: %(message)s", level=logging.WARNING, stream=sys.stderr)
    signal.signal(signal.SIGTERM, _exit_on_terminate)
    try:
        status: int = args.verb(_project(args), args)
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


def _project(args: argparse.Namespace) -> "Project":
    """The options, read once into the project value every stage works from."""
    from generator.commands.project import Paths, load_project  # noqa: PLC0415 - loads YAML

    root = Path.cwd()
    paths = Paths.under(
        root,
        snippets=args.snippets,
        articles=getattr(args, "articles", None),
        config=getattr(args, "config", None),
        cache=args.cache_dir,
        site=getattr(args, "site_dir", None),
        results=getattr(args, "results", None),
    )
    defaults = EngineSettings()
    engine = EngineSettings(
        workers=max(1, _given(args, "jobs", defaults.workers)),
        timeout=_given(args, "timeout", defaults.timeout),
        memory=_given(args, "memory", defaults.memory),
        output_cap=args.output_cap,
        sandbox=SandboxMode(_given(args, "sandbox", defaults.sandbox)),
    )
    return load_project(
        root,
        paths=paths,
        engine=engine,
        builder=getattr(args, "builder", Builder.MKDOCS),
        patterns=tuple(getattr(args, "patterns", ())),
        site_url=getattr(args, "site_url", None),
        use_cache=not getattr(args, "no_cache", False),
        quiet=getattr(args, "quiet", False),
    )


# Each verb's module loads only when it runs: --help and a mistyped option load nothing heavy.


def _build(project: "Project", args: argparse.Namespace) -> int:
    from generator.commands.building import build  # noqa: PLC0415

    return build(project, args)


def _check(project: "Project", args: argparse.Namespace) -> int:
    from generator.commands.building import check  # noqa: PLC0415

    return check(project, args)


def _serve(project: "Project", args: argparse.Namespace) -> int:
    from generator.commands.serve import serve  # noqa: PLC0415

    return serve(project, args)


def _bench(project: "Project", args: argparse.Namespace) -> int:
    from generator.commands.bench import bench  # noqa: PLC0415

    return bench(project, args)


def _cite(project: "Project", args: argparse.Namespace) -> int:
    from generator.commands.citing import cite_pair  # noqa: PLC0415

    return cite_pair(project, args)


def _cache(project: "Project", args: argparse.Namespace) -> int:
    from generator.commands.caching import cache  # noqa: PLC0415

    return cache(project, args)


def _given(args: argparse.Namespace, name: str, default: Any) -> Any:
    """An option's value, or ``default`` when the command has no such option or it was not given."""
    value = getattr(args, name, None)
    return default if value is None else value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="np2t",
        description="Run paired NumPy/PyTorch snippets, compare their results, and publish them as a site. "
        "Folders are relative to the folder the command runs in (the project).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version(DISTRIBUTION)}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser(
        "build",
        help="run, compare, render and build site/",
        description="Run and compare every selected pair, then build the site. "
        "Exits 1 (leaving site/ untouched) when a pair does not hold.",
    )
    _common_options(build)
    _site_options(build)
    build.add_argument("--site-dir", type=Path, help="where the site goes (default: site)")
    build.add_argument(
        "--keep-going",
        action="store_true",
        help="build the site even when pairs do not hold (they are shown as failing)",
    )
    build.set_defaults(verb=_build)

    check = commands.add_parser(
        "check",
        help="run and compare only; exit 1 when a pair does not hold",
        description="Run and compare every selected pair and print a summary table.",
    )
    _common_options(check)
    check.set_defaults(verb=_check)

    serve = commands.add_parser(
        "serve", help="preview the site, regenerating after each edit of what the build reads"
    )
    _common_options(serve)
    _site_options(serve)
    serve.add_argument(
        "--dev-addr", default="127.0.0.1:8000", help="address to serve on (default: %(default)s)"
    )
    serve.set_defaults(verb=_serve)

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
    bench.add_argument("--results", type=Path, help="where the sweeps are recorded (default: bench/results)")
    bench.set_defaults(verb=_bench)

    cite = commands.add_parser(
        "cite",
        help="print a self-contained citation of one pair",
        description="Run one pair (or take it from the cache) and print its citation: both codes, "
        "outputs and errors, the verdict, the versions and the permalink.",
    )
    _common_options(cite)
    cite.add_argument(
        "--format",
        choices=CITE_FORMATS,
        default=CITE_FORMATS[0],
        help="markdown (fenced code), html (inline styles, no script), json or bibtex (default: %(default)s)",
    )
    cite.add_argument("--config", type=Path, help="the site's configuration (default: mkdocs.yml)")
    cite.add_argument("--site-url", help="the address the site is published at, for an absolute permalink")
    cite.set_defaults(verb=_cite)

    _matrix_parser(commands)
    cache = commands.add_parser(
        "cache",
        help="show, prune or clear the cache of runs",
        description="info: what the cache holds and how much of it the current snippets use; "
        "prune: remove the entries no current snippet uses (a full build does this too); "
        "clear: remove every entry.",
    )
    cache.add_argument("action", choices=("info", "prune", "clear"))
    _folder_options(cache)
    _output_cap_option(cache)
    cache.set_defaults(verb=_cache)
    return parser


def _matrix_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    from generator.matrix.combos import DEFAULT_COMBINATIONS  # noqa: PLC0415 - light, no library loads

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
    _site_options(matrix)
    matrix.add_argument(
        "--combination",
        action="append",
        metavar="SPEC",
        help="releases to run under, such as numpy=1.26.4,torch=2.13.0; repeatable (default: "
        + "; ".join(c.spec for c in DEFAULT_COMBINATIONS)
        + ")",
    )
    matrix.add_argument("--envs", type=Path, help="where environments are kept (default: .cache/envs)")
    matrix.add_argument(
        "--matrix-cache",
        type=Path,
        help="where each combination's runs are cached (default: .cache/matrix/runs)",
    )
    matrix.add_argument(
        "--records",
        type=Path,
        help="where the combinations' records are written and read (default: .cache/matrix/records)",
    )
    matrix.add_argument("--record", type=Path, help="write the matrix's times and disk use to this JSON file")
    matrix.add_argument("--site-dir", type=Path, help="where the site goes (default: site)")
    matrix.add_argument(
        "--keep-going", action="store_true", help="build the site even when pairs do not hold"
    )
    matrix.set_defaults(verb=_matrix)


def _matrix(project: "Project", args: argparse.Namespace) -> int:
    from generator.commands.matrix import matrix  # noqa: PLC0415

    return matrix(project, args)


def _site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, help="the site's configuration (default: mkdocs.yml)")
    parser.add_argument(
        "--site-url",
        default=os.environ.get("SITE_URL") or None,
        help="the address the site will be published at (default: $SITE_URL, else mkdocs.yml's "
        "site_url); enables Material's instant loading and the sitemap",
    )
    parser.add_argument(
        "--builder",
        type=Builder,
        choices=list(Builder),
        default=Builder.MKDOCS,
        help="the static-site builder: mkdocs, or zensical (the optional extra 'zensical'); "
        "default: %(default)s",
    )


def _folder_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--snippets", type=Path, help="snippet folder (default: snippets)")
    parser.add_argument(
        "--cache-dir", type=Path, help="where runs, timings and citations are cached (default: .cache)"
    )


def _output_cap_option(parser: argparse.ArgumentParser) -> None:
    default = EngineSettings().output_cap
    parser.add_argument(
        "--output-cap",
        type=parse_size,
        default=default,
        help=f"stdout/stderr kept per snippet (default: {format_size(default)})",
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
    _folder_options(parser)
    parser.add_argument(
        "--articles",
        type=Path,
        help="folder of Markdown articles that embed pairs with '::pair ID' (default: articles)",
    )
    parser.add_argument("--no-cache", action="store_true", help="run every snippet, ignoring the cache")
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        help=f"snippets run at once (default: the usable cores, {defaults.workers})",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        help=f"seconds a snippet may run before it is killed (default: {defaults.timeout:g})",
    )
    parser.add_argument(
        "--memory",
        type=parse_size,
        help=f"memory cap per snippet, e.g. '512 MiB' (default: {format_size(defaults.memory)})",
    )
    _output_cap_option(parser)
    parser.add_argument(
        "--sandbox",
        choices=[mode.value for mode in SandboxMode],
        default=os.environ.get("NP2T_SANDBOX") or None,
        help="confine each snippet: auto (what this kernel offers, saying once what is missing), "
        "require (refuse to run unconfined; CI), off (default: $NP2T_SANDBOX, else "
        f"{defaults.sandbox})",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress display")
