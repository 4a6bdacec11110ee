"""The package's exceptions: one root, so a caller can catch everything the generator raises on purpose."""

from dataclasses import dataclass
from pathlib import Path


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
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.message}"


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
