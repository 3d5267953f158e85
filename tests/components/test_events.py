"""The events stage on the seed article and on GSR sentences from khabar's train split.

The seed test gives the stage the seed's hand-annotated actors (gold.json entities, plus the two
generic actors the actors stage resolves from agent nouns: the prisoners and the Palestinian
people), so that it checks event coding itself, independent of NER and actor resolution.
"""
from __future__ import annotations

import json
import re
import unicodedata

import pytest

from khabar.coding.detector import load_detector
from khabar.components.events import EventsStage
from khabar.doc import Actor, Document, Mention
from khabar.lang.ar.normalize import normalize
from khabar.pipeline import load_pipeline
from tests.conftest import shared_path

GENERIC = {"Palestinian prisoners": ["أسرانا", "الأسرى"], "Palestinian people": ["شعبنا الفلسطيني", "الشعب الفلسطيني"]}


def _name_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


@pytest.fixture(scope="module")
def coded_seed(seed_text, seed_gold) -> Document:
    doc = load_pipeline(("tokenize",))(Document(text=seed_text, id="seed", date="2022-09-06"))
    for k, ent in enumerate(seed_gold["entities"]):
        actor = Actor(f"g{k}", ent["english"], ent["text"], ent.get("country"), (ent.get("sector") or [None])[0], ent["label"])
        actor.mentions = [Mention(s, e, seed_text[s:e]) for s, e in ent["occurrences"]]
        doc.actors.append(actor)
    for name, forms in GENERIC.items():
        actor = Actor(_name_key(name), name, forms[0], "PSE", "CVL", "ORG")
        for form in forms:
            actor.mentions += [Mention(m.start(), m.end(), form, "agent") for m in re.finditer(form, seed_text)]
        doc.actors.append(actor)
    return EventsStage()(doc)


def _side_matches(doc: Document, ids: list[str], wanted: list[list[str]]) -> bool:
    names = [_name_key(doc.actor(i).name_en) for i in ids]
    return all(any(key in n for n in names for key in alts) for alts in wanted)


def test_seed_required_events(coded_seed, seed_gold):
    for gold in (e for e in seed_gold["events"] if e["required"]):
        # the source side is checked on Hamas: PIJ is named "الجهاد" alone in the last sentence,
        # which the gold entities do not list
        source_wanted = gold["source_match"][:1]
        found = [
            ev for ev in coded_seed.events
            if ev.type == gold["plover"] and _side_matches(coded_seed, ev.source, source_wanted)
            and _side_matches(coded_seed, ev.target, gold["target_match"])
        ]
        assert found, f"{gold['id']} {gold['plover']} not found"
        if gold["location"]:
            assert any(coded_seed.actor(ev.location).name_en == gold["location"] for ev in found if ev.location)


def test_seed_intended_and_reported_modes(coded_seed):
    modes = {(ev.type, ev.trigger.text): ev.mode for ev in coded_seed.events}
    assert modes[("COOPERATE", "الانخراط")] == "intended"
    assert modes[("SUPPORT", "دعم")] == "reported"
    assert modes[("CONSULT", "التقى")] == "asserted"


def test_seed_carries_both_movements_to_later_sentences(coded_seed):
    coop = next(ev for ev in coded_seed.events if ev.type == "COOPERATE" and ev.mode == "intended")
    assert _side_matches(coded_seed, coop.source, [["hamas"], ["islamicjihad"]])


def test_offsets_and_fields_invariant(coded_seed):
    text = coded_seed.text
    assert coded_seed.events
    for ev in coded_seed.events:
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert ev.evidence == coded_seed.sentence_text(ev.sentence)
        assert ev.trigger.start >= coded_seed.sentences[ev.sentence].start
        assert 0.0 <= ev.confidence <= 1.0
        assert ev.date == "2022-09-06"


def _types(text: str) -> set[str]:
    doc = load_pipeline(("tokenize", "ner", "actors", "events"))(text)
    return {ev.type for ev in doc.events}


def test_gsr_train_assault_detected():
    # 'yes' sentences of khabar's GSR train split
    assert "ASSAULT" in _types("وقتل مهاجم انتحاري 47 شخصا في هجوم على انصار زعيمة المعارضة الراحلة بي نظير بوتو يوم السبت.")
    assert "ASSAULT" in _types("من ناحية ثانية, فجر انتحاري سيارة مفخخة أمام مطعم يقصده رجال شرطة عراقيون الى الشمال من الرمادي.")


def test_gsr_train_keyword_negatives_rejected():
    # 'easy no' / 'difficult no' sentences of the train split that contain ASSAULT / PROTEST words
    assert "ASSAULT" not in _types("شنت أطراف المعارضة اللبنانية هجوما عنيفا على البطريرك الماروني نصرالله صفير على خلفية مناداته بقانون جديد للانتخابات.")
    assert "PROTEST" not in _types("وقد حمل المتظاهرون أعلام ألبانيا والاتحاد الاوروبي والولايات المتحدة الاميركية وكوسوفو.")


def test_gsr_train_protest_detected():
    assert "PROTEST" in _types("وتجمع مئات المتظاهرين امام مبنى مجلس محافظة كركرك وسط المدينة، مطالبين الحكومة التركية والامم المتحدة بالتدخل من اجل وقف الهجمات ورحيل فوري للقوات.")


def test_trigger_words_inside_a_dictionary_name_are_no_event():
    # SaudiNewsNet: التعاون in مجلس التعاون الخليجي (the NER misses the name here; the actor
    # dictionary has it) is no COOPERATE
    doc = load_pipeline(("tokenize", "ner", "actors", "events"))(
        "وأكد رئيس الجمهورية أن الشعب اليمني بأجياله المتعاقبة لن ينسى المواقف التي سجلتها دول مجلس "
        "التعاون الخليجي ووقوفها إلى جانب اليمن وشرعيته الدستورية.")
    assert any(m.kind == "alias" and "التعاون" in m.text for a in doc.actors for m in a.mentions)
    assert "COOPERATE" not in {ev.type for ev in doc.events}


def test_visits_and_help_without_any_actor_are_no_event():
    # SaudiNewsNet travel and health pages; a minister's visit to a country stays
    assert "CONSULT" not in _types("وإذا قمت بزيارة المدينة وشعرت بالحيرة حيال أي الأماكن ينبغي أن تزورها، فإنه بجانب الشواطئ يمكنك معاينة الغروب.")
    assert "AID" not in _types("تساعد تطبيقات الملاحة المستخدمين على تحديد وجهتهم وخط سيرهم.")
    assert "CONSULT" in _types("وزار وزير الخارجية البريطاني فيليب هاموند إسرائيل الأسبوع الماضي.")


def test_an_admission_is_no_recognition_but_recognising_someone_is(nlp):
    # SaudiNewsNet: اعترف with words before what is admitted, and with no one recognised
    assert "SUPPORT" not in {ev.type for ev in nlp("وفيما اعترف ياسين بذلك، نفى جبريل الأمر.").events}
    assert "SUPPORT" not in {ev.type for ev in nlp("واعترف البروفسور روغوف، في استجابة للانتقادات، بأن البحث احتوى على خطأ.").events}
    recognised = _coded(nlp, "وأغلقت معظم الدول سفاراتها كونها لا تعترف بالحكومة القائمة هناك.", "SUPPORT")
    assert recognised.target and recognised.mode == "negated"
    assert _coded(nlp, "لكن جبل طارق لا تستطيع التصويت لأن الفيفا لم يعترف بها رسميا.", "SUPPORT")  # بها: named before


def test_a_country_after_a_preposition_of_the_event_is_its_target(nlp):
    # SaudiNewsNet: the state asked, supported, visited; a country after في stays the place
    asked = [ev for ev in nlp("وقد طلبت الحكومة الإيطالية من ليبيا تأمين حدودها وسواحلها.").events if ev.type == "REQUEST"]
    assert asked and "country.LBY" in asked[0].target
    thanked = [ev for ev in nlp("وأعرب رئيس حزب القوات اللبنانية عن شكره وتقديره للسعودية.").events if ev.type == "SUPPORT"]
    assert thanked and "country.SAU" in thanked[0].target
    met = [ev for ev in nlp("التقى وزير الخارجية الأميركي جون كيري نظيره الروسي في مصر.").events if ev.type == "CONSULT"]
    assert met and "country.EGY" not in met[0].target and met[0].location == "country.EGY"


def test_ordering_and_market_demand_are_no_request():
    # SaudiNewsNet: طلب with no actor orders food, is market demand or a friend request
    assert "REQUEST" not in _types("مثلا، تطلب قهوتك وعصيرك وربما طبقا من الفواكه على أمل أن تتبع حمية غذائية.")
    assert "REQUEST" not in _types("وهناك طلب مستمر طوال أشهر العام على هذا النوع من العقارات.")


def test_who_tells_of_an_event_takes_no_part_in_it(nlp):
    # the agency after بحسب / وفقا ل / حسب is neither source, target nor joined to them
    for text in ("وحسب وكالة الصحافة الفرنسية، تقضي هذه القرارات بحظر بيع إيران معدات عسكرية.",
                 "ودعت الحكومة العراقية، بحسب وكالة الصحافة الفرنسية، إلى وقف القتال.",
                 "وهاجم مسلحون مركزا للشرطة في بغداد أمس وقتلوا ثلاثة من عناصره، وفقا لوكالة رويترز."):
        doc = nlp(text)
        agencies = {a.id for a in doc.actors if any("وكال" in m.text for m in a.mentions)}
        assert agencies and doc.events
        assert all(not agencies & set(ev.source + ev.target) for ev in doc.events)


def test_titles_name_their_holder_or_their_state(nlp):
    # a bare title is the person named with it earlier; with a country and no holder, that state's organ
    doc = nlp("التقى الرئيس الأميركي جورج بوش رئيس الوزراء العراقي نوري المالكي في واشنطن. "
              "وقال الرئيس الأميركي إنه يدعم الحكومة العراقية. وانتقد وزير الخارجية الروسي الغارات.")
    bush = next(a for a in doc.actors if any("بوش" in m.text for m in a.mentions))
    supported = [ev for ev in doc.events if ev.type == "SUPPORT"]
    # إنه: the speaker supports; the government after the verb is its object, not its subject
    assert supported and supported[0].source == [bush.id] and supported[0].target == ["irq.gov"]
    criticised = [ev for ev in doc.events if ev.type == "ACCUSE"]
    assert criticised and criticised[0].source == ["rus.gov"]


def test_a_title_of_another_country_is_not_the_holder():
    nlp = load_pipeline(("tokenize", "ner", "actors"))
    doc = nlp("التقى الرئيس الأميركي جورج بوش نظيره الفرنسي. وقال الرئيس الفرنسي إن المحادثات كانت مثمرة.")
    said = next(a for a in doc.actors if any(m.text == "الرئيس الفرنسي" for m in a.mentions))
    assert said.id == "fra.gov"


def test_the_traveller_of_a_visit_is_its_source(nlp):
    # SaudiNewsNet: the group after زيارة (in construct or after ل) travels when إلى names where to
    visit = [ev for ev in nlp("وتعود آخر زيارة لوزير خارجية أميركي إلى كوبا إلى عام 1945.").events if ev.type == "CONSULT"]
    assert visit and visit[0].source == ["usa.gov"] and visit[0].target == ["country.CUB"]


@pytest.fixture(scope="module")
def nlp():
    """The pipeline up to events, without geo, dates and affiliations."""
    return load_pipeline(("tokenize", "ner", "actors", "events"))


def _coded(nlp, text: str, etype: str):
    events = [ev for ev in nlp(text).events if ev.type == etype]
    assert events, f"no {etype} in {text}"
    return events[0]


def test_the_subject_between_a_verb_of_doing_and_its_event_noun_is_the_source(nlp):
    # SaudiNewsNet: قام المسلحون الحوثيون باختطاف: the Houthis kidnapped (no source before); three
    # states after قامت coordinate (only Britain, through the army, before)
    kidnap = _coded(nlp, "وأضاف: «قام المسلحون الحوثيون باختطاف الناشط الإعلامي بالحراك التهامي سمير المنذي في مقهى "
                         "هاواي في كورنيش الحديدة لأنه من الناشطين وأحد شباب ثورة 11 فبراير (شباط) 2011.", "ASSAULT")
    assert kidnap.source == ["yem.houthis"] and kidnap.target == ["agent.activist"]
    joint = _coded(nlp, "وحينها قامت فرنسا وبريطانيا وإسرائيل بالتنسيق فيما بينها لهجوم واسع على القوات المصرية في "
                        "مدن القناة وشبه جزيرة سيناء.", "COOPERATE")
    assert joint.source == ["country.FRA", "country.GBR", "country.ISR"]


def test_a_news_medium_in_a_dateline_or_an_interview_is_no_party(nlp):
    # SaudiNewsNet: the dateline's paper had been the subject of the report (Asharq Al-Awsat wounded
    # nine soldiers), and the paper of an interview the target of a demand made in it
    wounded = _coded(nlp, "كييف- «الشرق الأوسط»: قتل جندي أوكراني وأصيب تسعة آخرون بجروح منذ الجمعة في شرق أوكرانيا "
                          "الانفصالي في مواجهات معزولة مستمرة رغم الهدنة المعلنة، وفق ما أعلن المتحدث العسكري "
                          "الأوكراني أندري ليشنكو السبت.", "ASSAULT")
    assert wounded.source == [] and wounded.target == ["ukr.mil"]
    doc = load_pipeline()(_news_article("وطالب النجيفي في حوار مع «الشرق الأوسط» رئيس الوزراء الحالي حيدر العبادي"))
    demand = next(e for e in doc.events if e.trigger.text == "طالب")
    assert demand.source == ["per.osama-al-nujaifi"] and demand.target == ["per.haider-al-abadi"]


def test_a_news_outlet_meets_and_calls_only_to_report(nlp):
    # SaudiNewsNet: the paper's calls and interviews had been consultations with the minister or designer
    for text in ("واتصلت «الشرق الأوسط» بالوزير العمير لأخذ وجهة نظره حيال ما ورد في الخطاب على لسانه، إلا أنه لم "
                 "يرد على أي اتصال للصحيفة.",
                 "عبر جون راي، مصمم دار «دانهيل» في لقاء أجرته معه جريدة «الشرق الأوسط» عن عدم إعجابه بالبنطلون "
                 "القصير الذي يظهر منه جزء لا بأس به من الكاحل، قائلا إن نهايته اقتربت وإن الرجل أصابه الملل منه."):
        assert not [e for e in nlp(text).events if e.type == "CONSULT"]
    # the interview is none, the talks on the island are (it had been Al Jazeera, their other party)
    doc = nlp("وأكد اناستاسيادس في لقاء خص به «الشرق الأوسط» في القصر الجمهوري في العاصمة نيقوسيا، أن عملية "
              "المفاوضات الجديدة التي بدأت الربيع الماضي «تسير على طريقها الصحيح»، وأنه سيعمل «بلا توقف لتوحيد شطري "
              "الجزيرة»، معتبرا أن «السعودية بثقلها في المنطقة يمكن أن تسهم بإيجابية في دفع مفاوضات توحيد الجزيرة إلى الأمام».")
    consults = [e.trigger.text for e in doc.events if e.type == "CONSULT"]
    assert "لقاء" not in consults and "مفاوضات" in consults
    article = nlp(_news_article("وأكد اناستاسيادس في لقاء خص به «الشرق الأوسط»"))
    assert not [a.id for a in article.actors if "jazi" in a.id or a.id == "cameo.2ef9d75660"]
    # ANTCorpus: journalists named by their trade in a delegation do meet
    delegation = _coded(nlp, "يواصل الوفد المتكون من مكونات المجتمع المدني وإعلاميين تونسيين سلسلة لقاءاتهم في "
                             "العاصمة السورية دمشق مع مسؤولين سوريين.", "CONSULT")
    assert delegation.source == ["tun.med"]


def test_the_other_side_of_a_clash_with_is_the_source_of_its_casualties(nlp):
    # SaudiNewsNet: a Turkish soldier killed in clashes with ISIS had no killer
    killed = _coded(nlp, 'قال مسؤول تركي كبير، اليوم (الخميس)، ان جنديا تركيا قتل وأصيب آخر في اشتباكات مع تنظيم "داعش" '
                         'المتطرف عبر الحدود مع سوريا اليوم، وذلك بعد تفجير انتحاري قتل 32 شخصا وألقيت المسؤولية فيه '
                         'على التنظيم المتشدد، جرى في وقت سابق.', "ASSAULT")
    assert killed.source == ["imgisi"] and killed.target == ["tur.mil"]
    # ANTCorpus: a clash that is a clause's act, not where the wounded were hurt, names no attacker
    hurt = _coded(nlp, "وأضافت الحكومة الإسبانية أن خمسة من رجال الشرطة الإسبانية و50 من المغرب أصيبوا بعد أن استخدم "
                       "المهاجرون الحجارة والقضبان الحديدية في محاولة لعبور البوابات واقتحام السياج والاشتباك مع السلطات.",
                  "ASSAULT")
    assert "mar.gov" not in hurt.source


def test_members_of_an_organisation_after_bain_are_that_side(nlp):
    # SaudiNewsNet: بين القوات المسلحة التشادية وعناصر من «بوكو حرام»: Boko Haram is the other side
    clash = _coded(nlp, "وقال المصدر الأمني إن مواجهات وقعت أمس بين القوات المسلحة التشادية وعناصر من «بوكو حرام» في "
                        "جزيرة تشوكو تيليا التشادية، وهي منطقة محاذية لبحيرة تشاد.", "ASSAULT")
    assert clash.source == ["tcd.mil"] and clash.target == ["nga.boko-haram"]


def test_the_group_that_claims_an_attack_is_its_source(nlp):
    # SaudiNewsNet, ANTCorpus: أعلنت طالبان مسؤوليتها عن الهجوم (no source before), «داعش» ... مسؤوليته
    claimed = _coded(nlp, "وأعلنت طالبان مسؤوليتها عن الهجوم على القاعدة، الذي أعقب تفجيرًا انتحاريًا لطالبان خارج "
                          "أكاديمية الشرطة الأفغانية في العاصمة والذي أسفر عن مقتل 25 من الطلبة.", "ASSAULT")
    assert claimed.source == ["afg.taliban"]
    nightclub = _coded(nlp, 'أعلن تنظيم "داعش"، الاثنين، مسؤوليته عن الهجوم الدامي الذي استهدف ملهى ليليا في إسطنبول، '
                            'ليلة رأس السنة، حسب "رويترز".', "ASSAULT")
    assert nightclub.source == ["imgisi"]


def test_the_arms_of_the_forces_are_actors(nlp):
    # SaudiNewsNet: سلاح الجو، القوات الجوية (no actor before) with their country adjective, and bare
    # the state's the text is about (Israel's: the Iranian officer its raid killed had been its source)
    strike = _coded(nlp, "وجاء في البيان «استهدف سلاح الجو التركي ثلاثة مواقع لتنظيم داعش داخل الأراضي السورية "
                         "بواسطة ثلاث طائرات من طراز إف 16، انطلقت من قاعدة القيادة الجوية الثامنة في ولاية ديار بكر».",
                    "ASSAULT")
    assert strike.source == ["tur.air-force"] and strike.target == ["imgisi"]
    helped = _coded(nlp, "كما ذكرت أيضًا أنّ القوات الجوية النيجيرية ساعدت القوات البرية في صد هجوم للجماعة حول قرية "
                         "بيتا عند الطرف الجنوبي لمحمية سامبيسا؛ وهي أحد معاقل «بوكو حرام».", "AID")
    assert helped.source == ["nga.air-force"] and len(helped.target) == 1 and helped.target[0].endswith(".mil")
    raid = _coded(nlp, "وبعدها، توسعت دائرة العمليات الإسرائيلية، حيث استهدف سلاح الجو قافلة لحزب الله في المنطقة في "
                       "18 يناير (كانون الثاني) الماضي، أسفرت عن مقتل 5 عناصر من حزب الله وضابط إيراني.", "ASSAULT")
    assert raid.source == ["isr.air-force"] and raid.target == ["lbn.hezbollah"]


def test_the_side_after_min_of_a_casualty_noun_is_the_victims(nlp):
    # SaudiNewsNet: مقتل عناصر من الشرطة: the police lost men, they killed no one (they had been the
    # killers of the Turkish army, the subject of the next clause)
    killing = _coded(nlp, "وردًا على مقتل عناصر من الشرطة، يشن الجيش التركي يوميًّا غارات جوية كثيفة على مواقع حزب "
                          "العمال الكردستاني في شمال العراق.", "ASSAULT")
    assert killing.trigger.text == "مقتل" and not killing.source
    assert any(i.endswith(".cop") for i in killing.target)


def test_an_attack_noun_with_adjectives_before_its_attacker_after_li(nlp):
    # SaudiNewsNet: غارة جوية لقوات التحالف: the coalition's forces raided (they had been the target)
    raid = _coded(nlp, "وفي الثامن من يوليو، أعلنت وزارة الدفاع الأميركية أن غارة جوية لقوات التحالف الدولي فوق "
                       "سوريا أدت في مطلع يوليو إلى مقتل محسن الفضلي زعيم مجموعة خراسان الموالية لتنظيم القاعدة في سوريا.",
                  "ASSAULT")
    assert raid.source == ["coalition.forces"] and raid.target and "coalition.forces" not in raid.target
    # a blow after ل is dealt to it (the Afghan air force lost a helicopter, it struck no one)
    crash = nlp("قال مسؤولون إنّ طائرة هليكوبتر تابعة للجيش الافغاني تحطمت اليوم (الخميس)، ما أسفر عن مقتل 17 "
                "شخصًا كانوا على متنها في ضربة لسلاح الجو الافغاني.")
    assert not any(e.source for e in crash.events)
    # ... and of the dead the sentence counts before it (15 Houthi gunmen, in presentation forms)
    killed = _coded(nlp, "ميدانيا، قالت ﻣﺼﺎﺩﺭ ﻣﺤﻠﻴﺔ ﻓﻲ محافظة ﻟﺤﺞ، الواقعة شمال عدن، إﻥ 15 ﻣﻦ ﻣﺴﻠﺤﻲ ﺍﻟﺤﻮﺛﻲ ﻗﺘﻠﻮﺍ "
                         "ﻭﺟﺮﺡ ﺁﺧﺮﻭﻥ ﻓﻲ ﻏﺎﺭﺓ ﺟﻮﻳﺔ ﻟﻄﻴﺮﺍﻥ ﺍﻟﺘﺤﺎﻟﻒ ﺍﻟﻌﺮﺑﻲ، ﺍﺳﺘﻬﺪﻓﺖ ﺁﻟﻴﺎﺕ ﻋﺴﻜﺮﻳﺔ ﺗﺎﺑﻌﺔ ﻟﻠﺤﻮﺛﻴﻴﻦ "
                         "ﻓﻲ ﺻﺤراء ﻭﺍﺩﻱ ﺍﻟﺤﺴﻴﻨﻲ شمال شرقي مدينة الحوطة عاصمة لحج ﻟﺤﺞ.", "ASSAULT")
    assert killed.source == ["sau.coalition"] and killed.target == ["yem.houthis"]


def test_a_sentence_in_presentation_forms_is_coded_as_in_plain_letters(nlp):
    # SaudiNewsNet: Asharq Al-Awsat's Aden reports of 2015 are partly in Arabic presentation forms
    battle = _coded(nlp, "ﻭﺩﺍﺭﺕ ﻣﻌﺎﺭﻙ ﻋﻨﻴﻔﺔ ﺑﻴﻦ ﺍﻟﻤﻘﺎﻭﻣﺔ، ﻭﻣيﻠﻴﺸﻴﺎﺕ ﺍﻟﺤﻮﺛﻲ ﻭﺍﻟﻘﻮﺍﺕ ﺍﻟﻤﺴﺎﻧﺪﺓ ﻟﻬﺎ ﺑﺎﻟﻘﺮﺏ ﻣﻦ ﻗﺎﻋﺪﺓ ﺍﻟﻌﻨﺪ ﺑﻠﺤﺞ، إذ "
                    "ﺃﺳﻔﺮﺕ ﺗﻠﻚ ﺍﻟﻤﻮﺍﺟﻬﺎﺕ ﻋﻦ ﻣﻘﺘﻞ 22 ﻣﻦ ﻣﺴﻠﺤﻲ ﺍﻟﺤﻮﺛﻲ.", "ASSAULT")
    assert battle.trigger.text == "ﻣﻌﺎﺭﻙ" and "yem.houthis" in battle.target and battle.source
    article = _news_article("ﺃﻛﺪ ﻣﺼﺪﺭ ﻋﺴﻜﺮﻱ ﻣﺴﺆﻭﻝ ﻓﻲ ﻭﺯﺍﺭﺓ الدفاع")
    plain = article.translate({c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFE70, 0xFEFD)})
    assert plain != article
    def named(text: str) -> list[tuple[str, str]]:
        return [(normalize(e.text), e.label) for e in nlp(text).entities]

    assert len(named(article)) > 40 and named(article) == named(plain)


def test_a_country_as_a_verbs_subject_or_object_is_the_state(nlp):
    # SaudiNewsNet: a country named bare next to its verb acts or undergoes; after في it is the place
    accused = _coded(nlp, "واتهمت باكستان الهند بانتهاك آخر لوقف إطلاق النار في إقليم كشمير.", "ACCUSE")
    assert accused.source == ["country.PAK"] and accused.target == ["country.IND"]
    assert _coded(nlp, "من جانبها، رفضت إيران حتى الآن نشر نسخة رسمية من القائمة.", "REJECT").source == ["country.IRN"]
    # fronted after a complementiser: the state before the verb acts on the one after it
    backed = _coded(nlp, "وقال: إن الولايات المتحدة تدعم العراق وتسلح جيشه.", "SUPPORT")
    assert backed.source == ["country.USA"] and backed.target == ["country.IRQ"]
    # a coordination after كانت, all of it
    pledged = _coded(nlp, "وكانت ألمانيا وفرنسا وبريطانيا بشكل خاص تعهدت بتخصيص مساعدات أكبر لتونس.", "AGREE")
    assert pledged.source == ["country.DEU", "country.FRA", "country.GBR"]
    # a masculine verb takes a feminine country as its object only; a relative pronoun is the subject
    visit = _coded(nlp, "وأضاف هاموند الذي زار إسرائيل الأسبوع الماضي أن الاتحاد الأوروبي قادر على دور.", "CONSULT")
    assert visit.target == ["country.ISR"] and "country.ISR" not in visit.source
    # in construct after a noun, or joined to a place, a country is no party
    asked = _coded(nlp, "وطلب أوباما من سفيرة الولايات المتحدة لدى الأمم المتحدة الالتزام بالاتفاق.", "REQUEST")
    assert "country.USA" not in asked.source + asked.target
    held = _coded(nlp, "وتعتقل إسرائيل الآن 54 أسيرا محررا في الضفة والقدس.", "COERCE")
    assert held.source == ["country.ISR"]


def test_a_seat_of_government_named_as_a_party_is_its_state(nlp):
    # SaudiNewsNet: a capital named bare as a verb's subject or object stands for its state (a
    # mention of kind "seat" on the country); after a preposition it stays the place
    accused = _coded(nlp, "واتهمت بكين طوكيو بالمبالغة الشديدة في «التهديدات العسكرية الصينية».", "ACCUSE")
    assert accused.source == ["country.CHN"] and accused.target == ["country.JPN"]
    doc = nlp("وتتهم كييف ومعها الغرب روسيا بتأجيج التمرد والمشاركة فيه، إلا أن موسكو تنفي تلك التهم بشكل مستمر.")
    denial = [ev for ev in doc.events if ev.type == "REJECT"]
    assert denial and denial[0].source == ["country.RUS"]
    assert [m.text for m in doc.actor("country.RUS").mentions if m.kind == "seat"] == ["موسكو"]
    # the speaker of a pronoun complementiser (أعلنت موسكو أنها سترسل): a one-word capital the
    # tagger reads as ORG is the city, not a new organisation
    sent = nlp("أعلنت موسكو أنها سترسل مساعدات إلى سوريا.")
    assert not any(a.id.startswith("new.") for a in sent.actors)
    assert _coded(nlp, "أعلنت موسكو أنها سترسل مساعدات إلى سوريا.", "AID").source == ["country.RUS"]
    met = _coded(nlp, "التقى وزير الخارجية في الرياض نظيره السعودي.", "CONSULT")
    assert met.location == "city.108410" and "country.SAU" not in met.source + met.target


def test_no_target_across_a_complementiser(nlp):
    # SaudiNewsNet: the group after بأن belongs to the reported clause, not to the verb before it
    doc = nlp("ودعت طهران إلى «اقتناص هذه الفرصة» واعدة بأن الولايات المتحدة ستساعد طهران، في حال قامت بذلك، "
              "على «الخروج من عزلتها».")
    events = {ev.type: ev for ev in doc.events}
    assert "country.USA" not in events["REQUEST"].target
    assert events["AID"].source == ["country.USA"] and events["AID"].target == ["country.IRN"]


