"""Actor resolution: accuracy on the seed and on the Arabic event GSR span files; speed.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/actors_eval.py [--shared ../shared]

Seed: every gold entity occurrence is marked (as NER would) and resolved; English name, country
and primary sector are compared with gold.json; affiliations are compared as (person, role_ar,
organisation). GSR: each annotated source/target actor string of assault_spans.json and
protest_spans.json is marked in its sentence and resolved; its CAMEO main code (country, or IGO/IMG/...)
and sector are compared with the annotation ("None" = nothing). Sentences are split by
sha1(text) into dev (first hex digit even: used while developing) and test (odd: reported, never
looked at for tuning). Speed: the actors stage alone over SaudiNewsNet articles (tokenised
beforehand, no entities: scanning and coreference only).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.components.actors import ActorsStage
from khabar.components.affiliations import AffiliationsStage
from khabar.doc import Actor, Document, Entity
from khabar.kb.codes import read_code
from khabar.pipeline import load_pipeline

ROOT = Path(__file__).resolve().parents[1]


def mark(tokenizer, text: str, spans: list[tuple[int, int, str]], date: str | None) -> Document:
    doc = tokenizer(text, date=date)
    doc.entities = [Entity(s, e, text[s:e], label) for s, e, label in sorted(spans)]
    return doc


def seed(shared: Path, tokenizer, stage: ActorsStage) -> dict:
    text = (shared / "seed" / "article.txt").read_text(encoding="utf-8")
    gold = json.loads((shared / "seed" / "gold.json").read_text(encoding="utf-8"))
    spans = [(s, e, g["label"]) for g in gold["entities"] for s, e in g["occurrences"]]
    doc = AffiliationsStage()(stage(mark(tokenizer, text, spans, "2022-09-06")))
    by_span = {(e.start, e.end): doc.actor(e.actor_id) if e.actor_id else None for e in doc.entities}
    score = Counter()
    for g in gold["entities"]:
        for s, e in g["occurrences"]:
            # entities may have grown to a knowledge-base name around them (الجهاد الإسلامي ->
            # حركة الجهاد الإسلامي): take the entity that contains the gold span
            actor = next((a for (es, ee), a in by_span.items() if es <= s and e <= ee), None)
            score["occurrences"] += 1
            score["name"] += bool(actor and actor.name_en == g["english"])
            score["country"] += bool(actor and actor.country == g.get("country"))
            score["sector"] += bool(actor and actor.sector == (g["sector"][0] if "sector" in g else None))
    got = {(doc.actor(a.person).name_ar, a.role_ar, doc.actor(a.organization).name_en if a.organization else None)
           for a in doc.affiliations}
    score["affiliations_gold"] = len(gold["affiliations"])
    score["affiliations_found"] = sum((a["person"], a["role_ar"], a["organization"]) in got for a in gold["affiliations"])
    score["affiliations_output"] = len(doc.affiliations)
    return dict(score)


def main_code(actor: Actor | None) -> tuple[str | None, str | None]:
    """(CAMEO main code, sector) of an actor: its country, else the non-state prefix of its code."""
    if actor is None:
        return None, None
    main = actor.country
    if main is None and actor.attrs.get("cameo"):
        reading = read_code(actor.attrs["cameo"])
        main = reading.main if reading else None
    return main, actor.sector


def locate(text: str, words: list[str]) -> tuple[int, int] | None:
    pattern = r"\W+".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def gsr(shared: Path, tokenizer, stage: ActorsStage, errors: list | None = None) -> dict:
    """Scores per split; ``errors`` (when given) collects the DEV split's items for inspection."""
    folder = shared / "data" / "events" / "arabic_event_gsr_dev"
    score: dict[str, Counter] = {"dev": Counter(), "test": Counter()}
    for name in ("assault_spans.json", "protest_spans.json"):
        for record in json.loads((folder / name).read_text(encoding="utf-8")):
            text = record["text"]
            part = "dev" if int(hashlib.sha1(text.encode("utf-8")).hexdigest()[0], 16) % 2 == 0 else "test"
            date = record["source"].split("_")[-1][:8] if "_" in record["source"] else None
            date = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if date and date.isdigit() else None
            for span in record["spans"]:
                for side in ("source", "target"):
                    words, role = span[f"{side}_actor"], span[f"{side}_role"]
                    if not words or not isinstance(role, dict):
                        continue
                    where = locate(text, words)
                    if where is None:
                        score[part]["unlocated"] += 1
                        continue
                    doc = stage(mark(tokenizer, text, [(*where, "MISC")], date))
                    ent = doc.entities[0]
                    main, sector = main_code(doc.actor(ent.actor_id) if ent.actor_id else None)
                    gold_main = None if role.get("main") in (None, "None") else role["main"]
                    gold_sector = None if role.get("role") in (None, "None") else role["role"]
                    c = score[part]
                    c["actors"] += 1
                    c["country"] += main == gold_main
                    c["sector"] += sector == gold_sector
                    c["both"] += main == gold_main and sector == gold_sector
                    if errors is not None and part == "dev":
                        actor = doc.actor(ent.actor_id) if ent.actor_id else None
                        errors.append({"ok": (main, sector) == (gold_main, gold_sector), "span": ent.text, "gold": [gold_main, gold_sector], "got": [main, sector],
                                       "actor": actor.id if actor else None, "text": text})
                    if gold_main or gold_sector:
                        c["coded"] += 1
                        c["coded_country"] += main == gold_main
                        c["coded_sector"] += sector == gold_sector
                        c["coded_both"] += main == gold_main and sector == gold_sector
    return {part: dict(c) for part, c in score.items()}


def speed(shared: Path, tokenizer, stage: ActorsStage, n: int) -> dict:
    path = shared / "data" / "news" / "saudinewsnet" / "subset_aawsat_spa.jsonl"
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            docs.append(tokenizer(json.loads(line)["content"]))
            if len(docs) == n:
                break
    tokens = sum(len(d.tokens) for d in docs)
    start = time.perf_counter()
    for doc in docs:
        stage(doc)
    seconds = time.perf_counter() - start
    return {"documents": len(docs), "tokens": tokens, "seconds": round(seconds, 3),
            "tokens_per_s": round(tokens / seconds), "docs_per_s": round(len(docs) / seconds, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--speed-docs", type=int, default=300)
    parser.add_argument("--dev-dump", type=Path, help="write the dev split's items, right and wrong (JSON lines), here")
    args = parser.parse_args(argv)
    tokenizer = load_pipeline(["tokenize"])
    tokenizer("تحميل")  # load the clitic frequencies before timing
    start = time.perf_counter()
    stage = ActorsStage()
    load_s = time.perf_counter() - start
    errors: list | None = [] if args.dev_dump else None
    result = {"load_seconds": round(load_s, 2), "seed": seed(args.shared, tokenizer, stage),
              "gsr": gsr(args.shared, tokenizer, stage, errors), "speed": speed(args.shared, tokenizer, stage, args.speed_docs)}
    if errors is not None:
        args.dev_dump.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), encoding="utf-8")
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
