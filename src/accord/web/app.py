"""The ASGI application of `accord serve`: the API under /api/, the pages, the static files."""
from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from fastapi.staticfiles import StaticFiles

from accord import __version__
from accord.registry import Registry
from accord.store import Store, open_store
from accord.web.security import Guard, SecurityMiddleware

STATIC_DIR = Path(__file__).parent / "static"


@dataclass
class Settings:
    db: str                     # the store's URL, as `--db` takes it
    guard: Guard
    chromium: str | None = None  # a local Chromium for the brief as PDF; None: look it up on PATH
    registry: Registry | None = None  # what --registry and $ACCORD_REGISTRY add to the seed (the CLI reads them)
    analyst: str | None = None  # who corrects when a request names no one (accord serve --analyst, $ACCORD_ANALYST)


class Stores:
    """One store connection per server thread: a Store is one connection and must not be shared."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.url)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                # SQLite lets only its own thread close a connection; one opened by a worker thread
                # is released with that thread instead
                with contextlib.suppress(Exception):
                    store.close()
            self._all.clear()


class Context:
    """What every request handler shares: settings, the stores, the registry (for roles over time)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stores = Stores(settings.db)

    @cached_property
    def registry(self) -> Registry:
        registry = Registry.load_default()
        return registry.merge(self.settings.registry) if self.settings.registry is not None else registry


def create_app(settings: Settings) -> FastAPI:
    from accord.web import api, pages, review_api, review_pages

    context = Context(settings)
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        context.stores.close()

    app = FastAPI(lifespan=lifespan, title="accord", version=__version__, docs_url=None, redoc_url=None,
                  description="The record of bilateral and parliamentary diplomacy: events with their "
                              "evidence, actors, country pairs, search and exports.")
    app.state.context = context
    app.include_router(api.router, prefix="/api")
    app.include_router(review_api.router, prefix="/api")
    app.include_router(pages.router)
    app.include_router(review_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(SecurityMiddleware, guard=settings.guard)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    return app


async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
    """The API answers errors in JSON; a page answers with a page in the reader's language."""
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    from accord.web.rendering import reader_of, render

    reader = reader_of(request)
    titles = {404: reader.gettext("Not found"), 401: reader.gettext("Token needed"),
              409: reader.gettext("The record has changed"), 422: reader.gettext("Not a valid correction")}
    return render(request, "error.html", status_code=exc.status_code, reader=reader,
                  title=titles.get(exc.status_code, str(exc.status_code)), detail=str(exc.detail))
