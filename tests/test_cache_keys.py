"""The run cache's key and entries: every input of a run re-runs it, nothing else does, no entry is forged.

``Engine.key`` hashes what a run's record depends on: the executed source, the path it is shown
under, the side, the library versions, the engine version, the seed and the output cap. Each of
them is changed here alone, first on the key and then on a real run from a warm cache, which must
execute again; the inputs that must not matter (time and memory limits, the worker count, a
pair's title, prose, tolerances and other metadata) are changed and must execute nothing. An
entry changed by one byte anywhere, the pickled data inside included, is a miss, never an output.
"""

import hashlib
import json
import pickle
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SANDBOX

import generator.execute.engine as engine_module
from generator.compare.pipeline import run_catalog
from generator.discover.catalog import discover
from generator.discover.parse import parse_snippet
from generator.execute.cache import RunCache
from generator.execute.contract import TimingRequest
from generator.execute.engine import Engine
from generator.execute.requests import EngineSettings, ExecutionStats, RunRequest
from generator.execute.runs import SideRun
from generator.sides import NUMPY, TORCH

NUMPY_SOURCE = '''"""Both sides add one."""
# /// pair
# title = "Add one"
# expect = "equal"
# # room for keys
# # room for keys
# # room for keys
# # room for keys
# ///
import numpy as np

print("numpy side")
result = np.arange(3) + 1
'''
TORCH_SOURCE = """import torch

print("torch side")
result = torch.arange(3) + 1
"""
NUMPY_PATH = "snippets/s/add.numpy.py"
TORCH_PATH = "snippets/s/add.torch.py"
SETTINGS = EngineSettings(workers=2, sandbox=SANDBOX)


def write_catalog(root: Path, name: str = "snippets") -> Path:
    folder = root / name / "s"
    folder.mkdir(parents=True)
    (folder / "_section.toml").write_text('title = "S"\norder = 1\n')
    (folder / "add.numpy.py").write_text(NUMPY_SOURCE)
    (folder / "add.torch.py").write_text(TORCH_SOURCE)
    return folder.parent


def request(root: Path, relative: str, side=NUMPY) -> RunRequest:
    """The run request of one snippet file, shown under its path relative to ``root``."""
    snippet = parse_snippet(root / relative, side, relative).snippet
    return RunRequest(pair_id="s/add", snippet=snippet)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


# The key, field by field: no snippet runs here.


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    write_catalog(tmp_path)
    return tmp_path


