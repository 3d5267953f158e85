"""NER ``hf:`` backend: a tiny BERT token classifier built here, loaded through the ``ner`` stage.

The model is a lookup with weights set by hand: a word's first sub-word carries the gold tag the
word has in the seed article, written in another label scheme (PERS, GPE, plus a DATE type khabar
does not use); every continuation sub-word carries a wrong tag. So the seed's gold entities come
out of the stage only if the first sub-word is read, the labels are mapped, long sentences are cut
into windows and put back in order, and spans and offsets are built as for the CRF.
"""
from __future__ import annotations

import sys

import pytest

from khabar.errors import DataError
from khabar.models.ner import load_tagger
from khabar.models.ner.hf import bio_tag
from khabar.pipeline import load_pipeline

# the seed's labels in the model's own scheme; O words whose first letter is a digit say DATE
RAW = {"PER": "PERS", "LOC": "GPE", "ORG": "ORG", "MISC": "MISC"}
ID2LABEL = ["O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-GPE", "I-GPE", "B-MISC", "I-MISC", "B-DATE", "I-DATE"]
WRONG = "I-ORG"  # what every continuation sub-word says
MAX_POSITIONS = 24  # seed sentences run to 69 words, so they are cut into windows


def test_bio_tag_maps_common_schemes():
    assert [bio_tag(t) for t in ["B-PERS", "I-PER", "B-GPE", "E-LOC", "S-ORG", "B-FAC", "I-EVENT"]] == [
        "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "B-LOC", "I-MISC"]
    assert [bio_tag(t) for t in ["O", "B-DATE", "I-NORP", "LABEL_3", "B-PERSON", "U-ORGANIZATION", "PER"]] == [
        "O", "O", "O", "O", "B-PER", "B-ORG", "I-PER"]


def test_missing_transformers_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "transformers", None)  # import fails as if not installed
    with pytest.raises(DataError, match=r"pip install 'khabar\[hf\]'") as err:
        load_tagger(f"hf:{tmp_path}")
    assert str(tmp_path) in str(err.value)


def _gold_tags(doc, gold: dict) -> list[str]:
    """The seed gold entities as one BIO tag per token (an entity starts at a token's stem)."""
    occurrences = [(s, e, ent["label"]) for ent in gold["entities"] for s, e in ent["occurrences"]]
    tags = []
    for tok in doc.tokens:
        hit = [(s, label) for s, e, label in occurrences if s <= tok.stem_start < e]
        tags.append(("B-" if tok.stem_start == hit[0][0] else "I-") + hit[0][1] if hit else "O")
    return tags


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory, seed_text, seed_gold):
    """Save the lookup model; return its path, the gold entities it can reproduce, and all of them."""
    torch = pytest.importorskip("torch", reason="the hf backend needs torch: pip install 'khabar[hf]'")
    transformers = pytest.importorskip("transformers", reason="the hf backend needs transformers")
    path = tmp_path_factory.mktemp("tiny_hf")
    doc = load_pipeline(["tokenize"])(seed_text, id="seed")
    words = [t.text for t in doc.tokens]
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    for w in dict.fromkeys(words):  # every word of two letters or more splits into two pieces
        vocab += [w] if len(w) < 2 else [w[:-1], "##" + w[-1]]
    vocab = list(dict.fromkeys(vocab))
    (path / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(str(path / "vocab.txt"), do_lower_case=False,
                                               strip_accents=False, tokenize_chinese_chars=False)
    tokenizer.model_max_length = MAX_POSITIONS
    # each first piece takes its word's tag; a piece shared by words with different tags says O
    gold = _gold_tags(doc, seed_gold)
    first_piece = {w: tokenizer.tokenize(w)[0] for w in words}
    piece_tags: dict[str, set[str]] = {}
    for w, tag in zip(words, gold):
        raw = tag[:2] + RAW[tag[2:]] if tag != "O" else ("B-DATE" if w[0].isdigit() else "O")
        piece_tags.setdefault(first_piece[w], set()).add(raw)
    label_of = {p: next(iter(tags)) if len(tags) == 1 else "O" for p, tags in piece_tags.items()}

    config = transformers.BertConfig(vocab_size=len(vocab), hidden_size=32, num_hidden_layers=2,
                                     num_attention_heads=2, intermediate_size=64,
                                     max_position_embeddings=MAX_POSITIONS, id2label=dict(enumerate(ID2LABEL)),
                                     label2id={label: i for i, label in enumerate(ID2LABEL)})
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():
        for p in model.parameters():
            p.zero_()
        for module in model.modules():  # layer norms pass a one-hot vector on with its peak kept
            if isinstance(module, torch.nn.LayerNorm):
                module.weight.fill_(1.0)
        emb = model.bert.embeddings.word_embeddings.weight
        for i, piece in enumerate(vocab):
            emb[i, ID2LABEL.index(label_of.get(piece, WRONG if piece.startswith("##") else "O"))] = 10.0
        model.classifier.weight[:, :len(ID2LABEL)] = torch.eye(len(ID2LABEL))
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)

    # gold entities made only of words whose first piece tells their tag
    clear = {w for w in words if len(piece_tags[first_piece[w]]) == 1}
    every = {(s, e, ent["label"]) for ent in seed_gold["entities"] for s, e in ent["occurrences"]}
    expected = {(s, e, label) for s, e, label in every
                if all(t.text in clear for t in doc.tokens if t.end > s and t.start < e)}
    return path, expected, every


