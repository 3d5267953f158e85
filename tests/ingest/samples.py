"""Small real samples of the shared news corpora for ingest, batch and CLI tests."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import shared_path


def ant_files(n: int, category: str = "politic") -> list[Path]:
    """The first n ANT corpus files of a category (TREC-like XML, one article each)."""
    return sorted(shared_path("data", "news", "antcorpus", category).glob("*.txt"))[:n]


def copy_ant(folder: Path, n: int, category: str = "politic") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(p, folder / p.name)) for p in ant_files(n, category)]


def saudi(n: int, start: int = 0) -> list[dict]:
    """n SaudiNewsNet articles as they are in the JSONL file."""
    rows = []
    with shared_path("data", "news", "saudinewsnet", "subset_aawsat_spa.jsonl").open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= start:
                rows.append(json.loads(line))
            if len(rows) == n:
                break
    return rows


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def article_page(article: dict) -> str:
    """A news web page around a real article: navigation, share links and footer to be dropped."""
    paragraphs = "".join(f"<p>{p.strip()}</p>" for p in article["content"].split("\n") if p.strip())
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{article["title"]}</title>'
            f'<meta property="article:published_time" content="{article["date_extracted"][:10]}"></head><body>'
            '<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li><li><a href="/eco">اقتصاد</a></li></ul></nav>'
            f'<main><article><h1>{article["title"]}</h1>{paragraphs}</article></main>'
            '<div class="share">شارك هذا الخبر على فيسبوك</div>'
            '<footer><p>جميع الحقوق محفوظة لموقع الأخبار ٢٠١٥</p></footer></body></html>')


def rss(items: list[dict], base: str = "http://news.example") -> str:
    """An RSS 2.0 feed whose items point at /a<i>.html and carry the first paragraph as summary."""
    body = "".join(
        f"<item><title>{a['title']}</title><link>{base}/a{i}.html</link><guid>{base}/a{i}.html</guid>"
        f"<pubDate>{_rfc822(a['date_extracted'])}</pubDate>"
        f"<description><![CDATA[<p>{a['content'].split(chr(10))[0]}</p>]]></description></item>"
        for i, a in enumerate(items))
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>أخبار</title>{body}</channel></rss>'


def _rfc822(stamp: str) -> str:
    import datetime as dt
    from email.utils import format_datetime

    return format_datetime(dt.datetime.fromisoformat(stamp).replace(tzinfo=dt.timezone.utc))
