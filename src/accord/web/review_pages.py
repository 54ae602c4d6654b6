"""The edit mode of the event and actor pages: the forms post here, each correction is made by the
function `accord review` calls (accord.review.correct), and the page is shown again with it.

Who corrects: the name typed in the form, remembered in a cookie for the next forms; when the
form leaves it empty, the server's analyst (accord serve --analyst, $ACCORD_ANALYST). Writes are
guarded as every write of the server is: same-origin only, and the token beyond loopback.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote, unquote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from accord.model import Event
from accord.review.corrections import FIELDS, Conflict, NotFound, ReviewError, check_value
from accord.store import Store
from accord.web import deps

router = APIRouter(include_in_schema=False)
ANALYST_COOKIE = "analyst"
ANALYST_MAX = 100


def remembered_analyst(request: Request) -> str:
    """The name to prefill: the cookie's, else the server's analyst, else nothing."""
    return unquote(request.cookies.get(ANALYST_COOKIE, ""))[:ANALYST_MAX] or \
        (deps.context(request).settings.analyst or "")


def _who(request: Request, form: Any) -> str:
    name = " ".join(str(form.get("analyst") or "").split())[:ANALYST_MAX]
    name = name or deps.context(request).settings.analyst or ""
    if not name:
        raise ReviewError("say who makes the correction: your name")
    return name


def _reason(form: Any) -> str:
    reason = " ".join(str(form.get("reason") or "").split())[:2000]
    if not reason:
        raise ReviewError("say why: the reason is kept with the correction")
    return reason


def _status(exc: ReviewError) -> int:
    return 404 if isinstance(exc, NotFound) else 409 if isinstance(exc, Conflict) else 422


def _done(location: str, analyst: str) -> RedirectResponse:
    response = RedirectResponse(location, status_code=303)
    response.set_cookie(ANALYST_COOKIE, quote(analyst), max_age=365 * 86400, samesite="strict", httponly=True)
    return response


def fact_changes(event: Event, form: Any) -> list[tuple[str, Any]]:
    """The fields of the facts form whose value differs from the event's: (field, checked value)."""
    changes = []
    for name in FIELDS:
        if name == "topics":
            given: Any = sorted(form.getlist("topics"))
            if "topics_shown" not in form or given == sorted(event.topics):
                continue
        else:
            if name not in form:
                continue
            given = str(form.get(name) or "").strip()
            given = given.upper() if name == "host" else given
            now = (event.place or {}).get("name") if name == "place" else getattr(event, name)
            if given == (now or ""):
                continue
        changes.append((name, check_value(name, given)))
    return changes


@router.post("/event/{event_id}/correct")
async def correct_event(request: Request, event_id: str) -> Response:
    from accord.review.correct import correct_event as correct, event_of, follow
    from accord.web.pages import event_page

    form = await request.form()
    deps.require_write(request, str(form.get("token") or "") or None)
    store: Store = deps.store(request)
    kind = str(form.get("kind") or "")
    seen = str(form.get("seen") or "").split() or None
    try:
        analyst, reason = _who(request, form), _reason(form)
        target = follow(store, event_id, seen)
        if kind == "facts":
            event = store.event(target)
            if event is None:
                raise Conflict(f"event {event_id} is gone since it was read")
            changes = fact_changes(event, form)
            if not changes:
                raise ReviewError("nothing changed: edit a value before saving")
            made = None
            for name, value in changes:
                made, _ = correct(store, "set", target, analyst=analyst, reason=reason, field=name, value=value,
                                  strict=True)
                target = event_of(store, made) or target
        else:
            values = {"add_person": "actor", "remove_person": "actor", "merge": "other", "split": "mention",
                      "part_of": "parent", "carried_out": "by"}
            if kind not in (*values, "reject"):
                raise ReviewError(f"unknown correction {kind!r}")
            value = str(form.get(values[kind]) or "").strip() or None if kind in values else None
            made, _ = correct(store, kind, target, analyst=analyst, reason=reason, value=value, strict=True)
            target = event_of(store, made) or target
    except ReviewError as exc:
        if store.event(event_id) is None:   # unknown (404), or gone since the page was read (409)
            raise HTTPException(status_code=_status(exc), detail=str(exc)) from exc
        return event_page(request, event_id, store, edit=True, error=str(exc), status_code=_status(exc))
    return _done(f"/event/{quote(target)}?edit=1#history", analyst)


@router.post("/actor/{actor_id}/correct")
async def correct_actor(request: Request, actor_id: str) -> Response:
    from accord.review.correct import correct_actor as correct
    from accord.web.pages import actor_page

    form = await request.form()
    deps.require_write(request, str(form.get("token") or "") or None)
    store: Store = deps.store(request)
    kind = str(form.get("kind") or "")
    try:
        analyst, reason = _who(request, form), _reason(form)
        if kind == "confirm_actor":
            correct(store, kind, actor_id, analyst=analyst, reason=reason)
            shown = actor_id
        elif kind == "merge_actors":
            other = str(form.get("other") or "").strip()
            if not other:
                raise ReviewError("merge_actors needs the other actor's id")
            if store.actor(other) is None:
                raise Conflict(f"no actor {other!r} in the record")
            # the id kept: this actor's, or the other's (an article's spelling merged into the registry's person)
            kept, absorbed = (other, actor_id) if form.get("keep") == "other" else (actor_id, other)
            correct(store, kind, kept, analyst=analyst, reason=reason, value=absorbed)
            shown = kept
        else:
            raise ReviewError(f"unknown correction {kind!r}")
    except ReviewError as exc:
        if isinstance(exc, NotFound):
            raise HTTPException(status_code=404, detail=str(exc)) from exc
        return actor_page(request, actor_id, store, edit=True, error=str(exc), status_code=_status(exc))
    return _done(f"/actor/{quote(shown)}?edit=1#history", analyst)
