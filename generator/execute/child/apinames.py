"""Which library names a snippet uses, found from its code and checked against the real libraries.

This runs in the forked child after the snippet, because only there are the libraries loaded and
the snippet's variables bound: ``x.repeat(2)`` is ``torch.Tensor.repeat`` when ``x`` ended up a
tensor. An attribute of a call to a library class (``np.dtype(k).itemsize``) belongs to that class;
attributes of other expressions (``torch.arange(3).repeat(2)``) are attributed to the array type
of the library the file imports. The libraries are the sides' (each adapter's ``LIBRARY`` and
``ARRAY_TYPE``), the snippet's own side first.
"""

import ast
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any

from generator.execute.child.adapters import Adapter


def api_names(source: str, namespace: dict[str, Any], adapters: Sequence[Adapter]) -> tuple[str, ...]:
    """Sorted fully qualified names (``numpy.linalg.norm``, ``torch.Tensor.repeat``) the source uses."""
    array_types = tuple((a.library, a.array_type) for a in adapters if a.library and a.array_type)
    libraries = tuple(dict.fromkeys(library for library, _ in array_types))
    tree = ast.parse(source)
    aliases = _import_aliases(tree, libraries)
    roots = {path.split(".")[0] for path in aliases.values()}
    default_type = next((t for t in array_types if t[0] in roots), None)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute | ast.Name) and isinstance(getattr(node, "ctx", None), ast.Load):
            name = _qualified(node, aliases, namespace, default_type, array_types)
            if name:
                found.add(name)
    return tuple(sorted(found))


def _import_aliases(tree: ast.Module, libraries: tuple[str, ...]) -> dict[str, str]:
    """Local name → dotted path, for imports from the compared libraries."""
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in libraries:
                    local = alias.asname or alias.name.split(".")[0]
                    aliases[local] = alias.name if alias.asname else alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in libraries:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return aliases


def _qualified(
    node: ast.Attribute | ast.Name,
    aliases: dict[str, str],
    namespace: dict[str, Any],
    default_type: tuple[str, str] | None,
    array_types: tuple[tuple[str, str], ...],
) -> str | None:
    chain: list[str] = []
    base: ast.AST = node
    while isinstance(base, ast.Attribute):
        chain.insert(0, base.attr)
        base = base.value
    if isinstance(base, ast.Name) and base.id in aliases:
        dotted = ".".join([aliases[base.id], *chain])
        return dotted if _resolves(dotted) else None
    if not isinstance(node, ast.Attribute):
        return None
    constructed = _constructed_class(node.value, aliases)
    if constructed is not None:
        return f"{constructed}.{node.attr}" if hasattr(_lookup(constructed), node.attr) else None
    owner = (
        _array_type_of(namespace.get(node.value.id), array_types)
        if isinstance(node.value, ast.Name)
        else default_type
    )
    if owner and hasattr(getattr(sys.modules[owner[0]], owner[1]), node.attr):
        return f"{owner[0]}.{owner[1]}.{node.attr}"
    return None


def _constructed_class(value: ast.expr, aliases: dict[str, str]) -> str | None:
    """The dotted name of a library class when ``value`` calls it (``np.dtype(k)``), else None."""
    if not isinstance(value, ast.Call):
        return None
    chain: list[str] = []
    func: ast.expr = value.func
    while isinstance(func, ast.Attribute):
        chain.insert(0, func.attr)
        func = func.value
    if not isinstance(func, ast.Name) or func.id not in aliases:
        return None
    dotted = ".".join([aliases[func.id], *chain])
    return dotted if isinstance(_lookup(dotted), type) else None


def _array_type_of(value: Any, array_types: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    for module_name, type_name in array_types:
        module = sys.modules.get(module_name)
        if module is not None and isinstance(value, getattr(module, type_name)):
            return module_name, type_name
    return None


def _resolves(dotted: str) -> bool:
    """Whether a dotted name is a public non-module object of a loaded library (typos, privates drop out)."""
    found = _lookup(dotted)
    return found is not None and not isinstance(found, ModuleType)


def _lookup(dotted: str) -> Any:
    """The object a public dotted name refers to in an already imported library, or None."""
    parts = dotted.split(".")
    if any(part.startswith("_") for part in parts):
        return None
    current: Any = sys.modules.get(parts[0])
    for part in parts[1:]:
        if current is None:
            return None
        current = getattr(current, part, None)
    return current
