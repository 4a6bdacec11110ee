"""The package's shape: stages import only earlier stages, no cycles, and the parent never imports child code.

Read from the source (AST), so the rule holds for every module, imported by a test or not.
"""

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

STAGES = ("discover", "execute", "compare", "matrix", "measure", "site", "commands")
"""The pipeline in order; modules at the package root (errors, sides, sizes) are shared by all."""

CHILD = "generator.execute.child"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every generator module a file imports, at any depth of its code (lazy imports count)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("generator"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("generator"):
            found.add(node.module)
    return found


GRAPH = {module_name(path): imports_of(path) for path in sorted(PACKAGE.rglob("*.py"))}


ENTRY_POINTS = ("generator", "generator.__main__")
"""The package's public names (loaded on use) and ``python -m generator``: above every stage."""


def stage(module: str) -> int:
    """The position of a module's stage; -1 for the shared root modules, last for the entry points."""
    if module in ENTRY_POINTS:
        return len(STAGES)
    parts = module.split(".")
    return STAGES.index(parts[1]) if len(parts) > 1 and parts[1] in STAGES else -1


def resolve(name: str) -> str:
    """An imported name as a module of the graph (``from generator.x import y`` names module x)."""
    return name if name in GRAPH else name.rsplit(".", 1)[0]


def test_every_module_belongs_to_a_stage_or_the_shared_root():
    strays = [m for m in GRAPH if stage(m) == -1 and m.count(".") > 1]
    assert strays == []
    assert {m.split(".")[1] for m in GRAPH if m.count(".") >= 1} >= set(STAGES) - {"measure"}


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_no_stage_imports_a_later_stage(module):
    later = sorted(name for name in GRAPH[module] if stage(resolve(name)) > stage(module))
    assert later == [], f"{module} imports later stages: {later}"


@pytest.mark.parametrize("module", sorted(m for m in GRAPH if not m.startswith(CHILD)))
def test_the_parent_never_imports_the_childs_code(module):
    """Only the warm server's processes import execute.child; the engine starts the server by name."""
    assert not [name for name in GRAPH[module] if name.startswith(CHILD)]


def test_there_is_no_import_cycle():
    graph = {module: {resolve(name) for name in names} & GRAPH.keys() for module, names in GRAPH.items()}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(module: str, path: list[str]) -> bool:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycle.extend([*path, module, target])
                return True
            if target not in state and visit(target, [*path, module]):
                return True
        state[module] = 2
        return False

    assert not any(visit(m, []) for m in sorted(graph) if m not in state), " → ".join(cycle)


def test_the_graph_is_read_from_real_imports():
    """Guard the guard: the graph sees known edges, so an empty graph cannot pass the tests above."""
    assert "generator.compare.verdict" in GRAPH["generator.compare.pipeline"]
    assert "generator.execute.child.run" in GRAPH["generator.execute.child.server"]
    assert "generator.commands.serve" in GRAPH["generator.commands.cli"]
    assert "generator.commands.pipeline" in GRAPH["generator"]


def test_the_wheel_lists_every_package_and_ships_the_templates():
    """pyproject lists packages by hand (site_templates/ is mapped into the package): none may be missed."""
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]
    folders = {module_name(path.parent / "__init__.py") for path in PACKAGE.rglob("__init__.py")}
    assert set(config["packages"]) == folders | {"generator.site_templates"}
    assert config["package-dir"] == {"generator.site_templates": "site_templates"}
    shipped = PACKAGE.parent / "site_templates"
    patterns = config["package-data"]["generator.site_templates"]
    files = {
        p.relative_to(shipped) for p in shipped.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    unshipped = [f for f in files if f.name != "__init__.py" and not any(f.match(p) for p in patterns)]
    assert unshipped == []


def test_the_command_line_answers_help_without_the_heavy_libraries():
    probe = (
        "import sys\nfrom generator.commands.cli import main\n"
        "try:\n    main(['build', '--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('numpy', 'torch', 'jinja2', 'pygments', 'yaml', 'markdown')\n"
        "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)"
    )
    completed = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=PACKAGE.parent
    )
    assert "--keep-going" in completed.stdout
    assert completed.stderr.strip() == "[]"
