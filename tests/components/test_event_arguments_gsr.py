"""Who did what to whom on ASSAULT sentences of the GSR train part (khabar.coding.gsr split):
indefinite agent nouns, group nouns, names after titles, nominal agents, undergoers and
coordinated verbs (issues #4 and #5)."""
from __future__ import annotations

import json

import pytest

from khabar.coding.gsr import load_gsr
from khabar.doc import Document
from khabar.pipeline import DEFAULT_STAGES, load_pipeline
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def train() -> dict[str, str]:
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    return {s.id: s.text for s in load_gsr(folder, "ASSAULT") if s.part == "train"}


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(DEFAULT_STAGES)


def _assault(nlp, text: str) -> tuple[Document, list[str], list[str]]:
    doc = nlp(Document(text=text))
    events = [e for e in doc.events if e.type == "ASSAULT"]
    assert events
    words = lambda ids: [m.text for i in ids for m in doc.actor(i).mentions]  # noqa: E731
    return doc, [w for e in events for w in words(e.source)], [w for e in events for w in words(e.target)]


def test_nominal_agent_after_shannahu_is_the_source(nlp, train):
    # وقتل ... 4 جنود إثيوبيين في هجوم شنه مسلحون صوماليون مجهولون
    _, source, target = _assault(nlp, train["AAW_ARB_20070808.0020-6"])
    assert "مسلحون صوماليون" in source and "جنود إثيوبيين" in target


def test_plural_verb_takes_the_indefinite_subject_before_it(nlp, train):
    # مجهولين اغتالوا رجل الدين الشيعي حجة الاسلام هشام سيموري: no "Islam" actor
    doc, source, target = _assault(nlp, train["AAW_ARB_20070627.0018-13"])
    assert source == ["مجهولين"] and "هشام سيموري" in target
    assert not any(a.id.startswith("new.misc") for a in doc.actors)


def test_undergoer_after_a_title_is_the_target_and_allah_is_no_actor(nlp, train):
    # بتعرض المرجع الشيعي آية الله علي السيستاني لمحاولة اغتيال
    doc, source, target = _assault(nlp, train["AAW_ARB_20070324.0016-9"])
    assert target == ["علي السيستاني"] and source == []
    assert not any("allah" in a.id for a in doc.actors)


def test_group_noun_with_country_adjective_and_accusative_object(nlp, train):
    # وحدة اسرائيلية خاصة اغتالت ... ناشطاً في كتائب الاقصى
    doc, source, target = _assault(nlp, train["AAW_ARB_20070418.0033-14"])
    assert source == ["وحدة اسرائيلية"] and doc.actor("isr.mil").country == "ISR"
    assert "ناشطاً" in target


def test_group_adjective_gives_no_country_to_a_bare_army(nlp, train):
    # قالوا ان الجيش نجح في قتل العشرات من المسلحين الفلسطينيين: not a Palestinian army
    doc, source, target = _assault(nlp, train["AAW_ARB_20061106.0064-17"])
    assert source == ["الجيش"] and doc.actor("agent.mil").country is None
    assert target == ["المسلحين الفلسطينيين"]


def test_indefinite_gunmen_after_the_verb_are_the_source(nlp, train):
    # اقتحم مسلحون الاسبوع الماضي مهبطا للطائرات ... وخطفوا أربعة أوروبيين
    _, source, _ = _assault(nlp, train["AAW_ARB_20081111.0051-18"])
    assert source == ["مسلحون"]


def test_what_an_explosion_verb_is_near_is_its_target_not_its_subject(nlp, train):
    # سيارة مفخخة انفجرت قرب مقر مجلس للصحوة ... مما أدى الى مقتل عشرة اشخاص: the car bomb
    # (its unidentified makers) exploded, as the GSR codes it; the Sahwa council it hit is the
    # target (the GSR's too), never the source
    _, source, target = _assault(nlp, train["AAW_ARB_20071208.0036-23"])
    assert source == ["سيارة مفخخة"] and target == ["مجلس للصحوة"]


