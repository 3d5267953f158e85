"""Jinja2 templates (autoescape always on: article text and names are untrusted) and their helpers."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi.templating import Jinja2Templates

from khabar.coding.plover import ALL_TYPES
from khabar.data import load_json

TEMPLATES = Path(__file__).resolve().parent / "templates"
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def event_colors() -> dict[str, str]:
    """PLOVER type -> colour, from khabar/data/web/event_types.json."""
    return dict(load_json("web", "event_types.json")["types"])


def event_types_css() -> str:
    """CSS rules giving each event type class (``t-ASSAULT``) its colour as ``--c``."""
    rules = [f".t-{name}{{--c:{color}}}" for name, color in event_colors().items()
             if name.isalpha() and _COLOR.fullmatch(color)]
    return "\n".join(rules) + "\n"


def split_ids(value: Any) -> list[str]:
    """Actor ids from a store row: a list, or the CSV form joined with ';'."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return value.split(";")
    return [str(v) for v in value]


def side(row: dict[str, Any], prefix: str) -> list[dict[str, str]]:
    """The actors on one side of an event row (``source``/``target``), ids paired with names."""
    ids = split_ids(row.get(f"{prefix}_ids") or row.get(f"{prefix}_id"))
    names_en = str(row.get(f"{prefix}_name") or "").split(";")
    names_ar = str(row.get(f"{prefix}_name_ar") or "").split(";")
    return [{"id": actor_id,
             "name_en": names_en[i] if i < len(names_en) and len(names_en) == len(ids) else "",
             "name_ar": names_ar[i] if i < len(names_ar) and len(names_ar) == len(ids) else ""}
            for i, actor_id in enumerate(ids)]


def path_segment(value: Any) -> str:
    """Percent-encode an id as one URL path segment ('/' too), like encodeURIComponent in the scripts."""
    return quote(str(value), safe="")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    env.globals["event_types"] = list(ALL_TYPES)
    env.filters["side"] = side
    env.filters["seg"] = path_segment
    return env


templates = Jinja2Templates(env=_environment())