def test_a_fronted_phrase_that_names_no_actor_is_the_subject(nlp):
    # SaudiNewsNet: between a complementiser and the verb stands the verb's subject; when it names
    # no actor, the group after the verb is the object and no other group the source
    asked = _coded(nlp, "ولذا قال بن ليندسي، 27 عاما، إنه يتمني لو أن الكلية طالبت كل الطلاب المستجدين "
                        "بالحصول على دورة أساسية في السنة الأولى بالكلية.", "REQUEST")
    assert asked.source == [] and asked.target == ["agent.students"]
    # (its twin, هذا الخطاب الإيراني يساعد في التفاف البعض حول «داعش», is no event since يساعد في
    # "helps in" is blocked: tests/coding/test_lexicon.py)


def test_a_person_after_a_visit_noun_is_the_visitor(nlp):
    # SaudiNewsNet: with no destination named, a person in construct after زيارة travels; a
    # country after it is visited
    doc = nlp("لكن الدبلوماسيين سينتظرون زيارة جون كيري يوم 14 أغسطس (آب) المقبل.")
    visit = next(e for e in doc.events if e.type == "CONSULT")
    assert [doc.actor(i).name_ar for i in visit.source] == ["جون كيري"] and visit.target == []
    trip = _coded(nlp, "إنه مسؤول في الحكومة العراقية يقوم بزيارة غير رسمية لفرنسا.", "CONSULT")
    assert trip.target == ["country.FRA"]


def test_a_definite_noun_right_after_the_verb_is_its_subject(nlp):
    # SaudiNewsNet: a noun that names no actor right after the verb is the subject, so the group
    # after it is the object; a description before a person's name is not
    asked = _coded(nlp, "وطلبت النيابة توقيف الشبان الثلاثة الذين تتراوح اعمارهم بين 17 و23 عاما.", "REQUEST")
    assert asked.source == [] and asked.target == ["agent.youths"]
    accused = _coded(nlp, "وتتهم الأجهزة المصرية مسلحين من غزة بالدخول للأراضي المصرية عبر الأنفاق.", "ACCUSE")
    assert "agent.gunmen" not in accused.source and "agent.gunmen" in accused.target
    doc = nlp("وكذلك طالب الفنان المصمّم يحيى البشري، في كلمته، بعمل صندوق لدعم فعاليات وأنشطة الجمعية.")
    demand = next(e for e in doc.events if e.type == "REQUEST")
    assert [doc.actor(i).name_ar for i in demand.source] == ["يحيى البشري"]


def _news_article(marker: str) -> str:
    """The SaudiNewsNet article (benchmarks and tests only) that contains ``marker``."""
    path = shared_path("data", "news", "saudinewsnet", "subset_aawsat_spa.jsonl")
    with path.open(encoding="utf-8") as fh:
        return next(json.loads(line)["content"] for line in fh if marker in line)


def test_technology_and_fashion_pages_are_coded_for_no_events_unless_asked(nlp):
    # SaudiNewsNet: the apps of the week (an app's "support" of formats, a "meeting" it reminds
    # you of) and the Iraqi fashion house are no politics
    apps = _news_article("اخترنا لكم في هذا العدد مجموعة من التطبيقات المختلفة للأجهزة الجوالة")
    doc = nlp(apps)
    assert doc.meta["topic"] == "technology" and doc.events == []
    assert load_pipeline(("tokenize", "ner", "actors", "events"), {"events": {"code_topics": ["technology"]}})(apps).events
    assert nlp(_news_article("تسميات شاع إطلاقها من قبل الجمهور على دار الأزياء العراقية")).meta["topic"] == "fashion"


def test_health_pages_are_coded_for_no_events(nlp):
    # SaudiNewsNet: chamomile "calms" (تهدئة, a RETREAT) and "helps" (يساعد, AID) on a health page;
    # Human Rights Watch's report on children hurt by Israeli forces stays politics
    doc = nlp(_news_article("البابونج من النباتات الآمنة"))
    assert doc.meta["topic"] == "health" and doc.events == []
    report = nlp(_news_article("«هيومن رايس ووتش» تتهم إسرائيل باستخدام القوة غير المبررة ضد الأطفال"))
    assert "topic" not in report.meta and report.events
    # patients hurt by a war are politics, though the page is full of medicine
    assert "topic" not in nlp(_news_article("مرضى الغسيل الكلوي أكثر فئات المجتمع تضررًا بالحرب في اليمن")).meta


def test_arts_food_and_stock_market_pages_are_coded_for_no_events(nlp):
    # SaudiNewsNet: a singer's TV interview ("they stole my clothes": CRIME), a Ramadan recipe page
    # (a dish "calms" hunger: RETREAT), a Gulf stock-market report (a sector's "support" lifts the
    # index) are no politics; a campaign's statement against the Locarno film festival's Israeli
    # guests is (its PROTEST, a statement sent "in protest", is no longer coded since the thirty-
    # eighth session: the campaign accuses and demands), and so is Athens' bourse reopening amid
    # Greece's talks with its creditors
    for marker, topic in (("تقدم الإعلامي وسام بريدي بالتعازي للشعب المصري", "arts"),
                          ("يكثر الحديث عن نوع وطبيعة الأطعمة والسوائل", "food"),
                          ("تباين أداء مؤشرات أسواق المنطقة بعد أن فتحت جميع الأسواق", "markets")):
        doc = nlp(_news_article(marker))
        assert doc.meta["topic"] == topic and doc.events == []
    locarno = nlp(_news_article("افتتح مهرجان لوكارنو السينمائي الدولي دورته الثامنة والستين"))
    assert "topic" not in locarno.meta and {"ACCUSE", "REQUEST"} <= {ev.type for ev in locarno.events}
    athens = nlp(_news_article("سجلت بورصة أثينا للأسواق المالية هبوطا حادا"))
    assert "topic" not in athens.meta and "CONSULT" in {ev.type for ev in athens.events}


def test_the_group_in_construct_after_an_event_noun_acts_on_the_one_after_a_preposition(nlp):
    # SaudiNewsNet: دعم إيران للأسد (a country in construct too), اجتماع المتشددين مع بلمختار
    for marker, etype, source in (("مثل استمرار دعم إيران للأسد", "SUPPORT", ["country.IRN"]),
                                  ("أن اجتماع المتشددين مع بلمختار", "CONSULT", ["agent.reb"])):
        doc = nlp(_news_article(marker))
        event = next(e for e in doc.events if e.type == etype and marker in e.evidence)
        assert event.source == source and event.target and not set(event.target) & set(source)


def test_a_sports_report_is_coded_for_no_events_unless_asked(nlp):
    # SaudiNewsNet: a transfer story (17 events: negotiations, demands, signing) is sports; the
    # report of a Syrian rebel truce with a football word or two is not
    transfer = _news_article("فشلت مفاوضات النادي الأهلي للمرة الثانية")
    doc = nlp(transfer)
    assert doc.meta["topic"] == "sports" and doc.events == [] and doc.actors
    coded = load_pipeline(("tokenize", "ner", "actors", "events"), {"events": {"code_topics": ["sports"]}})(transfer)
    assert {"CONSULT", "AGREE"} <= {ev.type for ev in coded.events}
    truce = nlp(_news_article("يطوقان خلافاتهما في الغوطة الشرقية"))
    assert "topic" not in truce.meta and truce.events


def test_a_ministers_portfolio_is_an_office_not_an_event(nlp):
    # ANTCorpus (Jawhara FM): two ministers "of foreign affairs and international cooperation" and
    # "of development, investment and international cooperation" cooperate with no one; the visit
    # is still coded, now with the minister who pays it
    path = shared_path("data", "news", "antcorpus", "politic", "JA-politic-317-20150225.txt")
    text = re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1)
    doc = nlp(text)
    assert not [e for e in doc.events if e.trigger.text == "التعاون"]
    visit = next(e for e in doc.events if e.type == "CONSULT" and e.trigger.text == "زيارة")
    assert visit.target == ["country.TUN"] and visit.source
    # the noun after the minister's portfolio is no part of it (وقع وزير الخارجية الاتفاقية)
    assert "AGREE" in {e.type for e in nlp("وقع وزير الخارجية المصري الاتفاقية مع نظيره الأردني.").events}


def test_no_source_is_carried_from_another_sentence(nlp):
    # a sentence without a subject took the source of one of the two sentences before it: in real
    # news such a source was wrong about two times in three (docs/benchmarks.md), so it stays
    # without one; the sentence that names Hamas keeps it
    doc = nlp("انتقدت حركة حماس القرار الإسرائيلي. وأكدت دعمها الكامل للأسرى. ودعت إلى التظاهر يوم الجمعة. "
              "وطالبت بالإفراج عن المعتقلين.")
    assert [ev.source for ev in doc.events if ev.sentence == 0] == [["hamas"]]
    assert all(ev.source == [] for ev in doc.events if ev.sentence > 0)


def test_no_source_is_carried_into_a_clause_reported_by_a_speaker(nlp):
    # SaudiNewsNet: Obama, named in a visit sentence, was carried into the next sentence as the
    # killer, though its speaker, the Kenyan police, stands before أن
    marker = "وأعلنت أمس الشرطة الكينية أن مقاتلين"
    doc = nlp(_news_article(marker))
    killing = next(e for e in doc.events if e.type == "ASSAULT" and marker in e.evidence)
    assert not any("Obama" in doc.actor(i).name_en for i in killing.source)
    doc = nlp("واتهمت بكين طوكيو بالمبالغة في التهديدات العسكرية الصينية. وأعلنت موسكو أنها سترسل مساعدات إلى سوريا.")
    assert all("country.CHN" not in e.source for e in doc.events if e.sentence == 1)


def test_the_group_whose_fire_hit_is_the_agent(nlp):
    # SaudiNewsNet: برصاص الشرطة names who shot, after the verb where a subject would stand
    shot = _coded(nlp, "أصيب متظاهران معارضان للرئيس البوروندي بيار نكورونزيزا برصاص الشرطة مساء أول من أمس "
                       "في بوجمبورا.", "ASSAULT")
    assert [i.rsplit(".", 1)[-1] for i in shot.source] == ["cop"] and shot.target == ["agent.protesters"]


def test_a_relative_pronoun_is_its_verbs_subject(nlp):
    # SaudiNewsNet wordings: the antecedent of الذي / التي acts, named as an actor or not; unless a
    # pronoun after the verb refers back to it (التي تدعمها إيران: Iran supports)
    assert _coded(nlp, "أميركا هي التي تساعد مثل هذا النوع من الإرهابيين.", "AID").source == ["country.USA"]
    demand = _coded(nlp, "واتهم النائب إيران بتحريك الأطراف التي تطالب بتقسيم الإقليم.", "REQUEST")
    assert "country.IRN" not in demand.source  # the parties demand, Iran is accused
    assert _coded(nlp, "وتقاتل الجماعات التي تدعمها إيران في سوريا.", "SUPPORT").source == ["country.IRN"]


def test_the_dead_and_wounded_never_act_and_fighters_do(nlp):
    # SaudiNewsNet: لم يسفر عن سقوط قتلى made "the dead" the source of the wounding; مقاتلين, fighters
    # named with no group, are the agent of a passive (على أيدي), where the bomber of an earlier
    # sentence used to be carried in
    hit = _coded(nlp, "وقال مسؤول عسكري إن الهجوم لم يسفر عن سقوط قتلى، بينما أصيب ستة جنود وتعرضت 30 مركبة "
                      "عسكرية للتدمير.", "ASSAULT")
    assert hit.source == [] and hit.target == ["agent.mil"]
    killed = _coded(nlp, "وقتل أحد عشر شخصًا على أيدي مقاتلين ينتمون إلى جماعة بوكو حرام في قرية نائية بشمال "
                         "شرقي نيجيريا، بحسب ما أفاد سكان.", "ASSAULT")
    assert killed.source == ["agent.fighters"] and killed.target == ["agent.cvl"]


def test_an_armed_group_in_construct_with_an_attack_noun_is_the_attacker(nlp):
    # SaudiNewsNet: جراء قصف القوات الاوكرانية: the forces shelled (they were the target of قتل);
    # a source lent by the attack noun is not carried to the next sentence's ceasefire
    doc = nlp("وقال الانفصاليون ان رجلا قُتل جراء قصف القوات الاوكرانية في وسط دونيتسك شرق البلاد. "
              "وهدأت الهجمات منذ التوسط في اتفاق لوقف اطلاق النار في مينسك قبل خمسة أشهر.")
    killed = next(ev for ev in doc.events if ev.type == "ASSAULT")
    assert killed.source == ["ukr.mil"] and killed.target == []
    assert not any(ev.source for ev in doc.events if ev.sentence == 1)


def test_a_sentence_opening_verb_and_who_told_of_it(nlp):
    # SaudiNewsNet: قتل opening the sentence is the verb (it was read as the noun "killing"), and
    # the police after بحسب ما قالت only tell of the killing
    killed = _coded(nlp, 'قتل مسلحون من جماعة "بوكو حرام" المتطرفة عشرات الاشخاص في أربع قرى في شمال شرقي '
                         'نيجيريا، بعضهم ذبحا، بحسب ما قالت الشرطة وأحد السكان، اليوم (الثلاثاء).', "ASSAULT")
    assert killed.trigger.text == "قتل"
    assert "agent.gunmen" in killed.source and killed.target == ["agent.cvl"]


def test_an_event_noun_right_before_a_verb_is_its_subject(nlp):
    # SaudiNewsNet: في هجوم استهدف فندقين: the attack targeted (a relative clause without الذي); the
    # 37 killed were read as the source
    hit = _coded(nlp, "وفي تونس قتل 37 شخصا على الأقل في هجوم استهدف فندقين بمدينة سوسة.", "ASSAULT")
    assert hit.source == [] and hit.target == ["agent.cvl"]


def test_a_verb_form_that_is_only_passive_has_no_source_next_to_it(nlp):
    # SaudiNewsNet: اغتيل (not اغتال) النائب العام: the prosecutor was killed; the verb was no
    # trigger, and the prosecutor the sentence's subject, the source of its attacks
    doc = nlp("اغتيل النائب العام المصري المستشار هشام بركات في تفجير بموكبه بسيارة مفخخة، تبعه هجوم مسلح "
              "استهدف كمائن عسكرية شمال سيناء.")
    killed = next(ev for ev in doc.events if ev.type == "ASSAULT")
    assert killed.trigger.text == "اغتيل" and killed.source == []
    assert [m.text for i in killed.target for m in doc.actor(i).mentions] == ["هشام بركات"]


def test_the_group_after_min_right_after_an_event_noun_is_its_agent(nlp):
    # SaudiNewsNet: تجري بدعم من طيران التحالف: the coalition supports; an invitation from the government
    backed = _coded(nlp, "وكان الحوثيون يواجهون عملية للقوات الموالية للحكومة اليمنية تجري بدعم من طيران التحالف "
                         "العربي بقيادة السعودية.", "SUPPORT")
    assert backed.source == ["sau.coalition"] and not backed.target
    invited = _coded(nlp, "وقبل الرئيس الفرنسي دعوة من الحكومة المصرية لزيارة القاهرة الشهر المقبل.", "REQUEST")
    assert invited.source == ["egy.gov"]


def test_a_giver_after_words_of_its_members_supports_the_subject_before(nlp):
    # SaudiNewsNet: بدعم من سكان مسلحين، بدعم من جماعات معارضة سورية: the armed residents and the
    # opposition groups support the army and the YPG (the two had been the other way round)
    backed = _coded(nlp, "واستعادت قوات الجيش بدعم من سكان مسلحين بعض الأراضي التي خسرتها العام الماضي في بنغازي، لكن "
                         "منتقدين يقولون إن استخدامها للطائرات الحربية ألحق أضرارا شديدة بالمدينة من دون تحقيق تقدم "
                         "كبير على الأرض.", "SUPPORT")
    assert (backed.source, backed.target) == (["agent.gunmen"], ["agent.mil"])
    backed = _coded(nlp, "وحققت وحدات حماية الشعب بدعم من جماعات معارضة سورية صغيرة، مكاسب على حساب تنظيم \"داعش\" في "
                         "محافظة الرقة وسيطرت على تل أبيض على الحدود التركية يوم 15 يونيو (حزيران) قبل أن تتقدم صوب "
                         "الجنوب وتسيطر على بلدة عين عيسى على بعد 50 كيلومترا الى الشمال من مدينة الرقة، معقل التنظيم "
                         "في سوريا.", "SUPPORT")
    assert (backed.source, backed.target) == (["syr.opp"], ["syr.ypg"])


def test_who_obtains_or_meets_an_event_undergoes_it_and_its_genitive_does_it(nlp):
    # SaudiNewsNet: حصل منصور على دعم من قادة طالبان: the Taliban support him; حصل على تأييد النواب:
    # the deputies support Corbyn (both had been the other way round); قوبل ترشيح ريتشاردسون بترحيب:
    # Richardson is welcomed, by no one named
    backed = _coded(nlp, "وقالت مصادر أفغانية مطلعة إن أختر منصور حصل أمس على دعم قوي من بعض قادة حركة طالبان العسكريين "
                         "الذين بايعوه على الإمارة.", "SUPPORT")
    assert (backed.source, backed.target) == (["afg.taliban"], ["per.akhtar-mansour"])
    backed = _coded(nlp, "أما جيريمي كوربين فحصل على تأييد النواب البرلمانيين للترشح لقيادة الحزب قبل ساعات قليلة من "
                         "حلول الموعد النهائي.", "SUPPORT")
    assert (backed.source, backed.target) == (["agent.mps"], ["per.jeremy-corbyn"])
    welcomed = _coded(nlp, "وقوبل ترشيح ريتشاردسون بترحيب واسع في الأوساط الأكاديمية، سواء من الطلاب أو الأساتذة..",
                      "SUPPORT")
    assert welcomed.source == [] and len(welcomed.target) == 1


def test_the_one_asked_after_min_is_no_subject(nlp):
    # وطلب الوزير من الحكومة العراقية: the government is asked (الوزير names no actor, so the group
    # after من was read as the verb's subject); اجتمع مندوبون من الحكومة: the delegates' government meets
    asked = _coded(nlp, "وطلب الوزير من الحكومة العراقية تقديم المساعدة للنازحين.", "REQUEST")
    assert asked.source == [] and asked.target == ["irq.gov"]
    met = _coded(nlp, "واجتمع مندوبون من الحكومة العراقية والمعارضة في بغداد أمس.", "CONSULT")
    assert "irq.gov" in met.source


def test_a_casualty_verb_before_people_who_bear_no_arms_is_passive(nlp):
    # ANT corpus: قتل شخصين وأصيب 5 اخرين: two people were killed (read as the killers once the
    # sentence's first word was read as a verb); قتل مسلحون عشرات الاشخاص stays active
    killed = _coded(nlp, "قتل شخصين وأصيب 5 اخرين في إطلاق نار بولاية سان فرانسيسكو الأمريكية، حسب وسائل "
                         "اعلام محلية.", "ASSAULT")
    assert killed.source == [] and killed.target == ["agent.cvl"]


def test_a_state_after_a_casualty_verb_is_still_its_subject(nlp):
    killed = _coded(nlp, "وقتلت إسرائيل ثلاثة فلسطينيين في غارة على غزة أمس.", "ASSAULT")
    assert killed.source == ["country.ISR"] and killed.target == ["pse.people"]


def test_a_feminine_verb_has_no_masculine_subject_after_it(nlp):
    # ANT corpus (dev part): كما دعت المجتمع الدولي: she called on the international community
    called = _coded(nlp, "كما دعت المجتمع الدولي بأسره للوقوف صفا واحدا لمحاربة هذه الآفة.", "REQUEST")
    assert called.source == [] and called.target == ["group.international-community"]
    called = _coded(nlp, "كما دعت الحكومة المجتمع الدولي إلى التحرك.", "REQUEST")
    assert called.source == ["agent.gov"] and called.target == ["group.international-community"]


def test_an_armed_source_acting_on_a_target_is_an_attack_the_detector_doubts(nlp):
    # short plain reports score under the detector's threshold (fit on long GSR sentences); who
    # does what to whom keeps them, with the detector's probability as confidence
    threshold = load_detector().threshold("ASSAULT")
    shelled = _coded(nlp, "قصفت الطائرات الروسية مواقع المعارضة في ريف إدلب.", "ASSAULT")
    assert shelled.source == ["rus.aircraft"] and shelled.target == ["agent.opp"]
    assert shelled.confidence < threshold * 0.8 and shelled.attrs["detected_by"] == "arguments"
    raided = _coded(nlp, "شنت مقاتلات التحالف غارات على مواقع الحوثيين في صنعاء.", "ASSAULT")  # a light verb's object
    assert raided.source == ["coalition.forces"] and raided.target == ["yem.houthis"]
    struck = _coded(nlp, "وشنت طائرات الاحتلال غارات على قطاع غزة.", "ASSAULT")  # a place struck, no actor hit
    assert struck.source == ["isr.aircraft"] and struck.attrs["detected_by"] == "arguments"
    for text in ("لم تقصف الطائرات الروسية مواقع المعارضة في ريف إدلب.",  # negated
                 "ستقصف الطائرات الروسية مواقع المعارضة في ريف إدلب.",  # intended
                 "قصفت الطائرات مواقع في ريف إدلب."):  # no armed actor named
        assert not any(e.type == "ASSAULT" for e in nlp(text).events), text


def test_a_protest_its_clause_reports_happening_is_coded_the_detector_doubting(nlp):
    # SaudiNewsNet: short plain reports of a protest score under the detector's threshold; a verb
    # of demonstrating opening its clause with a counted crowd, or a protest noun a verb stages
    for text, trigger in (
            ("وأمام مكتب محافظ البصرة، تظاهر أمس نحو 500 شخص يرفعون الأعلام العراقية واللافتات للمطالبة بإيجاد "
             "حل لمشكلة المياه التي ترتفع بها نسبة الملوحة.", "تظاهر"),
            ("وانطلقت الاحتجاجات منذ أسبوع بسبب انخفاض سعر شراء اللحوم والألبان من قبل الوسطاء التجاريين رغم "
             "الإجراءات التي أعلنتها الحكومة عن خطط عاجلة لدعم قطاع المزارعين.", "الاحتجاجات"),
            ("إلى ذلك، نظم أنصار القذافي مظاهرة نادرة في مدينة بنغازي في شرق ليبيا وهتفوا «معمر..", "مظاهرة")):
        protest = _coded(nlp, text, "PROTEST")
        assert protest.trigger.text == trigger and protest.attrs["detected_by"] == "arguments", text
    for text in ("تجمعت العائلة حول فراشه وهو ينفث آخر أنفاسه.",  # no crowd counted, no demonstrators
                 "وتجمع الجلسة كبار الجهات المانحة والمستضيفة لـ(الأونروا)».",  # the present of جمع
                 "وهتف المتظاهرون «كلا كلا اميركا... كلا كلا احتلال».",  # chanting at a protest told elsewhere
                 # no crowd counted at the verb
                 "وفي الأسبوع الماضي، احتشد ما يقرب من ألف من البائعين المحتملين في الصالات الضيقة ذات الغرف الصغيرة "
                 "المتراصة في مقر الشركة الرئيسي ذي الارتفاع المنخفض، ليقدموا بضاعتهم: غسول لليد، مقادير للطهي، وقطعة "
                 "إضافية للشواء تستخدم لطهي البيتزا، ولعبة بيسبول مصغرة للأطفال.",
                 # SaudiNewsNet's Kurds in Cologne, negated
                 "لم يتظاهر آلاف الأكراد أمس في مدينة كولونيا الألمانية وبروكسل تنديدا بالغارات."):
        assert not any(e.type == "PROTEST" for e in nlp(text).events), text


def test_a_people_named_by_a_two_word_adjective_protests_and_receives(nlp):
    # ANTCorpus: the South Koreans are the crowd (no source before, then no event: a people has no
    # sector and the happening rule took only the demonstrators' sectors); SaudiNewsNet: the North
    # Koreans receive the aid (no target before)
    protest = _coded(nlp, "تظاهر مئات الكوريين الجنوبيين, اليوم الثلاثاء, أمام السفارة الأمريكية بوسط سيول, ودعوا "
                          "للتراجع عن الاتفاق المبرم مع واشنطن لنشر نظام الدفاع الصاروخى الأمريكي \"ثاد\".", "PROTEST")
    assert protest.source == ["kor.people"] and protest.target == ["usa.embassy"]
    aid = _coded(nlp, "في عام 1999، توصلت وندي شيرمان إلى اتفاق مع كوريا الشمالية مقابل مئات الملايين من الدولارات "
                      "قيمة شحنات الطعام والمساعدات الطبية للكوريين الشماليين الجوعى.", "AID")
    assert aid.target == ["prk.people"]


def test_countries_joined_after_an_event_noun_are_all_its_states(nlp):
    # SaudiNewsNet: دعم لبنان وسوريا والعراق واليمن: four states supported (a country joined to
    # others after a reciprocal noun is a party instead: اتفاق إيران والقوى الكبرى)
    support = _coded(nlp, "وانضم ولايتي لعراقجي في نفيه أن الاتفاق قد يؤثر على سياسة إيران الإقليمية، مشيرا إلى أن: "
                          "«طهران ستستمر في دعم لبنان وسوريا والعراق واليمن في إبادة الإرهاب».", "SUPPORT")
    assert support.target == ["country.LBN", "country.SYR", "country.IRQ", "country.YEM"]


def test_a_group_with_wa_after_a_prepositional_phrase_continues_the_phrase():
    # ANTCorpus: the former MP is the one punished (بمعاقبة الإعلامي ونائب البرلمان), not the court's partner
    # (with the affiliations stage, which joins the title ونائب البرلمان السابق to the name)
    jailed = _coded(load_pipeline(), "قضت محكمة مصرية بمعاقبة الإعلامي ونائب البرلمان السابق توفيق عكاشة بالسجن لمدة عام لإدانته "
                         "بتزوير شهادة الدكتوراه التي أثبتها في أوراق تقدم بها للبرلمان لنيل عضويته.", "COERCE")
    assert jailed.source == ["egy.jud"]


def test_unnamed_media_after_the_verb_are_its_subject(nlp):
    # SaudiNewsNet: the pro-government media accuse the HDP; the party had been the accuser and
    # the government (in the media's phrase) the accused
    accused = _coded(nlp, "واتهمت وسائل إعلام مؤيدة للحكومة حزب الشعوب الديمقراطي وهو حزب أغلب مؤيديه من الأكراد، "
                          "بمحاولة استغلال هجوم سروج بتحريض الأكراد على حمل السلاح وهو الاتهام الذي نفاه زعيم الحزب "
                          "صلاح الدين دمرداش.", "ACCUSE")
    assert (accused.source, accused.target) == ([], ["tur.hdp"])


def test_a_plural_title_names_no_single_holder():
    # SaudiNewsNet: قادة (commanders) had been a title mention of the one commander named later in
    # the article, Mustafa Jaourash: 42 commanders called on him, and he demanded of the Peshmerga
    doc = load_pipeline()(_news_article("دعا 42 من قادة قوات البيشمركة، أمس، الأطراف السياسية في إقليم كردستان"))
    requests = [e for e in doc.events if e.type == "REQUEST" and e.trigger.text in ("دعا", "طالب")
                and e.evidence.startswith(("دعا 42", "من جهته، قال القيادي"))]
    assert len(requests) == 2
    for request in requests:
        assert (request.source, request.target) == (["irq.peshmerga"], []), request.trigger.text


def test_an_event_noun_a_cell_is_for_is_not_the_subjects(nlp):
    # ANTCorpus: the Algerian army broke up a cell supporting terrorist groups; it had been their supporter
    for text in ("تمكنت قوات الجيش الجزائري من الإطاحة بخلية لدعم الجماعات الإرهابية بكل من البليدة وبومرداس وبرج "
                 "بوعريريج تتكون من 5 عناصر، وفق ما أعلنت عنه وزارة الدفاع الجزائرية في بلاغ لها.",
                 "وأضافت الوزارة أن قوات الجيش تمكنت أيضا من إيقاف 8 عناصر دعم للجماعات الإرهابية ببومرداس."):
        assert all(e.source == [] for e in nlp(text).events if e.type == "SUPPORT"), text
        assert any(e.type == "SUPPORT" for e in nlp(text).events), text


def test_a_body_after_a_meeting_and_its_adjective_meets(nlp):
    # ANTCorpus: the US president meets the British prime minister and the Mexican president; the
    # White House, which announced it, had been the source and the president the one met
    met = _coded(nlp, "وأوضح البيت الأبيض عن اجتماع قريب للرئيس الأمريكي الجديد مع رئيسة الوزراء البريطانية والرئيس "
                      "المكسيكي وسط قلق من الطريقة التي ستؤثر بها رئاسته على علاقات واشنطن بهذين البلدين.", "CONSULT")
    assert (met.source, met.target) == (["usa.gov"], ["gbr.gov", "mex.gov"])


