"""The Store on real documents: the seed article with its hand annotation, SaudiNewsNet articles."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from khabar.errors import StoreError
from khabar.store import Store, models
from khabar.store.migrations import LATEST, MIGRATIONS, migrate
from tests.conftest import shared_path


def _saudi(n: int) -> list[dict]:
    rows = []
    with shared_path("data", "news", "saudinewsnet", "subset_aawsat_spa.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            rows.append({"id": obj["url"], "text": obj["content"], "date": obj["date_extracted"][:10],
                         "title": obj["title"], "source": obj["source"], "url": obj["url"],
                         "sentences": [], "entities": [], "actors": [], "affiliations": [], "events": [], "times": []})
            if len(rows) == n:
                return rows
    return rows


def test_add_is_idempotent_and_reads_back_the_contract(any_store, gold_doc):
    assert any_store.add(gold_doc) is True
    assert any_store.add(dict(gold_doc)) is False  # same content: nothing added
    assert any_store.count_documents() == 1
    back = any_store.document("seed")
    assert back.pop("duplicate_of") is None
    assert back == gold_doc
    assert any_store.document("no-such-id") is None
    listed = any_store.documents()
    assert listed == [{"id": "seed", "title": None, "date": "2022-09-06", "source": None, "url": None,
                       "n_events": len(gold_doc["events"]), "n_entities": len(gold_doc["entities"]),
                       "duplicate_of": None}]


def test_exact_duplicate_ignores_spacing_and_letter_forms(any_store, gold_doc):
    from khabar.ingest.dedup import content_hash

    any_store.add(gold_doc)
    variant = gold_doc["text"].replace("إ", "ا").replace("\n", "\n\n")
    assert variant != gold_doc["text"]
    assert any_store.has(content_hash(variant))
    assert any_store.add({**gold_doc, "id": "copy", "text": variant}) is False


def test_events_filters(any_store, gold_doc):
    any_store.add(gold_doc)
    n = len(gold_doc["events"])
    assert any_store.count_events() == n
    rows = any_store.events()
    assert {r["type"] for r in rows} == {e["type"] for e in gold_doc["events"]}
    first = next(r for r in rows if r["type"] == "CONSULT")
    assert first["source_ids"] == ["hamas"] and "palestinian-islamic-jihad" in first["target_ids"]
    assert first["location"] == "Beirut" and first["lat"] == pytest.approx(33.89)
    assert first["sentence"] and first["document_id"] == "seed" and isinstance(first["id"], int)
    # actor by id, by English name (any case) and by Arabic name with a different hamza spelling
    hamas = {r["id"] for r in any_store.events(actor="hamas")}
    assert hamas and hamas == {r["id"] for r in any_store.events(actor="HAMAS")}
    assert {r["id"] for r in any_store.events(actor="الجهاد الاسلامي")} == \
        {r["id"] for r in any_store.events(actor="Palestinian Islamic Jihad")} != set()
    assert any_store.count_events(actor="nobody-like-this") == 0
    assert any_store.count_events(type="consult") == sum(e["type"] == "CONSULT" for e in gold_doc["events"])
    assert any_store.count_events(since="2022-09-06", until="2022-09-06") == n
    assert any_store.count_events(since="2022-09-07") == 0
    assert any_store.count_events(country="pse") == n
    assert any_store.count_events(country="FRA") == 0
    assert len(any_store.events(limit=1, offset=1)) == min(1, n - 1)
    # an exact id means that actor only, a name part every actor whose name contains it
    bureau = json.loads(json.dumps(gold_doc).replace('"hamas"', '"hamas-bureau"').replace('"Hamas"', '"Hamas bureau"'))
    any_store.add({**bureau, "id": "bureau", "text": bureau["text"] + " (تحديث)"})
    assert any_store.count_events(actor="hamas") == len(hamas)
    assert any_store.count_events(actor="Hamas") == len(hamas) + any_store.count_events(actor="hamas-bureau") > len(hamas)


def test_events_of_least_confidence(any_store, gold_doc):
    # the events that name no party score lower (docs/events.md): a reader keeps the surer ones
    doc = json.loads(json.dumps(gold_doc))
    doc["events"][0]["confidence"] = 0.48
    any_store.add(doc)
    n = len(doc["events"])
    assert any_store.count_events(min_confidence=0.6) == n - 1
    assert all(r["confidence"] >= 0.6 for r in any_store.events(min_confidence=0.6))
    assert any_store.count_events(min_confidence=0.0) == any_store.count_events() == n
    assert list(any_store.iter_events(min_confidence=0.95)) == []


def test_actors_timeline_and_network(any_store, gold_doc):
    any_store.add(gold_doc)
    top = any_store.actors(limit=3)
    assert top[0]["id"] == "hamas" and top[0]["n_mentions"] == 3
    assert top[0]["n_events"] == sum("hamas" in e["source"] + e["target"] for e in gold_doc["events"])
    assert [a["id"] for a in any_store.actors(q="حزب الله")] == ["hezbollah"]
    hamas = any_store.actor("hamas")
    assert hamas["country"] == "PSE" and hamas["n_documents"] == 1 and hamas["name_ar"] == "حماس"
    assert any_store.actor("beirut")["lat"] == pytest.approx(33.89)
    assert any_store.actor("nobody") is None
    timeline = any_store.actor_timeline("hamas")
    assert sum(t["count"] for t in timeline) == hamas["n_events"]
    assert all(t["date"] == "2022-09-06" for t in timeline)
    net = any_store.network()
    pairs = {(e["source"], e["target"], e["type"]) for e in net["edges"]}
    assert ("hamas", "palestinian-islamic-jihad", "CONSULT") in pairs
    assert {n["id"] for n in net["nodes"]} == {x for e in net["edges"] for x in (e["source"], e["target"])}
    assert any_store.network(type="ASSAULT")["edges"] == []


def test_same_id_different_text_keeps_both(any_store, gold_doc):
    other = _saudi(1)[0]
    any_store.add(gold_doc)
    assert any_store.add({**other, "id": "seed"}) is True
    ids = {d["id"] for d in any_store.documents()}
    assert "seed" in ids and len(ids) == 2
    renamed = (ids - {"seed"}).pop()
    assert renamed.startswith("seed~") and any_store.document(renamed)["text"] == other["text"]


def test_documents_search_and_paging(any_store):
    docs = _saudi(12)
    for d in docs:
        any_store.add(d)
    assert any_store.count_documents() == len({d["text"] for d in docs})
    word = docs[3]["title"].split()[0]
    hits = any_store.documents(q=word)
    assert docs[3]["id"] in {h["id"] for h in hits}
    assert any_store.count_documents(q=word) == len(hits) < any_store.count_documents()
    page1, page2 = any_store.documents(limit=5), any_store.documents(limit=5, offset=5)
    assert len(page1) == 5 and not {d["id"] for d in page1} & {d["id"] for d in page2}
    dates = [d["date"] for d in any_store.documents(limit=100)]
    assert dates == sorted(dates, reverse=True)


def test_near_duplicate_wire_copy_is_marked(store):
    original, unrelated = _saudi(2)
    sentences = original["text"].split(".")
    copy = {**original, "id": "copy", "url": None,
            "text": "الرياض - واس: " + ".".join(sentences[:-2]) + ". نقلا عن وكالة الأنباء."}
    assert store.add(original) and store.add(unrelated) and store.add(copy)
    assert store.document("copy")["duplicate_of"] == original["id"]
    assert store.document(unrelated["id"])["duplicate_of"] is None


def test_a_failed_document_leaves_nothing(store, gold_doc):
    broken = json.loads(json.dumps(gold_doc))
    del broken["events"][-1]["trigger"]  # fails after the document and entity rows were written
    with pytest.raises(StoreError, match="seed"):
        store.add(broken)
    with store.engine.connect() as conn:
        for table in (models.documents, models.entities, models.mentions, models.events, models.document_bands):
            assert conn.execute(select(func.count()).select_from(table)).scalar_one() == 0
    assert store.add(gold_doc) is True


def test_migrations_are_versioned(tmp_path):
    url = f"sqlite:///{tmp_path / 'k.db'}"
    assert Store(url).version == LATEST
    applied = []
    extra = MIGRATIONS + [(LATEST + 1, "test column", lambda conn: applied.append(True))]
    store = Store(url)
    assert migrate(store.engine, extra) == LATEST + 1 and applied == [True]
    assert migrate(store.engine, extra) == LATEST + 1 and applied == [True]  # ran once
    with pytest.raises(StoreError, match="newer"):
        Store(url)


def test_bad_url_is_a_store_error():
    with pytest.raises(StoreError):
        Store("nosuchdialect://x/y")
