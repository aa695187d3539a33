# IOP Finder — every target sets up what it needs from a fresh clone.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

LOCK := requirements.lock
UV_VERSION := 0.13.9

.PHONY: chat check eval train-crisis translations test lint typecheck imports pytest pytest-postgres bench setup lock clean

# Every package from the lock, each checked against its hashes, then the project itself without
# resolving anything again: the same versions on every machine until `make lock` is run.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# The lock written again from pyproject.toml (main dependencies and the dev and postgres extras),
# pinned with hashes for Python 3.11 on Linux. Versions already in the lock are kept when they
# still fit; `make lock UPGRADE=1` takes the newest that fit. Made with `uv pip compile` rather
# than pip-tools' `pip-compile`: on this project both wrote the same 69 pins and the same hashes,
# uv in under a second and pip-compile in 27–35 s (with and without caches), and uv takes the
# target (3.11, Linux) from the command line, not from whichever interpreter runs it. uv goes
# into the venv only here; `make setup` needs nothing but pip.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet 'uv==$(UV_VERSION)'
	$(BIN)/uv pip compile --quiet --generate-hashes --extra dev --extra postgres \
		--python-version 3.11 --python-platform linux --no-emit-index-url \
		--custom-compile-command 'make lock' $(if $(UPGRADE),--upgrade,) \
		--output-file $(LOCK) pyproject.toml

chat: $(STAMP)
	$(BIN)/iop-bot chat

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

# Tests in parallel (pytest-xdist), one worker per core; a worker that runs out of tests takes
# some queued on the other, so the two-minute load test does not hold up the rest.
XDIST := -n auto --dist worksteal

# The tests of deploy/ run the shipped nginx site, openssl and systemd-analyze: the script
# installs them with apt-get when missing and running as root (as in CI), like with-postgres.
DEPLOY_TOOLS := scripts/with-deploy-tools

# With the coverage report (the bot processes the tests start included) and its floor
# (fail_under in pyproject.toml).
pytest: $(STAMP)
	$(DEPLOY_TOOLS) $(BIN)/pytest $(XDIST) --cov --cov-report=term:skip-covered

# The whole suite again on a throwaway PostgreSQL server on loopback (installed with apt-get
# when missing and running as root, as in CI). Each test has its own database on that server.
pytest-postgres: $(STAMP)
	IOP_TEST_BACKEND=postgresql scripts/with-postgres $(DEPLOY_TOOLS) $(BIN)/pytest $(XDIST)

# The loop to run while working, in under two minutes: lint, types, import contracts and the
# tests not marked slow, on SQLite. `make test` is the full gate.
check: lint typecheck imports
	$(DEPLOY_TOOLS) $(BIN)/pytest -m "not slow" $(XDIST) --timeout=60

# The full gate: everything, on SQLite and then on PostgreSQL.
test: lint typecheck imports pytest pytest-postgres

# The crisis screening measured on the labelled sets: recall by kind and language, false alarms.
eval: $(STAMP)
	$(BIN)/python -m tests.data.evaluate
	$(BIN)/python -m tests.data.evaluate_language
	$(BIN)/python -m tests.data.evaluate_slots
	$(BIN)/python -m tests.data.faq_evaluate

# Every benchmark in one table; the two-worker row on a throwaway PostgreSQL server, as deployed.
bench: $(STAMP)
	scripts/with-postgres $(BIN)/python -m bench $(if $(QUICK),--quick,)

# The learned crisis layer trained again from dev and the training sets;
# commit the file it writes (bot/core/crisis/model.json.gz).
train-crisis: $(STAMP)
	$(BIN)/python -m bot.core.crisis.train

# The text catalog: messages.pot extracted from the English source (bot/core/locales/en.po),
# every translation (es.po, …) brought up to date from it, and each compiled to the .mo the bot
# reads. `make translations NEW=fr` starts a French translation. Commit what it writes.
translations: $(STAMP)
	$(BIN)/python -m bot.translations $(if $(NEW),--new $(NEW),)

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache .import_linter_cache .coverage .coverage.*
