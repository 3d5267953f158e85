"""Server-rendered pages: every page renders from the store, uses only local assets, marks Arabic
right-to-left, and never lets a <script> or <img onerror> payload through unescaped."""
from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from tests.web.corpus import IMG, SCRIPT

RAW = ("<script>window", "<img")


def _page_urls(documents) -> list[str]:
    xss = documents[-1]
    actor_ids = {a.id for d in documents for a in d.actors}
    urls = ["/annotate", "/documents", "/events", "/actors", "/network", "/docs",
            "/documents?q=" + quote(SCRIPT), "/actors?q=" + quote(IMG),
            "/events?actor=" + quote(xss.actors[0].id) + "&type=" + quote(SCRIPT[:40]),
            "/network?type=" + quote(IMG[:40]), "/events?limit=1&offset=1",
            "/actors/" + quote(SCRIPT, safe=""), "/documents/" + quote(IMG, safe=""),
            "/events?since=" + quote(SCRIPT)]
    urls += ["/documents/" + quote(d.id, safe="") for d in documents]
    urls += ["/actors/" + quote(i, safe="") for i in sorted(actor_ids)]
    return urls


def test_every_page_escapes_payloads(client, documents):
    escaped_seen = 0
    for url in _page_urls(documents):
        r = client.get(url)
        assert r.status_code in (200, 404, 422), (url, r.status_code)
        assert r.headers["content-type"].startswith("text/html"), url
        for raw in RAW:
            assert raw not in r.text, (url, raw)
        escaped_seen += "&lt;script&gt;window.__xss" in r.text or "\\u003cscript\\u003e" in r.text
    assert escaped_seen >= 5  # the payloads did reach the pages, escaped


def test_api_json_is_never_html(client, documents):
    xss = documents[-1]
    for url in ("/api/documents", "/api/documents/" + quote(xss.id, safe=""), "/api/events",
                "/api/actors", "/api/actors/" + quote(xss.actors[0].id, safe=""), "/api/network",
                "/api/actors/" + quote(SCRIPT, safe="")):
        r = client.get(url)
        assert r.headers["content-type"] == "application/json", url
        assert r.headers["x-content-type-options"] == "nosniff"
    r = client.post("/api/extract", json={"text": xss.text, "title": SCRIPT, "id": IMG})
    assert r.status_code == 200 and r.json()["title"] == SCRIPT and r.json()["text"] == xss.text
    assert r.headers["content-type"] == "application/json"


def test_embedded_json_round_trips(client, documents):
    """tojson escapes < > & ' inside <script type=application/json>, and the data survives intact."""
    import json

    xss = documents[-1]
    html = client.get("/documents/" + quote(xss.id, safe="")).text
    blob = re.search(r'<script type="application/json" id="doc-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in blob
    assert json.loads(blob)["text"] == xss.text


def test_pages_use_only_local_assets(client):
    seen: set[str] = set()
    for url in ("/annotate", "/events", "/actors/hamas", "/network", "/docs", "/documents/seed"):
        html = client.get(url).text
        assert "http://" not in html and "https://" not in html and "//cdn" not in html, url
        seen.update(re.findall(r'(?:src|href)="(/(?:static/[^"]+|event-types\.css))"', html))
    assert {"/static/khabar.css", "/static/khabar.js", "/static/annotate.js", "/static/chart.js",
            "/static/network.js", "/static/apidocs.js", "/event-types.css"} <= seen
    for asset in seen:
        assert client.get(asset).status_code == 200, asset
    css = client.get("/static/khabar.css").text
    for url in re.findall(r"url\((/static/[^)]+)\)", css):
        assert client.get(url).status_code == 200, url
    for name in ("ASSAULT", "CONSULT", "SUPPORT"):
        assert f".t-{name}{{--c:#" in client.get("/event-types.css").text


def test_arabic_is_marked_rtl(client):
    html = client.get("/actors/hamas").text
    assert '<bdi lang="ar" dir="rtl" class="ar">حماس</bdi>' in html
    events = client.get("/events?actor=hamas").text
    sentences = re.findall(r'<p lang="ar" dir="rtl" class="ar" title="[^"]*">([^<]+)</p>', events)
    assert sentences and all(re.search("[\u0621-\u064a]", s) for s in sentences)
    assert 'lang="ar" dir="rtl"' in client.get("/annotate").text


def test_events_page_filters_and_pages(client):
    html = client.get("/events?type=SUPPORT").text
    assert html.count('<span class="badge t-SUPPORT">SUPPORT</span>') == client.get(
        "/api/events?type=SUPPORT").json()["total"] > 0
    assert 'class="badge t-ACCUSE"' not in html
    first = client.get("/events?limit=2").text
    assert 'rel="next"' in first and 'rel="prev"' not in first
    assert "1–2 of" in first
    top = max(e["confidence"] for e in client.get("/api/events?limit=500").json()["items"])
    sure = client.get(f"/events?min_confidence={top}").text
    assert f'name="min_confidence" type="number" min="0" max="1" step="0.05" value="{top}"' in sure
    assert sure.count('<span class="badge t-') == client.get(f"/api/events?min_confidence={top}").json()["total"] > 0


@pytest.mark.parametrize("url,status", [("/actors/nobody", 404), ("/documents/none", 404),
                                        ("/events?limit=0", 422), ("/network?since=2022-99-01", 422)])
def test_page_errors_are_html(client, url, status):
    r = client.get(url)
    assert r.status_code == status and r.headers["content-type"].startswith("text/html")
    assert f"<h1>{status}</h1>" in r.text


def test_api_docs_are_offline(client):
    html = client.get("/docs").text
    assert "swagger-ui" not in html and '/static/apidocs.js' in html
    spec = client.get("/openapi.json").json()
    assert {"/api/extract", "/api/events", "/api/actors/{actor_id}", "/api/network"} <= set(spec["paths"])


def test_every_event_type_has_a_colour(client):
    from khabar.coding.plover import ALL_TYPES

    css = client.get("/event-types.css").text
    assert all(f".t-{t}{{--c:#" in css for t in ALL_TYPES)
    options = re.findall(r'<option value="([A-Z]+)"', client.get("/events").text)
    assert options == list(ALL_TYPES)
