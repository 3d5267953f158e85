"""Build khabar/data/events/triggers.json, the Arabic PLOVER trigger lexicon.

Two sources:

* ``../shared/data/events/arabic_lexicons/CAMEO.ar.0.5.txt`` (Universal-PETRARCH, MIT): verb
  blocks (``--- HEAD [code] ---``, then verb lines, then patterns ``- pre * post [code]``) and the
  synonym sets (``&NAME`` with ``+word_word_`` members) the patterns use. Each pattern becomes
  "one of these verbs followed (or preceded) by these words", its CAMEO code mapped to PLOVER
  with ``CAMEO2PLOVER-2021.txt``. The per-verb and per-block default codes are not used: without
  their pattern they are too loose (جرح as "reduce aid", قدم as "impose embargo").
* ``khabar/data/events/curated.yaml``: hand-curated verbs, masdars, agent nouns, phrases and
  participles.

Usage: python scripts/build_triggers.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.coding.lexicon import PARTICIPLE  # noqa: E402
from khabar.coding.plover import ALL_TYPES, load_cameo_map, plover_type  # noqa: E402
from khabar.lang.ar import normalize, split_proclitics  # noqa: E402

OUT = ROOT / "khabar" / "data" / "events" / "triggers.json"
CURATED = ROOT / "khabar" / "data" / "events" / "curated.yaml"
# particles and placeholders in CAMEO.ar patterns that say nothing about the event type
FUNCTION_WORDS = {
    "ب", "ل", "في", "على", "علي", "الى", "من", "عن", "مع", "ضد", "ك", "ال", "هوو", "خلال", "بعد", "قبل",
    "حول", "ضمن", "عبر", "نحو", "بين", "لدي", "عند", "فوق", "تحت", "امام", "وراء", "غير", "كل", "بعض",
}
CODE = re.compile(r"\[(\d+)\]")
ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")


def _word(raw: str) -> str | None:
    """Normalised content word of a pattern token (clitics and article removed), or None."""
    w = normalize(raw.strip("()[]{}+_-*"))
    if not ARABIC_WORD.match(w):
        return None
    _, w = split_proclitics(w) if len(w) > 3 else ("", w)
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    if w in FUNCTION_WORDS or len(w) < 3:
        return None
    return w


def parse_synsets(lines: list[str]) -> dict[str, list[str]]:
    """``&NAME`` -> head words of its members (``+قوة_حفظ_السلام_`` gives قوه)."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        line = line.strip()
        if line.startswith("####### VERB"):
            break
        if line.startswith("&"):
            current = line[1:].split()[0]
            sets[current] = []
        elif current and (line.startswith("+") or line.startswith("_")):
            parts = [p for p in line.strip("+_").split("_") if p]
            head = _word(parts[0]) if parts else None
            if head and head not in sets[current]:
                sets[current].append(head)
    return sets


def parse_patterns(lines: list[str], synsets: dict[str, list[str]], cameo_map: dict[str, str]) -> list[dict]:
    """Verb blocks -> patterns ``{type, cameo, verbs, words: [[alternatives]...], side}``."""
    patterns: list[dict] = []
    verbs: list[str] = []
    in_verbs = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("####### VERB"):
            in_verbs = True
            continue
        if not in_verbs or not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("---"):
            verbs = []
            continue
        if not stripped.startswith("-"):
            head = stripped.split("#")[0].split("[")[0].strip()
            lemma = normalize(re.split(r"[+\s]", head)[0])
            if ARABIC_WORD.match(lemma) and len(lemma) >= 2 and lemma not in verbs:
                verbs.append(lemma)
            continue
        body = stripped.split("#")[0]
        code = CODE.search(body)
        if not code or "*" not in body or not verbs:
            continue
        ptype = plover_type(code.group(1), cameo_map)
        if ptype is None:
            continue
        pre, post = body[1:code.start()].split("*", 1)
        for side, text in (("before", pre), ("after", post)):
            words: list[list[str]] = []
            for tok in re.sub(r"[(){}]", " ", text).split():
                if tok.startswith("&"):
                    alts = synsets.get(tok[1:], [])
                else:
                    w = _word(tok)
                    alts = [w] if w else []
                if alts:
                    words.append(alts)
            if words:
                patterns.append({"type": ptype, "cameo": code.group(1), "verbs": list(verbs), "words": words, "side": side})
    return patterns


