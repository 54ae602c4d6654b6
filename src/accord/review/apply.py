"""Corrections applied to what linking built: constraints before the clustering, overrides after.

Linking runs as if no analyst existed, except for the must-links and cannot-links that merges
and splits make; then each correction finds its event again by the mentions it was made on
and sets what the analyst set. The machine's value is kept beside the analyst's, so the record
can always tell which is which. A correction whose event has gone (its articles changed or
were re-analysed into other events) is reported, never dropped: it stays in the store and
applies again as soon as its mentions are back.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from accord.model import Event
from accord.resolve.constraints import LinkConstraints
from accord.review.corrections import ACTOR_KINDS, Correction


@dataclass
class Applied:
    """What the corrections of one partition did."""

    links: list[tuple[str, str, str]] = field(default_factory=list)   # commitments analysts added
    orphaned: list[tuple[Correction, str]] = field(default_factory=list)


def active(corrections: list[Correction]) -> list[Correction]:
    """Corrections not withdrawn, oldest first."""
    withdrawn = {c.target for c in corrections if c.kind == "withdraw"}
    return [c for c in corrections if c.kind != "withdraw" and c.uid not in withdrawn]


def constraints_of(corrections: list[Correction]) -> LinkConstraints:
    """Merges as must-links, splits as cannot-links; a later decision wins over an earlier one."""
    constraints = LinkConstraints()
    for c in corrections:
        if c.kind == "merge":
            constraints.join(c.anchors, c.other_anchors)
        elif c.kind == "split" and isinstance(c.value, str):
            constraints.separate([c.value], [a for a in c.other_anchors if a != c.value])
    return constraints


def actor_merges(corrections: list[Correction]) -> dict[str, str]:
    """Actor id -> the id an analyst said is the same person (applied through chains)."""
    merged: dict[str, str] = {}
    for c in corrections:
        if c.kind == "merge_actors" and c.value != c.target:
            merged[c.value] = c.target
    for key in list(merged):
        seen = {key}
        while merged[key] in merged and merged[key] not in seen:
            seen.add(merged[key])
            merged[key] = merged[merged[key]]
    return merged


def resolve(anchors: list[str], target: str, index: dict[str, str]) -> str | None:
    """The event now holding most of the mentions a correction was made on (the one with the
    id it was made on when two hold as many); None when none of them is linked any more."""
    votes = Counter(index[a] for a in anchors if a in index)
    if not votes:
        return None
    top = max(votes.values())
    tied = sorted(e for e, n in votes.items() if n == top)
    return target if target in tied else tied[0]


def mention_index(events: list[Event]) -> dict[str, str]:
    return {f"{m.doc}#{m.local_id}": e.id for e in events for m in e.mentions}


def apply_corrections(events: list[Event], corrections: list[Correction]) -> Applied:
    """Apply the event corrections of one partition to its freshly built events, in order."""
    index = mention_index(events)
    by_id = {e.id: e for e in events}
    applied = Applied()
    for c in corrections:
        if c.kind in ACTOR_KINDS:
            continue
        eid = resolve(c.anchors, c.target, index)
        if eid is None:
            applied.orphaned.append((c, f"event {c.target}: none of its mentions is in the record any more"))
            continue
        problem = _apply_one(by_id[eid], c, by_id, index, applied)
        if problem:
            applied.orphaned.append((c, problem))
    return applied


def _apply_one(event: Event, c: Correction, by_id: dict[str, Event], index: dict[str, str],
               applied: Applied) -> str | None:
    """Apply one correction to its event; a reason when it cannot be applied."""
    if c.kind == "set":
        _record(event, c.field or "", getattr(event, c.field or ""), c)
        setattr(event, c.field or "", _place(c.value, event) if c.field == "place" else c.value)
    elif c.kind in ("add_person", "remove_person"):
        _record(event, "people", list(event.people), c)
        event.people = [p for p in event.people if p != c.value]
        if c.kind == "add_person":
            event.people.append(c.value)
    elif c.kind == "reject":
        _record(event, "rejected", False, c)
        event.rejected = True
    elif c.kind in ("merge", "split"):
        return _check_link(event, c, index)
    elif c.kind in ("part_of", "carried_out"):
        return _relate(event, c, by_id, index, applied)
    return None


def _relate(event: Event, c: Correction, by_id: dict[str, Event], index: dict[str, str],
            applied: Applied) -> str | None:
    other = resolve(c.other_anchors, str(c.value), index) if c.value else None
    if c.value and other is None:
        return f"event {c.value}: none of its mentions is in the record any more"
    if other == event.id:
        return f"{c.kind}: both events are now one ({event.id})"
    if c.kind == "part_of":
        _record(event, "part_of", event.part_of, c)
        event.part_of = other
    else:
        applied.links.append((event.id, other, "carried_out_by"))  # type: ignore[arg-type]
        done = by_id[other]  # type: ignore[index]
        done.fulfils = sorted(set(done.fulfils) | {event.id})
        _record(done, "fulfils", [f for f in done.fulfils if f != event.id], c)
    return None


def _check_link(event: Event, c: Correction, index: dict[str, str]) -> str | None:
    """A merge or split is done by the clustering; say so when the record does not show it."""
    if c.kind == "merge":
        other = resolve(c.other_anchors, str(c.value), index)
        if other is None:
            return f"event {c.value}: none of its mentions is in the record any more"
        return None if other == event.id else f"merge with {c.value}: a later split keeps them apart"
    if c.value not in index:
        return f"mention {c.value}: not in the record any more"
    if index[c.value] == event.id:
        return f"split of {c.value}: a later merge joins it again"
    _record(event, "mentions", None, c)
    return None


def _record(event: Event, name: str, machine: Any, c: Correction) -> None:
    """Keep the machine's value (the first one, before any analyst) and who changed it last."""
    previous = event.corrected.get(name)
    event.corrected[name] = {
        "machine": previous["machine"] if previous else machine, "by": c.analyst, "at": c.at,
        "why": c.reason, "correction": c.uid,
        "corrections": [*(previous or {}).get("corrections", []), c.uid],
    }


def _place(value: str | None, event: Event) -> dict[str, Any] | None:
    return None if value is None else {"name": value, "names": {}, "country": event.host}


def with_analyst_links(events: list[Event], machine: list[tuple[str, str, str]],
                       analyst: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The commitments of a partition: an analyst's link replaces the machine's for that commitment."""
    decided = {a for a, _, _ in analyst}
    by_id = {e.id: e for e in events}
    for a, b, _ in machine:
        if a in decided and (a, b, "carried_out_by") not in analyst:
            by_id[b].fulfils = [f for f in by_id[b].fulfils if f != a]
    kept = [link for link in machine if link[0] not in decided]
    return kept + list(dict.fromkeys(analyst))
