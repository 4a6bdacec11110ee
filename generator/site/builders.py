"""The static-site builders that turn the generated Markdown into HTML: MkDocs, or Zensical.

Both read the same generated ``mkdocs.yml`` (plain configuration, paths relative to the file, no
custom plugin) and run as subprocesses, so this package imports neither. MkDocs is a dependency;
Zensical is the optional extra ``zensical``. Each builder also has a live-preview server, used
by ``serve`` in its incremental mode: MkDocs rebuilds only the pages whose Markdown changed
(its dirty build, in MkDocs' own server started by ``devserver``), Zensical tracks what each
page depends on.
"""

import json
import os
import subprocess
import sys
import threading
from enum import StrEnum
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO

from generator.errors import BuildError, displayable
from generator.execute.launch import package_pythonpath


class Builder(StrEnum):
    """Which program builds the HTML site."""

    MKDOCS = "mkdocs"
    ZENSICAL = "zensical"


_PACKAGES = {
    Builder.MKDOCS: ("mkdocs", "mkdocs-material", "pymdown-extensions", "markdown", "pygments"),
    Builder.ZENSICAL: ("zensical", "pymdown-extensions", "markdown", "pygments"),
}
"""The distributions whose versions change what a builder writes from the same pages."""

_ENV = {"NO_MKDOCS_2_WARNING": "1"}

QUOTED_OUTPUT = 16_000
"""The most of a builder's output a failure quotes, in characters: its end, where both MkDocs'
abort and a Python traceback put the line that says what went wrong."""

QUOTED_LINE = 4_000
"""The longest line of a dev server's output passed on as one, in characters."""


def builder_versions(builder: Builder) -> dict[str, str]:
    """The installed versions of what the builder runs; a BuildError says how to install a missing one."""
    try:
        return {name: version(name) for name in _PACKAGES[builder]}
    except PackageNotFoundError as exc:
        raise BuildError(
            f"the {builder} builder needs {exc.name}, which is not installed: "
            f"pip install 'numpy-torch-reference[{builder}]' (or pip install {exc.name})"
        ) from exc


class BuildMode(StrEnum):
    """Which pages a build renders: all of them, or those whose output is missing or older."""

    WHOLE = "whole"
    CHANGED = "changed"
    """MkDocs' dirty build (its site folder kept from the last one): a patch's stub pages, whose
    output the patch never takes, are not rendered again. MkDocs cannot be strict about a dirty
    build (it warns that it is dirty), so ``finish_builder`` refuses any other warning itself."""


DIRTY_WARNING = "A 'dirty' build is being performed"
"""The start of the one warning a dirty MkDocs build always gives."""


def build_arguments(
    builder: Builder, config: Path, mode: BuildMode = BuildMode.WHOLE, site_dir: Path | None = None
) -> list[str]:
    """The builder's arguments that build the site ``config`` describes, failing on any warning.

    A dirty MkDocs build may write into ``site_dir`` instead of the configuration's site folder.
    """
    if builder is Builder.MKDOCS and mode is BuildMode.CHANGED:
        elsewhere = ["--site-dir", str(site_dir)] if site_dir is not None else []
        return ["build", "--dirty", "--no-strict", "--config-file", str(config), *elsewhere]
    if builder is Builder.MKDOCS:
        return ["build", "--strict", "--clean", "--config-file", str(config)]
    return ["build", "--strict", "--config-file", str(config)]


def build_command(
    builder: Builder, config: Path, mode: BuildMode = BuildMode.WHOLE, site_dir: Path | None = None
) -> list[str]:
    """The command that builds the site ``config`` describes (``build_arguments``)."""
    return [sys.executable, "-m", builder.value, *build_arguments(builder, config, mode, site_dir)]


def serve_command(builder: Builder, config: Path, dev_addr: str) -> list[str]:
    """The command that serves ``config``'s site and rebuilds only the pages whose Markdown changed.

    For MkDocs that is MkDocs' own server and dirty build, started by ``devserver`` so that it
    looks for changes more often than ``mkdocs serve --dirty`` would. MkDocs' dirty reload cannot
    run in strict mode (it warns that it is dirty), so the preview is not strict; ``build`` is.
    """
    if builder is Builder.MKDOCS:
        return [sys.executable, "-P", "-m", "generator.site.devserver", str(config), dev_addr]
    return [sys.executable, "-m", "zensical", "serve", "--config-file", str(config), "--dev-addr", dev_addr]


