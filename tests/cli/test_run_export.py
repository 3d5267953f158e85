"""`khabar run`, `khabar events` and `khabar export` end to end on real inputs."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq

from khabar.cli import main
from khabar.formats import EVENT_COLUMNS
from khabar.store import Store
from tests.ingest.samples import copy_ant, saudi, write_jsonl
from tests.store.gold import gold_document


def test_run_command_reads_folders_and_jsonl(tmp_path, capsys, caplog):
    copy_ant(tmp_path / "in" / "ant", 4)
    write_jsonl(tmp_path / "in" / "saudi.jsonl", saudi(3))
    (tmp_path / "in" / "bad.txt").write_text("no arabic at all", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'k.db'}"
    assert main(["run", str(tmp_path / "in"), "--db", db, "--workers", "1", "--no-progress"]) == 0
    out = capsys.readouterr()
    assert "added to the store" in out.out and "bad.txt" in caplog.text  # logged, then skipped
    with Store(db) as store:
        assert store.count_documents() == 7
        docs = {d["id"]: d for d in store.documents(limit=10)}
        assert docs[saudi(1)[0]["url"]]["source"] == "aawsat"
    assert main(["run", str(tmp_path / "in"), "--db", db, "--workers", "1", "--no-progress"]) == 0
    assert "│ 7 " in capsys.readouterr().out.split("already stored")[1].splitlines()[0]


def _gold_store(tmp_path, seed_text, seed_gold) -> str:
    db = f"sqlite:///{tmp_path / 'gold.db'}"
    with Store(db) as store:
        store.add(gold_document(seed_text, seed_gold))
    return db


def test_events_table(tmp_path, seed_text, seed_gold, capsys):
    db = _gold_store(tmp_path, seed_text, seed_gold)
    assert main(["events", "--db", db, "--actor", "حماس", "--type", "consult"]) == 0
    out = capsys.readouterr().out
    assert "CONSULT" in out and "Hamas" in out and "SUPPORT" not in out
    assert main(["events", "--db", db, "--since", "2023-01-01"]) == 0
    assert "0 of 0 events" in capsys.readouterr().out
    n = len(seed_gold["events"])
    assert main(["events", "--db", db, "--min-confidence", "0.9"]) == 0  # the gold events score 0.9
    assert f"{n} of {n} events" in capsys.readouterr().out
    assert main(["events", "--db", db, "--min-confidence", "0.95"]) == 0
    assert "0 of 0 events" in capsys.readouterr().out


def test_export_formats(tmp_path, seed_text, seed_gold, capsys):
    db = _gold_store(tmp_path, seed_text, seed_gold)
    n = len(seed_gold["events"])
    assert main(["export", "--db", db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == n and list(rows[0]) == EVENT_COLUMNS
    consult = next(r for r in rows if r["type"] == "CONSULT")
    assert consult["source_name"] == "Hamas" and consult["location"] == "Beirut" and consult["document_id"] == "seed"
    out = tmp_path / "events.jsonl"
    assert main(["export", "--db", db, "--format", "jsonl", "--out", str(out), "--type", "SUPPORT"]) == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["type"] for x in lines] == ["SUPPORT"] * sum(e["plover"] == "SUPPORT" for e in seed_gold["events"])
    pq_path = tmp_path / "events.parquet"
    assert main(["export", "--db", db, "--format", "parquet", "--out", str(pq_path)]) == 0
    table = pq.read_table(pq_path)
    assert table.column_names == EVENT_COLUMNS and table.num_rows == n
    assert table.column("lat").to_pylist()[[r["type"] for r in rows].index("CONSULT")] == 33.89
    assert main(["export", "--db", db, "--format", "parquet"]) == 1  # binary needs --out
