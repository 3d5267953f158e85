"""PLOVER event types and modes, and the CAMEO-to-PLOVER conversion table.

PLOVER (Open Event Data Alliance) replaces CAMEO's 20 root codes with 16 event types. The
Arabic verb patterns of Universal-PETRARCH carry CAMEO codes, so building the trigger lexicon
needs the conversion table (``CAMEO2PLOVER-2021.txt``).
"""
from __future__ import annotations

import re
from pathlib import Path

from khabar.errors import DataError

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
EXTRA_TYPES: tuple[str, ...] = ("INVESTIGATE", "CRIME")
ALL_TYPES: tuple[str, ...] = EVENT_TYPES + EXTRA_TYPES

# how an event is presented (docs/events.md); the first that applies wins, in this order
MODES: tuple[str, ...] = ("negated", "called_for", "intended", "reported", "asserted")

_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z_]+)\b")


def load_cameo_map(path: Path) -> dict[str, str]:
    """Read CAMEO2PLOVER: CAMEO code (``'190'``, ``'1823'``) -> PLOVER type.

    CAMEO 01 (statements) and 02 (appeals) are dropped by PLOVER and are absent here.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataError(str(path), f"cannot read CAMEO-to-PLOVER table: {exc}") from exc
    mapping: dict[str, str] = {}
    for line in lines:
        m = _LINE.match(line.strip())
        if m and m.group(2) in ALL_TYPES:
            mapping.setdefault(m.group(1), m.group(2))
    if not mapping:
        raise DataError(str(path), "no CAMEO code mapped to a PLOVER type")
    return mapping


def plover_type(cameo: str, mapping: dict[str, str]) -> str | None:
    """The PLOVER type of a CAMEO code, falling back to its shorter parents (1823 -> 182 -> 18)."""
    code = cameo.strip()
    while len(code) >= 2:
        if code in mapping:
            return mapping[code]
        code = code[:-1]
    return None
