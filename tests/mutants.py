"""``make mutants``: mutation testing of the code whose mistakes would publish something false or unsafe.

mutmut (settings in pyproject.toml) changes one thing at a time in the cache and its key, the
run record's decoder, the child's limits, the numerical comparison, verdicts, fixes, thread
dependence and quoted values, the trap classes, the build fingerprint, the incremental writes of
the build folder, the citations and the escaping of prose and figures, and runs the tests that
reach the changed function; a mutant the tests do not notice has survived. Each survivor must be
listed, with why no test can tell it apart, in ``tests/equivalent_mutants.txt``; an unlisted one
fails the run. Every survivor is written to ``mutants/survivors.txt``, an unlisted one with its
diff. The last line is ``mutants: K killed of N (P %)``.

Arguments are mutmut's name patterns, to test less (``make mutants MUTANTS='generator.site.traps.*'``).
"""

import fnmatch
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTMUT = Path(sys.executable).with_name("mutmut")
SCOPE = (
    "generator.execute.cache.*",
    "generator.execute.engine.xǁEngineǁkey__mutmut_*",
    "generator.execute.svg.*",
    "generator.execute.decode.*",
    "generator.execute.child.cgroups.xǁChildGroupǁjoin__mutmut_*",
    "generator.execute.child.cgroups.xǁChildCgroupsǁcreate__mutmut_*",
    "generator.execute.child.cgroups.xǁChildCgroupsǁprepare__mutmut_*",
    "generator.execute.child.cgroups.xǁChildCgroupsǁrelease__mutmut_*",
    "generator.execute.child.cgroups.x__limit_memory__mutmut_*",
    "generator.execute.child.cgroups.x__oom_kills__mutmut_*",
    "generator.execute.child.sandbox.xǁSandboxǁopen__mutmut_*",
    "generator.execute.child.sandbox.xǁSandboxǁprepare__mutmut_*",
    "generator.execute.child.sandbox.xǁSandboxǁrelease__mutmut_*",
    "generator.compare.numeric.*",
    "generator.compare.verdict.*",
    "generator.compare.fixes.*",
    "generator.compare.threads.*",
    "generator.compare.quotes.*",
    "generator.site.traps.*",
    "generator.site.fingerprint.*",
    "generator.site.folders.*",
    "generator.site.cite.*",
    "generator.site.inert.*",
)
"""What mutmut's mutants are run for: every function of the modules listed, but for engine.py its
cache key alone, and for the child's cgroups and sandbox the functions that set, apply and report
its limits (the rest probes the kernel or waits for processes to die, which no quick test can
judge)."""
KILLED = {"killed", "timeout", "caught by type check"}
EQUIVALENT = ROOT / "tests" / "equivalent_mutants.txt"
SURVIVORS = ROOT / "mutants" / "survivors.txt"


def mutmut(*arguments: str) -> str:
    completed = subprocess.run(
        [str(MUTMUT), *arguments], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        sys.exit(f"mutmut {arguments[0]} failed ({completed.returncode}):\n{completed.stderr[-4000:]}")
    return completed.stdout


def statuses(patterns: tuple[str, ...]) -> dict[str, str]:
    """Each mutant in scope with what its run found (``mutmut results`` lists ``name: status``)."""
    found = {}
    for line in mutmut("results", "--all", "true").splitlines():
        name, _, status = line.strip().rpartition(": ")
        if name and any(fnmatch.fnmatch(name, pattern) for pattern in patterns):
            found[name] = status
    return found


def explained() -> dict[str, str]:
    """The survivors known to be equivalent: ``name  # why`` per line."""
    lines = EQUIVALENT.read_text(encoding="utf-8").splitlines() if EQUIVALENT.is_file() else []
    pairs = (line.split("#", 1) for line in lines if line.strip() and not line.startswith("#"))
    return {name.strip(): why.strip() for name, why in pairs}


def main(patterns: tuple[str, ...]) -> int:
    jobs = os.environ.get("MUTANT_JOBS", str(os.cpu_count() or 1))
    run = subprocess.run([str(MUTMUT), "run", "--max-children", jobs, *patterns], cwd=ROOT, check=False)
    if run.returncode != 0:
        print(f"mutmut run exited with {run.returncode}", file=sys.stderr)
        return run.returncode
    found = statuses(patterns)
    tested = {name: status for name, status in found.items() if status not in ("skipped", "not checked")}
    killed = sorted(name for name, status in tested.items() if status in KILLED)
    survived = sorted(name for name, status in tested.items() if status not in KILLED)
    known = explained()
    unexplained = [name for name in survived if name not in known]
    SURVIVORS.parent.mkdir(exist_ok=True)
    listed = [f"{name}: {tested[name]}  # {known[name]}\n" for name in survived if name in known]
    shown = [f"\n# {name}: {tested[name]}, not explained\n{mutmut('show', name)}" for name in unexplained]
    SURVIVORS.write_text("".join(listed + shown), encoding="utf-8")
    for name in unexplained:
        print(f"survived, not explained in {EQUIVALENT.relative_to(ROOT)}: {name} ({tested[name]})")
    untested = len(found) - len(tested)
    if untested:
        print(f"{untested} mutants were not run (skipped or not checked)")
    print(f"survivors: {SURVIVORS.relative_to(ROOT)}")
    share = 100 * len(killed) / len(tested) if tested else 0.0
    print(f"mutants: {len(killed)} killed of {len(tested)} ({share:.1f} %)")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main(tuple(sys.argv[1:]) or SCOPE))
