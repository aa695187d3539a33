# IOP Finder — every target sets up what it needs from a fresh clone.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: chat test lint typecheck imports pytest pytest-postgres bench setup clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres]'
	touch $(STAMP)

setup: $(STAMP)

chat: $(STAMP)
	$(BIN)/iop-bot chat

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	$(BIN)/pytest

# The whole suite again on a throwaway PostgreSQL server on loopback (installed with apt-get
# when missing and running as root, as in CI).
pytest-postgres: $(STAMP)
	IOP_TEST_BACKEND=postgresql scripts/with-postgres $(BIN)/pytest

test: lint typecheck imports pytest pytest-postgres

# Every benchmark in one table; the two-worker row on a throwaway PostgreSQL server, as deployed.
bench: $(STAMP)
	scripts/with-postgres $(BIN)/python -m bench $(if $(QUICK),--quick,)

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache .import_linter_cache
