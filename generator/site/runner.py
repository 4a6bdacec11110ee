"""A MkDocs process started before its build is known: it loads MkDocs, then waits for its order.

``python -m generator.site.runner [CONFIG [TEMPLATES]]`` imports MkDocs' command line, and with
``CONFIG`` (the configuration a recent build used) loads it once and converts a line of Markdown
with its extensions, so that the theme, the plugins, the extensions and the highlighter's lexers
are imported and found before the build starts. With ``TEMPLATES``, a folder, the theme's
templates compiled by one build are kept there for the next (``compiled``). It then reads one
line on stdin, a JSON object with ``cwd`` and ``args``, and runs ``mkdocs ARGS`` from ``cwd``
exactly as ``python -m mkdocs ARGS`` would: the warm-up's configuration is discarded, and the
build loads its own. End of input without an order ends the process, having built nothing.

This is the builder's own process (like ``execute.child`` for snippets): nothing in the
generator imports this module, and it imports nothing of the generator but ``compiled``, which
is the builder's side too.
"""

import contextlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path

from generator.site.compiled import keep_compiled_templates

WARM_MARKDOWN = "```python\nx = 1\n```\n\n`#!python x`\n"
"""Markdown that makes the highlighter load its lexers and formatter (fenced and inline code)."""


def warm(config: str) -> None:
    """Load ``config`` and convert a little Markdown with its extensions; any failure is ignored.

    The file may be rewritten while it is read, or hold a mistake the real build will report:
    the warm-up only imports and finds things, it decides nothing.
    """
    from markdown import Markdown  # noqa: PLC0415 - imported while the build is not yet known
    from mkdocs.config import load_config  # noqa: PLC0415

    logging.disable(logging.CRITICAL)
    try:
        with tempfile.TemporaryDirectory() as empty, contextlib.suppress(Exception):
            loaded = load_config(config, docs_dir=empty, site_dir=str(Path(empty, "site")))
            Markdown(
                extensions=loaded["markdown_extensions"], extension_configs=loaded["mdx_configs"]
            ).convert(WARM_MARKDOWN)
    finally:
        logging.disable(logging.NOTSET)


def main() -> None:
    """Import MkDocs, warm up, wait for the order, run it (``mkdocs`` exits with the build's status)."""
    from mkdocs.__main__ import cli  # noqa: PLC0415 - the import is the point of starting early

    if len(sys.argv) > 2 and sys.argv[2]:
        keep_compiled_templates(Path(sys.argv[2]))
    if len(sys.argv) > 1 and sys.argv[1]:
        warm(sys.argv[1])
    line = sys.stdin.readline()
    if not line:
        return
    order = json.loads(line)
    os.chdir(order["cwd"])
    sys.argv = ["mkdocs", *order["args"]]
    cli.main(args=list(order["args"]), prog_name="mkdocs")


if __name__ == "__main__":
    main()
