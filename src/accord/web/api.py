"""The HTTP API under /api/: the same queries as the command line, as JSON (OpenAPI at /openapi.json)."""
from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse, StreamingResponse
from pydantic import BaseModel, Field

from accord.country_input import UnknownCountry, country_code, pair_codes
from accord.model import EVENT_TYPES, to_dict
from accord.outputs import brief as briefing
from accord.outputs import export
from accord.store import Store, StoreError
from accord.web import deps, tryit

router = APIRouter(tags=["record"])
EventType = Literal["visit", "meeting", "agreement", "measure", "proposal", "ceremony"]
assert set(EventType.__args__) == set(EVENT_TYPES)  # type: ignore[attr-defined]
PAGE_MAX = 1000


def event_filters(
    country: str | None = Query(None, description="events involving this country (ISO code or name)"),
    pair: str | None = Query(None, description="a country pair, e.g. MA-KZ"),
    type: EventType | None = Query(None),  # noqa: A002 — the CLI's word
    date_from: str | None = Query(None, alias="from", description="on or after this EDTF date (YYYY[-MM[-DD]])"),
    date_to: str | None = Query(None, alias="to", description="on or before this EDTF date"),
    actor: str | None = Query(None, description="events with this actor id"),
    limit: int = Query(100, ge=1, le=PAGE_MAX),
    offset: int = Query(0, ge=0),
) -> dict[str, Any]:
    try:
        return {"country": country_code(country) if country else None, "pair": pair_codes(pair) if pair else None,
                "type": type, "date_from": date_from, "date_to": date_to, "actor": actor, "limit": limit,
                "offset": offset}
    except UnknownCountry as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc


def _events(store: Store, filters: dict[str, Any]) -> list:
    try:
        return store.events(**filters)
    except StoreError as exc:   # a bad date
        raise HTTPException(status_code=422, detail=str(exc)) from exc


@router.get("/events", summary="Events matching every filter, by date")
def events(filters: dict = Depends(event_filters), store: Store = Depends(deps.store)) -> dict[str, Any]:
    found = _events(store, filters)
    return {"events": list(export.event_records(store, found)), "limit": filters["limit"],
            "offset": filters["offset"]}


