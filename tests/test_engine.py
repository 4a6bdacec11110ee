"""The execution engine: capture, isolation and every fault, each a recorded result and never a crash."""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from conftest import SANDBOX, run_source

from generator.discover.parse import parse_snippet
from generator.errors import EngineError
from generator.execute.child.adapters import Preparation
from generator.execute.child.capture import truncation_marker
from generator.execute.child.server import WarmServer
from generator.execute.contract import TimingRequest
from generator.execute.engine import Engine
from generator.execute.launch import ENGINE_FOLDER, EngineFolder, engine_root, launch
from generator.execute.requests import EngineSettings, RunRequest
from generator.execute.runs import FaultKind
from generator.execute.values import ArrayValue, MapValue, SeqValue, TextValue
from generator.sides import DEFAULT_SIDES, TORCH


def run(engine, tmp_path, source, **limits):
    return run_source(engine, tmp_path, textwrap.dedent(source), **limits)


def test_stdout_and_stderr_are_captured_in_order_including_native_writes(engine, tmp_path):
    outcome = run(
        engine,
        tmp_path,
        """
        import os, sys
        print("one")
        print("warn", file=sys.stderr)
        os.write(1, b"two (native)\\n")
        print("three")
        result = 1
    """,
    )
    assert outcome.stdout == "one\ntwo (native)\nthree\n"
    assert outcome.stderr == "warn\n"
    assert outcome.completed


def test_a_traceback_keeps_only_the_snippets_own_lines(engine, tmp_path):
    outcome = run(
        engine,
        tmp_path,
        """
        import numpy as np

        def combine(a, b):
            return a + b

        result = combine(np.ones(4), np.ones((4, 3)))
    """,
    )
    assert outcome.error.type == "ValueError"
    assert "could not be broadcast" in outcome.error.message
    trace = outcome.error.traceback
    assert trace.count('File "snippet.torch.py"') == 2
    assert "line 7, in <module>" in trace
    assert "line 5, in combine" in trace
    assert "site-packages" not in trace
    assert "generator" not in trace
    assert trace.rstrip().endswith(f"ValueError: {outcome.error.message}".rstrip())


def test_a_snippet_past_its_timeout_is_killed_with_what_it_started(engine, tmp_path):
    """Killed at its own limit, not the engine's (30 s): the message names the limit that was applied."""
    assert engine.settings.timeout != 1
    outcome = run(
        engine,
        tmp_path,
        """
        import subprocess
        sleeper = subprocess.Popen(["sleep", "600"])
        print(sleeper.pid, flush=True)
        while True:
            pass
        result = 1
    """,
        timeout=1,
    )
    assert outcome.fault.kind is FaultKind.TIMEOUT
    assert outcome.fault.message == "timed out after 1 s; the process was killed"
    sleeper = int(outcome.stdout)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _alive(sleeper):
        time.sleep(0.05)
    assert not _alive(sleeper)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return status.exists() and status.read_text().split()[2] != "Z"


@pytest.mark.parametrize(
    "allocation",
    [
        "import numpy as np\nresult = np.ones(2**28)",
        "import torch\nresult = torch.ones(2**28, dtype=torch.float64)",
    ],
    ids=["numpy", "torch"],
)
def test_exceeding_the_memory_cap_is_reported_as_out_of_memory(engine, tmp_path, allocation):
    outcome = run(engine, tmp_path, allocation, memory=1 << 30)
    assert outcome.fault.kind is FaultKind.OUT_OF_MEMORY
    assert outcome.fault.message.startswith("ran out of memory (the cap is 1 GiB)")


def test_a_segfault_is_reported_with_its_signal_and_the_snippet_line(engine, tmp_path):
    outcome = run(
        engine,
        tmp_path,
        """
        import ctypes
        ctypes.string_at(0)
        result = 1
    """,
    )
    assert outcome.fault.kind is FaultKind.CRASH
    assert outcome.fault.message == "crashed: killed by signal SIGSEGV (11)"
    assert "Segmentation fault" in outcome.stderr
    assert 'File "snippet.torch.py", line 3' in outcome.stderr


def test_an_abort_is_reported_with_its_signal(engine, tmp_path):
    outcome = run(engine, tmp_path, "import os\nos.abort()\nresult = 1\n")
    assert outcome.fault.message == "crashed: killed by signal SIGABRT (6)"


