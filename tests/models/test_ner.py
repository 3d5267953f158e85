"""NER: corpus readers, scorer, features and the shipped model on the seed article."""
from __future__ import annotations

import re

import pytest

from khabar.models.ner import load_tagger
from khabar.models.ner.data import read_anercorp, read_conll, read_wojood, repair_bio, split_dev
from khabar.models.ner.features import analyse, load_featurizer
from khabar.models.ner.scorer import score, spans
from tests.conftest import shared_path


BACKENDS = ["crf", "nn"]  # the CRF and the default neural model: both shipped, both must tag the seed


@pytest.fixture(scope="session", params=BACKENDS)
def tagger(request):
    return load_tagger(request.param)


@pytest.fixture(scope="module", params=BACKENDS)
def seed_doc(request, seed_text):
    """The seed as the NER stage alone tags it (later stages may widen or add entities)."""
    from khabar.pipeline import load_pipeline

    return load_pipeline(["tokenize", "ner"], config={"ner": {"backend": request.param}})(seed_text, id="seed")


@pytest.fixture(scope="session")
def anercorp():
    return read_anercorp(shared_path("data", "ner", "anercorp", "train.txt"))


def test_anercorp_sentences_and_labels(anercorp):
    # sentences end on final punctuation; PERS becomes PER; no line with an empty token survives
    assert len(anercorp) > 4000
    assert all(s.words and len(s.words) == len(s.tags) for s in anercorp)
    assert anercorp[0].words[0] == "فرانكفورت" and anercorp[0].tags[0] == "B-LOC"
    labels = {t[2:] for s in anercorp for t in s.tags if t != "O"}
    assert labels == {"PER", "ORG", "LOC", "MISC"}
    train, dev = split_dev(anercorp)
    assert len(dev) == round(len(anercorp) * 0.1) and train[-1] is anercorp[len(train) - 1]


def test_all_data_corpus_trains_on_the_dev_split():
    from khabar.models.ner.train import load_corpus

    held_out = load_corpus(shared_path())
    everything = load_corpus(shared_path(), all_data=True)
    assert held_out.dev and held_out.dev_name and not everything.dev and everything.dev_name is None
    assert everything.parts[0] == held_out.parts[0] + held_out.dev
    assert everything.parts[1:] and len(everything.train) == len(held_out.train) + len(held_out.dev)


def test_wojood_outermost_mapped_layer():
    sents = read_wojood(shared_path("data", "ner", "wojood_sample", "train.txt"))
    by_words = {" ".join(s.words[:3]): s for s in sents}
    # "سكرتير اللجنة القومية العربية في نابلس" is an OCC (not mapped) holding an ORG and a GPE
    sent = by_words["مراسلة سكرتير اللجنة"]
    assert [t for t in sent.tags[:7]] == ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"]
    assert all("$#$" not in s.words for s in sents)


def test_repair_bio_and_spans():
    assert repair_bio(["O", "I-PER", "I-PER", "I-LOC"]) == ["O", "B-PER", "I-PER", "B-LOC"]
    assert spans(["B-PER", "I-PER", "O", "I-ORG", "B-LOC", "B-LOC"]) == [
        (0, 2, "PER"), (3, 4, "ORG"), (4, 5, "LOC"), (5, 6, "LOC")]


def test_scorer_exact_span_and_type():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-ORG"], ["B-ORG", "B-MISC"]]
    s = score(gold, pred)
    assert (s.overall.tp, s.overall.fp, s.overall.fn) == (1, 3, 2)
    assert s.by_type["ORG"].tp == 1 and s.by_type["ORG"].fp == 1
    assert s.confusion[("LOC", "ORG")] == 1 and s.confusion[("PER", "O")] == 1
    assert s.confusion[("O", "MISC")] == 1


def test_features_see_through_proclitics():
    # training words (ANERcorp whitespace tokens) and pipeline tokens share the stem features
    assert analyse("وحزب")[1:] == ("و", "حزب", "حزب")
    feats = load_featurizer().sentence(["وحزب", "الله"])
    assert "c=حزب" in feats[0] and "G:act_org=B" in feats[0] and "G:act_org=I" in feats[1]


def test_curated_clubs_and_companies_are_gazetteer_features():
    # orgs_curated.yaml: a club named bare and a car maker after a proclitic; a common word that
    # is also a club's name (النصر "victory") is no hit alone
    feats = load_featurizer().sentence(["وفاز", "مانشستر", "يونايتد", "على", "النصر", "ووقعت", "وتويوتا"])
    assert "G:org_club=B" in feats[1] and "G:org_club=I" in feats[2]
    assert not any(f.startswith("G:org_") for f in feats[4])
    assert "G:org_company=B" in feats[6]


