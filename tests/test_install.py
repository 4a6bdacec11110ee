"""An installed (not editable) package builds a site from any folder: templates and assets ship inside it."""

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the project installed from a built wheel.

    Its dependencies (numpy, torch, mkdocs...) come from the test environment through a ``.pth``
    line, which adds that folder but runs none of its ``.pth`` files: the editable install of the
    checkout is not visible, so the only ``generator`` there is the installed copy.
    """
    folder = tmp_path_factory.mktemp("install")
    env = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
    python = env / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # A copy of what the wheel is made from: setuptools builds in the source folder (build/).
    source = folder / "source"
    for name in ("generator", "site_templates"):
        shutil.copytree(REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            purelib,
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    return env


def test_the_installed_package_builds_a_site_from_another_folder(venv, tmp_path):
    python = venv / "bin" / "python"
    where = subprocess.run(
        [str(python), "-c", "import generator; print(generator.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    ).stdout.strip()
    assert where.startswith(str(venv)), where
    snippets = tmp_path / "pairs"
    shutil.copytree(FIXTURES / "basic", snippets)
    # The least a site's configuration says; what the pages need comes with the installed templates.
    (tmp_path / "mkdocs.yml").write_text("site_name: Installed pairs\n", encoding="utf-8")
    built = subprocess.run(
        [str(python), "-m", "generator", "build", "--snippets", "pairs", "--keep-going", "-q", "--no-cache"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    site = tmp_path / "site"
    assert (site / "index.html").is_file()
    assert (site / "assets" / "reference.css").is_file()
    assert (site / "404.html").is_file()
    assert 'id="passing"' in (site / "alpha.html").read_text()
    assert "<title>Installed pairs</title>" in (site / "index.html").read_text()
    assert not (REPO / "pairs").exists()
