from khabar.lang.ar.normalize import normalize, normalize_with_map, strip_diacritics


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
