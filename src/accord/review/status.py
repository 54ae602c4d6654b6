"""What each correction applies to now, and the history of one event."""
from __future__ import annotations

import json

from accord.review.apply import active
from accord.review.correct import current_id, event_of
from accord.model import Event
from accord.review.corrections import ACTOR_KINDS, Correction, NotFound
from accord.store import Store


def statuses(store: Store, pair: str | None = None) -> list[tuple[Correction, str]]:
    """Every correction (of one pair) with its state: applied to which event, withdrawn, or not applied."""
    corrections = store.corrections(pair)
    live = {c.uid for c in active(corrections)}
    rows = []
    for c in corrections:
        if c.kind == "withdraw":
            rows.append((c, f"withdraws {c.target}"))
        elif c.uid not in live:
            rows.append((c, "withdrawn"))
        elif c.kind in ACTOR_KINDS:
            rows.append((c, "applies to every pair"))
        else:
            now = event_of(store, c)
            rows.append((c, f"applies to {now}" if now else "not applied: its event is no longer in the record"))
    return rows


def event_history(store: Store, event_id: str) -> tuple[Event, list[tuple[Correction, str]]]:
    """An event as it is now and the corrections that apply to it (or name it), oldest first, with
    the withdrawals of those; NotFound when the event is not in the record."""
    event = store.event(current_id(store, event_id))
    if event is None:
        raise NotFound(f"no event {event_id!r} in the record (accord events lists them)")
    every = statuses(store, event.pair)
    rows = [(c, s) for c, s in every if s == f"applies to {event.id}" or event.id in (c.target, c.value)]
    if mine := {c.uid for c, _ in rows}:  # and the withdrawals of those, in order
        rows = [(c, s) for c, s in every if c.uid in mine or (c.kind == "withdraw" and c.target in mine)]
    return event, rows


def actor_history(store: Store, actor_id: str) -> list[tuple[Correction, str]]:
    """The corrections of an actor (confirmed, or the same person as another), with their withdrawals."""
    every = statuses(store, "")
    mine = {c.uid for c, _ in every if c.kind in ACTOR_KINDS and actor_id in (c.target, c.value)}
    return [(c, s) for c, s in every if c.uid in mine or (c.kind == "withdraw" and c.target in mine)]


def history(store: Store, event_id: str) -> str:
    """The corrections that apply to an event, oldest first, and its corrected values beside the machine's."""
    event, rows = event_history(store, event_id)
    state = " (rejected)" if event.rejected else ""
    lines = [f"{event.id}{state}: {event.type} {event.when or 'undated'} {'–'.join(event.countries)}"]
    if not rows:
        lines.append("machine record: no corrections")
    for c, status in rows:
        lines.append(f"{c.id:>4} {c.at} {c.analyst}: {c.describe()} — {c.reason} — {status}")
    for name, change in sorted(event.corrected.items()):
        machine = json.dumps(change["machine"], ensure_ascii=False)
        lines.append(f"  {name}: corrected by {change['by']} (machine: {machine})")
    return "\n".join(lines)
