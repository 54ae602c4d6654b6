"""The server-rendered pages: home, relationship, event, actor, search, try it, brief."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from accord.model import EVENT_TYPES, TOPICS, Event
from accord.review.corrections import ReviewError
from accord.outputs import brief as briefing
from accord.store import Store
from accord.web import deps, tryit, views
from accord.web.pdf import NoBrowser, find_browser, html_to_pdf
from accord.web.rendering import labels, reader_of, render, render_html, render_markdown

router = APIRouter(include_in_schema=False)
STYLESHEET = Path(__file__).parent / "static" / "style.css"
HOME_PAIRS = 50
HOME_LATEST = 10


def _actors(store: Store, events: list[Event]) -> dict:
    return deps.actors_of(store, events)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, page: int = 1, store: Store = Depends(deps.store)) -> HTMLResponse:
    page = max(page, 1)
    every = store.pair_summaries()
    pairs = every[(page - 1) * HOME_PAIRS: page * HOME_PAIRS]
    # the latest events are among those of the pairs whose last event is latest: asked pair by pair,
    # each through the pair's index, instead of ordering every event of the store by date
    recent = sorted((p for p in every if p["last"]), key=lambda p: p["last"], reverse=True)[:HOME_LATEST]
    candidates = [e for p in recent for e in store.latest_events(pair=p["pair"], limit=HOME_LATEST)]
    latest = sorted(candidates, key=lambda e: (briefing.start_day(e), e.id), reverse=True)[:HOME_LATEST]
    return render(request, "home.html", stats=store.stats(), pairs=pairs, page=page,
                  more=len(every) > page * HOME_PAIRS, latest=latest, actors=_actors(store, latest))


@router.get("/pair/{a}/{b}", response_class=HTMLResponse)
def relationship(request: Request, a: str, b: str, page: int = 1, store: Store = Depends(deps.store)) -> HTMLResponse:
    ca, cb, pair = deps.pair_of(a, b)
    reader = reader_of(request)
    names = labels(reader)
    view = views.relationship(store, reader, ca, cb, pair, page, names["type"], names["topic"])
    return render(request, "relationship.html", reader=reader, v=view, actors=view.actors)


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event(request: Request, event_id: str, edit: bool = False, why: bool = False,
          store: Store = Depends(deps.store)) -> Response:
    found = store.event(event_id)
    if found is None:
        from accord.review.correct import current_id

        now = current_id(store, event_id)   # an id a merge or a split replaced: its event now
        if now != event_id and store.event(now) is not None:
            return RedirectResponse(f"/event/{quote(now)}?{request.url.query}", status_code=303)
        raise HTTPException(status_code=404, detail="no such event")
    return event_page(request, event_id, store, edit=edit, why=why)


def event_page(request: Request, event_id: str, store: Store, *, edit: bool = False, why: bool = False,
               error: str | None = None, status_code: int = 200) -> HTMLResponse:
    """The event page; in edit mode with the correction forms, the history and why its sources are one."""
    from accord.review.status import event_history
    from accord.review.why import explain
    from accord.web import review_views as rv
    from accord.web.review_pages import remembered_analyst

    found = store.event(event_id)
    if found is None:
        raise HTTPException(status_code=404, detail="no such event")
    whole = store.event(found.part_of) if found.part_of else None
    parts = store.event_parts(event_id)
    carried = [e for fid in found.fulfils if (e := store.event(fid)) is not None]
    related = [found, *([whole] if whole else []), *parts, *carried]
    reader = reader_of(request)
    names = labels(reader)
    _, rows = event_history(store, event_id)
    actors = _actors(store, related)
    for c, _status in rows:
        for pid in (c.value,) if c.kind in ("add_person", "remove_person") else ():
            actors.setdefault(str(pid), store.actor(str(pid)))
    for pid in (c["machine"] for k, c in found.corrected.items() if k == "people"):
        for p in pid or []:
            actors.setdefault(p, store.actor(p))
    explained = None
    if edit or why:
        try:
            joined = explain(store, event_id)
        except ReviewError:
            joined = []
        for j in joined:
            for p in [*j.shared["people"], *(p for a in j.apart for side in ("mine_ids", "theirs_ids")
                                             for p in (a.get("detail") or {}).get(side, []))]:
                actors.setdefault(p, store.actor(p))
        explained = rv.why_rows(joined, reader, names, actors)
    guard = deps.context(request).settings.guard
    return render(request, "event.html", status_code=status_code, reader=reader, e=found, whole=whole, parts=parts,
                  carried=carried, sources=views.evidence(store, found), actors=actors,
                  marks=rv.marks(found, reader, names, actors), fields=rv.field_names(reader),
                  history=rv.history_rows(rows, reader, names, actors), why=explained, edit=edit,
                  error=error, analyst=remembered_analyst(request), needs_token=guard.needs_token(),
                  keys=[(f"{m.doc}#{m.local_id}", m) for m in found.mentions], topics=TOPICS, types=EVENT_TYPES)


@router.get("/actor/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, actor_id: str, page: int = 1, edit: bool = False,
          store: Store = Depends(deps.store)) -> HTMLResponse:
    return actor_page(request, actor_id, store, page=page, edit=edit)


def actor_page(request: Request, actor_id: str, store: Store, *, page: int = 1, edit: bool = False,
               error: str | None = None, status_code: int = 200) -> HTMLResponse:
    """The actor page; in edit mode with the forms that confirm it or merge another actor with it."""
    from accord.review.status import actor_history
    from accord.web import review_views as rv
    from accord.web.review_pages import remembered_analyst

    found = store.actor(actor_id)
    if found is None:
        raise HTTPException(status_code=404, detail="no such actor")
    page = max(page, 1)
    events = store.events(actor=actor_id, limit=views.PAGE + 1, offset=(page - 1) * views.PAGE)
    reader = reader_of(request)
    roles = views.memberships(deps.context(request).registry, actor_id, reader)
    actors = _actors(store, events[:views.PAGE])
    rows = actor_history(store, actor_id)
    for c, _status in rows:
        for pid in filter(None, (c.target, c.value)):
            actors.setdefault(str(pid), store.actor(str(pid)))
    guard = deps.context(request).settings.guard
    return render(request, "actor.html", status_code=status_code, reader=reader, a=found, roles=roles,
                  events=events[:views.PAGE], page=page, more=len(events) > views.PAGE, actors=actors, edit=edit,
                  error=error, analyst=remembered_analyst(request), needs_token=guard.needs_token(),
                  review=rv.actor_marks(rows, actor_id, reader),
                  history=rv.history_rows(rows, reader, labels(reader), actors))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "", store: Store = Depends(deps.store)) -> HTMLResponse:
    from accord.web.finder import Found, find

    q = q.strip()[:500]
    found = find(store, q) if q else Found()
    return render(request, "search.html", q=q, found=found, parts=views.snippet_parts,
                  actors=_actors(store, found.events))


def _try_page(request: Request, **values) -> HTMLResponse:  # noqa: ANN003
    guard = deps.context(request).settings.guard
    return render(request, "try.html", needs_token=guard.needs_token(), **values)


@router.get("/try", response_class=HTMLResponse)
def try_form(request: Request) -> HTMLResponse:
    return _try_page(request)


@router.post("/try", response_class=HTMLResponse)
async def try_run(request: Request, text: str = Form(""), url: str = Form(""), lang: str = Form(""),
                  published: str = Form(""), keep: str = Form(""), token: str = Form(""),
                  file: UploadFile | None = None) -> HTMLResponse:
    deps.require_write(request, token)
    upload = (file.filename or "upload.txt", await file.read()) if file is not None and file.filename else None
    form = {"text": text, "url": url, "lang": lang, "published": published}
    try:
        item = tryit.read_input(text, upload, url.strip() or None, published=published.strip() or None,
                                lang=lang or None)
        doc, analysis = tryit.run(item)
    except tryit.TryError as exc:
        return _try_page(request, form=form, error=str(exc))
    stored = None
    if keep:
        stored = tryit.keep(item, deps.store(request)).summary()
    people = {p.id: p for p in analysis.people}
    return _try_page(request, form=form, doc=doc, analysis=analysis, segments=tryit.segments(doc, analysis),
                     people=people, stored=stored)


def _brief(request: Request, a: str, b: str, store: Store) -> tuple[briefing.Brief, dict]:
    ca, cb, pair = deps.pair_of(a, b)
    built = briefing.build(ca, cb, store.timeline(ca, cb), store.commitments(pair))
    shown = [e for _, es in built.sections for e in es] + built.still_open
    actors = _actors(store, shown)
    for pid, _ in built.people:
        actors.setdefault(pid, store.actor(pid))
    return built, actors


def brief_markdown(request: Request, built: briefing.Brief, store: Store) -> str:
    """The brief as Markdown in the reader's language (also what GET /api/pairs/A/B/brief?format=markdown sends)."""
    shown = [e for _, es in built.sections for e in es] + built.still_open
    actors = _actors(store, shown)
    for pid, _ in built.people:
        actors.setdefault(pid, store.actor(pid))
    return render_markdown("brief.md", reader_of(request), b=built, actors=actors)