def test_a_bomb_is_the_source_never_the_target(nlp, train):
    # فجر انتحاري سيارة مفخخة أمام مطعم يقصده رجال شرطة عراقيون: the bomber detonated the car;
    # the policemen, not the car, are the target
    _, source, target = _assault(nlp, train["AAW_ARB_20070328.0033-4"])
    assert "انتحاري" in source and "سيارة مفخخة" not in target and "رجال شرطة عراقيون" in target


def test_casualty_verb_takes_its_subject_as_victim(nlp, train):
    # ... ان «ثمانية اشخاص قتلوا على الاقل ...»: the people are killed, they kill nobody
    _, source, target = _assault(nlp, train["AAW_ARB_20070322.0018-14"])
    assert "اشخاص" in target and "اشخاص" not in source


def test_speaker_before_complementiser_is_not_the_source(nlp, train):
    # وأفادت وزارة الداخلية في الباسك بأن ... انفجرت قنبلة: the ministry reports, it bombs nothing
    _, source, _ = _assault(nlp, train["AAW_ARB_20080421.0041-14"])
    assert not any("الداخلية" in m for m in source)


def test_clause_initial_wa_verb_reads_as_verb() -> None:
    # وقتل مهاجم انتحاري 47 شخصا: قتل after و at the head of the sentence is the verb, not the masdar
    from khabar.coding.lexicon import load_lexicon
    from khabar.lang.ar import tokenize

    tokens = tokenize("وقتل مهاجم انتحاري 47 شخصا في هجوم على انصار زعيمة المعارضة الراحلة بي نظير بوتو يوم السبت.")
    first = [m for m in load_lexicon().match(tokens) if m.first == 0]
    assert first and first[0].kind == "verb" and first[0].tense == "past"
    inside = tokenize("ونددت الحكومة بقتل المدنيين")  # after ب it stays a noun
    assert all(m.kind != "verb" for m in load_lexicon().match(inside) if m.first == 2)


def test_counted_group_after_a_protest_verb_is_its_subject(nlp):
    # PROTEST train sentence: تظاهر نحو 15 شخصا أمام القنصلية اليونانية في برلين
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    text = next(s.text for s in load_gsr(folder, "PROTEST") if s.part == "train" and "تظاهر نحو 15 شخصا" in s.text)
    doc = nlp(Document(text=text))
    events = [e for e in doc.events if e.type == "PROTEST"]
    assert events
    assert "شخصا" in [m.text for e in events for i in e.source for m in doc.actor(i).mentions]
    # and the consulate it stands in front of is the target, not the government named in slogans
    # after the next event's trigger (ضد الحكومة والأمن اليوناني)
    assert [m.text for e in events for i in e.target for m in doc.actor(i).mentions] == ["القنصلية اليونانية"]


def test_protest_target_after_a_purpose_word(nlp):
    # PROTEST train sentences: the target follows مطالبين / من قرار; what follows تجمع is no object
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    rows = [s.text for s in load_gsr(folder, "PROTEST") if s.part == "train"]
    for phrase, target in (("مطالبين الحكومة التركية", "الحكومة التركية"), ("من قرار بريطانيا", "بريطانيا")):
        doc = nlp(Document(text=next(t for t in rows if phrase in t)))
        events = [e for e in doc.events if e.type == "PROTEST"]
        assert events
        assert target in [m.text for e in events for i in e.target for m in doc.actor(i).mentions]


