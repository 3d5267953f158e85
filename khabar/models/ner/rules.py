"""Rules over a tagger's output for what its training data teaches too rarely.

* Quoted event names: Arabic news names battles and operations in quotes after the word for them
  (معركة "وحدة الساحات", عملية "الجرف الصامد"). The words inside are ordinary words (وحدة, الساحات),
  so the models, which saw few such names, leave them O. When the head word (``misc_head`` in
  cues.json) is followed by a short quotation left entirely untagged, it becomes one MISC entity.
* Currency names (دولار, يورو, درهم ...) are MISC in ANERcorp wherever they occur; the tagger
  learns the frequent forms but misses their accusatives (دولارا, جنيها), so an untagged
  currency name listed in ``conventions.json`` becomes MISC.
* Coordinated names: ANERcorp ends a person's or a place's name before a word that opens with the
  conjunction و (سولانا ولاريجاني: two persons), and the taggers sometimes run the two together; a
  word inside such a name that the clitic splitter splits as و + word starts a new name.
* Prayer names: the daily prayers are named by the time of day (صلاة المغرب, the sunset prayer);
  ANERcorp tags the name after صلاة MISC, the taggers read المغرب as Morocco.
* Month glosses: news of the Levant writes a month twice, the second in brackets or after a slash
  (أبريل (نيسان), ابريل / نيسان); نيسان is also the car maker, and the taggers read it ORG (42
  times in 600 SaudiNewsNet articles, each an actor of the events). A month name tagged as a whole
  entity after another month name and a bracket or slash is O, as ANERcorp tags it but once.
* One name, one type in a document: a name tagged with confidence in one place is tagged where
  the same words recur untagged nearby (الأهلي found after الفريق, missed after فوز).
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from khabar.data import load_json
from khabar.lang.ar import normalize, split_proclitics
from khabar.models.ner.features import Featurizer, analyse, core
from khabar.models.ner.scorer import spans

CONVENTIONS_FILE = ("ner", "conventions.json")
MAX_QUOTED = 5
PROPAGATE_PROB = 0.9  # mean tag probability of a name that is copied to its untagged repeats
GLOSS_MARKS = frozenset({"(", "/"})  # between a month and its other name: أبريل (نيسان)
PROPAGATE_FREQ = 1e-4  # a one-word name more frequent than this (wordfreq) is a common word too


def quoted_event_names(featurizer: Featurizer, words: list[str], tags: list[str]) -> list[str]:
    """``tags`` with each untagged quoted name after an event head word tagged MISC."""
    out = list(tags)
    quotes = featurizer.quotes
    for i in range(len(words) - 2):
        if words[i + 1] not in quotes or "misc_head" not in featurizer.cues.categories((core(words[i]),)):
            continue
        close = next((j for j in range(i + 2, min(len(words), i + 3 + MAX_QUOTED)) if words[j] in quotes), None)
        if close is None or close == i + 2 or any(t != "O" for t in out[i + 2:close]):
            continue
        out[i + 2] = "B-MISC"
        for j in range(i + 3, close):
            out[j] = "I-MISC"
    return out


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    return frozenset(core(w) for w in load_json(*CONVENTIONS_FILE)["currency"])


def currency_names(words: list[str], tags: list[str]) -> list[str]:
    """``tags`` with each untagged currency name (proclitics and article aside) tagged MISC.
    Measured on ANERcorp tenth 8 (validation) with the neural model: F1 0.766 -> 0.770, MISC
    0.677 -> 0.718."""
    currencies = _currencies()
    out = list(tags)
    for i, word in enumerate(words):
        if out[i] == "O" and core(word) in currencies and not (i + 1 < len(out) and out[i + 1].startswith("I-")):
            out[i] = "B-MISC"
    return out


@lru_cache(maxsize=1)
def _coordinated_types() -> frozenset[str]:
    return frozenset(load_json(*CONVENTIONS_FILE)["coordinated"])


def coordinated_names(words: list[str], tags: list[str]) -> list[str]:
    """``tags`` with a name of a type listed under ``coordinated`` in conventions.json cut before
    each inner word the clitic splitter reads as و + word (مبارك وعبد الله: two persons; وجدي, a
    name the splitter keeps whole, is not cut). Measured on validation tenths with models that did
    not train on them (the neural model on tenth 8, the CRF first pass on tenths 1, 4 and 6): 8
    cuts, 6 right (one wrong one is gold that joins بري والسنيورة); tenth 8 F1 0.772 -> 0.775."""
    types = _coordinated_types()
    out = list(tags)
    for i in range(1, len(words)):
        if out[i].startswith("I-") and out[i][2:] in types and words[i].startswith("و") \
                and split_proclitics(normalize(words[i]))[0] == "و":
            out[i] = "B-" + out[i][2:]
    return out


@lru_cache(maxsize=1)
def _prayers() -> tuple[frozenset[str], frozenset[str]]:
    spec = load_json(*CONVENTIONS_FILE)
    return frozenset(core(w) for w in spec["prayer_heads"]), frozenset(core(w) for w in spec["prayers"])


def prayer_names(words: list[str], tags: list[str]) -> list[str]:
    """``tags`` with a prayer's name right after a word for prayer (صلاة المغرب، أذان الفجر)
    tagged MISC as ANERcorp tags it, where the tagger left it untagged or read a one-word place
    (المغرب, Morocco)."""
    heads, prayers = _prayers()
    out = list(tags)
    for i in range(1, len(words)):
        one_word = not (i + 1 < len(out) and out[i + 1].startswith("I-"))
        if out[i] in ("O", "B-LOC") and one_word and core(words[i]) in prayers and core(words[i - 1]) in heads:
            out[i] = "B-MISC"
    return out


@lru_cache(maxsize=1)
def _months() -> frozenset[tuple[str, ...]]:
    """The Gregorian month names of the dates lexicon, as tuples of word cores (كانون الثاني)."""
    names = load_json("dates", "lexicon.json")["months"].values()
    return frozenset(tuple(core(w) for w in name.split()) for forms in names for name in forms)


def month_glosses(words: list[str], tags: list[str]) -> list[str]:
    """``tags`` with each entity that is a month name glossing the month before it (أبريل
    (نيسان), ابريل / نيسان) untagged."""
    months = _months()
    out = list(tags)
    for start, end, _ in spans(tags):
        if start < 2 or words[start - 1] not in GLOSS_MARKS or tuple(core(w) for w in words[start:end]) not in months:
            continue
        if any(tuple(core(w) for w in words[max(0, start - 1 - n):start - 1]) in months for n in (1, 2)):
            out[start:end] = ["O"] * (end - start)
    return out


def sentence_rules(featurizer: Featurizer, words: list[str], tags: list[str]) -> list[str]:
    """A tagger's tags for one sentence after the per-sentence rules: coordinated names, quoted
    event names, then currency, prayer and month names (every backend applies them alike)."""
    tags = currency_names(words, quoted_event_names(featurizer, words, coordinated_names(words, tags)))
    return month_glosses(words, prayer_names(words, tags))


def propagate_names(featurizer: Featurizer, sentences: list[list[str]], tags: list[list[str]],
                    probs: list[list[float]], window: int | None) -> tuple[list[list[str]], list[list[float]]]:
    """``tags`` and ``probs`` with each confidently tagged name also tagged where the same words
    (proclitics aside: حماس, وحماس) recur wholly untagged within ``window`` sentences (None:
    anywhere); a copy takes the name's mean probability. Measured on ANERcorp tenth 8
    (validation) with the neural model: F1 0.762 -> 0.773, precision not lower."""
    keys = [[analyse(w)[2] for w in words] for words in sentences]
    where: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for si, row in enumerate(keys):
        for i, key in enumerate(row):
            where[key].append((si, i))
    out = [list(t) for t in tags]
    out_probs = [list(p) for p in probs]
    for si, sent_tags in enumerate(tags):
        for start, end, label in spans(sent_tags):
            name = keys[si][start:end]
            confidence = sum(probs[si][start:end]) / (end - start)
            if confidence < PROPAGATE_PROB or not name[0][:1].isalpha():
                continue
            if end - start == 1 and featurizer.freqs.get(name[0], 0.0) > PROPAGATE_FREQ:
                continue
            for sj, i in where[name[0]]:
                if window is not None and abs(sj - si) > window:
                    continue
                j = i + len(name)
                if keys[sj][i:j] != name or any(t != "O" for t in out[sj][i:j]) \
                        or (j < len(out[sj]) and out[sj][j].startswith("I-")):
                    continue
                out[sj][i:j] = [f"B-{label}"] + [f"I-{label}"] * (len(name) - 1)
                out_probs[sj][i:j] = [confidence] * len(name)
    return out, out_probs
