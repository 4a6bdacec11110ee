"""Ways to rebuild a site after one edit, each timed and checked against a full build of the same pages.

Run by ``bench/loop.py`` on its copy of the catalog. The pages before and after one snippet edit
are generated once (the generator's own render, written as a builder reads them); then, for
the same change, each builder strategy rebuilds the site and its output is compared file by
file with a full build by the same builder:
  mkdocs full         - ``mkdocs build --clean`` from nothing
  mkdocs dirty        - ``mkdocs build --dirty`` on the folder the last build left (MkDocs' own)
  mkdocs patch        - the changed pages alone, the others empty stand-ins (what ``build`` runs
                        before patching the published site; the splice is not timed here)
  zensical full       - ``zensical build`` from nothing
  zensical incremental - ``zensical build`` on the folder (and cache) the last build left
A strategy that differs from the full build in any file but the gzip-dated sitemap is wrong.
"""

import filecmp
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

RENDER = """
import sys
from pathlib import Path
from generator.commands.project import load_project
from generator.commands.pipeline import Pipeline
from generator.site.mkdocs import write_folder
with Pipeline(load_project(Path.cwd(), quiet=True)) as pipeline:
    write_folder(pipeline.render(pipeline.judge(pipeline.discover())), Path(sys.argv[1]))
"""
IGNORED = {"sitemap.xml.gz"}
"""Dated by the build's clock (gzip's header), so two builds of the same pages differ there."""


def render_into(checkout: Path, folder: Path, env: dict[str, str]) -> None:
    """The builder's input (docs folder and configuration) for the checkout as it is now."""
    subprocess.run([sys.executable, "-c", RENDER, str(folder)], cwd=checkout, env=env, check=True)


def run(command: list[str], folder: Path, env: dict[str, str]) -> float:
    """Wall time of one builder command in ``folder``; a failure ends the benchmark."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} failed in {folder}:\n{done.stdout[-2000:]}{done.stderr[-2000:]}")
    return time.perf_counter() - started


def differing(site: Path, reference: Path) -> list[str]:
    """Files that differ between two sites, or that only one of them has."""
    found: list[str] = []

    def walk(compared: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in compared.left_only + compared.right_only)
        found.extend(prefix + name for name in compared.diff_files if name not in IGNORED)
        for name, inner in compared.subdirs.items():
            walk(inner, f"{prefix}{name}/")

    walk(filecmp.dircmp(site, reference, ignore=[]), "")
    return sorted(found)


def copy_over(source: Path, target: Path, changed: list[str]) -> None:
    """Write the changed files into a kept docs folder, as an edit does (now); the others keep their times."""
    for relative in changed:
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source / relative, target / relative)


def compare_strategies(
    checkout: Path, edit: Path, env: dict[str, str], builders: list[str]
) -> dict[str, Any]:
    """Time each strategy on one edit of ``edit`` in ``checkout``; seconds and differing files each."""
    work = checkout / "build" / "strategies"
    shutil.rmtree(work, ignore_errors=True)
    before, after = work / "before", work / "after"
    render_into(checkout, before, env)
    original = edit.read_text(encoding="utf-8")
    edit.write_text(original + f'print("strategy-{time.time_ns()}")\n', encoding="utf-8")
    try:
        render_into(checkout, after, env)
    finally:
        edit.write_text(original, encoding="utf-8")
    changed = [
        p.relative_to(after / "docs").as_posix()
        for p in sorted((after / "docs").rglob("*"))
        if p.is_file() and not filecmp.cmp(p, before / "docs" / p.relative_to(after / "docs"), shallow=False)
    ]
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "-q", "--config-file", "mkdocs.yml"]
    zensical = [sys.executable, "-m", "zensical", "build", "--config-file", "mkdocs.yml"]
    found: dict[str, Any] = {"changed": changed}

    def kept(name: str, command: list[str]) -> Path:
        folder = work / name
        shutil.copytree(before, folder)
        run(command, folder, env)
        copy_over(after / "docs", folder / "docs", changed)
        shutil.copy2(after / "mkdocs.yml", folder / "mkdocs.yml")
        return folder

    full = work / "mkdocs-full"
    shutil.copytree(after, full)
    found["mkdocs full"] = {"seconds": round(run([*mkdocs, "--clean"], full, env), 2), "differing": []}
    dirty = kept("mkdocs-dirty", [*mkdocs, "--clean"])
    seconds = run(
        [sys.executable, "-m", "mkdocs", "build", "--dirty", "-q", "--config-file", "mkdocs.yml"], dirty, env
    )
    found["mkdocs dirty"] = {
        "seconds": round(seconds, 2),
        "differing": differing(dirty / "site", full / "site"),
    }
    stub = work / "mkdocs-patch"
    shutil.copytree(after, stub)
    pages = {p for p in changed if p.endswith(".md")}
    for path in (stub / "docs").rglob("*"):
        if path.is_file() and path.relative_to(stub / "docs").as_posix() not in pages:
            path.write_bytes(b"")
    seconds = run([*mkdocs, "--clean"], stub, env)
    pages_differing = [
        page
        for page in pages
        if not filecmp.cmp(
            stub / "site" / page.replace(".md", ".html"),
            full / "site" / page.replace(".md", ".html"),
            shallow=False,
        )
    ]
    found["mkdocs patch"] = {"seconds": round(seconds, 2), "differing": pages_differing}
    if "zensical" in builders:
        zfull = work / "zensical-full"
        shutil.copytree(after, zfull)
        found["zensical full"] = {"seconds": round(run(zensical, zfull, env), 2), "differing": []}
        incremental = kept("zensical-incremental", zensical)
        seconds = run(zensical, incremental, env)
        found["zensical incremental"] = {
            "seconds": round(seconds, 2),
            "differing": differing(incremental / "site", zfull / "site"),
        }
    shutil.rmtree(work, ignore_errors=True)
    return found