def test_a_hard_exit_is_reported_with_its_code(engine, tmp_path):
    outcome = run(engine, tmp_path, "import os\nprint('bye')\nos._exit(3)\nresult = 1\n")
    assert outcome.fault.kind is FaultKind.EXIT
    assert outcome.fault.message == "exited with code 3 before finishing (a hard exit such as os._exit)"
    assert outcome.stdout == "bye\n"


def test_sys_exit_is_reported_not_obeyed(engine, tmp_path):
    outcome = run(engine, tmp_path, "import sys\nsys.exit(4)\nresult = 1\n")
    assert outcome.fault.kind is FaultKind.EXIT
    assert outcome.fault.message == "called sys.exit(4) instead of binding `result`"


def test_an_output_flood_is_cut_at_the_cap_with_a_visible_mark(engine, tmp_path):
    outcome = run(
        engine,
        tmp_path,
        """
        import os
        for _ in range(2000):
            print("x" * 999)
        os.write(2, b"y" * 300_000)
        result = 1
    """,
    )
    cap = EngineSettings().output_cap
    marker = truncation_marker(cap)
    assert outcome.completed
    assert outcome.stdout.endswith(marker)
    assert len(outcome.stdout) == cap + len(marker)
    assert outcome.stderr.endswith(marker)
    assert len(outcome.stderr) == cap + len(marker)
    assert "[output truncated: more than 64 KiB were written]" in marker


OBSERVE = """
    import builtins, os, sys
    import numpy as np
    import torch

    result = {
        "files": ",".join(sorted(os.listdir("."))),
        "numpy_patched": str(hasattr(np, "leaked") or np.sum.__name__ != "sum"),
        "builtin": str(hasattr(builtins, "leaked")),
        "global": str("leaked_global" in globals()),
        "env": os.environ.get("LEAKED", "absent"),
        "default_dtype": str(torch.get_default_dtype()),
        "threads": torch.get_num_threads(),
        "seterr": np.geterr()["divide"],
        "path": str("/leaked" in sys.path),
        "grad": str(torch.is_grad_enabled()),
    }
"""

FRESH = {
    "files": "",
    "numpy_patched": "False",
    "builtin": "False",
    "global": "False",
    "env": "absent",
    "default_dtype": "torch.float32",
    "threads": EngineSettings().threads,
    "seterr": "warn",
    "path": "False",
    "grad": "True",
}
"""What OBSERVE sees in a fresh child: the server computes at the engine's thread count (one)."""
LEAKED_THREADS = EngineSettings().threads + 2
"""The thread count a polluter sets: not the server's, so a count that leaked would show."""

POLLUTE = f"""
    import builtins, os, sys
    import numpy as np
    import torch

    open("leak.txt", "w").write("x")
    np.leaked = True
    np.sum = lambda *a, **k: 0
    builtins.leaked = True
    leaked_global = 1
    os.environ["LEAKED"] = "yes"
    torch.set_default_dtype(torch.float64)
    torch.set_num_threads({LEAKED_THREADS})
    torch.set_grad_enabled(False)
    np.seterr(all="raise")
    sys.path.append("/leaked")
"""
"""Changes everything OBSERVE looks at, then observes (in the polluter's own child) that each took."""
POLLUTE += OBSERVE.split("import torch\n", 1)[1]


def test_a_polluter_changes_everything_observed(engine, tmp_path):
    """Each leak the next tests look for is real in the polluter's own process: it could leak."""
    polluted = _plain(run_source(engine, tmp_path, textwrap.dedent(POLLUTE), name="polluter").result)
    assert polluted.keys() == FRESH.keys()
    assert all(polluted[key] != FRESH[key] for key in FRESH), polluted
    assert polluted["threads"] == LEAKED_THREADS


def test_nothing_one_snippet_does_is_visible_to_the_next(engine, tmp_path):
    baseline = run_source(engine, tmp_path, textwrap.dedent(OBSERVE), name="baseline")
    polluter = run_source(engine, tmp_path, textwrap.dedent(POLLUTE), name="polluter")
    assert polluter.completed
    after = run_source(engine, tmp_path, textwrap.dedent(OBSERVE), name="after")
    assert _plain(baseline.result) == FRESH
    assert _plain(after.result) == FRESH