def test_an_agent_after_min_qibal_and_a_quotation_mark_is_the_source(nlp):
    # SaudiNewsNet: الهدنة من قبل «فارك»: FARC declared the truce (the quotation mark had hidden
    # the agent's preposition; the rebels of the clause before had been the source)
    truce = _coded(nlp, "ولكن بعد تسليم مسؤول عسكري كان أسره المتمردون وإعلان الهدنة من قبل «فارك» عادت إمكانية وقف "
                        "دوامة العنف في كولومبيا.", "RETREAT")
    assert truce.source == ["cameo.6337221c75"]  # FARC, the dictionary's الفارك


def test_sinai_province_is_known_by_both_its_names(nlp):
    # SaudiNewsNet: ولاية سيناء, Ansar Bait al-Maqdis before its pledge to ISIS (11 articles)
    killed = _coded(nlp, "وفي غضون ذلك، قتل 6 من جماعة «أنصار بيت المقدس»، وأصيب آخرون في حملات لقوات الجيش شمال "
                         "سيناء.", "ASSAULT")
    assert killed.target == ["egy.wilayat-sinai"]


def test_the_bomb_of_an_explosion_is_its_source(nlp):
    # the GSR annotators mark the device as the source of a bombing no one is named behind
    killed = _coded(nlp, "قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد أمس.", "ASSAULT")
    assert killed.source == ["agent.bombs"] and killed.target == ["agent.cvl"]


def test_a_subject_that_names_no_actor_makes_no_event_without_parties(nlp):
    # SaudiNewsNet technology and opinion pages: an app supports countries, experts agree
    assert not nlp("ويدعم التطبيق أكثر من 140 بلدا، ويعتمد على خدمة خرائط.").events
    assert not nlp("ويتفق الخبراء الاستراتيجيون على أن المخرج ليس هو الحل الأمني وحده.").events
    supported = _coded(nlp, "ويدعم الجيش الحكومة الشرعية في عدن.", "SUPPORT")
    assert supported.source == ["agent.mil"] and supported.target == ["agent.gov"]


def test_a_news_medium_that_tells_is_no_party(nlp):
    # SaudiNewsNet: 30 of 36 event arguments that were media were the outlet quoted or told
    sanctioned = _coded(nlp, "وبحسب «رويترز» فرض الاتحاد الأوروبي عقوبات على روسيا.", "SANCTION")
    assert sanctioned.source == ["igo.eu"] and sanctioned.target == ["country.RUS"]
    doc = nlp("وقال مسؤول رفيع بالاتحاد الأوروبي شارك في المفاوضات وتحدث لـ«رويترز» إن الاتفاق قريب.")
    assert not any("رويترز" in m.text for e in doc.events for i in e.source + e.target
                   for m in doc.actor(i).mentions)


def test_an_attackers_own_death_makes_him_no_target(nlp):
    # SaudiNewsNet: the suicide bomber (sau.bomber) was the target of his attack (مقتل الانتحاري)
    bombed = _coded(nlp, "فجّر انتحاري سعودي نفسه، مساء أمس، عند نقطة تفتيش أمنية في الرياض، وكانت النتيجة "
                         "مقتل الانتحاري.", "ASSAULT")
    assert bombed.source == ["sau.bomber"] and bombed.target == []


def test_a_comma_alone_joins_no_list(nlp):
    # SaudiNewsNet: ودعا ... محمد الكربولي، الحكومة إلى: a list joined by commas ends with و
    called = _coded(nlp, "ودعا عضو لجنة الأمن والدفاع النيابية محمد الكربولي، الحكومة العراقية إلى إسناد العشائر.",
                    "REQUEST")
    assert len(called.source) == 1 and called.target == ["irq.gov"]
    met = _coded(nlp, "والتقى الوزير سفراء ألمانيا، وفرنسا وبريطانيا في الرياض.", "CONSULT")
    assert {"country.FRA", "country.GBR"} <= set(met.target)


def test_clashes_between_two_sides_and_an_armed_group(nlp):
    # ANT corpus (dev part): تبادل لإطلاق النار بين الأمن السعودي ومجموعة مسلحة; an armed group
    # named as such (مجموعة مسلحة) is an actor, no longer the adjective of an act noun
    clash = _coded(nlp, "واندلعت اشتباكات عنيفة بين الجيش اللبناني ومسلحين في طرابلس.", "ASSAULT")
    assert clash.source == ["lbn.mil"] and clash.target == ["agent.gunmen"]
    fire = _coded(nlp, "جدّ صباح اليوم السبت، تبادل لإطلاق النار بين الأمن السعودي ومجموعة مسلحة كانت متحصنة "
                       "بأحد المنازل.", "ASSAULT")
    assert fire.source == ["sau.cop"] and fire.target == ["agent.armed-group"]


def test_sides_after_a_verb_of_taking_place_and_a_side_joined_to_an_unknown_one(nlp):
    # SaudiNewsNet: اشتباكات عنيفة دارت منتصف ليل أمس (الأول) بين: the sides stand past the time, and
    # جبهة أنصار الدين, joined to the Nusra Front, names no actor (the source had been the gunmen
    # loyal to the regime); المفاوضات بين الحكومة المغربية ومجموعة «بيجو سيتروين»: the government
    # had been the target
    clash = _coded(nlp, "أما مدينة حلب وريفها، فلم تكن خارج دوامة العنف، إذ أعلن ناشطون أن اشتباكات عنيفة دارت "
                        "منتصف ليل أمس (الأول) بين جبهة النصرة وجبهة أنصار الدين من جهة، وقوات النظام والمسلحين "
                        "الموالين لها من جنسيات سوريا وعربية وآسيوية من أخرى في محيط قريتي حندرات وباشكوي بريف حلب "
                        "الشمالي، كما دارت اشتباكات على أطراف حي الخالدية شمال حلب، بين قوات النظام مدعمومة بقوات "
                        "الدفاع الوطني، وغرفة عمليات فتح حلب، كما فتحت القوات النظامية نيران رشاشاتها الثقيلة على "
                        "مناطق في معارة الارتيق بريف حلب الشمالي الغربي.", "ASSAULT")
    assert clash.source == ["syr.nusra"]
    talks = _coded(nlp, "وانطلقت المفاوضات بشأن هذا المشروع بين الحكومة المغربية ومجموعة «بيجو سيتروين» خلال "
                        "المنتدى الاقتصادي للشرق الأوسط في مارسيليا نهاية العام الماضي.", "CONSULT")
    assert talks.source == ["mar.gov"] and talks.target == []


def test_the_first_side_after_bayna_is_the_source_and_is_not_carried(nlp):
    doc = nlp("يعود أول لقاء بين لودريان وهولاند لعام 1979. ويطلب المجلس من المفوضية تقديم تقرير.")
    met = next(e for e in doc.events if e.type == "CONSULT")
    assert met.source == ["per.jean-yves-le-drian"] and met.target == ["per.francois-hollande"]
    assert not any(e.source for e in doc.events if e.type == "REQUEST")


def test_who_announces_an_attack_did_not_make_it(nlp):
    # ANTCorpus (Jawhara FM): the speaker of أعلن / أكد was the attacker of every casualty noun and
    # attack further on in the sentence; it is the doer only of what it announces
    confirmed = _coded(nlp, "وأكدت الشرطة الفرنسية مقتل شرطي وإصابة اثنين آخرين ومصرع المهاجم، دون أن تستبعد "
                            "وجود أكثر من شخص متورّط في هذا الاعتداء.", "ASSAULT")
    assert "fra.cop" not in confirmed.source and confirmed.target == ["agent.cop"]  # the attacker killed
    arrested = nlp("أعلنت الشرطة البريطانية صباح اليوم إلقاء القبض على 3 أشخاص على صلة بهجوم \"مانشتسر "
                   "أرينا\" الذي استهدف مساء الإثنين قاعة للحفلات وسط المدينة وأسفر عن مقتل 22 شخصا.")
    by_type = {ev.type: ev for ev in arrested.events}
    assert by_type["COERCE"].source == ["gbr.cop"] and by_type["ASSAULT"].source == []
    # SaudiNewsNet: what the speaker says it did itself (أنها قتلت) is still its deed
    killed = _coded(nlp, "أعلنت الشرطة في بنغلادش أنها قتلت ثلاثة متشددين، أمس السبت، بينهم كندي مولود في "
                         "بنغلادش يعتقد أنه العقل المدبر للهجوم الذي وقع الشهر الماضي على مقهى في العاصمة داكا "
                         "وأسفر عن مقتل 22 شخصا معظمهم من الأجانب.", "ASSAULT")
    assert killed.source == ["bgd.cop"]


def test_the_dead_of_an_accident_or_a_disaster_were_not_attacked(nlp):
    # ANTCorpus (Jawhara FM): casualty words made attacks of bus crashes, avalanches, earthquakes
    for text in ("لقي 11 شخصا على الأقل اليوم الثلاثاء مصرعهم وأصيب 40 آخرون إثر انقلاب حافلة لنقل الركاب جنوب شرق الهند.",
                 "قتل 12 جنديا تركيا في تحطّم مروحية عسكرية في محافظة شرناق الحدودية جنوب شرق البلاد مساء اليوم الأربعاء.",
                 "قالت سلطات محلية في فرنسا يوم الاثنين إن أربعة أشخاص على الأقل قتلوا في انهيار جليدي في منتجع تينيه للتزلج في جبال الألب.",
                 "ضرب زلزال بقوة 4.6 درجات على مقياس ريشتر، ولاية جناق قلعة جنوب غرب مدينة إسطنبول التركية، فجر الخميس ، دون وقوع خسائر.",
                 # the houses it destroyed (دمرت) were not attacked either
                 "وارتفعت حصيلة ضحايا الزلزال العنيف الذى ضرب وسط إيطاليا أمس الأربعاء إلى 247 قتيلا و368 مصابا على الأقل وذكرت شبكة \"ايه بى سى\" الأمريكية، اليوم الخميس، أن فرق الاغاثة تواصل بذل الجهود من أجل العثور على ناجين تحت أنقاض المبانى التى دمرت بفعل الزلزال الذى بلغت قوته 6.",
                 # the crash named by a past verb (تحطمت)
                 "ذكرت وكالة الأنباء الكوبية أن طائرة عسكرية تحطمت على جبل في منطقة أرتيميسا بشمال غرب البلاد صباح اليوم، مما أدى إلى مقتل ثمانية عسكريين كانوا على متنها."):
        assert not [ev for ev in nlp(text).events if ev.type == "ASSAULT"], text
    # an attack word beside the casualties keeps the attack
    _coded(nlp, "لقي 13 جنديا تركيّا مصرعهم وأصيب 48 آخرون اليوم في هجوم بسيارة مفخخة.", "ASSAULT")


def test_fajr_before_a_day_is_the_dawn(nlp):
    # ANTCorpus: فجر الأحد "on Sunday at dawn" was the verb "blew up"
    attack = _coded(nlp, "كشفت الشرطة البريطانية الاثنين هوية منفذين لإعتداءات لندن، التي جدت فجر الأحد، حيث نفذ 3 "
                         "مهاجمين دهساً وطعناً في العاصمة البريطانية.", "ASSAULT")
    assert attack.trigger.text != "فجر"
    raid = nlp("تمكّن أعوان مركز الشرطة بهرقلة, من ولاية سوسة فجر اليوم من إيقاف 6 أشخاص كانوا يعتزمون الإبحار خلسة "
               "باتجاه إيطاليا.")
    assert not [ev for ev in raid.events if ev.type == "ASSAULT"]


def test_who_met_his_death_is_the_victim(nlp):
    # ANTCorpus: لقي X مصرعه "X met his death": the dead policeman was the attack's source
    hit = _coded(nlp, "لقي شرطي مصري مصرعه وأصيب 3 آخرون في هجوم استهدف نقطة تفتيش أمنية بالقرب من دير سانت كاترين "
                      "جنوب سيناء.", "ASSAULT")
    assert hit.source == [] and hit.target == ["egy.cop"]


def test_a_partys_short_name_is_no_trigger(nlp):
    # ANTCorpus: after حزب نداء تونس, النداء is the party (a short name), not "the appeal" (REQUEST)
    doc = nlp("قال رئيس الجمهورية، الباجي قايد السبسي، الرئيس المؤسس لحزب نداء تونس، بخصوص الأزمة التي يمر بها "
              "الحزب، \"إن النداء هو مشروع وطني\"، مبينا أنه \"وإن كان لا يتدخل في الشؤون الداخلية للحزب\".")
    assert "النداء" in [m.text for m in doc.actor("tun.nidaa-tounes").mentions]
    assert not [ev for ev in doc.events if ev.type == "REQUEST"]


def test_who_poses_a_threat_threatens_no_one(nlp):
    # ANTCorpus: يشكلوا تهديدا "pose a threat" describes a danger; هدد is a threat
    doc = nlp("وقال كيلي إن هذه الخطوة قد تأتي في إطار الجهود لتشديد التدقيق على الزوار والكشف عن الأشخاص الذين يمكن "
              "أن يشكلوا تهديدا امنيا.")
    assert not [ev for ev in doc.events if ev.type == "THREATEN"]
    threat = _coded(nlp, "هدد زعيم كوريا الشمالية كيم جونغ أون، بقتل من وصفهم \"الخونة\" في بلاده بشكل شخصي، برصاصة "
                         "في الرأس بمسدسه، وفق ما ذكر أحد مستشاريه العسكريين الذي انشق عنه وهرب إلى الصين.", "THREATEN")
    assert threat.source == ["per.kim-jong-un"]


def test_a_title_and_its_organisation_go_with_the_person():
    # ANTCorpus: the organisation after the title's ل (الأمين العام لحزب الله) was the target of
    # the threat its secretary-general made, and Israel no party of it; the affiliations stage,
    # which runs before the events stage in the default pipeline, reads the title
    threat = _coded(load_pipeline(), "هدد الأمين العام لحزب الله اللبناني، حسن نصر الله، اليوم الخميس، \"إسرائيل\" باستهداف مفاعل "
                         "ديمونا النووي، داعيا الكيان الصهيوني إلى تفكيكه.", "THREATEN")
    assert threat.source[0] == "per.hassan-nasrallah" and threat.target == ["country.ISR"]


def test_the_meeting_named_again_is_no_new_event(nlp):
    # ANTCorpus (Jawhara FM): كما استعرض اللقاء ... refers back to the reception coded in the first
    # sentence; a definite event noun with no party of its own, after an event of its type with
    # parties, is no new event (69 such in ANTCorpus, 72 in the 400 news articles)
    path = shared_path("data", "news", "antcorpus", "politic", "JA-politic-474-20170531.txt")
    text = re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1)
    consults = [e for e in nlp(text).events if e.type == "CONSULT"]
    assert consults[0].trigger.text == "استقبل" and consults[0].source == ["per.beji-caid-essebsi"]
    assert all(e.source or e.target for e in consults)


def test_what_is_stopped_is_not_arrested(nlp):
    # ANTCorpus: أوقف before a process is "stopped" (the tram services), before a person "arrested"
    stopped = nlp("وأغلقت الشرطة مداخل المدينة وأوقفت خدمات الترام بعد الحادث، الذي وقع في قلب منطقة بورك ستريت "
                  "التجارية.")
    assert not [ev for ev in stopped.events if ev.type == "COERCE"]
    arrest = _coded(nlp, "أوقفت الشرطة الفرنسية فتى يبلغ من العمر 15 سنة يشتبه في أنه كان يريد شن هجوم في فرنسا.",
                    "COERCE")
    assert arrest.source == ["fra.cop"]


def test_a_booking_is_no_seizure_and_what_it_took_no_request(nlp):
    # ANTCorpus: حجز أماكنها "booked their places"; تطلّب الأمر "if it takes it"
    booked = nlp("تمكنت جامعات الهند وروسيا والصين من حجز أماكنها ضمن أفضل الجامعات في العالم وخطت خطوات كبيرة في "
                 "مجال التعليم في الوقت الذي كانت جامعات الولايات المتحدة وأوروبا المراتب الأولى ضمن التصنيف العالمي .")
    assert not [ev for ev in booked.events if ev.type == "COERCE"]
    needed = nlp("وأضاف الأسد أن دمشق ستحصل في حال تطلب الأمر على دعم عسكري إضافي من روسيا, وذلك لمحاربة الإرهابيين, "
                 "مؤكدا أن مستوى الدعم الحالي كاف لمكافحة الإرهاب في البلاد.")
    assert not [ev for ev in needed.events if ev.type == "REQUEST"]


def test_at_the_request_of_names_who_asks(nlp):
    # ANTCorpus: بناء على طلب من "at the request of": the police asked; طلب alone read as the verb
    # made the group after من the one asked
    asked = _coded(nlp, "وأفادت هيئة النقل في لندن بأن محطة لندن بريدج قد أغلقت بناء على طلب من الشرطة.", "REQUEST")
    assert [i.split(".")[-1] for i in asked.source] == ["cop"] and asked.target == []


def test_a_province_is_no_boycott(nlp):
    # ANTCorpus: مقاطعة before a place is a province (مقاطعة روستوف); before anything else a boycott
    province = nlp("وذكر المسؤول الأمني، أنه تم فتح قضية جنائية بحق اثنين من سكان مقاطعة روستوف، توجها حسب معطيات "
                   "التحقيق، إلى سوريا، حيث انضما إلى تنظيم \"داعش\" الارهابي.")
    assert not [ev for ev in province.events if ev.type == "SANCTION"]
    boycott = _coded(nlp, "يذكر أن الكثير من المتاجر الألمانية تقاطع المنتجات الإسرائيلية بسبب سياسة إسرائيل "
                     "الاستيطانية.", "SANCTION")
    assert boycott.source == ["deu.stores"]  # not the products, once "Israeli producers"


def test_a_leader_in_a_party_is_the_subject_not_the_target():
    # ANTCorpus: the title with في before the name made the party and its leader the target of
    # his own criticism; the affiliations stage (default pipeline) now reads القيادي في حزب X
    accused = _coded(load_pipeline(), "انتقد القيادي في حزب المؤتمر من أجل الجمهورية،طارق الكحلاوي آداء حزب نداء "
                     "تونس وتصرفات عدد من قياداته،معتبرا ما يحصل داخل هذا الحزب بالخطر على كيان الدولة.", "ACCUSE")
    assert "tun.cpr" in accused.source and accused.target == ["tun.nidaa-tounes"]


def test_a_titled_person_does_not_reach_a_later_mention_of_the_organisation():
    # SaudiNewsNet: the group of القيادي في حماس صالح العاروري took in للحركة and أنقرة after the
    # name, so the Hamas leader became who arrested the movement's cells
    doc = load_pipeline()("حمل وزير الدفاع الإسرائيلي موشيه يعالون، مجددا، القيادي في حماس صالح العاروري الذي يعيش "
                          "في أنقرة، المسؤولية عن الخلايا العسكرية للحركة التي اعتقلت في الضفة الغربية وتقف خلف عدد "
                          "من العمليات بينها قتل إسرائيليين.")
    assert [ev.source for ev in doc.events if ev.type == "COERCE"] == [[]]


def test_a_verb_that_drops_its_last_letter_is_still_read(nlp):
    # ANTCorpus: ألقت القبض and ألقوا القبض (ألقى without its ى) were read as the noun القبض alone,
    # with no arrester; the verb phrase now carries its fronted subject
    arrest = _coded(nlp, "وقال وزير العدل البلجيكي كوين جينز إن السلطات البلجيكية ألقت القبض على عدد من الأشخاص في "
                    "العاصمة بروكسل فيما له صلة بتفجيرات باريس التي وقعت الجمعة.", "COERCE")
    assert arrest.trigger.text == "ألقت القبض" and arrest.source == ["bel.gov"]
    police = _coded(nlp, "من جانبها ذكرت صحيفة \"دي فيلت\" أن الشرطة ألقت القبض على منفذ العملية وعلى شخص آخر.", "COERCE")
    assert [i.split(".")[-1] for i in police.source] == ["cop"]


def test_her_sources_are_no_confiscation(nlp):
    # ANTCorpus: مصادرها lost its ا as an accusative ending and became مصادرة (confiscation); a noun
    # in ة takes no accusative alif, so ها is the possessive
    sources = nlp("وأضافت القناة نقلاً عن مصادرها أن السراج وحفتر اتفقا أيضًا \"على أن تتشكل حكومة منفصلة ومستقلة عن "
                  "رئاسي الوفاق، فيما تم الاتفاق أيضًا على احترام أحكام القضاء، كما جرى التوافق أيضًا على معالجة قضية "
                  "المهجرين والنازحين وكذلك حل أزمة الجنوب\".")
    assert not [ev for ev in sources.events if ev.type == "COERCE"]
    _coded(nlp, "صوّت الكنيست الإسرائيلي مساء اليوم لصالح قانون يتيح مصادرة أراض فلسطينية خاصة.", "COERCE")


def test_whose_arrest_the_possessive_names(nlp):
    # ANTCorpus: in أمر بسجنه and قبل اعتقاله the young man and Salman Abedi were jailed and
    # arrested, not the jailers; a possessive before its object (اعتقالها المتهم) is the arrester
    jailed = _coded(nlp, "وأحيل الشاب اليوم الخميس 15 ديسمبر 2016 إلى قاض أمر بسجنه، كما ذكرت النيابة الاتحادية.",
                    "COERCE")
    assert jailed.source == [] and jailed.target == ["agent.youths"]
    arrested = _coded(nlp, "وفي أولى التصريحات، أكد والد سلمان العبيدي قبل اعتقاله، أن ابنه بريء، مضيفاً أن عائلته "
                      "لا تؤمن بالعنف وقتل الأبرياء.", "COERCE")
    assert arrested.source == [] and len(arrested.target) == 1 and arrested.target[0].startswith("new.per.")
    police = _coded(nlp, "وشهد يوم الأحد الماضي إخلاء الشرطة البلجيكية محطة قطار في بروكسل بعد العثور على حقيبتين "
                    "مشبوهتين، وذلك بعد اعتقالها المتهم الثامن.", "COERCE")
    assert police.source == ["bel.cop"]


def test_a_state_named_with_its_head_word_is_a_party(nlp):
    # ANTCorpus: دولة قطر and مملكة البحرين were places of the dictionary's, no parties
    cut = _coded(nlp, "أعلنت ليبيا اليوم الاثنين، قطع علاقاتها مع دولة قطر، وذلك عقب قرار السعودية والإمارات والبحرين "
                 "ومصر واليمن قطع العلاقات الدبلوماسية مع الدوحة.", "SANCTION")
    assert cut.target == ["country.QAT"]
    asked = _coded(nlp, "طلبت مملكة البحرين اليوم الأحد من جنود قطريين متمركزين فيها في إطار خدمتهم في القيادة المركزية "
                   "للقوات البحرية الأمريكية، المغادرة على خلفية الأزمة الدبلوماسية مع الدوحة.", "REQUEST")
    assert asked.source == ["country.BHR"]


def test_a_feminine_body_after_a_masculine_verb_is_its_object(nlp):
    # ANTCorpus: طالب (masculine) before الخارجية التونسية: the ministry is called on, it would
    # take طالبت as the subject
    called = _coded(nlp, "وطالب الخارجية التونسية والجامعة العربية ب\"إدانة هذا العدوان الخارق لسيادة دولة عربية شقيقة "
                    "والمطالبة بفتح تحقيق دولي مستقل لكشف الحقيقة حول قتل المدنيين بالمواد الكيمياوية وبانسحاب كل القوى "
                    "والأطراف الخارجية من سوريا ووقف العدوان عليها\".", "REQUEST")
    assert "tun.mofa" in called.target and "tun.mofa" not in called.source


def test_the_title_alone_brings_its_organisation_to_the_holder():
    # ANTCorpus: انتقد الأمين العام لجماعة حزب الله ... الأمم المتحدة: Hezbollah, named with the title of
    # its secretary-general (named earlier in the article), criticised the UN; it was the target
    path = shared_path("data", "news", "antcorpus", "internationalNews", "JA-internationalNews-561-20170318.txt")
    text = re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1)
    accused = next(e for e in load_pipeline()(text).events if e.type == "ACCUSE" and e.trigger.text == "انتقد")
    assert "lbn.hezbollah" in accused.source and accused.target == ["igo.un"]


def test_the_states_that_level_accusations(nlp):
    # ANTCorpus: وجه is a light verb (وجهت ... اتهامات); the whole list of states between it and the
    # noun accuses, as states, not places
    accused = _coded(nlp, "ووجهت السعودية والإمارات والبحرين واليمن ومصر اتهامات لقطر بمساندة \"الإرهاب\" في أسوأ خلاف "
                     "منذ سنوات بين بعض أقوى الدول العربية.", "ACCUSE")
    assert accused.source == ["country.SAU", "country.ARE", "country.BHR", "country.YEM", "country.EGY"]
    assert accused.target == ["country.QAT"]


def test_farmers_and_migrants_are_parties(nlp):
    # SaudiNewsNet: المزارعون and المهاجرين (185 times) named no actor: the dictionary has them only
    # in the singular, whose key is also "farms"; the farmers' protest had no source, the deportation
    # no target
    protest = _coded(nlp, "وكان المزارعون قد تظاهروا للسبب نفسه قبل ثلاث سنوات، وألقوا كميات كبيرة من الحليب على الأرض، "
                          "ووصف المشهد وقتها بأنه «حمام سباحة من الحليب»، وذلك خلال مظاهرة في أواخر 2009.", "PROTEST")
    assert protest.source == ["agent.farmers"]
    deport = _coded(nlp, "وقال كاميرون أمس إنه سيجري «ترحيل مزيد من المهاجرين غير الشرعيين من بريطانيا حتى يعلم الناس "
                         "أنها ليست ملاذا آمنا».", "COERCE")
    assert deport.target == ["agent.migrants"]


def test_those_fought_alongside_are_no_target(nlp):
    # SaudiNewsNet: إلى جانب is "on the side of": Iranian officers fighting alongside the Houthis, and
    # militias alongside the Assad regime, had attacked them
    for text in ("كشفت مصادر ميدانية خاصة لـ«الشرق الأوسط» معلومات تتعلق بوجود ضباط عسكريين إيرانيين يقاتلون إلى "
                 "جانب الحوثيين في عدن، وبمحاصرة قيادي حوثي بارز في منطقة التواهي التابعة لعدن، يعتقد أنه عبد الخالق "
                 "الحوثي، شقيق زعيم المتمردين، عبد الملك الحوثي.",
                 "ونبّه أبو زيد، في تصريحات لـ«الشرق الأوسط»، من «تهجير عائلات من دمشق وغيرها ويسكنها أعضاء في "
                 "ميليشيات تقاتل إلى جانب نظام الأسد»، وذلك «تفعيلاً لمرسوم كان أصدره قبل أكثر من عام."):
        assert not [e for e in nlp(text).events if e.type == "ASSAULT"]


def test_the_genitive_of_a_prepositional_object_is_no_subject(nlp):
    # ANTCorpus: يندد بتصرفات الشرطة: the man denounces the police's conduct; the police were the
    # source
    denounced = _coded(nlp, "ويظهر تسجيل آخر الرجل نفسه وهو يندد بتصرفات الشرطة تجاه المسلمين أثناء حملة نظمت أمام أحد "
                       "مساجد لندن.", "ACCUSE")
    assert denounced.source == [] and denounced.target == ["agent.cop"]
    # نرحب بإعلان الشاهد: Youssef Chahed's announcement is welcomed, he does not welcome (the body
    # that does, هيئة مكافحة الفساد, is no actor; its head, quoted the sentence before, is not
    # carried into this one)
    path = shared_path("data", "news", "antcorpus", "politic", "JA-politic-122-20160805.txt")
    text = re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1)
    doc = nlp(text)
    welcomed = next(e for e in doc.events if e.trigger.text == "نرحب")
    assert welcomed.source == [] and [doc.actor(i).name_ar for i in welcomed.target] == ["يوسف الشاهد"]


def test_a_past_verb_in_ta_is_no_feminine_present(nlp):
    # ANTCorpus: تعهد (he pledged, the تفعّل pattern) is not تـ + عهد "she ...": Assad pledged, he was
    # read as the object of a feminine verb
    pledged = _coded(nlp, "تعهد الرئيس السوري بشار الاسد يوم الثلاثاء بمواصلة القتال في ما سماها \"الحرب ضد الارهاب\" "
                     "ولم يبد أي علامة على التنازل في أول خطاب رسمي له منذ انهيار محادثات السلام في جنيف في أفريل.", "AGREE")
    assert len(pledged.source) == 1 and pledged.target == []
    # a feminine present still takes a masculine object (كما دعت المجتمع الدولي)
    called = _coded(nlp, "كما دعت المجتمع الدولي بأسره للوقوف صفا واحدا لمحاربة هذه الآفة.", "REQUEST")
    assert called.source == [] and called.target


def test_a_person_after_min_is_asked_not_joined(nlp):
    # SaudiNewsNet: طلب أوباما من وزير الخارجية، جون كيري: Kerry is asked, no second requester
    asked = _coded(nlp, "وطلب أوباما من وزير الخارجية، جون كيري، وسفيرة الولايات المتحدة لدى الأمم المتحدة، سامنثا باور، "
                   "الالتزام بالاتفاق الذي أبرم في فيينا مع بقية الأطراف الدولية، وعرضه على مجلس الأمن اليوم.", "REQUEST")
    assert "per.john-kerry" in asked.target and "per.john-kerry" not in asked.source


