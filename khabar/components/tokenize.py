"""Stage ``tokenize``: tokens (with clitic view) and sentences."""
from __future__ import annotations

from khabar.doc import Document
from khabar.lang.ar import split_sentences, tokenize
from khabar.pipeline import register


@register("tokenize")
class Tokenizer:
    name = "tokenize"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("tokens", "sentences")

    def __call__(self, doc: Document) -> Document:
        doc.tokens = tokenize(doc.text)
        doc.sentences = split_sentences(doc.text, doc.tokens)
        return doc
