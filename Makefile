# A thin layer over the real commands; `python -m generator --help` documents them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ZENSICAL_STAMP := $(VENV)/.installed-zensical
# The site builder for docs and serve: mkdocs, or zensical (installed on first use).
BUILDER ?= mkdocs
BUILDER_DEPS := $(STAMP) $(if $(filter zensical,$(BUILDER)),$(ZENSICAL_STAMP))

.PHONY: docs test test-browser lint check serve matrix bench bench-engine bench-loop clean

# Create the virtual environment and install the project into it; redone when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The optional Zensical builder (the extra 'zensical').
$(ZENSICAL_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,zensical]'
	touch $(ZENSICAL_STAMP)

docs: $(BUILDER_DEPS)
	$(PY) -m generator build --builder $(BUILDER)

test: lint
	$(PY) -m pytest

# Only the browser tests (Chromium through Playwright; they skip, saying why, without Chromium).
test-browser: $(STAMP)
	$(PY) -m pytest tests/browser

lint: $(STAMP)
	$(PY) -m ruff check generator tests bench
	$(PY) -m ruff format --check generator tests bench
	$(PY) -m mypy

check: $(STAMP)
	$(PY) -m generator check

serve: $(BUILDER_DEPS)
	$(PY) -m generator serve --builder $(BUILDER)

# Every pair under each combination of NumPy and PyTorch releases (an environment each, made by uv
# under .cache/envs), then the site with where each pair holds; the costs go to bench/results/matrix.json.
# 10 min the first time on the 2-core build machine; 2 min 12 s with every run cached, under load (2026-12-06).
matrix: $(BUILDER_DEPS)
	$(PY) -m generator matrix --builder $(BUILDER) --record bench/results/matrix.json

# Time every pair (one thread and every core), then the size sweeps; 11 min 26 s on the 2-core build machine (2026-12-02).
bench: $(STAMP)
	$(PY) -m generator bench

bench-engine: $(STAMP)
	$(PY) bench/engine.py --record bench/results/engine.json

bench-loop: $(BUILDER_DEPS)
	$(PY) bench/loop.py --builder $(BUILDER) --record bench/results/loop.json

clean:
	rm -rf build site .cache