def test_snippets_in_one_batch_do_not_leak_into_each_other(engine, tmp_path):
    requests = []
    for index, source in enumerate([OBSERVE] + [POLLUTE, OBSERVE] * 3):
        path = tmp_path / f"s{index}{TORCH.suffix}"
        path.write_text(textwrap.dedent(source))
        requests.append(RunRequest(f"t/s{index}", parse_snippet(path, TORCH, path.name).snippet))
    runs = engine.run(requests).runs
    observations = [_plain(runs[(f"t/s{i}", "torch")].result) for i in (0, 2, 4, 6)]
    assert observations == [FRESH] * 4
    polluted = [_plain(runs[(f"t/s{i}", "torch")].result) for i in (1, 3, 5)]
    assert all(p["threads"] == LEAKED_THREADS and p["files"] == "leak.txt" for p in polluted)


def _plain(value):
    assert isinstance(value, MapValue)
    return {key: item.text if isinstance(item, TextValue) else item.array.item() for key, item in value.items}


RANDOM = """
    import random
    import numpy as np
    import torch

    result = (np.random.rand(3), torch.rand(3), random.random())
"""


def test_every_snippet_starts_from_the_same_seeded_generators(engine, tmp_path):
    first = run_source(engine, tmp_path, textwrap.dedent(RANDOM), name="first")
    run_source(
        engine,
        tmp_path,
        "import numpy as np, torch\nnp.random.rand(1000)\nresult = torch.rand(1000)\n",
        name="consumer",
    )
    second = run_source(engine, tmp_path, textwrap.dedent(RANDOM), name="second")
    for a, b in zip(first.result.items, second.result.items, strict=True):
        assert np.array_equal(a.array, b.array)
    expected = np.random.RandomState(0).rand(3)
    assert np.array_equal(first.result.items[0].array, expected)


def test_awkward_results_are_all_converted(engine, tmp_path):
    outcome = run(
        engine,
        tmp_path,
        """
        import numpy as np
        import torch

        frozen = np.arange(3)
        frozen.flags.writeable = False
        result = {
            "zero_d": torch.tensor(3.5),
            "empty": torch.empty(0, 3),
            "complex": torch.tensor([1 + 2j]),
            "bool": torch.tensor([True, False]),
            "huge_int": 2**70,
            "wrapped": np.array([127], dtype=np.int8) + np.int8(1),
            "non_finite": torch.tensor([float("nan"), float("inf"), -float("inf")]),
            "transposed": torch.arange(12).reshape(3, 4).T,
            "read_only": frozen,
            "needs_grad": torch.ones(2, requires_grad=True) * 2,
            "large": torch.zeros(200, 100),
            "bfloat16": torch.ones(2, dtype=torch.bfloat16),
            "size": torch.zeros(2, 3).shape,
            "dtype": torch.float32,
            "np_dtype": np.dtype("int16"),
            "max": torch.max(torch.tensor([[1, 5], [7, 2]]), dim=0),
            "sparse": torch.eye(2).to_sparse(),
            "text": "ok",
            "none": None,
        }
    """,
    )
    assert outcome.completed, outcome.fault
    items = dict(outcome.result.items)
    assert items["zero_d"].shape == ()
    assert items["zero_d"].array.item() == 3.5
    assert items["empty"].shape == (0, 3)
    assert items["complex"].array[0] == 1 + 2j
    assert items["complex"].dtype == "torch.complex64"
    assert items["bool"].array.dtype == np.bool_
    assert items["huge_int"].array.item() == 2**70
    assert items["wrapped"].array.tolist() == [-128]
    assert np.isnan(items["non_finite"].array[0])
    assert np.isinf(items["non_finite"].array[1:]).all()
    assert items["transposed"].array.tolist() == [[0, 4, 8], [1, 5, 9], [2, 6, 10], [3, 7, 11]]
    assert items["read_only"].array.tolist() == [0, 1, 2]
    assert items["needs_grad"].array.tolist() == [2.0, 2.0]
    assert items["large"].shape == (200, 100)
    assert items["bfloat16"].dtype == "torch.bfloat16"
    assert items["bfloat16"].array.dtype == np.float32
    assert isinstance(items["size"], SeqValue)
    assert items["size"].type_name == "torch.Size"
    assert [i.array.item() for i in items["size"].items] == [2, 3]
    assert items["dtype"] == TextValue("float32", "torch.dtype")
    assert items["np_dtype"].text == "int16"
    assert items["max"].type_name == "torch.return_types.max"
    assert [i.array.tolist() for i in items["max"].items] == [[7, 5], [1, 0]]
    assert items["sparse"].array.tolist() == [[1.0, 0.0], [0.0, 1.0]]
    assert items["text"] == TextValue("ok", "str")
    assert items["none"] == TextValue(None, "NoneType")
    assert isinstance(items["zero_d"], ArrayValue)


