# OCOP Cao Lãnh — make run serves the site with demo data; make test runs the suite.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
FLASK := $(VENV)/bin/flask --app catalogue
HOST ?= 127.0.0.1
PORT ?= 5000
WORKERS ?= 2
TRANSLATIONS := catalogue/translations
I18N_LOCK := /tmp/ocop-caolanh-i18n.lock

.PHONY: run dev test bench lint fmt clean install install-test i18n-extract i18n-update i18n-compile db

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python setup.cfg pyproject.toml
	$(VENV)/bin/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(VENV)/bin/pip install --quiet -e '.[test,dev]'
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

i18n-compile: $(VENV)/.installed
	$(VENV)/bin/pybabel compile -f -d $(TRANSLATIONS)

db: install i18n-compile
	$(FLASK) db upgrade
	$(FLASK) demo load --if-empty

run: db
	$(VENV)/bin/gunicorn --workers $(WORKERS) --bind $(HOST):$(PORT) \
		--access-logfile - 'catalogue:create_app()'

dev: db
	$(FLASK) run --debug --host $(HOST) --port $(PORT)

AXE := tests/js/node_modules/axe-core/axe.min.js
$(AXE): tests/js/package.json
	cd tests/js && npm install --no-audit --no-fund --silent
	touch $@

test: install-test i18n-compile $(AXE)
	$(VENV)/bin/pytest -n auto --dist loadgroup

bench: install-test i18n-compile
	$(PY) -m bench $(BENCH)

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

fmt: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

i18n-extract: install
	flock $(I18N_LOCK) $(VENV)/bin/pybabel extract -F babel.cfg -k _l -k lazy_gettext -k plural_noop:1,2 \
		--no-location --sort-output -o $(TRANSLATIONS)/messages.pot .

i18n-update: i18n-extract
	flock $(I18N_LOCK) sh -c '$(VENV)/bin/pybabel update --no-fuzzy-matching \
		--ignore-obsolete -i $(TRANSLATIONS)/messages.pot -d $(TRANSLATIONS) \
		&& $(PY) tools/i18n.py fill-en'

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
	find $(TRANSLATIONS) -name '*.mo' -delete
