"""The ``khabar extract`` contract (docs/schema.md) and its handling of bad input."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from khabar.cli import main
from tests.conftest import shared_path


def run_cli(args, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def check_contract(doc: dict) -> None:
    text = doc["text"]
    for key in ("id", "text", "date", "sentences", "entities", "actors", "affiliations", "events"):
        assert key in doc
    for s in doc["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
    actor_ids = {a["id"] for a in doc["actors"]}
    for e in doc["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
        assert e["label"] in {"PER", "ORG", "LOC", "MISC"}
        assert e["actor_id"] is None or e["actor_id"] in actor_ids
    for a in doc["actors"]:
        for m in a["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for ev in doc["events"]:
        t = ev["trigger"]
        assert text[t["start"]:t["end"]] == t["text"]
        assert set(ev["source"]) <= actor_ids and set(ev["target"]) <= actor_ids
        assert 0 <= ev["sentence"] < len(doc["sentences"])
        assert 0.0 <= ev["confidence"] <= 1.0


def test_extract_seed_json(capsys):
    path = shared_path("seed", "article.txt")
    code, out, _ = run_cli(["extract", str(path), "--date", "2022-09-06"], capsys)
    assert code == 0
    doc = json.loads(out)
    assert doc["id"] == "article" and doc["date"] == "2022-09-06"
    assert doc["text"] == path.read_text(encoding="utf-8")
    assert len(doc["sentences"]) == 8
    check_contract(doc)


def test_extract_jsonl_echoes_ids_and_reports_bad_lines(tmp_path, capsys):
    lines = [
        json.dumps({"id": "a1", "text": "التقى وزير الخارجية نظيره في بيروت.", "date": "2020-01-02"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a3", "title": "بلا نص"}),
        json.dumps({"id": "a4", "text": "تظاهر آلاف في بغداد أمس."}, ensure_ascii=False),
    ]
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run_cli(["extract", str(path), "--format", "jsonl"], capsys)
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["a1", "a4"]
    assert docs[0]["date"] == "2020-01-02"
    for d in docs:
        check_contract(d)
    assert f"{path}:2: malformed JSON" in err
    assert f"{path}:3: missing string field 'text'" in err


def test_extract_csv_has_header(capsys):
    code, out, _ = run_cli(["extract", str(shared_path("seed", "article.txt")), "--format", "csv"], capsys)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    header = out.splitlines()[0].split(",")
    assert header[:3] == ["document_id", "date", "type"]
    for row in rows:
        assert row["document_id"] == "article"


def test_extract_stdin(capsys, monkeypatch):
    code, out, _ = run_cli(["extract", "-"], capsys, stdin="اجتمع الرئيس بالوفد في القاهرة.".encode(), monkeypatch=monkeypatch)
    assert code == 0
    assert json.loads(out)["id"] == "stdin"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty document"),
        (b"   \n\n", "empty document"),
        ("نص عربي".encode("cp1256"), "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"This is an English text only.", "no Arabic text"),
    ],
)
def test_bad_single_file_is_a_clear_error(tmp_path, capsys, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run_cli(["extract", str(path)], capsys)
    assert code == 1
    assert out == ""
    assert str(path) in err and message in err
    assert "Traceback" not in err


def test_missing_path(capsys):
    code, _, err = run_cli(["extract", "/nonexistent/x.txt"], capsys)
    assert code == 1 and "/nonexistent/x.txt: no such file" in err


def test_console_script_runs():
    out = subprocess.run([sys.executable, "-m", "khabar", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("khabar ")


def test_bad_date_option_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(shared_path("seed", "article.txt")), "--date", "06/09/2022"])
    assert exc.value.code == 2
    assert "not a date (YYYY-MM-DD): '06/09/2022'" in capsys.readouterr().err


def test_document_dates_become_iso(tmp_path, capsys):
    path = tmp_path / "d.jsonl"
    rows = [{"id": "a", "text": "تظاهر آلاف في تونس أمس.", "date": "28/03/2017 10:00"},
            {"id": "b", "text": "تظاهر آلاف في تونس أمس.", "date": "someday"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code, out, _ = run_cli(["extract", str(path), "--format", "jsonl"], capsys)
    docs = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [d["date"] for d in docs] == ["2017-03-28", None]
