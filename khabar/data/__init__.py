"""Versioned data shipped with khabar: lexicons, the actor knowledge base and trained models.

Everything generated here is rebuilt by a script under ``scripts/``; nothing is hand-edited
unless its header says so.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent


def data_path(*parts: str) -> Path:
    """Path of a file inside the shipped data folder."""
    return DATA_DIR.joinpath(*parts)


@lru_cache(maxsize=None)
def load_json(*parts: str) -> Any:
    """Load (once per process) a JSON data file shipped with khabar."""
    with data_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)
