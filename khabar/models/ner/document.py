"""Document-level features for the second CRF pass (stacking).

A name is usually written the same way throughout an article, and the first pass often finds it
in one sentence (after a title, inside a quote) and misses it in another. The second pass sees,
for each word, the first pass's tag of the word and its neighbours, and the types the first pass
gave the same word elsewhere in the document. When no document boundary is known (CoNLL input,
ANERcorp) the document is the ``WINDOW`` sentences on either side.
"""
from __future__ import annotations

from collections import defaultdict

from khabar.models.ner.features import Featurizer

WINDOW = 6


def stacked(featurizer: Featurizer, sentences: list[list[str]], base: list[list[list[str]]],
            first: list[list[str]], window: int | None = WINDOW) -> list[list[list[str]]]:
    """Second-pass features: ``base`` plus first-pass tags and same-word types in the document."""
    keys = [[featurizer.doc_key(w) for w in words] for words in sentences]
    where: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for s, (sent_keys, tags) in enumerate(zip(keys, first)):
        for i, key in enumerate(sent_keys):
            if key is not None:
                where[key].append((s, i, tags[i][2:] or "O"))
    out: list[list[list[str]]] = []
    for s, (feats, tags, sent_keys) in enumerate(zip(base, first, keys)):
        n = len(tags)
        rows = []
        for i in range(n):
            row = feats[i] + ["S1=" + tags[i]]
            row.append("-1:S1=" + (tags[i - 1] if i else "BOS"))
            row.append("+1:S1=" + (tags[i + 1] if i + 1 < n else "EOS"))
            key = sent_keys[i]
            if key is not None:
                seen = {label for t, j, label in where[key]
                        if (t, j) != (s, i) and (window is None or abs(t - s) <= window)}
                row += ["D:" + label for label in sorted(seen)]
                if i + 1 < n and sent_keys[i + 1] is not None and tags[i + 1] == "O":
                    row.append("D:next-O")
            rows.append(row)
        out.append(rows)
    return out
