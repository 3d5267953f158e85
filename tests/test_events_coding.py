"""Events stage on real sentences: lexicon readings, argument rules and the seed's elaboration."""
from __future__ import annotations

import khabar
from khabar.coding.lexicon import load_lexicon, verb_readings
from khabar.lang.ar import tokenize


def _events(text: str) -> list:
    return khabar.extract(text, date="2017-01-01").events


def test_ta_marbuta_and_preposition_block_verb_readings():
    # ANT corpus: إصابة is the noun, بحشد "with a crowd" (no verb حشد after ب)
    toks = {t.text: t for t in tokenize("مقتل أحد موظفي المصرف وإصابة آخر بحشد")}
    assert verb_readings(toks["وإصابة"]) == ()
    assert verb_readings(toks["بحشد"]) == ()
    assert any(r.lemma == "قتل" for r in verb_readings(tokenize("قتلوا")[0]))


def test_cameo_patterns_alone_make_no_event():
    # ANT corpus, JA-internationalNews-961: قامت ... بإغلاق شارع matched three CAMEO patterns
    text = "قامت الشرطة الألمانية اليوم الإثنين بإغلاق شارع في منطقة شونبيرغ ببرلين وإخلاء عدد من المنازل فيه بسبب سيارة مشبوهة."
    assert any(m.kind == "pattern" for m in load_lexicon().match(tokenize(text)))
    assert _events(text) == []


def test_relative_clause_object_is_no_target_and_elaboration_names_it(seed_doc):
    thanks = [e for e in seed_doc.events if e.trigger.text == "الشكر"]
    assert len(thanks) == 1
    names = sorted(seed_doc.actor(i).name_en for i in thanks[0].target)
    assert len(names) == 2 and "iran" in names[1].lower() and "hezbollah" in names[0].lower()


def test_quantified_group_after_the_verb_is_the_target():
    # passive reading of an unvocalised verb: "four Palestinians were arrested", not "they arrested"
    doc = khabar.extract("اعتقل أربعة فلسطينيين في الخليل.", date="2017-01-01")
    (ev,) = [e for e in doc.events if e.type == "COERCE"]
    assert ev.source == [] and [doc.actor(i).name_en for i in ev.target] == ["Palestinian people"]
    doc = khabar.extract("اعتقل الجيش الإسرائيلي أربعة فلسطينيين.", date="2017-01-01")
    (ev,) = [e for e in doc.events if e.type == "COERCE"]
    assert [doc.actor(i).name_en for i in ev.source] == ["Israel Defense Forces"]
    assert [doc.actor(i).name_en for i in ev.target] == ["Palestinian people"]
