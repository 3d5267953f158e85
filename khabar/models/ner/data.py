"""Reading NER corpora into sentences of (words, BIO tags) over PER, ORG, LOC and MISC.

Three readers share one line parser: ANERcorp (``token TAG`` with no sentence breaks, split on
sentence-final punctuation), Wojood (``token TAG [TAG...]``, nested, 21 types, mapped to the four
types by :data:`WOJOOD_TYPES`, outermost mapped layer) and plain CoNLL (one token a line, blank
line between sentences, extra columns ignored) for ``khabar ner --conll`` and ``khabar eval ner``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from khabar.errors import InputError

LABELS = ("PER", "ORG", "LOC", "MISC")
# corpus type names -> khabar labels; types not listed become O
ANERCORP_TYPES = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
# Wojood's 21 types: people, organisations and places map directly (GPE and facilities are places,
# as in ANERcorp); events, currencies, laws and products are ANERcorp's MISC. NORP (groups of
# people), OCC (occupations), dates, numbers and the rest are not names in ANERcorp's sense.
WOJOOD_TYPES = {
    "PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
    "EVENT": "MISC", "CURR": "MISC", "LAW": "MISC", "PRODUCT": "MISC",
}
SENTENCE_END = frozenset({".", "!", "?", "؟"})
_BIO = re.compile(r"O|[BI]-[A-Za-z]+")
WOJOOD_SKIP = frozenset({"$#$"})


@dataclass
class Sentence:
    """One sentence: its words, gold tags (empty when unlabelled) and the first line in the file."""

    words: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    line: int = 0


def _label(tag: str, types: dict[str, str]) -> str:
    """Map a corpus BIO tag to a khabar BIO tag (unknown types and malformed tags give O)."""
    if len(tag) > 2 and tag[1] == "-" and tag[0] in "BI":
        label = types.get(tag[2:])
        if label:
            return f"{tag[0]}-{label}"
    return "O"


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- tag that does not continue an entity of its type into B- (the usual IOB fix)."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def read_anercorp(path: Path) -> list[Sentence]:
    """ANERcorp: ``token TAG`` lines with no sentence breaks; a sentence ends after . ! ? ؟."""
    sentences: list[Sentence] = []
    current = Sentence(line=1)
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            parts = line.split()
            if len(parts) < 2:  # blank lines and lines with an empty token
                continue
            if not current.words:
                current.line = lineno
            current.words.append(parts[0])
            current.tags.append(_label(parts[-1], ANERCORP_TYPES))
            if parts[0] in SENTENCE_END:
                sentences.append(current)
                current = Sentence()
    if current.words:
        sentences.append(current)
    for sent in sentences:
        sent.tags = repair_bio(sent.tags)
    return sentences


def _outermost(tag_sets: list[list[str]]) -> list[str]:
    """Flatten nested Wojood tags: each mapped type's spans, keeping those inside no other."""
    spans: list[tuple[int, int, str]] = []
    for raw in sorted({t[2:] for tags in tag_sets for t in tags if len(t) > 2}):
        label = WOJOOD_TYPES.get(raw)
        if label is None:
            continue
        start = None
        for i, tags in enumerate(tag_sets + [[]]):
            inside = f"I-{raw}" in tags and start is not None
            if not inside and start is not None:
                spans.append((start, i, label))
                start = None
            if not inside and f"B-{raw}" in tags:
                start = i
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out = ["O"] * len(tag_sets)
    covered_to = 0
    for start, end, label in spans:
        if start < covered_to:
            continue
        out[start] = f"B-{label}"
        for i in range(start + 1, end):
            out[i] = f"I-{label}"
        covered_to = end
    return out


def read_wojood(path: Path) -> list[Sentence]:
    """Wojood: ``token TAG [TAG...]`` lines, blank line between sentences, nested types."""
    sentences: list[Sentence] = []
    for sent, tag_sets in _blocks(path):
        keep = [i for i, w in enumerate(sent.words) if w not in WOJOOD_SKIP]
        flat = _outermost([tag_sets[i] for i in keep])
        if keep:
            sentences.append(Sentence([sent.words[i] for i in keep], flat, sent.line))
    return sentences


def read_conll(path: Path, labelled: bool = False) -> list[Sentence]:
    """Plain CoNLL: first column the token, last column the BIO tag when ``labelled``.

    Extra columns are ignored, several blank lines count as one break; with ``labelled`` a line
    with no tag column raises :class:`InputError` naming the file and line, and a tag with an
    empty token (ANERcorp's `` O`` lines) is left out, as the training text's reader does.
    """
    sentences: list[Sentence] = []
    for sent, tag_sets in _blocks(path):
        if labelled:
            for offset, tags in enumerate(tag_sets):
                if not tags:
                    raise InputError(str(path), f"token {sent.words[offset]!r} has no tag column",
                                     line=sent.line + offset)
            keep = [i for i, word in enumerate(sent.words) if word]
            sent.words = [sent.words[i] for i in keep]
            sent.tags = repair_bio([_label(tag_sets[i][-1], ANERCORP_TYPES) for i in keep])
        if sent.words:
            sentences.append(sent)
    return sentences


def iter_conll(lines: Iterable[str], source: str) -> Iterator[tuple[Sentence, list[list[str]]] | None]:
    """Sentences of a CoNLL stream with their extra columns, and ``None`` for each blank line.

    Keeping every blank line lets ``khabar ner --conll`` reproduce the input layout exactly. A
    line that is only whitespace and a BIO tag (`` O``: ANERcorp has 191 of them) is an empty
    token with that tag, not a token named ``O``.
    """
    sent: Sentence = Sentence()
    columns: list[list[str]] = []
    try:
        for lineno, line in enumerate(lines, 1):
            parts = line.split()
            if not parts:
                if sent.words:
                    yield sent, columns
                sent, columns = Sentence(), []
                yield None
                continue
            if not sent.words:
                sent.line = lineno
            if len(parts) == 1 and line[:1].isspace() and _BIO.fullmatch(parts[0]):
                parts = ["", parts[0]]
            sent.words.append(parts[0])
            columns.append(parts[1:])
    except UnicodeDecodeError as err:
        raise InputError(source, "not UTF-8 text") from err
    if sent.words:
        yield sent, columns


def open_text(path: Path) -> TextIO:
    """Open a UTF-8 text file (a byte-order mark is dropped, not read into the first token), or
    raise InputError naming it."""
    try:
        return path.open(encoding="utf-8-sig")
    except OSError as err:
        raise InputError(str(path), f"cannot read: {err.strerror}") from err


def _blocks(path: Path) -> Iterator[tuple[Sentence, list[list[str]]]]:
    """The sentences of a CoNLL file (blank lines dropped)."""
    with open_text(path) as fh:
        for block in iter_conll(fh, str(path)):
            if block is not None:
                yield block


def split_dev(sentences: list[Sentence], dev_fraction: float = 0.1) -> tuple[list[Sentence], list[Sentence]]:
    """The fixed split used for every reported dev figure: the last ``dev_fraction`` of sentences."""
    cut = len(sentences) - max(1, round(len(sentences) * dev_fraction))
    return sentences[:cut], sentences[cut:]
