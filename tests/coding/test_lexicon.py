"""The PLOVER tables, the trigger lexicon and the GSR split."""
from __future__ import annotations

from khabar.coding.gsr import document_of, load_gsr, split_of
from khabar.coding.lexicon import analyze, load_lexicon
from khabar.coding.modes import event_mode
from khabar.coding.plover import load_cameo_map, plover_type
from khabar.lang.ar import tokenize
from tests.conftest import shared_path


def types_in(text: str) -> set[str]:
    return {m.type for m in load_lexicon().match(tokenize(text))}


def test_cameo_to_plover_table():
    mapping = load_cameo_map(shared_path("data", "events", "plover", "CAMEO2PLOVER-2021.txt"))
    assert plover_type("190", mapping) == "ASSAULT"
    assert plover_type("1823", mapping) == "ASSAULT"
    assert plover_type("141", mapping) == "PROTEST"
    assert plover_type("173", mapping) == "COERCE"
    assert plover_type("036", mapping) == "AGREE"
    assert plover_type("010", mapping) is None  # statements are dropped by PLOVER


def test_verb_inflections_find_their_lemma():
    assert any(r.lemma == "اغتال" for r in analyze("اغتالته"))
    assert any(r.lemma == "هاجم" and r.tense == "present" for r in analyze("يهاجمون"))
    assert any(r.lemma == "اعتقل" and r.tense == "present" for r in analyze("يعتقل"))
    assert any(r.lemma == "بذل" and r.tense == "future" for r in analyze("ستبذل"))


def test_real_sentences_get_their_triggers():
    # GSR train sentences (ASSAULT yes, PROTEST yes)
    assert "ASSAULT" in types_in("وقتل مهاجم انتحاري 47 شخصا في هجوم على انصار زعيمة المعارضة الراحلة بي نظير بوتو يوم السبت.")
    assert "PROTEST" in types_in("واعتصم المتظاهرون قرب محطة لتوليد الطاقة من الفحم في نويرات طوال يومي السبت والأحد.")
    assert "CONSULT" in types_in("التقى وفد من قيادة حركة (حماس)، في بيروت، بالأمين العام لحركة الجهاد الإسلامي")


def test_blocked_phrase_cancels_trigger():
    found = types_in("وأعلن الطرفان وقف إطلاق النار في المنطقة.")
    assert "RETREAT" in found and "ASSAULT" not in found


def test_modes_from_cues():
    def mode(text: str, etype: str) -> str:
        tokens = tokenize(text)
        match = next(m for m in load_lexicon().match(tokens) if m.type == etype)
        return event_mode(tokens, match)

    assert mode("وأشارت أن الحركتان ستبذل وسعهما نحو الانخراط في جبهة وطنية واحدة", "COOPERATE") == "intended"
    assert mode("وقال الوزير إن الحكومة لن تفرض عقوبات على الشركات", "SANCTION") == "negated"
    assert mode("دعا الاتحاد إلى فرض عقوبات على النظام", "SANCTION") == "called_for"
    assert mode("وقال مصدر أمني إن مسلحين هاجموا دورية للشرطة", "ASSAULT") == "reported"
    assert mode("هاجم مسلحون دورية للشرطة أمس", "ASSAULT") == "asserted"
    # غير negates the word after it only (SaudiNewsNet, ANTCorpus); دون reaches over its masdar
    assert mode("مكسيكيان هما ميغويل وجوزي مهاجران غير شرعيين يلتقيان بزوجته خلال جولتها في الصحراء.",
                "CONSULT") == "asserted"
    assert mode("ويتعلق الأمر بقرار غير ملزم يطلب وقفا كاملا لجميع الهجمات ضد المدنيين", "REQUEST") == "asserted"
    assert mode("فوجئ لدى التحاقه بمكتبه بإعفائه من مهامه دون سابق إنذار", "THREATEN") == "negated"
    # a negator before a verb of forgetting or ceasing asserts what follows (SaudiNewsNet: the
    # Taliban still demand, the Egyptian people will not forget the support)
    assert mode("ورغم أن «طالبان» لا تزال تطالب بما يشبه سيطرة فعلية على البلاد كجزء من ذلك الاتفاق المقترح، فإن "
                "لديها حافزًا في الوقت الراهن لم يكن متوافرًا قبل صعود «داعش» للدخول في محادثات جادة.",
                "REQUEST") == "asserted"
    assert mode("وأشاد السيسي بالمواقف المشرفة للمملكة العربية السعودية وقيادتها السياسية إزاء مصر وشعبها، منوهًا إلى "
                "أن الشعب المصري لن ينسى المساندة والدعم السعودي لإرادته الحرة.", "SUPPORT") != "negated"


def test_gsr_split_is_by_document_and_fixed():
    assert split_of("AAW_ARB_20071026.0026-2") == split_of("AAW_ARB_20071026.0026-17")
    rows = load_gsr(shared_path("data", "events", "arabic_event_gsr_dev"), "ASSAULT")
    parts = {s.part for s in rows}
    assert parts == {"train", "dev"}
    train = sum(1 for s in rows if s.part == "train") / len(rows)
    assert 0.5 < train < 0.7


def test_gsr_protest_documents_do_not_straddle_and_spans_attach():
    rows = load_gsr(shared_path("data", "events", "arabic_event_gsr_dev"), "PROTEST")
    parts: dict[str, set[str]] = {}
    for s in rows:
        parts.setdefault(document_of(s.id), set()).add(s.part)
    assert any(len([s for s in rows if document_of(s.id) == d]) > 1 for d in parts)
    assert all(len(p) == 1 for p in parts.values())
    # every span record of the file joins its sentence (69 records, by text)
    assert sum(1 for s in rows if s.spans) == 69


def test_gsr_annotator_agreement():
    rows = load_gsr(shared_path("data", "events", "arabic_event_gsr_dev"), "ASSAULT")
    assert all(s.agreement == 1.0 for s in rows if s.label == "yes")
    assert all(s.agreement == 0.0 for s in rows if s.label == "easy no")
    hard = [s.agreement for s in rows if s.label == "difficult no"]
    assert hard and all(0.0 < a < 1.0 for a in hard)  # one or more dissenting accepts


def test_trigger_read_whole_when_the_splitter_took_its_first_letter():
    # GSR train: "القوات الإسرائيلية فجرت أبواب المنازل"; the clitic splitter reads فجرت as ف + جرت
    # ("and it ran", the more frequent word), so the verb is found on the whole token
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    text = next(s.text for s in load_gsr(folder, "ASSAULT") if s.id == "AAW_ARB_20070302.0038-4")
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == "فجرت")
    assert (tokens[k].prefix, tokens[k].stem) == ("ف", "جرت")
    found = [m for m in load_lexicon().match(tokens) if m.first == k]
    assert [(m.type, m.kind, m.lemma, m.whole) for m in found] == [("ASSAULT", "verb", "فجر", True)]


