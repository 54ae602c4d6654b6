"""Why each mention of an event joined it, and why it did not join the nearest other events.

The partition is clustered again exactly as the last relink did; each mention is then scored
against its event without itself (what it shares, and the linker's score), and against the
nearest other events, with the first reason the linker has to keep them apart.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from accord import edtf
from accord.batch import partition_records
from accord.model import Event
from accord.resolve.linking import MentionRecord, cluster_mentions, fit_after
from accord.review.anchors import relocate
from accord.review.apply import active, constraints_of
from accord.review.correct import current_id
from accord.review.corrections import ReviewError
from accord.store import Store

NEAREST = 3


@dataclass
class Joined:
    mention: str
    score: float | None
    shared: dict[str, Any]
    by_analyst: bool
    apart: list[dict[str, Any]] = field(default_factory=list)   # the nearest events it did not join


def explain(store: Store, event_id: str) -> list[Joined]:
    event = store.event(current_id(store, event_id))
    if event is None:
        raise ReviewError(f"no event {event_id!r} in the record (accord events lists them)")
    corrections = active(store.corrections(event.pair))
    records = partition_records(store, event.pair, corrections)
    corrections = relocate(corrections, records)
    constraints = constraints_of(corrections)
    groups = cluster_mentions(records, constraints)
    index = store.mention_index(event.pair)
    mine = {f"{m.doc}#{m.local_id}" for m in event.mentions}
    at = next((i for i, g in enumerate(groups) if {r.key for r in g} & mine), None)
    if at is None:
        raise ReviewError(f"{event_id}: its mentions are no longer in the record; run accord ingest to relink")
    result = []
    for m in groups[at]:
        others = [x for x in groups[at] if x.key != m.key]
        forced = bool(constraints.partners(m.key) & {x.key for x in others})
        joined = Joined(m.key, fit_after(groups, records, m, at) if others else None, _shared(m, others), forced)
        joined.apart = _nearest(groups, records, m, at, index, constraints, lambda ids: _names(store, ids))
        result.append(joined)
    return result


def _shared(m: MentionRecord, others: list[MentionRecord]) -> dict[str, Any]:
    e = m.mention
    return {
        "type": e.type if any(x.mention.type == e.type for x in others) else None,
        "people": sorted(set(e.people) & {p for x in others for p in x.mention.people}),
        "when": e.when if any(_meets(e.when, x.mention.when) for x in others) else None,
        "host": e.host if e.host and any(x.mention.host == e.host for x in others) else None,
        "place": e.place.name if e.place and any(x.mention.place and x.mention.place.name == e.place.name
                                                 for x in others) else None,
        "topics": sorted(set(e.topics) & {t for x in others for t in x.mention.topics}),
        "docs": sorted({x.doc for x in others}),
    }


def _meets(a: str | None, b: str | None) -> bool:
    return bool(a and b) and edtf.intersects(edtf.lenient_interval(a), edtf.lenient_interval(b))


def _names(store: Store, ids: set[str]) -> str:
    return ", ".join(sorted((a.name if (a := store.actor(i)) else i) for i in ids))


def _nearest(groups: list[list[MentionRecord]], records: list[MentionRecord], m: MentionRecord, at: int,
             index: dict[str, str], constraints: Any, names: Callable[[set[str]], str]) -> list[dict[str, Any]]:
    """The events nearest to `m` (same type first, then by date) that it did not join, and why not."""
    def distance(g: list[MentionRecord]) -> tuple[int, int]:
        days = min((_days_apart(m.mention.when, x.mention.when) for x in g), default=10**6)
        return (0 if any(x.mention.type == m.mention.type for x in g) else 1, days)

    candidates = sorted((i for i in range(len(groups)) if i != at and groups[i]), key=lambda i: distance(groups[i]))
    out = []
    for i in candidates[:NEAREST]:
        g = groups[i]
        score = fit_after(groups, records, m, i)
        code, detail = _apart(m, g, constraints, names) if score is None else ("fits_less_well", {})
        out.append({"event": next((index[x.key] for x in g if x.key in index), None), "type": g[0].mention.type,
                    "when": g[0].mention.when, "score": score, "why_not": REASONS[code].format(**detail),
                    "reason": code, "detail": detail})
    return out


# why a mention stays out of an event: code -> the reason in words (the web pages translate the codes)
REASONS = {
    "split_by_analyst": "an analyst split it off",
    "other_type": "another type ({mine} / {theirs})",
    "same_article": "the same article tells both: it kept them apart",
    "dates_apart": "dates apart ({mine} / {theirs})",
    "other_host": "another host ({mine} / {theirs})",
    "no_person_in_common": "no person in common",
    "other_counterpart": "another counterpart ({mine} / {theirs})",
    "other_parent": "another parent visit or subject",
    "fits_less_well": "fits, but less well than the event it joined",
}


def _apart(m: MentionRecord, g: list[MentionRecord], constraints: Any,
           names: Callable[[set[str]], str]) -> tuple[str, dict[str, Any]]:
    """The first reason the linker keeps `m` out of group `g` (the order it checks them in), as a
    code of REASONS and what fills it in."""
    e = m.mention
    if constraints.forbids(m.key, (x.key for x in g)):
        return "split_by_analyst", {}
    if e.type != g[0].mention.type:
        return "other_type", {"mine": e.type, "theirs": g[0].mention.type}
    if m.doc in {x.doc for x in g}:
        return "same_article", {}
    if not any(_meets(e.when, x.mention.when) for x in g if x.mention.when) and e.when:
        return "dates_apart", {"mine": e.when, "theirs": ", ".join(sorted({x.mention.when or "undated" for x in g}))}
    hosts = {x.mention.host for x in g if x.mention.host}
    if e.host and hosts and e.host not in hosts:
        return "other_host", {"mine": e.host, "theirs": ", ".join(sorted(hosts))}
    people = {p for x in g for p in x.mention.people}
    if e.people and people and not set(e.people) & people:
        return "no_person_in_common", {}
    mine, theirs = set(e.people) - people, people - set(e.people)
    if e.type == "meeting" and mine and theirs:
        # the visitor sits in every meeting of a visit: the other side's people tell meetings apart
        return "other_counterpart", {"mine": names(mine), "theirs": names(theirs),
                                     "mine_ids": sorted(mine), "theirs_ids": sorted(theirs)}
    return "other_parent", {}


def _days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 10**5
    (alo, ahi), (blo, bhi) = edtf.lenient_interval(a), edtf.lenient_interval(b)
    if ahi and blo and ahi < blo:
        return (blo - ahi).days
    if bhi and alo and bhi < alo:
        return (alo - bhi).days
    return 0


def render(event: Event, joined: list[Joined], names: dict[str, str]) -> str:
    """The explanation as a reviewer reads it."""
    lines = [f"{event.id}: {event.type} {event.when or 'undated'} {'–'.join(event.countries)}, "
             f"{len(event.mentions)} mention(s)"]
    for j in joined:
        s = j.shared
        how = "joined by an analyst's merge" if j.by_analyst else \
            ("the event formed around it" if j.score is None else f"joined with score {j.score:.2f}")
        lines.append(f"\n{j.mention}: {how}")
        shares = [f"{k} {s[k]}" for k in ("type", "when", "host", "place") if s[k]]
        if s["people"]:
            shares.append("people " + ", ".join(names.get(p, p) for p in s["people"]))
        if s["topics"]:
            shares.append("topics " + ", ".join(s["topics"]))
        if s["docs"]:
            lines.append(f"  shares with {', '.join(s['docs'])}: {'; '.join(shares) or 'nothing stated'}")
        for a in j.apart:
            score = "cannot join" if a["score"] is None else f"score {a['score']:.2f}"
            lines.append(f"  not {a['event']} ({a['type']} {a['when'] or 'undated'}): {score}, {a['why_not']}")
    return "\n".join(lines)
