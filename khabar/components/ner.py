"""Stage ``ner``: tag each sentence's tokens and add PER/ORG/LOC/MISC entities to ``doc.entities``.

The tagger (:func:`khabar.models.ner.load_tagger`) sees the token texts of one sentence. An entity
starts at its first token's stem (``وحزب الله`` gives ``حزب الله``), so a leading proclitic is never
part of the span; ``text[start:end]`` is always the entity text.
"""
from __future__ import annotations

from khabar.doc import Document, Entity, Token
from khabar.lang.ar.clitics import kept_names
from khabar.models.ner import load_tagger
from khabar.models.ner.scorer import spans
from khabar.pipeline import register


@register("ner")
class NerStage:
    name = "ner"
    requires: tuple[str, ...] = ("tokens", "sentences")
    assigns: tuple[str, ...] = ("entities",)

    def __init__(self, backend: str | None = None) -> None:
        self.tagger = load_tagger(backend)

    def __call__(self, doc: Document) -> Document:
        entities: list[Entity] = []
        sentences = [doc.tokens[s.token_start:s.token_end] for s in doc.sentences]
        sentences = [tokens for tokens in sentences if tokens]
        all_tags, all_probs = self.tagger.tag_document([[t.text for t in tokens] for tokens in sentences])
        for tokens, tags, probs in zip(sentences, all_tags, all_probs):
            for first, last, label in spans(whole_names(tokens, tags)):
                entity = _entity(doc.text, tokens[first:last], label)
                entity.score = sum(probs[first:last]) / (last - first)
                entities.append(entity)
        for i, entity in enumerate(entities, 1):
            entity.id = f"T{i}"
        doc.entities = entities
        return doc


def whole_names(tokens: list[Token], tags: list[str]) -> list[str]:
    """Tags with a person extended over the next word when it is a name the tokenizer keeps whole
    and the tagger left untagged: its features cut the name as the frequency rule does (كيري as ك +
    يري) and miss it, while the words before are tagged (جون كيري)."""
    names = kept_names()
    out = list(tags)
    for k in range(1, len(tokens)):
        if out[k] == "O" and out[k - 1].endswith("-PER") and not tokens[k].prefix and tokens[k].stem in names:
            out[k] = "I-PER"
    return out


def _entity(text: str, tokens: list[Token], label: str) -> Entity:
    start = tokens[0].stem_start
    end = tokens[-1].end
    return Entity(start, end, text[start:end], label)
