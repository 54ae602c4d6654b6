"""Making corrections: check them against the record, keep them, relink what they touch.

Each correction is checked, kept and applied in one transaction under its partition's lock,
so two analysts correcting the same events at once both keep their corrections, and the
second one's relink reads the first one's.
"""
from __future__ import annotations

from typing import Any

from accord.batch import relink
from accord.model import Event
from accord.resolve.linking import MentionRecord
from accord.review.anchors import evidence_of, relocate
from accord.review.apply import resolve
from accord.review.corrections import ACTOR_KINDS, Conflict, Correction, NotFound, ReviewError, check_value
from accord.store import Store


def _keys(event: Event) -> list[str]:
    return sorted({f"{m.doc}#{m.local_id}" for m in event.mentions})


def _event(store: Store, event_id: str, missing: type[ReviewError] = NotFound) -> Event:
    """The event as it is now; `missing` is raised when it is not in the record: NotFound for the
    event corrected, Conflict for another event the correction names."""
    event = store.event(current_id(store, event_id))
    if event is None:
        raise missing(f"no event {event_id!r} in the record (accord events lists them)")
    return event


def _records(store: Store, pair: str) -> list[MentionRecord]:
    return [MentionRecord(doc, lang, published, m) for doc, m, lang, published in store.event_mentions(pair)]


def located(store: Store, corrections: list[Correction]) -> list[Correction]:
    """The corrections with their mention keys as the mentions are keyed now (see accord.review.anchors)."""
    records: dict[str, list[MentionRecord]] = {}
    out = []
    for c in corrections:
        if c.pair and c.pair not in records:
            records[c.pair] = _records(store, c.pair)
        out.append(relocate([c], records[c.pair])[0] if c.pair else c)
    return out


def current_id(store: Store, event_id: str) -> str:
    """The id an event has now: an id a correction named before a merge or split changed it is
    followed through the mentions that correction recorded."""
    if store.event_pair(event_id) is not None:
        return event_id
    for c in reversed(located(store, store.corrections())):
        anchors = c.anchors if c.target == event_id else c.other_anchors if c.value == event_id else None
        if anchors and (now := resolve(anchors, event_id, store.mention_index(c.pair))):
            return now
    return event_id


def correct_event(store: Store, kind: str, event_id: str, *, analyst: str, reason: str,
                  field: str | None = None, value: Any = None,
                  strict: bool = False) -> tuple[Correction, list[tuple[Correction, str]]]:
    """Make one correction of an event; returns it and the corrections its relink could not apply.
    `strict`: a correction that its own relink cannot apply (a later correction undoes it) is not
    kept, and Conflict says why (what the HTTP API wants; the command line keeps it and reports)."""
    def work() -> tuple[Correction, list[tuple[Correction, str]]]:
        pair = store.event_pair(current_id(store, event_id))
        if pair is None:
            raise NotFound(f"no event {event_id!r} in the record (accord events lists them)")
        store.lock_partition(pair)
        event = _event(store, event_id)  # read again under the lock: a relink may have just run
        correction = Correction(kind=kind, target=event.id, analyst=analyst, reason=reason, pair=pair,
                                field=field, value=value, anchors=_keys(event))
        _check(store, correction, event)
        named = [*correction.anchors, *correction.other_anchors]
        correction.evidence = evidence_of(_records(store, pair), named)
        store.add_correction(correction)
        return correction, _applied(correction, relink(store, [pair]), strict)

    return store.atomically(work)


def _applied(correction: Correction, orphaned: list[tuple[Correction, str]],
             strict: bool) -> list[tuple[Correction, str]]:
    """The relink's report; under `strict`, Conflict (undoing the transaction) when the new
    correction is among what it could not apply."""
    mine = [reason for c, reason in orphaned if c.uid == correction.uid]
    if strict and mine:
        raise Conflict(f"{correction.describe()} would not apply: {mine[0]}")
    return orphaned


def _check(store: Store, c: Correction, event: Event) -> None:
    """Fill in and check what the correction needs; ReviewError when it cannot be made."""
    if c.kind == "set":
        c.value = check_value(c.field or "", c.value)
    elif c.kind in ("add_person", "remove_person"):
        if not isinstance(c.value, str) or not c.value.strip():
            raise ReviewError(f"{c.kind} needs an actor id")
        if store.actor(c.value) is None:
            raise Conflict(f"no actor {c.value!r} (accord actors lists them)")
        if c.kind == "remove_person" and c.value not in event.people:
            raise Conflict(f"{c.value} is not a participant of {event.id}")
    elif c.kind in ("merge", "part_of", "carried_out"):
        _check_other(store, c, event)
    elif c.kind == "split":
        if c.value not in c.anchors:
            raise Conflict(f"{event.id} has no mention {c.value!r}; its mentions: {', '.join(c.anchors)}")
        if len(c.anchors) < 2:
            raise Conflict(f"{event.id} has one mention only: nothing to split it from")
        c.other_anchors = [a for a in c.anchors if a != c.value]
    elif c.kind != "reject":
        raise ReviewError(f"{c.kind!r} is not a correction of an event")