def test_investigate_needs_its_preposition_and_achieve_is_no_investigation():
    # SaudiNewsNet sentences: حقق / تحقيق mostly mean "achieve"
    assert "INVESTIGATE" in types_in("وأكد أوباما أن شرطة «إف بي آي» ستتولى التحقيق في الهجوم.")
    assert "INVESTIGATE" in types_in("وأكد مسؤول عسكري أميركي في كابل الضربة وقال ان قوات التحالف الدولية تحقق في الحادث.")
    assert "INVESTIGATE" not in types_in("وقال مدرب المكسيك ميغيل هيريرا «أنا سعيد بالجهود التي بذلها اللاعبون، فكنا الأفضل وحققنا خطوة مهمة».")
    assert "INVESTIGATE" not in types_in("وتمكن التنظيم في العراق بتحالفه مع ضباط سابقين من تحقيق انتصارات على الجيش العراقي.")


def test_blocked_phrase_covers_every_inflection_of_its_trigger():
    # SaudiNewsNet: a source asking not to be named requests nothing; looking for is no consulting
    assert "REQUEST" not in types_in("وأضاف المسؤول، الذي طلب عدم نشر اسمه، أن الهجوم الأول وقع داخل حانة.")
    assert "REQUEST" not in types_in("وقالت مصادر أمنية طلبت عدم الكشف عن هويتها إن الهجوم وقع ليلا.")
    assert "REJECT" not in types_in("ونقلت وكالة «رويترز» عن هذا المسؤول، الذي رفض ذكر اسمه، قوله إن الأهداف ستكون معرضة للخطر.")
    assert "REJECT" not in types_in("وطبقا للمصدر، الذي رفض الإفصاح عن اسمه لأسباب تتعلق بسرية التحقيقات، فإن اللجنة ستركز على الشركات.")
    assert "CONSULT" not in types_in("وعندما كان تغران سوليان يبحث عن تمويل خلال العام الحالي، أراد الحصول على مساعدة.")
    assert "REQUEST" in types_in("وطالبت سلطة الطاقة جميع الجهات المسؤولة في حكومة التوافق بإلغاء كل الضرائب المفروضة على الوقود.")


def test_a_counted_asylum_seeker_after_wa_is_no_demand():
    # ANTCorpus: و169 طالب لجوء (the tokenizer keeps و on the digits) was a demand by students
    assert "REQUEST" not in types_in("أن السلطات رحلت العام الماضي 119 طالب لجوء مرفوضين إلى المغرب (61 مرحلا عام 2015)، "
                                     "و169 طالب لجوء إلى الجزائر (57 مرحلا عام 2015).")


def test_a_penalty_a_law_sets_is_no_sentence():
    # SaudiNewsNet: the UAE's decree against hate speech (يعاقب بالسجن، المعاقبة بالسجن، تصل العقوبة إلى
    # السجن) made eleven COERCE events with no party; a court's sentence stays
    assert "COERCE" not in types_in("ووفقا للمرسوم بقانون يعاقب بالسجن مدة لا تقل عن عشر سنوات كل من أنشأ أو أسس أو "
                                    "نظم أو أدار جمعية أو مركزا.")
    assert "COERCE" not in types_in("ونص المرسوم بقانون على المعاقبة بالسجن مدة لا تقل عن عشر سنوات.")
    assert "COERCE" not in types_in("وتصل العقوبة إلى السجن ومليون درهم للدعم المالي للأفعال المجرمة بنصوص القانون.")
    assert "COERCE" in types_in("وقضت المحكمة بالسجن عشر سنوات على المتهم.")


def test_idioms_of_striking_are_no_assault():
    # SaudiNewsNet sports pages: a player sets a date with the next round, a referee awards a
    # penalty; ignoring (ضرب بعرض الحائط); the air strike stays
    assert "ASSAULT" not in types_in("احتاج إلى ساعة و21 دقيقة لكي يتخلص من برانكيس ويضرب موعدا في الدور المقبل مع مواطنه "
                                     "دنيس كودلا.")
    assert "ASSAULT" not in types_in("إذ احتسب ضربة جزاء مثيرة للجدل للاعب أوريبي بيرالتا الذي سقط داخل منطقة الجزاء.")
    assert "ASSAULT" not in types_in("ونضرب بعرض الحائط لوحة «ممنوع التدخين» في بلد صارم في تطبيق القوانين.")
    assert "ASSAULT" in types_in("وضربت طائرات التحالف مواقع للمتمردين في صعدة.")


def test_support_services_are_no_support():
    # SaudiNewsNet: a municipality's support services committee
    assert "SUPPORT" not in types_in("أنهت اللجنة المحلية للانتخابات البلدية في الدورة الثالثة بمنطقة تبوك ممثلة بلجنة "
                                     "الخدمات المساندة ببلدية محافظة أملج , تركيب لوحات المراكز الانتخابية في المحافظة "
                                     ",البالغ عددها 3 مراكز , مركزين للرجال ومركزاً للنساء , إلى جانب تركيب 30 لوحة تعريفية "
                                     "وتوعوية في الشوارع والطرقات الرئيسة.")
    # supporting forces and a company's name (SaudiNewsNet)
    assert "SUPPORT" not in types_in("وقال المصدر إن «القوات الأمنية من الجيش والشرطة والقوات المساندة لها نفذت ظهر "
                                     "أمس عملية عسكرية واسعة النطاق لتطهير منطقة الحامضية والمناطق التي تقع خلف الجسر "
                                     "الياباني في ناحية الصقلاوية والطريق الدولي في المحور الشمالي الشرقي للرمادي وعزل "
                                     "هذه المناطق عن مدينة الفلوجة وقطع خطوط تموين تنظيم داعش بشكل كامل».")
    assert "SUPPORT" not in types_in("وأهم هذه الشركات «ألسوب» و«برنارد ماركوس» و«باريت» و«بروان أند كو» و«كونتري وايد» "
                                     "و«فوكس أند سونز» و«غريفث أند تشارلز».")
    assert "SUPPORT" in types_in("وأكد الوزير مساندة المملكة للشعب اليمني.")
    # "thank you" (SaudiNewsNet: a book's advice on manners), not one party thanking another
    assert "SUPPORT" not in types_in("وفي المقابل عوّد لسانك على استخدام عبارات مهذّبة مثل، «من فضلك» و«شكرا» و«عفوا» .")
    assert "SUPPORT" in types_in("وبحسب بيان لرئاسة الإقليم أشاد العطية بقيادة بارزاني الحرب ضد الإرهاب وتطور الإقليم، "
                                 "كما شكر رئيس الإقليم وشعب كردستان لاستقبالهم عددا كبيرا من النازحين.")


