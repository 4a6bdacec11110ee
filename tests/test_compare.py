from pathlib import Path

import numpy as np
import pytest

from generator.compare.verdict import Judgement, Trap, Verdict, format_diff, judge, outside_requirement
from generator.discover.catalog import Pair
from generator.discover.metadata import Expectation, PairMeta
from generator.errors import Problem
from generator.execute.runs import Fault, FaultKind, RaisedError, SideRun
from generator.execute.values import ArrayValue
from generator.sides import DEFAULT_SIDES, Side, SideRegistry


def value(*items: float) -> ArrayValue:
    return ArrayValue(np.array(items, dtype=np.float64), "float64", "numpy.ndarray")


def single(*items: float) -> ArrayValue:
    return ArrayValue(np.array(items, dtype=np.float32), "torch.float32", "torch.Tensor")


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


JAX = Side(name="jax", label="JAX", suffix=".jax.py", adapter="adapters.jax_side", distribution="jax")
THREE = SideRegistry((*DEFAULT_SIDES.sides, JAX))


def test_a_pair_without_metadata_is_malformed_and_says_so():
    bare = Pair(id="s/p", section="s", name="p", meta=None, snippets=(), problems=())
    verdict = judge(bare, {"numpy": ran(value(1)), "torch": ran(value(1))})
    assert verdict == Judgement(
        Verdict.ERROR, False, "error — the pair is malformed", ("the pair has no metadata",)
    )


def test_a_pair_whose_runs_are_all_missing_names_every_side_not_run():
    verdict = judge(pair(EQUAL), {})
    assert verdict == Judgement(
        Verdict.ERROR, False, "error — not run", ("no run for the NumPy and PyTorch side",)
    )
    one = judge(pair(DIFFERS, "x"), {"torch": ran(value(1))})
    assert (one.holds, one.summary, one.details) == (False, "error — not run", ("no run for the NumPy side",))


def test_faults_on_every_side_are_all_reported():
    runs = {
        "numpy": ran(fault=Fault(FaultKind.CRASH, "the child died")),
        "torch": ran(fault=Fault(FaultKind.TIMEOUT, "timed out after 1 s")),
    }
    verdict = judge(pair(DIFFERS, "x"), runs)
    faults = ("NumPy side: the child died", "PyTorch side: timed out after 1 s")
    assert verdict == Judgement(Verdict.ERROR, False, "error — " + "; ".join(faults), faults)
    assert verdict.summary == "error — NumPy side: the child died; PyTorch side: timed out after 1 s"


def test_equal_within_tolerance_reports_both_largest_differences_and_the_dtype_note():
    runs = {"numpy": ran(value(1, 4)), "torch": ran(single(1, 4.000002))}
    verdict = judge(pair(EQUAL), runs)
    note = "result: dtypes differ: NumPy float64, PyTorch torch.float32"
    assert (verdict.verdict, verdict.holds, verdict.details) == ("equal", True, (note,))
    assert verdict.max_abs_diff == pytest.approx(2.0e-6, rel=0.2)
    assert verdict.max_rel_diff == pytest.approx(verdict.max_abs_diff / 4)
    assert verdict.summary == f"equivalent (max |Δ| = {format_diff(verdict.max_abs_diff)})"
    vanished = judge(pair(DIFFERS, "x"), runs)
    assert (vanished.verdict, vanished.holds, vanished.summary) == ("equal", False, verdict.summary)
    assert vanished.details[1:] == (note,)
    assert (vanished.max_abs_diff, vanished.max_rel_diff) == (verdict.max_abs_diff, verdict.max_rel_diff)
    both = judge(pair(RAISE), runs)
    assert (both.verdict, both.holds) == ("equal", False)
    assert both.details == ("expected both-raise, observed equal", note)
    assert (both.max_abs_diff, both.max_rel_diff) == (verdict.max_abs_diff, verdict.max_rel_diff)


def test_a_pair_that_compares_dtypes_fails_on_a_dtype_difference_alone():
    strict = Pair(
        id="s/p",
        section="s",
        name="p",
        meta=PairMeta(title="T", expect=EQUAL, same_dtype=True),
        snippets=(),
        problems=(),
    )
    verdict = judge(strict, {"numpy": ran(value(1, 2)), "torch": ran(single(1, 2))})
    assert (verdict.verdict, verdict.holds) == ("mismatch", False)
    assert verdict.summary == "mismatch — results differ"