def test_a_result_that_is_not_data_is_a_clear_fault(engine, tmp_path):
    outcome = run(engine, tmp_path, "import numpy as np\nresult = np.random.default_rng(0)\n")
    assert outcome.fault.kind is FaultKind.BAD_RESULT
    assert outcome.fault.message.startswith(
        "`result` is a numpy.random._generator.Generator, which cannot be compared"
    )


def test_a_result_bound_only_on_a_branch_not_taken_is_a_fault(engine, tmp_path):
    outcome = run(engine, tmp_path, "if False:\n    result = 1\n")
    assert outcome.fault.kind is FaultKind.NO_RESULT


def test_the_library_names_a_snippet_uses_are_resolved(engine, tmp_path):
    outcome = run(
        engine,
        tmp_path,
        """
        import torch
        import torch.nn.functional as F

        x = torch.arange(3)
        y = x.repeat(2).float()
        result = F.relu(torch.linalg.norm(y)).item() + torch.arange(2).sum().item()
    """,
    )
    assert set(outcome.api) >= {
        "torch.arange",
        "torch.Tensor.repeat",
        "torch.Tensor.float",
        "torch.nn.functional.relu",
        "torch.linalg.norm",
        "torch.Tensor.sum",
        "torch.Tensor.item",
    }
    assert not any(name.startswith("torch.nn.functional.") and name.count(".") < 3 for name in outcome.api)


def test_an_attribute_of_a_constructed_library_class_belongs_to_that_class(engine, tmp_path):
    outcome = run(
        engine,
        tmp_path,
        """
        import numpy as np

        size = np.dtype("float32").itemsize
        result = np.zeros(2).itemsize + size
    """,
    )
    assert "numpy.dtype.itemsize" in outcome.api
    assert "numpy.ndarray.itemsize" in outcome.api
    assert "numpy.dtype" in outcome.api


def test_the_body_time_is_measured(engine, tmp_path):
    """At least the sleep, at most the whole run as seen from here: no bound that a slow machine breaks."""
    started = time.monotonic()
    outcome = run(engine, tmp_path, "import time\ntime.sleep(0.2)\nresult = 1\n")
    assert 0.2 <= outcome.seconds <= time.monotonic() - started


PLOT = "import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nresult = 1\n"
STEP = """
import torch

weight = torch.ones(1, requires_grad=True)
optimizer = torch.optim.SGD([weight], lr=0.5)
weight.sum().backward()
optimizer.step()
result = weight.detach()
"""
"""An optimizer's first step, which imports torch's compiler unless its child has prepared it."""
CLOSE = (
    "import torch\n\ntorch.testing.assert_close(torch.zeros(2), torch.zeros(2))\nresult = torch.zeros(1)\n"
)
"""A comparison, which imports torch's symbolic shapes and sympy unless the server has prepared it."""
COUNTED = """
import builtins
import time
{extra}
calls = getattr(builtins, "np2t_calls", 0)
builtins.np2t_calls = calls + 1
time.sleep(1.0 if calls == 0 else 0.0)
result = calls
"""
"""Its first call sleeps a second and any later call in the same child not at all."""


@pytest.mark.parametrize(
    ("extra", "timed_by_run"),
    [
        ("", True),
        ("import tabnanny", False),
        ('import sys\ndel sys.modules["json"]\nimport json', False),
        ("try:\n    import np2t_no_such_module\nexcept ImportError:\n    pass", True),
        (PLOT.removesuffix("result = 1\n"), True),
        (STEP.removesuffix("result = weight.detach()\n"), True),
    ],
    ids=[
        "imports-nothing-new",
        "imports-a-module",
        "imports-a-loaded-module-again",
        "fails-to-import-a-module",
        "plots-in-a-prepared-server",
        "steps-an-optimizer-it-prepared-itself",
    ],
)
def test_a_run_past_the_budget_is_its_own_timing_unless_it_imported_a_module(
    engine, tmp_path, extra, timed_by_run
):
    """The run stands for the timed call only when its imports cost nothing; else the body runs again."""
    path = tmp_path / f"counted{TORCH.suffix}"
    path.write_text(COUNTED.format(extra=extra), encoding="utf-8")
    request = RunRequest("test/counted", parse_snippet(path, TORCH, path.name).snippet, "")
    run = engine.run([request], TimingRequest(threads=1, budget=0.3)).runs[("test/counted", "torch")]
    assert run.result.array.item() == 0
    assert run.timing is not None
    assert (run.timing.loops, run.timing.repeats) == (1, 1)
    assert (run.timing.median >= 1.0) is timed_by_run, run.timing