def test_an_armed_person_is_a_gunman_and_an_object_when_accusative(nlp):
    # ANTCorpus: شخص مسلح is one gunman (he was a civilian shooting at a gunman); شخصا مسلحا after
    # a verb, accusative without its tanween mark, is the one arrested, not the arrester
    shot = _coded(nlp, "قام شخص مسلح بفتح النار في مجمع للمدارس شمالي الرياض حسب ما أوردته وسائل إعلام محلية "
                  "سعودية منذ قليلة.", "ASSAULT")
    assert shot.source == ["agent.gunmen"] and shot.target == []
    arrested = _coded(nlp, "أغلقت الشرطة البريطانية البوابة الرئيسية لمبنى البرلمان في العاصمة لندن كما اعتقلت شخصا "
                      "مسلحا بمحيطه وفق ما ذكرت مصادر محلية.", "COERCE")
    assert arrested.target == ["agent.gunmen"] and "agent.gunmen" not in arrested.source
    # a dual in construct is no accusative: the two prime ministers met (SaudiNewsNet)
    met = _coded(nlp, "وبعد أشهر من الخلافات التقى رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف لمدة "
                 "ساعة أثناء زيارتهما روسيا.", "CONSULT")
    assert met.source


def test_a_casualty_caused_by_an_event_is_not_the_subjects_attack(nlp):
    # ANTCorpus: the president sent condolences on the attack (على اثر الاعتداء) that led to the
    # deaths (وأدى الى وفاة شرطى وجرح شخصين): he is no attacker
    path = shared_path("data", "news", "antcorpus", "politic", "JA-politic-353-20170421.txt")
    text = re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1)
    attacks = [e for e in nlp(text).events if e.type == "ASSAULT"]
    assert attacks and not [e for e in attacks if "per.beji-caid-essebsi" in e.source]
    # the ministry accuses the Brotherhood of the bombing that killed 25: it made no attack
    wounded = _coded(nlp, "وفي بيان نشرته مساء الإثنين، وجهت وزارة الداخلية المصرية أصابع الاتهام إلى جماعة الإخوان "
                     "المسلمين بالوقوف خلف تمويل وتدريب منفذي التفجير الانتحاري الذي استهدف الأحد كنيسة في القاهرة، "
                     "وخلف 25 قتيلا وعشرات الجرحى.", "ASSAULT")
    assert "egy.moi" not in wounded.source


def test_a_verb_after_an_opening_phrase_and_its_comma(nlp):
    # ANTCorpus: من جانبه، نفى أوباما: the bare word after the comma of the opener is the verb, and
    # Obama its subject (read as the noun "denial", Obama had been its target)
    denied = _coded(nlp, "من جانبه، نفى أوباما اتهامات ترامب، مؤكدا أنها \"كاذبة\".", "REJECT")
    assert len(denied.source) == 1 and denied.target == []
    refused = _coded(nlp, "من جهة أخرى، رفض مهدي جمعة في حديث لصحيفة الخبر الجزائرية نُشر اليوم 5 نوفمبر 2015 الخوض "
                     "في مسألة عودته إلى المشهد السياسي في الوقت الحالي.", "REJECT")
    assert len(refused.source) == 1 and refused.target == []
    # not after a clause with its own verb (the seed article's E2: وأكدت الحركتان، دعم خطوات أسرانا
    # الأبطال is the support of the prisoners, not the prisoners supporting)
    supported = _coded(nlp, "وأكدت الحركتان، دعم خطوات أسرانا الأبطال، ودعوة شعبنا الفلسطيني في كل مكان إلى إطلاق أوسع "
                       "حملة تضامن معهم.", "SUPPORT")
    assert supported.target == ["pse.prisoners"] and "pse.prisoners" not in supported.source


def test_a_participle_after_a_comma_takes_the_sentences_subject(nlp):
    # ANTCorpus: وأكد الهمّامي ...، داعيا المحتجين: Hammami calls on the protesters (they were the
    # source, the nearest group before); a name in a clause between is no caller (دونالد ترامب)
    called = _coded(nlp, "وأكد الهمّامي \"مواصلة النضال\"، داعيا المحتجين إلى المطالبة بحقوقهم دون تخريب أو عنف.", "REQUEST")
    assert called.target == ["agent.protesters"] and "agent.protesters" not in called.source
    israel = _coded(nlp, "وفي سياق متصل، قال وزير التعليم الإسرائيلي نفتالي بينيت، الأربعاء، إن \"فكرة الدولة الفلسطينية "
                    "انتهت\" بعد انتخاب الجمهوري دونالد ترامب رئيسا للولايات المتحدة الأمريكية، داعيا إسرائيل إلى "
                    "التراجع عن فكرة إقامة دولة فلسطينية.", "REQUEST")
    assert "per.donald-trump" not in israel.source


def test_a_circumstantial_participle_acts_for_the_main_clause(nlp):
    # ANTCorpus: ، متهمة الدوحة / رافضا / مشيدا / داعيا were no events or took the nearest name
    # before them; their subject is the main clause's: the countries that cut ties (places, which
    # the sentence's subject does not name), the speaker before أن, not a name of the reported
    # clause (Le Pen) nor a first name that reads as بأن (بان كي مون)
    accused = _coded(nlp, "وكانت السعودية ومصر والإمارات والبحرين واليمن وليبيا، ثم جزر المالديف، قطعت العلاقات مع "
                     "قطر، يوم الاثنين، وأغلقت مجالاتها الجوية أمام الرحلات التجارية من قطر وإليها، متهمة الدوحة "
                     "بتمويل جماعات متشددة.", "ACCUSE")
    assert {"country.SAU", "country.EGY", "country.ARE"} <= set(accused.source) and accused.target == ["country.QAT"]
    text = ("أفاد رئيس حركة النهضة راشد الغنوشي، أنه تم خلال الاجتماع الذي عقده رئيس الحكومة يوسف "
            "الشاهد بالأطراف الموقعة على وثيقة قرطاج، اليوم الخميس، التأكيد على ضرورة تحسين التنسيق بين "
            "الأحزاب، مقابل حصول الحكومة على دعم أكبر، رافضا الحديث عن وجود أزمة بين الطرفين، أو أزمة سياسية.")
    doc = load_pipeline()(text)  # the affiliations stage joins the title's movement to its head
    rejected = next(e for e in doc.events if e.type == "REJECT")
    assert [doc.actor(i).name_en for i in rejected.source] == ["Rached Ghannouchi", "Ennahda Movement"]
    le_pen = _coded(nlp, "وأوضح أنه يؤمن بفرنسا التعددية ولكنه لا يؤمن بفرنسا مارين لوبن، متهما إياها بسرد الأكاذيب "
                    "التي لن تنطلي على الشعب الفرنسي.", "ACCUSE")
    assert le_pen.source == []
    # (the affiliations stage makes الأمين العام للأمم المتحدة, بان كي مون one condemner)
    ban = _coded(load_pipeline(), "وأثارت هذه الحادثة ردود فعل محلية ودولية, حيث وصفت السلطات الصينية هذا الهجوم بالإرهابي "
                 "وتعهدت بملاحقة من يقف خلفه, فيما أدان الأمين العام للأمم المتحدة, بان كي مون بـ\"أشد العبارات "
                 "الهجوم المروع على المدنيين \" داعيا إلى محاسبة المسؤولين أمام العدالة.", "REQUEST")
    assert "per.ban-ki-moon" in ban.source and "chn.gov" not in ban.source


def test_what_a_speaker_added_is_reported_and_his_participle_is_his(nlp):
    # ANTCorpus: وأضاف was one token, so its sentences' events were asserted and the participle
    # after its complementiser took the name of the clause between (يوسف الشاهد); the party is the
    # article's Nidaa Tounes
    pledge = _coded(nlp, "قال رئيس كتلة نداء تونس، سفيان طوبال إن حملات التشويه التي تستهدفهم لا تقف وراءها فقط بعض "
                         "الخصوم من خارج الحزب، وإنما أيضا أطراف وقع طردها من نداء تونس تريد ضرب الحزب وقيادته، وفق "
                         "تعبيره.\nوأضاف طوبال أن الحزب تعهّد بمقاضاة كل من تورّط في توظيف الإيقافات الأخيرة لتشويه "
                         "نوابه.", "AGREE")
    assert pledge.mode == "reported" and pledge.source == ["tun.nidaa-tounes"]
    doc = nlp("وأضاف الموخر في تصريح إعلامي على إثر لقاء رئيس الحكومة المكلف يوسف الشاهد مساء اليوم بعدد من أعضاء "
              "فريقه الحكومي أنه من غير الأخلاقي أن ينفصل عن الحزب بمجرد حصوله على حقيبة وزارية، نافيا أن يكون رئيس "
              "الحكومة قد عرض عليه منصبا.")
    denied = next(e for e in doc.events if e.type == "REJECT")
    assert [doc.actor(i).name_ar for i in denied.source] == ["الموخر"]


def test_an_earlier_sentences_subject_sets_off_no_new_explosion(nlp):
    # ANTCorpus: Trump, who condemned the St Petersburg attack, had become the one who killed 14
    # people in an explosion: the bare قتل before its unarmed victims reads as a passive, and an
    # indefinite event noun (في انفجار) is a new event, not the one the earlier sentence told of
    path = shared_path("data", "news", "antcorpus", "internationalNews", "JA-internationalNews-645-20170404.txt")
    doc = nlp(re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1))
    killed = next(e for e in doc.events if e.type == "ASSAULT")
    assert killed.trigger.text == "قتل" and killed.target == ["agent.cvl"] and killed.source == []
    assert any(e.source == ["per.donald-trump"] for e in doc.events if e.type == "SUPPORT")


def test_a_denied_accusation_is_aimed_at_the_one_who_denies(nlp):
    # ANTCorpus: the denier had been the accuser (Obama of Trump's accusations, Qatar of the Gulf
    # states'), and the denial's negator negated the accusation
    doc = nlp("من جانبه، نفى أوباما اتهامات ترامب، مؤكدا أنها \"كاذبة\".")
    accused = next(e for e in doc.events if e.type == "ACCUSE")
    assert accused.source == ["per.donald-trump"] and [doc.actor(i).name_en for i in accused.target] == ["Barack Obama"]
    assert accused.mode == "asserted"
    assert _coded(nlp, "وتنفي قطر بشدة، هذه الاتهامات.", "ACCUSE").target == ["country.QAT"]


def test_the_meetings_participants_call_on_the_people(seed_text):
    # the seed article: وثمن المجتمعون ...، داعين أبناء الحركتين وأبناء الشعب الفلسطيني إلى: the
    # participle's subject is the participants; "their own members and the people's" are one list
    doc = load_pipeline()(Document(text=seed_text, id="seed", date="2022-09-06"))
    called = next(e for e in doc.events if e.trigger.text == "داعين")
    names = {doc.actor(i).name_en for i in called.source}
    assert {"Hamas", "Palestinian Islamic Jihad"} <= names
    assert [doc.actor(i).name_en for i in called.target] == ["Palestinian people"]


def test_a_plural_verb_is_not_done_by_the_one_person_before_it(nlp):
    # ANTCorpus: the kidnapped journalist had stolen her own computer (وسرقوا: "they stole"); a
    # person and a following و-noun may be its subject (وكان حبري وفريقه القانوني قد رفضوا)
    text = ("وقال مسؤول في الوزارة لوكالة فرانس برس إن \"مسلحين مجهولين يرتدون ملابس مدنية جاءوا على متن سيارتين "
            "قاموا باختطاف الصحفية والناشطة أفراح شوقي وسرقوا حاسوبها وهاتفها وأموالها وفروا\".")
    doc = nlp(text)
    stolen = next(e for e in doc.events if e.type == "CRIME")
    assert not [i for i in stolen.source if doc.actor(i).type == "PER"]
    doc = nlp(_news_article("وكان حبري وفريقه القانوني قد رفضوا"))  # SaudiNewsNet
    assert next(e for e in doc.events if e.type == "REJECT" and "حبري وفريقه" in e.evidence).source == ["per.hissene-habre"]


def test_the_charge_of_an_accusation_is_the_accuseds_alleged_act(nlp):
    # ANTCorpus: Qatar "supports terrorism" in the Gulf states' accusation; the support had been
    # the speaker's (الطاهر بن حسين) or a party of an earlier clause's
    support = _coded(nlp, "اعتبر الإعلامي والسياسي الطاهر بن حسين اتهام السعودية لقطر بدعم الإرهاب أمر \"مضحك\".",
                     "SUPPORT")
    assert support.source == ["country.QAT"] and support.mode == "reported"
    backing = _coded(nlp, "ووجهت السعودية والإمارات والبحرين واليمن ومصر اتهامات لقطر بمساندة \"الإرهاب\" في أسوأ "
                     "خلاف منذ سنوات بين بعض أقوى الدول العربية.", "SUPPORT")
    assert backing.source == ["country.QAT"]


def test_a_participle_is_read_only_where_a_circumstantial_clause_opens(nlp):
    # a preacher described by a nisba (والقرضاوي، داعية مصري الأصل) is no call: the sentence's
    # request is حث; praying (SaudiNewsNet: داعيًا المولى) asks no one
    qaradawi = _coded(nlp, "والقرضاوي، داعية مصري الأصل يعيش في قطر، وهو صاحب تاريخ طويل من التحريض على العنف، وحث "
                      "الشباب على الانضمام للجماعات المتطرفة.", "REQUEST")
    assert qaradawi.trigger.text == "حث"
    assert not [e for e in nlp("وأبدى الأمير محمد بن سلمان الشكر لهما على تهنئتهما، داعيًا المولى أن يعيده على "
                               "المسلمين والعالم أجمع بالخير والاستقرار.").events if e.type == "REQUEST"]


def test_a_programme_a_guest_speaks_in_is_no_party(nlp):
    # ANTCorpus: ضيف «بوليتيكا» (Jawhara FM's talk show): the guest speaks, the programme does not call
    path = shared_path("data", "news", "antcorpus", "politic", "JA-politic-328-20170411.txt")
    text = re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1)
    doc = nlp(text)
    programme = {a.id for a in doc.actors if any("بوليتيكا" in m.text for m in a.mentions)}
    assert programme and doc.events and not [e for e in doc.events if programme & set(e.source + e.target)]


def test_a_state_that_announces_or_decides_is_the_sentences_subject(nlp):
    # ANTCorpus: a country after a verb of saying or intention was read as a place, so the ties
    # the Maldives cut had no source; after كل من the first country of the list was asked, not a party
    cut = _coded(nlp, "أعلنت جزر المالديف، اليوم الاثنين، قطع علاقاتها الدبلوماسية مع قطر.", "SANCTION")
    assert cut.source == ["country.MDV"] and cut.target == ["country.QAT"]
    assert _coded(nlp, "قررت الكويت قطع علاقاتها الدبلوماسية مع قطر.", "SANCTION").source == ["country.KWT"]
    listed = _coded(nlp, "وكانت كل من السعودية والامارات والبحرين واليمن ومصر قد أعلنت أمس الاثنين قطع علاقاتها "
                    "الدبلوماسية مع قطر على خلفية اتهامها بـ\"دعم الارهاب\".", "SANCTION")
    assert {"country.SAU", "country.ARE", "country.BHR", "country.YEM", "country.EGY"} == set(listed.source)
    # a country in quotation marks is a name, not the sentence's subject (SaudiNewsNet)
    smuggling = next(e for e in nlp(_news_article("وعبر مثلث «ليبيا الجزائر مالي»")).events
                     if e.type == "CRIME" and "مثلث «ليبيا" in e.evidence)
    assert "country.LBY" not in smuggling.source


def test_a_subject_that_opens_the_sentence_or_follows_kana_acts(nlp):
    # ANTCorpus: the CIA had visited (the group after the object's head word was read as the
    # subject of زار, Trump before it left out)
    visit = _coded(nlp, "5- ترامب زار مقر وكالة الاستخبارات الأمريكية المركزية CIA وتحدث مباشرة إلى الموظفين "
                   "وحصل على شفرة استخدام الأسلحة النووية الأمريكية.", "CONSULT")
    assert visit.source == ["per.donald-trump"] and visit.target == ["usa.spy"]
    doc = nlp("وكانت منظمة هيومن رايتس ووتش طالبت في أوت السلطات بإلغاء حكم السجن بحق تامالت، الذي يحمل أيضا "
              "الجنسية البريطانية.")
    asked = next(e for e in doc.events if e.type == "REQUEST")
    assert [doc.actor(i).name_en for i in asked.source] == ["Human Rights Watch"]


def test_the_speaker_in_construct_with_a_statement_noun_makes_it(nlp):
    # ANTCorpus: Qatar, who bought the jets, had accused Trump; a possessive or a charge after the
    # noun names the accused instead (اتهامه الغرب، SaudiNewsNet: اتهام فاطيميبور روحاني بـ«تزييف)
    text = ("أكدت قطر إبرام صفقة مع الولايات المتحدة لشراء مقاتلات إف 15 بقيمة نحو 12 مليار دولار، وذلك رغم "
            "اتهامات ترامب ودول خليجية للدوحة بدعم \"الإرهاب\".")
    accused = _coded(nlp, text, "ACCUSE")
    assert accused.source[0] == "per.donald-trump" and "country.QAT" not in accused.source
    west = _coded(nlp, "وفي سياق آخر، جدد الأسد اتهامه الغرب، وخاصة بريطانيا وفرنسا، بدعم الإرهابيين في سوريا.", "ACCUSE")
    assert "group.west" not in west.source
    doc = nlp(_news_article("بل وبلغ الأمر حد اتهام فاطيميبور روحاني"))
    charged = next(e for e in doc.events if e.type == "ACCUSE" and "فاطيميبور" in e.evidence)
    assert charged.source == [] and charged.target


def test_a_definite_plural_in_iin_is_no_subject(nlp):
    # ANTCorpus: the Odessa police "called on" by the citizens (المواطنين, accusative), the French by
    # Fillon's call; the genitive of a partitive may still be (مجموعات من المستوطنين اقتحمت)
    called = _coded(nlp, "ودعت شرطة مدينة أوديسا الأوكرانية المواطنين إلى الإبلاغ عن أية معلومات تتوفر لديهم عن مكان "
                    "تواجد قائد تنظيم داعش والاتصال بالشرطة.", "REQUEST")
    assert called.source == [] and called.target == ["agent.cvl"]
    stormed = _coded(nlp, "اقتحمت مجموعات من المستوطنين المتطرفين اليوم الاحد باحات المسجد الأقصى المبارك في مدينة "
                     "القدس المحتلة.", "ASSAULT")
    assert stormed.source and stormed.source != stormed.target


def test_the_sides_after_bayna_a_few_words_on(nlp):
    # ANTCorpus: Trump's meeting was "with the White House", the place between the noun and بين
    # (the whole pipeline: the affiliations stage joins the Israeli prime minister's title to his
    # name, so that both sides are read); SaudiNewsNet: a country after بين is a side, its state
    met = _coded(load_pipeline(), "وقال المسؤول، قبل ساعات من اجتماع في البيت الأبيض بين ترامب ورئيس الوزراء "
                 "الإسرائيلي بنيامين نتنياهو، إن السلام هو الهدف النهائي.", "CONSULT")
    assert met.source == ["per.donald-trump"] and met.target == ["per.benjamin-netanyahu"]
    talks = _coded(nlp, "والمفاوضات المباشرة بين إسرائيل والفلسطينيين معلقة منذ أبريل (نيسان) 2014.", "CONSULT")
    assert talks.source == ["country.ISR"] and talks.target == ["pse.people"]


def test_what_a_judge_condemns_or_praises_is_not_the_judges_act(nlp):
    # ANTCorpus: the Palestinian presidency had jailed the child whose sentence it condemned, and the
    # Italian prime minister brought the relief he praised; a possessive keeps its owner (رفضه)
    jailed = _coded(nlp, "أدانت الرئاسة الفلسطينية حكم محكمة إسرائيلية اليوم الاثنين بسجن طفل فلسطيني لمدة 12 عاما، "
                    "ووصفته بالجائر.", "COERCE")
    assert jailed.source == [] and jailed.target
    # (the relief teams are now a body's name, no AID event: curated.yaml body_heads)
    praised = nlp("وقد تفقد رئيس الوزراء الإيطالى ماتيو رينزى المناطق المنكوبة أمس الأربعاء، وأشاد بجهود فرق الإغاثة.")
    assert [e.type for e in praised.events] == ["SUPPORT"]
    assert not any(e.source for e in praised.events if e.type == "AID")
    path = shared_path("data", "news", "antcorpus", "politic", "JA-politic-335-20170408.txt")
    doc = nlp(re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1))
    refused = next(e for e in doc.events if e.trigger.text == "رفضه")
    assert refused.source == ["tun.pdl"]


def test_an_act_fought_is_not_the_fighters(nlp):
    # ANTCorpus: the Algerian army "smuggled" in its fight against smuggling
    path = shared_path("data", "news", "antcorpus", "internationalNews", "JA-internationalNews-449-20170308.txt")
    doc = nlp(re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1))
    smuggling = next(e for e in doc.events if e.type == "CRIME" and "محاربة التهريب" in e.evidence)
    assert smuggling.source == []


def test_the_agent_of_a_participle_in_the_object_is_not_the_verbs(nlp):
    # ANTCorpus: Al-Irada criticised "the approaches followed by the government" (المقاربات المتبعة من
    # قبل الحكومة): the government had criticised the party
    path = shared_path("data", "news", "antcorpus", "politic", "JA-politic-339-20160404.txt")
    doc = nlp(re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1))
    criticised = next(e for e in doc.events if e.trigger.text == "انتقد")
    assert "tun.gov" not in criticised.source and criticised.source


def test_who_decided_an_event_is_its_source(nlp):
    # ANTCorpus: Trump's travel ban was the US judiciary's, which suspended it, or Emirates', whose
    # bookings it cut (the whole pipeline: the affiliations stage joins the president's title to him)
    ban = _coded(load_pipeline(), "أيد القضاء الأمريكي تعليق قرار الرئيس دونالد ترامب، بشأن حظر سفر بعض الجنسيات إلى الولايات "
                 "المتحدة موجها صفعة جديدة إلى أحد الإجراءات الأكثر إثارة للجدل.", "COERCE")
    assert ban.source == ["per.donald-trump"]
    entry = _coded(nlp, "وشهدت حجوزات رحلات \"طيران الإمارات\" المتجهة إلى الولايات المتحدة في شهر ماي انخفاضاً، بعد "
                   "قرار ترامب حظر دخول  المهاجرين من عدة دولة إسلامية.", "COERCE")
    assert entry.source == ["per.donald-trump"]


def test_who_imposed_a_siege_is_its_source(nlp):
    # ANTCorpus: الحصار الذي فرضته السعودية والإمارات والبحرين (the states named bare) had no source;
    # the condemnation before such a noun does not take them
    text = ("وقال علي بن صميخ المري رئيس اللجنة الوطنية القطرية لحقوق الإنسان في مؤتمر صحفي عقده أمس السبت، إن لجنته "
            "بصدد التعاقد مع مكتب محاماة دولي يتبنى ملف تعويض المتضررين القطريين والخليجيين ممن تأثروا بقرار الحصار "
            "الذي فرضته السعودية والإمارات والبحرين على قطر وتظلموا لدى اللجنة القطرية المذكورة.")
    siege = _coded(nlp, text, "COERCE")
    assert {"country.SAU", "country.ARE", "country.BHR"} == set(siege.source)


def test_an_event_announced_in_a_relative_clause_is_its_antecedents(nlp):
    # ANTCorpus: Turkey, which offered to mediate, had cut its ties with Qatar in place of Egypt
    # (ومصر التي أعلنت اليوم قطع علاقاتها مع الدوحة)
    cut = _coded(nlp, "عبرت تركيا اليوم الإثنين 5 جوان 2017 عن  استعدادها للمساهمة في حل الخلاف بين قطر والدول "
                 "الخليجية ومصر  التي أعلنت اليوم قطع علاقاتها مع الدوحة.", "SANCTION")
    assert cut.source == ["country.EGY"]


def test_who_faces_or_receives_an_event_undergoes_it(nlp):
    # ANTCorpus: Le Pen, who faces a prison sentence, had been jailing; the police who received a
    # call for help had called on the citizen (cues.yaml undergo += واجه، تلقى)
    path = shared_path("data", "news", "antcorpus", "internationalNews", "JA-internationalNews-407-20151217.txt")
    doc = nlp(re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S).group(1))
    jail = next(e for e in doc.events if e.type == "COERCE" and "تواجه زعيمة اليمين" in e.evidence)
    assert jail.source == [] and [doc.actor(i).name_en for i in jail.target] == ["Marine Le Pen"]


def test_the_subject_of_a_verb_of_undergoing_undergoes_the_event_it_governs(nlp):
    # ANTCorpus: France, facing a threat, and Hollande, criticised, had been the threatener and the
    # critic; SaudiNewsNet: Warner, who admitted the charges and was sentenced to prison, had
    # accused and jailed (cues.yaml undergo_types). A threat faced is now no THREATEN event at all
    # (curated.yaml cancel_before: a danger, no threat made)
    faced = nlp("وأوضح أن فرنسا واجهت تهديدا لثقافتها، متابعا \"مهمتي أن أعيد للفرنسيين الثقة في أنفسهم التي ضعفت\".")
    assert not any("country.FRA" in e.source for e in faced.events)
    blamed = _coded(nlp, "أما الرئيس فرانسوا هولاند الذي انتهت ولايته اليوم الأحد فتعرض أيضاً لانتقادات لأنه يدفع نحو "
                    "10 آلاف يورو شهرياً لحلاقه.", "ACCUSE")
    assert (blamed.source, blamed.target) == ([], ["per.francois-hollande"])
    doc = nlp("وتدعى العجوز البريطانية شينا وارنر بأنها قابلت الشاب المصري صاحب أحد الفنادق في شرم الشيخ عام 2012. "
              "استمعت المحكمة إلى أقوال وارنر، وأدينت بالسرقة من شركات «كوتسولد». أقرت وارنر بالاتهامات الموجهة "
              "إليها، وأدينت بالسجن 3 سنوات.")
    warner = next(a.id for a in doc.actors if a.name_ar == "شينا وارنر")
    last = len(doc.sentences) - 1
    assert [(e.type, e.source, e.target) for e in doc.events if e.sentence == last] == \
        [("ACCUSE", [], [warner]), ("COERCE", [], [warner])]


def test_a_party_named_after_its_bureau_acts_through_it(nlp):
    # ANTCorpus: المكتب السياسي لحزب تيار المحبة: the party after its bureau's ل was the one called
    # on and no one called; آفاق تونس condemned nothing (roles.yaml organisations.parts)
    called = _coded(nlp, "دعا المكتب السياسي لحزب تيار المحبة، اليوم الاحد، رئيس الجمهورية، الباجي قايد السبسي، إلى "
                    "الاعلان، في خطابه المنتظر يوم الاربعاء المقبل، عن إجراء انتخابات تشريعية مبكرة، وذلك ك\"حل للازمة "
                    "الشاملة التي تعيشها البلاد في مختلف المجالات\".", "REQUEST")
    assert (called.source, called.target) == (["tun.mahaba"], ["per.beji-caid-essebsi"])
    condemned = _coded(nlp, "عبّر المكتب السياسي لحزب آفاق تونس عن إستنكاره \"التحالف المعلن بين حركة النهضة ونداء تونس، "
                       "باعتباره يخل بروح وثيقة قرطاج التي إنبثقت عنها حكومة الوحدة الوطنية\".", "ACCUSE")
    assert condemned.source == ["tun.afek-tounes"]


def test_an_organisation_named_after_its_heads_title_acts_through_it(nlp):
    # SaudiNewsNet: الأمين العام لمنظمة التعاون الإسلامي with no name after it: the organisation was
    # the one called on and no one called; the task force's name is no cooperation (curated.yaml)
    text = ("ودعا الأمين العام لمنظمة التعاون الاسلامي فرقة العمل المشتركة المتعددة الجنسيات في المنطقة لضرورة "
            "تكثيف جهودها في مكافحة الإرهاب، مجددًا موقف المنظمة التي تدين بقوة جميع أعمال الإرهاب والتطرف العنيف "
            "بجميع أشكاله ومظاهره، وترفض بشكل قاطع أي تبريرات للإرهاب.")
    called = _coded(nlp, text, "REQUEST")
    assert (called.source, called.target) == (["igo.oic"], [])
    assert "COOPERATE" not in {ev.type for ev in nlp(text).events}


