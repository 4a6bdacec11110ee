"""The Jinja environment every page and citation is rendered with, and its Markdown-aware filters.

Autoescaping is on: text from snippets and runs is never trusted as HTML. The filters (from
``inert``) keep generated Markdown inert: a fence longer than any backtick run inside, author
prose that cannot become HTML, table cells without pipes.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.site.inert import code, fence, prose, prose_line, table_cell
from generator.timer import format_ratio

TEMPLATES = Path(__file__).resolve().parent / "templates"


def environment(templates: Path = TEMPLATES) -> Environment:
    """The Jinja environment: autoescaping on, strict about undefined names, Markdown-aware filters."""
    env = Environment(
        loader=FileSystemLoader(templates),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    filters: dict[str, Callable[..., Any]] = {
        "code": code,
        "fence": fence,
        "prose": prose,
        "prose_line": prose_line,
        "cell": table_cell,
        "ratio": format_ratio,
    }
    env.filters.update(filters)
    return env
