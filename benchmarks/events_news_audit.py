"""Precision of the event types on real news no rule was written on: a judged random sample.

SaudiNewsNet articles (benchmarks and tests only, CC BY-NC-SA: the judgements file keeps no text
of theirs, only article numbers, offsets and the trigger word): the articles after the 1,000th,
shuffled with the seed ``khabar-audit-13``. Articles 0-149 of that order were read while rules
were written (the development part of the audit); articles 150-299 (the report part) were not
before they were judged (two later rules were partly prompted by judged events: docs/benchmarks.md).
On 2026-11-30 the events of the report part by the code at 1674a0e and by the code of that day
were pooled (779 events, all listed in ``benchmarks/gold/news_event_audit.jsonl``), 100 drawn at
random (seed ``khabar-audit-13-report``; the first 100 lines) and each judged by hand: right when
its trigger reports or refers to a particular event of its PLOVER type, in any mode; wrong
otherwise, with why: ``generic`` (no particular event: كل اتفاق يخضع للموازنة), ``sense`` (the
word in another sense: مركز اعتقال, اجتماع الكلمة), ``domain`` (no politics: fashion, software,
ceremonies), ``sports``, ``type`` (an event of another type: hostage taking coded COERCE, PLOVER
has it under ASSAULT).

The script runs the pipeline on the 150 report articles, scores the judged events it still codes
(precision, and by how many parties the event names) and counts the events it codes that are not
in the pool: a changed rule's new events, which the sample cannot speak for; read them
(``--show-new``) before trusting the figure, and judge a fresh draw when they are many.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/events_news_audit.py [--show-new]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.doc import Document  # noqa: E402
from khabar.pipeline import load_pipeline  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "news_event_audit.jsonl"
SEED = "khabar-audit-13"
FIRST, REPORT = 1000, range(150, 300)


def report_articles(shared: Path) -> dict[int, str]:
    """The report part: article number -> text."""
    path = shared / "data" / "news" / "saudinewsnet" / "subset_aawsat_spa.jsonl"
    with path.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["content"] for line in fh]
    order = list(range(FIRST, len(texts)))
    random.Random(SEED).shuffle(order)
    return {i: texts[i] for i in (order[k] for k in REPORT)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--show-new", action="store_true", help="print the events that are not in the pool")
    args = parser.parse_args()
    pool = {(g["article"], g["start"], g["type"]): g for g in map(json.loads, GOLD.open(encoding="utf-8"))}
    drawn = sum(g["right"] is not None for g in pool.values())
    nlp = load_pipeline()
    judged: list[tuple[dict, int]] = []
    new = total = 0
    for number, text in report_articles(args.shared).items():
        doc = nlp(Document(text=text, id=str(number)))
        total += len(doc.events)
        for ev in doc.events:
            g = pool.get((number, ev.trigger.start, ev.type))
            if g is None:
                new += 1
                if args.show_new:
                    sent = doc.sentences[ev.sentence]
                    print(f"new {number}:{ev.trigger.start} {ev.type} {ev.trigger.text} | "
                          f"{doc.text[sent.start:sent.end][:160]}")
            elif g["right"] is not None:
                judged.append((g, bool(ev.source) + bool(ev.target)))
    right = sum(g["right"] for g, _ in judged)
    print(f"report articles: {len(REPORT)}, events {total}, of them not in the pool {new}; "
          f"judged events still coded {len(judged)} of {drawn}")
    print(f"type precision {right}/{len(judged)} = {right / max(len(judged), 1):.3f}")
    for parties, name in ((0, "no party"), (1, "one party"), (2, "source and target")):
        sub = [g for g, p in judged if p == parties]
        print(f"  {name:18s} {sum(g['right'] for g in sub)}/{len(sub)}")
    print("wrong by why:", dict(Counter(g["why"] for g, _ in judged if not g["right"]).most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
