"""A pattern the CRF misses for lack of examples: a quoted name after an event head word.

Arabic news names battles and operations in quotes after the word for them (معركة "وحدة الساحات",
عملية "الجرف الصامد"). The words inside are ordinary words (وحدة, الساحات), so the CRF, which saw
few such names, leaves them O. When the head word (``misc_head`` in cues.json) is followed by a
short quotation that the model left entirely untagged, the quotation becomes one MISC entity.
"""
from __future__ import annotations

from khabar.models.ner.features import Featurizer, core

MAX_QUOTED = 5


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

