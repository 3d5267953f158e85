"""Date expressions: resolution against a fixed document date, real sentences, odd inputs."""
from __future__ import annotations

import json
import re

import pytest

from khabar.dates import event_date, find_times, parse_doc_date
from khabar.doc import Document
from khabar.pipeline import load_pipeline
from tests.conftest import shared_path

DOC_DATE = "2023-01-05"  # a Thursday


def times(text: str, date: str | None = DOC_DATE) -> list[tuple[str, str | None]]:
    found = find_times(None, text, date)
    for t in found:
        assert text[t.start:t.end] == t.text
    return [(t.text, t.value) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع الهجوم أمس في بغداد", [("أمس", "2023-01-04")]),
        ("ويعقد الاجتماع غداً", [("غداً", "2023-01-06")]),
        ("وصل أول أمس إلى بيروت", [("أول أمس", "2023-01-03")]),
        ("أعلنت الوزارة اليوم أن", [("اليوم", "2023-01-05")]),
        ("التقى الوفد الأسبوع الماضي", [("الأسبوع الماضي", "2022-12-29")]),
        ("اغتيل يوم الخميس الماضي", [("يوم الخميس الماضي", "2022-12-29")]),
        ("يبدأ الحوار السبت المقبل", [("السبت المقبل", "2023-01-07")]),
        ("قتل في 27 ديسمبر الماضي", [("27 ديسمبر الماضي", "2022-12-27")]),
        ("يوم 27 ديسمبر", [("يوم 27 ديسمبر", "2022-12-27")]),
        ("في 3 شباط المقبل", [("3 شباط المقبل", "2023-02-03")]),
        ("منذ أيلول الماضي", [("أيلول الماضي", "2022-09")]),
        ("في 15 كانون الثاني 2019", [("15 كانون الثاني 2019", "2019-01-15")]),
        ("في 5 يناير (كانون الثاني) 2022", [("5 يناير (كانون الثاني) 2022", "2022-01-05")]),
        ("في 7 آذار/مارس 2021", [("7 آذار/مارس 2021", "2021-03-07")]),
        ("في 2 جويلية 2016 و14 أوت 2016", [("2 جويلية 2016", "2016-07-02"), ("14 أوت 2016", "2016-08-14")]),
        ("في ٢٧ ديسمبر ٢٠٢١", [("٢٧ ديسمبر ٢٠٢١", "2021-12-27")]),
        ("في 15 رمضان 1443 هـ", [("15 رمضان 1443 هـ", "2022-04-16")]),
        ("في 1 شوال الماضي", [("1 شوال الماضي", "2022-05-02")]),
        ("في 10 جمادى الآخرة", [("10 جمادى الآخرة", "2023-01-03")]),
        ("منذ عام 2015 وفي 2022، ", [("عام 2015", "2015"), ("2022", "2022")]),
        ("بتاريخ 27/12/2021 و2022-01-03", [("27/12/2021", "2021-12-27"), ("2022-01-03", "2022-01-03")]),
        ("العام الماضي والشهر المقبل", [("العام الماضي", "2022"), ("الشهر المقبل", "2023-02")]),
        ("أمس الأربعاء", [("أمس الأربعاء", "2023-01-04")]),
    ],
)
def test_resolution_against_document_date(text: str, expected: list) -> None:
    assert times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "مارس الضغط على الحكومة",  # verb
        "في ساعة صفر",  # zero
        "بين الاثنين خلاف",  # 'the two'
        "خطبة الجمعة",  # Friday prayer without a date cue
        "اليوم العالمي للمرأة",  # a named day
        "قتل 2015 شخصا",  # a count
        "رمضان كريم",
    ],
)
def test_words_that_are_not_dates(text: str) -> None:
    assert times(text) == []


def test_proclitic_stays_outside_the_span() -> None:
    assert times("وأمس قال") == [("أمس", "2023-01-04")]
    assert times("و27 ديسمبر الماضي") == [("27 ديسمبر الماضي", "2022-12-27")]


def test_without_a_document_date_only_absolute_dates_resolve() -> None:
    assert times("أمس وفي 3 مايو 2020 وديسمبر الماضي", None) == [
        ("أمس", None), ("3 مايو 2020", "2020-05-03"), ("ديسمبر الماضي", None)]


def test_impossible_dates_and_bad_document_dates() -> None:
    assert times("في 31 فبراير 2022") == [("31 فبراير 2022", None)]
    assert times("في 31 شعبان 1443 هـ") == [("31 شعبان 1443 هـ", None)]
    assert times("أمس", "not a date") == [("أمس", None)]
    assert times("أمس", "2022-13-45") == [("أمس", None)]
    assert times("", DOC_DATE) == [] and times("؟؟؟ ...", DOC_DATE) == []


@pytest.mark.parametrize(
    ("raw", "iso"),
    [("2022-09-06", "2022-09-06"), ("2017-01-21T16:19:00+01:00", "2017-01-21"), ("20071208", "2007-12-08"),
     ("03/11/2015", "2015-11-03"), ("", None), (None, None), ("yesterday", None)],
)
def test_document_date_formats(raw: str | None, iso: str | None) -> None:
    parsed = parse_doc_date(raw)
    assert (parsed.isoformat() if parsed else None) == iso


def test_antcorpus_article_dates() -> None:
    """Tunisian articles: Maghrebi month names and weekdays, resolved against <TIME>."""
    path = shared_path("data", "news", "antcorpus", "politic", "JA-politic-1-20170121.txt")
    raw = path.read_text(encoding="utf-8")
    text = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S).group(1)
    date = re.search(r"<TIME>(.*?)</TIME>", raw).group(1)
    found = times(text, date)
    assert ("اليوم", "2017-01-21") in found
    assert ("22 جانفي 1952", "1952-01-22") in found


def test_gsr_sentence_with_its_date() -> None:
    path = shared_path("data", "events", "arabic_event_gsr_dev", "assault_gsr.csv")
    line = next(ln for ln in path.read_text(encoding="utf-8").splitlines() if "أرسلت امس" in ln)
    assert ("امس", "2007-10-25") in times(line, "20071026")


def test_stage_and_event_date(seed_text: str) -> None:
    text = "التقى الوفد أمس في بيروت. وكانت الحركة قد اجتمعت يوم 27 آب الماضي. وأكد الطرفان الوحدة."
    doc = load_pipeline(["tokenize", "dates"])(text, date="2022-09-06")
    assert [(t.text, t.value) for t in doc.times] == [("أمس", "2022-09-05"), ("يوم 27 آب الماضي", "2022-08-27")]
    assert [event_date(doc, i) for i in range(3)] == ["2022-09-05", "2022-08-27", "2022-09-06"]
    assert event_date(doc, 99) == "2022-09-06"
    assert event_date(Document(text=""), 0) is None
    seed = load_pipeline(["tokenize", "dates"])(seed_text, date="2022-09-06")
    assert json.loads(json.dumps(seed.to_dict()))["times"] == [
        {"start": t.start, "end": t.end, "text": t.text, "value": t.value} for t in seed.times]