THREADS = """
import numpy as np
import torch
from threadpoolctl import threadpool_info

blas = [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]
result = np.array([torch.get_num_threads(), *blas])
"""


@pytest.mark.parametrize("threads", [1, 2])
def test_a_timed_run_computes_at_the_timed_thread_count(engine, tmp_path, threads):
    """Both libraries' pools, NumPy's BLAS included, are set in the child before its run."""
    path = tmp_path / f"threads{TORCH.suffix}"
    path.write_text(THREADS, encoding="utf-8")
    request = RunRequest("test/threads", parse_snippet(path, TORCH, path.name).snippet, "")
    run = engine.run([request], TimingRequest(threads=threads)).runs[("test/threads", "torch")]
    assert run.result is not None, run.error or run.fault
    counts = run.result.array.tolist()
    assert len(counts) >= 2, "NumPy's BLAS was found"
    assert counts == [threads] * len(counts)


def test_a_timed_run_names_no_api_and_the_untimed_run_of_the_same_snippet_does(engine, tmp_path):
    """The pages take the API names from the untimed run; a timed child does not spend time on them."""
    path = tmp_path / f"api{TORCH.suffix}"
    path.write_text("import torch\nresult = torch.cumsum(torch.arange(4), 0)\n", encoding="utf-8")
    request = RunRequest("test/api", parse_snippet(path, TORCH, path.name).snippet, "")
    untimed = engine.run([request]).runs[("test/api", "torch")]
    timed = engine.run([request], TimingRequest(threads=1)).runs[("test/api", "torch")]
    assert "torch.cumsum" in untimed.api
    assert timed.timing is not None
    assert timed.api == ()


def test_many_jobs_on_all_workers_keep_their_own_results(engine, tmp_path):
    requests = []
    for index in range(12):
        path = tmp_path / f"n{index}{TORCH.suffix}"
        path.write_text(f"import torch\nresult = torch.tensor({index})\n")
        requests.append(RunRequest(f"t/n{index}", parse_snippet(path, TORCH, path.name).snippet, ""))
    runs = engine.run(requests).runs
    assert [runs[(f"t/n{i}", "torch")].result.array.item() for i in range(12)] == list(range(12))


def test_a_server_that_dies_mid_run_is_an_engine_error_not_a_hang(tmp_path):
    with Engine(EngineSettings(workers=1, sandbox=SANDBOX)) as engine:
        run_source(engine, tmp_path, "result = 1\n", name="warm")
        killer = threading.Timer(0.5, os.kill, (engine._server.pid, signal.SIGKILL))
        killer.start()
        with pytest.raises(EngineError, match="exited unexpectedly"):
            run_source(engine, tmp_path, "import time\ntime.sleep(5)\nresult = 2\n", name="slow")
        killer.join()


def test_a_server_that_died_between_runs_is_restarted(tmp_path):
    with Engine(EngineSettings(workers=1, sandbox=SANDBOX)) as engine:
        run_source(engine, tmp_path, "result = 1\n", name="first")
        os.kill(engine._server.pid, signal.SIGKILL)
        engine._server.wait()
        assert run_source(engine, tmp_path, "result = 2\n", name="second").result.array.item() == 2


LOADED = "import sys\nprint(any(name.startswith({prefix}) for name in sys.modules))\nresult = 1\n"
"""Asks whether a module is loaded without naming it (a snippet that names it has it prepared)."""


