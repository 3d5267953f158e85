"""CAMEO actor codes (PSEREB, IRQGOVELI, IGOUNO) read as country + PLOVER sector.

The reading table (sectors, religions, non-state prefixes) is data:
khabar/data/kb/curated/cameo_codes.yaml.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pycountry
import yaml

from khabar.data import data_path


@dataclass(frozen=True, slots=True)
class CodeReading:
    """A CAMEO code split into ISO3 country (None for non-state actors) and primary sector."""

    code: str
    country: str | None
    sector: str | None
    main: str | None  # the first chunk: the country or the non-state prefix (IGO, IMG, ...)


@lru_cache(maxsize=1)
def _table() -> dict:
    with data_path("kb", "curated", "cameo_codes.yaml").open(encoding="utf-8") as fh:
        spec = yaml.safe_load(fh)
    spec["sectors"] = set(spec["sectors"])
    spec["religions"] = set(spec["religions"])
    spec["iso3"] = {c.alpha_3 for c in pycountry.countries}
    return spec


def is_sector(chunk: str) -> bool:
    """True for a three-letter CAMEO sector or religion code."""
    spec = _table()
    return chunk in spec["sectors"] or chunk in spec["religions"]


def read_code(code: str) -> CodeReading | None:
    """Read a CAMEO code; None when it is malformed (not letters, not in chunks of three)."""
    code = code.strip().lstrip("~").upper()
    if not code.isalpha() or len(code) % 3:
        return None
    spec = _table()
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = main = None
    sector = None
    rest = chunks
    if chunks[0] in spec["iso3"]:
        country = main = chunks[0]
        rest = chunks[1:]
    elif chunks[0] in spec["non_state"]:
        main = chunks[0]
        sector = spec["non_state"][main]
        rest = chunks[1:]
    elif not is_sector(chunks[0]):
        return None
    for chunk in rest:
        if chunk in spec["sectors"]:
            sector = sector or chunk
        elif chunk in spec["religions"]:
            sector = sector or "REL"
    return CodeReading(code, country, sector, main)


def sector_name(sector: str) -> str:
    """The English word for a sector's generic organ (GOV: government, MIL: military)."""
    return _table()["sector_names"].get(sector, sector.lower())
