"""Coverage: the public NumPy API a porter meets, set against the names the pairs really use.

The universe is read from the installed NumPy itself: the functions and ufuncs of its top-level
namespace and of ``linalg``, ``fft`` and ``random``, and the public methods and attributes of
``ndarray``. Classes and scalar types are left out (they are dtypes, covered by name in the dtypes
section), and so are the names listed in EXCLUDED, which configure or describe NumPy rather than
compute anything a port needs to translate.
"""

import types
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from generator.compare.verdict import PairOutcome, Verdict

SUBMODULES = ("linalg", "fft", "random")
EXCLUDED = frozenset(
    {
        # configuration, printing and introspection of NumPy itself
        "add_docstring",
        "add_newdoc",
        "add_newdoc_ufunc",
        "get_include",
        "getbufsize",
        "setbufsize",
        "geterrcall",
        "seterrcall",
        "show_config",
        "show_runtime",
        "info",
        "printoptions",
        "get_printoptions",
        "set_printoptions",
        "array2string",
        "array_repr",
        "array_str",
        "format_float_positional",
        "format_float_scientific",
        "base_repr",
        "binary_repr",
        "typename",
        "mintypecode",
        "test",
        "get_array_wrap",
        "get_array_prepare",
        "deprecate",
        "deprecate_with_doc",
        "who",
        "lookfor",
        "source",
        "safe_eval",
        "disp",
        "from_dlpack",
        "asmatrix",
        "bmat",
        "fromregex",
        "genfromtxt",
        "loadtxt",
        "savetxt",
        "fromfile",
        "tofile",
        "dump",
        "dumps",
        "getfield",
        "setfield",
        "setflags",
        "byteswap",
        "newbyteorder",
        "get_state",
        "set_state",
        "bit_generator",
        "ctypes",
        "base",
        "flags",
        "flat",
        "dtypes",
    }
)


@dataclass(frozen=True)
class Coverage:
    """The NumPy names a porter meets, split by what the catalog proves about each."""

    verified: tuple[str, ...]
    differs_only: tuple[str, ...]
    missing: tuple[str, ...]

    @property
    def total(self) -> int:
        """How many names the universe holds."""
        return len(self.verified) + len(self.differs_only) + len(self.missing)


def numpy_universe() -> tuple[str, ...]:
    """Every qualified NumPy name the coverage page accounts for, sorted."""
    names = {f"numpy.{name}" for name in _public_functions(np)}
    for module_name in SUBMODULES:
        module = getattr(np, module_name)
        names |= {f"numpy.{module_name}.{name}" for name in _public_functions(module)}
    names |= {f"numpy.ndarray.{name}" for name in dir(np.ndarray) if _wanted(name)}
    return tuple(sorted(names))


def coverage(outcomes: Iterable[PairOutcome], universe: Iterable[str], side: str = "numpy") -> Coverage:
    """Classify each name: used by a holding equal/both-raise pair, only by documented differences, or not.

    ``side`` is the side whose code is read: the NumPy side, which the universe describes.
    """
    verified: set[str] = set()
    differs: set[str] = set()
    for outcome in outcomes:
        run = outcome.runs.get(side)
        if run is None or not outcome.judgement.holds:
            continue
        target = differs if outcome.judgement.verdict is Verdict.DIFFERS else verified
        target.update(run.api)
    names = tuple(universe)
    return Coverage(
        verified=tuple(n for n in names if n in verified),
        differs_only=tuple(n for n in names if n in differs and n not in verified),
        missing=tuple(n for n in names if n not in verified and n not in differs),
    )


def _public_functions(module: types.ModuleType) -> list[str]:
    candidates = getattr(module, "__all__", None) or dir(module)
    found = []
    for name in candidates:
        value = getattr(module, name, None)
        if _wanted(name) and callable(value) and not isinstance(value, type | types.ModuleType):
            found.append(name)
    return found


def _wanted(name: str) -> bool:
    return not name.startswith("_") and name not in EXCLUDED
