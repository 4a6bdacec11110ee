"""Every escape a hostile snippet tries, run through the real engine: each is denied and shown as such.

One catalog holds the hostile pairs beside an ordinary one; it is run by a fresh engine started
with a planted secret in the builder's environment, then built into a site. The tests read what
the runs, the pages and pairs.json show, and check that the ordinary pair still holds.
"""

import json
import os
import socket
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import BUILD_DATE, SANDBOX

from generator.compare.pipeline import CatalogResult, run_catalog
from generator.discover.catalog import discover
from generator.execute.child.sandbox import probe
from generator.execute.engine import Engine
from generator.execute.requests import EngineSettings
from generator.site.mkdocs import BASE_CONFIG, SiteTarget, build_from_result

SECRET = "np2t-secret-5f2a9c"
SUPPORT = probe()
needs_full_sandbox = pytest.mark.skipif(
    bool(SUPPORT.gaps),
    reason="this kernel cannot confine fully: " + "; ".join(g.reason for g in SUPPORT.gaps),
)


def pair(folder: Path, name: str, numpy_code: str, torch_code: str = "result = 1\n") -> None:
    header = f'# /// pair\n# title = "{name}"\n# expect = "equal"\n# ///\n'
    (folder / f"{name}.numpy.py").write_text(header + textwrap.dedent(numpy_code), encoding="utf-8")
    (folder / f"{name}.torch.py").write_text(textwrap.dedent(torch_code), encoding="utf-8")


@pytest.fixture(scope="module")
def listener() -> Iterator[socket.socket]:
    with socket.create_server(("127.0.0.1", 0)) as server:
        server.settimeout(0.5)
        yield server


@pytest.fixture(scope="module")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("outside")


@pytest.fixture(scope="module")
def result(
    tmp_path_factory: pytest.TempPathFactory, listener: socket.socket, outside: Path
) -> Iterator[CatalogResult]:
    root = tmp_path_factory.mktemp("hostile") / "snippets"
    folder = root / "escapes"
    folder.mkdir(parents=True)
    (folder / "_section.toml").write_text('title = "Escapes"\norder = 1\n')
    port = listener.getsockname()[1]
    pair(
        folder,
        "ordinary",
        "import numpy as np\nresult = np.arange(3) * 2\n",
        "import torch\nresult = torch.arange(3) * 2\n",
    )
    pair(
        folder,
        "write-outside",
        f"""
        from pathlib import Path
        Path("inside.txt").write_text("fine")
        try:
            Path({str(outside / "escaped.txt")!r}).write_text("escaped")
            result = "written"
        except OSError as exc:
            result = type(exc).__name__
        print(result)
    """,
    )
    pair(
        folder,
        "write-home",
        """
        import os
        from pathlib import Path
        print("HOME is the snippet's folder:", os.environ["HOME"] == os.getcwd())
        try:
            Path("/root/.np2t-escape").write_text("escaped")
            result = "written"
        except OSError as exc:
            result = type(exc).__name__
    """,
    )
    pair(
        folder,
        "connect",
        f"""
        import socket
        try:
            socket.create_connection(("127.0.0.1", {port}), timeout=2).close()
            result = "connected"
        except OSError as exc:
            result = type(exc).__name__
            print("refused:", exc)
    """,
    )
    pair(
        folder,
        "unix-socket",
        """
        import socket
        try:
            socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            result = "made"
        except OSError as exc:
            result = type(exc).__name__
    """,
    )
    pair(
        folder,
        "secret",
        """
        import os
        from pathlib import Path
        seen = [os.environ.get("NP2T_SECRET_PROBE", "")]
        for pid in (os.getpid(), os.getppid()):
            try:
                seen.append(Path(f"/proc/{pid}/environ").read_text(errors="replace"))
            except OSError as exc:
                seen.append(type(exc).__name__)
        print(seen)
        result = any("NP2T_SECRET_PROBE" in text for text in seen)
    """,
        "result = False\n",
    )
    pair(
        folder,
        "fork-bomb",
        """
        import os, time
        born = 0
        for _ in range(500):
            try:
                pid = os.fork()
            except OSError:
                break
            if pid == 0:
                time.sleep(30)
                os._exit(0)
            born += 1
        print("forks that succeeded:", born)
        result = born < 500
    """,
        "result = True\n",
    )
    pair(
        folder,
        "forged-report",
        f"""
        import os, pickle, sys
        class Payload:
            def __reduce__(self):
                return (os.system, ("touch {outside / "pwned"}",))
        # the child's own code runs in this process: the snippet makes it send a pickle as its record
        sys.modules["generator.execute.child.run"].encode_run = lambda run: pickle.dumps(Payload())
        result = None
    """,
    )
    pair(
        folder,
        "scripted-figure",
        """
        import matplotlib.figure
        import matplotlib.pyplot as plt

        def forged(self, buffer, **options):
            buffer.write('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
                         '<script>alert(2)</script><rect width="2" height="2"/></svg>')

        matplotlib.figure.Figure.savefig = forged
        plt.figure()
        result = 1
        """,
    )
    os.environ["NP2T_SECRET_PROBE"] = SECRET
    try:
        with Engine(EngineSettings(timeout=60, sandbox=SANDBOX)) as engine:
            yield run_catalog(discover(root, base=root.parent), engine)
    finally:
        del os.environ["NP2T_SECRET_PROBE"]


