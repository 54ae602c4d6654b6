"""What each page shows, gathered from the store's queries (the same as the command line's)."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from babel.dates import format_skeleton

from accord import edtf
from accord.model import Actor, Document, Event
from accord.outputs import brief as briefing
from accord.store import MATCH_END, MATCH_START, Store
from accord.web import charts
from accord.web.i18n import Reader

PAGE = 50             # events per page of a timeline or an actor's events
CONTEXT = 160         # characters of the article shown around an evidence sentence
PEOPLE_PER_SIDE = 12
IN_FORCE_SHOWN = 20


@dataclass
class MonthGroup:
    label: str
    events: list[Event]


@dataclass
class YearGroup:
    label: str
    months: list[MonthGroup] = field(default_factory=list)


def group_by_month(events: list[Event], reader: Reader) -> list[YearGroup]:
    """Events (already by date) under year and month headings; undated ones last, under one heading."""
    years: list[YearGroup] = []
    undated: list[Event] = []
    for e in events:
        lo, hi = edtf.lenient_interval(e.when)
        day = lo or hi
        if day is None:
            undated.append(e)
            continue
        year = str(day.year)
        if not years or years[-1].label != year:
            years.append(YearGroup(year))
        # a date known only to the year stands under its year, not under January
        whole_year = lo and hi and (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31) and lo.year == hi.year
        month = "" if whole_year else reader.month(day.year, day.month)
        if not years[-1].months or years[-1].months[-1].label != month:
            years[-1].months.append(MonthGroup(month, []))
        years[-1].months[-1].events.append(e)
    if undated:
        years.append(YearGroup(reader.gettext("undated"), [MonthGroup("", undated)]))
    return years


def bin_labels(time: charts.Axis, reader: Reader) -> dict[str, str]:
    if not time.monthly:
        return {b: b for b in time.bins}
    return {b: format_skeleton("MMMyy", date(int(b[:4]), int(b[5:]), 1), locale=reader.locale) for b in time.bins}


@dataclass
class Relationship:
    a: str
    b: str
    pair: str
    total: int
    page: int
    pages: int
    years: list[YearGroup]
    contacts: charts.Chart
    topics: charts.Chart
    in_force: list[Event]
    brief: briefing.Brief
    sides: list[tuple[str, list[tuple[str, int]]]]    # (country, [(actor id, events)])
    actors: dict[str, Actor | None]


def relationship(store: Store, reader: Reader, a: str, b: str, pair: str, page: int,
                 type_labels: dict[str, str], topic_labels: dict[str, str]) -> Relationship:
    every = store.timeline(a, b)   # one pair: hundreds of events even in a store of a million
    pages = max(1, -(-len(every) // PAGE))
    page = min(max(page, 1), pages)
    shown = every[(page - 1) * PAGE: page * PAGE]
    built = briefing.build(a, b, every, store.commitments(pair))
    in_force = sorted((e for e in every if e.type in ("agreement", "measure")), key=briefing.start_day,
                      reverse=True)[:IN_FORCE_SHOWN]
    people = Counter(p for e in every for p in e.people)
    actors: dict[str, Actor | None] = {}

    def look(pid: str) -> Actor | None:
        if pid not in actors:
            actors[pid] = store.actor(pid)
        return actors[pid]

    by_side: dict[str, list[tuple[str, int]]] = {a: [], b: []}
    for pid, n in people.most_common(PEOPLE_PER_SIDE * 6):   # the most frequent, not every participant
        actor = look(pid)
        side = (actor.country or "").upper() if actor else ""
        if side in by_side and len(by_side[side]) < PEOPLE_PER_SIDE:
            by_side[side].append((pid, n))
        if all(len(v) >= PEOPLE_PER_SIDE for v in by_side.values()):
            break
    for e in [*shown, *in_force, *built.still_open, *(x for pair_ in built.carried_out for x in pair_[:2])]:
        for pid in e.people:
            look(pid)
    time = charts.Axis.of(every)
    labels_ = bin_labels(time, reader)
    return Relationship(a, b, pair, len(every), page, pages, group_by_month(shown, reader),
                        charts.contacts(every, time, type_labels, labels_),
                        charts.topics(every, time, topic_labels, labels_),
                        in_force, built, [(a, by_side[a]), (b, by_side[b])], actors)


@dataclass
class Evidence:
    doc: str
    lang: str
    document: Document | None
    before: str
    text: str
    after: str


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    before = text[max(0, start - CONTEXT):start]
    after = text[end:end + CONTEXT]
    if start > CONTEXT and " " in before:
        before = "…" + before.split(" ", 1)[1]
    if end + CONTEXT < len(text) and " " in after:
        after = after.rsplit(" ", 1)[0] + "…"
    return before, after


def evidence(store: Store, event: Event) -> list[Evidence]:
    """Each source of an event with its evidence sentence in its place in the article."""
    documents: dict[str, Document | None] = {}
    out = []
    for m in event.mentions:
        if m.doc not in documents:
            documents[m.doc] = store.document(m.doc)
        doc = documents[m.doc]
        before = after = ""
        if doc is not None and doc.text[m.start:m.end] == m.text:
            before, after = _around(doc.text, m.start, m.end)
        out.append(Evidence(m.doc, m.lang or (doc.lang if doc else ""), doc, before, m.text, after))
    return out


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet as (text, matched) runs, so the template escapes the text and marks the matches."""
    parts: list[tuple[str, bool]] = []
    rest = snippet
    while MATCH_START in rest:
        before, _, tail = rest.partition(MATCH_START)
        match, _, rest = tail.partition(MATCH_END)
        if before:
            parts.append((before, False))
        parts.append((match, True))
    if rest:
        parts.append((rest, False))
    return parts


def memberships(registry: Any, actor_id: str, reader: Reader) -> list[dict[str, str]]:
    """The actor's roles over time from the registry, latest first, organisation in the reader's script."""
    rows = []
    for m in registry.memberships_of(actor_id):
        org = registry.actor(m.organization_id)
        rows.append({"role": m.role or "", "org": reader.name(org, m.organization_id),
                     "start": reader.when(m.start_date) if m.start_date else "",
                     "end": reader.when(m.end_date) if m.end_date else "", "sort": m.start_date or ""})
    return sorted(rows, key=lambda r: r["sort"], reverse=True)
