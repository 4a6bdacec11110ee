"""How the engine starts the warm server: its command line, and an environment with nothing secret in it.

The children inherit the server's memory, where the builder's environment would linger even
after each child replaces its own; so the server is started with an allow-list, not a copy.
"""

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from generator.execute.contract import SERVER_MODULE
from generator.sides import SideRegistry

if TYPE_CHECKING:
    pass

SERVER_VARIABLES = (
    "PATH",
    "LANG",
    "LC_ALL",
    "HOME",
    "LD_LIBRARY_PATH",
    "OPENBLAS_CORETYPE",
    "OPENBLAS_L2_SIZE",
)
"""What the warm server keeps of the builder's environment: how to find programs and libraries,
the locale, HOME (matplotlib's font cache), and OpenBLAS settings some processors need for
correct results. Nothing else."""


def server_environment(threads: int) -> dict[str, str]:
    """The warm server's whole environment; the children then replace theirs with a fixed one."""
    package_parent = str(Path(__file__).resolve().parents[2])
    env = {name: os.environ[name] for name in SERVER_VARIABLES if name in os.environ}
    env.update(
        PYTHONHASHSEED="0",
        PYTHONDONTWRITEBYTECODE="1",
        PYTHONPATH=os.pathsep.join(filter(None, [package_parent, os.environ.get("PYTHONPATH")])),
        MPLBACKEND="Agg",
        **dict.fromkeys(("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"), str(threads)),
    )
    return env


def start_server(
    arguments: tuple[str, ...], sides: SideRegistry, threads: int, python: str | None = None
) -> subprocess.Popen[bytes]:
    """Start ``python -m SERVER_MODULE ARGUMENTS SIDE=ADAPTER...`` with pipes for jobs and replies.

    ``arguments`` are the server's ``WORKERS ROOT SEED SANDBOX THREADS``; ``python`` is the
    interpreter (default: this one), which finds this package through ``PYTHONPATH``.
    """
    return subprocess.Popen(
        [
            python or sys.executable,
            "-m",
            SERVER_MODULE,
            *arguments,
            *(f"{side.name}={side.adapter}" for side in sides),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=server_environment(threads),
    )
