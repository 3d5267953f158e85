"""Build khabar/data/lexicons/clitic_names.json: person names the clitic splitter keeps whole.

The splitter (khabar.lang.ar.clitics) cuts a leading و ف ب ل ك where the rest is a word at least
as frequent as the whole token. Names lose to that rule: باراك is ب + اراك ("I see you"), كيري is
ك + يري, فيصل is ف + يصل, كمال is ك + مال, so the name's first letter is read as a preposition
and its entity starts one letter late. This script lists the person names the frequency rule
splits, from three sources:

- the Wikidata given names and surnames of arabic-name-romanizer (count >= MIN_COUNT);
- the people of the Universal-PETRARCH Arabic actor dictionary (entries whose codes carry dates:
  careers, as organisations' codes do not), every word of the name but titles and particles;
- tokens tagged PERS at least twice, in at least two thirds of their occurrences, in the
  training part of ANERcorp (the dev tenth left out, as for every NER model);
- the hand-curated ``khabar/data/lexicons/clitic_names_curated.yaml`` (office holders none of the
  others holds: كيري, فالس), exempt from the checks below but the first.

A word is listed when the frequency rule splits it, the rest is no person name at least as
common (بسام Bassam stays whole: سام Sam is rarer; وبلير is و + بلير), the rest has no article
(والاعلام), the whole is at least a fifth as frequent as the rest in wordfreq (ب + له, ل + حلف
stay split), and ANERcorp's training part does not tag it O in most of three or more occurrences
(باسم "in the name of", وأكد "and he stressed" are Wikidata names too). Rerun when a source
changes, then rebuild the knowledge base (scripts/build_kb.py) and the trigger lexicon
(scripts/build_triggers.py), whose keys read the split tokens; the NER features do not read
the list (khabar.models.ner.features.analyse).

    PYTHONPATH=. python scripts/build_clitic_names.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
from collections import Counter
from importlib import metadata
from pathlib import Path

import yaml

from khabar.data import data_path
from khabar.kb.roles import role_lexicon
from khabar.lang.ar.clitics import frequency_split, word_frequencies
from khabar.lang.ar.normalize import normalize
from khabar.models.ner.data import read_anercorp, split_dev

MIN_COUNT = 5  # Wikidata people bearing the name
MIN_TAGGED = 2
TAGGED_SHARE = 2 / 3
MIN_RATIO = 0.2  # the whole word's frequency over the rest's
MIN_SEEN = 3  # ANERcorp occurrences before its tags may veto a name
DATED_CODE = re.compile(r"\[[A-Z]{3,}[^\]]*\d{8}")
PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "ام", "عبد", "ال", "دي", "فون", "فان"})


def wikidata_names() -> Counter:
    """Given names and surnames with the number of Wikidata people bearing them."""
    import arabic_name_romanizer

    db = Path(arabic_name_romanizer.__file__).parent / "resources" / "names.sqlite3"
    counts: Counter = Counter()
    with sqlite3.connect(db) as con:
        for key, count in con.execute(
                "SELECT arabic_key, SUM(count) FROM units WHERE role IN ('given', 'surname') GROUP BY arabic_key"):
            counts[normalize(key)] += count
    return counts


def dictionary_people(path: Path) -> set[str]:
    """Words of the actor dictionary's people (entries with dated codes), titles left out."""
    titles = {word for key in role_lexicon().by_key for word in key}
    names: list[tuple[str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            names.append((line.split("[")[0].strip(), bool(DATED_CODE.search(line))))
        elif names and DATED_CODE.search(line):
            names[-1] = (names[-1][0], True)
    words = set()
    for name, dated in names:
        if dated:
            words.update(w for w in (normalize(p) for p in re.split(r"[\s_]+", name)) if w)
    return {w for w in words if w not in PARTICLES and w not in titles and len(w) >= 3}


def anercorp_tags(path: Path) -> tuple[Counter, Counter]:
    """How often each token occurs in the training part of ANERcorp, and how often as a person."""
    train, _ = split_dev(read_anercorp(path))
    seen: Counter = Counter()
    tagged: Counter = Counter()
    for sent in train:
        for word, tag in zip(sent.words, sent.tags):
            key = normalize(word)
            seen[key] += 1
            tagged[key] += tag.endswith("-PER")
    return seen, tagged


def curated_names() -> set[str]:
    """The hand-curated names (clitic_names_curated.yaml)."""
    spec = yaml.safe_load(data_path("lexicons", "clitic_names_curated.yaml").read_text(encoding="utf-8"))
    return {normalize(name) for name in spec["names"]}


def clitic_names(shared: Path) -> list[str]:
    """The person names the frequency rule would split and should not (criteria: module docstring)."""
    wikidata = wikidata_names()
    seen, tagged = anercorp_tags(shared / "data" / "ner" / "anercorp" / "train.txt")
    people = {w for w, n in wikidata.items() if n >= MIN_COUNT}
    people |= dictionary_people(shared / "data" / "events" / "arabic_lexicons" / "actor_dict_ar_v4.txt")
    people |= {w for w, n in tagged.items() if n >= MIN_TAGGED and n >= TAGGED_SHARE * seen[w]}
    curated = curated_names()
    freqs = word_frequencies()
    out = []
    for word in people | curated:
        clitic, rest = frequency_split(word)
        if not clitic:
            continue
        doubtful = (rest.startswith("ال")
                    or (rest in people and wikidata[rest] >= wikidata[word])
                    or freqs.get(word, 0.0) < MIN_RATIO * freqs.get(rest, 0.0)
                    or (seen[word] >= MIN_SEEN and 2 * tagged[word] < seen[word]))
        if word in curated or not doubtful:
            out.append(word)
    return sorted(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = parser.parse_args()
    names = clitic_names(args.shared)
    out = {
        "_generated_by": "scripts/build_clitic_names.py (do not edit)",
        "version": 1,
        "sources": {
            "wikidata": f"arabic-name-romanizer {metadata.version('arabic-name-romanizer')} names.sqlite3 units, "
                        f"given names and surnames borne by at least {MIN_COUNT} people (CC0)",
            "dictionary": "Universal-PETRARCH actor_dict_ar_v4.txt, entries with dated codes",
            "anercorp": "ANERcorp train.txt without its dev tenth, tokens tagged PERS "
                        f"at least {MIN_TAGGED} times and in two thirds of their occurrences",
            "curated": "khabar/data/lexicons/clitic_names_curated.yaml",
        },
        "names": names,
    }
    path = data_path("lexicons", "clitic_names.json")
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(names)} names kept whole -> {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