def test_boycott_words_in_their_other_senses_are_no_sanction():
    # SaudiNewsNet: مقاطعة a province, قاطع "decisive"; the boycott itself stays
    assert "SANCTION" not in types_in("ويقع القصر في مقاطعة أكسفوردشير.")
    assert "SANCTION" not in types_in("لكن موسكو والمتمردين ينفون نفيا قاطعا أي تورط في تحطم الطائرة.")
    assert "SANCTION" not in types_in("وشدد المجلس في بيانه على أن المملكة «وبشكل قاطع لا تستخدم البترول لأغراض سياسية».")
    assert "SANCTION" not in types_in("وأشارت حكومة المقاطعة إلى احتمال أن يكون الهجوم من تدبير قوى انفصالية من مقاطعة "
                                      "شينجيانغ ذاتية الحكم.")
    assert "SANCTION" in types_in("وتقاطع المعارضة في بوروندي الانتخابات قائلة إن قرار الرئيس غير دستوري.")


def test_consult_words_in_other_senses_are_no_meeting():
    # SaudiNewsNet: a hilltop, sociology; a summit meeting stays
    assert "CONSULT" not in types_in("وتقع القلعة على قمة تل، ولذلك لا بد من ارتداء أحذية مريحة.")
    assert "CONSULT" not in types_in("ومن بين هؤلاء عالم الاجتماع هرمز مسعودي، الذي قال إن هذه بلاد حقيقية.")
    assert "CONSULT" in types_in("وقال الوزير إن القمة العربية ستعقد في القاهرة الشهر المقبل.")
    # the present of اتصل relates or connects; its past calls
    assert "CONSULT" not in types_in("وقال إن حكم الأسد قضية تتصل بطريقة أو بأخرى بالهوية.")
    assert "CONSULT" not in types_in("وأكد التقرير أنه لا يتصل بموضوع كلينتون.")
    assert "CONSULT" in types_in("وقال إن الرئيس ساركوزي اتصل به عقب انتخابه.")
    # لقمة "a morsel", no summit
    assert "CONSULT" not in types_in("«الشرق الأوسط» تستذكر الأحداث التي سبقت الغزو والدور الذي قامت به السعودية تحديدا "
                                     "خلاله حتى لا تصبح الكويت لقمة سائغة لصدام، وتستشرف كذلك مستقبل العلاقة بين الكويت "
                                     "والعراق بينما لا يزال البلدان يتعاطيان مع تداعيات مغامرة صدام حسين تلك.")
    # "in exchange for" an amount
    assert "CONSULT" not in types_in("أعلنت دار النشر البريطانية «بيرسون»، أمس، بيع مجموعة «فايننشال تايمز غروب» التي "
                                     "تشمل خصوصًا الصحيفة العريقة «فايننشال تايمز» إلى المجموعة الإعلامية اليابانية "
                                     "«نيكاي» لقاء 844 مليون جنيه إسترليني (1.31 مليار دولار).")
    assert "CONSULT" not in types_in("وكان معظم الراشدين يعملون لقاء أجر ضئيل بينما كانت تقام حفلات راقصة وتعرض أفلام "
                                     "كما أطلقت صحيفة.")
    # "goodbye" closing a column
    assert "CONSULT" not in types_in("إلى اللقاء..")
    # brokerage firms
    assert "CONSULT" not in types_in("يذكر أن مسؤول رفيع المستوى في إحدى شركات الوساطة المالية في السعودية، كان قد "
                                     "أبلغ «الشرق الأوسط» في وقت سابق.")


def test_what_happened_is_no_signature_and_amid_is_no_blow():
    # ANTCorpus: وَقَع "happened" read as وَقَّع على "signed"; على وقع "amid" as an attack
    assert "AGREE" not in types_in("وقالت وسائل إعلام محلية إن الحادث وقع على سكة حديد في جزيرة لونغ آيلاند في الساعة "
                                   "8:20، بالتوقيت المحلي، خلال ساعات الذروة دون معطيات عن سقوط قتلى جراء الحادث.")
    assert "ASSAULT" not in types_in("استيقظت العاصمة البريطانية لندن أمس الأربعاء على وقع حريق مأساوي التهم برجاً سكنياً "
                                     "غرب العاصمة، أودى بحياة 17 شخصا وإصابة 30 آخرين.")
    assert "AGREE" in types_in("وقال: «وقعنا على اتفاق تاريخي، بعد مفاوضات استمرت سنوات وسنوات.")


def test_a_student_is_no_demand_and_an_alarm_no_ultimatum():
    # SaudiNewsNet: طالبا "a student" after لا يزال; إطلاق الإنذار "the alarm was raised"
    assert "REQUEST" not in types_in("وشارك جرينبرج في تأسيس «جروف شارك» في 2006 بينما كان لا يزال طالبا بجامعة فلوريدا.")
    assert "THREATEN" not in types_in("وقال روبيدو إنه تم إطلاق الإنذار عندما لم يعد جوزمان من منطقة الاستحمام.")
    assert "REQUEST" in types_in("وطالب المحتجون برحيل الحكومة.")
    # SaudiNewsNet and ANTCorpus: an alarm bell
    assert "THREATEN" not in types_in("الاستطلاع تناول قضايا مثل التحرش الجنسي، وزيادة العنف الموجه ضد المرأة، وغير ذلك، "
                                      "لكن النتائج التي خلصت إليها دقت جرس الإنذار، لما تعانيه المرأة في عموم المنطقة "
                                      "العربية، وخصوصا فيما يتعلق بالتحرش والعنف الموجه لها.")
    assert "THREATEN" not in types_in("وتمكنت من رؤيته لأن باب شقة جارها كان مفتوحا، ولم يكن هناك جرس إنذار.")
    # SaudiNewsNet: "portends a disaster"; a warning to act stays
    assert "THREATEN" not in types_in("وقالت :\"إن الأوضاع التي يواجهها أطفال اليمن تنذر بالكارثة ، حيث يعاني 850 ألف طفل "
                                      "من سوء التغذية الحاد ، وهو الرقم الذي من المتوقع ارتفاعه إلى 1،2 مليون طفل خلال "
                                      "الأسابيع القليلة القادمة\".")
    assert "THREATEN" in types_in("وأنذرت إسرائيل السكان بإخلاء منازلهم.")


