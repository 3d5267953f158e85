"""The web app factory: the shared pipeline and the corpus store behind a JSON API and HTML pages.

Reads are open; the one write endpoint (``POST /api/documents``) needs the token from
``KHABAR_WEB_TOKEN`` (or ``create_app(token=...)``). ``khabar serve`` binds to 127.0.0.1 by default.
"""
from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from khabar import __version__
from khabar.doc import Document
from khabar.errors import StoreError
from khabar.ingest.files import MAX_CHARS
from khabar.web import api, pages
from khabar.web.deps import MAX_BODY_BYTES, CorpusStore, Extractor, WebSettings
from khabar.web.errors import install_error_handlers
from khabar.web.limits import BodyLimitMiddleware, SecurityHeadersMiddleware

HERE = Path(__file__).resolve().parent
TOKEN_ENV = "KHABAR_WEB_TOKEN"


def create_app(db_url: str | None = None, *, token: str | None = None, store: CorpusStore | None = None,
               pipeline: Callable[[Document], Document] | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               max_chars: int = MAX_CHARS) -> FastAPI:
    """Build the app on a store (opened from ``db_url``, or given) and the default pipeline.

    ``pipeline`` (default: ``khabar.load_pipeline()``, loaded on the first request) annotates texts.
    ``token`` enables the write endpoint; it defaults to the ``KHABAR_WEB_TOKEN`` environment variable.
    """
    if store is None:
        if db_url is None:
            raise ValueError("create_app needs a db_url or a store")
        try:
            from khabar.store import Store
        except ImportError as exc:
            raise StoreError(f"cannot open {db_url}: the corpus store (khabar.store) is not installed") from exc
        store = Store(db_url)
    settings = WebSettings(token=token if token is not None else os.environ.get(TOKEN_ENV) or None,
                           max_body_bytes=max_body_bytes, max_chars=max_chars)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.store.close()

    app = FastAPI(title="khabar", version=__version__, lifespan=lifespan,
                  description="Arabic news to PLOVER event data: annotate articles, browse a corpus.",
                  docs_url=None, redoc_url=None)  # /docs is served offline by khabar.web.pages
    app.state.store = store
    app.state.settings = settings
    app.state.extractor = Extractor(pipeline)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app
