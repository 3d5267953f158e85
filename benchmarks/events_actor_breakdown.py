"""Why gold source/target actors of the Arabic event GSR are missed: hit, misassigned or no actor.

For each ``yes`` sentence with spans where the default pipeline finds an event of the file's type
(ASSAULT, PROTEST), each side (source, target) with a gold span is a ``hit`` when the event's actor
mentions overlap it (khabar.eval.gsr.actor_match), ``misassigned`` when some non-place actor
mention of the sentence overlaps it but the event took another one, and ``no-actor`` when no actor
mention covers any of its words (the actors stage's miss). Also lists the gold spans most often
without any actor mention. Runs on the TRAIN part of khabar.coding.gsr's split by default (the
part used for development; report dev figures only, never tune on them). With ``--coded``, on the
``ambiguous`` and ``difficult no`` sentences the annotators still coded with spans instead: more
gold actors, never scored for detection.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/events_actor_breakdown.py [--part train] [--coded] [--top 20]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.coding.gsr import load_gsr  # noqa: E402
from khabar.doc import Document  # noqa: E402
from khabar.eval.gsr import actor_match, gold_words, proclitic_forms  # noqa: E402
from khabar.lang.ar import normalize  # noqa: E402
from khabar.pipeline import DEFAULT_STAGES, load_pipeline  # noqa: E402

def breakdown(nlp, rows, etype: str) -> tuple[Counter, Counter]:
    counts: Counter = Counter()
    missing: Counter = Counter()
    for s in rows:
        doc = nlp(Document(text=s.text, id=s.id))
        if not any(e.type == etype for e in doc.events):
            continue
        mentioned = {normalize(w) for a in doc.actors if (a.type or "").upper() not in ("LOC", "MISC")
                     for m in a.mentions for w in m.text.split()}
        mentioned = proclitic_forms(mentioned)
        source_hit, source_gold, target_hit, target_gold = actor_match(doc, etype, s.spans)
        for side, hit, gold in (("source", source_hit, source_gold), ("target", target_hit, target_gold)):
            if not gold:
                continue
            if hit:
                counts[f"{side} hit"] += 1
                continue
            spans = [g for g in (gold_words(sp.get(f"{side}_actor", [])) for sp in s.spans) if g]
            if any(proclitic_forms(g) & mentioned for g in spans):
                counts[f"{side} misassigned"] += 1
            else:
                counts[f"{side} no-actor"] += 1
                missing.update(" ".join(sorted(g)) for g in spans)
    return counts, missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("train", "dev"), default="train")
    parser.add_argument("--coded", action="store_true",
                        help="the ambiguous and difficult-no sentences coded with spans, not the yes ones")
    parser.add_argument("--top", type=int, default=20, help="how many unmentioned gold spans to list")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    folder = args.shared / "data" / "events" / "arabic_event_gsr_dev"
    nlp = load_pipeline(DEFAULT_STAGES)
    print(f"part={args.part}" + (" (ambiguous and difficult-no sentences coded with spans)" if args.coded else ""))
    for etype in ("ASSAULT", "PROTEST"):
        rows = [s for s in load_gsr(folder, etype) if s.part == args.part and s.spans
                and (s.label in ("ambiguous", "difficult no") if args.coded else s.positive)]
        counts, missing = breakdown(nlp, rows, etype)
        print(f"\n{etype}: " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
        print("  no actor mention: " + ", ".join(f"{k} ({n})" for k, n in missing.most_common(args.top)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