def test_attack_in_a_country_naming_no_target_targets_the_country(nlp, train):
    # إن إسرائيل نفذت بالفعل ضربة جوية في سورية: the GSR codes the target SYR
    doc = nlp(Document(text=train["AAW_ARB_20070913.0012-8"]))
    strike = next(e for e in doc.events if e.type == "ASSAULT")
    assert strike.target == ["country.SYR"] and strike.attrs["target_from"] == "location"
    assert strike.source == ["country.ISR"]  # the subject of the light verb نفذت before the noun
    # a named victim stays the target: no country is added
    _, _, target = _assault(nlp, train["AAW_ARB_20070808.0020-6"])
    assert "جنود إثيوبيين" in target
    assert all("target_from" not in e.attrs for e in nlp(Document(text=train["AAW_ARB_20070808.0020-6"])).events)


def test_subject_of_a_light_verb_is_the_source_of_the_event_noun(nlp, train):
    # ان 12 امرأة نفذت عمليات انتحارية في العراق
    _, source, _ = _assault(nlp, train["AAW_ARB_20080507.0007-4"])
    assert source and set(source) == {"امرأة"}  # the women (both of its mentions)


def test_dash_token_before_an_event_noun(nlp):
    # a list item after a tatweel dash, whose stem is empty (GSR train AAW_ARB_20080407.0020-5):
    # looking for a light verb before اتفاق must not fail on it
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    text = next(s.text for s in load_gsr(folder, "ASSAULT") if s.id == "AAW_ARB_20080407.0020-5")
    assert text.startswith("ـ ") and any(e.type == "AGREE" for e in nlp(Document(text=text)).events)


def test_country_adjective_of_the_event_noun_is_the_source(nlp, train):
    # بأنه تم شن ضربة جوية أميركية على مناطق بشمال غرب باكستان: the GSR's source is أميركية
    doc = nlp(Document(text=train["AAW_ARB_20081101.0026-1"]))
    strike = next(e for e in doc.events if e.type == "ASSAULT")
    assert strike.source == ["country.USA"] and strike.attrs["source_from"] == "adjective"
    usa = doc.actor("country.USA")
    assert any(m.kind == "adjective" and m.text == "أميركية" for m in usa.mentions)
    assert strike.target == ["country.PAK"]


@pytest.mark.parametrize("text, source", [
    ("أسفرت غارة أميركية أمس عن مقتل عشرة جنود أفغان", "country.USA"),
    ("وصلت مساعدات سعودية إلى اليمن", "country.SAU"),
    ("رحب الوزير بالانسحاب الإسرائيلي من الجولان", "country.ISR"),
])
def test_country_adjective_sources_on_news_phrases(nlp, text, source):
    # phrases of SaudiNewsNet articles (the first, verbatim) and their like
    doc = nlp(Document(text=text))
    assert any(e.source == [source] for e in doc.events)


@pytest.mark.parametrize("text", [
    "وتصل العقوبة إلى السجن ومليون درهم للدعم المالي للأفعال المجرمة",  # مالي: financial, not Mali
    "تعيش على بساط في ساحة أحد مراكز الاعتقال الليبية",  # the centres are Libyan (gender)
    "وهناك وفد وكالة المساعدات الدولية الأميركية",  # the agency is American (construct)
    "اغتيال السفير الأميركي في بنغازي",  # the ambassador is American
])
def test_adjectives_that_do_not_qualify_the_event_noun(nlp, text):
    doc = nlp(Document(text=text))
    assert all("source_from" not in e.attrs for e in doc.events)
    assert not any(a.id.startswith("country.") and any(m.kind == "adjective" for m in a.mentions)
                   for a in doc.actors)


def test_group_an_attack_is_attributed_to_is_its_source(nlp, train):
    # تعرضت قاعدة تابعة للجيش ... الى هجوم انتحاري، نسب الى المتمردين التاميل
    _, source, _ = _assault(nlp, train["AAW_ARB_20070328.0048-4"])
    assert "المتمردين التاميل" in source or "المتمردين" in source