def test_freezer_bags_are_no_sanction():
    # SaudiNewsNet: أكياس التجميد; a freeze of assets stays
    assert "SANCTION" not in types_in("يمكنك تخزين الخضراوات بالفريزر عن طريق وضعها في ماء مغلي ثم تخزينها في أكياس "
                                      "التجميد ووضعها بالفريزر.")
    assert "SANCTION" in types_in("وأعلنت الحكومة تجميد أصول الشركة.")


def test_a_penalty_imposed_is_no_signature():
    # SaudiNewsNet: توقيع غرامات "imposing fines"; signing an agreement stays
    assert "AGREE" not in types_in("ويواجه سكان مدن كاليفورنيا وبلداتها مطالب بترشيد استخدام المياه، وإلا عوقبوا بتوقيع "
                                   "غرامات تصاعدية، وذلك في ضوء لوائح جديدة تمثل أول خفض إجباري من نوعه للمياه في تاريخ "
                                   "الولاية بسبب استمرار موجات الجفاف.")
    assert "AGREE" in types_in("وشهد الاجتماع توقيع اتفاقية للتعاون الأمني بين البلدين.")


def test_lifting_a_siege_is_a_retreat():
    # ANTCorpus: Erdogan's call to lift the siege of Qatar was a siege (COERCE)
    text = "وكان الرئيس التركي رجب طيب أردوغان دعا إلى رفع الحصار عن قطر، التي تواجه عزلة فرضتها دول عربية وتعهد بمواصلة دعمها."
    assert "RETREAT" in types_in(text) and "COERCE" not in types_in(text)


def test_a_grip_is_no_arrest():
    # SaudiNewsNet: "freeing it from the grip of ISIS" was an arrest by ISIS; the arrest stays
    assert "COERCE" not in types_in("استعدت القوات الأمنية العراقية لاقتحام المدينة وتحريرها من قبضة تنظيم داعش.")
    assert "COERCE" not in types_in("وقال حاكم إقليم سيبيتوكي: «هناك نحو مائة مسلح في قبضة قوات الجيش».")
    assert "COERCE" in types_in("وألقت الشرطة القبض على ثلاثة مشتبه بهم.")


def test_distance_and_travel_are_no_coercion():
    # SaudiNewsNet: تبعد "is distant", رحلته "his trip"; an arrest stays
    assert "COERCE" not in types_in("وتقع الكهوف على جزيرة تبعد مسافة 10 كيلومترات شرق ميناء مومباي.")
    assert "COERCE" not in types_in("ويمكن للسائح أن ينظم رحلته بنفسه عن طريق السفر إلى لنكولن بالسيارة.")
    assert "COERCE" in types_in("أعلنت السلطات الأمنية في السعودية أمس القبض على 431 إرهابيا من جنسيات مختلفة.")


def test_rallying_support_is_no_mobilisation():
    # SaudiNewsNet: حشد rallies voters or is a crowd; a military build-up stays
    assert "MOBILIZE" not in types_in("هذا هو السبب الفعلي للفاعلية العالية لجهود حشد المؤيدين للتنظيم.")
    assert "MOBILIZE" not in types_in("كانت تتحاشى الحشود، وأولئك السياح الذين كانوا يأتون من مختلف أنحاء العالم.")
    assert "MOBILIZE" in types_in("وصفت وزارة الدفاع الروسية جهود حشد عسكري على طول الحدود باعتبارها مجرد تدريبات عسكرية.")


def test_first_person_present_takes_no_suffix():
    # أيدي "hands" is no أ + يد + ي (a form of أيّد "support"); تفعلين keeps its suffix
    assert not any(r.lemma == "ايد" for r in analyze("ايدي"))
    assert any(r.lemma == "دعم" and r.tense == "present" for r in analyze("تدعمين"))
    assert any(r.lemma == "طالب" and r.tense == "present" for r in analyze("نطالب"))
    assert not any(r.lemma == "طالب" for r in analyze("نطالبون"))


def test_words_in_their_other_senses_are_no_event():
    # SaudiNewsNet: على أيدي "at the hands of", نادي "club", توقف "stopped", يساعد على "helps to"
    assert "SUPPORT" not in types_in("ومساء الجمعة، قتل أحد عشر شخصًا على أيدي مقاتلين ينتمون إلى جماعة بوكو حرام.")
    assert "REQUEST" not in types_in("يذكر أن إدارة نادي الاتحاد اتفقت مع المدرب الجديد.")
    assert "COERCE" not in types_in("أعلنت سلطة الطاقة عن توقف محطة توليد الكهرباء عن العمل أمس.")
    assert "AID" not in types_in("وهو ما قد يساعد على منع الإصابة بالتهاب المفاصل.")
    # "helped in" (SaudiNewsNet)
    assert "AID" not in types_in("وأشارت المصادر إلى أن اليقظة الأمنية التي ساعدت في القضاء على فكر تنظيم «القاعدة» في "
                                 "السعودية الذي كان يتزعمه اليمني خالد حاج.")
    assert "AID" not in types_in("قائلا إن هذا الخطاب الإيراني يساعد في التفاف البعض حول «داعش».")
    # ثمن "price", تقدير "estimate", اعترف بأن "admitted that"
    assert "SUPPORT" not in types_in("ويبلغ ثمن الجهاز 129 دولارا.")
    assert "SUPPORT" not in types_in("وتبلغ مدة عمل البطارية 23 دقيقة حسب تقدير الشركة.")
    # ANTCorpus: وفق تقديره "in his estimate", 12 SUPPORT events of 1,775 articles
    assert "SUPPORT" not in types_in("أما حزب المبادرة الوطنية الدستورية، فقد اعتبر أن هذه المحاكمات الأخيرة، \"التي دارت في "
                                     "ظل جو من التعتيم و اللامبالاة\"، وفق تقديره، وطالت عددا من المسؤولين السابقين.")
    assert "SUPPORT" not in types_in("وقد اعترف أنه قضى معظم الوقت بجانب حمام السباحة.")
    # the senses that stay: support, appreciation, recognition, a call, an arrest, aid
    assert "SUPPORT" in types_in("وأيد البرلمان قرار الحكومة.")
    assert "SUPPORT" in types_in("وثمنت الحكومة جهود المملكة.")
    assert "SUPPORT" in types_in("وأعرب الوزير عن تقديره لجهود المملكة.")
    assert "SUPPORT" in types_in("واعترفت فرنسا بدولة فلسطين.")
    assert "REQUEST" in types_in("وطالبت المعارضة الحكومة بالاستقالة.")
    assert "COERCE" in types_in("وأوقفت الشرطة ثلاثة مشتبه بهم.")
    assert "AID" in types_in("وساعدت السعودية اليمن بمليار دولار.")


