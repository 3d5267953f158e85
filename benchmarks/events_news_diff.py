"""What a change does to the events of real news: dump them before and after, then compare.

The GSR and the ANT sample are small; a change to the lexicon or the argument rules is also read
on unannotated news, event by event. ``--dump`` runs the default pipeline on the first N articles
of the SaudiNewsNet subset (benchmarks and tests only, CC BY-NC-SA) and writes every event (type,
trigger, source and target ids, the start of its sentence, the trigger's offset, the mode) as JSON; ``--compare`` prints the counts
per type of both dumps and the events one has and the other lacks, for reading. docs/benchmarks.md
reports the counts and what the reading found.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/events_news_diff.py --dump before.json [--articles 400]
    PYTHONPATH=$PWD .venv/bin/python benchmarks/events_news_diff.py --compare before.json after.json [--type CONSULT]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.doc import Document  # noqa: E402
from khabar.pipeline import load_pipeline  # noqa: E402

SNIPPET = 160


def dump(path: Path, articles: int, shared: Path) -> None:
    nlp = load_pipeline()
    out: dict[str, list] = {}
    source = shared / "data" / "news" / "saudinewsnet" / "subset_aawsat_spa.jsonl"
    with source.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= articles:
                break
            doc = nlp(Document(text=json.loads(line)["content"], id=str(i)))
            out[str(i)] = [[e.type, e.trigger.text, e.source, e.target,
                            doc.text[doc.sentences[e.sentence].start:doc.sentences[e.sentence].end][:SNIPPET],
                            e.trigger.start, e.mode]
                           for e in doc.events]
    path.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    print(f"{sum(len(v) for v in out.values())} events of {len(out)} articles -> {path}")


def _key(event: list, offsets: bool) -> tuple:
    """One event of a dump: type, trigger, sentence and, where both dumps store it, the trigger's
    offset (two events of one type and trigger word in a sentence differ by it)."""
    return (event[0], event[1], event[4], event[5]) if offsets else (event[0], event[1], event[4])


def compare(before_path: Path, after_path: Path, etype: str | None) -> None:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    counts = [Counter(e[0] for events in d.values() for e in events) for d in (before, after)]
    for t in sorted(set(counts[0]) | set(counts[1])):
        if counts[0][t] != counts[1][t]:
            print(f"{t:12} {counts[0][t]:5} -> {counts[1][t]}")
    print(f"{'all':12} {sum(counts[0].values()):5} -> {sum(counts[1].values())}")
    offsets = all(len(e) > 5 for d in (before, after) for events in d.values() for e in events)
    for article in before:
        old, new = before[article], after.get(article, [])
        old_keys = [_key(e, offsets) for e in old]
        new_keys = [_key(e, offsets) for e in new]
        for mark, events, others in (("-", old, new_keys), ("+", new, old_keys)):
            for e in events:
                if _key(e, offsets) not in others and etype in (None, e[0]):
                    print(f"{mark} {article} {e[0]} {e[1]} | {e[2]} -> {e[3]} | {e[4]}")
        same = {_key(e, offsets): e for e in new}
        for o in old:  # the same event (type, trigger and its offset, sentence) with other arguments
            n = same.get(_key(o, offsets))
            if n is not None and n[2:4] != o[2:4] and etype in (None, o[0]):
                print(f"~ {article} {o[0]} {o[1]} | {o[2]} -> {o[3]}  ==>  {n[2]} -> {n[3]} | {o[4]}")
            if n is not None and len(o) > 6 and len(n) > 6 and n[6] != o[6] and etype in (None, o[0]):
                print(f"m {article} {o[0]} {o[1]} | mode {o[6]} ==> {n[6]} | {o[4]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write the events of the first --articles articles here")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--type", help="list only the events of this type")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if bool(args.dump) == bool(args.compare):
        parser.error("give one of --dump or --compare")
    if args.dump:
        dump(args.dump, args.articles, args.shared)
    else:
        compare(*args.compare, args.type)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
