"""make serve: the live preview serves the site and shows a snippet's new output after an edit."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import FIXTURES, REPO

from generator.site.mkdocs import BASE_CONFIG


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode()
    except OSError:
        return None


def wait_for(url: str, text: str, seconds: float) -> str | None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return page
        time.sleep(0.3)
    return None


def test_serve_rebuilds_the_page_when_a_snippet_changes(tmp_path: Path):
    snippets = tmp_path / "snippets"
    shutil.copytree(FIXTURES / "basic" / "beta", snippets / "beta")
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "serve",
            "-q",
            "--config",
            str(BASE_CONFIG),
            "--dev-addr",
            f"127.0.0.1:{port}",
        ],
        cwd=tmp_path,
        env=os.environ | {"PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/beta.html"
    try:
        assert wait_for(url, "Single pair", 90), "the preview never served the section page"
        torch_file = snippets / "beta" / "single.torch.py"
        torch_file.write_text('print("edited while serving")\nresult = 1.5\n')
        assert wait_for(url, "edited while serving", 90), "the page did not show the edited snippet's output"
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert fetch(url) is None, "the dev server outlived the serve command"
