# Two commands for a newcomer: `make demo` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help venv migrate demo demo-data serve test test-fast lint format bench loadtest screenshots messages clean package install-test varnish-test lighthouse

help:
	@echo "make demo         set up and serve the demo careers site on http://$(HOST):$(PORT)/"
	@echo "make test         set up and run the whole test suite"
	@echo "make install-test the wheel in fresh wagtail start sites (Wagtail 8.0, 7.0)"
	@echo "make varnish-test varnishd in front of gunicorn, purged on publish"
	@echo "make lint         ruff check, format check and lint-imports (layers)"
	@echo "make format       ruff format and autofix"
	@echo "make bench        measured speed at 100, 1,000 and 10,000 jobs"
	@echo "make screenshots  PNGs of the main pages in screenshots/"
	@echo "make lighthouse   Lighthouse 12 scores of the main pages in screenshots/"

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when a requirements file changed.
$(STAMP): requirements.txt requirements-dev.txt | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

venv: $(STAMP)

# Browser tests drive Debian's chromium (never a downloaded browser).
CHROMIUM ?= /usr/bin/chromium
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		export DEBIAN_FRONTEND=noninteractive; \
		apt-get install -y -q chromium >/dev/null 2>&1 || \
		{ apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }; \
	else \
		echo "The browser tests need Debian's chromium: sudo apt-get install chromium"; \
		exit 1; \
	fi

migrate: venv
	$(MANAGE) migrate --noinput -v 0

# The module's setup (groups, workflow, locales) and the demo with its logins,
# as a host would run it (docs/install.md).
demo-data: migrate
	DEMO_URL=http://$(HOST):$(PORT)/ $(MANAGE) careers_setup \
		--locales --groups --workflow --demo --create-users

demo: demo-data
	$(MANAGE) runserver $(HOST):$(PORT)

test: venv $(CHROMIUM)
	$(PY) -m pytest

# The package (wheel and sdist in dist/) and the install test: the wheel in
# fresh `wagtail start` sites, Wagtail 8.0 and 7.0, as docs/install.md says.
package: venv
	$(PY) -m build --outdir dist .

install-test: venv
	$(PY) -m tests.install.install_test

# The Varnish test: varnishd (Debian's varnish) with config/varnish/default.vcl
# in front of gunicorn on the demo content, purged on publish and unpublish.
varnish-test: venv
	$(PY) -m tests.varnish.varnish_test

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Every page type at 375 and 1280 px through headless Chromium, with axe's
# findings per page (axe-375.json, axe-1280.json) beside the PNGs; then the
# admin screens of the editor's day (admin-*.png, tests/browser/test_editors_day.py).
screenshots: venv
	rm -rf screenshots
	CAREERS_SCREENSHOTS=screenshots $(PY) -m pytest tests/browser/test_accessibility.py -k every_page_type
	CAREERS_SCREENSHOTS=screenshots $(PY) -m pytest tests/browser/test_editors_day.py
	@ls screenshots

# Lighthouse 12 (npm, pinned in bench/lighthouse/) with Debian's chromium on
# the home, the listing and an English and a German job post, mobile and
# desktop, under production settings; scores into screenshots/lighthouse.md.
lighthouse: venv $(CHROMIUM)
	$(PY) -m bench.lighthouse

# Benchmarks (bench/README.md): BENCH_ARGS="--sizes 100 --quick" for a short run.
BENCH_ARGS ?=
bench: venv
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) -m bench.run $(BENCH_ARGS)

# Load test (issue 7, bench/loadtest.py): its own seeded gunicorn site,
# crawler-like filter permutations and a burst on one job post; fails on any
# error. LOADTEST_ARGS="--seconds 10" for a short run.
LOADTEST_ARGS ?=
loadtest: venv
	$(PY) -m bench.loadtest $(LOADTEST_ARGS)

# Two catalogs: the module's (careers/locale/, shipped in the package) and
# the host site's (locale/: templates/, cms/, config/).
messages: venv
	cd careers && ../$(PY) ../manage.py makemessages -l de
	$(MANAGE) makemessages -l de --ignore=.venv --ignore=static --ignore=careers 		--ignore=tests --ignore=bench --ignore=docs
	$(MANAGE) compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) db.sqlite3 media static .test-media
