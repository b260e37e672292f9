# Two entry points: `make run` (install + build the seeds) and `make test` (install + run the tests).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test install clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(BIN)/kg

install: $(BIN)/kg

run: install
	$(BIN)/kg build seeds --out exports

test: install
	$(BIN)/python -m pytest -q

# everything `make run` made: the environment and the exports (the build store too, so the next run is a full build)
clean:
	rm -rf $(VENV) *.egg-info exports/graph.* exports/caregraph.db exports/store exports/csv
