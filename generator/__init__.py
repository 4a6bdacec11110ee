"""The executed NumPy to PyTorch reference: run paired snippets, compare them, publish the site.

The package is a pipeline of stages, each importing only earlier ones: ``discover`` (snippet
folders and articles into a catalog) → ``execute`` (each snippet in a confined child of a warm
server; the code of those processes is ``execute.child``) → ``compare`` (verdicts) → ``measure``
(the size sweeps) → ``site`` (pages, ``pairs.json``, the builder) → ``commands`` (the project
value, the pipeline, the ``np2t`` command).

For tools that build programmatically, the names below load on first use, so importing the
package costs nothing::

    from pathlib import Path
    from generator import Pipeline, load_project

    with Pipeline(load_project(Path("."))) as pipeline:
        result = pipeline.judge(pipeline.discover())
        if result.holds:
            pipeline.build(pipeline.render(result))
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.commands.pipeline import Pipeline
    from generator.commands.project import Paths, Project, load_project
    from generator.compare.pipeline import CatalogResult
    from generator.execute.requests import EngineSettings

__all__ = ["CatalogResult", "EngineSettings", "Paths", "Pipeline", "Project", "load_project"]

_HOMES = {
    "CatalogResult": "generator.compare.pipeline",
    "EngineSettings": "generator.execute.requests",
    "Paths": "generator.commands.project",
    "Pipeline": "generator.commands.pipeline",
    "Project": "generator.commands.project",
    "load_project": "generator.commands.project",
}


def __getattr__(name: str) -> Any:
    """The public names, imported when first asked for (PEP 562)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'generator' has no attribute {name!r}")
    return getattr(import_module(home), name)
