"""``khabar eval TARGET FILE``: score a shipped model on labelled data (targets: ner)."""
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


TARGETS: dict[str, Callable[[argparse.Namespace], int]] = {"ner": _eval_ner}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("eval", help="score a model on a labelled file")
    p.add_argument("target", choices=sorted(TARGETS), help="what to evaluate")
    p.add_argument("file", help="labelled CoNLL file: token first, BIO tag last, blank line between sentences")
    p.add_argument("--backend", help="NER backend (default: nn; see khabar ner --help)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return TARGETS[args.target](args)