@pytest.mark.parametrize(
    ("source", "prefix"),
    [(PLOT, '"matplot" + "lib"'), (CLOSE, '"sym" + "py"')],
    ids=["matplotlib", "assert_close"],
)
def test_the_server_prepares_a_feature_only_for_a_snippet_that_names_it(tmp_path, source, prefix):
    """A build with no plotting or comparing snippet does not wait for what they load; one with it has it."""
    loaded = LOADED.format(prefix=prefix)
    with Engine(EngineSettings(workers=1, sandbox=SANDBOX)) as engine:
        before = run_source(engine, tmp_path, loaded, name="before")
        used = run_source(engine, tmp_path, source, name="used")
        after = run_source(engine, tmp_path, loaded, name="after")
    assert before.stdout == "False\n"
    assert used.completed, used.fault or used.error
    assert after.stdout == "True\n", "prepared once in the server, every later child inherits it"


def _timed(engine, tmp_path, source, name):
    path = tmp_path / f"{name}{TORCH.suffix}"
    path.write_text(source, encoding="utf-8")
    request = RunRequest(f"test/{name}", parse_snippet(path, TORCH, path.name).snippet, "")
    return engine.run([request], TimingRequest(threads=1, budget=0.3)).runs[(f"test/{name}", "torch")]


def test_the_server_never_holds_a_preparation_that_slows_the_library(tmp_path):
    """An optimizer's step leaves torch a little slower, so the server never steps one for its children."""
    probe = LOADED.format(prefix='"torch._dyn" + "amo"')
    with Engine(EngineSettings(workers=1, sandbox=SANDBOX)) as engine:
        stepped = run_source(engine, tmp_path, STEP, name="stepped")
        after = run_source(engine, tmp_path, probe, name="after")
    assert stepped.completed, stepped.error
    assert after.stdout == "False\n"


def test_a_timed_child_runs_in_a_server_that_prepared_nothing_for_any_snippet(tmp_path):
    """No timing may depend on which snippet ran before it in the same server.

    An untimed run has the server prepare assert_close; the engine then gives the timings a fresh
    server. Timed runs that compare and step an optimizer prepare these in their own children, so
    the next timed children still find neither sympy nor torch's compiler loaded.
    """
    compared = LOADED.format(prefix='"sym" + "py"')
    compiler = LOADED.format(prefix='"torch._dyn" + "amo"')
    with Engine(EngineSettings(workers=1, sandbox=SANDBOX)) as engine:
        untimed = run_source(engine, tmp_path, CLOSE, name="untimed")
        after_untimed = _timed(engine, tmp_path, compared, "after_untimed")
        timed = [
            _timed(engine, tmp_path, source, name) for source, name in ((CLOSE, "close"), (STEP, "step"))
        ]
        after_timed = [
            _timed(engine, tmp_path, probe, name) for probe, name in ((compared, "c"), (compiler, "s"))
        ]
    assert untimed.completed, untimed.error
    assert all(run.completed and run.timing is not None for run in timed), [run.error for run in timed]
    assert after_untimed.stdout == "False\n", "the timings got a server that prepared nothing"
    assert [run.stdout for run in after_timed] == ["False\n", "False\n"], (
        "each timed child prepared for itself"
    )


def test_a_preparation_that_fails_is_logged_and_left_to_the_children(caplog):
    """The server keeps serving: the children of a snippet that names the feature load it themselves."""
    calls = []

    def failing() -> None:
        calls.append("failing")
        raise RuntimeError("no such feature here")

    preparations = [
        Preparation("broken", re.compile(r"\bbroken\b"), failing),
        Preparation("other", re.compile(r"\bother\b"), lambda: calls.append("other")),
    ]
    server = SimpleNamespace(unprepared=list(preparations), compacted=True)
    WarmServer._prepare_for(server, "uses the broken feature", timed=False)
    WarmServer._prepare_for(server, "broken again, and the other one", timed=False)
    assert calls == ["failing", "other"], "each is tried once, only for a snippet that names it"
    assert server.unprepared == []
    assert server.compacted is False, "what a preparation loaded is new memory to compact"
    assert "could not prepare broken" in caplog.text


def test_a_plotting_childs_first_figure_is_figure_one(engine, tmp_path):
    """The server's own figure, drawn to load the backends, is closed before any child forks."""
    plotted = run_source(engine, tmp_path, PLOT, name="plot")
    assert plotted.completed, plotted.fault or plotted.error
    assert [figure.number for figure in plotted.figures] == [1]


