"""Events on hand-annotated ANT corpus sentences: type precision/recall and argument accuracy.

The sentences were drawn without looking at any system output (``--sample``): files of the
``politic`` and ``internationalNews`` folders shuffled with the seed ``khabar-events-ant-1``,
one sentence of 6-60 words drawn per file with the same generator, 40 sentences in all. The
annotation (``benchmarks/gold/antcorpus_events.jsonl``) lists what a PLOVER coder would code in
each sentence: type, source and target as the Arabic words that name them, and a note. Sentences
1-20 are the development part (rules were looked at and changed on them), 21-40 the report part
(scored, never tuned on).

Scoring per sentence: a predicted type counts as correct when the gold has an event of that type
(each gold event matched once). For the matched pairs, a side is correct when the gold side is
empty and the stage's is too, or when a word of the gold side (proclitic stripped) occurs in the
text of a mention of one of the stage's actors on that side.

Usage: python benchmarks/events_antcorpus.py [--part dev|report|all] [--show]
       python benchmarks/events_antcorpus.py --sample   (print the drawn sentences as JSON lines)
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.doc import Document  # noqa: E402
from khabar.ingest.files import read_path  # noqa: E402
from khabar.lang.ar import normalize  # noqa: E402
from khabar.pipeline import load_pipeline  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "antcorpus_events.jsonl"
SEED = "khabar-events-ant-1"
FOLDERS = ("politic", "internationalNews")
SIZE = 40
DEV = 20


def draw(shared: Path) -> list[dict]:
    """The sample: reproducible from the corpus and the seed alone."""
    rng = random.Random(SEED)
    corpus = shared / "data" / "news" / "antcorpus"
    files = sorted(p for folder in FOLDERS for p in (corpus / folder).glob("*.txt"))
    rng.shuffle(files)
    split = load_pipeline(("tokenize",))
    out: list[dict] = []
    for path in files:
        docs = [r.doc for r in read_path(str(path)) if r.doc is not None]
        if not docs:
            continue
        doc = split(docs[0])
        sents = [doc.text[s.start:s.end].strip() for s in doc.sentences if 6 <= s.token_end - s.token_start <= 60]
        if sents:
            out.append({"id": f"{path.stem}#{len(out) + 1}", "text": rng.choice(sents)})
        if len(out) == SIZE:
            break
    return out


def _norm_words(words: str) -> set[str]:
    out = set()
    for w in normalize(words).split():
        out.add(w)
        if w[:1] in "وبلف" and len(w) > 3:
            out.add(w[1:])
        if w.startswith("ال") and len(w) > 4:
            out.add(w[2:])
    return out


def side_ok(doc: Document, ids: list[str], gold: str) -> bool:
    if not gold:
        return not ids
    text: set[str] = set()
    for aid in ids:
        actor = doc.actor(aid)
        if actor:
            for m in actor.mentions:
                text |= _norm_words(m.text)
    return bool(_norm_words(gold) & text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "report", "all"), default="dev")
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--show", action="store_true", help="print each sentence's gold and system events")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if args.sample:
        for row in draw(args.shared):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = {"dev": rows[:DEV], "report": rows[DEV:], "all": rows}[args.part]
    nlp = load_pipeline()
    tp = fp = fn = 0
    src_ok = tgt_ok = pairs = 0
    for row in rows:
        doc = nlp(Document(text=row["text"], id=row["id"]))
        gold = list(row["events"])
        for ev in doc.events:
            hit = next((g for g in gold if g["type"] == ev.type), None)
            if hit is None:
                fp += 1
                continue
            gold.remove(hit)
            tp += 1
            pairs += 1
            src_ok += side_ok(doc, ev.source, hit.get("source", ""))
            tgt_ok += side_ok(doc, ev.target, hit.get("target", ""))
        fn += len(gold)
        if args.show:
            names = {a.id: a.name_en or a.name_ar for a in doc.actors}
            print(row["id"], row["text"])
            print("   gold:", [(g["type"], g.get("source"), g.get("target")) for g in row["events"]])
            print("   sys: ", [(e.type, [names[i] for i in e.source], [names[i] for i in e.target]) for e in doc.events])
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"part={args.part} sentences={len(rows)} gold events={tp + fn} system events={tp + fp}")
    print(f"types  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp} fp {fp} fn {fn})")
    print(f"arguments on matched events: source {src_ok}/{pairs}  target {tgt_ok}/{pairs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
