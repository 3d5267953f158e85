"""The JSON API on a corpus store: the extract contract, filters and paging, the token-protected
write endpoint, and clear 4xx errors (never a 500) for a list of bad requests."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from khabar.web import create_app
from tests.web.conftest import TOKEN, make_store


def _error(r) -> dict:
    assert r.headers["content-type"].startswith("application/json"), r.text[:200]
    body = r.json()
    assert set(body) == {"error"} and body["error"]["status"] == r.status_code and body["error"]["message"]
    return body["error"]


def test_extract_returns_the_contract_and_does_not_store(client, store, seed_text):
    before = store.count_documents()
    r = client.post("/api/extract", json={"text": seed_text, "date": "2022-09-06"})
    assert r.status_code == 200
    doc = r.json()
    assert doc["text"] == seed_text and doc["date"] == "2022-09-06"
    for key in ("id", "sentences", "entities", "actors", "affiliations", "events", "times"):
        assert key in doc
    assert len(doc["sentences"]) >= 8
    for span in doc["entities"] + [ev["trigger"] for ev in doc["events"]]:
        assert seed_text[span["start"]:span["end"]] == span["text"]
    assert store.count_documents() == before


def test_extract_matches_the_library(client, seed_text):
    import khabar

    expected = khabar.load_pipeline()(seed_text, id="x", date=None).to_dict()
    got = client.post("/api/extract", json={"text": seed_text, "id": "x"}).json()
    assert got == expected


AR = "التقى وفد من حركة حماس في بيروت بالأمين العام لحركة الجهاد الإسلامي."
BAD_BODIES = [
    (b"{bad", 400), (b'{"text": "x",}', 400), (b"\xff\xfe{", 400), (b"[" * 100_000, 400),
    (b"", 422), (b"null", 422), (b"[]", 422), (b'"text"', 422), (b"123", 422),
    (b'{"text": 1}', 422), (b'{"text": null}', 422), (b'{"txt": "x"}', 422), (b'{"text": ["a"]}', 422),
    (b'{"text": ""}', 422), (b'{"text": "   \\n\\t"}', 422), (b'{"text": "hello world, no Arabic"}', 422),
    (b'{"text": "\\u0000\\u0627"}', 422), (b'{"text": "\\ud800 \\u0627\\u0644"}', 422),
    (json.dumps({"text": AR, "date": "yesterday"}).encode(), 422),
    (json.dumps({"text": AR, "date": "2022-02-30"}).encode(), 422),
    (json.dumps({"text": AR, "date": 20220906}).encode(), 422),
    (json.dumps({"text": AR, "extra": 1}).encode(), 422),
    (json.dumps({"text": AR, "id": "x" * 301}).encode(), 422),
    (json.dumps({"text": "ا" * 600_000}).encode(), 413),
]


@pytest.mark.parametrize("body,status", BAD_BODIES, ids=[f"bad{i}" for i in range(len(BAD_BODIES))])
def test_bad_extract_bodies_get_clear_4xx(client, body, status):
    r = client.post("/api/extract", content=body, headers={"content-type": "application/json"})
    assert r.status_code == status, r.text[:300]
    _error(r)


def test_body_must_be_json(client):
    for headers, body in (({"content-type": "text/plain"}, AR.encode()),
                          ({"content-type": "application/x-www-form-urlencoded"}, b"text=abc")):
        r = client.post("/api/extract", content=body, headers=headers)
        assert r.status_code == 415
        _error(r)


def test_size_limits(store):
    with TestClient(create_app(store=store, max_chars=50, max_body_bytes=4000)) as small:
        r = small.post("/api/extract", json={"text": AR + AR})
        assert r.status_code == 413 and "characters" in _error(r)["message"]
        r = small.post("/api/extract", content=b"{}", headers={"content-type": "application/json",
                                                             "content-length": "999999999"})
        assert r.status_code == 413
        chunks = (b"x" * 1000 for _ in range(10))  # no content-length: counted as it arrives
        r = small.post("/api/extract", content=chunks, headers={"content-type": "application/json"})
        assert r.status_code == 413 and "too large" in _error(r)["message"]


BAD_QUERIES = [
    "/api/events?limit=0", "/api/events?limit=501", "/api/events?limit=abc", "/api/events?offset=-1",
    "/api/events?since=2022-13-01", "/api/events?until=tomorrow", "/api/events?country=ISRAEL",
    "/api/events?min_confidence=1.5", "/api/events?min_confidence=high",
    "/api/documents?limit=1e3", "/api/actors?limit=-5", "/api/network?limit=0", "/api/network?since=x",
    "/api/documents/" + "x" * 400,
]


@pytest.mark.parametrize("url", BAD_QUERIES)
def test_bad_queries_get_422(client, url):
    r = client.get(url)
    assert r.status_code == 422, r.text[:300]
    _error(r)


def test_unknown_things_are_404_json(client):
    for url in ("/api/documents/nope", "/api/actors/nope", "/api/nothing-here"):
        r = client.get(url)
        assert r.status_code == 404
        _error(r)


def test_documents_list_and_paging(client, store, documents):
    page = client.get("/api/documents?limit=2").json()
    assert page["total"] == store.count_documents() == len(documents)
    assert len(page["items"]) == 2
    rest = client.get("/api/documents?limit=2&offset=2").json()["items"]
    assert {d["id"] for d in page["items"] + rest} == {d.id for d in documents}
    seed = client.get("/api/documents/seed").json()
    assert seed["text"].startswith("التقى") and len(seed["events"]) == len(documents[0].events)


def test_document_ids_with_slashes_and_odd_characters(client, documents):
    xss = documents[-1]
    from urllib.parse import quote

    r = client.get("/api/documents/" + quote(xss.id, safe=""))
    assert r.status_code == 200 and r.json()["id"] == xss.id


def test_event_filters(client):
    everything = client.get("/api/events?limit=500").json()
    assert everything["total"] == len(everything["items"]) > 5
    top = max(e["confidence"] for e in everything["items"])
    for query, keep in [
        ("type=SUPPORT", lambda e: e["type"] == "SUPPORT"),
        ("actor=hamas", lambda e: "hamas" in e["source_ids"] + e["target_ids"]),
        ("since=2022-09-01&until=2022-09-30", lambda e: "2022-09-01" <= e["date"] <= "2022-09-30"),
        ("country=ISR", lambda e: "ISR" in (e["source_country"] + ";" + e["target_country"]).split(";")),
        (f"min_confidence={top}", lambda e: e["confidence"] >= top),
    ]:
        got = client.get(f"/api/events?{query}&limit=500").json()
        expected = [e["id"] for e in everything["items"] if keep(e)]
        assert expected, query
        assert [e["id"] for e in got["items"]] == expected and got["total"] == len(expected), query
    page = client.get("/api/events?limit=2&offset=1").json()
    assert [e["id"] for e in page["items"]] == [e["id"] for e in everything["items"][1:3]]
    assert client.get("/api/events?since=&type=").json()["total"] == everything["total"]  # blank = absent


def test_actor_with_timeline(client):
    hamas = client.get("/api/actors/hamas").json()
    assert hamas["name_en"] == "Hamas" and hamas["name_ar"] == "حماس"
    assert hamas["n_documents"] == 3
    assert sum(t["count"] for t in hamas["timeline"]) == hamas["n_events"]
    assert {t["date"][:7] for t in hamas["timeline"]} == {"2022-08", "2022-09", "2022-11"}
    names = [a["name_en"] for a in client.get("/api/actors?q=hamas").json()["items"]]
    assert "Hamas" in names


def test_network_edges_join_nodes(client):
    net = client.get("/api/network").json()
    ids = {n["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert {e["type"] for e in client.get("/api/network?type=ASSAULT").json()["edges"]} == {"ASSAULT"}


def test_write_endpoint_needs_the_token(tmp_path, documents):
    store = make_store(tmp_path, [])
    body = {"text": AR, "id": "new-doc", "date": "2022-09-07", "title": "عنوان"}
    with TestClient(create_app(store=store, token=None)) as closed:
        r = closed.post("/api/documents", json=body)
        assert r.status_code == 403 and "KHABAR_WEB_TOKEN" in _error(r)["message"]
    with TestClient(create_app(store=store, token=TOKEN)) as app:
        assert app.post("/api/documents", json=body).status_code == 401
        r = app.post("/api/documents", json=body, headers={"Authorization": "Bearer wrong"})
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
        r = app.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 201 and r.json() == {"id": "new-doc", "added": True}
        r = app.post("/api/documents", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200 and r.json()["added"] is False
        assert app.get("/api/documents/new-doc").json()["title"] == "عنوان"
        bad = app.post("/api/documents", json={"text": "no arabic"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert bad.status_code == 422
    store.close()


def test_token_from_the_environment(monkeypatch, store):
    monkeypatch.setenv("KHABAR_WEB_TOKEN", "from-env")
    assert create_app(store=store).state.settings.token == "from-env"
    monkeypatch.setenv("KHABAR_WEB_TOKEN", "")
    assert create_app(store=store).state.settings.token is None


def test_security_headers(client):
    for url in ("/api/health", "/annotate"):
        headers = client.get(url).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