def test_differing_results_report_their_largest_differences_under_any_claim():
    runs = {"numpy": ran(value(1, 4)), "torch": ran(value(1, 5))}
    documented = judge(pair(DIFFERS, "torch rounds up"), runs)
    assert (documented.summary, documented.trap) == ("differs — torch rounds up", Trap.SILENT)
    assert (documented.max_abs_diff, documented.max_rel_diff) == (1.0, 0.25)
    assert documented.details == (
        "result: values differ: NumPy numpy.ndarray shape (2,) dtype float64; "
        "PyTorch numpy.ndarray shape (2,) dtype float64",
        "max |Δ| = 1, max relative Δ = 0.25 (rtol 1e-05, atol 1e-06)",
        "first mismatch at index (1,): NumPy 4.0, PyTorch 5.0",
    )
    claimed = judge(pair(EQUAL), runs)
    assert claimed.summary == "mismatch — results differ"
    assert (claimed.max_abs_diff, claimed.max_rel_diff) == (1.0, 0.25)
    assert claimed.details == ("expected equal, observed mismatch", *documented.details)


def test_a_run_with_neither_result_error_nor_fault_is_refused():
    with pytest.raises(ValueError, match=r"^a run that neither raised nor faulted has no result$"):
        judge(pair(EQUAL), {"numpy": ran(value(1)), "torch": ran()})


def test_each_raising_outcome_has_its_own_summary():
    both = judge(pair(RAISE), {"numpy": raised("ValueError"), "torch": raised("ValueError")})
    assert both.summary == "both raise"
    classes = {"numpy": raised("ValueError"), "torch": raised("RuntimeError")}
    assert judge(pair(EQUAL), classes).summary == "mismatch — the exception classes differ"
    assert judge(pair(DIFFERS, "RuntimeError, not ValueError"), classes).summary == (
        "differs — RuntimeError, not ValueError"
    )
    one = {"numpy": ran(value(1)), "torch": raised("RuntimeError")}
    assert judge(pair(EQUAL), one).summary == "mismatch — only one side raised"
    assert judge(pair(RAISE), one).summary == "mismatch — only one side raised"


def test_the_except_clause_named_is_the_reference_classs_own_name():
    runs = {"numpy": raised("numpy.linalg.LinAlgError"), "torch": raised("torch._C._LinAlgError")}
    verdict = judge(pair(DIFFERS, "another class"), runs)
    assert (verdict.trap, verdict.summary) == (Trap.LOUD, "differs — another class")
    assert verdict.details[-1] == (
        "PyTorch's torch._C._LinAlgError is not a numpy.linalg.LinAlgError: "
        "an `except LinAlgError` written for NumPy does not catch it"
    )


def test_with_three_sides_any_port_that_escapes_the_except_clause_is_loud():
    runs = {"numpy": raised("ValueError"), "torch": ran(value(1)), "jax": raised("RuntimeError")}
    verdict = judge(pair(DIFFERS, "jax raises another class"), runs, THREE)
    assert (verdict.verdict, verdict.holds, verdict.trap) == ("differs", True, Trap.LOUD)
    assert (
        "JAX's RuntimeError is not a ValueError: an `except ValueError` written for NumPy does not catch it"
        in (verdict.details)
    )
    unexpected = judge(pair(EQUAL), runs, THREE)
    assert unexpected.summary == "mismatch — only some sides raised"
    caught = {"numpy": raised("ValueError"), "torch": raised("ValueError"), "jax": ran(value(1))}
    silent = judge(pair(DIFFERS, "jax runs"), caught, THREE)
    assert silent.trap == Trap.SILENT
    assert judge(pair(EQUAL), caught, THREE).summary == "mismatch — only some sides raised"
    every = {name: raised("ValueError") for name in ("numpy", "torch", "jax")}
    assert judge(pair(RAISE), every, THREE).summary == "both raise"


def test_a_pair_outside_its_requirement_keeps_its_verdict_and_says_which_release_failed():
    observed = judge(pair(EQUAL), {"numpy": ran(value(1, 2)), "torch": ran(value(1, 3))})
    outside = outside_requirement(
        observed, ("numpy>=2.1", "torch>=2.5"), {"python": "3.11.9", "numpy": "2.0.2", "torch": "2.4.1"}
    )
    assert (outside.verdict, outside.holds) == ("mismatch", False)
    assert outside.summary == "not available — requires numpy>=2.1, torch>=2.5"
    assert outside.details == (
        "the pair requires numpy>=2.1, torch>=2.5; this run has numpy 2.0.2, torch 2.4.1",
        *observed.details,
    )
    assert (outside.max_abs_diff, outside.max_rel_diff, outside.trap) == (1.0, 0.5, None)
    held = judge(pair(EQUAL), {"numpy": ran(value(1)), "torch": ran(value(1))})
    assert outside_requirement(held, ("numpy>=2.1",), {"numpy": "2.0.2"}).holds is False
