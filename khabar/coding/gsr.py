"""The OEDA Arabic event gold records (``arabic_event_gsr_dev``) and khabar's fixed split of them.

The detection files label sentences for ASSAULT or PROTEST: ``yes`` (all annotators accept),
``easy no`` and ``difficult no`` (rejected; the latter with one dissenting accept) and
``ambiguous`` (left out of scoring). khabar splits them by source document (the sentence id
without its ``-N``/``_N`` suffix) with a seeded hash: 60% ``train`` (fitting and tuning), 40% ``dev``
(reported figures only). Sentences of one article never straddle the split.
"""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from khabar.errors import DataError

SPLIT_SEED = "khabar-events-1"
TRAIN_FRACTION = 0.6
LABELS = ("yes", "easy no", "difficult no", "ambiguous")


@dataclass(slots=True)
class GsrSentence:
    id: str
    text: str
    event_type: str
    label: str
    part: str
    spans: list[dict] = field(default_factory=list)
    accept: int = 0  # annotators accepting the event type, of ``total``
    total: int = 0

    @property
    def positive(self) -> bool | None:
        """True for ``yes``, False for the two ``no`` labels, None for ``ambiguous``."""
        return None if self.label == "ambiguous" else self.label == "yes"

    @property
    def agreement(self) -> float:
        """The share of annotators who accepted the event type (1 for ``yes``, 0 for ``easy no``)."""
        return self.accept / self.total if self.total else float(bool(self.positive))


def document_of(sentence_id: str) -> str:
    """The source document of a GSR sentence id: the id without its sentence number.

    Two id styles occur: ``AAW_ARB_20071026.0026-2`` (Gigaword, ``-N``) and a long hex digest
    with ``_N`` (the other protest sources).
    """
    sep = "-" if "-" in sentence_id else "_"
    return sentence_id.rsplit(sep, 1)[0]


def split_of(sentence_id: str) -> str:
    """``train`` or ``dev`` for a GSR sentence id, fixed by its document."""
    doc = document_of(sentence_id)
    h = int(hashlib.sha1(f"{SPLIT_SEED}:{doc}".encode()).hexdigest()[:8], 16) / 2**32
    return "train" if h < TRAIN_FRACTION else "dev"


def load_gsr(folder: Path, event_type: str) -> list[GsrSentence]:
    """Sentences of ``<type>_gsr.csv``, with the span annotations of ``<type>_spans.json`` attached."""
    name = event_type.lower()
    path = folder / f"{name}_gsr.csv"
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:  # a BOM (spreadsheet exports) is no part of the header
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataError(str(path), f"cannot read GSR file: {exc}") from exc
    # span records name their newspaper (or sometimes the sentence id) in ``source``: join on text
    spans: dict[str, list[dict]] = {}
    span_path = folder / f"{name}_spans.json"
    if span_path.exists():
        try:
            records = json.loads(span_path.read_text(encoding="utf-8-sig"))
            for rec in records:
                spans.setdefault(rec["text"].strip(), []).extend(rec.get("spans", []))
        except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise DataError(str(span_path), f"cannot read GSR span records: {exc!r}") from exc
    out = []
    for line, row in enumerate(rows, start=2):
        if row.get("label") not in LABELS or not row.get("text"):
            raise DataError(str(path), f"bad row (label {row.get('label')!r})", line)
        try:
            accept, total = int(row.get("accept") or 0), int(row.get("total") or 0)
        except ValueError as exc:
            raise DataError(str(path), f"bad vote counts: {exc}", line) from exc
        out.append(GsrSentence(row["id"], row["text"], event_type.upper(), row["label"], split_of(row["id"]),
                               spans.get(row["text"].strip(), []), accept, total))
    return out
