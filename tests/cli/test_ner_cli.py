"""``khabar ner --conll``, ``khabar eval ner`` and ``khabar train ner`` on real data and bad input."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from khabar.cli import main
from khabar.models.ner.data import read_anercorp, split_dev
from tests.conftest import shared_path


def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def dev_sentences():
    return split_dev(read_anercorp(shared_path("data", "ner", "anercorp", "train.txt")))[1][:60]


def write_conll(path: Path, sentences, extra: bool = True) -> Path:
    lines = []
    for sent in sentences:
        lines += [f"{w} X {t}" if extra else f"{w} {t}" for w, t in zip(sent.words, sent.tags)]
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_conll_round_trip(tmp_path, capsys, dev_sentences):
    path = write_conll(tmp_path / "dev.conll", dev_sentences)
    code, out, _ = run_cli(["ner", "--conll", str(path)], capsys)
    assert code == 0
    in_lines = path.read_text(encoding="utf-8").splitlines()
    out_lines = out.splitlines()
    assert len(out_lines) == len(in_lines)
    for src, got in zip(in_lines, out_lines):
        if not src:
            assert got == ""
            continue
        token, tag = got.split(" ")
        assert token == src.split()[0]
        assert re.fullmatch(r"O|[BI]-(PER|ORG|LOC|MISC)", tag)
    assert any(line.endswith("-PER") for line in out_lines)


def test_conll_bad_input_never_crashes(tmp_path, capsys):
    long_sentence = "\n".join(["القدس", "Reuters", "2022", "🙂"] * 600)
    text = ("\n\n   \nحماس\tB-ORG\textra\tcols\nفي\nبيروت B-LOC\n\n\n\nNew York !\n"
            + long_sentence + "\n\n")
    path = tmp_path / "odd.conll"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run_cli(["ner", "--conll", str(path)], capsys)
    assert code == 0
    lines = out.split("\n")[:-1]
    assert len(lines) == len(text.split("\n")) - 1
    tokens = [line.split(" ")[0] for line in lines if line]
    assert tokens == [line.split()[0] for line in text.split("\n") if line.strip()]
    assert lines[3] == "حماس B-ORG" or lines[3].startswith("حماس ")


def test_conll_missing_and_binary_file(tmp_path, capsys):
    code, _, err = run_cli(["ner", "--conll", str(tmp_path / "nope.conll")], capsys)
    assert code == 1 and "nope.conll" in err and "E100" in err
    bad = tmp_path / "latin1.conll"
    bad.write_bytes("caf\xe9 O\n".encode("latin-1"))
    code, _, err = run_cli(["ner", "--conll", str(bad)], capsys)
    assert code == 1 and "latin1.conll" in err and "UTF-8" in err


def test_eval_prints_table(tmp_path, capsys, dev_sentences):
    path = write_conll(tmp_path / "dev.conll", dev_sentences, extra=False)
    code, out, _ = run_cli(["eval", "ner", str(path)], capsys)
    assert code == 0
    rows = {line.split()[0]: line.split()[1:] for line in out.splitlines()[2:] if re.match(r"\w+ +\d", line)}
    assert {"PER", "LOC", "ORG", "overall"} <= set(rows)
    precision, recall, f1, support = rows["overall"][:4]
    assert 0.5 < float(f1) <= 1 and int(support) > 50


def test_anercorp_layout_reads_as_its_sentences(tmp_path, capsys):
    """ANERcorp's own layout (no blank lines, `` O`` lines with an empty token) scores and tags as
    the same sentences written one block each: it is neither an error nor one long sentence."""
    raw = shared_path("data", "ner", "anercorp", "train.txt").read_text(encoding="utf-8").splitlines()
    lines = raw[77100:77700]
    assert sum(line.startswith(" ") for line in lines) >= 3
    stream = tmp_path / "stream.txt"
    stream.write_text("\n".join(lines) + "\n", encoding="utf-8")
    blocks = write_conll(tmp_path / "blocks.conll", read_anercorp(stream), extra=False)

    def overall(path: Path) -> str:
        code, out, _ = run_cli(["eval", "ner", "--backend", "crf", str(path)], capsys)
        assert code == 0
        head = out.splitlines()[0]
        return head[head.index(":"):] + next(line for line in out.splitlines() if line.startswith("overall"))

    assert int(overall(stream).split()[1]) > 10  # sentences, not one
    assert overall(stream) == overall(blocks)
    code, out, _ = run_cli(["ner", "--backend", "crf", "--conll", str(stream)], capsys)
    out_lines = out.splitlines()
    assert code == 0 and len(out_lines) == len(lines)
    # the file names persons PERS, as ANERcorp does, and so does the output
    assert any(line.endswith("-PERS") for line in lines)
    assert any(line.endswith("-PERS") for line in out_lines) and not any(line.endswith("-PER") for line in out_lines)
    assert [line == " O" for line in out_lines] == [line.startswith(" ") for line in lines]
    assert [line.split()[0] for line in out_lines if line[:1] != " "] == [
        line.split()[0] for line in lines if line[:1] != " "]


def test_byte_order_mark_is_not_part_of_the_first_token(tmp_path, capsys):
    path = tmp_path / "bom.conll"
    path.write_text("\ufeffحماس B-ORG\nفي O\nبيروت B-LOC\n", encoding="utf-8")
    code, out, _ = run_cli(["ner", "--conll", str(path)], capsys)
    assert code == 0 and out.splitlines()[0].split(" ")[0] == "حماس"
    code, out, _ = run_cli(["eval", "ner", str(path)], capsys)
    assert code == 0 and "3 tokens" in out


def test_eval_missing_tag_column_names_line(tmp_path, capsys):
    path = tmp_path / "bad.conll"
    path.write_text("حماس B-ORG\nفي O\nبيروت\n", encoding="utf-8")
    code, _, err = run_cli(["eval", "ner", str(path)], capsys)
    assert code == 1 and "bad.conll:3" in err


def test_unknown_target_rejected(capsys):
    with pytest.raises(SystemExit):
        main(["train", "parser"])


@pytest.mark.slow
def test_train_ner_rebuilds_a_working_model(tmp_path, capsys):
    shared = shared_path()
    code, out, _ = run_cli(["train", "ner", "--out", str(tmp_path), "--shared", str(shared)], capsys)
    assert code == 0 and (tmp_path / "ner_crf.crfsuite").stat().st_size > 100_000
    overall = next(line for line in out.splitlines() if line.startswith("overall"))
    assert float(overall.split()[3]) > 0.6
