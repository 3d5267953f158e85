"""Sentence splitting on Arabic and Latin sentence-final punctuation and on line breaks.

``.``, ``!``, ``?``, ``؟`` and ``…`` end a sentence; the Arabic comma ``،`` and semicolon ``؛`` do
not. A closing quote or bracket right after the mark stays in the sentence. A full stop glued to a
Latin letter or digit before it and a Latin letter after it (موقع «darulhilafe.com»، www.spa.gov.sa)
is part of an address, no sentence end.
"""
from __future__ import annotations

from khabar.doc import Sentence, Token

FINAL = frozenset({".", "!", "?", "؟", "…"})
CLOSERS = frozenset({'"', "»", ")", "]", "”", "’", "'"})


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Group tokens into sentences; a sentence also ends where the text has a line break."""
    sentences: list[Sentence] = []
    first = 0
    n = len(tokens)
    for i, tok in enumerate(tokens):
        end_here = False
        if tok.text in FINAL and not _in_address(tokens, i):
            nxt = tokens[i + 1] if i + 1 < n else None
            end_here = nxt is None or nxt.text not in CLOSERS and nxt.text not in FINAL
        elif tok.text in CLOSERS and i > 0 and tokens[i - 1].text in FINAL:
            end_here = True
        if not end_here and i + 1 < n and "\n" in text[tok.end:tokens[i + 1].start]:
            end_here = True
        if end_here or i + 1 == n:
            sentences.append(Sentence(tokens[first].start, tok.end, first, i + 1))
            first = i + 1
    return sentences


def _in_address(tokens: list[Token], i: int) -> bool:
    """Whether the full stop ``tokens[i]`` joins, with no space, a Latin letter or digit before it
    to a Latin letter after it (a web or mail address, a file name)."""
    if tokens[i].text != "." or i == 0 or i + 1 == len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    return before.end == tokens[i].start and after.start == tokens[i].end \
        and before.text[-1:].isascii() and before.text[-1:].isalnum() \
        and after.text[:1].isascii() and after.text[:1].isalpha()