def test_the_doer_after_a_verb_of_doing_and_its_pronoun(nlp):
    # ANTCorpus: الزيارة التي قام بها رئيس الحكومة يوسف الشاهد: the visitor was the speaker of the
    # sentence (Tarek Kahlaoui); زيارة قام بها العاهل المغربي إلى الصين keeps China as the visited
    visit = _coded(nlp, "قال القيادي في حزب \"حراك تونس الإرادة\"، طارق الكحلاوي، في ردّه على الاتهامات التي وجّهت "
                   "للحزب بتأجيج الوضع في تطاوين، إن حزبه يعارض الاحتجاجات الغير قانونية، لكنه يساند ويدعم التحركات "
                   "الاجتماعية السلمية المنظمة.\nواعتبر أن الزيارة التي قام بها رئيس الحكومة يوسف الشاهد إلى الجهة رفقة "
                   "وفد وزاري للتحاور مع الأهالي، خطوة إيجابية، مؤكدا على أهمية المعالجة السلمية السياسية للاحتجاجات.",
                   "CONSULT")
    assert visit.source == ["per.youssef-chahed"]
    visit = _coded(nlp, "ويندرج بناء هذه المدينة الصناعية التي ستمتد على مساحة ألفي هكتار تشرف على بنائها جهة طنجة- "
                   "تطوان- الحسيمة، والمجموعة الصينية \"هيتي\" ومجموعة البنك المغربي للتجارة الخارجية، في إطار مذكرة "
                   "تفاهم تم توقيعها في بكين في ماي 2016 خلال زيارة قام بها العاهل المغربي إلى الصين .", "CONSULT")
    # (العاهل is a title: the king named nowhere before, the Moroccan state's government)
    assert (visit.source, visit.target) == (["mar.gov"], ["country.CHN"])


def test_a_relative_clause_verb_has_its_subject_before_it(nlp):
    # SaudiNewsNet: والدتها، التي تزور لبنان: Lebanon was the visitor; الجبهة التي تعادي تنظيم داعش:
    # ISIS, the object of the relative clause, was the subject of the front's statement
    visit = _coded(nlp, "فتنت ماتيو جمهورها، وفتنت هي بحرارته، توقفت لوهلة عن الغناء، وقالت للحضور بأنها ستقدم لهم "
                   "والدتها، التي تزور لبنان للمرة الأولى.", "CONSULT")
    assert (visit.source, visit.target) == ([], ["country.LBN"])
    joined = _coded(nlp, "وقالت الجبهة التي تعادي تنظيم داعش: «إننا في جبهة النصرة لا نرى جواز الدخول في هذا الحلف "
                    "شرعًا لا على جهة الانخراط في صفوفه ولا على جهة الاستعانة به بل ولا حتى التنسيق معه».", "COOPERATE")
    assert joined.source == []


def test_a_relative_pronoun_is_no_subject_of_a_verb_that_does_not_agree_with_it(nlp):
    # SaudiNewsNet: التي دعا تنظيم داعش: a masculine verb after التي has its subject after it (ISIS
    # had been called on); ANTCorpus: التي تتهمها السلطات, the ها of a verb whose lemma ends in هم
    called = _coded(nlp, "إلا أن رئيس لجنة الأمن الداخلي في مجلس النواب، مايكل ماكول، قال إن «الأهداف هي نفس تلك التي "
                    "دعا تنظيم داعش إلى مهاجمتها.", "REQUEST")
    assert called.source == ["imgisi"]
    accused = _coded(nlp, "ولم تعلن أي جهة مسؤوليتها عن الاعتداء، في حين نفت حركة \"حسم\" التي تتهمها السلطات بأنها "
                     "تابعة لجماعة الإخوان المسلمين أي تورط لها في التفجير.", "ACCUSE")
    assert accused.source == ["agent.gov"]
    # ANTCorpus: اتهم ends like a feminine past with the pronoun هم (اتـ + ت + هم), read as
    # feminine after الذي: Iran had accused Turkey's foreign minister
    accused = _coded(nlp, "دعت ايران اليوم الخميس تركيا الى عدم \"تعقيد الوضع اكثر\" في سوريا وذلك ردا على تصريحات وزير "
                     "الخارجية التركي الذي اتهم ايران بالوقوف وراءلخرق الهدنة السارية في سوريا.", "ACCUSE")
    assert accused.target == ["country.IRN"]


def test_the_parties_of_a_meeting_after_its_noun(nlp):
    # SaudiNewsNet: لقاء ضمّ X مع Y and لقاء X بـY named one party, as the target
    met = _coded(nlp, "أعلن في الدوحة أمس عن لقاء ضمّ وزير الخارجية الروسي سيرغي لافروف مع خالد مشعل رئيس المكتب "
                 "السياسي لحركة حماس.", "CONSULT")
    assert (met.source, met.target) == (["per.sergey-lavrov"], ["per.khaled-meshaal"])
    met = _coded(nlp, "ومثلها العلاقات السعودية الأميركية، فمنذ 1931 انطلقت العلاقات السعودية الأميركية بنظرة مستقبلية "
                 "للملك المؤسس عبد العزيز، الذي منح حق التنقيب عن النفط لشركة أميركية ليكون تتويج هذه العلاقة "
                 "«الاستراتيجية» لقاء الملك عبد العزيز بالرئيس الأميركي فرانكلين روزفلت عام 1945.", "CONSULT")
    assert met.source and met.target and met.source != met.target


def test_an_event_nouns_construct_group_before_an_object_with_lam_is_its_agent(nlp):
    # ANTCorpus: مساندة الاتحاد العام التونسي للشغل للتحركات: the union supports the movements (it
    # had been the one supported, by the Tunisian government of the context)
    backed = _coded(nlp, "من جانب آخر شدد المباركي على مساندة الاتحاد العام التونسي للشغل للتحركات الاجتماعية شرط "
                    "أن تكون سلمية ولا تسبب في تعطيل المصالح الاقتصادية ودون المس من وحدة البلاد.", "SUPPORT")
    assert (backed.source, backed.target) == (["tun.ugtt"], [])


def test_a_titled_group_in_construct_before_an_object_with_maa_is_the_agent(nlp):
    # ANTCorpus: إجتماع رئيس الجمهورية، الباجي قايد السبسي، مع الأطراف: the president had been met
    met = _coded(nlp, "انطلق مساء اليوم بقصر قرطاج، إجتماع رئيس الجمهورية، الباجي قايد السبسي، مع الأطراف المشاركة في الحوار حول حكومة الوحدة الوطنية.", "CONSULT")
    assert (met.source, met.target) == (["per.beji-caid-essebsi"], [])


def test_who_imposed_a_ban_is_named_after_the_participle_and_min(nlp):
    # SaudiNewsNet: الحظر الجوي المفروض من التحالف العربي: the Hadrami council had imposed the ban
    # on the coalition
    ban = _coded(nlp, "كما يحاول المجلس الأهلي الحضرمي أيضًا إنعاش الحركة التجارية بالمدينة، وتجديد الحركة الملاحية "
                 "الرابطة بين المدينة وما خلف البحار؛ عبر إعادة تشغيل ميناء المكلا، في ظل توقف مطارها الدولي، بسبب "
                 "الحظر الجوي المفروض من التحالف العربي، وتوقف العمل بالمطار نتيجة لسيطرة «القاعدة» عليه.", "COERCE")
    assert (ban.source, ban.target) == (["sau.coalition"], [])


def test_the_two_koreas_by_their_two_word_adjectives_and_capitals(nlp):
    # SaudiNewsNet: الجيش الكوري الجنوبي was North Korea's army (the country of the context; the
    # adjective of two words was never read), and بيونغ يانغ a made-up place (ب + يونغ يانغ)
    threat = _coded(nlp, "هدد الجيش الكوري الجنوبي ، اليوم الاثنين ، بالرد على كوريا الشمالية ، بعد اتهامه "
                    "\"بيونجيانج\" بزرع ألغام أرضية داخل المنطقة الحدودية المنزوعة السلاح ، ما أدى إلى إصابة جنديين "
                    "الأسبوع الماضي.", "THREATEN")
    assert (threat.source, threat.target) == (["kor.mil"], ["country.PRK"])
    called = _coded(nlp, "سيول - «الشرق الأوسط»: ذكرت وزارة الدفاع الكورية الجنوبية أن سيول دعت بيونغ يانغ أمس الجمعة "
                    "للمشاركة في محادثات أمنية دولية لنواب وزراء دفاع 33 دولة، من المقرر أن تعقد بسيول في سبتمبر "
                    "(أيلول) المقبل، مما يزيد آمال إجراء اتصال نادر بين الكوريتين ورأب الصدع بينهما.", "REQUEST")
    assert (called.source, called.target) == (["country.KOR"], ["country.PRK"])


def test_office_holders_of_2010s_news_are_known_actors(nlp):
    # ANTCorpus and SaudiNewsNet: Theresa May was her government, Lavrov a dictionary spelling
    # (سيرجي) and the Cuban foreign minister a made-up "Bruno Rodrigues" (regional.yaml)
    ordered = _coded(nlp, "وأمرت رئيسة الوزراء البريطانية تيريزا ماي بفتح تحقيق شامل وعلني في حريق برج غرينفل السكني في "
                     "لندن.", "INVESTIGATE")
    assert ordered.source == ["per.theresa-may"]
    asked = _coded(nlp, "وكان وزير الخارجية الروسي سيرغي لافروف دعا خلال المفاوضات إلى رفع فوري لحظر الأسلحة المفروض "
                   "على إيران.", "REQUEST")
    assert asked.source == ["per.sergey-lavrov"]
    met = _coded(nlp, "وسيستقبل كيري اليوم نظيره الكوبي برونو رودريغيز لإجراء محادثات في واشنطن، كما سيترأس الوزير "
                 "الكوبي حفلا يجري في السفارة الكوبية على مقربة من البيت الابيض.", "CONSULT")
    assert (met.source, met.target) == (["per.john-kerry"], ["per.bruno-rodriguez"])


def test_a_state_in_construct_with_an_event_noun_before_its_object_does_it(nlp):
    # ANTCorpus: North Korea's arrest of an American citizen had no source (an indefinite
    # accusative after the agent is its object)
    arrest = _coded(nlp, "ذكر المتحدث باسم البيت الأبيض شون سبايسر أن اعتقال كوريا الشمالية مواطنا أمريكيا آخر أمر \"يبعث "
                    "على القلق\" وسط توتر متزايد بشأن برامج كوريا الشمالية النووية والصاروخية.", "COERCE")
    assert (arrest.source, arrest.target) == (["country.PRK"], ["usa.cvl"])
    # SaudiNewsNet: the settlers the Israeli police arrested had arrested the police
    arrest = _coded(nlp, "وتابعت في الشأن الفلسطيني مستجدات قضية حرق مستوطنين يهود رضيعا فلسطينيا حتى الموت جنوب نابلس "
                    "أواخر الشهر الماضي , مخبرة عن اعتقال الشرطة الإسرائيلية مستوطنين اثنين اشتبه في تورطهم في هذه "
                    "القضية.", "COERCE")
    assert (arrest.source, arrest.target) == (["isr.police"], ["agent.settlers"])


def test_a_news_agency_tells_and_a_name_in_brackets_stands_where_its_name_does(nlp):
    # ANTCorpus: AFP, which reported the minister shot, had shot him; NATO, named in brackets after
    # في حلف شمال الأطلسي, had deployed the Swedish troops
    shot = _coded(nlp, "وكانت وكالة \"فرانس برس\" أفادت بمقتل الوزير بإطلاق نار عليه مساء الأربعاء، في العاصمة "
                  "مقديشو.", "ASSAULT")
    assert shot.source == []
    deployed = _coded(nlp, "وكانت السويد، البلد غير العضو في حلف شمال الأطلسي (الناتو)، قد نشرت قوات بجزيرة غوتلاند "
                      "الواقعة في بحر البلطيق في سبتمبر الماضي.", "MOBILIZE")
    assert deployed.source == ["country.SWE"]


def test_a_country_before_an_event_noun_with_its_possessive_does_it(nlp):
    # SaudiNewsNet: "Tunisia intensified its consultations with its European partners" had the
    # EU consult with no one
    consulted = _coded(nlp, "بدورها، كثفت تونس مشاوراتها مع شركائهاة الأوروبيين بهدف تجاوز تداعيات الهجوم الارهابي على "
                       "منتجع سوسة، إذ يجري رئيس الحكومة التونسية الحبيب الصيد اليوم مباحثات مع مسؤولين بالاتحاد "
                       "الأوروبي وعدد من وزراء الخارجية الأوروبيين في بروكسل بشأن طرق دعم تونس في مجالي مكافحة "
                       "الارهاب والتنمية.", "CONSULT")
    assert consulted.source == ["country.TUN"]


def test_a_nominative_plural_after_a_relative_verb_is_its_subject(nlp):
    # SaudiNewsNet: "Mullah Mansour, whose close ties to Pakistan some extremists criticise" had
    # Mansour criticise the extremists
    criticised = _coded(nlp, "يتولى الملا منصور الذي ينتقد بعض المتطرفون علاقاته الوثيقة بباكستان، قيادة الحركة في "
                        "مرحلة حاسمة في تاريخها؛ فقد دخلت في محادثات سلام غير مسبوقة مع الحكومة الأفغانية، في حين تواجه "
                        "هجمات يشنها تنظيم داعش على مواقعها بشرق أفغانستان على الحدود مع باكستان.", "ACCUSE")
    assert criticised.source == ["agent.extremist"]


def test_an_indefinite_group_before_a_verb_that_describes_it_acts(nlp):
    # ANTCorpus: "an Israeli soldier who shot a wounded Palestinian" and "gunmen who targeted them"
    # (no relative pronoun after an indefinite noun) had no shooter; the gunmen were the target
    shot = _coded(nlp, "قضت محكمة إسرائيلية اليوم الثلاثاء بالسجن 18 شهرا على جندي إسرائيلي أطلق النار على فلسطيني "
                  "جريح في الضفة الغربية المحتلة، هي عقوبة وصفت بـ\"المخففة\".", "ASSAULT")
    assert (shot.source, shot.target) == (["isr.mil"], ["agent.wounded"])
    targeted = _coded(nlp, "وقالت وزارة الداخلية المصرية إن الأمنيين تبادلوا إطلاق النار مع مسلحين استهدفوهم من أعلى "
                      "المنطقة الجبلية المواجهة للكمين.", "ASSAULT")
    assert targeted.source == ["agent.gunmen"]


def test_asean_and_human_rights_watch_are_known_bodies(nlp):
    # SaudiNewsNet: ASEAN was a made-up organisation "Asian", and HRW spelt هيومان a dictionary
    # entry apart from the one spelt هيومن (regional.yaml)
    asked = _coded(nlp, "وطالبت الولايات المتحدة ودول آسيان الصين بوقف انشطتها في بحر الصين الجنوبي، خلال المحادثات "
                   "الامنية في كوالالمبور التي استضافتها الدول العشرة في «اسيان» وانطلقت أعمالها الثلاثاء في "
                   "ماليزيا.", "REQUEST")
    assert (asked.source, asked.target) == (["country.USA", "igo.asean"], ["country.CHN"])
    blamed = _coded(nlp, "وانتقد تقرير أخير لـ«هيومان رايتس ووتش» وحدات حماية الشعب الكردية، ووحدات حماية المرأة التابعة "
                    "لها، لعدم الوفاء بتعهدها في الكف عن استغلال الأطفال في القتال.", "ACCUSE")
    assert (blamed.source, blamed.target) == (["ngo.hrw"], ["syr.ypg"])


def test_a_counted_agent_after_ala_yad_is_the_source(nlp):
    # ANTCorpus: "7 people were killed by 3 attackers" (قتلوا على يد 3 مهاجمين) had the people attack
    # the attackers; the assailant wounded by police fire (المهاجم أصيب برصاص الشرطة) had no target
    killed = _coded(nlp, "وأكد نائب مدير سكوتلاند يارد، مارك رولي، في مؤتمر صحفي خاص عقده اليوم الأحد، \"أن 7 أشخاص "
                    "قتلوا على يد 3 مهاجمين\" جراء هذه العملية التي صنفتها السلطات إرهابية.", "ASSAULT")
    assert (killed.source, killed.target) == (["agent.attackers"], ["agent.cvl"])
    shot = _coded(nlp, "وقال مصدر في الشرطة الفرنسية إن المهاجم أصيب برصاص الشرطة بعدما حاول مهاجمة أمني بمطرقة.",
                  "ASSAULT")
    assert (shot.source, shot.target) == (["fra.cop"], ["agent.attackers"])  # the French police named before


def test_a_casualty_verb_before_a_count_has_its_subject_before_the_count(nlp):
    # ANTCorpus and SaudiNewsNet: after عندما the verb reads as a verb, and the group before a
    # count of victims killed them (four British suicide bombers killed 52; extremists shot 48
    # worshippers at the sunset prayer: Manchester and Morocco had been the parties)
    bombers = _coded(nlp, "وهجوم مانشستر هو الأعنف في بريطانيا منذ جويلية 2005 عندما قتل أربعة انتحاريين بريطانيين "
                     "اسلاميين 52 شخصا في هجمات منسقة على شبكة المواصلات في لندن.", "ASSAULT")
    assert bombers.trigger.text == "قتل" and bombers.source == ["gbr.bomber"] and bombers.target == ["agent.cvl"]
    worshippers = _coded(nlp, "وكانت قريتان في المنطقة تعرضتا لهجوم مماثل مطلع يوليو (تموز) عندما قتل متطرفون بالرصاص "
                         "48 مصليا اجتمعوا لصلاة المغرب خلال شهر رمضان.", "ASSAULT")
    assert worshippers.source == ["agent.extremist"] and "country.MAR" not in worshippers.target


def test_a_verb_after_a_conjunction_of_its_clause_is_a_verb(nlp):
    # ANTCorpus: فيما دعم البرلمان والحكومة الإجراء (the parliament and government supported the
    # measure) had been "support of" them, with no source
    support = _coded(nlp, "وخلال حملة الترويج لرفض الإجراء استخدم ناشطون من اليمين لافتات وملصقات لامرأة ترتدي البرقع "
                     "وعليها شعار \"لا تجنيس دون تدقيق\" فيما دعم البرلمان والحكومة الإجراء.", "SUPPORT")
    assert len(support.source) == 2 and support.target == []


def test_a_name_after_a_head_with_a_preposition_is_no_subject(nlp):
    # ANTCorpus: the suspect who joined ISIS (التحق بتنظيم "الدولة الإسلامية") contacted an ISIS
    # official (اتصل بمسؤول تنظيم "الدولة الإسلامية") in Germany: ISIS had contacted Germany
    contact = _coded(nlp, "وبعدما التحق بتنظيم \"الدولة الإسلامية\" وصل المشتبه به في أكتوبر 2015 إلى ألمانيا، حيث "
                     "اتصل بمسؤول تنظيم \"الدولة الإسلامية\" للعمليات في الخارج، حسب ما أضافت النيابة الاتحادية.",
                     "CONSULT")
    assert contact.source == [] and contact.target == ["imgisi"]


def test_countries_named_bare_after_bayna_are_both_sides(nlp):
    # ANTCorpus: التعاون الأمني والعمل المشترك بين الولايات المتحدة وقطر: the places were not joined,
    # so the cooperation had one side, then none
    text = ("وذكرت وكالة بلومبرغ أن الصفقة تشتمل على 36 طائرة، فيما شددت وزارة الدفاع الأمريكية (البنتاغون) في بيان أن "
            "الصفقة تزيد من التعاون الأمني والعمل المشترك بين الولايات المتحدة وقطر.")
    cooperation = _coded(nlp, text, "COOPERATE")
    assert (cooperation.source, cooperation.target) == (["country.USA"], ["country.QAT"])


def test_a_body_named_after_a_persons_title_takes_the_titles_preposition(nlp):
    # ANTCorpus: طلبت أحزاب المعارضة من رئيس مجلس نواب الشعب: the parliament, whose speaker is asked,
    # was read as the body the opposition parties belong to (متظاهرون من حركة ...), a second source
    asked = _coded(nlp, "طلبت أحزاب المعارضة من رئيس مجلس نواب الشعب تأجيل النظر في مشروع قانون المصالحة "
                   "الاقتصادية والمالية.", "REQUEST")
    assert asked.source == ["agent.opp"] and asked.target == ["tun.parliament"]


def test_a_meeting_of_a_body_named_after_li_is_the_bodys(nlp):
    # ANTCorpus: سيحضر أيضا اجتماعا لحلف شمال الأطلسي: NATO meets (Trump attends), it was Trump's
    # meeting with NATO; the group after ل of a meeting noun holds it (cues.yaml gathering)
    met = _coded(nlp, "وقال المسؤول إن ترامب سيحضر أيضا اجتماعا لحلف شمال الأطلسي في بروكسل يوم 25 ماي بالإضافة لقمة "
                 "مجموعة السبع في صقلية يوم 26 ماي.", "CONSULT")
    assert met.source == ["igo.nato"] and met.target == []


def test_a_group_inside_a_prepositional_phrase_is_no_subject(nlp):
    # ANTCorpus: البوابة الرئيسية لمبنى البرلمان ... كما اعتقلت: the parliament, the genitive of لمبنى,
    # had arrested the gunman; the police, the subject of the clause before, did
    arrested = _coded(nlp, "أغلقت الشرطة البريطانية البوابة الرئيسية لمبنى البرلمان في العاصمة لندن كما اعتقلت شخصا مسلحا "
                      "بمحيطه وفق ما ذكرت مصادر محلية.", "COERCE")
    assert arrested.source == ["gbr.cop"] and arrested.target == ["agent.gunmen"]
    # but not before a verb right after it, which it may be the subject of (بوجود رجل مسلح يهدده)
    threat = _coded(nlp, "و وقعت الجريمة أمام أحد متاجر الأدوات المنزلية بالمدينة فجر الثلاثاء عندما تلقت الشرطة نداء "
                    "استغاثة من أحد المواطنين بوجود رجل مسلح يهدده.", "THREATEN")
    assert threat.source == ["agent.gunmen"]


def test_who_is_involved_in_an_act_does_it(nlp):
    # ANTCorpus: السعودية متورطة بدورها في دعم الإرهاب: the support had no source (cues.yaml involvement)
    supported = _coded(nlp, "وأوضح بن حسين ضيف برنامج \"بوليتيكا\" اليوم الثلاثاء أن \"السعودية متورطة بدورها في دعم "
                       "الإرهاب، خاصة في سوريا\"، قائلا \" ماخيبك يا صنعتي عند غيري\".", "SUPPORT")
    assert supported.source == ["country.SAU"]


def test_an_invitation_after_bi_is_the_givers_and_invites_the_subject(nlp):
    # ANTCorpus: بدعوة من رئيس الجمهورية: Merkel had invited the president (REQUEST source the
    # sentence's subject, target the giver); the giver after من invites, the visitor is invited
    invited = _coded(nlp, "يذكر أن انجيلا ميركل قد حلت اليوم بتونس في زيارة رسمية بدعوة من رئيس الجمهورية الباجي قايد "
                     "السبسي .", "REQUEST")
    assert (invited.source, invited.target) == (["per.beji-caid-essebsi"], ["cameo.75125f59f8"])
    # the giver after its title set off by commas (الوزير الأول، الجزائري، ...)
    invited = _coded(nlp, "سيجري رئيس الحكومة، يوسف الشاهد، اليوم الأحد زيارة رسمية بيوم واحد إلى الجزائر بدعوة من "
                     "الوزير الأول، الجزائري، عبد المالك سلال.", "REQUEST")
    assert (invited.source, invited.target) == (["per.abdelmalek-sellal"], ["per.youssef-chahed"])


def test_the_german_chancellors_title_is_no_actor_of_its_own(nlp):
    # ANTCorpus: المستشارة الألمانية had been a made-up "German counsellor" (a judge) and the
    # rejection's source, Merkel standing beside it
    rejected = _coded(nlp, "عبّرت المستشارة الألمانية أنجيلا ميركل عن رفضها للقرارات التي اصدرتها الحكومة الاميركية على "
                      "سفر أي لاجئين أو مواطنين من بعض الدول ذات الأغلبية المسلمة إليها.", "REJECT")
    assert rejected.source == ["cameo.75125f59f8"]


def test_the_organisation_of_a_title_after_the_subject_is_no_target(nlp):
    # SaudiNewsNet: the GCC, whose secretary-general condemns, had been the target of his
    # condemnation; Maliki's statements are
    text = ("استنكر الدكتور عبد اللطيف الزياني الأمين العام لمجلس التعاون لدول الخليج العربية، بشدة، تصريحات نوري "
            "المالكي نائب رئيس العراق تجاه السعودية، التي أدلى بها إلى إحدى محطات التلفزيون العراقية.")
    condemned = _coded(nlp, text, "ACCUSE")
    assert condemned.source == ["per.abdullatif-al-zayani"] and "igo.gcc" not in condemned.target
    assert condemned.target and "مالكي" in nlp(text).actor(condemned.target[0]).name_ar.replace("ال", "", 1)
    # a title after ب is the one met, not the subject's (ANTCorpus; the affiliations stage joins the
    # union to its secretary-general)
    met = _coded(load_pipeline(), "وأضاف طوبال على إثر إجتماع وفد من الحزب بالأمين العام للاتحاد العام التونسي للشغل، نور الدين "
                 "الطبوبي : \"دعينا إلى عقد جلسة بين كل الأطراف\".", "CONSULT")
    assert "tun.ugtt" in met.target


def test_the_custodian_of_the_two_holy_mosques_is_the_kings_title(nlp):
    # SaudiNewsNet: خادم الحرمين الشريفين before the king's name was an actor of its own, the
    # reception's source, and the king its guest; Ash Carter was named by no actor
    received = _coded(load_pipeline(), "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، في قصر السلام بجدة اليوم (الأربعاء)، "
                      "وزير الدفاع الأميركي اشتون كارتر والوفد المرافق له.", "CONSULT")
    assert (received.source, received.target) == (["per.king-salman"], ["per.ash-carter"])
    # with no name after it the title names the king still
    talks = _coded(nlp, "وفي يوم الثلاثاء 17 فبراير، هنأ خادم الحرمين الشريفين رئيس جمهورية جامبيا بمناسبة اليوم الوطني "
                   "لبلاده، وعقد جلسة مباحثات مع أمير دولة قطر.", "CONSULT")
    assert talks.source == ["sau.king"]


def test_a_name_after_a_prepositional_pronoun_and_a_masdar_is_no_subject(nlp):
    # SaudiNewsNet: يهدد فيه بإعدام كرواتي: the Croatian, whom the video threatens to execute, had
    # been the threat's source; the Egyptian branch of ISIS (الفرع المصري لتنظيم داعش) makes it,
    # Sinai Province, named in the brackets (before the knowledge base knew it: ISIS)
    threat = _coded(nlp, "وكان الفرع المصري لتنظيم داعش (ولاية سيناء) قد بث تسجيل فيديو قبل يومين يهدد فيه بإعدام كرواتي "
                    "يعمل في شركة فرنسية، خطف نهاية يوليو (تموز) الماضي في إحدى ضواحي القاهرة.", "THREATEN")
    assert threat.source == ["egy.wilayat-sinai"] and threat.target == ["hrv.people"]


def test_who_will_make_a_visit_after_a_complementiser_makes_it(nlp):
    # ANTCorpus: أن الرئيس إيمانويل ماكرون سيقوم بزيارة: the visit had no visitor (the presidency
    # announces it; the verb of doing before the noun names who visits)
    visit = _coded(nlp, "أعلنت الرئاسة الفرنسية أن الرئيس إيمانويل ماكرون سيقوم بزيارة رسمية إلى المغرب و الجزائر، بهدف "
                   "مناقشة تعزيز العلاقات الثنائية والتباحث حول القضايا المثارة حالياً في الوطن العربي والعالم.", "CONSULT")
    assert visit.source == ["per.emmanuel-macron"] and "country.MAR" in visit.target


def test_a_president_elect_named_in_quotes_after_his_title(nlp):
    # ANTCorpus: الرئيس الأمريكي المنتخب "دونالد ترامب": "elect" between the title and the name, and
    # the name in quotation marks, left the title alone, read as the US government
    threat = _coded(nlp, "وجه الرئيس الأمريكي المنتخب \"دونالد ترامب\" اليوم الإثنين في تغريدة على حسابه على تويتر "
                    "تهديدا للحكومة الكوبية بإنهاء التقارب معها.", "THREATEN")
    assert (threat.source, threat.target) == (["per.donald-trump"], ["cub.gov"])


def test_a_group_after_a_time_set_off_by_commas_is_no_coordinated_subject(nlp):
    # ANTCorpus: ظريف، الأربعاء، الرئيس الأميركي المنتخب دونالد ترامب: Trump, the one called on,
    # was read as a second caller; السلطات السورية اليوم الاثنين،سليمان هلال الأسد: the arrested man
    # as a second arrester
    called = _coded(nlp, "دعا وزير الخارجية الإيراني محمد جواد ظريف، الأربعاء، الرئيس الأميركي المنتخب دونالد ترامب "
                    "إلى \"احترام الاتفاقات\" الدولية المبرمة مع بلاده.", "REQUEST")
    assert (called.source, called.target) == (["per.mohammad-javad-zarif"], ["per.donald-trump"])
    arrested = _coded(nlp, "اعتقلت السلطات السورية اليوم الاثنين،سليمان هلال الأسد، أحد أقارب الرئيس بشار الأسد وذلك على "
                      "خلفية قتله لضابط بالجيش نتيجة خلاف مروري.", "COERCE")
    assert arrested.source == ["syr.gov"] and arrested.target


