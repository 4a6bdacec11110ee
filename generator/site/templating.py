"""The Jinja environment every page and citation is rendered with, and its Markdown-aware filters.

Autoescaping is on: text from snippets and runs is never trusted as HTML. The filters (from
``inert``) keep generated Markdown inert: a fence longer than any backtick run inside, author
prose that cannot become HTML, table cells without pipes, and what a run reported (``text``,
``code``) shown as written wherever it lands.
"""

import functools
from collections.abc import Callable
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.site.compiled import CompiledTemplates
from generator.site.config import Templates
from generator.site.inert import code, fence, prose, prose_line, table_cell, text
from generator.site.memo import templates_digest
from generator.timer import format_ratio


def environment(templates: Templates, digest: str | None = None) -> Environment:
    """The Jinja environment: autoescaping on, strict about undefined names, Markdown-aware filters.

    A template is looked up in the templates' folders in order, the site's own first.

    One environment serves every render while the template files stay the same, byte for byte
    and file for file: Jinja keeps the templates it compiled in its environment, and a new one
    would compile them again at every render, which the preview and the one-edit build do after
    every edit. A file edited, added or removed gives a new environment, so a template added in
    the site's folder in front of the package's is found, which Jinja's own check of the files
    it loaded would not see. ``digest`` is ``templates_digest`` of the files, when the caller
    has just computed it.

    A new process compiles them too, unless ``templates.compiled`` keeps their code from the last
    one: a one-edit build is a new process, and compiling took a good part of its rendering.
    """
    return _environment(templates, digest or templates_digest(templates.files()))


@functools.lru_cache(maxsize=4)
def _environment(templates: Templates, digest: str) -> Environment:
    """The environment for these templates' folders while their files digest to ``digest``."""
    env = Environment(
        loader=FileSystemLoader(templates.folders),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=CompiledTemplates(str(templates.compiled)) if templates.compiled else None,
    )
    filters: dict[str, Callable[..., Any]] = {
        "fence": fence,
        "prose": prose,
        "prose_line": prose_line,
        "cell": table_cell,
        "code": code,
        "text": text,
        "ratio": format_ratio,
    }
    env.filters.update(filters)
    return env
