"""Build khabar/data/ner/clusters.tsv: word clusters learnt from unlabelled Arabic news.

Text: the ANTCorpus news articles (Apache-2.0), the words of ANERcorp's *training* sentences
(never the dev split) and the Wojood sample. Each word (by its core, see
khabar.models.ner.features.core) is represented by positive PMI with its left and right
neighbours, reduced by a randomised SVD and clustered with k-means at two granularities; the
cluster ids are CRF features that let unseen names borrow from words used alike. k-means starts
from the words of smallest hash, numbered in that order, so that a small change of the vocabulary
(one word spelt otherwise by a new normalisation) moves few clusters and renumbers none.
(saudinewsnet is not used: its licence forbids shipping models trained on it.)

    PYTHONPATH=. python scripts/build_ner_clusters.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter
from datetime import date
from pathlib import Path

import numpy as np

from khabar.data import data_path
from khabar.lang.ar import tokenize
from khabar.models.ner.data import read_anercorp, read_wojood, split_dev
from khabar.models.ner.features import core

VERSION = 2  # 1: k-means started from random words, renumbered by any change of the vocabulary
MIN_COUNT = 3
CONTEXTS = 3000
DIMS = 100
SIZES = (64, 512)
SEED = 13
TEXT_RE = re.compile(r"<(?:TITLE|TEXT)>(.*?)</(?:TITLE|TEXT)>", re.S)


def sentences(shared: Path) -> list[list[str]]:
    """Core sequences of every text used (news paragraphs, corpus sentences)."""
    out: list[list[str]] = []
    for path in sorted((shared / "data" / "news" / "antcorpus").rglob("*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        for block in TEXT_RE.findall(raw):
            for line in block.splitlines():
                words = [t.text for t in tokenize(line)]
                if words:
                    out.append([core(w) for w in words])
    ner = shared / "data" / "ner"
    train, _dev = split_dev(read_anercorp(ner / "anercorp" / "train.txt"))
    wojood = read_wojood(ner / "wojood_sample" / "train.txt") + read_wojood(ner / "wojood_sample" / "val.txt")
    out += [[core(w) for w in s.words] for s in train + wojood]
    return out


def embed(sents: list[list[str]]) -> tuple[list[str], np.ndarray]:
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, c in counts.most_common() if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    m = np.zeros((len(vocab), 2 * CONTEXTS), dtype=np.float32)
    for s in sents:
        for i, w in enumerate(s):
            row = index.get(w)
            if row is None:
                continue
            if i > 0 and s[i - 1] in ctx:
                m[row, ctx[s[i - 1]]] += 1
            if i + 1 < len(s) and s[i + 1] in ctx:
                m[row, CONTEXTS + ctx[s[i + 1]]] += 1
    total = m.sum()
    pmi = np.log((m * total + 1e-9) / (m.sum(1, keepdims=True) * m.sum(0, keepdims=True) + 1e-9))
    m = np.where(m > 0, np.maximum(pmi, 0), 0).astype(np.float32)
    rng = np.random.default_rng(SEED)
    q, _ = np.linalg.qr(m @ rng.standard_normal((m.shape[1], DIMS + 20)).astype(np.float32))
    u, sv, _ = np.linalg.svd(q.T @ m, full_matrices=False)
    vecs = (q @ u[:, :DIMS]) * np.sqrt(sv[:DIMS])
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    return vocab, vecs


def kmeans(vocab: list[str], vecs: np.ndarray, k: int, iterations: int = 25) -> np.ndarray:
    """Cluster ids of the words; the start centres are the ``k`` words of smallest sha1."""
    first = sorted(range(len(vocab)), key=lambda i: hashlib.sha1(vocab[i].encode("utf-8")).digest())[:k]
    centres = vecs[first]
    for _ in range(iterations):
        labels = np.argmax(vecs @ centres.T, axis=1)
        for j in range(k):
            members = vecs[labels == j]
            if len(members):
                c = members.mean(0)
                centres[j] = c / (np.linalg.norm(c) + 1e-9)
    return np.argmax(vecs @ centres.T, axis=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=data_path("ner", "clusters.tsv"))
    args = parser.parse_args()
    sents = sentences(args.shared)
    vocab, vecs = embed(sents)
    labels = [kmeans(vocab, vecs, k) for k in SIZES]
    with args.out.open("w", encoding="utf-8") as fh:
        fh.write(f"# made_by: scripts/build_ner_clusters.py; version: {VERSION}; built: {date.today()}; "
                 f"tokens: {sum(map(len, sents))}; words: {len(vocab)}; sizes: {SIZES}; "
                 "text: antcorpus (Apache-2.0) + ANERcorp train split + Wojood sample. Generated: do not edit.\n")
        for i, word in enumerate(vocab):
            fh.write(word + "\t" + "\t".join(str(int(lab[i])) for lab in labels) + "\n")
    print(f"wrote {args.out}: {len(vocab)} words from {sum(map(len, sents))} tokens")


if __name__ == "__main__":
    main()
