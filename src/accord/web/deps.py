"""Request-scoped helpers shared by the API and the pages."""
from __future__ import annotations

from fastapi import HTTPException, Request

from accord.country_input import UnknownCountry, country_code
from accord.model import Actor, Event
from accord.store import Store, pair_key


def context(request: Request):  # noqa: ANN201 — accord.web.app.Context (imported lazily: no cycle)
    return request.app.state.context


class ThreadStore:
    """The store of the thread that uses it. FastAPI runs a sync dependency and the sync handler
    that receives it in different worker threads; a Store is one connection (SQLite's may not
    even cross threads), so each use looks up the connection of the thread it runs in."""

    def __init__(self, stores) -> None:  # noqa: ANN001 — accord.web.app.Stores
        self._stores = stores

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._stores.get(), name)


def store(request: Request) -> Store:
    return ThreadStore(context(request).stores)  # type: ignore[return-value]


def actors_of(store: Store, events: list[Event]) -> dict[str, Actor | None]:
    """The actors named by `events`, each looked up once (as the command line does)."""
    return {p: store.actor(p) for p in dict.fromkeys(p for e in events for p in e.people)}


def pair_of(a: str, b: str) -> tuple[str, str, str]:
    """Two countries as a reader gives them (codes or names in any language) → (A, B, pair key); 404 if unknown."""
    try:
        ca, cb = country_code(a), country_code(b)
    except UnknownCountry as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    return ca, cb, pair_key([ca, cb])


def token_of(request: Request, form_token: str | None = None) -> str | None:
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return form_token or request.headers.get("x-accord-token")


def require_write(request: Request, form_token: str | None = None) -> None:
    """Writes need the server's token when it listens beyond loopback."""
    if not context(request).settings.guard.token_ok(token_of(request, form_token)):
        raise HTTPException(status_code=401, detail="this server needs its token for writes")