def test_the_key_changes_with_each_input_of_a_run(checkout, monkeypatch):
    engine = Engine(SETTINGS)
    base = request(checkout, NUMPY_PATH)
    key = engine.key(base)
    assert engine.key(request(checkout, NUMPY_PATH)) == key, "the key is a function of its inputs"
    changed = {
        "seed": Engine(replace(SETTINGS, seed=1)).key(base),
        "output cap": Engine(replace(SETTINGS, output_cap=SETTINGS.output_cap // 2)).key(base),
        "side": engine.key(replace(base, snippet=replace(base.snippet, side=TORCH))),
        "displayed path": engine.key(
            replace(base, snippet=replace(base.snippet, display_path="other.numpy.py"))
        ),
    }
    newer = Engine(SETTINGS)
    newer.versions = {**newer.versions, "torch": newer.versions["torch"] + ".post1"}
    changed["library version"] = newer.key(base)
    python = Engine(SETTINGS)
    python.versions = {**python.versions, "python": "3.99.0"}
    changed["python version"] = python.key(base)
    edit(checkout / NUMPY_PATH, "np.arange(3) + 1", "np.arange(3) + 2")
    changed["source"] = engine.key(request(checkout, NUMPY_PATH))
    monkeypatch.setattr(engine_module, "ENGINE_VERSION", engine_module.ENGINE_VERSION + "-next")
    changed["engine version"] = engine.key(base)
    same = {field: new for field, new in changed.items() if new == key}
    assert same == {}, f"these inputs of a run leave its key unchanged: {sorted(same)}"
    assert len(set(changed.values())) == len(changed)


@pytest.mark.parametrize(
    "lines",
    [
        ['# title = "Add one, renamed"'],
        ['"""Both sides add one, reworded."""'],
        ['# expect = "differs"', '# difference = "none"', '# fix = "s/other"'],
        ["# rtol = 0.5", "# atol = 0.1", "# same_dtype = true"],
        ["# timeout = 5", '# memory = "256 MiB"'],
        ['# see = ["s/other"]', "# order = 3", '# old_ids = ["s/was"]'],
        ['# numpy_call = "np.add(x, 1)"', '# torch_call = "x + 1"'],
    ],
    ids=["title", "prose", "claim", "tolerances", "limits", "see-order-old-ids", "short-calls"],
)
def test_metadata_edits_that_keep_the_code_in_place_keep_the_key(checkout, lines):
    """Metadata is shown or judged, never run: only the code's text and line numbers are the run's."""
    engine = Engine(SETTINGS)
    before = engine.key(request(checkout, NUMPY_PATH))
    path = checkout / NUMPY_PATH
    text = path.read_text()
    for line in lines:
        key = line.split(" = ")[0] + " = "
        if key in text or line.startswith('"""'):
            replaced = next(old for old in text.split("\n") if old.startswith(line[:8]))
            text = text.replace(replaced, line, 1)
        else:
            text = text.replace("# # room for keys", line, 1)
    assert text != path.read_text()
    assert text.count("\n") == NUMPY_SOURCE.count("\n"), "the code stays on its lines"
    path.write_text(text)
    assert engine.key(request(checkout, NUMPY_PATH)) == before


def test_limits_and_parallelism_are_not_part_of_the_key(checkout):
    base = request(checkout, NUMPY_PATH)
    key = Engine(SETTINGS).key(base)
    other = replace(SETTINGS, timeout=1.5, memory=1 << 28, workers=1)
    assert Engine(other).key(base) == key
    assert Engine(SETTINGS).key(replace(base, timeout=2.0, memory=1 << 29)) == key


# The same inputs on real runs from a warm cache: exactly the runs whose input changed execute.


@pytest.fixture(scope="module")
def shared() -> Iterator[Engine]:
    """One warm server for the runs under the default settings (each run brings its own cache)."""
    with Engine(SETTINGS) as engine:
        yield engine


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory, shared: Engine) -> Path:
    """A checkout whose cache holds both runs of its one pair."""
    root = tmp_path_factory.mktemp("warm")
    write_catalog(root)
    stats = run_from_cache(root, shared)
    assert stats.executed == stats.total == 2
    return root


@pytest.fixture
def copy(warm: Path, tmp_path: Path) -> Path:
    """A private copy of the warm checkout and its cache, safe to change."""
    root = tmp_path / "checkout"
    shutil.copytree(warm, root)
    return root


def run_from_cache(
    root: Path, engine: Engine | EngineSettings, *, folder: str = "snippets"
) -> ExecutionStats:
    """Run the checkout's catalog with its cache, on the shared engine or on a new one with these settings."""
    if isinstance(engine, EngineSettings):
        with Engine(engine) as own:
            return run_from_cache(root, own, folder=folder)
    engine.cache = RunCache(root / "cache")
    try:
        result = run_catalog(discover(root / folder, base=root), engine)
    finally:
        engine.cache = None
    assert result.catalog.problems == ()
    assert all(outcome.judgement.holds for outcome in result.outcomes)
    return result.stats


def test_an_unchanged_checkout_executes_nothing(copy, shared):
    assert run_from_cache(copy, shared).executed == 0


def test_an_edited_source_reruns_that_file_only(copy, shared):
    edit(copy / TORCH_PATH, 'print("torch side")', 'print("torch side, edited")')
    assert run_from_cache(copy, shared).executed_paths == (TORCH_PATH,)


@pytest.mark.parametrize(
    "settings",
    [replace(SETTINGS, seed=7), replace(SETTINGS, output_cap=SETTINGS.output_cap * 2)],
    ids=["seed", "output-cap"],
)
def test_a_changed_engine_setting_that_shapes_the_record_reruns_everything(copy, settings):
    assert run_from_cache(copy, settings).executed_paths == (NUMPY_PATH, TORCH_PATH)


@pytest.mark.parametrize("library", ["numpy", "torch", "python"])
def test_a_changed_library_version_reruns_everything(copy, shared, library):
    """The cache as a build with another version of one library left it: every entry under the
    key that version gives (the warm server checks the versions it loads, so none is faked)."""
    older = Engine(SETTINGS)
    older.versions = {**older.versions, library: older.versions[library] + ".old"}
    for relative, side in ((NUMPY_PATH, NUMPY), (TORCH_PATH, TORCH)):
        wanted = request(copy, relative, side)
        current, stored = Engine(SETTINGS).key(wanted), older.key(wanted)
        entry_of(copy / "cache", stored).parent.mkdir(exist_ok=True)
        entry_of(copy / "cache", current).rename(entry_of(copy / "cache", stored))
    assert run_from_cache(copy, shared).executed_paths == (NUMPY_PATH, TORCH_PATH)


def test_a_new_engine_version_reruns_everything(copy, shared, monkeypatch):
    monkeypatch.setattr(engine_module, "ENGINE_VERSION", engine_module.ENGINE_VERSION + "-next")
    assert run_from_cache(copy, shared).executed_paths == (NUMPY_PATH, TORCH_PATH)


def test_a_renamed_snippet_folder_reruns_everything_under_its_new_path(copy, shared):
    """Tracebacks print the path a run was shown under, so a new path is a new run."""
    (copy / "snippets").rename(copy / "examples")
    stats = run_from_cache(copy, shared, folder="examples")
    assert stats.executed_paths == ("examples/s/add.numpy.py", "examples/s/add.torch.py")


def test_limits_workers_and_metadata_execute_nothing(copy):
    path = copy / NUMPY_PATH
    text = path.read_text().replace('# title = "Add one"', '# title = "Add one, renamed"')
    for line in ["# rtol = 0.5", "# timeout = 5", '# memory = "256 MiB"', "# order = 3"]:
        text = text.replace("# # room for keys", line, 1)
    path.write_text(text)
    settings = replace(SETTINGS, timeout=SETTINGS.timeout / 2, memory=SETTINGS.memory // 2, workers=1)
    assert run_from_cache(copy, settings).executed == 0


# Entries: one changed byte anywhere is a miss.


def sample_run() -> SideRun:
    return SideRun(
        stdout="hello from the cache\n",
        stderr="",
        error=None,
        fault=None,
        result=None,
        seconds=0.25,
        api=("numpy.ones",),
    )


def entry_of(folder: Path, key: str) -> Path:
    return folder / key[:2] / key


def test_every_single_byte_change_of_an_entry_is_a_miss_that_discards_it(tmp_path):
    """Magic, checksum and every byte of the pickle: only the line break between checksum and
    pickle is framing that no data depends on, and the run read through it is the one stored."""
    cache, key = RunCache(tmp_path), "ab" * 32
    cache.put(key, sample_run())
    blob = entry_of(tmp_path, key).read_bytes()
    separator = blob.index(b"\n", blob.index(b"\n") + 1)
    loaded = {}
    for position in range(len(blob)):
        damaged = bytearray(blob)
        damaged[position] ^= 0x01
        entry_of(tmp_path, key).write_bytes(bytes(damaged))
        loaded[position] = cache.get(key)
        if loaded[position] is None:
            assert not entry_of(tmp_path, key).exists(), f"the entry changed at byte {position} was kept"
    assert {position for position, run in loaded.items() if run is not None} == {separator}
    assert loaded[separator] == sample_run()
    assert cache.discarded == len(blob) - 1


def test_a_forged_output_inside_the_pickle_is_refused(tmp_path):
    """The change still unpickles to a run, with other output: only the checksum can tell."""
    cache, key = RunCache(tmp_path), "cd" * 32
    cache.put(key, sample_run())
    path = entry_of(tmp_path, key)
    blob = path.read_bytes()
    forged = blob.replace(b"hello from the cache", b"jello from the cache")
    assert forged != blob
    header = blob.index(b"\n", blob.index(b"\n") + 1) + 1
    assert pickle.loads(forged[header:]).stdout == "jello from the cache\n", "the forgery unpickles"
    path.write_bytes(forged)
    assert cache.get(key) is None
    assert cache.discarded == 1


def test_a_well_formed_entry_that_holds_no_run_is_refused(tmp_path):
    cache, key = RunCache(tmp_path), "ef" * 32
    cache.put(key, sample_run())
    path = entry_of(tmp_path, key)
    blob = path.read_bytes()
    magic = blob[: blob.index(b"\n") + 1]
    payload = pickle.dumps({"stdout": "not a run"})
    path.write_bytes(magic + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    assert cache.get(key) is None
    assert not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    run_payload = pickle.dumps(sample_run())
    path.write_bytes(magic + hashlib.sha256(run_payload).hexdigest().encode() + b"\n" + run_payload)
    assert cache.get(key) == sample_run(), "the same framing around a run loads"


def test_the_key_is_the_hash_of_exactly_the_documented_fields(checkout):
    """Every checkout's cache is addressed by this formula: its material changes only on purpose,
    with ENGINE_VERSION (a renamed or reordered field would silently empty every cache)."""
    engine = Engine(SETTINGS)
    engine.versions = {"python": "3.x", "numpy": "N", "torch": "T"}
    base = request(checkout, NUMPY_PATH)
    material = {
        "engine": engine_module.ENGINE_VERSION,
        "versions": engine.versions,
        "side": "numpy",
        "path": NUMPY_PATH,
        "source": base.snippet.executed_source,
        "seed": SETTINGS.seed,
        "output_cap": SETTINGS.output_cap,
    }
    expected = hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()
    assert engine.key(base) == expected


def test_a_timing_key_adds_the_timing_settings_the_method_and_the_machine(checkout, monkeypatch):
    engine = Engine(SETTINGS)
    base = request(checkout, NUMPY_PATH)
    timing = TimingRequest(threads=1)
    timed = engine.key(base, timing)
    assert timed != engine.key(base)
    assert engine.key(base, TimingRequest(threads=1)) == timed
    others = [
        engine.key(base, TimingRequest(threads=2)),
        engine.key(base, TimingRequest(threads=1, repeats=3)),
        engine.key(base, TimingRequest(threads=1, budget=2.0)),
        engine.key(base, TimingRequest(threads=1, min_time=0.1)),
    ]
    monkeypatch.setattr(engine_module, "TIMING_METHOD", "another way")
    others.append(engine.key(base, timing))
    monkeypatch.undo()
    monkeypatch.setattr(engine_module, "machine_fingerprint", lambda: "another machine; 64 cores")
    others.append(engine.key(base, timing))
    assert len({timed, *others}) == len(others) + 1
    engine.versions = {"python": "3.x", "numpy": "N", "torch": "T"}
    material = {
        "engine": engine_module.ENGINE_VERSION,
        "versions": engine.versions,
        "side": "numpy",
        "path": NUMPY_PATH,
        "source": base.snippet.executed_source,
        "seed": SETTINGS.seed,
        "output_cap": SETTINGS.output_cap,
        "timing": {"threads": 1, "min_time": 0.02, "repeats": 5, "budget": 1.0},
        "timing_method": engine_module.TIMING_METHOD,
        "machine": "another machine; 64 cores",
    }
    expected = hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()
    assert engine.key(base, timing) == expected, "the documented fields, named so, and no other"


def test_a_cache_whose_folder_does_not_exist_yet_stores_reports_prunes_and_clears(tmp_path):
    cache = RunCache(tmp_path / "not" / "yet")
    assert cache.info() == cache.info().__class__(entries=0, size=0, partial=0)
    assert cache.prune(set()) == 0
    assert cache.clear() == 0
    first, second = "ab" + "0" * 62, "ab" + "1" * 62
    cache.put(first, sample_run())
    cache.put(second, sample_run())
    assert cache.keys() == {first, second}, "two keys in one folder"


def test_info_adds_up_every_entry_and_every_partial_file(tmp_path):
    cache = RunCache(tmp_path)
    for key in ("aa" * 32, "ab" * 32, "cd" * 32):
        cache.put(key, sample_run())
    for name in ("aa/.partial-one", "cd/.partial-two"):
        (tmp_path / name).write_bytes(b"half")
    sizes = sum(entry_of(tmp_path, key).stat().st_size for key in ("aa" * 32, "ab" * 32, "cd" * 32))
    info = cache.info()
    assert (info.entries, info.size, info.partial) == (3, sizes, 2)


def test_a_write_that_fails_leaves_no_partial_file_and_says_why(tmp_path):
    cache, key = RunCache(tmp_path), "ef" * 32
    entry_of(tmp_path, key).mkdir(parents=True)  # the entry's place is taken by a folder
    with pytest.raises(IsADirectoryError):
        cache.put(key, sample_run())
    assert [p.name for p in (tmp_path / "ef").iterdir()] == [key]


def test_an_entry_is_written_beside_its_place_never_in_the_system_temporary_folder(tmp_path, monkeypatch):
    """The rename that makes a write atomic needs one file system: the partial file lies in the cache."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "no-such-folder"))
    cache = RunCache(tmp_path / "cache")
    cache.put("ab" * 32, sample_run())
    assert cache.get("ab" * 32) == sample_run()


def test_an_entry_being_written_is_a_partial_file_to_anyone_who_looks_meanwhile(tmp_path, monkeypatch):
    """Another build counting or pruning the cache during a write sees a partial file, never an entry."""
    cache, key = RunCache(tmp_path), "ab" * 32
    seen = []
    rename = Path.replace

    def watched(self: Path, target: Path) -> Path:
        seen.append((self.name, cache.info(), cache.keys()))
        return rename(self, target)

    monkeypatch.setattr(Path, "replace", watched)
    cache.put(key, sample_run())
    ((name, info, keys),) = seen
    assert name.startswith(".partial-")
    assert (info.entries, info.partial, keys) == (0, 1, set())
    assert cache.keys() == {key}
