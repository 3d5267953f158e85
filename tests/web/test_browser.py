"""The pages in a real browser: Playwright driving Debian's headless Chromium against uvicorn.

Clicks through annotate -> event card -> actor page, checks hover tooltips, trigger and
sentence highlighting, the chart and the network, and that no payload ever runs. Screenshots
go to $KHABAR_SCREENSHOTS when set (docs/screenshots is committed), else to a temp folder.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path
from urllib.parse import quote

import pytest

import khabar
from khabar.doc import Document
from khabar.web import create_app
from tests.web import corpus
from tests.web.conftest import TOKEN

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("KHABAR_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: run scripts/ensure_chromium.sh (or set KHABAR_CHROMIUM)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield browser
        browser.close()


def _rich_pipeline(seed_text: str, seed_gold: dict):
    """The real pipeline, except that the seed article gets corpus.seed_document (the same
    annotation as in the store, hand-laid until the stages find actors), so the click-through
    from the annotate page lands on actor pages that exist."""
    real = khabar.load_pipeline()

    def run(doc: Document) -> Document:
        if doc.text != seed_text:
            return real(doc)
        rich = corpus.seed_document(seed_text, seed_gold)
        rich.id, rich.date, rich.meta = doc.id, doc.date, doc.meta
        return rich

    return run


@pytest.fixture(scope="module")
def server(store, seed_text, seed_gold):
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(store=store, token=TOKEN, pipeline=_rich_pipeline(seed_text, seed_gold))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = os.environ.get("KHABAR_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("dialog", lambda d: (problems.append("dialog: " + d.message), d.dismiss()))
    page.problems = problems
    yield page
    context.close()


def _clean(page) -> None:
    """No payload ran, none became an element, and nothing failed (CSP violations included)."""
    assert page.evaluate("window.__xss") is None
    assert page.locator('img[src="x"]').count() == 0
    assert page.evaluate("[...document.scripts].every(s => s.src.includes('/static/') || s.type === 'application/json')")
    assert page.problems == []


def test_annotate_event_card_actor_page(page, server, seed_text, shots):
    page.goto(f"{server}/annotate")
    page.fill("#text", seed_text)
    page.fill("#date", "2022-09-06")
    page.click("#run")
    page.wait_for_selector("#docview:not([hidden]) .card")
    article = page.locator("#article")
    assert article.get_attribute("dir") == "rtl" and article.get_attribute("lang") == "ar"
    assert article.inner_text().replace("\n", "") == seed_text.replace("\n", "")
    assert page.locator("mark.ent-PER").count() > 0 and page.locator("mark.ent-ORG").count() > 0
    # the browser lays the article out right to left: the first word sits at the right edge
    box = article.bounding_box()
    first = page.locator("#article .sent").first.bounding_box()
    assert first["x"] + first["width"] > box["x"] + box["width"] - 40

    entity = page.locator("mark.ent[data-actor]").first
    entity.hover()
    tooltip = page.locator("#tooltip")
    assert tooltip.is_visible() and "actor id " + entity.get_attribute("data-actor") in tooltip.inner_text()
    page.screenshot(path=str(shots / "annotate.png"), full_page=False)

    card = page.locator(".card").nth(1)
    card.locator(".badge").click()
    index = card.get_attribute("data-ev")
    trig = page.locator(".trig.active")
    assert trig.count() >= 1 and index in trig.first.get_attribute("data-ev").split()
    sentence = page.locator(".sent.active")
    assert sentence.count() == 1 and trig.first.inner_text() in sentence.inner_text()
    page.screenshot(path=str(shots / "annotate-event.png"), full_page=False)

    link = card.locator("a.actor").first
    name = link.locator(".en").inner_text()
    href = link.get_attribute("href")
    with page.expect_navigation():
        link.click()
    assert page.url.endswith(href)
    assert page.locator("h1 .en").inner_text() == name
    assert page.locator("h1 bdi").get_attribute("dir") == "rtl"
    page.wait_for_selector("#timeline svg rect.bar")
    bars = page.locator("rect.bar").all()
    total = sum(int(b.locator("title").text_content().rsplit(": ", 1)[1]) for b in bars)
    assert total == page.locator("table.events tbody tr").count()  # the chart counts the listed events
    page.screenshot(path=str(shots / "actor.png"), full_page=True)
    _clean(page)


def test_corpus_pages(page, server, shots):
    page.goto(f"{server}/events?actor=hamas")
    rows = page.locator("table.events tbody tr")
    assert rows.count() > 3
    page.select_option("select[name=type]", "SUPPORT")
    with page.expect_navigation():
        page.click("form.filters button")
    assert "type=SUPPORT" in page.url
    assert {t.inner_text() for t in page.locator("table.events .badge").all()} == {"SUPPORT"}
    page.goto(f"{server}/events")
    page.screenshot(path=str(shots / "events.png"), full_page=False)

    page.goto(f"{server}/documents")
    page.screenshot(path=str(shots / "documents.png"), full_page=False)
    with page.expect_navigation():
        page.click('a[href="/documents/seed"]')
    page.wait_for_selector("#docview:not([hidden]) .card")
    assert page.locator("mark.ent").count() > 10

    page.goto(f"{server}/network")
    page.wait_for_selector("#network svg .node")
    assert page.locator("#network .node").count() >= 5 and page.locator("#network path.edge").count() >= 5
    widths = {float(e.get_attribute("stroke-width")) for e in page.locator("#network path.edge").all()}
    assert len(widths) > 1  # edge weight follows event counts
    page.screenshot(path=str(shots / "network.png"), full_page=True)
    with page.expect_navigation():
        page.locator('#network .node[data-id="hamas"] circle').click()
    assert page.url.endswith("/actors/hamas")

    page.goto(f"{server}/actors/hamas")
    page.wait_for_selector("#timeline svg rect.bar")
    months = {b.get_attribute("data-bin") for b in page.locator("rect.bar").all()}
    assert {"2022-08", "2022-11"} <= months  # three months apart: bars by month, gaps kept
    assert page.locator("#timeline svg text").filter(has_text="2022-10").count() == 1

    page.goto(f"{server}/docs")
    page.wait_for_selector(".op")
    assert page.locator(".op h3").filter(has_text="/api/extract").count() == 1
    _clean(page)


def test_payloads_never_run(page, server, documents):
    xss = documents[-1]
    for url in [f"/documents/{quote(xss.id, safe='')}", f"/actors/{quote(xss.actors[0].id, safe='')}",
                "/events", "/actors", "/network", "/documents"]:
        page.goto(server + url)
        page.wait_for_load_state("load")
        _clean(page)
    page.goto(f"{server}/documents/{quote(xss.id, safe='')}")
    page.wait_for_selector(".card")
    assert corpus.SCRIPT in page.locator("#article").inner_text()  # shown as text
    page.hover("mark.ent-ORG >> nth=0")
    assert corpus.IMG in page.locator("#tooltip").inner_text()
    page.goto(f"{server}/annotate")
    page.fill("#text", xss.text)
    page.click("#run")
    page.wait_for_selector("#docview:not([hidden])")
    assert corpus.SCRIPT in page.locator("#article").inner_text()
    page.fill("#text", "no Arabic here " + corpus.IMG)
    page.click("#run")
    page.wait_for_selector("#status.error")
    assert "Arabic" in page.locator("#status").inner_text()
    page.problems[:] = [p for p in page.problems if "422" not in p]  # the refused request itself
    _clean(page)
