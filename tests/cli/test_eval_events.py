"""``khabar eval events DIR`` on real OEDA GSR sentences (the train part of khabar's split) and bad input."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.coding.gsr import load_gsr
from tests.conftest import shared_path

FIELDS = ["accept", "event_type", "id", "label", "reject", "text", "total"]


def gsr_folder(tmp_path: Path, n: int = 15) -> Path:
    """The first ``n`` ASSAULT ``yes`` sentences with spans and ``n`` ``easy no`` ones of the train part."""
    source = shared_path("data", "events", "arabic_event_gsr_dev")
    rows = [s for s in load_gsr(source, "ASSAULT") if s.part == "train"]
    chosen = ([s for s in rows if s.positive and s.spans][:n] + [s for s in rows if s.label == "easy no"][:n])
    with (tmp_path / "assault_gsr.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, FIELDS)
        writer.writeheader()
        for s in chosen:
            writer.writerow({"accept": s.accept, "event_type": "ASSAULT", "id": s.id, "label": s.label,
                             "reject": s.total - s.accept, "text": s.text, "total": s.total})
    texts = {s.text.strip() for s in chosen}
    spans = json.loads((source / "assault_spans.json").read_text(encoding="utf-8"))
    (tmp_path / "assault_spans.json").write_text(
        json.dumps([r for r in spans if r["text"].strip() in texts], ensure_ascii=False), encoding="utf-8")
    return tmp_path


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_eval_events_scores_detection_and_actors(tmp_path, capsys):
    folder = gsr_folder(tmp_path)
    code, out, _ = run(["eval", "events", str(folder)], capsys)
    assert code == 0
    assert "ASSAULT, 30 sentences (15 yes)" in out and "PROTEST" not in out
    tp, fp, fn = map(int, re.search(r"tp (\d+) fp (\d+) fn (\d+)", out).groups())
    assert tp + fn == 15 and tp >= 10 and fp <= 3
    source, sources, target, targets = map(int, re.search(r"source (\d+)/(\d+)\s+target (\d+)/(\d+)", out).groups())
    assert 0 < sources <= tp and 0 < targets <= tp
    assert target >= targets // 2 and source >= sources // 2
    code, out, _ = run(["eval", "events", str(folder), "--part", "dev"], capsys)
    assert code == 0 and "ASSAULT, 0 sentences (0 yes), part dev" in out


def test_eval_events_bad_folders(tmp_path, capsys):
    code, _, err = run(["eval", "events", str(tmp_path)], capsys)
    assert code == 1 and str(tmp_path) in err and "E100" in err
    (tmp_path / "protest_gsr.csv").write_text(",".join(FIELDS) + "\n1,PROTEST,x_1,maybe,0,نص,1\n", encoding="utf-8")
    code, _, err = run(["eval", "events", str(tmp_path)], capsys)
    assert code == 1 and "protest_gsr.csv" in err and ":2" in err
    # a spreadsheet's byte-order mark is read past; broken span records are named
    (tmp_path / "protest_gsr.csv").write_text("\ufeff" + ",".join(FIELDS) + "\n0,PROTEST,x_1,easy no,1,نص,1\n",
                                              encoding="utf-8")
    (tmp_path / "protest_spans.json").write_text('[{"spans": []}', encoding="utf-8")
    code, _, err = run(["eval", "events", str(tmp_path)], capsys)
    assert code == 1 and "protest_spans.json" in err
    (tmp_path / "protest_spans.json").unlink()
    code, out, _ = run(["eval", "events", str(tmp_path)], capsys)
    assert code == 0 and "PROTEST, 1 sentences (0 yes)" in out
