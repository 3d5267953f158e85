"""CRF features for a sentence, computed from its words only.

The same code serves pipeline tokens (``Token.text``) and ``--conll`` input: every feature comes
from the word strings, seen both as the surface (normalised) and as the stem with proclitics split
off, so ANERcorp's whitespace tokens (``وحزب``) and the pipeline's tokens agree. Word-level features
are cached per distinct word; sentence-level ones (gazetteer and cue matches, quotes, neighbours)
are assembled per call.
"""
from __future__ import annotations

import math
from functools import lru_cache

from khabar.data import data_path, load_json
from khabar.lang.ar.clitics import split_proclitics, word_frequencies
from khabar.lang.ar.normalize import normalize_token
from khabar.models.ner.gazetteer import PhraseMatcher

FEATURES_VERSION = 3  # bump when the feature code changes: models record it and refuse a mismatch
GAZETTEER_FILE = ("ner", "gazetteers.json")
CUES_FILE = ("ner", "cues.json")
CLUSTERS_FILE = ("ner", "clusters.tsv")
ARTICLE = "ال"
CLITIC_LETTERS = frozenset("وبلفك")
FUNCTION_FREQ = 1e-3  # words more frequent than this (Zipf 6) are not compared across a document
_ARABIC = range(0x0620, 0x064B)
# where each of a word's feature slots (Featurizer.word_slots) goes: the receiving token's position
# relative to the word (its own features; those it lends as the -1 word of the token after it, as
# the +1 word of the token before it, as the -2 and the +2 word)
LENT_TO = (0, +1, -1, +2, -2)


@lru_cache(maxsize=300_000)
def analyse(word: str) -> tuple[str, str, str, str]:
    """(normalised, proclitics, stem, core) of a word; the core also drops the article ال.

    Stems come from the splitter without the person names it keeps whole (باراك stays ب + اراك
    here): the shipped models were trained so, and retrained on the whole names they scored no
    better (docs/benchmarks.md, "Names the clitic splitter keeps whole"). The pipeline's tokens,
    which the other stages read, keep the names whole."""
    norm = normalize_token(word)
    prefix, stem = split_proclitics(norm, names=False) if len(norm) > 2 else ("", norm)
    core = stem[2:] if stem.startswith(ARTICLE) and len(stem) >= 4 else stem
    return norm, prefix, stem, core


def core(word: str) -> str:
    """The matching key of a word (see :func:`analyse`)."""
    return analyse(word)[3]


def _shape(word: str) -> str:
    if all(ord(c) in _ARABIC for c in word):
        return "ar"
    if word.isdigit():
        return "num"
    if word.isascii() and word.isalpha():
        return "lat"
    if not any(c.isalnum() for c in word):
        return "punct"
    return "mix"


def _band(freq: float) -> str:
    """wordfreq Zipf band (log10 frequency per billion words) or 'oov'."""
    return str(int(math.log10(freq) + 9)) if freq > 0 else "oov"


