"""Event detection on the OEDA Arabic GSR (ASSAULT, PROTEST) and actor match on its span files.

Detection is scored per sentence: a sentence counts as detected when the events stage produces
an event of the file's type; ``yes`` is positive, ``easy no``/``difficult no`` negative and
``ambiguous`` left out. Two systems: ``keyword`` (any trigger of the type: the lexicon alone) and
``stage`` (the events stage with its learned detector, after tokenize, ner and actors). Actor match: for ``yes`` sentences with spans that the stage detects, whether the
source/target spans of the gold overlap the text of the stage's source/target mentions (needs
actors, so it is only meaningful with ``--full``, which runs the default pipeline).

Usage: python benchmarks/events_gsr.py [--part dev|train|all] [--full] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.coding.gsr import GsrSentence, load_gsr  # noqa: E402
from khabar.coding.lexicon import load_lexicon  # noqa: E402
from khabar.doc import Document  # noqa: E402
from khabar.lang.ar import normalize, tokenize  # noqa: E402
from khabar.pipeline import DEFAULT_STAGES, load_pipeline  # noqa: E402


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(rows: list[GsrSentence], predicted: list[bool]) -> dict[str, float]:
    tp = sum(1 for s, p in zip(rows, predicted) if p and s.positive)
    fp = sum(1 for s, p in zip(rows, predicted) if p and not s.positive)
    fn = sum(1 for s, p in zip(rows, predicted) if not p and s.positive)
    p, r, f = prf(tp, fp, fn)
    return {"tp": tp, "fp": fp, "fn": fn, "p": p, "r": r, "f1": f}


PUNCTUATION = "«»\"'.,:;!?()،؛؟"


def _words(span_tokens: list[str]) -> set[str]:
    """The words of a gold span, without the punctuation its tokens carry (اميركية».)."""
    words = (w.strip(PUNCTUATION) for w in span_tokens)
    return {normalize(w) for w in words if len(w) > 2}


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
        gold = [_words(sp.get(f"{side}_actor", [])) for sp in gold_spans]
        gold = [g for g in gold if g]
        if gold:
            out[2 * k + 1] += 1
            stripped = {w[1:] if w[:1] in "وبلف" else w for w in texts[side]} | texts[side]
            if any(g & stripped or {w[1:] for w in g} & stripped for g in gold):
                out[2 * k] += 1
    return out[0], out[1], out[2], out[3]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "train", "all"), default="dev")
    parser.add_argument("--full", action="store_true", help="run the default pipeline (with NER and actors)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    folder = args.shared / "data" / "events" / "arabic_event_gsr_dev"
    stages = DEFAULT_STAGES if args.full else ("tokenize", "ner", "actors", "events")
    nlp = load_pipeline(stages)
    lexicon = load_lexicon()
    print(f"part={args.part} stages={','.join(stages)}")
    for etype in ("ASSAULT", "PROTEST"):
        rows = [s for s in load_gsr(folder, etype) if s.positive is not None and (args.part == "all" or s.part == args.part)]
        t0 = time.perf_counter()
        docs = [nlp(Document(text=s.text, id=s.id)) for s in rows]
        elapsed = time.perf_counter() - t0
        keyword = [any(m.type == etype for m in lexicon.match(tokenize(s.text))) for s in rows]
        stage = [any(e.type == etype for e in d.events) for d in docs]
        pos = sum(1 for s in rows if s.positive)
        print(f"\n{etype}: {len(rows)} sentences ({pos} yes), {elapsed:.1f}s")
        for name, pred in (("keyword", keyword), ("stage", stage)):
            m = score(rows, pred)
            print(f"  {name:8s} P {m['p']:.3f}  R {m['r']:.3f}  F1 {m['f1']:.3f}  (tp {m['tp']} fp {m['fp']} fn {m['fn']})")
        hits = [0, 0, 0, 0]
        for s, d, p in zip(rows, docs, stage):
            if s.positive and p and s.spans:
                for k, v in enumerate(actor_match(d, etype, s.spans)):
                    hits[k] += v
        print(f"  actors   source {hits[0]}/{hits[1]}  target {hits[2]}/{hits[3]} (detected yes sentences with gold spans)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
