"""The CI workflow of the version matrix: linted by actionlint and zizmor, and kept in step with the code.

actionlint checks the workflow's syntax, expressions and the actions' inputs; zizmor (offline, with
its pedantic persona) its security: permissions, credentials, injection, pinning. Each test also
lints a broken copy, so a linter that stopped finding anything would fail here too.
"""

import re
import subprocess
import sys
import tomllib
from itertools import product
from pathlib import Path

import pytest
import yaml
from conftest import REPO

from generator.matrix.combos import DEFAULT_COMBINATIONS, PINNED_TORCH, Combination

WORKFLOW = REPO / ".github" / "workflows" / "matrix.yml"
BIN = Path(sys.executable).parent


def lint(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    executable = BIN / tool
    assert executable.is_file(), f"{tool} is missing: pip install -e '.[test]' installs it"
    return subprocess.run([str(executable), *args], capture_output=True, text=True, timeout=120, check=False)


def zizmor(path: Path) -> subprocess.CompletedProcess[str]:
    return lint("zizmor", "--offline", "--persona=pedantic", "--no-progress", str(path))


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_actionlint_finds_nothing_and_would_find_a_mistake(tmp_path):
    clean = lint("actionlint", str(WORKFLOW))
    assert clean.returncode == 0, clean.stdout + clean.stderr
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text(encoding="utf-8").replace("needs: combination", "needs: combinations")
    )
    found = lint("actionlint", str(broken))
    assert found.returncode != 0
    assert "combinations" in found.stdout


def test_zizmor_finds_nothing_and_would_find_an_injection(tmp_path):
    clean = zizmor(WORKFLOW)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    broken = tmp_path / "broken.yml"
    broken.write_text(
        WORKFLOW.read_text(encoding="utf-8").replace(
            'run: np2t matrix run --combination "$COMBINATION"',
            "run: echo '${{ github.event.head_commit.message }}'",
        )
    )
    found = zizmor(broken)
    assert found.returncode != 0
    assert "template-injection" in found.stdout


def test_every_action_is_pinned_to_a_commit(workflow):
    uses = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert uses
    assert all(re.fullmatch(r"actions/[a-z-]+@[0-9a-f]{40}", use) for use in uses), uses


def test_the_jobs_are_the_default_combinations(workflow):
    axes = workflow["jobs"]["combination"]["strategy"]["matrix"]
    jobs = [
        Combination((("numpy", numpy), ("torch", torch)))
        for numpy, torch in product(axes["numpy"], axes["torch"])
    ]
    assert jobs == list(DEFAULT_COMBINATIONS)
    names = workflow["jobs"]["combination"]["env"]["NAME"]
    assert names == "numpy-${{ matrix.numpy }}-torch-${{ matrix.torch }}"
    assert Combination((("numpy", "1.26.4"), ("torch", "2.13.0"))).name == "numpy-1.26.4-torch-2.13.0"


def test_each_job_runs_the_matrix_command_and_the_last_one_merges_with_it(workflow):
    runs = {name: [step.get("run", "") for step in job["steps"]] for name, job in workflow["jobs"].items()}
    assert 'np2t matrix run --combination "$COMBINATION"' in runs["combination"]
    assert any(run.startswith("np2t matrix site") for run in runs["site"])
    uploads = [s for s in workflow["jobs"]["combination"]["steps"] if "upload-artifact" in s.get("uses", "")]
    assert uploads[0]["with"]["path"] == ".cache/matrix/records/${{ env.NAME }}.json"
    downloads = [s for s in workflow["jobs"]["site"]["steps"] if "download-artifact" in s.get("uses", "")]
    assert downloads[0]["with"]["path"] == ".cache/matrix/records"


def test_the_pinned_torch_is_the_projects():
    dependencies = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"
    ]
    assert f"torch=={PINNED_TORCH}" in dependencies
