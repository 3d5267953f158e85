"""Store fixtures: the seed article annotated from its hand annotation (gold.json), so that store
tests exercise every layer whatever the pipeline stages currently produce, and a PostgreSQL server."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

import khabar
from khabar.store import Store


def _slug(name: str) -> str:
    return re.sub(r"[^a-z]+", "-", name.lower()).strip("-")


def gold_document(text: str, gold: dict, doc_id: str = "seed", date: str = "2022-09-06") -> dict:
    """The seed article as a contract dict carrying the gold entities, actors, affiliations, events."""
    doc = khabar.load_pipeline(["tokenize"])(text, id=doc_id, date=date).to_dict()
    actors: dict[str, dict] = {}
    for ent in gold["entities"]:
        aid = _slug(ent["english"])
        actor = actors.setdefault(aid, {"id": aid, "name_en": ent["english"], "name_ar": ent["text"],
                                        "country": ent.get("country"), "sector": (ent.get("sector") or [None])[0],
                                        "type": ent["label"], "mentions": []})
        for start, end in ent["occurrences"]:
            doc["entities"].append({"id": f"T{len(doc['entities'])}", "start": start, "end": end,
                                    "text": text[start:end], "label": ent["label"], "actor_id": aid})
            actor["mentions"].append({"start": start, "end": end, "text": text[start:end], "kind": "name"})
    for ev in gold["events"]:
        for side in ("source", "target"):
            for name in ev[side]:
                actors.setdefault(_slug(name), {"id": _slug(name), "name_en": name, "name_ar": "", "country": None,
                                                "sector": None, "type": None, "mentions": []})
    actors["beirut"] = {"id": "beirut", "name_en": "Beirut", "name_ar": "بيروت", "country": "LBN", "sector": None,
                        "type": "LOC", "mentions": [], "lat": 33.89, "lon": 35.5}
    doc["actors"] = list(actors.values())
    by_ar = {e["text"]: _slug(e["english"]) for e in gold["entities"]}
    doc["affiliations"] = [{"person": by_ar[a["person"]], "organization": _slug(a["organization"]),
                            "role_ar": a["role_ar"], "role_en": a["role_en"]} for a in gold["affiliations"]]
    for ev in gold["events"]:
        start = text.index(ev["trigger"])
        sent = next(i for i, s in enumerate(doc["sentences"]) if s["start"] <= start < s["end"])
        doc["events"].append({
            "type": ev["plover"], "mode": "asserted",
            "trigger": {"start": start, "end": start + len(ev["trigger"]), "text": ev["trigger"]},
            "source": [_slug(n) for n in ev["source"]], "target": [_slug(n) for n in ev["target"]],
            "location": "beirut" if ev.get("location") == "Beirut" else None, "date": date, "sentence": sent,
            "evidence": text[doc["sentences"][sent]["start"]:doc["sentences"][sent]["end"]], "confidence": 0.9})
    return doc


@pytest.fixture
def gold_doc(seed_text, seed_gold) -> dict:
    return gold_document(seed_text, seed_gold)


@pytest.fixture
def store(tmp_path):
    s = Store(f"sqlite:///{tmp_path / 'khabar.db'}")
    yield s
    s.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL server (Debian's initdb/pg_ctl), or a skip saying what is missing."""
    pytest.importorskip("psycopg", reason="psycopg not installed: pip install 'khabar[postgres]'")
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    for base in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        initdb, pg_ctl = initdb or str(base / "initdb"), pg_ctl or str(base / "pg_ctl")
    if not (initdb and pg_ctl and Path(initdb).exists()):
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install postgresql")
    root = Path(tempfile.mkdtemp(prefix="khabar-pg-"))  # not under pytest's root-only tmp tree
    data, port = root / "data", _free_port()
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: use the postgres system user
        if shutil.which("runuser") is None:
            pytest.skip("running as root without runuser: cannot start PostgreSQL")
        shutil.chown(root, "postgres")
        os.chmod(root, 0o755)
        prefix = ["runuser", "-u", "postgres", "--"]
    run = dict(check=True, capture_output=True, timeout=60)
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "khabar", "--auth=trust", "-E", "UTF8"], **run)
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-w", "-l", str(root / "log"), "-o",
                    f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off", "start"], **run)
    try:
        url = f"postgresql://khabar@127.0.0.1:{port}/postgres"
        deadline = time.time() + 20
        while True:
            try:
                Store(url).close()
                break
            except Exception:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request, tmp_path):
    """A fresh, empty store on each backend (a new database per test on PostgreSQL)."""
    if request.param == "sqlite":
        s = Store(f"sqlite:///{tmp_path / 'khabar.db'}")
    else:
        import psycopg

        base = request.getfixturevalue("postgres_url")
        name = f"t_{os.getpid()}_{int(time.time() * 1e6)}"
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        s = Store(base.rsplit("/", 1)[0] + "/" + name)
    yield s
    s.close()
