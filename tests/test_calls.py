"""Every short form the site shows runs in its pair's context and names only what exists.

The cheat sheet prints each pair's ``numpy_call`` and ``torch_call`` as written (a documented
difference's fix among them), and the coverage page prints the hand-written hints of
``WRITE_INSTEAD``. Each form is run through the engine after its side's snippet, in the namespace
the snippet left: it must raise what the snippet raised, or run where the snippet ran (a form
ending in ``# SomeError`` must raise that class). Each form and hint is also parsed with ``ast``:
every dotted name rooted at a library (``np.``, ``numpy.``, ``torch.``, ``F.`` for
``torch.nn.functional``, ``nn.`` for ``torch.nn``) must resolve in the installed library, and
every method called on anything else (``a.sum(``) must be an attribute of the array type or,
failing that, of a public class of the side's library (``rng.normal(`` is a ``Generator``
method), or of the library the receiver is built from (``np.random.default_rng(0).random(4)``
inside a ``torch_call``). One test per pair, with the pair id as the test id.
"""

import ast
import importlib
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest
import torch

from generator.discover.catalog import Pair, discover
from generator.execute.requests import RunRequest
from generator.execute.runs import SideRun
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


def _other(library: str) -> str:
    return "torch" if library == "numpy" else "numpy"


@pytest.mark.parametrize("pair", PAIRS, ids=[pair.id for pair in PAIRS])
def test_short_forms_name_only_what_exists(pair):
    """Every name of a form exists, unless the form is marked as raising AttributeError (and it does)."""
    assert pair.meta is not None
    problems = []
    for side, code in pair.meta.calls:
        try:
            missing = unknown_names(code, side)
        except SyntaxError as exc:
            problems.append(f"{side}_call {code!r} is not Python: {exc.msg}")
            continue
        marked = RAISES_ON_PURPOSE.search(code)
        if marked and marked["error"] == "AttributeError":
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


# --- Short forms run: each form is executed in its pair's context -------------------------------

_COMPOUND = re.compile(r"; (?=(?:with|if|for|while) )")
RAISES_ON_PURPOSE = re.compile(r"#\s*(?P<error>[A-Za-z_.]*(?:Error|Exception|Warning))\s*$")
"""A form that ends in ``# SomeError`` shows the naive port raising: it must raise that class."""
HARNESS = """import builtins as _builtins
_namespace = {{"__name__": "__main__", "__builtins__": _builtins}}


def _name(error):
    kind = type(error)
    module = "" if kind.__module__ == "builtins" else kind.__module__ + "."
    return module + kind.__qualname__


try:
    exec(compile({source!r}, {path!r}, "exec"), _namespace)
    _snippet = ""
except Exception as error:
    _snippet = _name(error)
try:
    exec(compile({form!r}, "<short form>", "exec"), _namespace)
    _form = ""
except Exception as error:
    _form = _name(error) + ": " + str(error)
result = (_snippet, _form)
"""
"""Runs the snippet (catching what it raises), then the form in the namespace the snippet left."""


def runnable(form: str) -> str:
    """A short form as the code it abbreviates: ``…`` is ``...``, ``try: A except E: B`` the two-clause
    statement, and a compound statement after ``; `` starts a line of its own."""
    code = form.replace("…", "...")
    one_line_try = re.fullmatch(r"try: (?P<body>.+?) except (?P<handler>[^:]+): (?P<rest>.+)", code)
    if one_line_try:
        body, handler, rest = one_line_try["body"], one_line_try["handler"], one_line_try["rest"]
        return f"try:\n    {body}\nexcept {handler}:\n    {rest}\n"
    return _COMPOUND.sub("\n", code) + "\n"


def form_requests(pairs: list[Pair]) -> list[RunRequest]:
    """One run per short form: the snippet of its side, then the form, in one namespace."""
    requests = []
    for pair in pairs:
        assert pair.meta is not None
        for snippet in pair.snippets:
            form = pair.meta.call(snippet.side.name)
            if form is None:
                continue
            harness = HARNESS.format(
                source=snippet.executed_source, path=snippet.display_path, form=runnable(form)
            )
            wrapped = replace(
                snippet, code=harness, code_first_line=1, display_path=f"{snippet.display_path} (short form)"
            )
            # The snippet runs once more, and the form after it: twice the pair's own limit.
            timeout = 2 * (pair.meta.timeout or 60)
            requests.append(RunRequest(pair_id=pair.id, snippet=wrapped, timeout=timeout))
    return requests


def form_problems(pair: Pair, runs: Mapping[str, SideRun]) -> list[str]:
    """What is wrong with a pair's forms, run in its context: each must do what its side's snippet did.

    A form that ends in ``# SomeError`` raises that class; otherwise it raises what the snippet
    raised (the same class), or runs without raising where the snippet ran to the end.
    """
    assert pair.meta is not None
    problems = []
    for side, form in pair.meta.calls:
        run = runs.get(side)
        if run is None or run.fault is not None or run.result is None:
            problems.append(f"{side}_call {form!r} did not run: {run.fault if run else 'no run'}")
            continue
        snippet_error, form_error = (item.text or "" for item in run.result.items)  # type: ignore[union-attr]
        raised = form_error.split(":", 1)[0]
        marked = RAISES_ON_PURPOSE.search(form)
        if raised != snippet_error:
            did = f"raised {snippet_error}" if snippet_error else "ran to the end"
            form_did = f"raised {form_error}" if form_error else "ran"
            problems.append(f"{side}_call {form!r}: the snippet {did}, the form {form_did}")
        elif marked and raised.rsplit(".", 1)[-1] != marked["error"].rsplit(".", 1)[-1]:
            problems.append(
                f"{side}_call {form!r} is marked as raising {marked['error']}, but {raised or 'it ran'}"
            )
    return problems


@pytest.fixture(scope="module")
def form_runs(engine) -> Mapping[tuple[str, str], SideRun]:
    """Every short form of the catalog run in its pair's context, in one batch of the warm engine."""
    return engine.run(form_requests(PAIRS)).runs


@pytest.mark.parametrize("pair", PAIRS, ids=[pair.id for pair in PAIRS])
def test_short_forms_run_in_their_pairs_context(pair, form_runs):
    runs = {side: run for (pair_id, side), run in form_runs.items() if pair_id == pair.id}
    assert form_problems(pair, runs) == []


def test_a_form_that_does_not_do_what_its_snippet_did_is_reported(engine):
    """Guard the guard: a name the pair's code never binds, a form that runs where its side raised,
    a form marked as raising that runs, each on a fixture pair made to break it; a good pair passes."""
    pairs = [p for p in discover(REPO / "tests" / "fixtures" / "forms", base=REPO).pairs if p.meta]
    runs = engine.run(form_requests(pairs)).runs
    found = {
        pair.id: form_problems(pair, {side: run for (pid, side), run in runs.items() if pid == pair.id})
        for pair in pairs
    }
    assert found["forms/good"] == []
    (undefined,) = found["forms/undefined-name"]
    assert "NameError" in undefined
    (runs_instead,) = found["forms/runs-where-side-raised"]
    assert "the snippet raised ValueError, the form ran" in runs_instead
    (unmarked,) = found["forms/marked-but-runs"]
    assert "the snippet ran to the end, the form ran" not in unmarked
    assert "marked as raising AttributeError, but it ran" in unmarked
