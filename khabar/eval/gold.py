"""Score a document against a hand annotation in the seed's gold.json format.

The rules are the gold file's own (see its ``note``): an entity occurrence is found when an
entity of the same label covers it (a longer span such as ``حركة (حماس)`` is allowed); an event
side matches when one of its actors' English names, lower-cased and reduced to letters, contains
one of the listed substrings for each gold actor, and an event is matched only by one of its
type whose trigger contains the gold trigger (normalised), so that another event of the type with
the same parties cannot stand in for it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from khabar.lang.ar import normalize


def _letters(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


@dataclass
class GoldScore:
    """Per-layer counts: found / total, with the misses spelled out."""

    entities: tuple[int, int] = (0, 0)
    resolved: tuple[int, int] = (0, 0)
    affiliations: tuple[int, int] = (0, 0)
    required_events: tuple[int, int] = (0, 0)
    optional_events: tuple[int, int] = (0, 0)
    misses: list[str] = field(default_factory=list)


def _covering_entity(doc: dict[str, Any], start: int, end: int, label: str) -> dict[str, Any] | None:
    for ent in doc["entities"]:
        if ent["label"] == label and ent["start"] <= start and end <= ent["end"]:
            return ent
    return None


def _side_matches(ids: list[str], names: dict[str, str], groups: list[list[str]]) -> bool:
    actor_names = [_letters(names.get(i, "")) for i in ids]
    return all(any(sub in n for n in actor_names for sub in group) for group in groups)


def score_gold(doc: dict[str, Any], gold: dict[str, Any]) -> GoldScore:
    """Compare a document in its JSON form with a gold.json annotation."""
    score = GoldScore()
    actors = {a["id"]: a for a in doc["actors"]}
    names = {i: a["name_en"] or "" for i, a in actors.items()}
    found = total = ok = 0
    for ent in gold["entities"]:
        for start, end in ent["occurrences"]:
            total += 1
            hit = _covering_entity(doc, start, end, ent["label"])
            if hit is None:
                score.misses.append(f"entity {ent['text']} {ent['label']} @{start}")
                continue
            found += 1
            actor = actors.get(hit["actor_id"] or "")
            want = _letters(ent["english"])
            if actor and (want in _letters(actor["name_en"]) or _letters(actor["name_en"]) in want) \
                    and actor.get("country") == ent.get("country"):
                ok += 1
            else:
                score.misses.append(f"resolution {ent['text']} -> {actor and (actor['name_en'], actor.get('country'))}")
    score.entities = (found, total)
    score.resolved = (ok, total)

    found = 0
    for aff in gold["affiliations"]:
        hit = any(
            a["role_ar"] == aff["role_ar"]
            and aff["person"] in (actors.get(a["person"], {}).get("name_ar") or "")
            + " ".join(m["text"] for m in actors.get(a["person"], {}).get("mentions", []))
            and _letters(aff["organization"]) in _letters(names.get(a["organization"] or "", ""))
            for a in doc["affiliations"]
        )
        found += hit
        if not hit:
            score.misses.append(f"affiliation {aff['person']} / {aff['role_ar']} / {aff['organization']}")
    score.affiliations = (found, len(gold["affiliations"]))

    req = [0, 0]
    opt = [0, 0]
    for gev in gold["events"]:
        bucket = req if gev.get("required") else opt
        bucket[1] += 1
        hit = any(
            ev["type"] == gev["plover"]
            and normalize(gev["trigger"]) in normalize(ev["trigger"]["text"])  # the event itself, no namesake
            and _side_matches(ev["source"], names, gev["source_match"])
            and _side_matches(ev["target"], names, gev["target_match"])
            for ev in doc["events"]
        )
        bucket[0] += hit
        if not hit:
            score.misses.append(f"event {gev['id']} {gev['plover']} {gev['trigger']}")
    score.required_events = tuple(req)
    score.optional_events = tuple(opt)
    return score