def _check_other(store: Store, c: Correction, event: Event) -> None:
    if c.kind == "part_of" and c.value in (None, "", "none", "null"):
        c.value = None
        return
    if not isinstance(c.value, str) or not c.value.strip():
        raise ReviewError(f"{c.kind} needs the other event's id")
    other = _event(store, c.value, missing=Conflict)
    if other.pair != event.pair:
        raise Conflict(f"{event.id} ({event.pair}) and {other.id} ({other.pair}) are events of different pairs")
    if other.id == event.id:
        raise Conflict(f"{c.kind}: an event and itself ({event.id})")
    if c.kind == "carried_out" and event.type not in ("proposal", "agreement"):
        raise Conflict(f"{event.id} is a {event.type}: only a proposal or an agreement is carried out")
    c.other_anchors = _keys(other)


def correct_actor(store: Store, kind: str, actor_id: str, *, analyst: str, reason: str,
                  value: str | None = None) -> tuple[Correction, list[tuple[Correction, str]]]:
    """Confirm an actor, or say that `value` is the same person as `actor_id`; relinks their pairs."""
    if kind not in ACTOR_KINDS:
        raise ReviewError(f"{kind!r} is not a correction of an actor")
    if store.actor(actor_id) is None:
        raise NotFound(f"no actor {actor_id!r} (accord actors lists them)")
    if kind == "merge_actors" and not value:
        raise ReviewError("merge_actors needs the id of the same person under another actor")
    if value and store.actor(value) is None:
        raise Conflict(f"no actor {value!r} (accord actors lists them)")
    if kind == "merge_actors" and value == actor_id:
        raise Conflict("merge an actor with another one, not with itself")

    def work() -> tuple[Correction, list[tuple[Correction, str]]]:
        correction = Correction(kind=kind, target=actor_id, analyst=analyst, reason=reason, value=value)
        store.add_correction(correction)
        pairs = {p for a in filter(None, (actor_id, value)) for p in store.pairs_of_actor(a)}
        return correction, relink(store, pairs)

    return store.atomically(work)


def withdraw(store: Store, uid: str, *, analyst: str, reason: str) -> tuple[Correction, list[tuple[Correction, str]]]:
    """Withdraw a correction: it stays in the history, and no longer applies."""
    def work() -> tuple[Correction, list[tuple[Correction, str]]]:
        old = store.correction(uid)
        if old is None:
            raise NotFound(f"no correction {uid!r} (accord review list shows them)")
        if old.kind == "withdraw":
            raise Conflict(f"correction {uid} is itself a withdrawal")
        if any(c.kind == "withdraw" and c.target == old.uid for c in store.corrections(old.pair)):
            raise Conflict(f"correction {uid} is withdrawn already")
        correction = Correction(kind="withdraw", target=old.uid, analyst=analyst, reason=reason, pair=old.pair)
        store.add_correction(correction)
        pairs = [old.pair] if old.pair else [p for a in filter(None, (old.target, old.value))
                                             for p in store.pairs_of_actor(str(a))]
        return correction, relink(store, pairs)

    return store.atomically(work)


def event_of(store: Store, correction: Correction) -> str | None:
    """The event a correction applies to now; None when its mentions are gone."""
    if correction.kind in ACTOR_KINDS or correction.kind == "withdraw":
        return None
    correction = located(store, [correction])[0]
    return resolve(correction.anchors, correction.target, store.mention_index(correction.pair))


def follow(store: Store, event_id: str, seen: list[str] | None = None) -> str:
    """The event a reviewer means: `event_id` as it is now (followed through the merges and splits
    analysts made since). NotFound for an id the record does not know; Conflict when the reviewer
    saw it (`seen`: its mention keys when read, of articles still stored) and it has gone since,
    its articles changed or re-analysed: the reviewer reads the record again rather than have the
    correction land on an event they did not see."""
    now = current_id(store, event_id)
    if store.event_pair(now) is not None:
        return now
    if seen and any(store.document_pairs(key.rsplit("#", 1)[0]) is not None for key in seen):
        raise Conflict(f"event {event_id} is gone since it was read: its articles changed; read the record again")
    raise NotFound(f"no event {event_id!r} in the record (accord events lists them)")
