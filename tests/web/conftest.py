"""Fixtures for the web tests: a corpus with the seed article, two short articles and an XSS
document, in khabar.store.Store when it is installed (sqlite in a temp folder), else in the
in-memory FakeStore; and a TestClient on the app with a write token."""
from __future__ import annotations

import importlib.util

import pytest
from fastapi.testclient import TestClient

from khabar.web import create_app
from tests.web import corpus

TOKEN = "test-token-123"


@pytest.fixture(scope="session")
def documents(seed_text, seed_gold):
    return [corpus.seed_document(seed_text, seed_gold), *corpus.more_documents(), corpus.xss_document()]


def make_store(tmp_path, docs):
    if importlib.util.find_spec("khabar.store") is not None:
        from khabar.store import Store

        store = Store(f"sqlite:///{tmp_path / 'web.db'}")
    else:
        from tests.web.fakestore import FakeStore

        store = FakeStore()
    for doc in docs:
        store.add(doc)
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory, documents):
    store = make_store(tmp_path_factory.mktemp("store"), documents)
    yield store
    store.close()


@pytest.fixture(scope="module")
def app(store):
    return create_app(store=store, token=TOKEN)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        yield c