def test_a_figure_is_the_same_svg_whether_the_server_or_the_snippet_loaded_matplotlib(engine, tmp_path):
    """The SVG's id salt is fixed when it is saved, so a figure's bytes do not depend on who imported it."""
    hidden = PLOT.replace(
        "import matplotlib.pyplot as plt", 'plt = __import__("matplot" + "lib.pyplot").pyplot'
    )
    with Engine(EngineSettings(workers=1, sandbox=SANDBOX)) as fresh:
        alone = run_source(fresh, tmp_path, hidden, name="alone")
    served = run_source(engine, tmp_path, PLOT, name="served")
    assert alone.completed, alone.fault or alone.error
    assert served.completed, served.fault or served.error
    assert len(alone.figures) == len(served.figures) == 1
    assert alone.figures[0].svg == served.figures[0].svg


def test_the_server_is_this_package_whatever_the_working_folder_and_pythonpath_hold(tmp_path, monkeypatch):
    """A folder holding another ``generator`` package, as working folder or on PYTHONPATH, is not used."""
    decoy = tmp_path / "decoy"
    (decoy / "generator").mkdir(parents=True)
    (decoy / "generator" / "__init__.py").write_text("raise SystemExit('the decoy generator was imported')\n")
    snippets = tmp_path / "snippets"
    snippets.mkdir()
    monkeypatch.chdir(decoy)
    monkeypatch.setenv("PYTHONPATH", str(decoy))
    with Engine(EngineSettings(workers=1, sandbox=SANDBOX)) as engine:
        run = run_source(engine, snippets, "import numpy as np\nresult = np.arange(2)\n")
    assert run.completed, run.fault or run.error
    assert run.result.array.tolist() == [0, 1]


