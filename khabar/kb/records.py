"""Knowledge-base records: an actor with aliases and, where the dictionary dates them, codes."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ACTOR_TYPES = ("PER", "ORG", "LOC", "GROUP", "EVENT")


@dataclass(frozen=True, slots=True)
class DatedCode:
    """One reading of an actor valid from ``start`` to ``end`` (ISO dates; None = open)."""

    code: str
    country: str | None
    sector: str | None
    start: str | None = None
    end: str | None = None

    def covers(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)

    def distance(self, date: str) -> int:
        """How far (in days, roughly, via YYYYMMDD arithmetic) the date lies outside the range."""
        day = int(date.replace("-", "")[:8])
        lo = int(self.start.replace("-", "")) if self.start else day
        hi = int(self.end.replace("-", "")) if self.end else day
        return max(lo - day, day - hi, 0)


@dataclass(slots=True)
class KBActor:
    """A canonical actor of the knowledge base."""

    id: str
    name_en: str
    name_ar: str
    type: str | None = None
    country: str | None = None
    sector: str | None = None
    sectors: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    codes: list[DatedCode] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    def reading(self, date: str | None) -> tuple[str | None, str | None, str | None]:
        """(country, sector, CAMEO code) for a document date: the dated code covering it, else the
        nearest one; undated actors and undated documents get the base reading."""
        if not self.codes or not date:
            return self.country, self.sector, self.attrs.get("cameo")
        covering = [c for c in self.codes if c.covers(date)]
        best = covering[0] if covering else min(self.codes, key=lambda c: c.distance(date))
        return best.country, best.sector, best.code

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name_en": self.name_en, "name_ar": self.name_ar, "type": self.type,
                               "country": self.country, "sector": self.sector}
        if self.sectors:
            out["sectors"] = self.sectors
        out["aliases"] = self.aliases
        if self.codes:
            out["codes"] = [[c.code, c.country, c.sector, c.start, c.end] for c in self.codes]
        if self.attrs:
            out["attrs"] = self.attrs
        if self.source:
            out["source"] = self.source
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "KBActor":
        return cls(data["id"], data["name_en"], data["name_ar"], data.get("type"), data.get("country"),
                   data.get("sector"), data.get("sectors", []), data.get("aliases", []),
                   [DatedCode(*c) for c in data.get("codes", [])], data.get("attrs", {}), data.get("source", ""))


@dataclass(frozen=True, slots=True)
class Agent:
    """A generic agent noun (الشرطة, المتظاهرين): a sector, and an actor once a country is known.
    ``scan``: specific enough to stand alone as an actor (the curated organs) rather than only
    with a country cue."""

    surface: str
    sector: str
    name_en: str
    slug: str
    scan: bool = False
