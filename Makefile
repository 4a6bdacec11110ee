# A thin layer over the real commands; `python -m generator --help` documents them.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: docs test test-browser lint check serve bench bench-engine clean

# Create the virtual environment and install the project into it; redone when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

docs: $(STAMP)
	$(PY) -m generator build

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

serve: $(STAMP)
	$(PY) -m generator serve

# Time every pair (one thread and every core), then the size sweeps; about 15 minutes on 2 cores.
bench: $(STAMP)
	$(PY) -m generator bench

bench-engine: $(STAMP)
	$(PY) bench/engine.py --record bench/results/engine.json

clean:
	rm -rf build site .cache