@router.get("/events/{event_id}", summary="One event with its sources, evidence, whole and parts")
def event(event_id: str, store: Store = Depends(deps.store)) -> dict[str, Any]:
    found = store.event(event_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no event {event_id}")
    record = export.event_record(found, deps.actors_of(store, [found]))
    record["parts"] = [e.id for e in store.event_parts(event_id)]
    # the keys a correction names mentions by (POST /api/events/ID/corrections: `seen`, a split's `mention`)
    record["mention_keys"] = [f"{m.doc}#{m.local_id}" for m in found.mentions]
    documents = {m.doc: store.document(m.doc) for m in found.mentions}
    record["sources"] = [{"doc": name, "title": d.title if d else None, "url": d.url if d else None,
                          "lang": d.lang if d else None, "published": d.published if d else None}
                         for name, d in documents.items()]
    return record


@router.get("/actors", summary="Actors (registry and provisional), by name")
def actors(country: str | None = None, query: str | None = Query(None, description="part of a name, any script"),
           limit: int = Query(100, ge=1, le=PAGE_MAX), store: Store = Depends(deps.store)) -> dict[str, Any]:
    code = country_code(country) if country else None
    return {"actors": [export.person_record(a, a.id) for a in store.actors(country=code, query=query, limit=limit)]}


@router.get("/actors/{actor_id}", summary="One actor, its roles over time and its events")
def actor(actor_id: str, request: Request, limit: int = Query(100, ge=1, le=PAGE_MAX), offset: int = Query(0, ge=0),
          store: Store = Depends(deps.store)) -> dict[str, Any]:
    found = store.actor(actor_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no actor {actor_id}")
    roles = [to_dict(m) for m in deps.context(request).registry.memberships_of(actor_id)]
    events_ = store.events(actor=actor_id, limit=limit, offset=offset)
    return {"actor": export.person_record(found, actor_id), "roles": roles,
            "events": list(export.event_records(store, events_))}


@router.get("/pairs", summary="Country pairs with their number of events, most first")
def pairs(limit: int = Query(100, ge=1, le=PAGE_MAX), offset: int = Query(0, ge=0),
          store: Store = Depends(deps.store)) -> dict[str, Any]:
    return {"pairs": store.pair_summaries(limit=limit, offset=offset)}


@router.get("/pairs/{a}/{b}/timeline", summary="The relationship of two countries, by date")
def timeline(a: str, b: str, limit: int = Query(100, ge=1, le=PAGE_MAX), offset: int = Query(0, ge=0),
             store: Store = Depends(deps.store)) -> dict[str, Any]:
    _, _, pair = deps.pair_of(a, b)
    found = store.events(pair=pair, limit=limit, offset=offset)
    return {"pair": pair, "total": store.count_events(pair=pair),
            "events": list(export.event_records(store, found)), "commitments": store.commitments(pair)}


@router.get("/pairs/{a}/{b}/brief", summary="The briefing on a pair, as JSON or Markdown")
def brief(a: str, b: str, request: Request, format: Literal["json", "markdown"] = "json",  # noqa: A002
          store: Store = Depends(deps.store)) -> Any:
    ca, cb, pair = deps.pair_of(a, b)
    built = briefing.build(ca, cb, store.timeline(ca, cb), store.commitments(pair))
    if format == "markdown":
        from accord.web.pages import brief_markdown

        return PlainTextResponse(brief_markdown(request, built, store), media_type="text/markdown; charset=utf-8")
    return {"a": ca, "b": cb, "events": built.events, "articles": built.articles,
            "sections": [{"title": t, "events": [e.id for e in es]} for t, es in built.sections],
            "carried_out": [{"promise": c.id, "by": d.id, "kind": k} for c, d, k in built.carried_out],
            "still_open": [e.id for e in built.still_open],
            "people": [{"actor": p, "events": n} for p, n in built.people]}


@router.get("/search", summary="Articles and events matching a query, in any script")
def search(q: str = Query(..., min_length=1, max_length=500), limit: int = Query(20, ge=1, le=200),
           store: Store = Depends(deps.store)) -> dict[str, Any]:
    from accord.web.finder import find

    found = find(store, q, limit=limit)
    return {"query": q, "documents": found.documents, "countries": found.countries,
            "events": [e.id for e in found.events], "actors": [a.id for a in found.actors]}


@router.get("/export", summary="Export events (jsonl, csv, plover) or the registry (popolo)")
def export_(format: Literal["jsonl", "csv", "plover", "popolo"] = "jsonl",  # noqa: A002
            filters: dict = Depends(event_filters), everything: bool = Query(True, alias="all", description=
                                                                            "every matching event (limit ignored)"),
            store: Store = Depends(deps.store)) -> Any:
    if everything:   # an export is the whole record unless asked for a page of it
        filters = {**filters, "limit": None, "offset": 0}
    if format == "popolo":
        return export.popolo(store)
    records = export.event_records(store, _events(store, filters))
    if format == "csv":
        return StreamingResponse(export.to_csv(records), media_type="text/csv; charset=utf-8")
    lines = export.to_jsonl(records) if format == "jsonl" else export.to_plover(records)
    return StreamingResponse((line + "\n" for line in lines), media_type="application/x-ndjson")


@router.get("/stats", summary="Counts of the store")
def stats(store: Store = Depends(deps.store)) -> dict[str, int]:
    return store.stats()


@router.get("/failures", summary="Articles that could not be stored, with the reason")
def failures(store: Store = Depends(deps.store)) -> dict[str, Any]:
    return {"failures": store.failures()}


class ArticleIn(BaseModel):
    text: str | None = Field(None, description="the article's text")
    url: str | None = Field(None, description="or its address (public addresses only)")
    doc: str | None = Field(None, description="its name in the record")
    published: str | None = Field(None, description="publication date, YYYY-MM-DD")
    lang: str | None = None
    title: str | None = None


def _item(article: ArticleIn) -> Any:
    try:
        item = tryit.read_input(article.text, None, article.url, published=article.published, lang=article.lang)
    except tryit.TryError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    if article.doc:
        item.doc = article.doc
    if article.title:
        item.title = article.title
    return item


@router.post("/analyse", summary="Analyse one article without storing it")
def analyse_(request: Request, article: ArticleIn = Body(...)) -> dict[str, Any]:
    deps.require_write(request)
    try:
        doc, analysis = tryit.run(_item(article))
    except tryit.TryError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    return {"doc": doc.doc, "lang": doc.lang, "published": doc.published, "analysis": to_dict(analysis)}


@router.post("/ingest", summary="Store one article (as `accord ingest`)")
def ingest(request: Request, article: ArticleIn = Body(...), store: Store = Depends(deps.store)) -> dict[str, Any]:
    deps.require_write(request)
    report = tryit.keep(_item(article), store)
    return {"summary": report.summary(), "stored": report.stored, "failed": report.failed,
            "failures": [{"source": s, "reason": r} for s, r in report.failures]}
