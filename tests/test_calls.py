"""Every short form the site shows names only what exists in its library.

The cheat sheet prints each pair's ``numpy_call`` and ``torch_call`` as written, and the coverage
page prints the hand-written hints of ``WRITE_INSTEAD``; no run checks them. Here each is parsed
with ``ast``: every dotted name rooted at a library (``np.``, ``numpy.``, ``torch.``, ``F.`` for
``torch.nn.functional``, ``nn.`` for ``torch.nn``) must resolve in the installed library, and
every method called on anything else (``a.sum(``) must be an attribute of the array type or,
failing that, of a public class of the side's library (``rng.normal(`` is a ``Generator``
method), or of the library the receiver is built from (``np.random.default_rng(0).random(4)``
inside a ``torch_call``). One test per pair, with the pair id as the test id.
"""

import ast
import importlib
import re
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest
import torch

from generator.discover.catalog import discover
from generator.discover.metadata import Expectation
from generator.site.porting_notes import WRITE_INSTEAD

REPO = Path(__file__).resolve().parent.parent
ROOTS = {
    "np": "numpy",
    "numpy": "numpy",
    "torch": "torch",
    "F": "torch.nn.functional",
    "nn": "torch.nn",
    "D": "torch.distributions",
    "json": "json",
}
ARRAY_TYPES: dict[str, type] = {"numpy": np.ndarray, "torch": torch.Tensor}

PAIRS = [pair for pair in discover(REPO / "snippets", base=REPO).pairs if pair.meta and pair.meta.calls]


def parse(code: str) -> ast.Module:
    """A short form as code, read as a person would.

    A prose ellipsis ``…`` is Python's ``...``; ``except X`` alone is a handler; statements joined
    by ``; `` on one line are read one by one (``loss.backward(); with torch.no_grad(): ...``), and
    ``try: A except E: B`` as the two-clause statement it abbreviates.
    """
    code = code.replace("…", "...")
    try:
        return ast.parse(code)
    except SyntaxError:
        if code.startswith("except"):
            return ast.parse(f"try:\n    pass\n{code}: pass")
        one_line_try = re.fullmatch(r"try: (?P<body>.+?) except (?P<handler>[^:]+): (?P<rest>.+)", code)
        if one_line_try:
            body, handler, rest = one_line_try["body"], one_line_try["handler"], one_line_try["rest"]
            return ast.parse(f"try:\n    {body}\nexcept {handler}:\n    {rest}")
        pieces = code.split("; ")
        if len(pieces) == 1:
            raise
        return ast.Module(body=[node for piece in pieces for node in parse(piece).body], type_ignores=[])


def chain(node: ast.expr) -> tuple[ast.expr, list[str]]:
    """The innermost value of an attribute chain and the attributes read from it, in order."""
    attributes: list[str] = []
    while isinstance(node, ast.Attribute):
        attributes.insert(0, node.attr)
        node = node.value
    return node, attributes


def origin(node: ast.expr) -> str | None:
    """The library an expression comes from when it is built from one (``np.random.default_rng(0)``)."""
    while isinstance(node, ast.Attribute | ast.Call | ast.Subscript):
        node = node.func if isinstance(node, ast.Call) else node.value
    return ROOTS[node.id].split(".")[0] if isinstance(node, ast.Name) and node.id in ROOTS else None


def resolve(dotted: str) -> bool:
    """Whether a dotted name exists in an installed library, by attribute or as a submodule."""
    parts = dotted.split(".")
    current: Any = importlib.import_module(parts[0])
    for index, part in enumerate(parts[1:], start=1):
        if hasattr(current, part):
            current = getattr(current, part)
            continue
        try:
            current = importlib.import_module(".".join(parts[: index + 1]))
        except ImportError:
            return False
    return True


@cache
def public_types(library: str) -> tuple[type, ...]:
    """The public classes of a library's namespace and of its public submodules (lazy ones loaded)."""
    root = importlib.import_module(library)
    members = {name: getattr(root, name, None) for name in dir(root) if not name.startswith("_")}
    modules = [root] + [
        value
        for value in members.values()
        if isinstance(value, ModuleType) and value.__name__.startswith(library)
    ]
    return tuple(
        value
        for module in modules
        for name, value in vars(module).items()
        if not name.startswith("_") and issubclass(type(value), type)
    )


def unknown_names(code: str, library: str) -> list[str]:
    """The names in ``code`` that its library (or the library they are rooted at) lacks."""
    missing: set[str] = set()
    for node in ast.walk(parse(code)):
        if isinstance(node, ast.Attribute):
            base, attributes = chain(node)
            if isinstance(base, ast.Name) and base.id in ROOTS:
                dotted = ".".join([ROOTS[base.id], *attributes])
                if not resolve(dotted):
                    missing.add(f"{base.id}.{'.'.join(attributes)}")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            base, _ = chain(node.func)
            if isinstance(base, ast.Name) and base.id in ROOTS:
                continue
            method = node.func.attr
            owner_library = origin(node.func.value) or library
            if owner_library not in ARRAY_TYPES:
                continue
            # A receiver's library is not always visible (``rng`` in a torch_call is NumPy's), so a
            # method of either library's public classes counts; a typo belongs to neither.
            owners = (
                ARRAY_TYPES[owner_library],
                *public_types(owner_library),
                *public_types(_other(owner_library)),
            )
            if not any(hasattr(owner, method) for owner in owners):
                missing.add(f".{method}(")
    return sorted(missing)


MISSING_ON_PURPOSE = "# AttributeError"
"""Marks a short form that raises AttributeError on purpose: a documented difference shows it raise."""


def _other(library: str) -> str:
    return "torch" if library == "numpy" else "numpy"


@pytest.mark.parametrize("pair", PAIRS, ids=[pair.id for pair in PAIRS])
def test_short_forms_name_only_what_exists(pair):
    """Every name of a form exists, unless the form is marked as raising in a documented difference."""
    assert pair.meta is not None
    problems = []
    for side, code in pair.meta.calls:
        try:
            missing = unknown_names(code, side)
        except SyntaxError as exc:
            problems.append(f"{side}_call {code!r} is not Python: {exc.msg}")
            continue
        if MISSING_ON_PURPOSE in code:
            if pair.meta.expect is not Expectation.DIFFERS:
                problems.append(
                    f"{side}_call {code!r} is marked missing in a pair that does not expect differs"
                )
            continue
        problems.extend(f"{side}_call {code!r}: no {name} in {side}" for name in missing)
    assert problems == []


@pytest.mark.parametrize(("name", "hint"), sorted(WRITE_INSTEAD.items()), ids=sorted(WRITE_INSTEAD))
def test_coverage_hints_name_only_what_exists_in_pytorch(name, hint):
    assert unknown_names(hint, "torch") == []


def test_the_check_finds_a_missing_function_and_a_missing_method():
    """Guard the guard: a typo in either kind of name is reported, correct ones are not."""
    assert unknown_names("np.concatenat((a, b)); a.sum(); a.summ()", "numpy") == [".summ(", "np.concatenat"]
    assert unknown_names("F.pad(t, (1, 1)); t.repeat_interleave(2)", "torch") == []
    assert unknown_names("np.random.default_rng(0).normal(size=3)", "numpy") == []
    assert unknown_names("except torch.linalg.LinAlgErr", "torch") == ["torch.linalg.LinAlgErr"]