def test_tagger_output_shape_on_odd_input(tagger):
    words = ["Reuters", "2022", "...", "؟", "🙂", "x" * 300]
    assert len(tagger.tag(words)) == len(words)
    assert tagger.tag([]) == []
    long = ["بيروت", "في", "الوفد"] * 400  # longer than one tagging window
    tags = tagger.tag(long)
    assert len(tags) == len(long) and tags[0] == "B-LOC"


def _covers(text: str, span: tuple[int, int], gold: tuple[int, int]) -> bool:
    """The gold span itself, or a longer one adding at most one word on each side (gold.json's note
    allows e.g. "حركة (حماس)" and "حركة الجهاد الإسلامي")."""
    (s, e), (gs, ge) = span, gold
    words = lambda chunk: len(re.findall(r"\w+", chunk))  # noqa: E731
    return s <= gs and e >= ge and words(text[s:gs]) <= 1 and words(text[ge:e]) <= 1


# Gold spans written in a convention the training data (ANERcorp) does not share: the model gives
# ANERcorp's reading instead (docs/ner.md, "Known gaps").
CONVENTION_GAPS = {
    "قطاع غزة": "غزة",  # ANERcorp leaves head words such as قطاع outside the name
    "الجمهورية الإسلامية في إيران": "إيران",  # ANERcorp tags the country name
    "الأقصى": None,  # ANERcorp tags المسجد الأقصى as MISC
}

# Model misses we know of and report (docs/benchmarks.md); everything else must be found.
# "الأراضي الفلسطينية" is LOC in ANERcorp as often as it is O: the CRF finds the first (134), the
# network trained on all of train.txt neither; the pipeline's geo stage adds both (test_seed_e2e).
# Since the curated club and company lists (thirteenth session) the CRF misses حماس in وعبرت حماس
# والجهاد (2035), which the network, the default, finds.
KNOWN_MISSES = {"crf": {595, 2035}, "nn": {134, 595}}


def test_seed_article_gold_entities(seed_doc, seed_gold, request):
    known_misses = KNOWN_MISSES[request.node.callspec.params["seed_doc"]]
    text = seed_doc.text
    missing = []
    for ent in seed_gold["entities"]:
        if ent["text"] in CONVENTION_GAPS:
            continue
        for start, end in ent["occurrences"]:
            if start in known_misses:
                continue
            if not any(e.label == ent["label"] and _covers(text, (e.start, e.end), (start, end))
                       for e in seed_doc.entities):
                missing.append((ent["text"], ent["label"], start))
    assert not missing


def test_seed_convention_gaps_get_the_anercorp_reading(seed_doc, seed_gold):
    for ent in seed_gold["entities"]:
        inner = CONVENTION_GAPS.get(ent["text"])
        if inner is None:
            continue
        for start, end in ent["occurrences"]:
            assert any(e.text == inner and e.label == ent["label"] and start <= e.start and e.end == end
                       for e in seed_doc.entities)


def test_seed_entities_contract(seed_doc):
    text = seed_doc.text
    assert seed_doc.entities
    for i, e in enumerate(seed_doc.entities, 1):
        assert e.id == f"T{i}" and text[e.start:e.end] == e.text
        assert e.label in {"PER", "ORG", "LOC", "MISC"} and 0 < e.score <= 1
        first = next(t for t in seed_doc.tokens if t.start <= e.start < t.end)
        assert e.start == first.stem_start  # a leading proclitic is outside the span
    assert any(e.text == "حزب الله" and e.label == "ORG" for e in seed_doc.entities)  # from "وحزب الله"


def test_stage_rejects_unknown_backend():
    from khabar.errors import DataError
    from khabar.pipeline import load_pipeline

    with pytest.raises(DataError, match="unknown NER backend"):
        load_pipeline(["tokenize", "ner"], config={"ner": {"backend": "spacy"}})


def test_document_features_propagate_a_name(tagger):
    # the same unknown name: introduced by a title in one sentence, bare in the next
    doc = [["قال", "الرئيس", "الكيني", "موانجي", "كيبوتو", "إن", "الحوار", "مستمر", "."],
           ["وأضاف", "كيبوتو", "أن", "الوضع", "هادئ", "."]]
    tags, probs = tagger.tag_document(doc)
    assert tags[0][3:5] == ["B-PER", "I-PER"]
    assert tags[1][1] == "B-PER"
    assert all(0 < p <= 1 for row in probs for p in row)


def test_untagged_currency_names_become_misc():
    from khabar.models.ner.rules import currency_names

    words = ["وبلغ", "السعر", "60", "دولارا", "للبرميل", "وانتقل", "إلى", "ريال", "مدريد"]
    tags = ["O"] * 7 + ["B-ORG", "I-ORG"]
    out = currency_names(words, tags)
    assert out[3] == "B-MISC"  # the accusative, rare in ANERcorp, of a name it always tags MISC
    assert out[:3] + out[4:] == tags[:3] + tags[4:]  # ريال of Real Madrid is not listed
    assert currency_names(["بالدولار", "الأمريكي"], ["O", "O"]) == ["B-MISC", "O"]  # clitics aside


