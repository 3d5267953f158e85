"""`khabar fetch` against feeds and pages served from a local HTTP server (127.0.0.1 only)."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from khabar.cli import main
from khabar.errors import InputError
from khabar.ingest.fetch import USER_AGENT, PoliteClient, SeenFile, fetch_new
from tests.ingest.samples import article_page, rss, saudi


class NewsSite:
    """Serves /feed.xml (4 items: 2 pages, 1 missing, 1 that fails once with 503) and records requests."""

    def __init__(self) -> None:
        self.articles = saudi(4, start=30)
        self.requests: list[tuple[str, str]] = []
        self.flaky_left = 1
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server API
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
                status, body = site.respond(self.path)
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/rss+xml" if self.path.endswith(".xml") else "text/html")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def respond(self, path: str) -> tuple[int, str]:
        if path == "/feed.xml":
            return 200, rss(self.articles, self.base)
        if path == "/a2.html":
            return 404, "not found"
        if path == "/a3.html" and self.flaky_left:
            self.flaky_left -= 1
            return 503, "busy"
        if path.startswith("/a") and path.endswith(".html"):
            return 200, article_page(self.articles[int(path[2:-5])])
        return 404, "not found"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = NewsSite()
    yield s
    s.close()


def test_fetch_new_items_politely(site, tmp_path):
    pauses: list[float] = []
    client = PoliteClient(delay=0.5, timeout=5, retries=2, backoff=0.01, sleep=pauses.append)
    seen = SeenFile(tmp_path / "seen")
    fetched = list(fetch_new([site.base + "/feed.xml"], seen, client))
    for f in fetched:
        if f.final:
            seen.mark_seen(f.item.key, f.feed)
    docs = {f.item.key.rsplit("/", 1)[1]: f.record.doc for f in fetched if f.record.doc}
    assert sorted(docs) == ["a0.html", "a1.html", "a3.html"]  # a3 after one retry
    assert docs["a0.html"].meta["title"] == site.articles[0]["title"]
    assert site.articles[0]["content"].split("\n")[0].strip()[:50] in docs["a0.html"].text
    [missing] = [f for f in fetched if f.record.error]
    assert "a2.html" in str(missing.record.error) and "404" in str(missing.record.error) and not missing.final
    assert all(agent == USER_AGENT for _, agent in site.requests)
    assert [p for p, _ in site.requests].count("/a3.html") == 2
    assert 0.01 in pauses  # backoff before the retry
    assert sum(p > 0.3 for p in pauses) >= 3  # same-host delay between requests
    # a second fetch only asks for what is new (nothing) or failed before (the missing page)
    site.requests.clear()
    again = list(fetch_new([site.base + "/feed.xml"], SeenFile(tmp_path / "seen"), client))
    assert [f.item.key.rsplit("/", 1)[1] for f in again] == ["a2.html"]
    assert [p for p, _ in site.requests] == ["/feed.xml", "/a2.html"]


def test_fetch_gives_up_after_retries(site):
    client = PoliteClient(delay=0, retries=1, backoff=0, sleep=lambda s: None)
    site.flaky_left = 5
    with pytest.raises(InputError, match=r"a3.html: \[?.*HTTP 503 \(after 2 attempts\)"):
        client.get(site.base + "/a3.html")
    assert site.flaky_left == 3


def test_fetch_command_to_folder_and_store(site, tmp_path, capsys):
    out = tmp_path / "news"
    argv = ["fetch", site.base + "/feed.xml", "--out", str(out), "--delay", "0", "--retries", "1"]
    assert main(argv) == 0
    [first] = list(out.glob("fetched-*.jsonl"))
    rows = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3 and {r["title"] for r in rows} <= {a["title"] for a in site.articles}
    assert "3 new items" in capsys.readouterr().err
    assert main(argv) == 0
    assert "0 new items" in capsys.readouterr().err
    db = f"sqlite:///{tmp_path / 'k.db'}"
    assert main(["fetch", site.base + "/feed.xml", "--db", db, "--delay", "0", "--retries", "1"]) == 0
    from khabar.store import Store

    with Store(db) as store:
        assert store.count_documents() == 3 and store.seen(site.base + "/a0.html")
