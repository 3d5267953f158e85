"""The geo stage on the seed article and a GSR sentence, with entities and actors built here."""
from __future__ import annotations

from khabar.components.geo import GeoStage
from khabar.doc import Actor, Document, Entity, Mention
from khabar.pipeline import create_stage
from tests.conftest import shared_path


def _doc_with_gold_places(text: str, gold: dict) -> Document:
    doc = create_stage("tokenize")(Document(text=text, id="seed", date="2022-09-06"))
    for ent in gold["entities"]:
        if ent["label"] == "LOC":
            for start, end in ent["occurrences"]:
                doc.entities.append(Entity(start, end, text[start:end], "LOC"))
    return doc


def test_seed_places_are_grounded(seed_text: str, seed_gold: dict) -> None:
    doc = GeoStage()(_doc_with_gold_places(seed_text, seed_gold))
    found = {e.text: e.attrs for e in doc.entities}
    assert found["بيروت"]["geonameid"] == 276781 and found["بيروت"]["country"] == "LBN"
    assert found["غزة"]["country"] == "PSE"
    assert found["قطاع غزة"]["country"] == "PSE" and abs(found["قطاع غزة"]["lat"] - 31.4) < 0.5
    assert found["الجمهورية الإسلامية في إيران"]["country"] == "IRN"
    assert found["فلسطين"]["country"] == found["الأراضي الفلسطينية"]["country"] == "PSE"
    assert found["الأقصى"]["lat"] > 31 and found["القدس"]["geonameid"] == 281184
    for ent in doc.entities:  # offsets untouched
        assert doc.text[ent.start:ent.end] == ent.text


def test_place_actor_gets_coordinates_and_country() -> None:
    text = "التقى وفد من قيادة حركة (حماس)، في بيروت، بالأمين العام لحركة الجهاد الإسلامي."
    doc = create_stage("tokenize")(Document(text=text))
    start = text.index("بيروت")
    beirut = Actor("loc-beirut", "Beirut", "بيروت", type="LOC", mentions=[Mention(start, start + 5, "بيروت")])
    hamas = Actor("org-hamas", "Hamas", "حماس", "PSE", "REB", type="ORG")
    doc.actors = [beirut, hamas]
    doc.entities = [Entity(start, start + 5, "بيروت", "LOC", actor_id="loc-beirut")]
    GeoStage()(doc)
    assert beirut.country == "LBN" and beirut.attrs["geonameid"] == 276781
    assert "lat" not in hamas.attrs
    assert doc.entities[0].attrs["lat"] == beirut.attrs["lat"]


def test_actor_country_disambiguates() -> None:
    text = "وصل الوفد إلى طرابلس صباح اليوم."
    start = text.index("طرابلس")
    doc = Document(text=text, entities=[Entity(start, start + 6, "طرابلس", "LOC", actor_id="a")],
                   actors=[Actor("a", "Tripoli", "طرابلس", "LBN", type="LOC")])
    GeoStage()(doc)
    assert doc.entities[0].attrs["country"] == "LBN"


def test_other_places_in_the_document_disambiguate() -> None:
    text = "اشتباكات في طرابلس وصيدا وبيروت"
    ents = []
    for name in ("طرابلس", "صيدا", "بيروت"):
        start = text.index(name)
        ents.append(Entity(start, start + len(name), name, "LOC"))
    doc = GeoStage()(Document(text=text, entities=ents))
    assert [e.attrs["country"] for e in doc.entities] == ["LBN", "LBN", "LBN"]


def test_gsr_sentence() -> None:
    import json

    path = shared_path("data", "events", "arabic_event_gsr_dev", "actor_codes.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    row = next(r for r in rows if "شمال شرقي بغداد" in r["text"])
    start = row["text"].index("بغداد")
    doc = GeoStage()(Document(text=row["text"], entities=[Entity(start, start + 5, "بغداد", "LOC")]))
    assert doc.entities[0].attrs["country"] == "IRQ" and doc.entities[0].attrs["geonameid"] == 98182


def test_unknown_or_non_place_entities_are_left_alone() -> None:
    text = "قال زياد النخالة في مكان ما"
    doc = Document(text=text, entities=[Entity(4, 16, "زياد النخالة", "PER"), Entity(20, 27, "مكان ما", "LOC")])
    GeoStage()(doc)
    assert doc.entities[0].attrs == {} and doc.entities[1].attrs == {}
    assert GeoStage()(Document(text="")).entities == []