def test_fronted_subject_with_qad_and_a_counted_object_is_the_source(nlp, train):
    # وكانت فرقة مظلية من قوات مكافحة الإرهاب قد قتلت أول من أمس أربعة من المتهمين: the force
    # killed, it was not killed (قتلت is active here, whatever its unvocalised passive reading)
    _, source, target = _assault(nlp, train["AAW_ARB_20070810.0015-11"])
    assert source == ["قوات مكافحة الإرهاب"] and "قوات مكافحة الإرهاب" not in target


def test_counted_group_after_a_passive_casualty_verb_stays_the_victim(nlp, train):
    # قتل 28 شخصاً وجرح نحو 60 آخرين في هجوم انتحاري: no قد, the verbs read as passives
    _, source, target = _assault(nlp, train["AAW_ARB_20070909.0013-1"])
    assert source == [] and target == ["شخصاً"]


@pytest.mark.parametrize("sid, victims", [
    ("AAW_ARB_20080803.0045-3", "الجيش"),  # ما اسفر عن اصابة ثلاثة من عناصر الجيش
    ("AAW_ARB_20070702.0015-9", "اشخاص"),  # مقتل ستة اشخاص ... بينها انفجار سيارة مفخخة
])
def test_group_a_casualty_noun_governs_is_the_target(nlp, train, sid, victims):
    _, source, target = _assault(nlp, train[sid])
    assert victims in target and victims not in source


def test_subject_between_a_light_verb_and_the_event_noun_is_the_source(nlp, train):
    # ان 13 شخصا أصيبوا أيضا بعدما نفذت القوات الأميركية ضربة جوية: verb-subject-object, and the
    # light verb's own subject wins over the sentence's (the wounded)
    _, source, target = _assault(nlp, train["AAW_ARB_20061115.0044-19"])
    assert source == ["القوات الأميركية"] and target == ["شخصا"]


def test_the_agent_named_after_nafadhahu_is_not_the_target(nlp, train):
    # إن الهجوم نفذه انتحاري يدعى محمد صديق: the bomber did it, nobody named is attacked
    _, source, target = _assault(nlp, train["AAW_ARB_20070617.0053-4"])
    assert source == ["انتحاري"] and target == []


def test_feminine_agent_word_with_no_noun_to_qualify_names_the_bomber(nlp, train):
    # ... جراء هجوم انتحاري بحزام ناسف ... وورد ان انتحارية نفذت الهجوم: a woman bomber, the source
    _, source, target = _assault(nlp, train["AAW_ARB_20080729.0001-5"])
    assert "انتحارية" in source and "شخصا" in target
    # 12 امرأة نفذت عمليات انتحارية: after a noun it qualifies, the same word is an adjective
    doc = nlp(Document(text=train["AAW_ARB_20080507.0007-4"]))
    assert not any(m.text == "انتحارية" for a in doc.actors for m in a.mentions)


def test_event_on_a_verb_read_whole_spans_the_whole_word(nlp):
    # SaudiNewsNet: ثلاث انتحاريات قاصرات فجرن انفسهن (فجرن split as ف + جرن)
    path = shared_path("data", "news", "saudinewsnet", "subset_aawsat_spa.jsonl")
    with path.open(encoding="utf-8") as fh:
        text = next(json.loads(line)["content"] for line in fh if "قاصرات فجرن" in line)
    doc = nlp(Document(text=text))
    event = next(e for e in doc.events if e.type == "ASSAULT" and "فجرن" in e.evidence)
    assert event.trigger.text == "فجرن" == doc.text[event.trigger.start:event.trigger.end]
    assert any(m.text == "انتحاريات" for i in event.source for m in doc.actor(i).mentions)


def test_a_protests_purpose_is_not_sought_past_another_protest_verb(nlp):
    # تظاهر نحو 15 شخصا أمام القنصلية اليونانية في برلين، وبالمثل تظاهر نحو مائة طالب ... ورفع
    # المتظاهرون لافتات احتجاج: the consulate, not what the later words protest against
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    text = next(s.text for s in load_gsr(folder, "PROTEST") if s.id == "AAW_ARB_20081209.0032-6" and s.part == "train")
    doc = nlp(Document(text=text))
    protest = next(e for e in doc.events if e.type == "PROTEST")
    assert [m.text for i in protest.target for m in doc.actor(i).mentions] == ["القنصلية اليونانية"]