def test_a_prayer_named_by_its_time_is_misc_not_a_place():
    from khabar.models.ner.rules import prayer_names

    # SaudiNewsNet: worshippers gathered "for the sunset prayer" (لصلاة المغرب), not for Morocco
    words = ["48", "مصليا", "اجتمعوا", "لصلاة", "المغرب", "خلال", "شهر", "رمضان"]
    assert prayer_names(words, ["O"] * 4 + ["B-LOC"] + ["O"] * 3)[4] == "B-MISC"
    assert prayer_names(["صلاة", "الفجر"], ["O", "O"]) == ["O", "B-MISC"]  # ANERcorp's own tag
    # Morocco after any other word, and a longer name, stay as tagged
    assert prayer_names(["زيارة", "المغرب"], ["O", "B-LOC"]) == ["O", "B-LOC"]
    assert prayer_names(["صلاة", "المغرب", "العربي"], ["O", "B-LOC", "I-LOC"]) == ["O", "B-LOC", "I-LOC"]


def test_a_month_glossing_the_month_before_it_is_no_name():
    from khabar.models.ner.rules import month_glosses

    # SaudiNewsNet writes أبريل (نيسان); the taggers read نيسان, also the car maker, ORG, and the
    # actors stage made it a party of the sentence's events
    words = ["وفي", "أبريل", "(", "نيسان", ")", "الماضي", "ظهرت", "دعوة"]
    assert month_glosses(words, ["O"] * 3 + ["B-ORG"] + ["O"] * 4) == ["O"] * 8
    words = ["في", "يناير", "(", "كانون", "الثاني", ")"]  # a two-word month
    assert month_glosses(words, ["O"] * 3 + ["B-ORG", "I-ORG", "O"]) == ["O"] * 6
    # the car maker after any other word, and a longer name, stay as tagged
    assert month_glosses(["شركة", "(", "نيسان", ")"], ["O", "O", "B-ORG", "O"])[2] == "B-ORG"
    assert month_glosses(["أبريل", "(", "نيسان", "موتورز", ")"], ["O", "O", "B-ORG", "I-ORG", "O"])[2] == "B-ORG"


def test_coordinated_persons_and_places_are_cut_at_the_conjunction():
    from khabar.models.ner.rules import coordinated_names

    # two runs the taggers made of ANERcorp validation sentences: two persons each, as the gold has
    words = "إن محادثات سولانا ولاريجاني لا يمكن".split()
    assert coordinated_names(words, ["O", "O", "B-PER", "I-PER", "O", "O"])[2:4] == ["B-PER", "B-PER"]
    words = "وكان مبارك وعبد الله قد التقيا".split()
    assert coordinated_names(words, ["O", "B-PER", "I-PER", "I-PER", "O", "O"])[1:4] == ["B-PER", "B-PER", "I-PER"]
    assert coordinated_names(["بين", "البصرة", "وبغداد"], ["O", "B-LOC", "I-LOC"])[2] == "B-LOC"
    # a name that begins with و stays whole (and البوسنة والهرسك, which ANERcorp tags as one
    # place: the splitter keeps والهرسك whole), and an organisation's name is not cut (ANERcorp
    # continues one as often as it ends it: وزارة التعليم والتدريب)
    assert coordinated_names(["سعد", "وجدي"], ["B-PER", "I-PER"]) == ["B-PER", "I-PER"]
    assert coordinated_names(["البوسنة", "والهرسك"], ["B-LOC", "I-LOC"]) == ["B-LOC", "I-LOC"]
    org = ["B-ORG", "I-ORG", "I-ORG"]
    assert coordinated_names(["وزارة", "التعليم", "والتدريب"], org) == org


def test_stage_extends_a_person_over_a_name_the_tokenizer_keeps_whole():
    # the tagger's features cut كيري as ك + يري and leave it untagged; the stage, whose tokens keep
    # it whole, extends جون over it; a name word after an untagged token stays untagged
    from khabar.components.ner import whole_names
    from khabar.lang.ar import tokenize

    tokens = tokenize("وقال الوزير جون كيري و كيري")
    assert whole_names(tokens, ["O", "O", "B-PER", "O", "O", "O"]) == ["O", "O", "B-PER", "I-PER", "O", "O"]
    from khabar.pipeline import load_pipeline
    doc = load_pipeline(("tokenize", "ner"))("وقال وزير الخارجية الأميركي جون كيري إن المحادثات مثمرة.")
    assert "جون كيري" in {e.text for e in doc.entities if e.label == "PER"}
