"""The learned event detector: does a sentence with a trigger of type T really report a T event?

Keyword matching is not enough: reports of past attacks in other framings, statements about
violence, figures of speech (هجوم on a politician) and questions share the trigger words. A
logistic regression over sparse binary features (trigger lemma, kind and tense, the words around
the trigger and in the sentence, and cues such as numbers, years, negation, reported speech)
scores each candidate sentence. Weights are trained by ``scripts/train_event_detector.py`` on both
parts of the GSR data, with the settings chosen for the events stage as it codes (this detector or
its argument rules), and stored in ``khabar/data/events/detector.json``.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from khabar.coding.cues import load_cues
from khabar.coding.lexicon import TriggerMatch
from khabar.coding.modes import negated
from khabar.data import data_path, load_json
from khabar.doc import Token

CONTEXT = 3
GROUP_NEAR = 4
_YEAR = re.compile(r"^(19|20)\d\d$")


def sentence_features(tokens: list[Token], matches: list[TriggerMatch], etype: str) -> list[str]:
    """Binary features of one sentence for event type ``etype`` (its trigger matches given)."""
    cues = load_cues()
    own = [m for m in matches if m.type == etype]
    feats: set[str] = {"bias"}
    stems = [t.stem for t in tokens]
    for m in own:
        feats.add(f"k:{m.kind}")
        feats.add(f"l:{m.lemma}")
        if m.tense:
            feats.add(f"t:{m.tense}")
        if m.first < 5:
            feats.add("first")
        for j in range(max(0, m.first - CONTEXT), min(len(tokens), m.last + CONTEXT)):
            if not m.first <= j < m.last and stems[j][:1].isalpha():
                feats.add(f"c:{stems[j]}")
        if negated(stems, m.first, cues):
            feats.add("neg")
    near = {j for m in own for j in range(max(0, m.first - GROUP_NEAR), min(len(tokens), m.last + GROUP_NEAR))}
    for group, words in cues.detector_groups.items():
        hits = [j for j, s in enumerate(stems) if s in words]
        if hits:
            feats.add(f"g:{group}")
        if near.intersection(hits):
            feats.add(f"n:{group}")
    kinds = {m.kind for m in own}
    if kinds == {"agent"}:
        feats.add("agent_only")
    if "verb" in kinds and kinds & {"noun", "phrase"}:
        feats.add("verb_and_noun")
    for m in matches:
        if m.type != etype:
            feats.add(f"o:{m.type}")
    for s in stems:
        if s[:1].isalpha() and len(s) > 1:
            feats.add(f"w:{s}")
        elif s[:1].isdigit():
            feats.add("year" if _YEAR.match(s) else "num")
    if "?" in stems:
        feats.add("question")
    if any(s in cues.modes["reported"] for s in stems):
        feats.add("reported")
    if {"كان", "كانت"} & set(stems) and "قد" in stems:
        feats.add("pastperfect")
    feats.add(f"count:{min(len(own), 3)}")
    feats.add(f"len:{min(len(tokens) // 15, 4)}")
    return sorted(feats)


class Detector:
    """Per-type logistic regression over :func:`sentence_features`."""

    def __init__(self, spec: dict) -> None:
        self.models: dict[str, dict] = spec.get("models", {})

    def covers(self, etype: str) -> bool:
        return etype in self.models

    def probability(self, etype: str, features: list[str]) -> float:
        model = self.models[etype]
        weights = model["weights"]
        z = sum(weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def threshold(self, etype: str) -> float:
        return float(self.models[etype]["threshold"])


@lru_cache(maxsize=1)
def load_detector() -> Detector:
    """The shipped detector; without a trained file every type falls back to the lexicon."""
    path = data_path("events", "detector.json")
    return Detector(load_json("events", "detector.json") if path.exists() else {})
