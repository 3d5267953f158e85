"""The shipped event detector is what scripts/train_event_detector.py builds from the GSR data."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from khabar.data import load_json
from tests.conftest import shared_path

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("train_event_detector", ROOT / "scripts" / "train_event_detector.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_protest_detector_is_reproducible():
    # a lexicon or feature change without a retrain leaves a stale detector: rebuild PROTEST (~3 s)
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    script = _script()
    shipped = load_json("events", "detector.json")
    rebuilt = script.train_type(folder, "PROTEST", script.PARTS["all"])
    model = shipped["models"]["PROTEST"]
    assert shipped["parts"] == ["train", "dev"]
    assert rebuilt["train_candidates"] == model["train_candidates"]
    assert rebuilt["threshold"] == model["threshold"] and rebuilt["l2"] == model["l2"]
    assert rebuilt["weights"] == model["weights"]