class Featurizer:
    """Turns a list of words into per-token feature lists for crfsuite."""

    def __init__(self) -> None:
        gaz = load_json(*GAZETTEER_FILE)
        cues = load_json(*CUES_FILE)
        clusters_version, self.clusters = _load_clusters()
        self.version = (f"f{FEATURES_VERSION}-gaz{gaz['_meta']['version']}-cues{cues['version']}"
                        f"-clusters{clusters_version}")
        self.gazetteer = PhraseMatcher()
        for category, phrases in gaz["phrases"].items():
            for phrase in phrases:
                self.gazetteer.add(phrase.split(" "), category)
        self.name_bands: dict[str, list[str]] = {}
        for kind, names in gaz["names"].items():
            for name, band in names.items():
                self.name_bands.setdefault(name, []).append(f"{kind}={band}")
        self.cues = PhraseMatcher()
        for category, phrases in cues.items():
            if category.startswith("_") or not isinstance(phrases, list) or category == "quotes":
                continue
            for phrase in phrases:
                self.cues.add((core(w) for w in phrase.split()), category)
        self.quotes = frozenset(cues["quotes"])
        self.freqs = word_frequencies()
        self._word = lru_cache(maxsize=200_000)(self._word_features)
        self._doc_key = lru_cache(maxsize=200_000)(self._doc_key_uncached)

    def _word_features(self, word: str) -> tuple[tuple[str, ...], ...]:
        """Own features, then the features a neighbour at -1, +1, -2, +2 contributes."""
        norm, prefix, stem, cor = analyse(word)
        shape = _shape(cor)
        feats = ["b", "w=" + norm, "s=" + stem, "c=" + cor, "sh=" + shape]
        if prefix:
            feats.append("p=" + prefix)
        if stem.startswith(ARTICLE):
            feats.append("al")
        if shape == "ar":
            feats += ["x1=" + cor[-1:], "x2=" + cor[-2:], "x3=" + cor[-3:], "y2=" + cor[:2], "y3=" + cor[:3],
                      "len=" + str(min(len(cor), 9))]
            # letter pairs mark transliterated foreign names (جوزيه, فولكسفاغن) that no list holds
            feats += dict.fromkeys("cb=" + cor[k:k + 2] for k in range(len(cor) - 1))
            band = _band(self.freqs.get(stem, 0.0))
            feats.append("f=" + band)
        else:
            band = shape
        names = self.name_bands.get(cor, [])
        feats += names
        clusters = self.clusters.get(cor, ("none", "none"))
        feats += ["k1=" + clusters[0], "k2=" + clusters[1]]
        feats += self._unsplit_clitic(prefix, cor)
        near = ["c=" + cor, "sh=" + shape, "f=" + band, "k1=" + clusters[0], *names]
        far = ["c=" + cor]
        return (tuple(feats), tuple("-1:" + f for f in near), tuple("+1:" + f for f in near),
                tuple("-2:" + f for f in far), tuple("+2:" + f for f in far))

    def word_slots(self, word: str) -> tuple[tuple[str, ...], ...]:
        """A word's own features and those it lends its neighbours (cached; see LENT_TO)."""
        return self._word(word)

    def _unsplit_clitic(self, prefix: str, cor: str) -> list[str]:
        """Features of the word read without a leading one-letter clitic the splitter kept.

        The splitter only splits off a clitic when the rest is a known word, so an unknown name
        with a clitic (``وطلوزة``) keeps it; looking up the rest still finds names and places.
        """
        if prefix or len(cor) < 4 or cor[0] not in CLITIC_LETTERS:
            return []
        rest = cor[1:]
        if rest.startswith(ARTICLE) and len(rest) >= 4:
            rest = rest[2:]
        feats = ["ac=" + rest, *("a:" + n for n in self.name_bands.get(rest, []))]
        feats += ["aG:" + cat for cat in sorted(self.gazetteer.categories((rest,)))]
        return feats

    def doc_key(self, word: str) -> str | None:
        """The key under which a word is compared across a document (None for function words,
        numbers and punctuation, whose tags say nothing about each other)."""
        return self._doc_key(word)

    def _doc_key_uncached(self, word: str) -> str | None:
        cor = analyse(word)[3]
        if len(cor) < 2 or _shape(cor) in ("num", "punct") or self.freqs.get(analyse(word)[2], 0.0) >= FUNCTION_FREQ:
            return None
        return cor

    def sentence(self, words: list[str]) -> list[list[str]]:
        """Feature lists for each word of one sentence."""
        return [[f for chunk in chunks for f in chunk] for chunks in self.sentence_chunks(words)]

    def sentence_chunks(self, words: list[str]) -> list[list[tuple[str, ...]]]:
        """The features of each word as a list of tuples, flattening to :meth:`sentence`'s order.

        Even positions hold word-level tuples, the :meth:`word_slots` of the token and of the
        words around it (``LENT_TO``), so a model can compute them once per word; odd positions
        hold the sentence-level features (gazetteer and cue matches, bigrams, sentence ends,
        quotes).
        """
        n = len(words)
        per_word = [self._word(w) for w in words]
        cores = [core(w) for w in words]
        gaz = self.gazetteer.tag(cores)
        cue = self.cues.tag(cores)
        in_quote = self._quoted(words)
        out: list[list[tuple[str, ...]]] = []
        for i in range(n):
            chunks: list[tuple[str, ...]] = [per_word[i][0]]
            feats = ["G:" + g for g in gaz[i]]
            # a match on the core alone conflates الخليل (Hebron) and خليل (a given name)
            article = "|al" if "al" in per_word[i][0] else "|-"
            feats += ["G:" + g + article for g in gaz[i] if g.endswith("=B")]
            feats += ["Q:" + q for q in cue[i]]
            if i > 0:
                chunks += [tuple(feats), per_word[i - 1][1]]
                feats = ["-1:G:" + g for g in gaz[i - 1]]
                feats += ["-1:Q:" + q for q in cue[i - 1]]
                feats.append("bg-=" + cores[i - 1] + "|" + cores[i])
                if i > 1:
                    chunks += [tuple(feats), per_word[i - 2][3]]
                    feats = ["-2:Q:" + q for q in cue[i - 2]]
                else:
                    feats.append("BOS2")
            else:
                feats.append("BOS")
            if i + 1 < n:
                chunks += [tuple(feats), per_word[i + 1][2]]
                feats = ["+1:G:" + g for g in gaz[i + 1]]
                feats += ["+1:Q:" + q for q in cue[i + 1]]
                feats.append("bg+=" + cores[i] + "|" + cores[i + 1])
                if i + 2 < n:
                    chunks += [tuple(feats), per_word[i + 2][4]]
                    feats = []
            else:
                feats.append("EOS")
            if in_quote[i]:
                feats.append("inq")
            chunks.append(tuple(feats))
            out.append(chunks)
        return out

    def _quoted(self, words: list[str]) -> list[bool]:
        """Whether each word lies between two quote marks of the sentence."""
        marks = [i for i, w in enumerate(words) if w in self.quotes]
        inside = [False] * len(words)
        for a, b in zip(marks[::2], marks[1::2]):
            if b - a <= 8:
                for k in range(a + 1, b):
                    inside[k] = True
        return inside


def _load_clusters() -> tuple[str, dict[str, tuple[str, str]]]:
    """The clusters file's version and its word core -> (coarse, fine) cluster ids."""
    clusters: dict[str, tuple[str, str]] = {}
    with data_path(*CLUSTERS_FILE).open(encoding="utf-8") as fh:
        header = fh.readline()
        version = header.split("version:")[1].split(";")[0].strip() if "version:" in header else "?"
        for line in fh:
            word, coarse, fine = line.rstrip("\n").split("\t")
            clusters[word] = (coarse, fine)
    return version, clusters


@lru_cache(maxsize=1)
def load_featurizer() -> Featurizer:
    """The process-wide featurizer (gazetteers and cue lists loaded once)."""
    return Featurizer()
