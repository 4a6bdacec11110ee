"""The engine's own fault paths, each through the real engine (confined where CI requires it).

A child whose machinery fails, a child killed by SIGKILL without the memory controller saying
so, a record that decodes to something that is not a run, and a figure the cleaner refuses: each
must end as a recorded fault that says what happened, with no result, never as a crash of the
build or as a run that looks fine.
"""

import textwrap
import time

import pytest
from conftest import run_source
from forged import _record
from records import RUN_FIELDS

from generator.execute.runs import FaultKind, SideRun

FORGED = "the child's report could not be read ({}); the snippet may have forged it"
"""What the engine records for a record it refuses (``execute.collect``)."""


def crashed(run: SideRun) -> str:
    """The message of a crash that left nothing else behind: no result, no error, no figure."""
    assert run.fault is not None, run
    assert run.fault.kind is FaultKind.CRASH, run.fault
    assert (run.result, run.error, run.figures) == (None, None, ()), run
    return run.fault.message


def test_a_child_whose_own_machinery_fails_exits_70_and_is_a_crash_pointing_at_its_stderr(engine, tmp_path):
    """The snippet closes every descriptor beyond its outputs, the record's included: writing it fails."""
    source = "import os\nos.closerange(3, os.sysconf('SC_OPEN_MAX'))\nprint('closed')\nresult = 1\n"
    run = run_source(engine, tmp_path, source)
    assert crashed(run) == "the engine failed inside the child process; see its stderr"
    assert run.stdout == "closed\n"
    assert "_write_record" in run.stderr
    assert "OSError: [Errno 9] Bad file descriptor" in run.stderr


def test_a_snippet_that_exits_with_the_engines_code_is_reported_the_same_way(engine, tmp_path):
    """A snippet can claim the machinery failed; it gains nothing by it: no result, a crash."""
    run = run_source(engine, tmp_path, "import os\nos._exit(70)\nresult = 1\n")
    assert crashed(run) == "the engine failed inside the child process; see its stderr"


def test_sigkill_without_the_memory_controller_saying_so_is_a_crash_with_the_memory_hint(engine, tmp_path):
    """The cgroup's count of kills is zero, so it is no proved out-of-memory (other signals: test_engine)."""
    run = run_source(
        engine, tmp_path, "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\nresult = 1\n"
    )
    message = crashed(run)
    assert message == "crashed: killed by signal SIGKILL (9) (the kernel may have run out of memory)"


def test_a_snippet_that_says_it_finished_before_its_report_is_stopped_there_and_is_a_crash(engine, tmp_path):
    """The pipe on which a child says its record is written is the snippet's to write too: saying
    so early only ends its own run, at once (the server starts the next child then), with a crash
    that says what happened rather than a timeout or a run that looks fine."""
    source = textwrap.dedent(
        """\
        import os, stat, time
        for fd in range(3, 1024):
            try:
                if stat.S_ISFIFO(os.fstat(fd).st_mode):
                    os.write(fd, b"1")
            except OSError:
                pass
        time.sleep(20)
        result = 1
        """
    )
    started = time.monotonic()
    run = run_source(engine, tmp_path, source)
    assert time.monotonic() - started < 10, "the child was not stopped when it said it had finished"
    assert crashed(run) == (
        "said that it had finished before it wrote its report, and was stopped there "
        "(the snippet wrote to the engine's descriptor)"
    )


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ([RUN_FIELDS], "record: expected an object, found list"),
        ("a run", "record: expected an object, found str"),
        ({**RUN_FIELDS, "pickle": "cos\nsystem\n"}, "record: unknown fields ['pickle']"),
        ({k: v for k, v in RUN_FIELDS.items() if k != "seconds"}, "record: missing seconds"),
        (
            {**RUN_FIELDS, "fault": {"kind": "none", "message": "", "traceback": ""}},
            "fault: unknown kind 'none'",
        ),
        ({**RUN_FIELDS, "error": "ValueError"}, "error: expected an object, found str"),
        (
            {**RUN_FIELDS, "result": 0, "nodes": [{"kind": "object", "type": "os.system"}]},
            "node 0: not a node of a known kind",
        ),
        (
            {**RUN_FIELDS, "result": 0, "nodes": [{"kind": "seq", "type": "list", "items": [0]}]},
            "node 0: a child must be an earlier node",
        ),
        ({**RUN_FIELDS, "api": ["os.system('x')"]}, "api: \"os.system('x')\" is not a dotted Python name"),
        ({**RUN_FIELDS, "seconds": -1}, "seconds: expected a finite number of at least 0, found -1"),
    ],
    ids=[
        "a-list",
        "a-string",
        "an-extra-field",
        "a-missing-field",
        "an-unknown-fault",
        "an-error-that-is-text",
        "an-unknown-node",
        "a-node-that-holds-itself",
        "an-api-name-that-is-code",
        "a-negative-time",
    ],
)
def test_a_forged_record_that_is_not_a_run_is_a_crash_saying_why(engine, tmp_path, header, reason):
    run = run_source(engine, tmp_path, textwrap.dedent(_record(header)))
    assert crashed(run) == FORGED.format(reason)


def test_the_forging_snippet_would_otherwise_give_its_run(engine, tmp_path):
    """The record above, well formed, is read as the run it describes: the refusals are the fields'."""
    run = run_source(engine, tmp_path, textwrap.dedent(_record(RUN_FIELDS)))
    assert run.fault is None, run.fault
    assert run.result is None
    assert run.seconds == 0.1


REFUSED_FIGURES = {
    "entities": (
        '<!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
        "the document declares entities",
    ),
    "html": ("<html><body>a page</body></html>", "the document is a <html>, not an <svg>"),
    "unreadable": ("<svg", "not a readable SVG document: unclosed token: line 1, column 0"),
}


@pytest.mark.parametrize(("svg", "reason"), REFUSED_FIGURES.values(), ids=REFUSED_FIGURES.keys())
def test_a_figure_the_cleaner_refuses_makes_the_run_a_crash_without_its_result(engine, tmp_path, svg, reason):
    source = f"""
        import sys
        from generator.execute.runs import Figure
        sys.modules["generator.execute.child.run"].collect_figures = lambda: (Figure(2, {svg!r}),)
        result = 1
    """
    run = run_source(engine, tmp_path, textwrap.dedent(source))
    assert crashed(run) == f"figure 2 cannot be published: {reason}"
