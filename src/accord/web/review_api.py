"""The review's HTTP API under /api/: corrections listed, an event's history and `why`, and each
kind of correction posted. Every write calls the functions `accord review` calls, in the same
transaction under the partition's lock, so two analysts posting at once both keep theirs.

Status codes: 201 a correction kept; 404 the event, actor or correction of the address is not in
the record; 409 the correction does not fit the record as it is now (an event, mention or
participant it names is gone, it joins an event to itself, or a later correction undoes it at
once; nothing is kept); 422 malformed (an unknown kind or field, a bad date, no reason, no analyst).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from accord.review.corrections import Conflict, Correction, NotFound, ReviewError
from accord.store import Store
from accord.web import deps

router = APIRouter(tags=["review"])

Field_ = Literal["type", "when", "host", "place", "topics"]
ANALYST_MAX = 100


class _Correction(BaseModel):
    reason: str = Field(..., min_length=1, max_length=2000, description="why: kept with the correction")
    analyst: str | None = Field(None, max_length=ANALYST_MAX,
                                description="who makes it; default: the server's analyst (accord serve --analyst)")


class _EventCorrection(_Correction):
    seen: list[str] | None = Field(None, description="the event's mention keys (DOC#ID) as the reviewer read them "
                                   "(`mention_keys` of GET /api/events/ID): an event gone since is answered 409 "
                                   "rather than 404")


class SetField(_EventCorrection):
    kind: Literal["set"]
    field: Field_
    value: str | list[str] | None = Field(..., description="the new value: an EDTF date, a type, an ISO country "
                                          "code, a place name, or topics (a list or comma-separated); null clears it",
                                          examples=["2025-04-14", ["parliamentary", "trade"]])


class AddPerson(_EventCorrection):
    kind: Literal["add_person"]
    actor: str = Field(..., min_length=1, description="an actor id (GET /api/actors)")


class RemovePerson(_EventCorrection):
    kind: Literal["remove_person"]
    actor: str = Field(..., min_length=1, description="a participant's actor id")


class Reject(_EventCorrection):
    kind: Literal["reject"]


class Merge(_EventCorrection):
    kind: Literal["merge"]
    other: str = Field(..., min_length=1, description="the other event's id: the two are one")


class Split(_EventCorrection):
    kind: Literal["split"]
    mention: str = Field(..., min_length=1, description="the mention's key, DOC#ID (GET /api/events/ID/why)")


class PartOf(_EventCorrection):
    kind: Literal["part_of"]
    parent: str | None = Field(..., description="the parent event's id, or null to detach the event")


class CarriedOut(_EventCorrection):
    kind: Literal["carried_out"]
    by: str = Field(..., min_length=1, description="the id of the event that carried the proposal or agreement out")


EventCorrection = Annotated[SetField | AddPerson | RemovePerson | Reject | Merge | Split | PartOf | CarriedOut,
                            Field(discriminator="kind")]


class ConfirmActor(_Correction):
    kind: Literal["confirm_actor"]


class MergeActors(_Correction):
    kind: Literal["merge_actors"]
    same_as: str = Field(..., min_length=1, description="an actor that is the same person: its events take "
                         "this actor's id")


ActorCorrection = Annotated[ConfirmActor | MergeActors, Field(discriminator="kind")]


class Withdrawal(_Correction):
    pass


def correction_json(c: Correction, status: str | None = None) -> dict[str, Any]:
    record = json.loads(c.to_json())
    record["id"] = c.id
    if status is not None:
        record["status"] = status
    return record


def analyst_of(request: Request, given: str | None) -> str:
    """Who makes a correction: the name given, else the server's configured analyst; 422 when neither."""
    name = " ".join((given or "").split()) or deps.context(request).settings.analyst
    if not name:
        raise HTTPException(status_code=422, detail="say who makes the correction (analyst), or start the server "
                                                    "with --analyst / $ACCORD_ANALYST")
    return name[:ANALYST_MAX]


def reviewed(work: Callable[[], Any]) -> Any:
    """Run a review function, its errors as the API's status codes."""
    try:
        return work()
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except Conflict as exc:
        raise HTTPException(status_code=409, detail=str(exc)) from exc
    except ReviewError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc


def _kept(store: Store, correction: Correction, orphaned: list[tuple[Correction, str]]) -> JSONResponse:
    from accord.review.correct import event_of

    return JSONResponse({"correction": correction_json(correction), "event": event_of(store, correction),
                         "not_applied": [{"correction": c.uid, "describe": c.describe(), "reason": reason}
                                         for c, reason in orphaned]}, status_code=201)