def test_a_definite_agreement_needs_a_verb_of_reaching_or_signing():
    # SaudiNewsNet: the deal as a topic (condemned, will lead to) is no agreeing; reaching it is
    def agree(text: str) -> bool:  # CAMEO patterns (قال ... اتفاق) only propose to the detector
        return any(m.type == "AGREE" and m.kind != "pattern" for m in load_lexicon().match(tokenize(text)))

    assert not agree("وأدان رئيس الوزراء الإسرائيلي بنيامين نتنياهو الاتفاق مع إيران.")
    assert not agree("وقال روحاني إن الاتفاق سيقود إلى علاقات أوثق مع الجيران.")
    assert agree("وتوصلت إيران والقوى الكبرى إلى الاتفاق في فيينا.")
    assert agree("وقال إن الاتفاق الذي أبرمته إيران سيطلق يدها.")
    assert agree("وتم الاتفاق على وقف إطلاق النار.")
    assert agree("وأعلن الطرفان عن اتفاق لتبادل الأسرى.")  # indefinite: not affected
    # in construct with a definite word it is definite too; a verb of the type and its subject is not
    assert not agree("وفي الوقت الذي يرفض فيه الشعب اليوناني اتفاق الدائنين.")
    assert agree("كما تعهد الطرفان بفتح ملف القضاء.")


def test_discussing_needs_a_partner():
    # SaudiNewsNet: بحث without مع is a search or research; with a partner, even after a long title, it is a meeting
    assert "CONSULT" not in types_in("وبدت مظاهر التطرف عليه، ليختفي بعدها وتبدأ حملة بحث طويلة عنه.")
    assert "CONSULT" not in types_in("وتحدث الخبيران إلى وسائل الإعلام للترويج لنتائج بحثهما.")
    assert "CONSULT" in types_in("بحث الأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
                                 "وزير الدفاع السعودي، مع الرئيس رمضان أحمد قاديروف رئيس الشيشان، في جدة أمس.")


def test_a_bare_verb_form_after_a_number_or_a_pronoun_is_a_noun():
    # SaudiNewsNet: students counted or predicated are no demand; the verb keeps its readings at
    # the head of a clause, after a year, and in the present tense
    assert "REQUEST" not in types_in("وتستقبل الجامعة نحو 400 طالب في دراسة مناهجها القانونية.")
    assert "REQUEST" not in types_in("يوجد في الولايات المتحدة أكثر من مائة ألف طالب سعودي.")
    assert "REQUEST" not in types_in("لكن السلطات تقول إن الرزقي وهو طالب (24 عاما) لم يكن على أي قائمة.")
    assert "REQUEST" in types_in("وطالب الحكومة الباكستانية بالتدخل العاجل لوقف هذه العملية.")
    assert "REQUEST" in types_in("وفي عام 2014 طالب البرلمان بالتحقيق.")
    assert "REQUEST" in types_in("ومن خطابه وهو يدعو أهل السودان ويتمنى لهم الوحدة.")
    # a count in brackets, and the pair with its feminine (SaudiNewsNet, articles after the 1,000th)
    assert "REQUEST" not in types_in("أودعت الإدارة أكثر من 3.9 مليون ريال في حسابات (5864) طالباً من المستفيدين.")
    assert "REQUEST" not in types_in("وتكرم الجامعة عددا من المتفوقين طالبا وطالبة.")
    assert "REQUEST" in types_in("كما طالبا الحكومة بالتحقيق.")


def test_a_bare_form_opening_a_sentence_or_after_a_verbal_particle_is_the_verb():
    # SaudiNewsNet: وقد دعم بلاتيني ... الأمير علي (supported); قتل مسلحون ... عشرات الاشخاص (killed)
    def kinds(text: str, word: str) -> set[str]:
        tokens = tokenize(text)
        return {m.kind for m in load_lexicon().match(tokens) if tokens[m.first].stem == word}
    assert kinds("وقد دعم بلاتيني والاتحاد الأوروبي بقوة الأمير علي.", "دعم") == {"verb"}
    assert kinds("قتل مسلحون عشرات الاشخاص في أربع قرى.", "قتل") == {"verb"}
    assert kinds("وأعلن الوزير دعم الحكومة للمشروع.", "دعم") == {"noun"}


def test_issued_by_is_no_confiscation():
    # SaudiNewsNet: بيان صادر عن، تقرير حديث صادر عن، صادرا عما يعرف: صادِر "issued", not صادَر
    assert "COERCE" not in types_in("ويقول تقرير حديث صادر عن «ميتال فوكس» إن أسعار الذهب قد تجد لها قاعا.")
    assert "COERCE" not in types_in("وتناقلت وسائل الإعلام بيانا صادرا عما يعرف بـ ولاية الرقة.")
    assert "COERCE" in types_in("وصادرت الشرطة أسلحة ومواد لتصنيع متفجرات.")


def test_the_prison_is_no_imprisonment_but_a_prison_sentence_is():
    # SaudiNewsNet: a feature on prisons gave 25 COERCE events for سجن صيدنايا، داخل السجن
    assert "COERCE" not in types_in("ويعتبر سجن رومية من أكبر السجون في لبنان.")
    assert "COERCE" not in types_in("أما سلطات السجن فلعبت دور الحارس الغائب.")
    assert "COERCE" in types_in("وصدر ضده حكم بالسجن 4 سنوات وغرامة 15 ألف يورو.")
    assert "COERCE" in types_in("وأيضا عقوبة السجن 30 شهرا مع إيقاف التنفيذ.")
    assert "COERCE" in types_in("وكان نصيب نعيمة 20 شهرًا سجنًا وغرامة مالية.")
    assert "COERCE" in types_in("وسجنت السلطات المعارض البارز.")  # the verb needs nothing before it


def test_an_event_noun_after_a_quantifier_is_generic():
    # SaudiNewsNet: "any agreement", "any threats", "all the aid" name no particular event
    assert "AGREE" not in types_in("يقول المستشار: نحن لسنا ضد أي اتفاق أو صلح من شأنه أن يمضي بليبيا إلى بر الأمان.")
    assert "THREATEN" not in types_in("وأعلنت الشرطة أنها عاكفة على تحليل أي تهديدات متوقعة.")
    assert "AID" not in types_in("فهي دائما تقدم كل الجهود وكل المساعدات للدولة اللبنانية.")
    assert "AGREE" in types_in("ووقع الجانبان أمس اتفاقا لتبادل الأسرى.")
    assert "ACCUSE" in types_in("وندد الوزير بكل أشكال العنف.")  # a verb after كل's noun is no generic noun


