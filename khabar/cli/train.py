"""``khabar train TARGET``: rebuild a shipped model from ../shared/data (targets: ner)."""
from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path


def _train_ner(args: argparse.Namespace) -> int:
    from khabar.models.ner.scorer import format_table
    from khabar.models.ner.train import train

    if args.model == "nn":
        from khabar.data import data_path
        from khabar.models.ner.nn_train import MODEL_NAME, score_dev, train_nn
        from khabar.models.ner.train import load_corpus

        corpus = load_corpus(args.shared, args.all)
        out = args.out or data_path("ner")
        meta = train_nn(corpus, out, epochs=args.epochs)
        dev = score_dev(out / MODEL_NAME, corpus) if corpus.dev else None
    else:
        meta, dev = train(args.shared, args.out, all_data=args.all)
    print(f"trained on {meta['train_sentences']} sentences in {meta['train_seconds']} s", end="")
    if dev is None:
        print(" (all of ANERcorp train.txt: no dev figures; see benchmarks/ner_eval.py)")
        return 0
    print(f"; dev ({meta['dev']}):")
    print(format_table(dev))
    return 0


TARGETS: dict[str, Callable[[argparse.Namespace], int]] = {"ner": _train_ner}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="rebuild a shipped model from the shared training data")
    p.add_argument("target", choices=sorted(TARGETS), help="what to train")
    p.add_argument("--model", choices=("crf", "nn"), default="crf",
                   help="ner: the two-pass CRF (default) or the neural BiLSTM-CRF (needs khabar[train])")
    p.add_argument("--epochs", type=int, help="nn: train this many epochs and skip the validation run "
                   "that chooses them (the shipped model: 15, docs/benchmarks.md)")
    p.add_argument("--all", action="store_true",
                   help="also train on the dev split (no dev figures; see docs/ner.md)")
    p.add_argument("--out", type=Path, help="output folder (default: the shipped data folder)")
    p.add_argument("--shared", type=Path, default=Path(os.environ.get("KHABAR_SHARED", "../shared")),
                   help="the shared data folder (default: $KHABAR_SHARED or ../shared)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return TARGETS[args.target](args)