def numpy_run(result: CatalogResult, name: str):
    outcome = next(o for o in result.outcomes if o.pair.id == f"escapes/{name}")
    return outcome.runs["numpy"]


def value(result: CatalogResult, name: str) -> object:
    run = numpy_run(result, name)
    assert run.result is not None, run.fault or run.error
    return run.result.text if hasattr(run.result, "text") else run.result.array.item()


@needs_full_sandbox
def test_writing_outside_the_working_folder_is_denied(result, outside):
    assert value(result, "write-outside") == "PermissionError"
    assert not (outside / "escaped.txt").exists()
    assert value(result, "write-home") == "PermissionError"
    assert "HOME is the snippet's folder: True" in numpy_run(result, "write-home").stdout
    assert not Path("/root/.np2t-escape").exists()


@needs_full_sandbox
def test_no_connection_reaches_a_local_port(result, listener):
    assert value(result, "connect") in {"PermissionError", "OSError", "ConnectionRefusedError"}
    with pytest.raises(TimeoutError):
        listener.accept()
    assert value(result, "unix-socket") == "PermissionError"


def test_a_planted_secret_is_never_seen(result):
    assert value(result, "secret") is False
    assert SECRET not in numpy_run(result, "secret").stdout


@needs_full_sandbox
def test_a_fork_bomb_is_bounded(result):
    run = numpy_run(result, "fork-bomb")
    assert value(result, "fork-bomb") is True
    born = int(run.stdout.rsplit(":", 1)[1])
    assert 0 < born < 500


def test_a_forged_report_is_refused_and_never_run(result, outside):
    run = numpy_run(result, "forged-report")
    assert run.fault is not None
    assert "report could not be read (it does not start as a record does)" in run.fault.message
    assert not (outside / "pwned").exists()


def test_a_figure_with_a_script_is_published_without_it(result):
    (figure,) = numpy_run(result, "scripted-figure").figures
    assert "<rect" in figure.svg
    assert "alert" not in figure.svg


def test_the_ordinary_pair_still_holds(result):
    ordinary = next(o for o in result.outcomes if o.pair.id == "escapes/ordinary")
    assert ordinary.judgement.holds


def test_the_site_and_pairs_json_show_the_denials_and_no_secret(result, tmp_path):
    build_from_result(result, BUILD_DATE, SiteTarget(BASE_CONFIG, tmp_path / "site", tmp_path / "build"))
    text = (tmp_path / "site" / "pairs.json").read_text()
    assert SECRET not in text
    assert SECRET not in (tmp_path / "site" / "escapes.html").read_text()
    document = json.loads(text)
    forged = next(p for p in document["pairs"] if p["id"] == "escapes/forged-report")
    assert forged["numpy"]["fault"]["kind"] == "crash"
    assert "report could not be read" in forged["numpy"]["fault"]["message"]