@router.get("/corrections", summary="Corrections, oldest first, with what each applies to now")
def corrections(pair: str | None = Query(None, description="only those of a country pair, e.g. JO-KZ"),
                orphaned: bool = Query(False, description="only those whose event is gone"),
                store: Store = Depends(deps.store)) -> dict[str, Any]:
    from accord.country_input import UnknownCountry, pair_codes
    from accord.review.status import statuses
    from accord.store import pair_key

    try:
        key = pair_key(pair_codes(pair)) if pair else None
    except UnknownCountry as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    rows = statuses(store, key)
    if orphaned:
        rows = [(c, s) for c, s in rows if s.startswith("not applied")]
    return {"corrections": [correction_json(c, s) for c, s in rows]}


@router.get("/corrections/export", summary="Corrections as JSON Lines (accord review import reads them)")
def corrections_export(store: Store = Depends(deps.store)) -> StreamingResponse:
    from accord.review.exchange import export_lines

    return StreamingResponse((line + "\n" for line in export_lines(store.corrections())),
                             media_type="application/x-ndjson")


@router.get("/events/{event_id}/history", summary="An event's corrections and its corrected values beside the machine's")
def history(event_id: str, store: Store = Depends(deps.store)) -> dict[str, Any]:
    from accord.review.status import event_history

    event, rows = reviewed(lambda: event_history(store, event_id))
    return {"event": event.id, "rejected": event.rejected,
            "provenance": "corrected" if event.corrected else "machine", "corrected": event.corrected,
            "corrections": [correction_json(c, s) for c, s in rows]}


@router.get("/events/{event_id}/why", summary="Why each mention joined the event, and the nearest events it did not")
def why(event_id: str, store: Store = Depends(deps.store)) -> dict[str, Any]:
    from accord.review.correct import current_id
    from accord.review.why import explain

    joined = reviewed(lambda: explain(store, event_id))
    return {"event": current_id(store, event_id), "mentions": [asdict(j) for j in joined]}


@router.post("/events/{event_id}/corrections", status_code=201, summary="Correct an event",
             responses={404: {"description": "no such event"}, 409: {"description": "does not fit the record now"},
                        422: {"description": "malformed"}})
def correct_event(event_id: str, request: Request, body: EventCorrection = Body(...),
                  store: Store = Depends(deps.store)) -> JSONResponse:
    from accord.review.correct import correct_event as correct, follow

    deps.require_write(request)
    who = analyst_of(request, body.analyst)
    field, value = _field_value(body)

    def work() -> tuple[Correction, list[tuple[Correction, str]]]:
        target = follow(store, event_id, body.seen)
        return correct(store, body.kind, target, analyst=who, reason=body.reason.strip(), field=field, value=value,
                       strict=True)

    correction, orphaned = reviewed(work)
    return _kept(store, correction, orphaned)


def _field_value(body: Any) -> tuple[str | None, Any]:
    if isinstance(body, SetField):
        value = body.value
        if body.field == "topics" and isinstance(value, str):
            value = [t.strip() for t in value.split(",") if t.strip()]
        if body.field != "topics" and isinstance(value, list):
            raise HTTPException(status_code=422, detail=f"{body.field} takes one value, not a list")
        if body.field == "topics" and value is None:
            value = []
        return body.field, value
    return None, {AddPerson: lambda b: b.actor, RemovePerson: lambda b: b.actor, Merge: lambda b: b.other,
                  Split: lambda b: b.mention, PartOf: lambda b: b.parent, CarriedOut: lambda b: b.by,
                  Reject: lambda b: None}[type(body)](body)


@router.post("/actors/{actor_id}/corrections", status_code=201, summary="Confirm an actor, or merge another into it",
             responses={404: {"description": "no such actor"}, 409: {"description": "does not fit the record now"},
                        422: {"description": "malformed"}})
def correct_actor(actor_id: str, request: Request, body: ActorCorrection = Body(...),
                  store: Store = Depends(deps.store)) -> JSONResponse:
    from accord.review.correct import correct_actor as correct

    deps.require_write(request)
    who = analyst_of(request, body.analyst)
    other = body.same_as if isinstance(body, MergeActors) else None
    correction, orphaned = reviewed(lambda: correct(store, body.kind, actor_id, analyst=who,
                                                    reason=body.reason.strip(), value=other))
    return _kept(store, correction, orphaned)


@router.post("/corrections/{correction}/withdraw", status_code=201,
             summary="Withdraw a correction (it stays in the history and no longer applies)",
             responses={404: {"description": "no such correction"}, 409: {"description": "withdrawn already"}})
def withdraw(correction: str, request: Request, body: Withdrawal = Body(...),
             store: Store = Depends(deps.store)) -> JSONResponse:
    from accord.review.correct import withdraw as undo

    deps.require_write(request)
    who = analyst_of(request, body.analyst)
    kept, orphaned = reviewed(lambda: undo(store, correction, analyst=who, reason=body.reason.strip()))
    return _kept(store, kept, orphaned)