def test_armed_men_named_by_their_organisations_adjective_are_the_organisation(nlp):
    # ANTCorpus: المسلحون الحوثيون had been gunmen of no side, the Houthis a second actor beside them
    killed = _coded(nlp, "قال التلفزيون الرسمي السعودي إن سبعة مدنيين قتلوا بعد سقوط مقذوفات أطلقها المسلحون الحوثيون "
                    "في اليمن على مدينة نجران في جنوب السعودية يوم الثلاثاء.", "ASSAULT")
    assert killed.source == ["yem.houthis"] and killed.target == ["agent.cvl"]


def test_who_chairs_a_meeting_holds_it(nlp):
    # SaudiNewsNet, ANTCorpus: a meeting برئاسة its chair had no source (cues.yaml chairing)
    met = _coded(nlp, "استمع مجلس الشؤون السياسية والأمنية خلال اجتماع عقد في قصر السلام بجدة أول من أمس برئاسة الأمير "
                 "محمد بن نايف بن عبد العزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية رئيس مجلس الشؤون السياسية "
                 "والأمنية، لإيجاز سياسي وأمني حول عدد من الموضوعات.", "CONSULT")
    assert met.source == ["per.mohammed-bin-nayef"]
    met = _coded(nlp, "أفادت تقارير إخبارية متطابقة بأن ثلاث عمليات في هجوم متزامن أسفرت عن اصابات وسط أنباء عن سقوط "
                 "قتلى فيما تقرر عقد اجتماع أمني عاجل برئاسة رئيسة الوزراء تيريزا ماي يوم غد بعد عدة هجمات في لندن.",
                 "CONSULT")
    assert met.source == ["per.theresa-may"] and met.target == []


def test_the_receiver_of_a_call_named_before_it_at_length():
    # SaudiNewsNet: تلقى ... اتصالا من: the receiver, a long title and name set off by a comma, had
    # been lost, and العاهل المغربي and الملك محمد السادس were two actors, the caller and the called
    # (the affiliations stage reads the title before the receiver's name)
    call = _coded(load_pipeline(), "وتلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبد العزيز، اتصالاً هاتفيًا أمس من "
                  "العاهل المغربي الملك محمد السادس، أعرب خلاله عن إدانته التفجير الإرهابي الذي استهدف أمس مسجد قوات "
                  "الطوارئ بمنطقة عسير، وعبر ملك المغرب عن خالص عزائه ومواساته لأسر الشهداء.", "CONSULT")
    assert (call.source, call.target) == (["per.mohammed-vi"], ["per.mohammed-bin-nayef"])


def test_the_dead_counted_after_a_casualty_verb_were_killed(nlp):
    # SaudiNewsNet: وقتل جندي دولي وثمانية مقاتلين: a soldier (no article, a count joined after him)
    # had been the killer of the fighters; 19 عنصرا من الجيش والشرطة قتلوا في هجمات لحزب العمال:
    # the army had killed the police, the PKK's attacks (هجمات ل) named no attacker
    killed = _coded(nlp, "وقتل جندي دولي وثمانية مقاتلين أفغان في أحد هذه الهجمات، التي استهدفت قاعدة للقوات الأجنبية في "
                    "كابل مساء أول من أمس، وفقا لما ذكره الناتو.", "ASSAULT")
    assert killed.source == [] and killed.target == ["agent.mil", "afg.fighters"]
    killed = _coded(nlp, "ووفق تعداد لوكالة الصحافة الفرنسية، فإنّ 19 عنصرًا على الاقل من الجيش والشرطة التركيين، قتلوا في "
                    "هجمات لحزب العمال الكردستاني منذ انهيار الهدنة.", "ASSAULT")
    assert killed.source == ["tur.pkk"] and killed.target == ["tur.mil", "tur.cop"]  # both Turkish


def test_the_one_met_in_a_later_clause_of_a_visit_does_not_travel():
    # ANTCorpus: في زيارة تستغرق يومين، يلتقي خلالها العاهل المغربي، محمد السادس: the king had been
    # the visitor (and, carried on, the visitor of Algeria in the next sentence)
    visit = _coded(load_pipeline(), "ومن المنتظر أن يحل ماكرون بالمغرب يوم الأربعاء القادم 21 جوان 2017، في زيارة تستغرق يومين، "
                   "يلتقي خلالها العاهل المغربي، محمد السادس، ترافقه زوجته بريجيت وعدد من أعضاء الحكومة والمستشارين، "
                   "وذلك في أول زيارة له إلى بلد عربي منذ توليه الحكم في ماي الماضي.", "CONSULT")
    assert (visit.source, visit.target) == (["per.emmanuel-macron"], ["per.mohammed-vi"])


def test_a_counted_subject_before_a_counted_object_acts(nlp):
    # SaudiNewsNet: قصفت 3 طائرات تركية 4 مواقع: counted, the aircraft had been taken for the object
    # and the source sought before the verb
    shelled = _coded(nlp, "مثلاً ليلة 23 – 24 يوليو (تموز) الحالي قصفت 3 طائرات تركية 4 مواقع لـ«داعش» داخل سوريا، وفي "
                     "الليلة التالية شنت 75 طائرة تركية هجمات على 48 موقعًا للحزب الكردي في جبال قنديل شمال العراق.",
                     "ASSAULT")
    assert shelled.source == ["tur.aircraft"] and shelled.target == ["imgisi"]


def test_the_dead_and_wounded_of_a_side_are_that_side(nlp):
    # SaudiNewsNet: قتلى وجرحى من الحوثيين وقوات صالح: the Houthis had been the source, as the givers
    # after من are (بدعم من طيران التحالف)
    hit = _coded(nlp, "وأشارت المصادر إلى قتلى وجرحى من الحوثيين وقوات صالح جراء هذا القصف، وتدمير ثلاث دوريات ومدرعتين.",
                 "ASSAULT")
    assert hit.source == [] and hit.target == ["agent.wounded", "yem.houthis", "yem.saleh-forces"]


def test_what_a_protest_word_opening_its_purpose_is_against(nlp, detector_accepts):
    # SaudiNewsNet: احتجاجًا على سياسة الصين, the trigger itself the purpose word, had no target;
    # a protest خارج مكتب (outside an office) is addressed to its body; وكالة الغوث الدولية had been
    # a dictionary line "media (al-Ghawth Douli)", not UNRWA. The detector doubts the headline
    # since its settings are chosen with the happening rule (thirty-eighth session)
    detector_accepts("PROTEST")
    protest = _coded(nlp, "تايوان: مئات الطلاب يقتحمون وزارةالتعليم احتجاجًا على سياسة الصين", "PROTEST")
    assert protest.target == ["country.CHN"]
    protest = _coded(nlp, "تجمع المئات خارج مكتب منظمة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين «أونروا» في الأردن "
                     "أمس، للاحتجاج على احتمال خفض المساعدات للاجئين.", "PROTEST")
    assert protest.target == ["igo.unrwa"]
    protest = _coded(nlp, "وتظاهر مئات الفلسطينيين في غزة أمس، أمام مقر وكالة الغوث الدولية احتجاجا على سياسة تقليص "
                     "خدماتها، ورفعوا لافتات تندد بسياسة التقليص التي «ستقود غزة إلى الانفجار بفعل الفقر والقهر وانعدام "
                     "الأمن».", "PROTEST")
    assert (protest.source, protest.target) == (["pse.people"], ["igo.unrwa"])


def test_an_attack_noun_after_the_verb_is_its_subject(nlp):
    # SaudiNewsNet, ANTCorpus: استهدفت غارة أخرى رتلا من عجلات (داعش): ISIS had been the subject, then a
    # gunman of a later clause; استهدف انفجار ... كنيسة ماري جرجس: the church had been the attacker; the
    # raid's own state still acts (استهدفتهما ضربات جوية أمريكية)
    hit = _coded(nlp, "وأضاف مموزيني: «استهدفت غارة أخرى رتلا من عجلات (داعش) بالقرب من قرية إمام رضا (شرق الموصل)، "
                 "وأدت الغارة إلى تدمير ثلاث عجلات ومقتل تسعة مسلحين، بينما قتل أحد عشر مسلحا آخر في قصف جوي للتحالف "
                 "استهدف مواقع التنظيم القريبة من منطقة خواجة خليل التابعة لناحية وانه (شمال الموصل)».", "ASSAULT")
    assert (hit.source, hit.target) == ([], ["imgisi"])
    hit = _coded(nlp, "استهدف انفجار، صباح الأحد، كنيسة ماري جرجس في مدينة طنطا شمالي العاصمة المصرية القاهرة، بحسب ما "
                 "ذكرته وسائل إعلام مصرية.", "ASSAULT")
    assert hit.source == []
    hit = _coded(nlp, "قالت قوات ليبية مساء الخميس عثورها على حوالي 90 جثة لمقاتلين من المتشددين في موقعين استهدفتهما "
                 "ضربات جوية أمريكية مؤخرا قرب سرت.", "ASSAULT")
    assert hit.source == ["country.USA"]


def test_the_killed_named_by_an_indefinite_adjective_and_a_part_of_the_wounded(nlp):
    # SaudiNewsNet: فلسطينيّا after the definite الجيش الإسرائيلي is no adjective of it but the one
    # killed (the killing had no target); بينهم 5 شرطيين is a part of the wounded, no object whose
    # count made the seven wounded people the ones who wounded
    killed = _coded(nlp, "في غضون 24 ساعة، قتل رصاص الجيش الإسرائيلي فلسطينيّا ثانيّا بالضفة الغربية المحتلة اليوم "
                         "(الخميس)، حسبما أفاد مصدر طبي وشهود فلسطينيون لوكالة الصحافة الفرنسية.", "ASSAULT")
    assert killed.source == ["isr.idf"] and killed.target == ["pse.people"]
    wounded = _coded(nlp, "وكانت المعلومات الأولية التي وردت عقب الانفجار قد أشارت إلى جرح 7 أشخاص بينهم 5 شرطيين.",
                     "ASSAULT")
    assert wounded.source == [] and wounded.target == ["agent.cvl", "agent.cop"]  # the police among them


def test_kama_opens_a_clause_of_its_own(nlp):
    # SaudiNewsNet: the talks' other party had been the Cuban government of the clause after كما
    # (كما سيترأس الوزير الكوبي حفلا), not Bruno Rodríguez, whom Kerry receives for them
    doc = nlp("وسيستقبل كيري اليوم نظيره الكوبي برونو رودريغيز لإجراء محادثات في واشنطن، كما سيترأس الوزير "
              "الكوبي حفلا يجري في السفارة الكوبية على مقربة من البيت الابيض.")
    talks = next(e for e in doc.events if e.trigger.text == "محادثات")
    assert talks.source == ["per.john-kerry"] and talks.target == ["per.bruno-rodriguez"]


def test_an_event_noun_before_a_verb_with_an_object_pronoun_is_its_subject(nlp):
    # SaudiNewsNet: في غارة أميركية استهدفته في أفغانستان: the raid (American) targeted the al-Qaeda
    # leader; the object pronoun had made al-Qaeda the verb's subject and Afghanistan its target
    doc = nlp("أعلنت وزارة الدفاع الأميركية (البنتاغون) أمس الجمعة أن قياديا كبيرا في «القاعدة» قتل نحو منتصف "
              "يوليو (تموز) مع مسلحين اثنين آخرين في غارة أميركية استهدفته في أفغانستان في ضربة جديدة للتنظيم "
              "المتطرف الذي يواجه أصلا صعود تنظيم داعش.")
    raid = next(e for e in doc.events if e.type == "ASSAULT")
    assert raid.source == ["country.USA"] and raid.target == ["imgalq"]


def test_the_counted_dead_are_victims_and_no_subject_of_the_sentence(nlp):
    # SaudiNewsNet, ANTCorpus: a group counted right after a casualty verb was killed, armed or not
    # (the police had killed); the dead a casualty word names are no subject of the sentence's other
    # events (the police of Bardo fired on the tourists; the fishmonger whose death set off the
    # protests confiscated his own fish)
    police = _coded(nlp, "وقد قتل ستة من عناصر الشرطة وأصيب اثنان في هذا الهجوم، لكن لم تعلن أي جهة مسؤوليتها "
                         "عنه.", "ASSAULT")
    assert police.source == [] and police.target == ["agent.cop"]
    bardo = _coded(nlp, "يذكر أنّه في 18 مارس قتل 20 أجنبيا وشرطيا تونسيا في هجوم شنه شخصان على باردو وأطلقا النار "
                        "على سياح يترجلون من باصات.", "ASSAULT")
    assert bardo.source == [] and bardo.target == ["tun.cop"]
    seized = _coded(nlp, "وتشهد المنطقة موجة احتجاجات منذ مقتل بائع السمك محسن فكري (31 عاما) في أكتوبر 2016 طحنا في "
                         "عربة فضلات بينما كان يحتج على مصادرة السلطات كمية من السمك.", "COERCE")
    assert not [i for i in seized.source if i.startswith("new.per.")]


def test_the_dead_counted_before_their_body_and_the_body_they_belong_to(nlp):
    # ANTCorpus, SaudiNewsNet: لقي 3 من أفراد الشرطة المصرية ومدني ... مصرعهم: the police and the
    # civilian had been the attackers; مقتل 49 مسلحا من تنظيم داعش بقصف جوي استهدف أوكارهم: ISIS,
    # whose gunmen were killed, had been the raid's source
    died = _coded(nlp, "لقي 3 من أفراد الشرطة المصرية ومدني، صباح اليوم الأربعاء، مصرعهم في هجوم مسلح.", "ASSAULT")
    assert died.source == [] and died.target == ["egy.cop", "agent.cvl"]
    raid = _coded(nlp, "من جانبها أعلنت خلية الإعلام الحربي العراقية في بيان عن مقتل 49 مسلحا من تنظيم / داعش /، بقصف "
                       "جوي استهدف أوكارهم في منطقه مكيشيفة شمال مدينة سامراء في محافظة صلاح الدين .", "ASSAULT")
    assert "imgisi" not in raid.source and "agent.gunmen" in raid.target


def test_the_agent_after_shannahu_acts_only_its_own_noun_and_the_dead(nlp):
    # SaudiNewsNet, ANTCorpus: the agent named after شنه / نفذه had been the source of every trigger
    # of the sentence: of Turkey's strike on the PKK's positions, of the French police's questioning
    strike = _coded(nlp, "وتزامنت هذه الغارات مع ضرب مواقع لحزب العمال الكردستاني في جنوب شرقي تركيا وشمال العراق، "
                         "ردًا على هجوم آخر شنه مسلحو حزب العمال الكردستاني أودى بحياة ثلاثة جنود قرب الحدود مع "
                         "العراق.", "ASSAULT")
    assert strike.source == [] and strike.target == ["tur.pkk"]
    questioned = _coded(nlp, "قامت الشرطة الفرنسية اليوم الاثنين باستجواب 10 أشخاص يشتبه في أنهم على صلة بشكل مباشر أو "
                             "غير مباشر بالهجوم الذي نفذه التونسي محمد لحويج بوهلال بشاحنة في مدينة نيس الفرنسية و أسفر "
                             "عن مقتل 86 شخصا.", "INVESTIGATE")
    assert questioned.source == ["fra.cop"]


def test_into_the_hands_of_names_no_agent(nlp):
    # SaudiNewsNet: سقوط المدينة في أيدي تنظيم داعش (the city fell to ISIS) had made ISIS the agent
    # of the battles in which a former officer was killed by the Iraqi army
    doc = nlp("وهذان النائبان هما سامر الخلفاوي، العقيد السابق في القوات الجوية الذي قتل في إحدى المعارك في سوريا "
              "عام 2014، وعبد الله البيلاوي، ضابط استخبارات سابق قتل في الموصل على أيدي الجيش العراقي في مايو 2014 "
              "قبل شهر من سقوط المدينة في أيدي تنظيم داعش وحل حسن محله.")
    assert not [e for e in doc.events if "imgisi" in e.source]



def test_those_named_among_the_dead_are_dead_too(nlp):
    # SaudiNewsNet: قتلت 10 من عناصر تنظيم داعش، بينهم انتحاري: the suicide bomber among the ISIS
    # members killed had been the source of the killing
    killed = _coded(nlp, "إلى ذلك، قال قائد الشرطة الاتحادية الفريق رائد شاكر جودت لـ«الشرق الأوسط» إن القوات الأمنية "
                         "قتلت 10 من عناصر تنظيم داعش، بينهم انتحاري وثلاثة قناصين، خلال تقدم القوات الأمنية في "
                         "المحور الشرقي لمدينة الرمادي.", "ASSAULT")
    assert killed.source == ["agent.cop"] and killed.target == ["imgisi", "agent.bomber"]  # القوات الأمنية


def test_a_genitive_inside_a_prepositional_phrase_is_no_subject(nlp):
    # SaudiNewsNet: the family whose house was being cleared had been the source of the rocket that
    # exploded and killed its sons; Nusra, after بها in the clause before, demands the change itself
    exploded = _coded(nlp, "وكانت طواقم فنية تقوم بإزالة ركام منزل مدمر يعود لعائلة أبو نقيرة في مدينة رفح، فانفجر "
                           "صاروخ أدى إلى مقتل أبناء العائلة وجرح آخرين، وتسبب بدمار أجزاء في منازل مجاورة.", "ASSAULT")
    assert exploded.source == [] and exploded.target == ["new.per.abu-naqira"]
    demand = _coded(nlp, "بالقول إن «الإشكاليات في الغوطة كانت قائمة بين الطرفين، تتعلق بالقضاء الموحد الذي لا تعترف "
                         "به جبهة النصرة، وتطالب بتغييره».", "REQUEST")
    assert demand.source == ["syr.nusra"]


def test_the_body_a_spokesman_speaks_for_acts(nlp):
    # ANTCorpus: after باسم the spokesman's body is no genitive of a prepositional phrase: it acts
    arrest = _coded(nlp, "وحسب فرانس برس، قالت اغاتا كوليكوفسكا المتحدثة باسم الشرطة لوكالة فرانس برس \"لقد اعتقلنا "
                         "أربعة أشخاص\".", "COERCE")
    assert arrest.source == ["agent.cop"]


def test_a_group_in_the_oblique_before_the_trigger_is_no_subject(nlp):
    # SaudiNewsNet: the Iraqi civilians whose fate is feared had been the source of the Turkish
    # bombing they are caught in; those of a relative clause still act in it
    bombing = _coded(nlp, "غير أن مصير المدنيين العراقيين العالقين في قصف طائرات (اف 16) التركية بدأ يثير المخاوف، "
                          "وقد أعلنت سلطات اقليم كردستان العراق أمس، عن ستة قتلى من السكان المحليين.", "ASSAULT")
    assert "irq.cvl" not in bombing.source
    joined = _coded(nlp, "كما أن تقريرا أمميا أشار إلى أن نسبة المقاتلين الأجانب الذين غادروا أوطانهم للانخراط في "
                         "تنظيمي القاعدة وداعش، ارتفعت.", "COOPERATE")
    assert joined.source == ["agent.fighters"]
    # ANTCorpus: some of them (بعض المحتجين) are who acts
    support = _coded(nlp, "ولوح بعض المحتجين بلافتات كتبوا عليها خصوصا \"لقد ضقنا ذرعا\" و\"الدعم لزملائنا الجرحى\".",
                     "SUPPORT")
    assert support.source == ["agent.protesters"]


def test_a_subject_fronted_after_a_complementiser_takes_a_verb(nlp):
    # SaudiNewsNet: قتل after the fronted PKK had been read as the noun "the killing of", with no source
    killed = _coded(nlp, "قال الجيش التركي في بيان إن حزب العمال الكردستاني قتل ثلاثة جنود أتراك في هجوم على كتيبة "
                         "للجيش في اقليم شرناق بجنوب شرقي البلاد اليوم (الخميس).", "ASSAULT")
    assert killed.source == ["tur.pkk"]
    # ANTCorpus: the army that killed two counted terrorists had been their victim
    doc = nlp("أعلنت وزارة الدفاع الجزائرية اليوم الإثنين أن الجيش قتل \"إرهابيين اثنين\" واعتقل ثلاثة آخرين في "
              "عمليتين منفصلتين.")
    assault = next(e for e in doc.events if e.type == "ASSAULT")
    assert assault.source and not assault.target


def test_killed_in_it_and_a_count_is_passive(nlp):
    # SaudiNewsNet: وقتل فيها 17 جنديا (were killed in it) had taken the Egyptian president, named
    # sixty words before, as the killer of his own soldiers
    killed = _coded(nlp, "وعلّق الكثير من الناشطين على هذا الحدث بقولهم إنها رسالة من الرئيس المصري على أمن مصر وشعبها، "
                         "خاصة بعد الحوادث والاضطرابات التي تعرضت لها مصر في الأيام الأخيرة وأهمها حادث اغتيال النائب "
                         "العام المصري بعد استهداف موكبه بمصر الجديدة بسيارة مفخخة، والهجوم المسلح الذي نفذه نحو 300 من "
                         "مسلحي «ولاية سيناء» بمدينة الشيخ زويد شمال سيناء، واستهداف كمائن عسكرية، وقتل فيها 17 جنديا "
                         "وضابطا مصريا.", "ASSAULT")
    assert "egy.gov" not in killed.source and "egy.mil" in killed.target


def test_killed_and_wounded_together_are_passive(nlp):
    # SaudiNewsNet: قتل وجرح (were killed and wounded) had made the militiamen counted after it
    # their killers
    killed = _coded(nlp, "وقد قتل وجرح في المعارك أمس نحو 50 من عناصر الميليشيات إضافة إلى أسر العشرات منهم.",
                    "ASSAULT")
    assert killed.source == [] and killed.target == ["agent.militias"]


def test_the_adjective_after_a_word_of_how_many_is_the_nouns(nlp):
    # SaudiNewsNet: غالبية الغارات التركية (most of the Turkish raids) had no source
    raids = _coded(nlp, "لكن غالبية الغارات التركية استهدفت حتى الآن المتمردين الأكراد، وبعض مواقع تنظيم داعش في "
                        "شمال سوريا.", "ASSAULT")
    assert raids.source == ["country.TUR"]


def test_a_device_before_its_verb_lends_no_subject_it_took(nlp):
    # SaudiNewsNet: the singer who told of a shell that exploded in her house had become its source
    doc = nlp("وأسفت سميرة توفيق للحروب المنتشرة في منطقتنا العربية، وقالت: «أحيانا وأنا في غرفتي أبكي ألما لهذه "
              "الحروب والوحشية السائدتين في هذه الأيام، فصحيح أننا نحن أيضا عشنا حربا غوغائية وأليمة بدءا من منتصف "
              "السبعينات، وفقدت زوجة أخي بفعل قذيفة انفجرت في منزلي هنا في الحازمية، فكانت المصيبة كبيرة عليَّ وعلى "
              "أفراد عائلتي، ولكن ما نشاهده اليوم يفوق بقساوته تلك الحقبة لما فيه من إرهاب وقتل ودمار».")
    exploded = next(e for e in doc.events if e.trigger.text == "انفجرت")
    assert exploded.source == []


def test_the_bullets_of_an_army_before_its_verb_kill(nlp):
    # SaudiNewsNet: رصاص الجيش الإسرائيلي قد قتل had made the army the one killed
    killed = _coded(nlp, "وكان رصاص الجيش الإسرائيلي قد قتل أمس، محمد علاونة (22 سنة)، وذلك اثناء مواجهات قرب مدينة "
                         "جنين شمال الضفة الغربية المحتلة، حسبما أفاد مصدر أمني فلسطيني ومصدر طبي.", "ASSAULT")
    assert killed.source == ["isr.idf"] and "isr.idf" not in killed.target


def test_a_policeman_named_bare_is_the_police(nlp):
    # ANTCorpus: مقتل شرطي named no actor, so the attack's target was the country it happened in
    killed = _coded(nlp, "أعلنت مصادر أمنية وإعلامية تركية مقتل شرطي وأصابة 13 آخرين اليوم الأحد في هجوم بسيارة "
                         "مفخخة.", "ASSAULT")
    assert killed.target == ["agent.cop"]


def test_a_square_named_after_an_institution_is_no_actor(nlp):
    # SaudiNewsNet: the bombing at ميدان المحكمة (the court square) had targeted the judiciary
    bombing = _coded(nlp, "انفجرت عبوة ناسفة بدائية الصنع اليوم بمحيط ميدان المحكمة بمصر الجديدة، أدى إلى إصابة ضابطين "
                          "ومجند من قوة الأمن المصرية.", "ASSAULT")
    assert bombing.target == ["egy.cop"]


def test_an_event_noun_a_light_verb_governs_stands_for_the_sentences_event(nlp):
    # GSR train part, SaudiNewsNet: the rebels' attack, not the car bomb whose driver it names;
    # al-Nusra's attack, not the verb of the relative clause after it (whose object was the source)
    bombed = _coded(nlp, "وأضاف البيان، الذي أوردته وكالة الصحافة الفرنسية، أن «المتمردين شنوا الهجوم على الموقع "
                         "بسيارة مفخخة يقودها انتحاري».", "ASSAULT")
    assert bombed.trigger.text == "الهجوم" and bombed.source == ["agent.rebels"]
    raid = _coded(nlp, "هذا المأزق اتضح أكثر في اليومين الماضيين، حيث قامت «جبهة النصرة» بشن هجوم قرب بلدة أعزاز "
                       "شمال حلب استهدفت فيه مقاتلين من المعارضة السورية دربتهم واشنطن ضمن برنامج تقوده لبناء قوة "
                       "سورية لمحاربة «داعش».", "ASSAULT")
    assert raid.source == ["syr.nusra"]


def test_the_doers_named_in_construct_after_an_act_noun_are_actors(nlp):
    # SaudiNewsNet: an agent word right after an act noun was read as its adjective (هجوم مسلح) and
    # named no one, also when it was the act's doer, joined by ل or definite after an indefinite
    # noun: the militants, the settlers and the opposition factions were no actors
    militants = _coded(nlp, "أعلن حلف شمال الأطلسي (الناتو) اليوم (السبت)، أن جنديا من قواته وثمانية مقاولين أفغان "
                            "قتلوا في هجوم للمتشددين على قاعدة تابعة للناتو في كابل.", "ASSAULT")
    assert militants.source == ["agent.reb"] and militants.target
    settlers = _coded(nlp, "وكانت العائلة أصيبت بحروق خطيرة جراء هجوم المستوطنين على منزلهم، فقضى الرضيع علي "
                           "(18 شهرا) ونقل والداه وشقيقه الأكبر (4 أعوام) إلى المستشفيات الإسرائيلية.", "ASSAULT")
    assert settlers.source == ["agent.settlers"] and settlers.target == []
    welcome = _coded(nlp, "رحّبت فصائل المعارضة في شمال سوريا، بدخول تركيا على خطّ الحرب على تنظيم داعش.", "SUPPORT")
    assert welcome.source == ["agent.opp"]
    # an adjective still names no one
    assert nlp("وقع هجوم مسلح على قاعدة عسكرية.").actors == []


def test_the_group_after_a_place_noun_that_opens_a_verbs_object_is_no_subject(nlp):
    # SaudiNewsNet: قصفت مواقع لـ«جبهة النصرة»: al-Nusra had bombed the United States; the university
    # whose building was taken had taken it
    shelled = _coded(nlp, "وكان المرصد، أكد أن طائرات حربية يعتقد أنها تابعة لتحالف تقوده الولايات المتحدة، قصفت "
                          "مواقع لـ«جبهة النصرة» في شمال سوريا، أمس، بعد هجوم شنته الجبهة على مقرات «الفرقة 30» فجر "
                          "الجمعة.", "ASSAULT")
    assert "syr.nusra" not in shelled.source and shelled.target == ["syr.nusra"]
    taken = _coded(nlp, "وفور إعلان القوات الأمنية العراقية سيطرتها على مبنى جامعة الأنبار، شرعت القطعات العسكرية ضمن "
                        "القاطع الشمالي الشرقي لمدينة الرمادي بشن سلسلة من الهجمات للتوغل داخل المدينة.", "COERCE")
    assert "agent.edu" not in taken.source and taken.target == ["agent.edu"]


def test_a_spokesman_speaking_for_an_army_announces_its_dead(nlp):
    # SaudiNewsNet: the army whose spokesman (with his title's adjective) announced the dead had
    # set off the bomb that killed them
    bomb = _coded(nlp, "إلى ذلك، أعلن المتحدث العسكري باسم الجيش المصري، أمس، عن مقتل ضابط وثلاثة جنود وإصابة ثلاثة "
                       "آخرين، إثر انفجار عبوة ناسفة برفح في شمال سيناء.", "ASSAULT")
    assert bomb.source == ["agent.bombs"] and bomb.mode == "reported"


