"""Removing a folder a snippet could write: whatever it put there, removal neither follows links nor fails.

``shutil.rmtree`` never follows a link out of the folder, but it recurses once per level, so a
snippet that nests folders a few thousand deep makes it raise RecursionError (and it holds a
descriptor per level). ``rm -rf`` walks any depth without either; it removes what ``rmtree``
could not.
"""

import contextlib
import shutil
import subprocess
from pathlib import Path


def remove_tree(path: Path | str) -> None:
    """Remove ``path`` and everything beneath it, however deep; a missing path is fine."""
    with contextlib.suppress(RecursionError):
        shutil.rmtree(path, ignore_errors=True)
    if Path(path).exists() or Path(path).is_symlink():
        subprocess.run(["rm", "-rf", "--one-file-system", "--", str(path)], check=False, capture_output=True)