def test_stage_with_hf_backend_finds_seed_entities(tiny_model, seed_text):
    path, expected, every = tiny_model
    # about half the seed's 27 gold occurrences have no word that is tagged otherwise elsewhere
    assert len(expected) >= 12 and {label for _, _, label in expected} >= {"PER", "ORG", "LOC"}
    doc = load_pipeline(["tokenize", "ner"], config={"ner": {"backend": f"hf:{path}"}})(seed_text, id="seed")
    got = {(e.start, e.end, e.label) for e in doc.entities}
    assert expected <= got
    # the rest are pieces of gold entities whose other words say O; a continuation piece's wrong
    # tag or a DATE read as a type would add entities outside them
    extra = got - expected
    assert all(any(s <= start and end <= e and label == gl for s, e, gl in every)
               for start, end, label in extra), extra
    stems = {t.stem_start for t in doc.tokens}
    for ent in doc.entities:
        assert seed_text[ent.start:ent.end] == ent.text and ent.start in stems
        assert 0.0 < ent.score <= 1.0 and ent.id.startswith("T")
    # an entity after a proclitic starts at the stem (وحزب الله -> حزب الله), as with the CRF
    assert "حزب الله" in {e.text for e in doc.entities}


def test_env_backend_long_sentences_and_batches(tiny_model, seed_text, monkeypatch):
    path, _, _ = tiny_model
    monkeypatch.setenv("KHABAR_NER_BACKEND", f"hf:{path}")
    tagger = load_tagger()
    doc = load_pipeline(["tokenize"])(seed_text, id="seed")
    sentences = [[t.text for t in doc.tokens[s.token_start:s.token_end]] for s in doc.sentences]
    alone = [tagger.tag(words) for words in sentences]
    together = tagger.tag_stream(sentences + [[]])
    assert together == alone + [[]]  # padding in a batch changes nothing
    long = [w for words in sentences for w in words] * 3  # ~1200 words in one sentence
    assert tagger.tag(long) == [t for tags in alone for t in tags] * 3


def test_missing_model_path_names_the_path(tmp_path):
    pytest.importorskip("transformers", reason="the hf backend needs transformers")
    missing = tmp_path / "no-model"
    with pytest.raises(DataError, match="no Hugging Face model") as err:
        load_pipeline(["tokenize", "ner"], config={"ner": {"backend": f"hf:{missing}"}})
    assert str(missing) in str(err.value)
