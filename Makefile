# A thin layer over the real commands; `np2t --help` (or `python -m generator --help`) documents them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
NP2T := $(VENV)/bin/np2t
STAMP := $(VENV)/.installed
ZENSICAL_STAMP := $(VENV)/.installed-zensical
PEERS_STAMP := $(VENV)/.installed-peers
# The site builder for docs and serve: mkdocs, or zensical (installed on first use).
BUILDER ?= mkdocs
BUILDER_DEPS := $(STAMP) $(if $(filter zensical,$(BUILDER)),$(ZENSICAL_STAMP))

.PHONY: docs test test-browser lint check serve bench bench-engine bench-loop clean

# Create the virtual environment and install the project into it; redone when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The optional Zensical builder (the extra 'zensical').
$(ZENSICAL_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,zensical]'
	touch $(ZENSICAL_STAMP)

# markdown-exec, the peer make bench-loop compares cold builds with (the extra 'peers').
$(PEERS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,peers]'
	touch $(PEERS_STAMP)

docs: $(BUILDER_DEPS)
	$(NP2T) build --builder $(BUILDER)

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
	$(NP2T) check

serve: $(BUILDER_DEPS)
	$(NP2T) serve --builder $(BUILDER)

# Time every pair (one thread and every core), then the size sweeps; 11 min 26 s on the 2-core build machine (2026-12-02).
bench: $(STAMP)
	$(NP2T) bench

bench-engine: $(STAMP)
	$(PY) bench/engine.py --record bench/results/engine.json

bench-loop: $(BUILDER_DEPS) $(PEERS_STAMP)
	$(PY) bench/loop.py --builder $(BUILDER) --record bench/results/loop.json

clean:
	rm -rf build site .cache
