"""Side adapters: what the warm server and its children need to know about each side's library.

An adapter is a module named by a ``Side`` entry (``generator.sides``). It defines:

- ``MODULES``: modules the warm server imports once, so that no snippet pays for them;
- ``LIBRARY`` and ``ARRAY_TYPE``: the root module whose names the API index records, and the
  class whose attributes count as that library's methods (``ndarray``, ``Tensor``); None for a
  side with no library;
- ``version()``: the version the server reports for the side (None without a library);
- ``warm_up()`` and ``seed(seed)``: run once in the server before any fork;
- ``convert(obj)``: the library's own objects as a comparable Value, or None for anything else;
- ``set_threads(count)``: make the library compute with ``count`` threads (for a timed run).
"""

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from generator.execute.values import Value


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
    )
