"""Actor files in YAML or CSV: the hand-curated regional table and user extensions (``--kb``).

Every record is validated; a bad one raises DataError naming the file and its line, so a user
sees ``[E200] my_actors.csv:7: unknown sector 'GOVT'`` rather than a silent miss.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pycountry
import yaml

from khabar.errors import DataError
from khabar.kb.codes import is_sector
from khabar.kb.records import ACTOR_TYPES, KBActor

CSV_COLUMNS = ("id", "name_en", "name_ar", "type", "country", "sector", "aliases")
_LINE = "__line__"


class _LineLoader(yaml.SafeLoader):
    """A YAML loader that records the line of every mapping (1-based) under ``__line__``."""


def _mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def read_actor_file(path: str | Path) -> list[KBActor]:
    """Read and validate an actor file (.yaml/.yml or .csv)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(str(path), f"cannot read actor file: {exc}") from exc
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        rows = _yaml_rows(path, text)
    elif suffix == ".csv":
        rows = _csv_rows(path, text)
    else:
        raise DataError(str(path), "actor file must be .yaml, .yml or .csv")
    return [_validate(path, line, row) for line, row in rows]


def _yaml_rows(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise DataError(str(path), f"not valid YAML: {exc.problem}", line) from exc
    except yaml.YAMLError as exc:
        raise DataError(str(path), f"not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise DataError(str(path), "expected a mapping with an 'actors' list", 1)
    rows = []
    for item in data["actors"]:
        if not isinstance(item, dict):
            raise DataError(str(path), f"each actor must be a mapping, got {item!r}", data[_LINE])
        rows.append((item.pop(_LINE), item))
    return rows


def _csv_rows(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(text.splitlines())
    missing = [c for c in ("id", "aliases") if c not in (reader.fieldnames or [])]
    if missing:
        raise DataError(str(path), f"CSV header lacks column(s) {', '.join(missing)}; expected {', '.join(CSV_COLUMNS)}", 1)
    rows = []
    for row in reader:
        if None in row:
            raise DataError(str(path), f"more fields than the header has: {row[None]!r}", reader.line_num)
        clean: dict[str, Any] = {k: v.strip() for k, v in row.items() if v is not None and v.strip()}
        if "aliases" in clean:
            clean["aliases"] = [a.strip() for a in clean["aliases"].split("|") if a.strip()]
        if "sectors" in clean:
            clean["sectors"] = [s.strip() for s in clean["sectors"].split("|") if s.strip()]
        rows.append((reader.line_num, clean))
    return rows


def _validate(path: Path, line: int, row: dict[str, Any]) -> KBActor:
    def fail(msg: str) -> DataError:
        return DataError(str(path), msg, line)

    known = {"id", "name_en", "name_ar", "type", "country", "sector", "sectors", "aliases", "attrs", "source"}
    unknown = sorted(set(row) - known)
    if unknown:
        raise fail(f"unknown field(s) {', '.join(unknown)}")
    actor_id = row.get("id")
    if not isinstance(actor_id, str) or not actor_id or any(c.isspace() for c in actor_id):
        raise fail(f"'id' must be a slug without spaces, got {actor_id!r}")
    aliases = row.get("aliases") or ([row["name_ar"]] if row.get("name_ar") else [])
    if not isinstance(aliases, list) or not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise fail(f"{actor_id}: 'aliases' must be a non-empty list of Arabic names")
    country = row.get("country")
    if country is not None and (not isinstance(country, str) or pycountry.countries.get(alpha_3=country) is None):
        raise fail(f"{actor_id}: unknown ISO 3166 alpha-3 country {country!r}")
    sectors = list(row.get("sectors") or [])
    sector = row.get("sector") or (sectors[0] if sectors else None)
    for code in [sector, *sectors]:
        if code is not None and (not isinstance(code, str) or not is_sector(code)):
            raise fail(f"{actor_id}: unknown sector {code!r}")
    actor_type = row.get("type")
    if actor_type is not None and actor_type not in ACTOR_TYPES:
        raise fail(f"{actor_id}: type must be one of {', '.join(ACTOR_TYPES)}, got {actor_type!r}")
    attrs = row.get("attrs") or {}
    if not isinstance(attrs, dict):
        raise fail(f"{actor_id}: 'attrs' must be a mapping")
    attrs = {k: v for k, v in attrs.items() if k != _LINE}
    if sector and sectors and sectors[0] != sector:
        sectors = [sector, *[s for s in sectors if s != sector]]
    return KBActor(actor_id, str(row.get("name_en") or aliases[0]), str(row.get("name_ar") or aliases[0]),
                   actor_type, country, sector, sectors, [a.strip() for a in aliases], [], attrs,
                   str(row.get("source", "")))