def test_a_detention_centre_is_no_detention():
    # SaudiNewsNet: a place where migrants end up; an arrest stays
    assert "COERCE" not in types_in("وبعد شهرين قضتهما في مركز الاحتجاز نقلت إلى مزرعة.")
    assert "COERCE" not in types_in("تراجعت أعداد الوفيات داخل مراكز الاحتجاز العسكرية في الشهور الأخيرة.")
    assert "COERCE" in types_in("وأعلنت الشرطة احتجاز ثلاثة مشتبه بهم في مركز المدينة.")


def test_a_statement_issued_is_no_confiscation():
    # ANTCorpus: صادِر "issued" after a document, with a time before عن (8 of 12 صادر events)
    assert "COERCE" not in types_in("استنكرت تونس في بيان صادر اليوم الجمعة عن وزارة الشؤون الخارجية الممارسات.")
    assert "COERCE" not in types_in("يقول تقرير صادر مؤخرا للمركز الإقليمي للدراسات الاستراتيجية بالقاهرة.")
    assert "COERCE" in types_in("وقالت الداخلية المغربية إنها صادرت أسلحة ومواد لتصنيع متفجرات.")


def test_holding_territory_is_no_seizure():
    # SaudiNewsNet: المناطق التي يسيطر عليها داعش (28 COERCE events, all states, none a seizure)
    assert "COERCE" not in types_in("وشن طيران التحالف غارات استهدفت مواقع تسيطر عليها جماعة أنصار الله.")
    assert "COERCE" not in types_in("انتفاضة شعبية ضد مسلحي تنظيم داعش الذين يسيطرون عليها منذ أكثر من عشرة أشهر.")
    assert "COERCE" in types_in("وكانت المقاومة الشعبية سيطرت على حي التواهي آخر أحياء عدن.")
    assert "COERCE" in types_in("وتمكنت المقاومة الشعبية من فرض سيطرتها على القصر الرئاسي.")


def test_admitting_a_fact_is_no_recognition():
    # SaudiNewsNet: confessions and admissions read as SUPPORT; recognising a government is SUPPORT
    assert "SUPPORT" not in types_in("وأكد المدعي العام أن اثنين من الثلاثة اعترفا بوجود علاقة بينهما وبين داعش.")
    assert "SUPPORT" not in types_in("وقال إن الشركة وافقت على الاعتراف بوجود عيب في انتفاخ الوسائد.")
    assert "SUPPORT" in types_in("وأغلقت معظم الدول سفاراتها كونها لا تعترف بالحكومة القائمة هناك.")


def test_lifting_sanctions_is_a_retreat_not_a_sanction():
    # CAMEO 085 "ease economic sanctions, boycott, embargo" is PLOVER RETREAT (SaudiNewsNet: the Iran deal)
    assert types_in("ما يمهد الطريق أمام رفع العقوبات الدولية عن طهران.") == {"RETREAT"}
    assert types_in("ويجب أن يصوت الكونغرس الأميركي لرفع الحظر الذي فرضه كينيدي.") == {"RETREAT"}
    assert "SANCTION" in types_in("وفرض الاتحاد الأوروبي عقوبات جديدة على روسيا.")


def test_an_indefinite_accusative_noun_is_its_noun():
    # the tanween's alif (هجوماً، اعتصاماً): SaudiNewsNet's شن هجومًا was no candidate before
    assert "ASSAULT" in types_in("وشن أفراد المقاومة الشعبية هجومًا استهدف عربات عسكرية.")
    assert "PROTEST" in types_in("ونظم العشرات من أهالي الأسرى اعتصاما أمام مقر الصليب الأحمر.")
    assert "SUPPORT" in types_in("وقدمت الحكومة دعما ماليا للنازحين.")
    assert not types_in("وقال إن العمل سيستغرق وقتا طويلا.")  # an accusative that is no trigger


def test_a_source_asking_not_to_be_named_makes_no_request():
    assert "REQUEST" not in types_in("وأعلن مسؤول أمني في حديث لـ«الشرق الأوسط» طالبا عدم الإشارة إلى اسمه، أن الاتفاق مهم.")
    assert "REQUEST" not in types_in("وقال مسؤول طلب عدم كشف هويته إن الهجوم وقع فجرا.")
    assert "REQUEST" in types_in("وطلب الوزير من الحكومة تقديم المساعدة.")


def test_the_present_of_ayyada_keeps_its_hamza_and_names_are_no_forms():
    # يؤيد (normalised يويد) was no SUPPORT; تيد (Ted Cruz) and the airbags' وسائد were
    assert "SUPPORT" in types_in("فإن غالبية الإيرانيين يؤيدون صفقة تمهد لرفع الحظر.")
    assert "SUPPORT" in types_in("وقال إن فرنسا تؤيد الاتفاق.")
    assert "SUPPORT" not in types_in("ومن بين المرشحين الآخرين السيناتور تيد كروز.")
    assert "SUPPORT" not in types_in("وتوفر السيارة سبع وسائد هوائية.")


def test_the_hollow_present_of_adana_condemns_but_not_when_it_owes():
    assert "ACCUSE" in types_in("وتدين المملكة بشدة الهجوم الإرهابي.")
    assert "ACCUSE" in types_in("ندين بقوة هذا العمل الإجرامي.")
    assert "ACCUSE" not in types_in("وهو يدين بنجاحه لوالده.")
    assert "ACCUSE" not in types_in("وهم يدينون بالولاء للنظام.")


def test_a_participle_opens_a_circumstantial_clause_after_a_comma_or_a_closing_quote():
    # ANTCorpus: رافضا، نافيا، متهمة were no triggers; مساندة after an opening quote is the masdar
    # and stays a noun; متهما elsewhere is mostly "accused" (كان متهما)
    def kinds(text: str, etype: str) -> list[str]:
        return [m.kind for m in load_lexicon().match(tokenize(text)) if m.type == etype]

    assert kinds("ودافع أوباما عن قراره بسحب الجنود الأمريكيين من العراق، رافضا الاتهامات.", "REJECT") == ["participle"]
    assert kinds("وصف المرشد خامنئي إسرائيل بأنها \"ورم سرطاني\" داعيا إلى تحرير فلسطين.", "REQUEST") == ["participle"]
    assert kinds("وأكد البيان الختامي \"مساندة دول المجلس الكاملة\".", "SUPPORT") == ["noun"]
    assert kinds("وكان الشاب متهما في قضية قتل.", "ACCUSE") == []


