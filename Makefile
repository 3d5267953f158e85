# khabar: the two commands a new user runs are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
STAMP := $(VENV)/.installed

.PHONY: install demo test test-fast models clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,postgres,hf,train]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/khabar extract $(SHARED)/seed/article.txt --format summary --date 2022-09-06

# two workers, fed one test at a time: the two model-training tests (`slow`, sent first by
# tests/conftest.py) take most of the suite's time and run side by side
TEST_WORKERS ?= 2

test: $(STAMP)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --maxschedchunk 1

# rebuild the shipped models from $(SHARED)/data (NER: gazetteers, clusters, the CRF (~5 min), then
# the neural model on all of ANERcorp train.txt, dev tenth included, with the epoch count its
# validation run chose (~15 min; docs/ner.md))
models: $(STAMP)
	$(BIN)/python scripts/build_ner_gazetteers.py --shared $(SHARED)
	nice $(BIN)/python scripts/build_ner_clusters.py --shared $(SHARED)
	nice $(BIN)/khabar train ner --shared $(SHARED)
	nice $(BIN)/khabar train ner --model nn --all --epochs 15 --shared $(SHARED)

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not browser"

clean:
	rm -rf $(VENV) build *.egg-info
