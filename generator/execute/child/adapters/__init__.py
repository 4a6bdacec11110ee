"""Side adapters: what the warm server and its children need to know about each side's library.

An adapter is a module named by a ``Side`` entry (``generator.sides``). It defines:

- ``MODULES``: modules the warm server imports once, so that no snippet pays for them;
- ``LIBRARY`` and ``ARRAY_TYPE``: the root module whose names the API index records, and the
  class whose attributes count as that library's methods (``ndarray``, ``Tensor``); None for a
  side with no library;
- ``version()``: the version the server reports for the side (None without a library);
- ``warm_up()`` and ``seed(seed)``: run once in the server before any fork;
- ``convert(obj)``: the library's own objects as a comparable Value, or None for anything else;
- ``set_threads(count)``: make the library compute with ``count`` threads (for a timed run);
- optionally ``PREPARATIONS``: features whose first use loads more of the library
  (``Preparation``), prepared before the run of a snippet that names one: by the server, once,
  for untimed children where it leaves the library as fast as it was, else by the child.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from generator.execute.values import Value


@dataclass(frozen=True)
class Preparation:
    """A feature whose first use imports more of its library, used once in the server instead.

    A library that imports modules on the first call of a feature makes every child that calls it
    pay for the import, and a timed run that imported cannot stand for its own timing. ``prepare``
    uses the feature on a tiny input, so the library loads what it needs itself. A timed child
    calls it for its own snippet before its run. The server calls it before forking the first
    untimed child whose snippet matches ``names`` when the preparation is ``shared``: one whose
    loading leaves the library as fast as it was in the children forked after it. The words are
    a hint, never a claim: a snippet that names the feature without using it costs one
    preparation, and one that uses it without naming it pays the import itself, as every child
    did before.
    """

    feature: str
    names: re.Pattern[str]
    prepare: Callable[[], None]
    shared: bool = True

    def wanted_by(self, source: str) -> bool:
        """Whether a snippet's source names the feature."""
        return self.names.search(source) is not None


@dataclass(frozen=True)
class Adapter:
    """One side's adapter module, loaded and checked once."""

    name: str
    modules: tuple[str, ...]
    library: str | None
    array_type: str | None
    version: Callable[[], str | None]
    warm_up: Callable[[], None]
    seed: Callable[[int], None]
    convert: Callable[[Any], Value | None]
    set_threads: Callable[[int], None]
    preparations: tuple[Preparation, ...]


def load_adapter(name: str) -> Adapter:
    """Import an adapter module; a missing definition is reported by name, not as an AttributeError later."""
    module = import_module(name)
    required = ("MODULES", "LIBRARY", "ARRAY_TYPE", "version", "warm_up", "seed", "convert", "set_threads")
    missing = [attribute for attribute in required if not hasattr(module, attribute)]
    if missing:
        raise TypeError(f"side adapter {name} does not define {', '.join(missing)}")
    return Adapter(
        name=name,
        modules=tuple(module.MODULES),
        library=module.LIBRARY,
        array_type=module.ARRAY_TYPE,
        version=module.version,
        warm_up=module.warm_up,
        seed=module.seed,
        convert=module.convert,
        set_threads=module.set_threads,
        preparations=tuple(getattr(module, "PREPARATIONS", ())),
    )