def curated_entries(path: Path) -> tuple[list[dict], dict[str, list[list[str]]], dict[str, dict]]:
    """Entries ``{type, kind, words}`` (a participle's also with its verb, ``lemma``), blocked
    phrases and the per-type word lists ``governors``
    (the words a definite noun of the type needs nearby to be an event), ``need_actor`` and
    ``need_target`` (forms whose events need an actor, a target), ``name_next`` (nouns that are
    another word before a name: مقاطعة لياونينغ, a province), ``need_after`` and
    ``need_before`` (lemma -> the words one of which must follow it, or precede it or be its
    proclitic), ``cancel_before`` and ``cancel_next`` (lemma -> the words before it, right after
    it that make it no event), the words after which a bare verb form is a noun
    (``nominal_after``) or a verb (``verb_after``; after the comma of an opening phrase,
    ``opener_heads``; after a subject fronted after a complementiser, ``fronting_after``), the
    quantifiers after which an event noun is generic (``generic_after``) and the heads after which
    it names a body (``body_heads``), from the hand-curated YAML."""
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries: list[dict] = []
    blocked: dict[str, list[list[str]]] = {}
    lists: dict[str, dict] = {"governors": {}, "need_actor": {}, "need_target": {}, "name_next": {}}
    by_lemma: dict[str, dict[str, dict[str, list[str]]]] = {
        key: {} for key in ("need_after", "need_before", "cancel_before", "cancel_next")}
    for etype, groups in spec["types"].items():
        if etype not in ALL_TYPES:
            raise SystemExit(f"{path}: unknown PLOVER type {etype}")
        for kind, key in (("verb", "verbs"), ("noun", "nouns"), ("agent", "agents"), ("phrase", "phrases")):
            for form in groups.get(key, []):
                words = [normalize(w) for w in str(form).split()]
                entries.append({"type": etype, "kind": kind, "words": words})
        for form, lemma in groups.get("participles", {}).items():
            entries.append({"type": etype, "kind": PARTICIPLE, "words": [normalize(str(form))],
                            "lemma": normalize(str(lemma))})
        for form in groups.get("blocked", []):
            blocked.setdefault(etype, []).append([normalize(w) for w in str(form).split()])
        for key, by_type in lists.items():
            if groups.get(key):
                by_type[etype] = [normalize(str(w)) for w in groups[key]]
        for key, by_type in by_lemma.items():
            if groups.get(key):
                by_type[etype] = {normalize(lemma): [normalize(str(w)) for w in words]
                                  for lemma, words in groups[key].items()}
    after = {key: [normalize(str(w)) for w in spec.get(key, [])]
             for key in ("nominal_after", "verb_after", "opener_heads", "fronting_after", "generic_after", "body_heads")}
    return entries, blocked, {**lists, **by_lemma, **after}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    lex = args.shared / "data" / "events" / "arabic_lexicons" / "CAMEO.ar.0.5.txt"
    table = args.shared / "data" / "events" / "plover" / "CAMEO2PLOVER-2021.txt"
    cameo_map = load_cameo_map(table)
    lines = lex.read_text(encoding="utf-8").splitlines()
    synsets = parse_synsets(lines)
    patterns = parse_patterns(lines, synsets, cameo_map)
    entries, blocked, lists = curated_entries(CURATED)
    out = {
        "_generated_by": "scripts/build_triggers.py (do not edit; edit curated.yaml and rebuild)",
        "version": 1,
        "sources": [
            "CAMEO.ar.0.5.txt (Universal-PETRARCH Arabic verb patterns, MIT)",
            "CAMEO2PLOVER-2021.txt (PLOVER, CC BY-SA 4.0)",
            "khabar/data/events/curated.yaml",
        ],
        "entries": entries,
        "blocked": blocked,
        **lists,
        "patterns": patterns,
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    by_type: dict[str, int] = {}
    for p in patterns:
        by_type[p["type"]] = by_type.get(p["type"], 0) + 1
    print(f"wrote {OUT.relative_to(ROOT)}: {len(entries)} curated entries, {len(patterns)} CAMEO.ar patterns {by_type}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
