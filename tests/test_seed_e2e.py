"""The worked example end to end: the default pipeline on the seed article against gold.json."""
from __future__ import annotations

from khabar.eval.gold import score_gold


def test_seed_article_against_gold(seed_doc, seed_gold):
    score = score_gold(seed_doc.to_dict(), seed_gold)
    assert score.entities == (27, 27), score.misses
    assert score.resolved == (27, 27), score.misses
    assert score.affiliations == (7, 7), score.misses
    assert score.required_events == (4, 4), score.misses


def test_entity_grows_to_the_knowledge_base_name(seed_doc):
    iran = next(e for e in seed_doc.entities if "إيران" in e.text)
    assert iran.text == "الجمهورية الإسلامية في إيران"  # NER tags إيران; the KB knows the whole name
    actor = seed_doc.actor(iran.actor_id)
    assert (actor.name_en, actor.country, actor.sector) == ("Iran", "IRN", "GOV")


def test_place_mentions_missed_by_ner_become_entities(seed_doc):
    aqsa = [e for e in seed_doc.entities if e.text == "الأقصى"]
    assert len(aqsa) == 1 and aqsa[0].label == "LOC" and aqsa[0].attrs["source"] == "kb"
    # the occupation (Israel) is an actor mention, never a place entity
    assert not [e for e in seed_doc.entities if e.text == "الاحتلال"]
    assert [e.id for e in seed_doc.entities] == [f"T{i}" for i in range(1, len(seed_doc.entities) + 1)]


def test_disputed_place_keeps_no_country(seed_doc):
    jerusalem = next(a for a in seed_doc.actors if a.name_en == "Jerusalem")
    assert jerusalem.country is None and jerusalem.attrs["lat"] > 31
