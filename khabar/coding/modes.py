"""The mode of an event: asserted, intended, called_for, negated or reported (docs/events.md)."""
from __future__ import annotations

from khabar.coding.cues import Cues, load_cues
from khabar.coding.lexicon import TriggerMatch
from khabar.doc import Token


def event_mode(tokens: list[Token], match: TriggerMatch) -> str:
    """Mode from the cue words before the trigger in its sentence (``tokens``); first rule wins.

    negated: a negator just before the trigger (لم، لن، لا، عدم، نفى; غير only right before it).
    called_for: a request word before it with إلى/بـ in between (دعوة شعبنا ... إلى إطلاق حملة),
    unless the trigger is the request itself. intended: a future verb (ستبذل) or an intention
    word (تعتزم، تسعى). reported: a reporting verb or source phrase earlier in the sentence (قال،
    أكد، أشار، بحسب).
    """
    cues = load_cues()
    stems = [t.stem for t in tokens]
    i = match.first

    def before(mode: str) -> list[int]:
        lo = max(0, i - cues.windows[mode])
        return [j for j in range(lo, i) if stems[j] in cues.modes[mode]]

    if negated(stems, i, cues):
        return "negated"
    if match.type != "REQUEST":
        for j in before("called_for"):
            between = stems[j + 1:i]
            if cues.modes["call_link"] & set(between) or tokens[i].prefix in ("ب", "ل") or j == i - 1:
                return "called_for"
    if match.tense == "future" or before("intended"):
        return "intended"
    if before("reported"):
        return "reported"
    return "asserted"


def negated(stems: list[str], i: int, cues: Cues) -> bool:
    """Whether a negator stands before the word at ``i``: one of cues.yaml ``negated`` in the two
    words before it, or one of ``negated_adjacent`` right before it (غير: مهاجران غير شرعيين
    يلتقيان is no negated meeting), and no verb the negator turns into an assertion stands between
    (``negation_reversed``: لن ينسى المساندة، لا تزال تطالب). The events stage's mode and the
    detector's feature both ask."""
    lo = max(0, i - cues.windows["negated"])
    last = max((j for j in range(lo, i) if stems[j] in cues.modes["negated"]), default=None)
    if last is not None and not any(s in cues.modes["negation_reversed"] for s in stems[last + 1:i]):
        return True
    return i > 0 and stems[i - 1] in cues.modes["negated_adjacent"]