@pytest.mark.parametrize("sid, protesters", [
    # انطلقت مظاهرات احتجاج ... حيث تقدم المتظاهرون بمذكرات احتجاج (train, yes)
    ("AAW_ARB_20080731.0040-11", "المتظاهرون"),
    # وجاب المتظاهرون شوارع غزة وهم يرفعون لافتات (train, ambiguous: coded with spans)
    ("AAW_ARB_20080109.0032-20", "المتظاهرون"),
])
def test_the_protesters_an_agent_noun_names_are_the_source(nlp, detector_accepts, sid, protesters):
    detector_accepts("PROTEST")  # an ambiguous sentence: the detector, no longer fit on them, doubts it
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    text = next(s.text for s in load_gsr(folder, "PROTEST") if s.id == sid and s.part == "train")
    doc = nlp(Document(text=text))
    events = [e for e in doc.events if e.type == "PROTEST"]
    assert events
    assert protesters in [m.text for e in events for i in e.source for m in doc.actor(i).mentions]


def test_the_organiser_of_a_protest_is_its_source_not_its_target(nlp):
    # اندلعت أعمال شغب في أثينا امس خلال مظاهرة نظمها محتجون يساريون (train, ambiguous: coded
    # with spans, source محتجون يساريون): before, the protesters were the target of the riot
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    text = next(s.text for s in load_gsr(folder, "PROTEST") if s.part == "train" and "نظمها محتجون" in s.text)
    doc = nlp(Document(text=text))
    events = [e for e in doc.events if e.type == "PROTEST"]
    words = lambda ids: [m.text for i in ids for m in doc.actor(i).mentions]  # noqa: E731
    assert events and "محتجون" in [w for e in events for w in words(e.source)]
    assert not any(words(e.target) for e in events)


def test_the_dead_a_casualty_noun_governs_did_not_attack(nlp):
    # اعلن الفريق رياض نوري ... مقتل سبعة اشخاص واصابة 19 اخرين بجروح، في هجوم انتحاري بسيارة
    # مفخخة استهدف أمس موكبه (train, ambiguous: coded with spans, the dead as target)
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    text = next(s.text for s in load_gsr(folder, "ASSAULT") if s.id == "AAW_ARB_20080710.0038-1")
    _, source, target = _assault(nlp, text)
    assert "اشخاص" in target and "اشخاص" not in source


def test_no_target_past_a_clause_that_tells_what_followed(nlp, train):
    # في سبتمبر 1970 خطفت الجبهة الشعبية ثلاث طائرات غربية ... ودمرتها جميعا مما دفع العاهل
    # الاردني الراحل الملك حسين لمواجهة الفصائل: the king was no hijack target
    _, source, target = _assault(nlp, train["AAW_ARB_20080129.0051-15"])
    assert source == ["الجبهة الشعبية"] and "العاهل الاردني" not in target


def test_a_protest_against_a_killing_is_against_the_killer(nlp, detector_accepts):
    # خرج متظاهرون أفغان ... للاحتجاج على مقتل ثلاثة مدنيين على يد قوات التحالف (train, ambiguous:
    # coded with spans, target the coalition forces): على يد names the killer, not the protesters'
    detector_accepts("PROTEST")  # an ambiguous sentence: the detector, no longer fit on them, doubts it
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    text = next(s.text for s in load_gsr(folder, "PROTEST") if s.id == "AAW_ARB_20080512.0018-21")
    doc = nlp(Document(text=text))
    protest = next(e for e in doc.events if e.type == "PROTEST")
    assert protest.target == ["coalition.forces"] and protest.source == ["afg.protesters"]
