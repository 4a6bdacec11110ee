"""The Jinja environment every page and citation is rendered with, and its Markdown-aware filters.

Autoescaping is on: text from snippets and runs is never trusted as HTML. The filters keep
generated Markdown inert: a fence longer than any backtick run inside, table cells without pipes.
"""

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from generator.site.timings import format_ratio

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
        "fence": fence,
        "md": Markup,
        "cell": table_cell,
        "ratio": format_ratio,
    }
    env.filters.update(filters)
    return env


def fence(text: str, language: str, *, title: str | None = None, linenums: int | None = None) -> Markup:
    """A fenced code block whose fence is longer than any backtick run inside, so no output can escape it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    options = "".join([f' title="{title}"' if title else "", f' linenums="{linenums}"' if linenums else ""])
    return Markup(f"{ticks}{language}{options}\n{text.rstrip()}\n{ticks}")


def table_cell(text: str) -> Markup:
    """Author Markdown made safe for a table cell: a pipe would end the cell."""
    return Markup(text.replace("|", "\\|").replace("\n", " "))