def test_the_regime_and_its_forces_are_the_syrian_state(nlp):
    # SaudiNewsNet: نظام الأسد was Bashar al-Assad the person (or no one), القوات النظامية / قوات
    # النظام no actor at all, so the regular forces' shelling had no source
    iran = nlp(_news_article("وستستخدم إيران أي مصادر نقدية جديدة في كل شيء لدعم نظام الأسد"))
    support = next(e for e in iran.events if e.type == "SUPPORT" and "وستستخدم إيران" in e.evidence)
    assert support.target == ["syr.gov"]  # (Iran, after a verb that is no trigger, is read as a place)
    article = _news_article("القوات النظامية قصفت بالمدفعية الثقيلة مناطق في بلدتي الصمدانية الغربية")
    shelling = next(e for e in nlp(article).events if e.type == "ASSAULT" and "القوات النظامية قصفت" in e.evidence)
    assert shelling.source == ["syr.mil"]


def test_counts_joined_by_wa_before_a_casualty_verb_are_all_its_victims(nlp):
    # SaudiNewsNet: "خمسة مدنيين و11 من المتمردين ... قتلوا": the civilians had been the source,
    # taken from the fighting, whose subject they were, and the rebels alone the target
    killed = _coded(nlp, "وقالت مصادر عسكرية ان خمسة مدنيين و11 من المتمردين واربعة من الموالين قتلوا في المعارك "
                         "التي اندلعت خلال الليل في هذه المنطقة.", "ASSAULT")
    assert killed.source == [] and killed.target == ["agent.cvl", "agent.rebels"]


def test_a_counted_group_before_a_verb_of_seizing_with_no_object_was_seized(nlp):
    # SaudiNewsNet: "ستة أشخاص على الأقل اعتقلوا للاشتباه": the six were arrested, they arrested
    # no one; the Houthis who arrested people (an object after the verb) still did
    arrested = _coded(nlp, "وفيما قال مكتب محافظ ديار بكر إن «عملية واسعة أطلقت للعثور على منفذي هذا الهجوم "
                           "الشنيع»، ذكرت وكالة أنباء دوغان التركية أن ستة أشخاص على الأقل اعتقلوا للاشتباه في "
                           "علاقتهم بالحادث.", "COERCE")
    assert arrested.source == [] and arrested.target == ["agent.cvl"]
    protesters = _coded(nlp, "من جانبه، أفاد شاهد من وكالة «رويترز» للأنباء بأن عشرات المحتجين اعتقلوا أمس (الاثنين) "
                             "بعدما عطلوا المرور أثناء ساعة الذروة على طريق سريع يبعد كيلومترات عن فيرغسون.",
                        "COERCE")
    assert protesters.source == [] and protesters.target == ["agent.protesters"]
    houthis = _coded(nlp, "وقال نائب مدير قسم الشرق الأوسط في منظمة «هيومان رايتس ووتش» لحقوق الإنسان، إن «الحوثيين "
                          "اعتقلوا أناسا ينتقدون حركتهم، بشكل عشوائي»، مطالبا بإعادته سالما إلى منزله.", "COERCE")
    assert houthis.source == ["yem.houthis"]


def test_a_relative_clause_whose_verb_refers_back_to_its_antecedent_has_it_for_target(nlp):
    # SaudiNewsNet: "باكستان التي يتهمها تنظيم داعش بالسيطرة على طالبان": Pakistan is accused (the
    # Taliban had been); "حزب العمال الكردستاني المحظور الذي تتهمه": the party is accused (it had been
    # the accuser)
    pakistan = _coded(nlp, "وكانت قيادة طالبان أعطت موافقتها الضمنية على مفاوضات السلام التي بدأت مطلع يوليو (تموز) "
                           "في باكستان التي يتهمها تنظيم داعش بالسيطرة على طالبان الأفغان من خلال دفعهم اليوم إلى "
                           "اختيار الحوار بدلا من مواصلة القتال.", "ACCUSE")
    assert pakistan.source == ["imgisi"] and pakistan.target == ["country.PAK"]
    pkk = _coded(nlp, "فتحت تركيا أمس ثلاث جبهات متزامنة، الأولى عسكرية عند الحدود مع سوريا، حيث قصفت الطائرات "
                      "التركية أهدافا لتنظيم داعش، والثانية تنظيم «حزب العمال الكردستاني» المحظور الذي تتهمه "
                      "بالضلوع في هجمات استهدفت قواتها في الأراضي التركية بعد التفجير، والثالثة أمنية تمثلت بحملة "
                      "اعتقالات واسعة استهدفت عناصر التنظيمين، بالإضافة إلى منظمة يسارية ثورية اعتادت تنفيذ عمليات "
                      "تخريبية في الداخل التركي.", "ACCUSE")
    assert pkk.target == ["tur.pkk"] and "tur.pkk" not in pkk.source


def test_policemen_named_without_the_article_and_those_among_the_wounded_are_targets(nlp):
    # SaudiNewsNet: "وأصيب سبعة رجال شرطة" named no actor (only رجال الشرطة did), so the bombing
    # had no target; now the police of the story's country, as رجال الشرطة would be. "سبعة أشخاص على
    # الأقل، بينهم شرطيان، أصيبوا": the policemen among them were dropped as the elaboration of an
    # earlier event, and the country of the border was the target; all seven were wounded
    doc = nlp(_news_article("وأصيب سبعة رجال شرطة بعد أن فجر مسلحون"))
    wounded = next(ev for ev in doc.events if ev.trigger.text == "أصيب" and "سبعة رجال شرطة" in ev.evidence)
    assert "tur.cop" in wounded.target
    among = _coded(nlp, "وقال بيان صادر عن سلطات مقاطعة شيرناك، الواقعة على الحدود مع العراق وسوريا، إنّ سبعة أشخاص "
                        "على الأقل، بينهم شرطيان، أصيبوا بجروح خلال تبادل لإطلاق النار ليل الخميس/ الجمعة، قرب بلدة "
                        "شيلوبي في المقاطعة.", "ASSAULT")
    assert among.target == ["agent.cvl", "agent.cop"]


def test_who_fights_side_by_side_with_the_army_does_not_attack_it(nlp):
    # SaudiNewsNet (Port Said, 1956): "وقاتل رجال المقاومة جنبا إلى جنب مع القوات المسلحة": the
    # resistance fought beside the army, and the army had been its target
    doc = nlp("وقاتل رجال المقاومة جنبا إلى جنب مع القوات المسلحة، واستخدمت الأسلحة الخفيفة مثل البنادق والآر بي "
              "جي، والقنابل اليدوية، ما كبد العدو خسائر ضخمة في الأرواح والمعدات العسكرية.")
    assert not [ev for ev in doc.events if ev.type == "ASSAULT" and any(i.endswith(".mil") for i in ev.target)]


def test_the_adjective_of_chad_is_no_praise(nlp):
    # SaudiNewsNet: "بينهم شرطي تشادي، قتلوا": تشادي read as the present of أشاد, a SUPPORT event of
    # the women killed, which also cut the killing off from its victims before it
    doc = nlp("وقال المتحدث باسم الشرطة التشادية بول مانغا لوكالة الصحافة الفرنسية إن تسع نساء من التجار وخمسة رجال "
              "بينهم شرطي تشادي، قتلوا في الهجوم.")
    assert [ev.type for ev in doc.events] == ["ASSAULT"] and doc.events[0].target == ["tcd.cop"]


def test_a_verb_written_with_the_damma_of_the_passive_has_no_source_beside_it(nlp):
    # SaudiNewsNet: "وطُلب مني تغطية مؤتمر صحافي": the writer was asked; The Times, his paper named
    # before the verb, had been the one asking
    asked = _coded(nlp, "- أعتقد أن أولى مقالاتي للصحافة الوطنية كانت في عام 1995 وكنت حينها في عملي لدى صحيفة "
                        "الـ«تايمز» وطُلب مني تغطية مؤتمر صحافي في السفارة الأرجنتينية في لندن وكان يدور حول الحقوق "
                        "النفطية في جزر فوكلاند!", "REQUEST")
    assert asked.source == []


def test_a_committee_of_an_organisation_named_without_the_article_is_the_organisation(nlp):
    # SaudiNewsNet: "انتقدت لجنة للأمم المتحدة النظام السياسي في غواتيمالا": the UN criticised; it
    # had been the target, and Guatemala, the dateline's city, the critic
    criticised = _coded(nlp, "* غواتيمالا سيتي - «الشرق الأوسط»: انتقدت لجنة للأمم المتحدة النظام السياسي في غواتيمالا "
                             "على خلفيات فضائح الفساد التي شهدتها البلاد أخيرا، إذ قالت اللجنة الدولية لمكافحة "
                             "التهرب من العقوبة في تقرير لها أمس إن تمويل الأحزاب في غواتيمالا يفتح الباب واسعا "
                             "أمام الفساد.", "ACCUSE")
    assert criticised.source == ["igo.un"] and "igo.un" not in criticised.target


def test_an_indefinite_group_after_a_verb_of_seizing_was_seized(nlp):
    # ANTCorpus: "في حين فجر مسلح آخر حزامه الناسف واعتقل مسلح ثالث": a third gunman was arrested,
    # by neither gunman; the one who blew himself up had been the source, the arrested none
    arrested = _coded(nlp, "وأعلن محافظ طهران أن القوات الأمنية قتلت أحد المهاجمين، في حين فجر مسلح آخر حزامه "
                           "الناسف واعتقل مسلح ثالث.", "COERCE")
    assert arrested.source == [] and arrested.target == ["agent.gunmen"]


def test_a_writer_named_before_his_name_is_the_person(nlp):
    # ANTCorpus: "ودعا الكاتب الجزائري عاشور فني إلى": Fenni calls; the writer had been the caller
    # and Fenni the one called on
    called = _coded(nlp, 'ودعا الكاتب الجزائري عاشور فني إلى "مقاطعة قنوات التلفزيون"، والمثقفين إلى تحرير بيان تنديد '
                         'بما وصفها "الجريمة التي ارتكبت تحت مسمى "الكاميرا الخفية "وكان ضحيتها الكاتب رشيد بوجدرة '
                         'حيث قامت فكرة البرنامج على استفزاز الكاتب ودفعه لـ نطق الشهادتين.', "REQUEST")
    assert called.source == ["new.per.achour-fenni"] and "new.per.achour-fenni" not in called.target
    # SaudiNewsNet: a body named by a feminine noun is no one's title (وتتهم المعارضة إردوغان: the
    # opposition accuses Erdogan)
    doc = nlp(_news_article("وتتهم المعارضة إردوغان بإعاقة مفاوضات"))
    accused = next(ev for ev in doc.events if ev.trigger.text == "تتهم" and "المعارضة إردوغان" in ev.evidence)
    assert accused.source == ["agent.opp"] and accused.target and accused.target[0].startswith("cameo.")


def test_a_seat_of_government_naming_an_agreement_or_talks_is_no_party(nlp):
    # SaudiNewsNet: "اتفاق فيينا الخاص بالبرنامج النووي لإيران"، "محادثات فيينا": Vienna names the
    # agreement and the talks; Austria had been the party agreeing with Iran and talking to the
    # Arab League
    doc = nlp("وهذه الدعوة هي الأولى من نوعها التي يتلقاها روحاني من بلد غربي كبير منذ التوقيع على اتفاق فيينا "
              "الخاص بالبرنامج النووي لإيران في 14 يوليو (تموز).")
    agreed = next(ev for ev in doc.events if ev.type == "AGREE")
    assert "country.AUT" not in agreed.source + agreed.target and agreed.target == ["country.IRN"]


def test_the_group_in_construct_after_a_withdrawal_withdraws(nlp):
    # SaudiNewsNet: انسحاب الحوثيين، انسحاب القوات العراقية: the Houthis, the Iraqi forces withdraw;
    # they had been the withdrawal's target (and Ash Carter, displeased, its source)
    houthis = _coded(nlp, "وأوضح أن انسحاب الحوثيين من محافظة إب إلى صعدة معقل الميليشيات «لا يمكن تأكيده»، مشيرًا إلى "
                          "أن سيطرة قوات الحكومة والمقاومة الشعبية على عدن «أصبحت تامة، عدا بعض الجيوب البسيطة على "
                          "الأطراف التي يجري التعامل معها من قبل الجيش والمقاومة الشعبية، ولا يمكن أن تمثل خطرًا».",
                     "RETREAT")
    assert houthis.source == ["yem.houthis"] and houthis.target == []
    iraqis = _coded(nlp, "وكان كارتر نفسه أعرب في مايو (أيار) عن امتعاضه من انسحاب القوات العراقية من مدينة الرمادي مركز "
                         "محافظة الأنبار (غرب) إثر هجوم لتنظيم داعش، معتبرًا أن سقوط المدينة التي صمدت نحو 18 شهرا "
                         "أمام هجمات التنظيم، كان بسبب عدم وجود «رغبة بالقتال» لدى القوات العراقية.", "RETREAT")
    assert iraqis.source == ["irq.mil"] and iraqis.target == []


def test_an_agent_after_an_event_nouns_adjective_is_its_source(nlp):
    # SaudiNewsNet: التهديد المتزايد من قبل المتشددين: the militants threaten; the agent phrase had
    # been read as the participle's own (المقاربات المتبعة من قبل الحكومة) and the militants the target
    threat = _coded(nlp, "وفي أجواء التهديد المتزايد من قبل المتشددين، تبنت دول عدة قوانين لمكافحة الإرهاب مثيرة للجدل، "
                         "تنص على عقوبة الإعدام كما في تونس، أو تسمح بعمليات تنصت على الاتصالات الهاتفية كما في ساحل "
                         "العاج.", "THREATEN")
    assert threat.source == ["agent.reb"] and threat.target == []


def test_a_person_in_construct_after_a_call_makes_it(nlp):
    # SaudiNewsNet: دعوة المالكي ... إلى وضع المملكة تحت الوصاية: al-Maliki calls; he had been the
    # one called on (a group in construct still is: دعوة الأطراف إلى الحوار)
    doc = nlp("وردا على دعوة المالكي عبر قناة «آفاق» التابعة لحزبه (الدعوة) إلى وضع المملكة العربية السعودية «تحت "
              "الوصاية الدولية»، أكد المتحدث الرسمي باسم رئاسة الجمهورية، خالد شواني، لـ«الشرق الأوسط» أن تصريحات "
              "المالكي «شخصية لا تمثل الرأي والموقف الرسمي لرئاسة الجمهورية في العراق».")
    maliki = [a.id for a in doc.actors if "Maliki" in a.name_en]
    call = next(ev for ev in doc.events if ev.type == "REQUEST" and ev.trigger.text == "دعوة")
    assert len(maliki) == 1 and call.source == maliki and call.target == []


def test_a_charge_whose_accused_follows_with_lam_is_made_by_the_group_in_construct(nlp):
    # SaudiNewsNet: اتهام المالكي لنا بدعم الإرهاب: al-Maliki accuses "us" (Saudi Arabia, whose
    # foreign minister speaks); before a charge the group in construct had been read as the accused
    doc = nlp("رحم الله أمير الدبلوماسية سعود الفيصل الذي رد على اتهامات المالكي للسعودية بدعم الإرهاب بما يقطع قول "
              "كل خطيب عندما قال: «اتهام المالكي لنا بدعم الإرهاب مدعاة للسخرية؛ فـ(داعش) تم تجريمها هنا.")
    maliki = [a.id for a in doc.actors if "Maliki" in a.name_en]
    charges = [ev for ev in doc.events if ev.type == "ACCUSE"]
    assert len(maliki) == 1 and len(charges) == 2 and all(ev.source == maliki for ev in charges)


def test_a_country_in_construct_after_an_event_noun_is_the_state_it_is_for(nlp):
    # SaudiNewsNet: بزيارة كينيا، دعم مصر: Kenya is visited, Egypt supported (they had been places,
    # no party); the adjective of مساعدات سعودية stays the state that gives, and the countries of
    # تضامن مصر والسعودية stand together (the first the source)
    visit = _coded(nlp, "وحالت هذه التهمة فترة طويلة دون قيام الرئيس الأميركي بزيارة كينيا، حتى إسقاطها في أواخر "
                        "ديسمبر (كانون الأول) الماضي.", "CONSULT")
    assert visit.target == ["country.KEN"]
    doc = nlp("وفي سياق آخر، أعرب كيري عن ترحيب أميركا بالخطوات التي اتخذها الرئيس عبد الفتاح السيسي من أجل تحسين "
              "المناخ الاقتصادي في مصر وإتاحة المزيد من الفرص أمام رجال الأعمال، معتبرًا أن هناك المزيد الذي يجب عمله "
              "ونعرض هذا من أجل مناقشته بشكل أفضل، ومؤكدًا أن أميركا ترغب في دعم مصر والاقتصاد المصري بقوة، وأن "
              "الاقتصاد المصري يمكنه أن يعود ويعوض أي انخفاض سابق.")
    support = next(ev for ev in doc.events if ev.trigger.text == "دعم")
    assert support.target == ["country.EGY"]
    aid = _coded(nlp, "وصلت مساعدات سعودية واماراتية جديدة، اليوم (الاثنين)، إلى مدينة عدن جنوب اليمن، تزامناً مع زيارة "
                      "وفد من الأمم المتحدة للمدينة.", "AID")
    assert aid.source == ["country.SAU"] and aid.target == []
    solidarity = _coded(nlp, "من ناحية أخرى، قال وزير الخارجية المصري سامح شكري إن تضامن مصر والسعودية أساسي للحفاظ على "
                             "الأمن القومي العربي، وذلك خلال مؤتمر صحافي مشترك عقده أمس بالقاهرة مع نظيره السعودي عادل "
                             "الجبير.", "SUPPORT")
    assert solidarity.source == ["country.EGY"] and solidarity.target == []


def test_who_enjoys_support_is_its_target(nlp):
    # SaudiNewsNet: حظي دودا بدعم حزب القانون والعدالة، نال دعما كبيرا من بلاتيني: Duda and Prince
    # Ali are supported (verbs of receiving, as تلقى); they had been the supporters
    for text, name in (("وحظي دودا بدعم حزب القانون والعدالة برئاسة ياروسلاف كاتشينسكي الذي تسلم رئاسة الحكومة خلال "
                        "عامي 2006 و2007 خلال رئاسة شقيقه التوأم ليخ الذي توفي بحادثة تحطم طائرة في روسيا عام 2010.",
                        "Douda"),
                       ("أما الأمير علي بن الحسين الذي نال دعما كبيرا من بلاتيني والاتحاد الأوروبي ككل ضد بلاتر فإنه "
                        "«مستعد» للترشح للانتخابات الجديدة بحسب ما أكد نائب رئيس الاتحاد الأردني بعد استقالة السويسري "
                        "مباشرة مطلع يونيو، ولكنه قد يقف خلف الفرنسي هذه المرة.", "Ali")):
        doc = nlp(text)
        support = next(ev for ev in doc.events if ev.type == "SUPPORT")
        assert [name in doc.actor(i).name_en for i in support.target] == [True]
        assert not any(name in doc.actor(i).name_en for i in support.source)


def test_the_subject_of_a_verb_of_going_on_with_an_event_does_it(nlp):
    # SaudiNewsNet: تواصل إيران احتجاز، يواصل حزب العمال الكردستاني هجماته: Iran detains, the PKK
    # attacks (the verb of going on with it governs the event noun as شن and نفذ do)
    held = _coded(nlp, "كما تواصل إيران احتجاز عدد من الأميركيين بداعي الجاسوسية وغيرها من التهم، ومن بينهم مراسل صحيفة "
                       "«واشنطن بوست» جيسون رضايان.", "COERCE")
    assert held.source == ["country.IRN"]
    attacks = _coded(nlp, "بالمقابل يواصل حزب العمال الكردستاني هجماته على قوات الأمن التركية، ما أدى خلال الفترة نفسها "
                          "إلى مقتل نحو عشرين عنصرا منها، حسب مصادر رسمية تركية.", "ASSAULT")
    assert attacks.source == ["tur.pkk"] and attacks.target == ["tur.cop"]


def test_a_country_after_a_sister_of_kana_or_because_is_the_subject(nlp):
    # SaudiNewsNet: ظلت الولايات المتحدة ترفض، ما زالت صربيا ترفض، لأن الولايات المتحدة رفضت: the
    # states reject (no source before)
    for text, state in (("في المقابل، ظلت الولايات المتحدة ترفض تأسيس شريط حدودي داخل الأراضي السورية.", "USA"),
                        ("واستقلت كوسوفو رسميا في 2008، بقرار احادي الجانب ما زالت صربيا ترفض الاعتراف به.", "SRB"),
                        ("فشلت لأن الولايات المتحدة رفضت منحها التقنية والخبرات، مع أن الطبوغرافية الإيرانية مماثلة "
                         "لجارتها الخليجية.", "USA")):
        assert _coded(nlp, text, "REJECT").source == [f"country.{state}"]


def test_a_country_after_a_verb_and_its_resumptive_preposition_is_the_subject(nlp):
    # SaudiNewsNet: المنطقة الآمنة التي تطالب بها تركيا، إجراء رحبت به واشنطن، منطقة أرسلت اليها
    # تركيا تعزيزات: the states demand, welcome and send (they had been places, no party)
    demand = _coded(nlp, "وإذ أكد هورموزلو أن المنطقة الآمنة التي تطالب بها تركيا أصبحت ضرورة ملحة، أشار إلى أن مجلس "
                         "الوزراء التركي بحث موضوع السياج الحدودي الذي سيمتد نحو 118 كيلومترا لتأمين النقاط الحدودية "
                         "مقابل المناطق التي ينتشر فيها «داعش» ومقاتلون أكراد في سوريا.", "REQUEST")
    assert "country.TUR" in demand.source
    welcome = _coded(nlp, "وهو إجراء رحبت به واشنطن والكونغرس في وقته.", "SUPPORT")
    assert "country.USA" in welcome.source
    sent = _coded(nlp, "وقالت تقارير اعلامية محلية ان الاشتباكات قريبة من قرية البيلي - الى الشرق من بلدة كِلِس التركية - "
                       "ومنطقة أرسلت اليها تركيا تعزيزات في الاسابيع الاخيرة.", "MOBILIZE")
    assert sent.source == ["country.TUR"]


def test_a_country_after_what_a_text_says_is_its_object(nlp):
    # SaudiNewsNet: نشرت بيانا هددت فيه تركيا، لطلب ... تطالب فيه إيران بالالتزام: Turkey is threatened
    # and Iran asked (they had been the subjects, as after a preposition that refers to a place);
    # with no text before فيها the country still speaks (أول مرة تتهم فيها إسرائيل) ...
    threat = _coded(nlp, "وقالت صحيفة «صول» التركية إن إدارة موقع «darulhilafe.com» الناطق بالتركية نشرت بيانا هددت "
                         "فيه تركيا، بسبب العمليات التي تنظمها السلطات التركية مستهدفة بها التنظيم في مدن مختلفة من "
                         "تركيا في الآونة الأخيرة وإغلاق مواقعه الإلكترونية.", "THREATEN")
    assert threat.target == ["country.TUR"] and "country.TUR" not in threat.source
    demand = _coded(nlp, "وفي مناسبة غيرها، وفقا لعراقجي أيضا، وقف كيري إلى جانب إيران في رفضهما لطلب صادر عن زعيمة "
                         "ملف السياسة الخارجية للاتحاد الأوروبي فيديريكا موغيريني تطالب فيه إيران بالالتزام بعدم مساعدة "
                         "الرئيس السوري بشار الأسد في قتل المزيد من المواطنين السوريين.", "REQUEST")
    assert demand.target == ["country.IRN"] and "country.IRN" not in demand.source
    charge = _coded(nlp, "وهذه ليست أول مرة تتهم فيها إسرائيل أسرى محررين بالوقوف خلف عمليات في الضفة الغربية.", "ACCUSE")
    assert charge.source == ["country.ISR"]
    # ... nor with the verb's own object after it (بيان دعت فيه «أوبك» المنتجين: OPEC calls on them)
    doc = nlp("وجاء هذا الخطاب بالتزامن مع بيان دعت فيه «أوبك» المنتجين خارجها إلى تحمل العبء لإعادة الاستقرار إلى السوق.")
    call = next(ev for ev in doc.events if ev.type == "REQUEST")
    assert [doc.actor(i).name_en for i in call.source] == ["OPEC"]


def test_the_subject_before_kana_and_its_verb_after_a_complementiser(nlp):
    # SaudiNewsNet: أن «الرئيس السوري بشار الأسد كان يطالب بإرسال مزيد من عناصر (ميليشيات): Assad
    # demands (the militias after the verb had been the source); ان "كيري سيلتقي: Kerry meets
    # (a quotation mark after ان had hidden him, and the Russian minister met himself)
    doc = nlp("وفي ما يتعلق بالمسألة الثالثة، أوضح المسؤول الأمني أن «الرئيس السوري بشار الأسد كان يطالب بإرسال مزيد "
              "من عناصر (ميليشيات) كتائب أبو الفضل العباس للقتال هناك من أجل حماية المراقد الشيعية المقدسة، غير أن "
              "القيادة العراقية أوضحت للرئيس السوري أنها ستتوقف عن ذلك للحاجة إليهم في تحرير المناطق العراقية من "
              "تنظيم داعش، لا سيما بعد أن بدأت القوات العراقية تحقق تقدما في جبهات القتال وتحتاج إلى قوات تتقدم "
              "وأخرى تمسك الأرض».")
    demand = next(ev for ev in doc.events if ev.type == "REQUEST")
    assert [doc.actor(i).name_en for i in demand.source] == ["Bashar al-Assad"]
    meet = _coded(nlp, "وأوضح الدبلوماسي الكبير في الخارجية الاميركية ان \"كيري سيلتقي مساء اليوم وزير الخارجية الروسي في "
                       "كوالالمبور لبحث مجموعة من القضايا ذات الاهتمام المشترك\"، مشيرا الى انه \"سيكون اجتماعا "
                       "ثنائيا\".", "CONSULT")
    assert meet.source == ["per.john-kerry"] and meet.target == ["rus.gov"]


def test_a_group_after_a_counted_object_is_no_subject(nlp):
    # SaudiNewsNet: ضبط 6 أفراد من ... جماعة الإخوان، وأوقف 5 رجال أحدهم الجزائري سفيان إيه، التقى عددًا
    # من رفاق الطيار: the counted are seized, arrested, met (they had been the sources); a number
    # after a verb of saying no, and a quantity word in the nominative, count the subject itself
    seized = _coded(nlp, "على صعيد آخر، تمكنت أمس قوات الشرطة بمديرية أمن السويس من ضبط 6 أفراد من أخطر عناصر جماعة "
                         "الإخوان الإرهابية من أعضاء اللجان النوعية التابعة للتنظيم لاعتزامهم ارتكاب أعمال عدائية "
                         "بالمحافظة بالتزامن مع افتتاح قناة السويس الجديدة.", "COERCE")
    assert seized.source == ["agent.cop"] and seized.target == ["egy.muslim-brotherhood"]
    arrest = _coded(nlp, "وأوقف 5 رجال أحدهم الجزائري سفيان إيه، فجر الخميس، بالقرب من هذا المبنى قبل أن يبدأوا تنفيذ "
                         "الخطة تماما.", "COERCE")
    assert arrest.source == [] and len(arrest.target) == 1
    met = _coded(nlp, "وحطت طائرة كارتر في قاعدة جوية عسكرية شمال الأردن قرب الحدود مع سوريا، حيث التقى عددًا من رفاق "
                      "الطيار الأردني معاذ الكساسبة الذي قتله تنظيم داعش حرقا مطلع العام الحالي، بحسب مراسل وكالة "
                      "الصحافة الفرنسية.", "CONSULT")
    assert met.source == [] and met.target == ["jor.airman"]  # Carter is named in the article before
    rejected = _coded(nlp, "وأثارت مجموعة أولى من الإصلاحات معارضة قوية داخل حزبه الأسبوع الماضي، ولم يتم إقرارها إلا "
                           "بفضل أصوات أحزاب المعارضة المؤيدة للاتحاد الأوروبي، حيث رفض 32 برلمانيا من حزب سيريزا "
                           "اليساري الحاكم هذه الإجراءات، ومن بين الرافضين وزراء في الحكومة، تخلص منهم تسيبراس في اليوم "
                           "التالي من التصويت.", "REJECT")
    assert rejected.source == ["grc.syriza"]


def test_who_meets_with_an_event_undergoes_it(nlp):
    # SaudiNewsNet: لقي مسؤول بلجنة سلام ... مصرعه بانفجار: the official is the victim (لاقى، لقي join
    # the verbs of undergoing; ولاقت مواهب الأستاذ شافر ترحيبا: Shafer, named in the article, had been
    # the one welcoming); يلقي خطابا (gives a speech) does not: Saddam accuses
    death = _coded(nlp, "لقي مسؤول بلجنة سلام قبلية موالية للحكومة مصرعه بانفجار نفذه مسلحون مجهولون اليوم في منطقة "
                        "دير السفلى شمال غرب باكستان .", "ASSAULT")
    assert death.target == ["pak.gov"]
    doc = nlp("* 17 يوليو 1990: صدام حسين يلقي خطابا في ذكرى ثورة يوليو 1968، واتهم دول الخليج، خصوصًا الكويت، "
              "بالضلوع في مؤامرة نفطية ضد العراق، مهددًا باستخدام «رد مناسب» ضدها.")
    charge = next(ev for ev in doc.events if ev.type == "ACCUSE")
    assert [doc.actor(i).name_en for i in charge.source] == ["Saddam Hussein"]


