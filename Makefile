# A thin layer over the real commands; `np2t --help` (or `python -m generator --help`) documents them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NP2T := $(VENV)/bin/np2t
STAMP := $(VENV)/.installed
ZENSICAL_STAMP := $(VENV)/.installed-zensical
MUTANTS_STAMP := $(VENV)/.installed-mutants
PEERS_STAMP := $(VENV)/.installed-peers
# The site builder for docs and serve: mkdocs, or zensical (installed on first use).
BUILDER ?= mkdocs
BUILDER_DEPS := $(STAMP) $(if $(filter zensical,$(BUILDER)),$(ZENSICAL_STAMP))

.PHONY: docs test test-browser lint check serve matrix bench bench-engine bench-loop mutants clean

# Create the virtual environment and install the project into it; redone when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The optional Zensical builder (the extra 'zensical').
$(ZENSICAL_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,zensical]'
	touch $(ZENSICAL_STAMP)

# mutmut, for make mutants (the extra 'mutants', installed on first use).
$(MUTANTS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,mutants]'
	touch $(MUTANTS_STAMP)

# markdown-exec, the peer make bench-loop compares cold builds with (the extra 'peers').
$(PEERS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,peers]'
	touch $(PEERS_STAMP)

docs: $(BUILDER_DEPS)
	$(NP2T) build --builder $(BUILDER)

# On every core (pytest-xdist): the real catalog and the browser tests share one worker, every
# other module runs whole on some worker (tests/conftest.py groups them). TEST_JOBS=0 runs serially.
TEST_JOBS ?= auto
test: lint
	$(PY) -m pytest -n $(TEST_JOBS) --dist loadgroup

# Only the browser tests (Chromium through Playwright; they skip, saying why, without Chromium).
test-browser: $(STAMP)
	$(PY) -m pytest tests/browser

lint: $(STAMP)
	$(PY) -m ruff check generator tests bench
	$(PY) -m ruff format --check generator tests bench
	$(PY) -m mypy

check: $(STAMP)
	$(NP2T) check

serve: $(BUILDER_DEPS)
	$(NP2T) serve --builder $(BUILDER)

# Every pair under each combination of NumPy and PyTorch releases (an environment each, made by uv
# under .cache/envs), then the site with where each pair holds; the costs go to bench/results/matrix.json.
# 10 min the first time on the 2-core build machine; 2 min 12 s with every run cached, under load (2026-12-06).
matrix: $(BUILDER_DEPS)
	$(NP2T) matrix --builder $(BUILDER) --record bench/results/matrix.json

# Time every pair (one thread and every core), then the size sweeps; 4 min 43 s on the 2-core build machine
# with no timing and no torch.compile code cached (2026-12-08; bench/results/bench.json; runs of the code
# before took 4 min 50 s and 5 min 1 s; 11 min 26 s on 2026-12-02, before the cheaper batches).
bench: $(STAMP)
	$(NP2T) bench

bench-engine: $(STAMP)
	$(PY) bench/engine.py --record bench/results/engine.json

bench-loop: $(BUILDER_DEPS) $(PEERS_STAMP)
	$(PY) bench/loop.py --builder $(BUILDER) --record bench/results/loop.json

# Mutation testing of the core (tests/mutants.py); too slow for .ci/run. MUTANTS='pattern ...' narrows it.
mutants: $(MUTANTS_STAMP)
	$(PY) tests/mutants.py $(MUTANTS)

clean:
	rm -rf build site .cache mutants
