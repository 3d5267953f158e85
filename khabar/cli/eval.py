"""``khabar eval TARGET PATH``: score the shipped models on labelled data.

Targets: ``ner`` (a CoNLL file: per-type and overall entity P/R/F1) and ``events`` (a folder of
OEDA Arabic GSR files, ``<type>_gsr.csv`` and optionally ``<type>_spans.json``: sentence-level
ASSAULT and PROTEST detection P/R/F1 and source/target actor match, khabar.eval.gsr).
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def _eval_ner(args: argparse.Namespace) -> int:
    from khabar.models.ner import load_tagger
    from khabar.models.ner.base import stream_sentences
    from khabar.models.ner.data import read_conll
    from khabar.models.ner.scorer import format_table, score

    sentences = read_conll(Path(args.file), labelled=True)
    tagger = load_tagger(args.backend)
    words = [s.words for s in sentences]
    scores = score([s.tags for s in sentences], tagger.tag_stream(words))
    print(f"{args.file}: {len(stream_sentences(words))} sentences, {sum(map(len, words))} tokens")
    print(format_table(scores))
    confused = {k: n for k, n in sorted(scores.confusion.items()) if k[0] != k[1]}
    if confused:
        print("confusion (gold -> predicted, same span or missed/spurious as O):")
        for (gold, pred), n in confused.items():
            print(f"  {gold:>5} -> {pred:<5} {n}")
    return 0


def _eval_events(args: argparse.Namespace) -> int:
    from khabar.errors import InputError
    from khabar.eval.gsr import TYPES, evaluate, prf_line, scored_rows
    from khabar.pipeline import load_pipeline

    folder = Path(args.file)
    types = [t for t in TYPES if (folder / f"{t.lower()}_gsr.csv").is_file()]
    if not types:
        raise InputError(str(folder), "no GSR file here (assault_gsr.csv, protest_gsr.csv)")
    nlp = load_pipeline(config={"ner": {"backend": args.backend}})
    for etype in types:
        result = evaluate(nlp, scored_rows(folder, etype, args.part), etype)
        print(f"{folder}: {etype}, {result.sentences} sentences ({result.positives} yes), part {args.part}")
        print(f"  detection  {prf_line(result.detection)}")
        print(f"  actors     source {result.source[0]}/{result.source[1]}  target {result.target[0]}/{result.target[1]}"
              "  (detected yes sentences with gold spans)")
    return 0


TARGETS: dict[str, Callable[[argparse.Namespace], int]] = {"ner": _eval_ner, "events": _eval_events}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score a model on a labelled file")
    p.add_argument("target", choices=sorted(TARGETS), help="what to evaluate")
    p.add_argument("file", metavar="path", help="ner: a labelled CoNLL file (token first, BIO tag last, blank line "
                   "between sentences or ANERcorp's unbroken layout); events: a GSR folder")
    p.add_argument("--backend", help="NER backend, also the pipeline's for events (default: nn; see khabar ner --help)")
    p.add_argument("--part", choices=("all", "train", "dev"), default="all",
                   help="events: score only this part of khabar's split of the GSR sentences (default: all)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return TARGETS[args.target](args)
