# Two commands matter (see README): `make serve` builds and serves the site; `make test` runs
# every test. Both install what they need on a fresh machine (Python venv from hash-locked
# requirements, npm packages from package-lock.json, Debian's Chromium for browser tests, and
# pyodide-build's own venv on a Python 3.12 or newer that scripts/find_build_python.sh finds).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8000
TEST_PORT ?= 8765
SITE   ?= site
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 1764000000)
export PYTHONHASHSEED := 0
# pyodide-build and pyodide-lock need Python 3.12+: their own venv, on the Python that
# scripts/find_build_python.sh finds (or PYODIDE_BUILD_PYTHON names).
PYB_VENV := .cache/pyodide-build/venv

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

$(PYB_VENV)/.installed: requirements/pyodide-build.txt scripts/find_build_python.sh
	rm -rf $(PYB_VENV)
	py="$$(sh scripts/find_build_python.sh)" && "$$py" -m venv $(PYB_VENV)
	$(PYB_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements/pyodide-build.txt
	touch $@

setup: $(VENV)/.installed node_modules/.installed $(PYB_VENV)/.installed

# --- build ---------------------------------------------------------------------
# SITE_URL decides where instant navigation works: the served URL must match it.
SITE_URL ?= http://127.0.0.1:$(PORT)/

assets: setup
	$(PY) scripts/copy_assets.py

# pyodide build in a cross-build environment assembled offline from the npm pyodide package
# (scripts/pyodide_xbuildenv.py), Pyodide's bytecode added, then the site's lock file
# (Pyodide's default place for it) written by pyodide lockfile add-wheels.
wheel: setup
	$(PY) scripts/build_wheel.py --pyodide-bytecode --out docs/assets/calculator/wheel \
	  --lockfile docs/assets/vendor/pyodide/pyodide-lock.json

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
	@# pyodide-build.txt is resolved by a Python 3.12+ (in a throwaway venv with the pip-tools of test.in)
	tmp="$$(mktemp -d)" && py="$$(sh scripts/find_build_python.sh)" && "$$py" -m venv "$$tmp" && \
	  "$$tmp/bin/python" -m pip install --quiet --disable-pip-version-check "$$(grep '^pip-tools==' requirements/test.in)" && \
	  "$$tmp/bin/python" -m piptools compile -q --generate-hashes --allow-unsafe --strip-extras \
	    -o requirements/pyodide-build.txt requirements/pyodide-build.in; \
	  rc=$$?; rm -rf "$$tmp"; exit $$rc

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