class ReadyBuilders:
    """MkDocs processes started before the pages are rendered, each waiting to build one site.

    Starting Python and importing MkDocs, its theme and extensions is a good part of a small
    build (one edited page); a ready process (``runner``) has done it while the pages were
    rendered, and given ``warm`` (a configuration a recent build used) it has also loaded that
    configuration and its extensions once. Given ``templates``, a folder, it keeps the theme's
    compiled templates there for the next build (``compiled``). When none is left, ``take``
    starts one, which keeps them too. Zensical has none: its processes start when asked. Those
    never taken are killed at ``close``.
    """

    def __init__(
        self, builder: Builder, count: int, warm: Path | None = None, templates: Path | None = None
    ) -> None:
        builder_versions(builder)
        self._builder = builder
        self._warm = str(warm.resolve()) if warm is not None and warm.is_file() else ""
        self._templates = str(templates.resolve()) if templates is not None else ""
        self._waiting = [self._start(self._warm) for _ in range(count if builder is Builder.MKDOCS else 0)]

    def _start(self, warm: str) -> "subprocess.Popen[str]":
        return subprocess.Popen(
            # This very package, never one the working folder holds, as for the warm server.
            [sys.executable, "-P", "-m", "generator.site.runner", warm, self._templates],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=os.environ | _ENV | {"PYTHONPATH": package_pythonpath()},
        )

    def another(self) -> None:
        """Start one more process, warmed as the first ones were."""
        if self._builder is Builder.MKDOCS:
            self._waiting.append(self._start(self._warm))

    def take(
        self, config: Path, mode: BuildMode = BuildMode.WHOLE, site_dir: Path | None = None
    ) -> "subprocess.Popen[str] | None":
        """A waiting process, now building ``config``'s site; a new one when none is left.

        None for a builder that has none (Zensical).
        """
        if self._builder is Builder.MKDOCS and not self._waiting:
            self._waiting.append(self._start(""))  # the build's order follows at once: no warm-up
        while self._waiting:
            process = self._waiting.pop(0)
            if process.poll() is not None or process.stdin is None:
                continue
            arguments = build_arguments(Builder.MKDOCS, config, mode, site_dir)
            order = {"cwd": str(config.parent), "args": arguments}
            try:
                process.stdin.write(json.dumps(order) + "\n")
                process.stdin.flush()  # finish_builder's communicate() then closes it
            except OSError:
                _kill(process)
                continue
            return process
        return None

    def close(self) -> None:
        """Kill the processes no build took."""
        waiting, self._waiting = self._waiting, []
        for process in waiting:
            _kill(process)


def _kill(process: "subprocess.Popen[str]") -> None:
    process.kill()
    process.communicate()


def start_builder(
    builder: Builder,
    config: Path,
    ready: ReadyBuilders | None = None,
    mode: BuildMode = BuildMode.WHOLE,
    site_dir: Path | None = None,
) -> "subprocess.Popen[str]":
    """Start building the site ``config`` describes (on a ready process when there is one).

    ``finish_builder`` waits for it, given the same ``mode``.
    """
    builder_versions(builder)
    config = config.resolve()
    taken = ready.take(config, mode, site_dir) if ready is not None and builder is Builder.MKDOCS else None
    if taken is not None:
        return taken
    return subprocess.Popen(
        build_command(builder, config, mode, site_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=config.parent,
        env=os.environ | _ENV,
    )


def finish_builder(
    builder: Builder, process: "subprocess.Popen[str]", mode: BuildMode = BuildMode.WHOLE
) -> None:
    """Wait for a build ``start_builder`` started; a failure is a BuildError carrying its output.

    A warning fails a build as ``--strict`` would; in a dirty build, any but the one it always gives.
    """
    output = _quotable(process.communicate()[0])
    if process.returncode != 0:
        raise BuildError(f"{builder} build --strict failed (exit {process.returncode}):\n{output}")
    if mode is BuildMode.CHANGED and (warned := _warnings(output)):
        raise BuildError(f"{builder} build warned (a strict build fails):\n" + "\n".join(warned))


def _quotable(output: str) -> str:
    """A builder's output, fit for a console: control characters escaped, only the end kept.

    Its warnings quote the pages, so an author's prose, whose control characters a terminal obeys.
    """
    text = displayable(output)
    if len(text) <= QUOTED_OUTPUT:
        return text
    return f"[the first {len(text) - QUOTED_OUTPUT:,} characters are left out]\n{text[-QUOTED_OUTPUT:]}"


def _warnings(output: str) -> list[str]:
    """The lines where MkDocs logged a warning or an error, but for the dirty build's own warning."""
    return [
        line
        for line in output.splitlines()
        if line.startswith(("WARNING", "ERROR")) and DIRTY_WARNING not in line
    ]


def start_server(builder: Builder, config: Path, dev_addr: str) -> "subprocess.Popen[str]":
    """Start the builder's preview server on ``config``.

    Its output reaches this process's error stream a line at a time, escaped as a failed build's
    is (``_quotable``): the server's warnings quote the pages it rebuilds while an author edits.
    """
    builder_versions(builder)
    config = config.resolve()
    command = serve_command(builder, config, dev_addr)
    process = subprocess.Popen(
        command,
        cwd=config.parent,
        # This very package's dev server (``devserver``), never one the working folder holds.
        env=os.environ | _ENV | {"PYTHONPATH": package_pythonpath()},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="backslashreplace",
    )
    assert process.stdout is not None
    threading.Thread(target=_relay, args=(process.stdout,), daemon=True).start()
    return process


def _relay(output: "IO[str]") -> None:
    """Copy a dev server's output to this process's error stream, a bounded line at a time.

    The pipe is closed at its end, when the server has stopped: nothing else reads it.
    """
    with output:
        while line := output.readline(QUOTED_LINE):
            print(displayable(line.rstrip("\n")), file=sys.stderr, flush=True)
