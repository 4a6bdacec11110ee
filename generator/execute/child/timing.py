"""Time a snippet's body in its child, after the normal run: what a porter's code costs per call.

The timed region is the snippet's code after its leading imports, run again and again in a fresh
copy of the namespace those imports made: the imports, the process, the capture of output (the
body's prints go to a null sink while it is timed) and the conversion of `result` are not in it.
Each library computes with the requested number of threads. A snippet that raised or did not
finish is not timed: its cost would be the cost of failing.
"""

import ast
import builtins
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from generator.execute.child.adapters import Adapter
from generator.execute.contract import TimingRequest
from generator.timer import Timing, batch_time, sized_batches, summarize


class _NullWriter:
    """Swallows text: the body's prints must not flood the captured output, nor cost a file write."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        """Nothing is buffered."""


def split_imports(source: str, filename: str) -> tuple[Any, Any]:
    """Code objects for the leading imports (after the docstring) and for the rest of the module."""
    module = ast.parse(source, filename)
    body = list(module.body)
    if body and isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant):
        body = body[1:]
    cut = next(
        (i for i, node in enumerate(body) if not isinstance(node, ast.Import | ast.ImportFrom)), len(body)
    )
    imports = ast.Module(body=body[:cut], type_ignores=[])
    rest = ast.Module(body=body[cut:], type_ignores=[])
    return compile(imports, filename, "exec"), compile(rest, filename, "exec")


def time_body(
    source: str,
    filename: str,
    request: TimingRequest,
    adapters: Sequence[Adapter],
    first_run: float,
    *,
    run_is_body: bool,
) -> Timing:
    """The per-call time of the body, at ``request.threads`` threads.

    ``first_run`` is how long the normal run took. When it already exceeded the budget the body is
    timed once, with no warm-up, so that a snippet training a network for seconds costs at most one
    more run per thread count, not seven; and none when ``run_is_body``: the run imported no module,
    so its leading imports only looked up modules already loaded, and the run was one call of the
    body but for where its prints went. Otherwise the body runs once to warm up, then in batches
    of about ``request.min_time`` (``sized_batches``).
    """
    if first_run > request.budget and run_is_body:
        return summarize([first_run], 1, request.threads)
    for adapter in adapters:
        adapter.set_threads(request.threads)
    imports, rest = split_imports(source, filename)
    prepared: dict[str, Any] = {"__name__": "__main__", "__builtins__": builtins}
    exec(imports, prepared)

    def call() -> None:
        exec(rest, dict(prepared))

    streams: tuple[TextIO, TextIO] = (sys.stdout, sys.stderr)
    sys.stdout = sys.stderr = _NullWriter()
    try:
        if first_run > request.budget:
            once = batch_time(call, 1)
            return summarize([once], 1, request.threads)
        call()
        loops, per_call = sized_batches(call, request.min_time, request.repeats, request.budget)
    finally:
        sys.stdout, sys.stderr = streams
    return summarize(per_call, loops, request.threads)
