"""Scoring the events stage on OEDA Arabic GSR files: detection and source/target actor match.

Detection is scored per sentence, as the GSR labels sentences: a sentence counts as detected when
the pipeline codes an event of the file's type (ASSAULT, PROTEST); ``yes`` is positive, ``easy no``
and ``difficult no`` negative, ``ambiguous`` left out. Actor match, for the ``yes`` sentences with
span annotations that are detected: a side (source, target) is a hit when a word of a gold span
(punctuation stripped, normalised, at least three letters; a proclitic و ب ل ف aside) is a word
of a mention of one of the actors the events of that type put on that side.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from khabar.coding.gsr import GsrSentence, load_gsr
from khabar.doc import Document
from khabar.eval.prf import PRF
from khabar.lang.ar import normalize

TYPES = ("ASSAULT", "PROTEST")
PUNCTUATION = "«»\"'.,:;!?()،؛؟"
PROCLITICS = "وبلف"


@dataclass(slots=True)
class GsrScore:
    """One event type's figures on a set of GSR sentences."""

    etype: str
    sentences: int
    positives: int
    detection: PRF
    source: tuple[int, int]  # hits, gold sides
    target: tuple[int, int]
    seconds: float


def detection(rows: list[GsrSentence], predicted: Iterable[bool]) -> PRF:
    """Counts of ``predicted`` (one flag per row) against the rows' gold labels."""
    out = PRF()
    for s, p in zip(rows, predicted, strict=True):
        if p and s.positive:
            out.tp += 1
        elif p:
            out.fp += 1
        elif s.positive:
            out.fn += 1
    return out


def prf_line(counts: PRF) -> str:
    """``P 0.621  R 0.970  F1 0.757  (tp 64 fp 39 fn 2)``."""
    return (f"P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}  "
            f"(tp {counts.tp} fp {counts.fp} fn {counts.fn})")


def gold_words(span_tokens: list[str]) -> set[str]:
    """The words of a gold span, without the punctuation its tokens carry (اميركية».)."""
    words = (w.strip(PUNCTUATION) for w in span_tokens)
    return {normalize(w) for w in words if len(w) > 2}


def proclitic_forms(words: set[str]) -> set[str]:
    """The words and, for each opening with a proclitic (و ب ل ف), the word without it."""
    return words | {w[1:] for w in words if w[:1] in PROCLITICS}


def actor_match(doc: Document, etype: str, gold_spans: list[dict]) -> tuple[int, int, int, int]:
    """(source hits, source gold, target hits, target gold) by word overlap of mention text."""
    events = [e for e in doc.events if e.type == etype]
    texts: dict[str, set[str]] = {"source": set(), "target": set()}
    for ev in events:
        for side in ("source", "target"):
            for aid in getattr(ev, side):
                actor = doc.actor(aid)
                if actor:
                    for m in actor.mentions:
                        texts[side].update(normalize(w) for w in m.text.split())
    out = [0, 0, 0, 0]
    for k, side in enumerate(("source", "target")):
        gold = [gold_words(sp.get(f"{side}_actor", [])) for sp in gold_spans]
        gold = [g for g in gold if g]
        if gold:
            out[2 * k + 1] += 1
            stripped = proclitic_forms(texts[side])
            if any(g & stripped or {w[1:] for w in g} & stripped for g in gold):
                out[2 * k] += 1
    return out[0], out[1], out[2], out[3]


def scored_rows(folder: Path, etype: str, part: str = "all") -> list[GsrSentence]:
    """The sentences of ``<type>_gsr.csv`` that are scored (not ``ambiguous``), of khabar's split
    ``part`` (``train``, ``dev``) or all of them."""
    return [s for s in load_gsr(folder, etype) if s.positive is not None and part in ("all", s.part)]


def evaluate(nlp: Callable[[Document], Document], rows: list[GsrSentence], etype: str) -> GsrScore:
    """Run ``nlp`` on each sentence and score detection and actor match for ``etype``."""
    t0 = time.perf_counter()
    docs = [nlp(Document(text=s.text, id=s.id)) for s in rows]
    seconds = time.perf_counter() - t0
    found = [any(e.type == etype for e in d.events) for d in docs]
    hits = [0, 0, 0, 0]
    for s, d, p in zip(rows, docs, found):
        if s.positive and p and s.spans:
            for k, v in enumerate(actor_match(d, etype, s.spans)):
                hits[k] += v
    return GsrScore(etype, len(rows), sum(1 for s in rows if s.positive), detection(rows, found),
                    (hits[0], hits[1]), (hits[2], hits[3]), seconds)
