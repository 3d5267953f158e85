"""Corpus runs: annotate many documents on all cores or a Dask cluster and store the results."""
from khabar.batch.engines import DaskEngine, InlineEngine, LocalEngine, make_engine
from khabar.batch.runner import Summary, run_corpus

__all__ = ["DaskEngine", "InlineEngine", "LocalEngine", "Summary", "make_engine", "run_corpus"]