def test_the_engine_benchmark_runs_on_a_few_pairs(tmp_path):
    """``bench/engine.py`` on a tiny corpus: it runs, and its last line is the one tools read."""
    script = Path(__file__).resolve().parent.parent / "bench" / "engine.py"
    record = tmp_path / "engine.json"
    completed = subprocess.run(
        [
            sys.executable,
            str(script),
            "--pairs",
            "4",
            "--sample",
            "2",
            "--rounds",
            "1",
            "--record",
            str(record),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    last = completed.stdout.splitlines()[-1]
    summary = r"per-snippet overhead: [\d.]+ ms; speedup vs fresh interpreter: \d+×; warm rebuild executed: 0"
    assert re.fullmatch(summary + " snippets", last)
    figures = json.loads(record.read_text())
    assert figures["snippets"] == 8
    assert figures["sandbox_rounds"] == 1
    assert figures["overhead_ms_median"] > 0
    assert figures["unconfined_overhead_ms_median"] > 0


def test_an_engine_runs_its_snippets_on_the_server_launched_ahead_for_it(tmp_path):
    """``build`` starts the server before it loads the libraries; the engine must use that one."""
    settings = EngineSettings(timeout=30, sandbox=SANDBOX)
    launched = launch(settings, DEFAULT_SIDES)
    with Engine(settings, launched=launched) as engine:
        run = run_source(engine, tmp_path, "import os\nprint(os.getcwd())\nresult = 1\n")
        assert run.stdout.startswith(launched.root + os.sep), "the child ran under another server's folder"
        assert launched.process.poll() is None
    assert launched.process.poll() is not None
    assert not Path(launched.root).exists()


def test_a_server_launched_ahead_and_never_needed_is_stopped_without_waiting_for_its_libraries():
    """A build that finds nothing to run kills the server still loading torch, and leaves no folder."""
    settings = EngineSettings(sandbox=SANDBOX)
    launched = launch(settings, DEFAULT_SIDES)
    Engine(settings, launched=launched).close()
    assert launched.process.returncode == -signal.SIGKILL
    assert not Path(launched.root).exists()


def test_the_folder_of_a_build_killed_outright_is_removed_by_the_next_engine(tmp_path, monkeypatch):
    """SIGKILL leaves no time to clean up; the kernel lets the lock go, and the next engine sweeps.
    A live engine's folder and a folder without the lock stay."""
    killed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, signal, sys\nfrom pathlib import Path\n"
            "from generator.execute.launch import EngineFolder\n"
            "folder = EngineFolder.create(Path(sys.argv[1]))\nos.mkdir(os.path.join(folder.path, 'job-1'))\n"
            "print(folder.path, flush=True)\nos.kill(os.getpid(), signal.SIGKILL)\n",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    left = Path(killed.stdout.strip())
    assert left.parent == tmp_path
    assert (left / "job-1").is_dir()
    stranger = tmp_path / f"{ENGINE_FOLDER}stranger"
    stranger.mkdir()
    # Unlocked lock files, but a link to a folder elsewhere and a folder of another user's.
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.mkdir()
    (elsewhere / ".held").write_text("")
    (tmp_path / f"{ENGINE_FOLDER}link").symlink_to(elsewhere)
    kept = [stranger.name, f"{ENGINE_FOLDER}link"]
    if os.geteuid() == 0:  # only root can give a folder to another user
        others = tmp_path / f"{ENGINE_FOLDER}others"
        others.mkdir()
        (others / ".held").write_text("")
        os.chown(others, os.getuid() + 1, os.getgid())
        kept.append(others.name)
    alive = EngineFolder.create(tmp_path)
    try:
        assert not left.exists(), "the killed build's folder is still there"
        newer = EngineFolder.create(tmp_path)
        assert Path(alive.path).is_dir(), "a live engine's folder was swept"
        assert stranger.is_dir()
        newer.remove()
    finally:
        alive.remove()
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(kept)
    assert (elsewhere / ".held").is_file()


def test_the_folder_of_a_killed_build_is_swept_from_the_other_place_an_engine_may_use(tmp_path, monkeypatch):
    """The last build may have put its folder on the memory file system and this one in TMPDIR."""
    memory = tmp_path / "memory"
    memory.mkdir()
    monkeypatch.setattr("generator.execute.launch.MEMORY_FOLDER", memory)
    left = memory / f"{ENGINE_FOLDER}left"
    left.mkdir()
    (left / ".held").write_text("")
    folder = EngineFolder.create(tmp_path)
    folder.remove()
    assert not left.exists()


def test_the_engines_folder_goes_on_the_memory_file_system_only_when_every_worker_could_fill_its_cap(
    tmp_path, monkeypatch
):
    """Inode by inode, a disk file system costs the server time per child; a small tmpfs would fail
    a snippet that writes much; TMPDIR set by the builder is where such files go."""
    memory = tmp_path / "memory"
    memory.mkdir()
    monkeypatch.setattr("generator.execute.launch.MEMORY_FOLDER", memory)
    monkeypatch.delenv("TMPDIR", raising=False)
    room = os.statvfs(memory).f_bavail * os.statvfs(memory).f_frsize
    temporary = Path(tempfile.gettempdir())
    assert engine_root(EngineSettings(workers=2, memory=room // 4)) == memory
    assert engine_root(EngineSettings(workers=2, memory=room)) == temporary
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert engine_root(EngineSettings(workers=2, memory=room // 4)) == temporary
    monkeypatch.delenv("TMPDIR")
    monkeypatch.setattr("generator.execute.launch.MEMORY_FOLDER", tmp_path / "absent")
    assert engine_root(EngineSettings(workers=2, memory=1)) == temporary


def test_a_build_on_this_machine_puts_its_childrens_folders_on_the_memory_file_system(tmp_path):
    """/dev/shm here has room for two 4 GiB caps: the children's work folders go there."""
    if "TMPDIR" in os.environ:
        pytest.skip("TMPDIR is set: the builder chose the folder")
    status = os.statvfs("/dev/shm")
    if status.f_bavail * status.f_frsize < 2 * EngineSettings().memory:
        pytest.skip("/dev/shm is too small on this machine")
    settings = EngineSettings(workers=2, timeout=30, sandbox=SANDBOX)
    launched = launch(settings, DEFAULT_SIDES)
    with Engine(settings, launched=launched) as engine:
        run = run_source(engine, tmp_path, "import os\nprint(os.getcwd())\nresult = 1\n")
    assert run.stdout.startswith(f"/dev/shm/{ENGINE_FOLDER}"), run.stdout


def test_a_server_launched_ahead_and_abandoned_before_any_engine_leaves_nothing_behind():
    """``build`` launches the server before it digests the sources; a build that runs nothing abandons it."""
    launched = launch(EngineSettings(sandbox=SANDBOX), DEFAULT_SIDES)
    assert Path(launched.root).is_dir()
    launched.abandon()
    assert launched.process.returncode == -signal.SIGKILL
    assert not Path(launched.root).exists()