def test_an_event_noun_after_a_body_head_names_the_body():
    # SaudiNewsNet: relief workers, an official of relief agencies, a coordination body; the relief
    # a ship brings stays an event
    assert "AID" not in types_in("وبعد جولة على مخيم في جوبا يكابد فيه عمال الاغاثة لوقف انتشار وباء الكوليرا الذي حصد حياة 39 شخصًا على الاقل، قال أوبراين «بعد الحديث مع مجموعات من اللاجئين في جوبا، من الواضح أن الحرب الوحشية خلفت حصيلة مروعة».")
    assert "AID" not in types_in("وقتل 37 شخصا الجمعة الماضي أيضا في تفجيرين استهدفا محطتي حافلات في غومبيه شمال شرقي نيجيريا، حسبما ذكر مسؤول في أجهزة الإغاثة لوكالة الصحافة الفرنسية.")
    assert "COOPERATE" not in types_in("هذا في الوقت الذي تابع فيه ممثلون من المعارضة السورية عن الائتلاف السوري المعارض وهيئة التنسيق، جلسات الحوار التي تعقد برعاية أوروبية في بروكسل، والتي وصفها هادي البحرة عضو وفد الائتلاف بـ«الإيجابية».")
    assert "AID" in types_in("وصلت سفينة إغاثة إماراتية إلى ميناء عدن بالجمهورية اليمنية، يوم أمس (الأربعاء)، وعلى متنها مواد غذائية وتموينية من أجل التخفيف من معاناة الشعب اليمني.")


def test_subsidies_are_no_support():
    # SaudiNewsNet: a state's spending on fuel and power prices; political backing stays
    assert "SUPPORT" not in types_in("وتنفق السعودية العام الحالي نحو 86 مليار دولار على دعم الوقود من إجمالي حجم موازنتها البالغ نحو 107 مليارات دولار، أي ما يوازي نحو 13 في المائة من الناتج المحلي الإجمالي.")
    assert "SUPPORT" not in types_in("وتقول الحكومة في رام الله إنها لا تفرض أي ضرائب على الوقود وإنما تعفي غزة من هذه الضرائب بشكل متكرر كل 3 أشهر، كما تسهم بنحو 80 مليون شيقل شهريا في دعم الكهرباء في غزة، وتتهم الشركة في غزة بعدم تحويل أموال الجباية التي تحصلها من المشتركين.")
    assert "SUPPORT" in types_in("ويدرس الاتحاد الأوروبي حاليا إمكانيات تعزيز دعم الحكومة التونسية في مكافحة الإرهاب.")


def test_a_threat_faced_or_to_safety_is_a_danger_no_threat_made():
    # SaudiNewsNet: forces ready to deal with threats, a volcano that endangers air traffic; a
    # threat made stays
    assert "THREATEN" not in types_in("أغلق المطار الدولي في جزيرة بالي السياحية في اندونيسيا مجددا اليوم (الاربعاء)، بسبب ثوران بركان رونغ الذي يقذف كميات كثيفة من الرماد ويهدد سلامة الملاحة الجوية، كما ذكرت السلطات المحلية.")
    assert "THREATEN" not in types_in("وأعلن الجيش أمس انتهاء استعدادات تأمين الحفل، حيث شهدت منطقة القناة انتشارا مكثفا للمجموعات القتالية التي تم إعدادها وتجهيزها للتعامل مع التهديدات والعدائيات المحتملة.")
    assert "THREATEN" in types_in("من جهة ثانية وجه وزير الدفاع الإسرائيلي، موشيه يعلون، تهديدا مبطنا باغتيال علماء الذرة الإيرانيين.")


def test_the_present_of_agree_is_an_opinion_the_past_an_agreement():
    # SaudiNewsNet: "consistent with", "not all experts agree with this view"; two parties agreed
    assert "AGREE" not in types_in("وقال: «رغم أننا نريد أن نرى حلا سياسيا يتفق مع بيان جنيف، فإننا لا نرى الأسد جزءا من ذلك».")
    assert "AGREE" not in types_in("بيد أنه لا يتفق جميع الخبراء مع هذا الرأي، بما في ذلك أحد كبار مستشاري أوباما السابقين المعنيين بالشرق الأوسط، دينيس روس.")
    assert "AGREE" in types_in("واتفق الطرفان، خلال جولة رسمية أولى من محادثات السلام بين مسؤولين أفغان وممثلين عن حركة طالبان في بداية الشهر الحالي، على اللقاء مجددا خلال أسابيع من الجولة الأولى.")


def test_an_invitation_or_preaching_is_no_demand():
    # SaudiNewsNet: an invitation to visit (the visit is the event), a preaching office; a call stays
    invited = types_in("وكان فيشر، الذي يتولى منصبا شرفيا، قد قبل مبدئيا دعوة لزيارة إيران قبل أكثر من عام.")
    assert "REQUEST" not in invited and "CONSULT" in invited
    assert "REQUEST" not in types_in("أما السفارة الأميركية فغالبًا ما تستشير الصحافيين وتدعوهم لزيارة الولايات المتحدة.")
    assert "REQUEST" not in types_in("ينظم المكتب التعاوني للدعوة والإرشاد وتوعية الجاليات بمركز معشوقة غداً، محاضرة بعنوان \"تأملات في سورة الفاتحة\" يلقيها فهد بن سالم الغامدي، ضمن فعاليات ملتقى \"نور الهُدى\".")
    assert "REQUEST" in types_in("ودعا الأمين العام للأمم المتحدة بان كي مون إلى دعم الوكالة، قائلا في بيان صدر مساء أول من أمس إن «(الأونروا) هي ركيزة الاستقرار» للاجئين الفلسطينيين.")


def test_joining_the_fighting_is_no_cooperation_joining_a_front_is():
    # SaudiNewsNet: Hezbollah's reasons to join the battle, detainees back in armed action; the
    # seed article's two movements joining one national front cooperate
    assert "COOPERATE" not in types_in("ويتشارك حزب الله، مع حليفه النظام السوري، بتلك الدوافع للانخراط في معركة الزبداني، فيما يهم حزب الله سبب آخر يمثل أولوية بالنسبة إليه، وهو إبعاد قوات المعارضة السورية عن مناطق نفوذه في المناطق اللبنانية أيضًا.")
    assert "COOPERATE" not in types_in("وتقول الحكومة إنه اعتبارا من يناير المقبل، اشتبه أو تأكد أن 7 من أصل 115 معتقلا تم ترحيلهم في عهد أوباما قد عاودوا الانخراط في الأعمال المسلحة عقب إطلاق سراحهم.")
    seed = shared_path("seed", "article.txt").read_text(encoding="utf-8")
    front = next(s for s in seed.split(".") if "الانخراط في جبهة" in s)
    assert "COOPERATE" in types_in(front)


