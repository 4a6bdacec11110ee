"""Combinations of releases: which NumPy and PyTorch the catalog runs under, and what they are called.

A combination names a release for every side that has a library (``numpy=1.26.4,torch=2.13.0``);
its name (``numpy-1.26.4-torch-2.13.0``) names its environment, its run cache, its record and its
CI artifact. The default matrix spans the NumPy releases a porter is likely to have, with the
PyTorch release the project pins: that CPU wheel is the only PyTorch this project installs
without pulling a multi-GB CUDA build.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

from generator.releases import release, same_release
from generator.sides import DEFAULT_SIDES, SideRegistry

_VERSION = re.compile(r"^\d+(\.\d+)*$")


@dataclass(frozen=True)
class Combination:
    """One release per versioned side, in the registry's order."""

    releases: tuple[tuple[str, str], ...]

    @property
    def name(self) -> str:
        """The file and artifact name: ``numpy-1.26.4-torch-2.13.0``."""
        return "-".join(f"{side}-{version}" for side, version in self.releases)

    @property
    def spec(self) -> str:
        """The form the command line takes: ``numpy=1.26.4,torch=2.13.0``."""
        return ",".join(f"{side}={version}" for side, version in self.releases)

    def version(self, side: str) -> str | None:
        """The release this combination installs for a side."""
        return dict(self.releases).get(side)

    def matches(self, versions: Mapping[str, str]) -> bool:
        """Whether ``versions`` (as a server reports them) are this combination's releases."""
        return all(
            side in versions and same_release(versions[side], version) for side, version in self.releases
        )

    def sort_key(self) -> tuple[tuple[int, ...], ...]:
        """Oldest first, by each side's release in the registry's order."""
        return tuple(release(version) for _, version in self.releases)


def parse_combination(text: str, sides: SideRegistry = DEFAULT_SIDES) -> Combination:
    """``numpy=1.26.4,torch=2.13.0`` (every versioned side, exact releases); ValueError says what is wrong."""
    versioned = [side.name for side in sides if side.distribution]
    found: dict[str, str] = {}
    for part in text.split(","):
        side, equals, version = part.strip().partition("=")
        if not equals or side not in versioned or not _VERSION.match(version):
            raise ValueError(
                f"expected SIDE=RELEASE for each of {', '.join(versioned)}, such as "
                f"'numpy=1.26.4,torch=2.13.0', got {part.strip()!r}"
            )
        found[side] = version
    if missing := [side for side in versioned if side not in found]:
        raise ValueError(f"{text!r} names no release for {', '.join(missing)}")
    return Combination(tuple((side, found[side]) for side in versioned))


PINNED_TORCH = "2.13.0"
"""The PyTorch release ``pyproject.toml`` pins (a test keeps them the same)."""

DEFAULT_COMBINATIONS = tuple(
    Combination((("numpy", numpy), ("torch", PINNED_TORCH)))
    for numpy in ("1.26.4", "2.0.2", "2.2.6", "2.4.6")
)
"""The matrix ``make matrix`` runs and the CI workflow spreads over its jobs (a test keeps them equal):
the last NumPy 1, the first NumPy 2 release, and two later ones, the newest being the project's."""
