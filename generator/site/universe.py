"""The coverage page's universe, read from the installed NumPy and PyTorch once per build.

NumPy's side: the functions and ufuncs of the top-level namespace and of ``linalg``, ``fft`` and
``random``, and the public methods and attributes of ``ndarray``. Classes and scalar types are
left out (they are dtypes, covered by name in the dtypes section). Names bound to the same object
form one group, so an alias is counted once and covered by its canonical name's pairs.

PyTorch's side is the proof behind "no PyTorch counterpart": for each group, every name spelled
like one of its names in ``TORCH_NAMESPACES`` of the installed PyTorch. A group with none has no
namesake anywhere a porter would look first; the hand-written tables of ``porting_notes`` then
say what to write instead, or why a name is out of scope, and are checked here against both.
"""

import importlib
import json
import os
import subprocess
import sys
import types
from collections.abc import Iterable, Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from generator.errors import BuildError
from generator.files import write_atomically
from generator.site.coverage import NameGroup
from generator.site.porting_notes import OUT_OF_SCOPE, WRITE_INSTEAD, Scope

SUBMODULES = ("linalg", "fft", "random")
TORCH_NAMESPACES = (
    "torch",
    "torch.Tensor",
    "torch.linalg",
    "torch.fft",
    "torch.special",
    "torch.nn.functional",
)
"""Where a NumPy name's PyTorch namesake is looked for; a submodule of the same name does not count."""


def numpy_universe(cache: Path) -> tuple[NameGroup, ...]:
    """Every public NumPy name the coverage page accounts for, grouped by object, with the notes attached."""
    objects = _numpy_objects()
    groups = group_by_object(objects)
    torch_names = cached_torch_names(cache)
    found = tuple(
        NameGroup(names, tuple(sorted(n for name in names for n in torch_names.get(_leaf(name), ()))))
        for names in groups
    )
    return attach_notes(found, OUT_OF_SCOPE, WRITE_INSTEAD, np.__version__)


def group_by_object(objects: Mapping[str, Any]) -> tuple[tuple[str, ...], ...]:
    """Names bound to one object (``is``), sorted by canonical name; the canonical name comes first.

    The canonical name is the one the object calls itself (``np.concat`` and ``np.concatenate`` are
    ``concatenate``), the shallowest if several are; otherwise the first alphabetically.
    """
    by_identity: dict[int, list[str]] = {}
    for name, value in objects.items():
        by_identity.setdefault(id(value), []).append(name)

    def rank(name: str) -> tuple[bool, int, str]:
        own = getattr(objects[name], "__name__", None)
        return (_leaf(name) != own, name.count("."), name)

    return tuple(sorted(tuple(sorted(names, key=rank)) for names in by_identity.values()))


def attach_notes(
    groups: Iterable[NameGroup],
    out_of_scope: Mapping[str, Scope],
    instead: Mapping[str, str],
    numpy_version: str,
) -> tuple[NameGroup, ...]:
    """The groups with their hand-written notes; BuildError listing every entry that does not hold.

    An entry must name a public NumPy name of this universe, say one thing per group, and, for a
    hint, belong to a group the installed PyTorch has no namesake for.
    """
    groups = tuple(groups)
    group_of = {name: group for group in groups for name in group.names}
    problems = [
        f"{table}: {name!r} is not a public NumPy name of the installed NumPy {numpy_version}"
        for table, entries in (("OUT_OF_SCOPE", out_of_scope), ("WRITE_INSTEAD", instead))
        for name in entries
        if name not in group_of
    ]
    keys = [*out_of_scope, *instead]
    noted: dict[str, str] = {}
    for name in keys:
        if name in group_of:
            canonical = group_of[name].canonical
            if canonical in noted:
                problems.append(f"{noted[canonical]!r} and {name!r} note the same object: keep one")
            noted[canonical] = name
    problems.extend(
        f"WRITE_INSTEAD: {name!r} has a PyTorch namesake ({', '.join(group_of[name].torch_names)}): "
        "the page would claim a missing counterpart, remove the entry"
        for name in instead
        if name in group_of and group_of[name].torch_names
    )
    if problems:
        raise BuildError("porting notes out of date:\n  " + "\n  ".join(problems))
    scope = {group_of[name].canonical: reason for name, reason in out_of_scope.items()}
    hint = {group_of[name].canonical: text for name, text in instead.items()}
    return tuple(
        NameGroup(g.names, g.torch_names, scope.get(g.canonical), hint.get(g.canonical, "")) for g in groups
    )


def _numpy_objects() -> dict[str, Any]:
    objects = {f"numpy.{name}": value for name, value in _public_functions(np).items()}
    for module_name in SUBMODULES:
        module = getattr(np, module_name)
        objects |= {f"numpy.{module_name}.{name}": value for name, value in _public_functions(module).items()}
    objects |= {
        f"numpy.ndarray.{name}": getattr(np.ndarray, name) for name in dir(np.ndarray) if _public(name)
    }
    return objects


def _public_functions(module: types.ModuleType) -> dict[str, Any]:
    candidates = getattr(module, "__all__", None) or dir(module)
    found = {}
    for name in candidates:
        value = getattr(module, name, None)
        if _public(name) and callable(value) and not isinstance(value, type | types.ModuleType):
            found[name] = value
    return found


def cached_torch_names(cache: Path) -> dict[str, tuple[str, ...]]:
    """``torch_names()`` of the installed PyTorch, computed once per version in a subprocess.

    Importing torch costs the parent seconds, as much as a build with nothing to run; the names
    depend only on the installed version, so they are kept in ``cache`` under it.
    """
    path = cache / f"torch-names-{version('torch')}.json"
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        return {name: tuple(qualified) for name, qualified in loaded.items()}
    except (FileNotFoundError, ValueError, AttributeError):
        pass
    completed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, generator.site.universe as u; print(json.dumps(u.torch_names()))",
        ],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ
        | {"PYTHONPATH": os.pathsep.join(filter(None, [_PACKAGE_PARENT, os.environ.get("PYTHONPATH")]))},
    )
    if completed.returncode != 0:
        raise BuildError(f"could not list PyTorch's names:\n{completed.stderr}")
    write_atomically(path, completed.stdout.encode("utf-8"))
    return {name: tuple(qualified) for name, qualified in json.loads(completed.stdout).items()}


_PACKAGE_PARENT = str(Path(__file__).resolve().parents[2])


def torch_names() -> dict[str, tuple[str, ...]]:
    """Leaf name → qualified PyTorch names, over TORCH_NAMESPACES of the installed PyTorch."""
    found: dict[str, list[str]] = {}
    for dotted in TORCH_NAMESPACES:
        for name, value in _members(dotted).items():
            if _public(name) and not isinstance(value, types.ModuleType):
                found.setdefault(name, []).append(f"{dotted}.{name}")
    return {name: tuple(qualified) for name, qualified in found.items()}


def _members(dotted: str) -> dict[str, Any]:
    """The attributes of a module, or of a class of a module (``torch.Tensor``, inherited ones too).

    A module's own dictionary, not ``dir()``: asking a module for every name in ``dir()`` would
    import the submodules PyTorch loads lazily.
    """
    try:
        return dict(vars(importlib.import_module(dotted)))
    except ModuleNotFoundError:
        module, _, attribute = dotted.rpartition(".")
        owner = getattr(importlib.import_module(module), attribute)
        return {name: getattr(owner, name, None) for name in dir(owner)}


def _leaf(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def _public(name: str) -> bool:
    return not name.startswith("_")
