"""The package's exceptions: one root, so a caller can catch everything the generator raises on purpose."""

import re
from dataclasses import dataclass
from pathlib import Path

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Control characters but newline and tab: what a message may not hold (a terminal obeys them)."""


def displayable(text: str) -> str:
    r"""``text`` fit for a console or a page: no control characters but newline and tab.

    An undecodable byte (of a file name, say) and a control character become ``\xNN`` escapes.
    """
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return CONTROL.sub(lambda match: f"\\x{ord(match[0]):02x}", text)


class GeneratorError(Exception):
    """Root of every error the generator raises deliberately."""


@dataclass(frozen=True)
class Problem:
    """Something wrong with a file of the catalog, located precisely enough to fix it.

    Problems are data rather than exceptions so that one malformed pair is reported
    next to all the others instead of stopping the run.
    """

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        """The problem as the console and the pages show it, escaped (``displayable``).

        The path is a file's name, which the catalog's author chose, as is much of the message.
        """
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return displayable(f"{where}: {self.message}")


class SnippetError(GeneratorError):
    """A snippet or section file is malformed; carries the located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


class EngineError(GeneratorError):
    """The execution engine itself failed (not a snippet): the warm server died or spoke nonsense."""


class BuildError(GeneratorError):
    """The site could not be built; the previous ``site/`` is left untouched."""


class ConfigError(GeneratorError):
    """The site's configuration or the command line asks for something the generator cannot do."""