@router.get("/brief/{a}/{b}.md")
def brief_md(request: Request, a: str, b: str, store: Store = Depends(deps.store)) -> PlainTextResponse:
    built, _ = _brief(request, a, b, store)
    return PlainTextResponse(brief_markdown(request, built, store), media_type="text/markdown; charset=utf-8",
                             headers={"content-disposition": f'inline; filename="brief-{built.a}-{built.b}.md"'})


@router.get("/brief/{a}/{b}.pdf")
def brief_pdf(request: Request, a: str, b: str, store: Store = Depends(deps.store)) -> Response:
    built, actors = _brief(request, a, b, store)
    html = brief_print_html(reader_of(request), built, actors)
    try:
        data = html_to_pdf(html, deps.context(request).settings.chromium)
    except NoBrowser as exc:
        return PlainTextResponse(str(exc), status_code=501)
    return Response(data, media_type="application/pdf",
                    headers={"content-disposition": f'inline; filename="brief-{built.a}-{built.b}.pdf"'})


def brief_print_html(reader, built: briefing.Brief, actors: dict) -> str:  # noqa: ANN001 — a Reader
    """The brief as one self-contained HTML page for printing (stylesheet inline, no links to follow)."""
    return render_html("brief_print.html", reader, b=built, actors=actors,
                       stylesheet=STYLESHEET.read_text(encoding="utf-8"))


# after the .md and .pdf routes, which it would otherwise take («KZ.md» is no country)
@router.get("/brief/{a}/{b}", response_class=HTMLResponse)
def brief(request: Request, a: str, b: str, store: Store = Depends(deps.store)) -> HTMLResponse:
    built, actors = _brief(request, a, b, store)
    pdf = find_browser(deps.context(request).settings.chromium) is not None
    return render(request, "brief.html", b=built, actors=actors, pdf=pdf)
