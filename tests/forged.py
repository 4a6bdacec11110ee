"""A catalog of hostile runs: snippets that attack the engine and the site from inside their child.

Used by ``test_hostile_runs.py`` (through the real engine, on the runs, pages, disk and console)
and by the browser suite (the built site opened in Chromium). Each pair's NumPy file does what a
hostile contributor's would; its PyTorch partner is ordinary unless it attacks too.
"""

import textwrap
from pathlib import Path

MARKER = "np2tInjected"
BYPASS_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'onload="np2tInjected(1)">'
    "<style>@import url(http://tracker.invalid/a.css);</style>"
    '<a xlink:href="#r"><set attributeName="href" to="javascript:np2tInjected(2)"/>'
    '<animate attributeName="xlink:href" values="javascript:np2tInjected(3)"/>'
    '<rect id="r" width="9" height="9"/></a>'
    '<rect width="5" height="5" style="fill: red; background:url(http://tracker.invalid/b.png)"/>'
    '<image xlink:href="http://tracker.invalid/c.png"/><script>np2tInjected(4)</script></svg>'
)
HOSTILE_NAME = (
    "`![i](x){onerror=np2tInjected(5)}<img src=x onerror=np2tInjected(6)>[l](javascript:np2tInjected(7))"
)


def _record(header: object, blob: bytes = b"") -> str:
    """Source of a snippet that makes its child send this record instead of its own."""
    return textwrap.dedent(
        f"""
        import json, struct, sys
        header = json.dumps({header!r}).encode()
        record = b"np2t-run 1\\n" + struct.pack(">Q", len(header)) + header + {blob!r}
        sys.modules["generator.execute.child.run"].encode_run = lambda run: record
        result = 1
        """
    )


SNIPPETS = {
    "ordinary": (
        "import numpy as np\nresult = np.arange(3) * 2\n",
        "import torch\nresult = torch.arange(3) * 2\n",
    ),
    "replaced-outputs": (
        """
        import os
        from pathlib import Path
        engine = Path("..")  # the engine's folder for this child: where its files used to lie
        os.symlink("/proc/self/environ", engine / "stdout")
        os.symlink(f"/proc/{os.getppid()}/environ", engine / "stderr")
        os.mkfifo(engine / "report.pickle")
        (engine / "record").mkdir()
        os.symlink("/etc/shadow", engine / "report")
        deep = Path("deep")
        for _ in range(3000):  # deeper than a recursive removal can go
            deep.mkdir()
            os.chdir(deep)
        print("replaced")
        result = 1
        """,
        "result = 1\n",
    ),
    "forged-api": (
        f"""
        import sys
        sys.modules["generator.execute.child.run"].api_names = lambda *args: ({HOSTILE_NAME!r},)
        result = 1
        """,
        "result = 1\n",
    ),
    "forged-figure": (
        """
        import sys
        from generator.execute.runs import Figure
        svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'
        forged = (Figure("../../../escaped", svg),)
        sys.modules["generator.execute.child.run"].collect_figures = lambda: forged
        result = 1
        """,
        "result = 1\n",
    ),
    "numbered-figure": (
        """
        import sys
        from generator.execute.runs import Figure
        svg = '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>'
        sys.modules["generator.execute.child.run"].collect_figures = lambda: (Figure(10**9, svg),)
        result = 1
        """,
        "result = 1\n",
    ),
    "acting-figure": (
        f"""
        import matplotlib.figure
        import matplotlib.pyplot as plt

        matplotlib.figure.Figure.savefig = lambda self, buffer, **options: buffer.write({BYPASS_SVG!r})
        plt.figure()
        result = 1
        """,
        "result = 1\n",
    ),
    "deep-record": (
        """
        import struct, sys
        header = b"[" * 100_000 + b"]" * 100_000
        record = b"np2t-run 1\\n" + struct.pack(">Q", len(header)) + header
        sys.modules["generator.execute.child.run"].encode_run = lambda run: record
        result = 1
        """,
        "result = 1\n",
    ),
    "huge-array": (
        _record(
            {
                "error": None,
                "fault": None,
                "result": 0,
                "nodes": [
                    {
                        "kind": "array",
                        "type": "t",
                        "dtype": "f",
                        "shape": [10**12],
                        "format": "<f8",
                        "data": [0, 8],
                    }
                ],
                "seconds": 0.1,
                "api": [],
                "figures": [],
            },
            b"\0" * 8,
        ),
        "result = 1\n",
    ),
    "huge-text": ("raise ValueError('x' * 3_000_000)\nresult = 1\n", "result = 'y' * 3_000_000\n"),
    "huge-result": ("import numpy as np\nresult = np.zeros(4_000_000)\n", "result = 1\n"),
    "named-with-markup": (
        f"""
        Markup = type({HOSTILE_NAME!r}, (dict,), {{}})
        result = Markup({{{HOSTILE_NAME!r}: {HOSTILE_NAME!r}}})
        """,
        f"""
        raise type({HOSTILE_NAME!r}, (Exception,), {{}})("a message with <script>np2tInjected(8)</script>")
        result = 1
        """,
    ),
}


def write_catalog(root: Path) -> None:
    """Write the section ``runs`` of every pair above under ``root``."""
    folder = root / "runs"
    folder.mkdir(parents=True)
    (folder / "_section.toml").write_text('title = "Runs"\norder = 1\n')
    for name, (numpy_code, torch_code) in SNIPPETS.items():
        header = f'# /// pair\n# title = "{name}"\n# expect = "equal"\n# ///\n'
        (folder / f"{name}.numpy.py").write_text(header + textwrap.dedent(numpy_code), encoding="utf-8")
        (folder / f"{name}.torch.py").write_text(textwrap.dedent(torch_code), encoding="utf-8")
