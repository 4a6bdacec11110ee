"""The version matrix end to end: a fixture catalog whose pairs behave differently under NumPy 1.26
and 2.x, run through ``python -m generator matrix`` with two NumPy releases (real environments made
by uv, real engines on their interpreters) and one release that cannot be installed; then the
merged ``pairs.json``, the pair pages, the "Across versions" page, the marks and the measurements.

The environments are made once per session in a temporary folder (uv links them from its cache,
so after the first session they take about a second each).
"""

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from conftest import CONFIG, FIXTURES, REPO

from generator.discover.catalog import discover
from generator.execute.requests import installed_versions
from generator.execute.runs import SideRun
from generator.execute.values import ArrayValue
from generator.matrix.combos import Combination, parse_combination
from generator.matrix.envs import PackageSources
from generator.matrix.merge import CellState, Change, merge
from generator.matrix.record import Outcome, RecordError, SideRecord, from_json, read_record, side_record

OLD = "numpy=1.26.4,torch=2.13.0"
NUMPY = installed_versions()["numpy"]
PINNED = f"numpy={NUMPY},torch=2.13.0"
MISSING = "numpy=0.1.0,torch=2.13.0"
"""No such NumPy release: uv cannot resolve it, and the matrix must say so and go on."""


def generator(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        env=os.environ | {"PYTHONPATH": str(REPO)},
        check=False,
    )


def matrix_args(root: Path, envs: Path, *extra: str) -> tuple[str, ...]:
    return (
        "matrix",
        *extra,
        *(
            "--envs",
            str(envs),
            "--matrix-cache",
            str(root / "matrix-runs"),
            "--records",
            str(root / "records"),
        ),
        *("--cache-dir", str(root / "runs"), "-q"),
    )


@pytest.fixture(scope="session")
def envs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("envs")


