"""Shared fixtures: the shared/ data folder beside the repository, the seed article, a detector
that accepts every candidate."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("KHABAR_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path} (set KHABAR_SHARED)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("seed", "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(shared_path("seed", "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    import khabar

    return khabar.load_pipeline()(seed_text, id="seed", date="2022-09-06")


@pytest.fixture
def detector_accepts(monkeypatch):
    """Make the shipped event detector accept every candidate of a type, for tests of who does
    what to whom in sentences whose detection is not what they test."""
    from khabar.coding.detector import load_detector

    def accept(etype: str) -> None:
        monkeypatch.setitem(load_detector().models[etype], "threshold", 0.0)
    return accept


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the `slow` tests first, so that with several workers (`make test`) they start at once
    side by side instead of one of them starting last."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
