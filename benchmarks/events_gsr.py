"""Event detection on the OEDA Arabic GSR (ASSAULT, PROTEST) and actor match on its span files.

The scoring is ``khabar.eval.gsr`` (also ``khabar eval events DIR``). Two systems: ``keyword``
(any trigger of the type: the lexicon alone) and ``stage`` (the events stage with its learned
detector, after tokenize, ner and actors; ``--full`` runs the default pipeline, which the actor
match needs to mean what it says). ``--part`` picks khabar's split of the shared dev folder
(``train`` for development, ``dev`` for reported figures); ``--folder`` scores another GSR folder.

Usage: python benchmarks/events_gsr.py [--part dev|train|all] [--full] [--shared ../shared] [--folder DIR]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.coding.lexicon import load_lexicon  # noqa: E402
from khabar.eval.gsr import TYPES, detection, evaluate, prf_line, scored_rows  # noqa: E402
from khabar.lang.ar import tokenize  # noqa: E402
from khabar.pipeline import DEFAULT_STAGES, load_pipeline  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "train", "all"), default="dev")
    parser.add_argument("--full", action="store_true", help="run the default pipeline (with NER and actors)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--folder", type=Path, help="a GSR folder (default: the shared arabic_event_gsr_dev)")
    args = parser.parse_args()
    folder = args.folder or args.shared / "data" / "events" / "arabic_event_gsr_dev"
    stages = DEFAULT_STAGES if args.full else ("tokenize", "ner", "actors", "events")
    nlp = load_pipeline(stages)
    lexicon = load_lexicon()
    print(f"part={args.part} stages={','.join(stages)}")
    for etype in TYPES:
        rows = scored_rows(folder, etype, args.part)
        result = evaluate(nlp, rows, etype)
        keyword = detection(rows, (any(m.type == etype for m in lexicon.match(tokenize(s.text))) for s in rows))
        print(f"\n{etype}: {result.sentences} sentences ({result.positives} yes), {result.seconds:.1f}s")
        print(f"  {'keyword':8s} {prf_line(keyword)}")
        print(f"  {'stage':8s} {prf_line(result.detection)}")
        print(f"  actors   source {result.source[0]}/{result.source[1]}  target {result.target[0]}/{result.target[1]}"
              " (detected yes sentences with gold spans)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
