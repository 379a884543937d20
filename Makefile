# Two commands do all set-up on a fresh machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint seed schema i18n screenshots bench clean-venv

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

# Rebuild the shipped catalogue from its text sources in assets/seed/.
seed: $(STAMP)
	$(PY) -m desktop.storage.seed assets/seed resources.db

# Regenerate the record JSON Schema in docs/bundle-format.md from desktop/domain/records.py.
schema: $(STAMP)
	$(PY) -m desktop.domain.bundle_schema docs/bundle-format.md

# Regenerate the Qt Linguist sources and compile them.
i18n: $(STAMP)
	$(PY) -m desktop.ui.i18n_tool

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.ui.screenshots docs/screenshots

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(ARGS)

clean-venv:
	rm -rf $(VENV)

# Packaging (issue 8): a one-folder app for this operating system in dist/daleel/, and its
# smoke test (catalogue, window, portable mode), both described in packaging/.
.PHONY: dist dist-check
DIST_STAMP := $(VENV)/.installed-dist

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[dist]"
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build packaging/daleel.spec

dist-check: $(STAMP)
	$(PY) packaging/dist_check.py dist/daleel
