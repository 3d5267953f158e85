from khabar.lang.ar.normalize import normalize, normalize_name, normalize_with_map, strip_diacritics


def test_letter_variants_fold():
    assert normalize("أحمد") == normalize("احمد") == normalize("إحمد") == "احمد"
    assert normalize("الجمهورية") == "الجمهوريه"
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("مسؤول") == "مسوول"


def test_diacritics_tatweel_and_digits():
    assert normalize("مَرْكَزًا") == "مركزا"
    assert normalize("فلســطين") == "فلسطين"
    assert normalize("٢٠٢٢") == "2022"
    assert strip_diacritics("أَحْمَد") == "أحمد"


def test_offset_map_points_back_into_raw_text():
    raw = "مَرْكَزًا للصراع"
    norm, offsets = normalize_with_map(raw)
    assert norm == "مركزا للصراع"
    for i, ch in enumerate(norm):
        assert normalize(raw[offsets[i]]) == ch
    assert offsets[-1] == len(raw)


def test_presentation_forms_fold_as_their_letters():
    # SaudiNewsNet's Yemen reports of 2015 carry text copied with Arabic presentation forms
    assert normalize("ﻳﺘﻮﻗﻊ ﺃﻥ ﻳﻠﺘﻘﻲ ﺍﻟﻤﺴﺆﻭﻟﻴﻦ ﺍﻟﻴﻤﻨﻴين") == normalize("يتوقع أن يلتقي المسؤولين اليمنيين")
    assert normalize("ﻹﻳﻘﺎﻑ") == "لايقاف"  # the lam-alef ligature is two letters
    norm, offsets = normalize_with_map("ﻹﻳﻘﺎﻑ")
    assert norm == "لايقاف" and offsets[:3] == [0, 0, 1]
    assert normalize("ﻓﺎﻃﻤﺔ") == "فاطمه" and normalize_name("ﻓﺎﻃﻤﺔ") == "فاطمة"
    assert normalize("ﺑِﻬَﺎ ﹰ") == "بها "  # diacritics in any form are dropped
    assert normalize("ﷺ") == "ﷺ"  # a whole phrase in one sign is left as it is
