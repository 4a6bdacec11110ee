"""One environment per combination, created by uv and kept under ``.cache/envs/<combination>``.

uv, not ``venv`` and pip: it creates an environment several times faster with an empty cache and
in about a second with a warm one, and it links the files from its cache instead of copying them,
so four environments cost little more disk than one (README has the measurements).
uv does not read pip's configuration, where this project's machines say where the
PyTorch CPU wheel lies: the indexes and find-links pip is configured with (its files and its
environment variables, as ``pip config list`` shows them) are handed to uv, which then picks the
best match over every index as pip does (uv's default is the first index that has the package).

An environment holds the combination's releases and what the warm server imports besides them,
at the versions this interpreter has. It is built in a temporary folder and renamed into place
when complete, with a stamp of what it was made from: an interrupted creation leaves nothing
that looks usable, and a stamp that no longer matches makes it be created again.
"""

import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path

from generator.errors import GeneratorError
from generator.matrix.combos import Combination
from generator.sides import DEFAULT_SIDES, SideRegistry

SERVER_PACKAGES = ("matplotlib", "threadpoolctl")
"""What the warm server imports besides the sides' libraries (figures; the NumPy side's thread cap)."""
STAMP = "np2t-environment.json"
INSTALL_TIMEOUT = 1800.0
_ERROR_LINES = 12


class InstallError(GeneratorError):
    """A combination's environment could not be created: the matrix reports it and goes on."""


@dataclass(frozen=True)
class PackageSources:
    """Where uv looks for packages besides its default index: pip's settings, passed on."""

    index_url: str | None = None
    extra_index_urls: tuple[str, ...] = ()
    find_links: tuple[str, ...] = ()

    @classmethod
    def from_pip(cls) -> "PackageSources":
        """The sources this interpreter's pip is configured with (none when pip cannot say)."""
        try:
            listed = subprocess.run(
                [sys.executable, "-m", "pip", "config", "list"],
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return cls()
        found: dict[str, list[str]] = {}
        for line in listed.splitlines():
            name, equals, value = line.partition("=")
            if equals:
                values = found.setdefault(name.rsplit(".", 1)[-1], [])
                values.extend(v for v in value.strip().strip("'\"").split() if v not in values)
        indexes = found.get("index-url", [])
        return cls(
            index_url=indexes[-1] if indexes else None,
            extra_index_urls=tuple(found.get("extra-index-url", ())),
            find_links=tuple(found.get("find-links", ())),
        )

    def arguments(self) -> list[str]:
        """The options that give uv these sources."""
        found = ["--index-strategy", "unsafe-best-match"]
        if self.index_url:
            found += ["--index-url", self.index_url]
        for url in self.extra_index_urls:
            found += ["--extra-index-url", url]
        for place in self.find_links:
            found += ["--find-links", place]
        return found


@dataclass(frozen=True)
class Environment:
    """A usable environment: its interpreter, and whether this call created it, in how long."""

    path: Path
    python: Path
    created: bool
    seconds: float


def requirements(combination: Combination, sides: SideRegistry = DEFAULT_SIDES) -> tuple[str, ...]:
    """What an environment installs: the combination's releases, then the server's other imports."""
    distributions = {side.name: side.distribution for side in sides if side.distribution}
    pinned = [f"{distributions[side]}=={release}" for side, release in combination.releases]
    for package in SERVER_PACKAGES:
        try:
            pinned.append(f"{package}=={version(package)}")
        except PackageNotFoundError:
            pinned.append(package)
    return tuple(pinned)


def ensure_environment(
    combination: Combination,
    root: Path,
    sources: PackageSources,
    sides: SideRegistry = DEFAULT_SIDES,
) -> Environment:
    """The combination's environment under ``root``, created when absent or made from other inputs.

    Raises InstallError, saying why, when uv is missing or cannot install the releases.
    """
    wanted = {"python": sys.version, "requirements": list(requirements(combination, sides))}
    path = root / combination.name
    python = path / "bin" / "python"
    if _stamp(path) == wanted and python.is_file():
        return Environment(path, python, created=False, seconds=0.0)
    if find_spec("uv") is None:
        raise InstallError("uv is not installed here: pip install uv (the project's 'matrix' extra has it)")
    started = time.perf_counter()
    root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{combination.name}-", dir=root))
    try:
        _uv("venv", "--quiet", "--python", sys.executable, str(staging / "env"))
        _uv(
            "pip",
            "install",
            "--quiet",
            "--python",
            str(staging / "env" / "bin" / "python"),
            *sources.arguments(),
            *wanted["requirements"],
        )
        (staging / "env" / STAMP).write_text(json.dumps(wanted, indent=1) + "\n", encoding="utf-8")
        if path.exists():
            shutil.rmtree(path)
        (staging / "env").replace(path)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Environment(path, python, created=True, seconds=time.perf_counter() - started)


def footprint(path: Path) -> tuple[int, int]:
    """An environment's bytes: all its files, and those it holds alone (not linked from uv's cache)."""
    total = alone = 0
    for file in path.rglob("*"):
        if file.is_file() and not file.is_symlink():
            status = file.stat()
            total += status.st_size
            alone += status.st_size if status.st_nlink == 1 else 0
    return total, alone


def _stamp(path: Path) -> object:
    try:
        return json.loads((path / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _uv(*arguments: str) -> None:
    """Run ``python -m uv ARGUMENTS``; InstallError carries the last lines of what it said."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "uv", *arguments],
            capture_output=True,
            text=True,
            timeout=INSTALL_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise InstallError(f"uv {arguments[0]} took longer than {INSTALL_TIMEOUT:g} s") from exc
    if done.returncode != 0:
        said = "\n".join((done.stderr or done.stdout).strip().splitlines()[-_ERROR_LINES:])
        raise InstallError(f"uv {' '.join(arguments[:2])} failed (exit status {done.returncode}):\n{said}")