def test_a_protest_against_a_killing_by_no_one_named_has_no_target(nlp):
    # SaudiNewsNet: تجمع نحو مائة شخص في بروكلين احتجاجا على مقتل براون: against his killer, who is not
    # named (Michael Brown, the dead, had been the target)
    protest = _coded(nlp, "وفي وقت سابق تجمع نحو مائة شخص في بروكلين احتجاجا على مقتل براون واعتقلت الشرطة عددا منهم.",
                     "PROTEST")
    assert protest.source == ["agent.cvl"] and protest.target == []


def test_a_country_after_the_head_word_of_a_province_is_boycotted(nlp):
    # SaudiNewsNet: ترفض مقاطعة إسرائيل: a boycott of Israel (مقاطعة before a place names a province,
    # and the boycott of a country had been dropped as one)
    boycott = _coded(nlp, "فأجابه بأن المشروع الأوروبي حول معاقبة البنوك هو مبادرة لجهة خاصة وليس من إدارة الاتحاد "
                          "الأوروبي، وقال إن بلاده ترفض مقاطعة إسرائيل.", "SANCTION")
    assert boycott.target == ["country.ISR"]


def test_a_country_after_the_complete_title_of_the_subject_is_an_object(nlp):
    # ANTCorpus and SaudiNewsNet: اتهم إياد علاوي نائب الرئيس العراقي قطر، يزور جون كيري وزير الخارجية
    # الاميركي مصر: Qatar is accused, Egypt visited (they had been places); a country that completes
    # the title stays the person's own (اتهم ألبرت ديل روساريو وزير خارجية الفلبين، الصين)
    charge = _coded(nlp, "اتهم إياد علاوي نائب الرئيس العراقي قطر اليوم السبت بتبني مشروع لتقسيم العراق والتدخل في "
                         "\"الشقاق\" الفلسطيني وتشجيع قوى متطرفة في \"اعتداءات\" على مصر.", "ACCUSE")
    assert charge.target == ["country.QAT"]
    visit = _coded(nlp, "ومن المؤمل ان يزور جون كيري وزير الخارجية الاميركي مصر يوم الاحد لاجراء \"حوار استراتيجي\".",
                   "CONSULT")
    assert visit.source == ["per.john-kerry"] and visit.target == ["country.EGY"]


def test_an_mps_party_after_the_title_and_an_is_no_party_of_the_event(nlp):
    # ANTCorpus: نفت زهرة إدريس، النائب عن حزب نداء تونس، وجود أي طموح: her party is denied nothing
    # (it had been the target)
    denial = _coded(nlp, "نفت زهرة إدريس، النائب عن حزب نداء تونس، وجود أي طموح سياسي لديها أو رغبة في تقلّد أي منصب "
                         "وزاري.", "REJECT")
    assert denial.target == [] and len(denial.source) == 1


def test_forces_loyal_to_a_principal_act_as_the_principal(nlp):
    # SaudiNewsNet: جيش تابع لحفتر ... سيطروا: an army of Haftar's took the position (no source: Haftar
    # after ل had been an object); ANTCorpus: تدعمهما قوات تابعة للمشير حفتر: Haftar's forces support
    # the eastern government (the government had been the source and Haftar the one supported)
    seized = _coded(nlp, "«جيش تابع لحفتر، وأبناؤنا معه، سيطروا على منطقة تمركز ميليشيا المتطرفين في موقع بئر الغنم، "
                         "وهي تقع في سفح الجبل..", "COERCE")
    assert seized.source == ["per.khalifa-haftar"]
    backing = _coded(nlp, "وتعيش ليبيا صراعا سياسيا وأمنيا خانقا منذ الإطاحة بنظام معمر القذافي في العام 2011، حيث توجد "
                          "حكومة وبرلمان في شرق البلاد تدعمهما قوات تابعة للمشير حفتر في مواجهة حكومة الوفاق الوطني "
                          "المعترف بها من المجتمع الدولي برئاسة فائز السراج في طرابلس.", "SUPPORT")
    assert backing.source == ["per.khalifa-haftar"]
    # ... and after the principal's title with ل (SaudiNewsNet: بعد انسحاب القوات الموالية للمخلوع علي عبد
    # الله صالح: Saleh's forces withdrew; the army had withdrawn from Saleh)
    withdrawal = _coded(nlp, "وذكر شهود عيان في حضرموت لـ«الشرق الأوسط» أن سيارتين مفخختين هاجمتا موقعا عسكريا في وادي سر "
                             "بمنطقة وادي حضرموت أو حضرموت الداخل، ثم أعقب اقتحام الموقع بواسطة سيارتين عسكريتين هجوم "
                             "بالقذائف واشتباكات مع الضباط والجنود التابعين للقوات العسكرية الموالية للرئيس عبد ربه منصور "
                             "هادي في حضرموت، ويعد هذا الهجوم الأكبر والأول من نوعه الذي يستهدف قوات الجيش اليمني في جنوب "
                             "شرقي البلاد، منذ هاجمت مجاميع مسلحة من تنظيم القاعدة مدينة المكلا، عاصمة محافظة حضرموت في "
                             "الثاني من أبريل (نيسان) الماضي، وسيطرت على المدينة بعد انسحاب القوات الموالية للمخلوع علي "
                             "عبد الله صالح من المحافظة.", "RETREAT")
    assert withdrawal.source == ["cameo.fc557a6992"] and withdrawal.target == []


def test_a_name_after_forces_after_a_preposition_carries_the_preposition():
    # SaudiNewsNet: والمتحالفون عسكريا مع قوات الجيش: the army is the Houthis' ally, not the subject of
    # وسيطروا (the army had taken Sanaa, once the affiliations stage had made the title of Saleh after it
    # an object of ل)
    seized = _coded(load_pipeline(), "وكان الحوثيون المدعومون من إيران والمتحالفون عسكريا مع قوات الجيش الموالية للرئيس السابق علي "
                         "عبد الله صالح انطلقوا عام 2014 من معاقلهم في شمال البلاد في حملة توسعية جنوبا وسيطروا على "
                         "صنعاء في سبتمبر الماضي.", "COERCE")
    assert seized.source == ["yem.houthis"]


def test_a_soldier_of_a_state_killed_in_an_attack_is_its_victim(nlp):
    # SaudiNewsNet: قتل جندي تركي في هجوم ... شنه متمردون أكراد: a Turkish soldier was killed (the Turkish
    # army had been the killer: only generic nouns, not an agent noun with its state's adjective,
    # read as the victims, and the rebels after في had counted as the object)
    killed = _coded(nlp, "وفي حادث منفصل، قتل جندي تركي في هجوم بقاذفة صواريخ شنه متمردون أكراد واستهدف طوافة عسكرية "
                         "أثناء نقلها عسكريين في إقليم بيت شباب في شيرناك، حسب دوغان.", "ASSAULT")
    assert killed.source == ["agent.rebels"] and killed.target == ["tur.mil"]


def test_a_state_that_witnesses_violence_is_no_party_of_it(nlp):
    # SaudiNewsNet: إن تركيا شهدت أمس تصاعداً في أعمال العنف أسفرت عن مصرع: the deaths happened in Turkey,
    # which had been their killer (cues.yaml ``witnessing``)
    deaths = _coded(nlp, "وقالت إن تركيا شهدت أمس تصاعداً في أعمال العنف أسفرت عن مصرع تسعة أشخاص بينهم ستة جنود.",
                    "ASSAULT")
    assert deaths.source == [] and "agent.mil" in deaths.target


def test_the_accused_after_lam_of_a_rejected_accusation_stays_accused(nlp):
    # SaudiNewsNet: رفض رئيس الوزراء التركي اتهامات لبلاده: Turkey is accused, the prime minister who
    # rejects it too; Turkey had been made the accuser with the other parties of the accusation
    charge = _coded(nlp, "ورفض رئيس الوزراء التركي اتهامات لبلاده بتقديم دعم غير صريح في السابق لعناصر تنظيم داعش "
                         "المتشدد الذين ينشطون في سوريا، وأنها فتحت الباب بذلك أمام التفجير الانتحاري.", "ACCUSE")
    assert charge.source == [] and "country.TUR" in charge.target


def test_many_of_a_group_after_a_verb_that_opens_its_clause_are_its_subject(nlp):
    # SaudiNewsNet: وانتقد الكثير من الجمهوريين إدارة الرئيس أوباما: the Republicans criticise (the
    # definite الكثير had been read as a subject naming no actor, and the Republicans as the target)
    criticism = _coded(nlp, "وانتقد الكثير من الجمهوريين إدارة الرئيس أوباما لقبوله بهذه الصفقة وطريقة إعلانها وتسويقها.",
                       "ACCUSE")
    assert criticism.source == ["usa.gop"] and "usa.gop" not in criticism.target


def test_a_common_noun_with_a_party_adjective_is_the_party(nlp):
    # SaudiNewsNet: انتقد النواب الجمهوريون: the Republicans (the MPs had been the source and their
    # party the target: only armed nouns took their organisation's adjective)
    criticism = _coded(nlp, "كما انتقد النواب الجمهوريون كذلك ترحيل معتقلي المستوى الأمني الأدنى، محذرين من «الانتكاسة».",
                       "ACCUSE")
    assert criticism.source == ["usa.gop"] and criticism.target == []


def test_a_country_after_lakinna_is_the_subject_of_the_verb_after_it(nlp):
    # SaudiNewsNet: لكن إسبانيا نفت: Spain denies (after لكنّ, a sister of إنّ, Spain had been the place)
    denial = _coded(nlp, "لكن إسبانيا نفت ارتكاب أي مخالفات.", "REJECT")
    assert denial.source == ["country.ESP"]


def test_an_event_nouns_possessive_before_its_object_names_its_doer(nlp):
    # SaudiNewsNet: أن تزيد إيران دعمها لهذه الجماعات: Iran's support (no source before)
    support = _coded(nlp, "وقال ليفيت إنه إذا رفعت العقوبات، كليا أو جزئيا «فلا بد أن تزيد إيران دعمها لهذه "
                          "الجماعات الإرهابية، خاصة حزب الله».", "SUPPORT")
    assert support.source == ["country.IRN"] and support.target == ["lbn.hezbollah"]
    # ANTCorpus: the army named in the relative clause is not what تضامنها refers to: Tunisia
    solidarity = _coded(nlp, "استنكرت تونس في بيان صادر اليوم الجمعة عن وزارة الشؤون الخارجية، الممارسات "
                             "اللاإنسانية التي يأتيها جيش الاحتلال الإسرائيلي في الأراضي الفلسطينية، معربة عن "
                             "تضامنها مع الشعب الفلسطيني الشقيق.", "SUPPORT")
    assert solidarity.source == ["country.TUN"]
    # ANTCorpus: the people smuggled are the ones تهريبهم befalls; the German authorities do not smuggle
    smuggling = _coded(nlp, "وتشتبه السلطات الألمانية في أن التونسي يقوم بعمليات تجنيد لأشخاص وتهريبهم لصالح "
                            "تنظيم داعش.", "CRIME")
    assert smuggling.source == []


def test_who_signed_or_reached_a_deal_after_it_is_its_source_and_the_party_after_ma_its_other_side(nlp):
    # SaudiNewsNet: الاتفاق الذي أبرمته إيران مع القوى الدولية الست: Iran and the world powers (no party
    # before); الاتفاق الذي توصلت إليه إيران مع الدول الغربية: Iran and the West
    signed = _coded(nlp, "ويفرض الاتفاق الذي أبرمته إيران مع القوى الدولية الست في 14 يوليو (تموز) الماضي قيودا "
                         "صارمة على برنامجها النووي مقابل تخفيف العقوبات الدولية مما يضع حدا لعداء متزايد مع الغرب "
                         "استمر عقودا.", "AGREE")
    assert signed.source == ["country.IRN"] and signed.target == ["group.world-powers"]
    reached = _coded(nlp, "في الوقت الذي سيفتح فيه الاتفاق الذي توصلت إليه إيران مع الدول الغربية بشأن برنامجها "
                          "النووي أخيرا الطريق لتحريك علاقاتها الاقتصادية، في مقدمتها ضخ النفط إلى الأسواق العالمية، "
                          "قلل خبراء اقتصاديون مختصون بالشأن النفطي من تأثيرات عودة إيران المحتملة على السوق بشكل "
                          "عام وعلى اقتصادات الخليج.", "AGREE")
    assert reached.source == ["country.IRN"] and reached.target == ["group.west"]


def test_a_state_that_aspires_to_an_event_intends_it(nlp):
    # SaudiNewsNet: تتطلع دولة الإمارات إلى دعم اليمن: the UAE intends to support Yemen (no source, and
    # asserted, before)
    support = _coded(nlp, "تتطلع دولة الإمارات إلى دعم اليمن حكومة وشعبًا، من خلال عدد من المبادرات والجهود، حتى "
                          "يتجاوز هذا البلد الأوضاع الصعبة التي يشهدها في الوقت الراهن.", "SUPPORT")
    assert support.source == ["country.ARE"] and support.target == ["country.YEM"] and support.mode == "intended"


def test_the_protest_held_stands_for_the_sentence_not_the_one_urged_against(nlp):
    # SaudiNewsNet: the protests held in nine provinces, taken part in by thousands of Iraqis, not
    # the clerics' urging not to take to the streets (عدم النزول إلى الشارع had been the event, negated)
    protest = _coded(nlp, (
        "شهدت 9 محافظات في وسط وجنوب العراق مظاهرات شارك فيها الآلاف من العراقيين ضد حكومة حيدر العبادي، "
        "حيث طالبوا بتوفير الخدمات ومحاسبة المفسدين، فيما ارتفع في بعضها إلى حل البرلمان ومجالس "
        "المحافظات وإعلان حكومة طوارئ، رغم استعانة الأحزاب الإسلامية وخصوصا «المجلس الأعلى الإسلامي» "
        "بزعامة عمار الحكيم، وحزب الفضيلة الإسلامية الذي يدعمه الشيخ محمد اليعقوبي، برجال دين خلال صلاة "
        "الجمعة لحث الأهالي على عدم النزول إلى الشارع والمشاركة."), "PROTEST")
    assert protest.mode == "asserted" and protest.trigger.text == "مظاهرات" and protest.source == ["irq.people"]


def test_a_pronoun_after_a_participle_of_saying_is_the_main_clauses_speaker(nlp):
    # SaudiNewsNet: قالت الحكومة التركية ... إنها لم تقصف أي مناطق يسكنها مدنيون ...، مضيفة أنها قصفت:
    # the government shelled the PKK (the civilians of the denial had been the source); with its
    # asserted shelling, not the denied one, standing for the sentence
    shelling = _coded(nlp, "ومع ذلك، قالت الحكومة التركية، أمس، إنها لم تقصف أي مناطق يسكنها مدنيون في شمال العراق، "
                           "مضيفة أنها قصفت مركزا لوجيستيا لحزب العمال الكردستاني.", "ASSAULT")
    assert shelling.source == ["tur.gov"] and shelling.target == ["tur.pkk"]


def test_tear_gas_used_on_protesters_is_violent_repression(nlp):
    # ANTCorpus sample (dev part): CAMEO 175, violent repression, is ASSAULT in CAMEO2PLOVER; استخدم
    # is a light verb, whose subject does the event noun (no event before)
    repression = _coded(nlp, "واستخدمت الشرطة قنابل الغاز المسيل للدموع لتفرقة المتظاهرين، وفق وكالة فرانس براس.",
                        "ASSAULT")
    assert repression.source == ["agent.cop"] and repression.target == ["agent.protesters"]


def test_the_body_a_holders_title_sits_in_after_fi_is_no_party(nlp):
    # SaudiNewsNet: مرتضى حسيني رئيس اللجنة الثقافية في البرلمان الإيراني الدول الغربية: the West is
    # accused, not the parliament his committee sits in
    charge = _coded(nlp, "اتهم مرتضى حسيني رئیس اللجنة الثقافية في البرلمان الإيراني الدول الغربية بترويج تربية "
                         "الحيوانات الأليفة مثل الكلاب والقطط وتشجيع الأسر الإيرانية على الطلاق، مطالبا البرلمان "
                         "والقضاء الإيراني بالتفكير ودراسة سبل التصدي للهجوم الثقافي الغربي.", "ACCUSE")
    assert charge.target == ["group.west"]
    # the title before the name: the holder after the body and its organisation is the subject
    # (the parliament had been the criticised)
    charge = _coded(nlp, "بدوره انتقد رئيس اللجنة الاقتصادية في البرلمان الإيراني أحمد توكلي، ردة فعل الحكومة على منتقدي "
                         "زيارة وزير الخارجية الفرنسي لوران فابيوس إلى طهران، وقال لوكالة مهر الحكومية إن «تجاهل "
                         "العزة الوطنية في هذه الزيارات سيكلف إيران ليس على الصعيد السياسي فحسب، بل سيكلف اقتصاد "
                         "البلد».", "ACCUSE")
    assert len(charge.source) == 1 and charge.source[0].startswith("new.per.") and charge.target == ["irn.gov"]


def test_an_indefinite_plural_in_yn_is_no_subject(nlp):
    # SaudiNewsNet: طالت يد الغدر مصلين: the worshippers are struck (they had been the source of the
    # belt's attack); ANTCorpus: يستهدف مدنيين: civilians are targeted (the event had been lost)
    bombing = _coded(nlp, "طالت يد الغدر، أمس، مصلين في مسجد تابع لـ«قوات الطوارئ» الخاصة في منطقة عسير، الواقعة جنوب "
                          "غربي السعودية، ونفذ انتحاري العملية الإرهابية مرتديًا حزامًا ناسفًا مما أسفر عن «استشهاد» 15 "
                          "شخصًا، ضمنهم 12 من رجال الأمن وثلاثة من العاملين في الموقع، إضافة إلى إصابة 7 آخرين.",
                     "ASSAULT")
    assert bombing.source == ["agent.bomber"]
    shooting = _coded(nlp, "وأعلن المجلس النروجي للاجئين من جهته أن تنظيم \"داعش\" الارهابي يستهدف مدنيين بالرصاص "
                           "ويقتلهم خلال محاولتهم الفرار من مدينة الفلوجة.", "ASSAULT")
    assert (shooting.source, shooting.target) == (["imgisi"], ["agent.cvl"])
    # but the noun of إن, accusative, is its clause's subject (a quotation mark between)
    theft = _coded(nlp, "وقال مسؤول في الوزارة لوكالة فرانس برس إن \"مسلحين مجهولين يرتدون ملابس مدنية جاءوا على متن "
                        "سيارتين قاموا باختطاف الصحفية والناشطة أفراح شوقي وسرقوا حاسوبها وهاتفها وأموالها وفروا\".",
                   "CRIME")
    assert theft.source == ["agent.unidentified"]


def test_a_group_after_a_complementiser_is_no_subject_of_the_verb_before(nlp):
    # ANTCorpus: أطلقت النار عليها اعتقادا منها أن مسلحين يقودونها: the security forces fire, the
    # gunmen they believed in did not
    fired = _coded(nlp, "ونقلت \"رويترز\" عن الشرطة الصومالية أن قوات الأمن قابلت خلال دورية سيارة تسد الشارع وأطلقت "
                        "النار عليها اعتقادا منها أن مسلحين يقودونها.", "ASSAULT")
    assert "agent.gunmen" not in fired.source


def test_the_body_a_subject_is_in_after_fi_is_no_object(nlp):
    # SaudiNewsNet: لجنة حقوق الإنسان في البرلمان العراقي الرئاسات الثلاث: the three presidencies are
    # called on, not the parliament the committee sits in
    called = _coded(nlp, "وطالبت لجنة حقوق الإنسان في البرلمان العراقي الرئاسات الثلاث بعقد اجتماع طارئ ومقاضاة الجناة "
                         "المتسببين في تفجير خان بني سعد.", "REQUEST")
    assert "irq.parliament" not in called.target and called.target


def test_who_did_not_receive_an_event_undergoes_it(nlp):
    # SaudiNewsNet: بلاده لم تتلق طلبا: Egypt received no request (it had been the requester)
    asked = _coded(nlp, "وعلى صعيد آخر، أكد عمر أبو العيش السفير المصري لدى الجزائر، أن بلاده لم تتلق طلبا جزائريا "
                        "بالوساطة لمنع تنفيذ حكم الإعدام الصادر بحق الرئيس المصري الأسبق محمد مرسي.", "REQUEST")
    assert (asked.source, asked.target, asked.mode) == ([], ["country.EGY"], "negated")


def test_who_holds_talks_or_a_call_holds_them(nlp):
    # أجرى and عقد are light verbs of meetings: the group before them meets (ANTCorpus: تجري قطر
    # محادثات مع إيران; SaudiNewsNet: ميركل وهولاند أجريا اتصالا هاتفيا), and a seat of government
    # before one is its state (أن واشنطن تجري مباحثات مكثفة مع إسرائيل): all three had no source
    talks = _coded(nlp, "تجري قطر محادثات مع إيران وتركيا لتدبير إمدادات الغذاء والماء وسط مخاوف من نقص محتمل بعد "
                        "يومين من قيام أكبر مزوديها، و الإمارات العربية المتحدة والسعودية، بقطع العلاقات التجارية "
                        "والدبلوماسية مع البلد المعتمد على الواردات.", "CONSULT")
    assert talks.source == ["country.QAT"] and "country.IRN" in talks.target
    call = _coded(nlp, "وعلى صعيد متصل، قالت الرئاسة الفرنسية إن المستشارة الألمانية أنجيلا ميركل والرئيس الفرنسي "
                       "فرنسوا هولاند أجريا اتصالا هاتفيا مع زعيمي روسيا وأوكرانيا مساء أول من أمس لمناقشة الوضع في "
                       "شرق أوكرانيا.", "CONSULT")
    assert "per.francois-hollande" in call.source
    talks = _coded(nlp, "ولا تتضمن جولة كيري إسرائيل في ظل توتر في العلاقات بين الدولتين بعد الاتفاق مع إيران، إلا أن "
                        "وزارة الخارجية الأميركية أكدت أن واشنطن تجري مباحثات مكثفة مع إسرائيل في الأشهر الأخيرة، حول "
                        "قضايا عدة، من بينها الاتفاق مع إيران، في محاولة منها للرد على ما يقال حول تدهور العلاقات "
                        "بينهما.", "CONSULT")
    assert talks.source == ["country.USA"] and "country.ISR" in talks.target


def test_the_party_called_on_does_the_event_called_for(nlp):
    # ANTCorpus and SaudiNewsNet: the one called on is the called-for event's source, not the caller
    # (دعا الصدر المتظاهرين إلى الانسحاب: the protesters are to withdraw; دعا لافروف الولايات المتحدة
    # إلى التعاون مع الرئيس السوري: the United States is to cooperate with Assad)
    withdrawal = _coded(nlp, "دعا رجل الدين العراقي مقتدى الصدر المتظاهرين العراقيين إلى الانسحاب من الشارع حقنا "
                             "للدماء بعد سقوط قتلى نتيجة وقوع مواجهات بين القوات الامنية والمتظاهرين بساحة "
                             "\"التحرير\", وسط بغداد.", "RETREAT")
    assert withdrawal.mode == "called_for" and withdrawal.source == ["irq.protesters"]
    cooperation = _coded(nlp, "من جهة أخرى، دعا وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة إلى التعاون مع الرئيس "
                              "السوري بشار الأسد في محاربة «داعش»، مشيرا إلى أن ذلك يتطلب تحالفا دوليا يضم جميع من يمثل "
                              "لهم المتطرفون «عدوا مشتركا».", "COOPERATE")
    assert cooperation.mode == "called_for" and cooperation.source == ["country.USA"]
    assert cooperation.attrs["source_from"] == "called_on"


def test_a_representatives_name_after_the_title_is_the_holder(nlp):
    # SaudiNewsNet: مندوب سوريا بشار الجعفري: Jaafari demands (the delegate had been the source and
    # Jaafari, his own name, the target)
    demand = _coded(nlp, "فيما طالب مندوب سوريا بشار الجعفري باعتماد مبادئ النزاهة والشفافية في عمل لجنة التحقيق وشدد "
                         "على ضرورة تنسيق اللجنة مع الحكومة السورية في دمشق.", "REQUEST")
    assert len(demand.source) == 1 and "jaafari" in demand.source[0] and not demand.target


def test_a_counterpart_with_a_country_adjective_is_that_states_government(nlp):
    # ANTCorpus and SaudiNewsNet: نظيره الصيني، بنظيره التركي with no name after: the state's
    # government is thanked, called (the events had no target)
    thanks = _coded(nlp, "وشكر الرئيس ترامب نظيره الصيني لقيامه بمحاولة لحل الأزمة الكورية بالطرق السلمية.", "SUPPORT")
    assert thanks.target == ["chn.gov"]
    call = _coded(nlp, "وكان الرئيس الأميركي أجرى اتصالا هاتفيًا بنظيره التركي لمناقشة سبل مكافحة تنظيم داعش.", "CONSULT")
    assert call.target == ["tur.gov"]


def test_the_body_a_group_belongs_to_is_no_object_and_a_counted_pair_is_the_subject(nlp):
    # SaudiNewsNet: الوكالة الدولية للطاقة الذرية التابعة للأمم المتحدة: the UN had been asked;
    # وطالب عدد من المسؤولين والمشرعين الأميركيين: the lawmakers demand (Iran and the United States,
    # the clause before, had been the demanders and the lawmakers the ones asked)
    asked = _coded(nlp, "وطلبت الوكالة الدولية للطاقة الذرية التابعة للأمم المتحدة دخول موقع بارشين وفقا للاتفاق الذي "
                        "أعلن عنه يوم 14 يوليو (تموز) بين إيران والقوى العالمية الست ومن بينها الولايات المتحدة.",
                   "REQUEST")
    assert asked.source == ["igo.iaea"] and "igo.un" not in asked.target
    demand = _coded(nlp, "وأكدت إيران والولايات المتحدة عدم وجود أي رابط بين التهم الموجهة إلى رضائيان والمحادثات حول "
                         "البرنامج النووي، وطالب عدد من المسؤولين والمشرعين الأميركيين بالإفراج عنه.", "REQUEST")
    assert len(demand.source) == 1 and "lawgiver" in demand.source[0] and not demand.target


def test_the_place_a_title_is_held_at_before_its_holder_is_no_party(nlp):
    # SaudiNewsNet: المبعوث الخاص إلى سوريا ستيفان دي مستورا: de Mistura visits Tehran (Syria had been
    # the place visited) and is the one asked (Syria had been)
    visit = _coded(nlp, "زار المبعوث الخاص إلى سوريا ستيفان دي مستورا طهران اليوم حيث التقى مع وزير الشؤون الخارجية، "
                        "محمد جواد ظريف، ونائب وزير الشؤون الخارجية للشؤون الأفريقية العربية حسين أمير عبد اللهيان.",
                   "CONSULT")
    assert (visit.source, visit.target) == (["per.staffan-de-mistura"], ["country.IRN"])
    asked = _coded(nlp, "وأشار المصدر إلى أن قوات المعارضة طلبت من وفد المبعوث الدولي إلى سوريا ستيفان دي ميستورا مفاوضات "
                        "على إيقاف القصف وإخراج المدنيين قبل بدء معركة بلدتي كفريا والفوعة «لكنه لم يستجب إلى حين بدء "
                        "المعركة فيهما»، وهما بلدتان محاصرتان في ريف إدلب تسكنهما أغلبية شيعية، ناقلا عن أحمد قرة علي، "
                        "الناطق باسم «أحرار الشام»، أنه «لا نية للسيطرة على كفريا حتى تتوقف الهجمة على الزبداني».",
                   "REQUEST")
    assert asked.target == ["per.staffan-de-mistura"]


def test_a_person_after_an_epithet_with_wa_is_coordinated(nlp):
    # SaudiNewsNet: نظيريه الروسي سيرجي لافروف والسعودي عادل الجبير: both counterparts are met (the
    # Saudi minister, whose و is on his adjective, had been left out)
    meeting = _coded(nlp, "كما سيعقد اجتماعا ثلاثيا مع نظيريه الروسي سيرجي لافروف والسعودي عادل الجبير يقول مسؤولون "
                          "أميركيون انه سيركز على الحرب في سوريا.", "CONSULT")
    assert meeting.target == ["per.sergey-lavrov", "per.adel-al-jubeir"]


def test_the_groups_a_place_was_freed_from_are_not_helped(nlp):
    # SaudiNewsNet: منذ تحريرها من المتمردين الحوثيين والمخلوع ... بدعم من قوات التحالف: the coalition
    # supports; the Houthis and Saleh, after من, had been the ones helped
    backed = _coded(nlp, "وصل إلى مدينة عدن اليوم (السبت) نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح ومعه عدد من "
                         "الوزراء في زيارة أولى للمدينة منذ تحريرها من المتمردين الحوثيين والمخلوع علي عبد الله صالح "
                         "بدعم من قوات التحالف العربي.", "SUPPORT")
    assert backed.source == ["sau.coalition"] and "yem.houthis" not in backed.target
