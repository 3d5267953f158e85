"""Entity-level scoring: exact span and type, per type and overall, plus type confusion.

A predicted entity counts only when its start, end and type all equal a gold entity (CoNLL
convention). The confusion table pairs gold and predicted entities with the same span but
different types, and counts spans found by one side only under ``O``.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from khabar.eval.prf import PRF


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity in a BIO sequence; a stray I- starts an entity."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(tags + ["O"]):
        inside = tag.startswith("I-") and tag[2:] == label and start >= 0
        if not inside and start >= 0:
            out.append((start, i, label))
            start, label = -1, ""
        if tag.startswith(("B-", "I-")) and not inside:
            start, label = i, tag[2:]
    return out


@dataclass
class Scores:
    """Per-type and overall counts, and (gold type, predicted type) confusion counts."""

    by_type: dict[str, PRF] = field(default_factory=dict)
    overall: PRF = field(default_factory=PRF)
    confusion: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        row = lambda s: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),  # noqa: E731
                         "f1": round(s.f1, 4), "support": s.tp + s.fn}
        return {"overall": row(self.overall), "by_type": {t: row(s) for t, s in sorted(self.by_type.items())},
                "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())}}


def score(gold: Iterable[list[str]], predicted: Iterable[list[str]]) -> Scores:
    """Score predicted BIO sequences against gold ones (same sentences, same lengths)."""
    result = Scores()
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        g = {(s, e): t for s, e, t in spans(gold_tags)}
        p = {(s, e): t for s, e, t in spans(pred_tags)}
        for span, label in g.items():
            stats = result.by_type.setdefault(label, PRF())
            if p.get(span) == label:
                stats.tp += 1
                result.overall.tp += 1
            else:
                stats.fn += 1
                result.overall.fn += 1
            result.confusion[(label, p.get(span, "O"))] += 1
        for span, label in p.items():
            if g.get(span) != label:
                result.by_type.setdefault(label, PRF()).fp += 1
                result.overall.fp += 1
            if span not in g:
                result.confusion[("O", label)] += 1
    return result


def format_table(scores: Scores) -> str:
    """A plain-text table: one row per type and an overall row."""
    lines = [f"{'type':<8}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}"]
    rows = sorted(scores.by_type.items()) + [("overall", scores.overall)]
    for name, s in rows:
        lines.append(f"{name:<8}{s.precision:>10.4f}{s.recall:>10.4f}{s.f1:>10.4f}{s.tp + s.fn:>9}")
    return "\n".join(lines)
