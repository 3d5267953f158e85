"""``khabar ner --conll FILE``: tag one token a line (extra columns ignored) and print ``token TAG``.

Blank lines are kept where they were, so the output lines up with the input line for line. The
file has no document boundaries, so the document features look a few sentences either way. When
the input's tag column names persons ``PERS`` (ANERcorp's name), the output does too, so a gold
file and its tagged copy compare tag for tag; otherwise the type is ``PER``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from khabar.models.ner import load_tagger
from khabar.models.ner.data import iter_conll, open_text


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ner", help="named-entity tags (BIO over PER/ORG/LOC/MISC) for CoNLL tokens")
    p.add_argument("--conll", required=True, metavar="FILE",
                   help="one token a line, blank line between sentences, extra columns ignored; - for stdin")
    p.add_argument("--backend", help="nn (the shipped neural model, default), nn:/path/to/ner_nn.npz, crf (the shipped "
                   "CRF, faster), crf:/path/to/model.crfsuite or hf:/path/to/dir")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    tagger = load_tagger(args.backend)
    out = sys.stdout
    source = "<stdin>" if args.conll == "-" else args.conll
    fh = sys.stdin if args.conll == "-" else open_text(Path(args.conll))
    with fh:
        blocks = list(iter_conll(fh, source))
    sentences = [block[0].words for block in blocks if block is not None]
    tagged = iter(tagger.tag_stream(sentences))
    person = "PERS" if any(cols and cols[-1].endswith("-PERS") for block in blocks if block is not None
                           for cols in block[1]) else "PER"
    for block in blocks:
        if block is None:
            out.write("\n")
            continue
        out.writelines(f"{w} {t[:2] + person if t.endswith('-PER') else t}\n"
                       for w, t in zip(block[0].words, next(tagged), strict=True))
    return 0
