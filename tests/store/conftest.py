"""Store fixtures: the gold-annotated seed article, stores on SQLite and on a real PostgreSQL server."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from khabar.store import Store
from tests.store.gold import gold_document


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
