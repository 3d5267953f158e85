"""Every error as a clear 4xx: JSON ``{"error": {...}}`` under /api, a small HTML page elsewhere.

Bad input must never produce a 500, so validation errors, HTTP errors and khabar's own errors
are all mapped here; anything unexpected is logged and answered with a generic 500.
"""
from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from khabar.errors import InputError, KhabarError

log = logging.getLogger(__name__)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str, code: str | None = None,
                   fields: list[dict[str, str]] | None = None) -> Response:
    """The one shape of every error answer."""
    if _wants_json(request):
        payload: dict[str, Any] = {"status": status, "message": message}
        if code:
            payload["code"] = code
        if fields:
            payload["fields"] = fields
        return JSONResponse({"error": payload}, status_code=status)
    from khabar.web.templating import templates

    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def _field(err: dict[str, Any]) -> dict[str, str]:
    # the offending input itself is left out: it may be a megabyte of text
    return {"field": ".".join(str(p) for p in err.get("loc", ())), "message": str(err.get("msg", ""))}


async def _validation(request: Request, exc: RequestValidationError) -> Response:
    errors = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        detail = next((e.get("ctx", {}).get("error") for e in errors if e.get("type") == "json_invalid"), "")
        return error_response(request, 400, f"malformed JSON body{': ' + str(detail) if detail else ''}")
    body_expected = any(e.get("loc", ("",))[0] == "body" for e in errors)
    content_type = request.headers.get("content-type", "")
    if body_expected and request.method == "POST" and not content_type.startswith("application/json"):
        return error_response(request, 415, "send the body as JSON (Content-Type: application/json)")
    return error_response(request, 422, "invalid request", fields=[_field(e) for e in errors])


async def _http(request: Request, exc: StarletteHTTPException) -> Response:
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    response = error_response(request, exc.status_code, message)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def _khabar(request: Request, exc: KhabarError) -> Response:
    status = 422 if isinstance(exc, InputError) else 500
    if status == 500:
        log.error("khabar error on %s: %s", request.url.path, exc)
    return error_response(request, status, str(exc), code=exc.code)


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path, exc_info=exc)
    return error_response(request, 500, "internal error (logged on the server)")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http)  # type: ignore[arg-type]
    app.add_exception_handler(KhabarError, _khabar)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