def test_the_past_of_claim_is_no_first_person_call():
    # SaudiNewsNet: ادعت، ادعوا ("she, they claimed") had read as أ + دعت "I call" (REQUEST);
    # the first person takes no past ending. A call stays one.
    assert "REQUEST" not in types_in("وقد ادعوا ملكيتهم للمنزل ورفضوا المغادرة.")
    assert "REQUEST" not in types_in("ومهما ادعت أنقرة فإن المنطقة لن تكون «ملاذًا آمنًا» لأن هذا يتطلب نزع السلاح داخلها، كما أن هذا الاتفاق لا يحتاج إلى قرار من مجلس الأمن لأن المادة 51 من ميثاق الأمم المتحدة تعطي حق الدفاع في حال تعرض الدولة لهجوم مسلح، وتستطيع تركيا، حتى وهي تحارب أكرادها وأكراد سوريا، القول إن «داعش» فتح النار عليها.")
    assert "REQUEST" in types_in("ودعت الأهالي إلى الخروج من المنطقة.")


def test_a_party_named_by_an_event_noun_is_no_event():
    # SaudiNewsNet and ANTCorpus: Nidaa Tounes (حزب «النداء»، لحركة نداء) had been a REQUEST
    assert "REQUEST" not in types_in("كما توجه ساركوزي خلال خطبته في اجتماع نظمه حزب «النداء» الحاكم بانتقادات للزعماء الأوروبيين والغربيين بسبب «تقصيرهم» في دعم تونس اقتصاديا وتنمويا، وفي القضاء على الأسباب العميقة للتطرف والعنف السياسي والإرهاب، ومن بينها المشكلات الاقتصادية والاجتماعية والبطالة والتهميش واختلال التوازن بين الجهات.")
    assert "REQUEST" not in types_in("أفاد سفيان طوبال في تصريح إعلامي اليوم السبت، في ختام أشغال اجتماع الكتلة البرلمانية لحركة نداء المنعقد في سوسة، بأنه تم تثبيته على رأس الكتلة البرلمانية، والإبقاء على نفس مكتب الكتلة، مع تأجيل النظر في انتخاب نواب حركة نداء تونس في اللجان البرلمانية لمجلس نواب الشعب.")


def test_a_crossroads_is_no_boycott():
    # SaudiNewsNet: تقاطع طرق، تقاطع شارع (a crossroads) had been SANCTION (تقاطع "she boycotts")
    assert "SANCTION" not in types_in("وكان أوباما اعتبر صباح أمس في خطاب مليء بالمشاعر، أن كينيا واقعة على «تقاطع طرق»، داعيا إياها إلى طي صفحة القبلية والتصدي للفساد المزمن.")
    assert "SANCTION" not in types_in("ويقع (بارك أوتيل) على مسافة عشرين مترًا من تقاطع شارع حافظ وشارع نادري، وبذلك كان على مسافة متساوية تقريبًا من المكتبات الرئيسية التي سأشتغل فيها: المكتبة المركزية لجامعة طهران، ومكتبة مجلس شوراي ملّي.")
    assert "SANCTION" in types_in("وتقاطع المعارضة الانتخابات لأنها تنكر على نكورونزيزي الحق في الترشح إلى ولاية جديدة بعد انتخابه في 2005 و2010 وتنتقد هذه «الانتخابات المهزلة» التي لم تنجح مطالبتها بإرجائها.")


def test_regulating_and_the_call_to_prayer_are_no_events():
    # SaudiNewsNet: ضبط كتلة الأجور "controlling the wage bill" is no seizure, الدعوة إلى الصلاة no demand
    assert "COERCE" not in types_in("وشدد ابن كيران على ضرورة التقليص ما أمكن من نفقات التسيير وضبط كتلة الأجور "
                                    "واتخاذ ما يلزم من تدابير، بالتعاون مع مصالح وزارة المالية، لضبط توقعات نفقات "
                                    "الموظفين التي تهيمن على نصف الموازنة.")
    assert "REQUEST" not in types_in("ومن مساجد ترتفع فوق مآذنها الدعوة إلى الصلاة.")
    assert "COERCE" in types_in("أعلنت وزارة الداخلية الكويتية، اليوم (الخميس)، عن ضبط شبكة إرهابية تابعة لتنظيم "
                                "\"داعش\" المتطرف تضم 5 كويتيين، فيما يشكل حسب ما نقلت وكالة الأنباء الكويتية "
                                "الرسمية اليوم عن الوزارة \"ضربة استباقية للارهاب ولأي محاولة للعبث بأمن الكويت "
                                "وأمان مواطنيها\".")


def test_a_province_named_after_muqataa_is_no_boycott():
    # SaudiNewsNet: مقاطعة before a name wordfreq hardly knows is a province (name_next in curated.yaml);
    # a boycott of a common word's inflection stays one (بمقاطعة حليفه السابق: حليف)
    assert "SANCTION" not in types_in("تعتبر مقاطعة أومبريا الإيطالية الوحيدة من دون سواحل على البحر أو حدود تجمعها "
                                      "بدولة أخرى، ودائما ما كانت تأتي بعد توسكانا جارتها الكبرى والأكثر بريقا إلى "
                                      "الشمال.")
    assert "SANCTION" in types_in("وقام هذا القومي المعارض بشدة للزعيم الليبي حينذاك معمر القذافي الذي يؤيده عويدي، "
                                  "بمقاطعة حليفه السابق وبدأ حربا أهلية في نجامينا التي اضطر للانسحاب منها في نهاية 1980.")


def test_the_un_coordination_offices_name_is_no_cooperation():
    # SaudiNewsNet: مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (OCHA) is a body's name (curated.yaml blocked)
    assert "COOPERATE" not in types_in("وصرح الناطق باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية بيار بيرون لوكالة "
                                       "الصحافة الفرنسية بأن «الجوانب اللوجيستية بالغة الصعوبة وفرق تقييم الأضرار "
                                       "تواجه صعوبات في الوصول إلى المناطق المتضررة».")