@pytest.fixture(scope="session")
def matrix_run(
    tmp_path_factory: pytest.TempPathFactory, envs: Path
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """``matrix all`` over the fixture with NumPy 1.26.4, this environment's NumPy and a missing release."""
    root = tmp_path_factory.mktemp("matrix")
    shutil.copytree(FIXTURES / "versions", root / "snippets")
    shutil.copy(CONFIG, root / "mkdocs.yml")
    combinations = [arg for spec in (OLD, PINNED, MISSING) for arg in ("--combination", spec)]
    done = generator(
        *matrix_args(root, envs, "all", *combinations, "--record", str(root / "matrix.json")), cwd=root
    )
    return root, done


@pytest.fixture(scope="session")
def document(matrix_run):
    root, done = matrix_run
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads((root / "site" / "pairs.json").read_text(encoding="utf-8"))


def across(document, pair_id):
    return next(p for p in document["pairs"] if p["id"] == pair_id)["across"]


def name(spec: str) -> str:
    return parse_combination(spec).name


def test_the_matrix_runs_each_installable_combination_and_reports_the_other(matrix_run):
    root, done = matrix_run
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(
        rf"^{name(MISSING)}: not installed, skipped: .*numpy==0\.1\.0", done.stdout, re.MULTILINE
    )
    assert re.search(rf"^{name(OLD)}: 4 of 8 pairs hold their claim", done.stdout, re.MULTILINE)
    assert re.search(rf"^{name(PINNED)}: 8 of 8 pairs hold their claim", done.stdout, re.MULTILINE)
    assert "pairs change between them" in done.stdout
    missing = read_record(root / "records" / f"{name(MISSING)}.json")
    assert not missing.installed
    assert "numpy==0.1.0" in missing.reason


def test_each_record_holds_the_releases_its_interpreter_loaded(matrix_run):
    root, _ = matrix_run
    old = read_record(root / "records" / f"{name(OLD)}.json")
    assert old.installed
    assert old.versions["numpy"] == "1.26.4"
    assert old.versions["torch"].startswith("2.13.0")
    assert (root / "matrix-runs" / name(OLD)).is_dir()


def test_pairs_json_keeps_its_keys_and_gains_the_combinations(document):
    combinations = {c["name"]: c for c in document["matrix"]["combinations"]}
    assert list(combinations) == [name(MISSING), name(OLD), name(PINNED)]
    assert combinations[name(PINNED)]["pinned"] is True
    assert combinations[name(OLD)]["pinned"] is False
    assert combinations[name(MISSING)]["installed"] is False
    assert combinations[name(OLD)]["versions"]["numpy"] == "1.26.4"
    assert (combinations[name(OLD)]["holding"], combinations[name(OLD)]["failing"]) == (4, 3)
    assert combinations[name(OLD)]["not_available"] == 1
    pair = next(p for p in document["pairs"] if p["id"] == "names/concat")
    assert {"id", "verdict", "holds", "numpy", "torch", "summary", "ratio"} <= set(pair)
    assert pair["requires"] == {"numpy": ">=2.0"}


def test_promotion_changes_the_dtype_and_the_claim(document):
    found = across(document, "promotion/int8-plus-int64")
    assert found["changes"] == ["dtypes"]
    old, pinned = found["combinations"][name(OLD)], found["combinations"][name(PINNED)]
    assert (old["state"], old["verdict"]) == ("fails", "mismatch")
    assert (pinned["state"], pinned["verdict"]) == ("holds", "equal")
    assert old["sides"]["numpy"]["types"] == ["result: numpy.ndarray int16"]
    assert pinned["sides"]["numpy"]["types"] == ["result: numpy.ndarray int64"]
    old_type, new_type = "result: numpy.ndarray int16", "result: numpy.ndarray int64"
    assert found["details"] == [f"NumPy: {old_type} under NumPy 1.26.4; {new_type} under NumPy {NUMPY}"]
    assert found["combinations"][name(MISSING)]["state"] == "not-run"


def test_an_exception_that_appears_is_a_change_even_when_the_verdict_stays(document):
    found = across(document, "promotion/uint8-plus-300")
    assert found["changes"] == ["errors"]
    assert found["varies"] is True
    old, pinned = found["combinations"][name(OLD)], found["combinations"][name(PINNED)]
    assert old["state"] == pinned["state"] == "holds"
    assert (old["sides"]["numpy"]["outcome"], pinned["sides"]["numpy"]["error"]) == (
        "result",
        "OverflowError",
    )


def test_names_added_and_removed(document):
    concat = across(document, "names/concat")
    assert concat["changes"] == ["names"]
    assert concat["combinations"][name(OLD)]["state"] == "not-available"
    assert concat["combinations"][name(OLD)]["unmet"] == ["numpy>=2.0"]
    assert concat["combinations"][name(OLD)]["sides"]["numpy"]["error"] == "AttributeError"
    alias = across(document, "names/float-alias")
    assert alias["changes"] == ["names"]
    assert alias["combinations"][name(OLD)]["state"] == "fails"
    assert alias["combinations"][name(PINNED)]["state"] == "holds"


def test_a_changed_default_and_a_pair_that_does_not_vary(document):
    assert across(document, "defaults/unique-inverse")["changes"] == ["values"]
    steady = across(document, "names/arange-double")
    assert (steady["changes"], steady["varies"]) == ([], False)


def test_the_across_versions_page_groups_the_pairs_by_what_changed(matrix_run):
    root, _ = matrix_run
    page = (root / "site" / "versions.html").read_text(encoding="utf-8")
    sections = re.split(r'<h2 id="', page)[1:]
    groups = {s.split('"', 1)[0]: s for s in sections}
    assert list(groups)[:4] == ["names", "errors", "dtypes", "values"]
    concat = re.search(r'href="names.html#concat".*?</tr>', groups["names"], re.DOTALL)
    assert concat
    assert "np2t-state--not-available" in concat[0]
    assert "np2t-badge" not in concat[0].split("</td>", 2)[2].split("</td>")[0]
    assert 'href="names.html#float-alias"' in groups["names"]
    assert 'href="promotion.html#uint8-plus-300"' in groups["errors"]
    assert 'href="promotion.html#int8-plus-int64"' in groups["dtypes"]
    assert "result: numpy.ndarray int16 under NumPy 1.26.4" in groups["dtypes"]
    assert (
        f"NumPy: raises AttributeError under NumPy 1.26.4; gives a result under NumPy {NUMPY}"
        in groups["names"]
    )
    assert 'href="defaults.html#unique-inverse"' in groups["values"]
    assert "arange-double" not in page
    assert "not installed, so not run" in page
    assert "5 of the 8 pairs change between releases" in page
    assert "Every pair was run again under each\ncombination" in page


def test_a_pair_page_shows_each_release_with_its_verdict(matrix_run):
    root, _ = matrix_run
    page = (root / "site" / "pairs" / "promotion" / "int8-plus-int64.html").read_text(encoding="utf-8")
    start = page.index('<table class="np2t-versions">')
    table = page[start : page.index("</table>", start)]
    rows = re.findall(r"<tr>\s*<td>([^<]*)</td>.*?np2t-state--([a-z-]+)", table, re.DOTALL)
    assert rows == [
        ("NumPy 1.26.4", "fails"),
        (f"NumPy {NUMPY} (this site)", "holds"),
    ]
    assert "0.1.0" not in table
    assert 'href="../../versions.html#dtypes"' in page


def test_the_cheat_sheet_and_the_traps_mark_what_varies(matrix_run):
    root, _ = matrix_run
    cheat = (root / "site" / "cheatsheet.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr class="np2t-cheat__row.*?</tr>', cheat, re.DOTALL)
    marked = [row for row in rows if "varies by release" in row]
    assert len(marked) == 5
    assert not any("arange" in row for row in marked)
    traps = (root / "site" / "traps.html").read_text(encoding="utf-8")
    assert re.search(r'uint8 array plus 300</a><br><a class="np2t-varies" href="versions.html#errors"', traps)


def test_the_costs_are_recorded(matrix_run):
    root, _ = matrix_run
    recorded = json.loads((root / "matrix.json").read_text(encoding="utf-8"))
    by_name = {c["name"]: c for c in recorded["combinations"]}
    assert by_name[name(OLD)]["run_seconds"] > 0
    assert by_name[name(OLD)]["environment_bytes"] > 100 << 20
    assert by_name[name(MISSING)]["installed"] is False
    assert recorded["total_seconds"] >= sum(c["run_seconds"] for c in recorded["combinations"])
    assert len(recorded["load_before"]) == len(recorded["load_after"]) == 3


def records(root: Path):
    return [read_record(path) for path in sorted((root / "records").glob("*.json"))]


def test_only_the_pinned_releases_must_hold(matrix_run):
    """The same records with one claim flipped: shown under NumPy 1.26, a failure under the pinned release."""
    root, _ = matrix_run
    catalog = discover(root / "snippets", base=root)
    found = records(root)
    assert merge(catalog, found, installed_versions()).failures == ()

    def flipped(spec: str):
        out = []
        for record in found:
            pairs = dict(record.pairs or {})
            if record.combination == parse_combination(spec):
                pairs["names/arange-double"] = replace(pairs["names/arange-double"], holds=False)
            out.append(replace(record, pairs=pairs))
        return out

    old = merge(catalog, flipped(OLD), installed_versions())
    assert old.failures == ()
    assert old.pairs["names/arange-double"].cells[1].state is CellState.FAILS
    pinned = merge(catalog, flipped(PINNED), installed_versions())
    assert pinned.failures == (
        f"names/arange-double does not hold under {name(PINNED)}, the releases this site is built with",
    )


def test_a_requirement_the_runs_contradict_stops_the_site(matrix_run, envs):
    root, _ = matrix_run
    pair = root / "snippets" / "names" / "arange-double.numpy.py"
    original = pair.read_text(encoding="utf-8")
    try:
        # In place of another line of the header, so the code keeps its lines and its records.
        pair.write_text(original.replace("# order = 5", '# requires = {numpy = ">=2.0"}'), encoding="utf-8")
        merged = merge(discover(root / "snippets", base=root), records(root), installed_versions())
        assert merged.pairs["names/arange-double"].cells[1].state is CellState.NOT_AVAILABLE
        assert merged.failures == (
            f"names/arange-double requires numpy>=2.0, but it holds under {name(OLD)}: "
            "widen its 'requires' (or remove it)",
        )
        site = generator(*matrix_args(root, envs, "site", "--site-dir", str(root / "site-2")), cwd=root)
        assert site.returncode == 1
        assert "widen its 'requires'" in site.stderr
        assert not (root / "site-2").exists()
    finally:
        pair.write_text(original, encoding="utf-8")


def test_a_record_of_other_code_is_not_counted(matrix_run):
    root, _ = matrix_run
    catalog = discover(root / "snippets", base=root)
    found = records(root)
    stale = [
        replace(r, pairs={k: replace(v, code="0" * 32) for k, v in (r.pairs or {}).items()})
        if r.combination == parse_combination(OLD)
        else r
        for r in found
    ]
    merged = merge(catalog, stale, installed_versions())
    assert all(p.cells[1].state is CellState.NOT_RUN for p in merged.pairs.values())
    assert merged.run_everywhere() == 0
    assert merge(catalog, found, installed_versions()).run_everywhere() == len(catalog.pairs)
    assert any("recorded from other code" in note for note in merged.notes)
    assert Change.DTYPES not in merged.pairs["promotion/int8-plus-int64"].changes


def test_a_record_is_checked_as_it_is_read(matrix_run, tmp_path):
    root, _ = matrix_run
    data = json.loads((root / "records" / f"{name(OLD)}.json").read_text(encoding="utf-8"))
    assert from_json(data).combination == Combination((("numpy", "1.26.4"), ("torch", "2.13.0")))
    data["pairs"]["names/concat"]["sides"]["numpy"]["message"] = "x" * 10_000
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RecordError, match=r"broken\.json: not a record of the version matrix \(message"):
        read_record(broken)


def test_values_are_compared_at_single_precision_at_any_magnitude():
    def digest(values):
        return side_record(
            SideRun("", "", None, None, ArrayValue(np.array(values), "float64", "ndarray"), 0.0)
        ).digest

    assert digest([1.0, 1e300, -0.0, np.nan]) == digest([1.0 + 1e-12, 1e300 * (1 + 1e-12), 0.0, -np.nan])
    assert digest([1.0]) != digest([1.0 + 1e-6])
    assert digest([1.0]) != digest([1.0, 1.0])


def test_noise_of_a_release_is_not_a_change():
    def run(array, type_name="numpy.ndarray"):
        return side_record(
            SideRun("", "", None, None, ArrayValue(np.array(array), "float64", type_name), 0.0)
        )

    fft_noise = run([[3.552713678800501e-16, 1.0000000000000007, 52.38]])
    assert fft_noise.digest == run([[0.0, 1.0, 52.38]]).digest
    assert (
        run(True, "numpy.bool_").types == run(True, "numpy.bool").types == ("result: numpy scalar float64",)
    )
    assert run(1.0, "float").types != run(1.0, "numpy.float64").types


def test_an_exception_that_moved_module_is_not_a_change(matrix_run):
    root, _ = matrix_run
    catalog = discover(root / "snippets", base=root)

    def raising(old_kind: str, new_kind: str):
        found = []
        for record in records(root):
            pairs = dict(record.pairs or {})
            if not record.installed:
                found.append(record)
                continue
            entry = pairs["names/arange-double"]
            kind = old_kind if record.combination == parse_combination(OLD) else new_kind
            error = SideRecord(Outcome.ERROR, kind, "Cannot cast")
            pairs["names/arange-double"] = replace(entry, sides=(("numpy", error), *entry.sides[1:]))
            found.append(replace(record, pairs=pairs))
        return merge(catalog, found, installed_versions()).pairs["names/arange-double"].changes

    moved = (
        "numpy.core._exceptions._UFuncOutputCastingError",
        "numpy._core._exceptions._UFuncOutputCastingError",
    )
    assert raising(*moved) == ()
    assert raising("numpy.core._exceptions._UFuncOutputCastingError", "TypeError") == (Change.ERRORS,)


def test_uv_is_given_the_sources_pip_is_configured_with(tmp_path, monkeypatch):
    config = tmp_path / "pip.conf"
    config.write_text("[global]\nextra-index-url = file:///one file:///two\n", encoding="utf-8")
    monkeypatch.setenv("PIP_CONFIG_FILE", str(config))
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path / "wheels"))
    sources = PackageSources.from_pip()
    assert {"file:///one", "file:///two"} <= set(sources.extra_index_urls)
    assert str(tmp_path / "wheels") in sources.find_links
    arguments = sources.arguments()
    assert arguments[:2] == ["--index-strategy", "unsafe-best-match"]
    assert arguments[arguments.index(str(tmp_path / "wheels")) - 1] == "--find-links"
