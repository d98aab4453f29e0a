# Two commands matter (see README): `make serve` builds and serves the site; `make test` runs
# every test. Both install what they need on a fresh machine (Python venv from hash-locked
# requirements, npm packages from package-lock.json, Debian's Chromium for browser tests).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8000
TEST_PORT ?= 8765
SITE   ?= site
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 1764000000)
export PYTHONHASHSEED := 0

.PHONY: all setup build serve test test-fast bench lock clean chromium wheel assets

all: build

# --- setup ---------------------------------------------------------------------
$(VENV)/.installed: requirements/test.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/test.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

setup: $(VENV)/.installed node_modules/.installed

# --- build ---------------------------------------------------------------------
# SITE_URL decides where instant navigation works: the served URL must match it.
SITE_URL ?= http://127.0.0.1:$(PORT)/

assets: setup
	$(PY) scripts/copy_assets.py

wheel: setup
	$(PY) scripts/build_wheel.py --pyodide-bytecode --out docs/assets/calculator/wheel

build: setup assets wheel
	RVF_SITE_URL=$(SITE_URL) $(VENV)/bin/mkdocs build --strict --clean -d $(SITE)

serve: build
	@echo "Serving $(SITE)/ at $(SITE_URL) (Ctrl-C to stop)"
	$(PY) tests/browser/static_server.py $(SITE) --port $(PORT)

# --- tests ---------------------------------------------------------------------
test: setup chromium
	$(MAKE) build SITE_URL=http://127.0.0.1:$(TEST_PORT)/ SITE=$(SITE)
	RVF_PORT=$(TEST_PORT) RVF_SITE_DIR=$(SITE) $(VENV)/bin/pytest

test-fast: setup
	$(VENV)/bin/pytest -m "not browser and not site"

# --- benchmarks ----------------------------------------------------------------
# run.py times `make build` itself, into a private directory it then serves (site/ is left alone).
bench: setup chromium
	RVF_PORT=$(TEST_PORT) $(PY) benchmarks/run.py

# --- maintenance ---------------------------------------------------------------
lock:
	$(PY) -m piptools compile -q --generate-hashes --allow-unsafe --strip-extras -o requirements/docs.txt requirements/docs.in
	$(PY) -m piptools compile -q --generate-hashes --allow-unsafe --strip-extras -o requirements/test.txt requirements/test.in
	npm install --package-lock-only --no-audit --no-fund

clean:
	rm -rf $(SITE) dist build *.egg-info docs/assets/vendor docs/assets/calculator/wheel

# --- browser assets (helper) ---------------------------------------------------
# wheel-verify: build calc's wheel twice in different directories, fail unless byte-identical.
# test-browser: build the site for the test server, then only the browser and Pyodide tests.
.PHONY: wheel-verify test-browser
wheel-verify: setup
	$(PY) scripts/build_wheel.py --pyodide-bytecode --verify

test-browser: setup chromium
	$(MAKE) build SITE_URL=http://127.0.0.1:$(TEST_PORT)/ SITE=$(SITE)
	RVF_PORT=$(TEST_PORT) RVF_SITE_DIR=$(SITE) $(VENV)/bin/pytest tests/browser tests/test_pyodide_parity.py
# --- end browser assets (helper) -----------------------------------------------
