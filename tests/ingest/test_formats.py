"""Reading every input format from real corpus samples, telling them apart, and duplicate detection."""
from __future__ import annotations

import numpy as np

from khabar.ingest import estimate_count, read_path, read_paths
from khabar.ingest.dedup import Fingerprint, content_hash, similarity
from khabar.ingest.feeds import read_feed
from khabar.ingest.html import read_html
from tests.ingest.samples import article_page, copy_ant, rss, saudi, write_jsonl


def test_trec_article_fields(tmp_path):
    path = copy_ant(tmp_path, 1)[0]
    raw = path.read_text(encoding="utf-8")
    [record] = list(read_path(str(path)))
    doc = record.doc
    assert doc.id == path.stem and doc.date == path.stem[-8:-4] + "-" + path.stem[-4:-2] + "-" + path.stem[-2:]
    assert doc.meta["source"] == "Jawhara FM" and doc.meta["url"].startswith("http://www.jawharafm.net/")
    assert doc.meta["title"] in raw and doc.text in raw and "<" not in doc.text
    assert raw.index(doc.text) > raw.index("<TEXT>")


def test_trec_several_docs_a_file_and_broken_file(tmp_path):
    a, b = copy_ant(tmp_path / "src", 2)
    both = tmp_path / "both.xml"
    both.write_text(a.read_text(encoding="utf-8") + "\n" + b.read_text(encoding="utf-8"), encoding="utf-8")
    assert [r.doc.id for r in read_path(str(both))] == [a.stem, b.stem]
    broken = tmp_path / "broken.txt"
    broken.write_text("<DOC><DOCNO>x</DOCNO><TEXT>\nonly English here\n</TEXT>", encoding="utf-8")
    [record] = list(read_path(str(broken)))
    assert record.error is not None and "broken.txt" in str(record.error)


def test_html_page_main_text_without_boilerplate():
    article = saudi(1)[0]
    record = read_html(article_page(article), "page.html", url="http://aawsat.com/x")
    doc = record.doc
    first = article["content"].split("\n")[0].strip()
    assert first[:60] in doc.text
    for boilerplate in ("جميع الحقوق محفوظة", "شارك هذا الخبر", "رياضة"):
        assert boilerplate not in article["content"] and boilerplate not in doc.text
    assert doc.meta["title"] == article["title"] and doc.date == article["date_extracted"][:10]
    assert doc.id == "http://aawsat.com/x"


def test_feed_items_become_documents():
    articles = saudi(3)
    records = list(read_feed(rss(articles), "feed.xml"))
    assert [r.doc.meta["title"] for r in records] == [a["title"] for a in articles]
    assert [r.doc.date for r in records] == [a["date_extracted"][:10] for a in articles]
    assert all("<p>" not in r.doc.text and r.doc.text for r in records)
    [bad] = list(read_feed("this is not a feed", "x.xml"))
    assert bad.error is not None


def test_folder_of_mixed_formats(tmp_path):
    folder = tmp_path / "corpus"
    copy_ant(folder / "ant", 3)
    write_jsonl(folder / "saudi.jsonl", saudi(4))
    (folder / "page.html").write_text(article_page(saudi(1, start=10)[0]), encoding="utf-8")
    (folder / "feed.rss").write_text(rss(saudi(2, start=20)), encoding="utf-8")
    (folder / "english.txt").write_text("An English text, not for khabar.", encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 ignored: not a readable suffix")
    records = list(read_paths([str(folder)]))
    docs = [r.doc for r in records if r.doc]
    errors = [r.error for r in records if r.error]
    assert len(docs) == 3 + 4 + 1 + 2
    assert len(errors) == 1 and "english.txt" in str(errors[0])
    assert estimate_count([str(folder)]) == len(records)
    assert {d.meta.get("source") for d in docs} >= {"Jawhara FM", "aawsat"}


def test_content_hash_and_near_duplicates():
    a, b = saudi(2)
    text = a["content"]
    assert content_hash(text) == content_hash("  " + text.replace("أ", "ا") + "\n")
    assert content_hash(text) != content_hash(text + " إضافة")
    copy = "الرياض - واس: " + text[: int(len(text) * 0.9)]
    fa, fc, fb = Fingerprint.of(text), Fingerprint.of(copy), Fingerprint.of(b["content"])
    assert similarity(fa.signature, fc.signature) > 0.8 > 0.2 > similarity(fa.signature, fb.signature)
    assert set(fa.bands()) & set(fc.bands()) and not set(fa.bands()) & set(fb.bands())
    assert np.array_equal(Fingerprint.signature_from_bytes(fa.to_bytes()), fa.signature)
