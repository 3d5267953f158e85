"""Generic people and agents as PETRARCH/POLECAT code them (sector from the noun, country from a
country adjective), on sentences of the TRAIN part of the OEDA Arabic event GSR (khabar.coding.gsr)."""
from __future__ import annotations

import pytest

from khabar.coding.gsr import load_gsr
from khabar.components.actors import ActorsStage
from tests.conftest import shared_path
from tests.kb.helpers import doc_with_entities


@pytest.fixture(scope="module")
def stage() -> ActorsStage:
    return ActorsStage()


@pytest.fixture(scope="module")
def train() -> list[str]:
    folder = shared_path("data", "events", "arabic_event_gsr_dev")
    return [s.text for etype in ("ASSAULT", "PROTEST") for s in load_gsr(folder, etype) if s.part == "train"]


def mentions(stage: ActorsStage, train: list[str], phrase: str, marks: dict[str, str] | None = None) -> dict:
    """Mention text -> (country, sector) in the first train sentence containing ``phrase``
    (``marks``: entities as NER tags them in that sentence)."""
    text = next((t for t in train if phrase in t), None)
    assert text is not None, phrase
    doc = stage(doc_with_entities(text, marks or {}))
    for actor in doc.actors:
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text
    return {m.text: (a.country, a.sector) for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(("phrase", "mention", "expected"), [
    ("يقتل 60 شخصا", "شخصا", (None, "CVL")),  # accusative tanween alif
    ("عن سقوط نحو 35 قتيلا", "قتيلا", (None, "CVL")),
    ("موظف بريطاني", "موظف بريطاني", ("GBR", "CVL")),
    ("امرأة بلجيكية", "امرأة بلجيكية", ("BEL", "CVL")),
    ("اطباء اميركيين", "اطباء اميركيين", ("USA", "HLH")),  # broken plural + plural adjective
    ("الطائرات الاميركية", "الطائرات الاميركية", ("USA", "MIL")),
    ("القوات الاجنبية", "القوات الاجنبية", (None, "MIL")),
    ("النيباليين", "النيباليين", ("NPL", None)),  # a plural adjective used as a noun (people_sector: null)
    ("أحد التونسيين", "التونسيين", ("TUN", None)),
    ("قتل 13 عراقياً", "عراقياً", ("IRQ", None)),  # singular accusative after a number
    ("يقودها انتحاري", "انتحاري", (None, "UAF")),
    ("مهاجما انتحاريا", "مهاجما انتحاريا", (None, "UAF")),
])
def test_generic_people_get_sector_and_country(stage, train, phrase, mention, expected):
    assert mentions(stage, train, phrase).get(mention) == expected


def test_country_adjective_tagged_by_ner_goes_with_the_agent(stage, train):
    """NER tags تركيا (Turkey) in جنديا تركيا; the phrase is Turkish soldiers, not the country."""
    text = next(t for t in train if "جنديا تركيا" in t)
    doc = stage(doc_with_entities(text, {"تركيا": "LOC"}))
    found = {m.text: (a.country, a.sector) for a in doc.actors for m in a.mentions}
    assert found.get("جنديا تركيا") == ("TUR", "MIL")
    assert "تركيا" not in found
    assert [e.actor_id for e in doc.entities] == ["tur.mil"]  # the entity names the group


@pytest.mark.parametrize(("phrase", "word"), [
    ("في هجوم انتحاري", "انتحاري"),  # an adjective of an act noun
    ("عمليات انتحارية", "انتحارية"),  # a feminine adjective, not a female bomber
    ("إلى مكان مجهول", "مجهول"),  # singular: an unknown place, not unknown attackers (مجهولون)
])
def test_agent_adjectives_are_no_actors(stage, train, phrase, word):
    found = mentions(stage, train, phrase)
    assert not [m for m in found if word in m.split()]


def test_dual_and_definite_forms(stage, train):
    found = mentions(stage, train, "جنديين")
    assert [v for m, v in found.items() if "جنديين" in m][0][1] == "MIL"


def test_separatists_unions_judges_and_members_of_parliament(stage):
    # SaudiNewsNet wordings; النقاب (the veil) shares the key of النقابات and stays no actor
    found = {}
    for text in ("لكن في مقابل هذه التصريحات اتهم الانفصاليون القوات الأوكرانية بتكثيف الهجمات.",
                 "ودعت النقابات العمالية إلى تظاهرات احتجاج غدا الأربعاء.",
                 "وانتقد النواب قرار الحكومة.", "واعتقلت الشرطة القضاة الثلاثة."):
        found.update({a.id: a.sector for a in stage(doc_with_entities(text, {})).actors})
    assert {k: found.get(k) for k in ("agent.separatists", "agent.unions", "agent.mps", "agent.judges")} == \
        {"agent.separatists": "REB", "agent.unions": "LAB", "agent.mps": "LEG", "agent.judges": "JUD"}
    assert not stage(doc_with_entities("وارتدت النقاب في الحفل.", {})).actors
