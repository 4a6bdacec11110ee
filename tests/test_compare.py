from pathlib import Path

import numpy as np

from generator.compare.verdict import Trap, format_diff, judge
from generator.discover.catalog import Pair
from generator.discover.metadata import Expectation, PairMeta
from generator.errors import Problem
from generator.execute.runs import Fault, FaultKind, RaisedError, SideRun
from generator.execute.values import ArrayValue


def value(*items: float) -> ArrayValue:
    return ArrayValue(np.array(items, dtype=np.float64), "float64", "numpy.ndarray")


def ran(result=None, error=None, fault=None) -> SideRun:
    return SideRun(stdout="", stderr="", error=error, fault=fault, result=result, seconds=0.001)


def raised(kind: str) -> SideRun:
    return ran(error=RaisedError(kind, "boom", f"Traceback...\n{kind}: boom\n"))


def pair(expect: Expectation, difference: str | None = None, problems=()) -> Pair:
    meta = PairMeta(title="T", expect=expect, difference=difference)
    return Pair(id="s/p", section="s", name="p", meta=meta, snippets=(), problems=tuple(problems))


EQUAL, RAISE, DIFFERS = Expectation.EQUAL, Expectation.BOTH_RAISE, Expectation.DIFFERS


def test_equal_results_hold_an_equal_claim():
    verdict = judge(pair(EQUAL), {"numpy": ran(value(1, 2)), "torch": ran(value(1, 2))})
    assert (verdict.verdict, verdict.holds, verdict.max_abs_diff) == ("equal", True, 0.0)
    assert verdict.summary == "equivalent (max |Δ| = 0)"


def test_different_results_are_a_mismatch_for_an_equal_claim():
    verdict = judge(pair(EQUAL), {"numpy": ran(value(1, 2)), "torch": ran(value(1, 3))})
    assert (verdict.verdict, verdict.holds) == ("mismatch", False)
    text = "\n".join(verdict.details)
    assert "expected equal, observed mismatch" in text
    assert "max |Δ| = 1, max relative Δ = 0.5" in text
    assert "first mismatch at index (1,): NumPy 2.0, PyTorch 3.0" in text


def test_a_documented_difference_holds_while_it_exists():
    verdict = judge(pair(DIFFERS, "std divides by n - 1"), {"numpy": ran(value(1)), "torch": ran(value(2))})
    assert (verdict.verdict, verdict.holds, verdict.trap) == ("differs", True, Trap.SILENT)
    assert verdict.summary == "differs — std divides by n - 1"


def test_a_documented_difference_that_disappears_fails_as_now_equal():
    verdict = judge(pair(DIFFERS, "x"), {"numpy": ran(value(1)), "torch": ran(value(1))})
    assert (verdict.verdict, verdict.holds) == ("equal", False)
    assert verdict.details[0].startswith("now equal")


def test_both_raising_holds_a_both_raise_claim_and_names_both_exceptions():
    verdict = judge(pair(RAISE), {"numpy": raised("ValueError"), "torch": raised("ValueError")})
    assert (verdict.verdict, verdict.holds, verdict.trap) == ("both-raise", True, None)
    assert verdict.details == ("NumPy raised ValueError: boom", "PyTorch raised ValueError: boom")


def test_a_port_exception_that_is_an_instance_of_numpys_class_is_both_raise():
    subclass = RaisedError("json.decoder.JSONDecodeError", "boom", "", bases=("ValueError", "Exception"))
    verdict = judge(pair(RAISE), {"numpy": raised("ValueError"), "torch": ran(error=subclass)})
    assert (verdict.verdict, verdict.holds) == ("both-raise", True)


def test_both_raising_with_classes_an_except_clause_tells_apart_is_a_loud_difference():
    runs = {"numpy": raised("ValueError"), "torch": raised("RuntimeError")}
    documented = judge(pair(DIFFERS, "RuntimeError, not ValueError"), runs)
    assert (documented.verdict, documented.holds, documented.trap) == ("differs", True, Trap.LOUD)
    claimed = judge(pair(RAISE), runs)
    assert (claimed.verdict, claimed.holds) == ("mismatch", False)
    assert (
        "PyTorch's RuntimeError is not a ValueError: "
        "an `except ValueError` written for NumPy does not catch it" in claimed.details
    )


def test_numpy_raising_while_the_port_runs_is_a_silent_difference():
    verdict = judge(
        pair(DIFFERS, "torch wraps"), {"numpy": raised("OverflowError"), "torch": ran(value(255))}
    )
    assert (verdict.verdict, verdict.holds, verdict.trap) == ("differs", True, Trap.SILENT)


def test_both_raising_does_not_hold_an_equal_claim():
    verdict = judge(pair(EQUAL), {"numpy": raised("ValueError"), "torch": raised("ValueError")})
    assert (verdict.verdict, verdict.holds) == ("both-raise", False)


def test_one_side_raising_is_a_difference():
    runs = {"numpy": ran(value(1)), "torch": raised("RuntimeError")}
    documented = judge(pair(DIFFERS, "torch raises"), runs)
    assert (documented.holds, documented.trap) == (True, Trap.LOUD)
    unexpected = judge(pair(EQUAL), runs)
    assert (unexpected.verdict, unexpected.holds) == ("mismatch", False)
    assert "PyTorch raised RuntimeError: boom" in unexpected.details
    assert not judge(pair(RAISE), runs).holds


def test_a_fault_is_an_error_whatever_the_claim():
    runs = {"numpy": ran(value(1)), "torch": ran(fault=Fault(FaultKind.TIMEOUT, "timed out after 1 s"))}
    for expect in (EQUAL, RAISE):
        verdict = judge(pair(expect), runs)
        assert (verdict.verdict, verdict.holds) == ("error", False)
        assert verdict.summary == "error — PyTorch side: timed out after 1 s"


def test_a_malformed_pair_is_an_error_with_its_problems():
    problem = Problem(Path("a.numpy.py"), 3, "unknown key 'x'")
    verdict = judge(pair(EQUAL, problems=[problem]), {})
    assert (verdict.verdict, verdict.holds) == ("error", False)
    assert verdict.details == ("a.numpy.py:3: unknown key 'x'",)


def test_a_missing_run_is_an_error():
    verdict = judge(pair(EQUAL), {"numpy": ran(value(1))})
    assert verdict.verdict == "error"
    assert "no run for the PyTorch side" in verdict.details


def test_differences_are_formatted_for_reading():
    assert [format_diff(v) for v in (0.0, 2.220446049250313e-16, 0.5, float("inf"), None)] == [
        "0",
        "2.2e-16",
        "0.5",
        "inf",
        "n/a",
    ]
