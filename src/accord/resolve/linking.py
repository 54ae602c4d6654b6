"""Event mentions of many articles → real-world events.

Linking runs per partition (a country pair) in a canonical order: the result
does not depend on the order articles arrived in, and a later article that
brings the missing piece re-links without duplicating anything.

A mention can only join an event through a member it *reaches*: the same type,
day intervals that meet once open ends are bounded around the publication date
(`reach`), and no two disjoint sets of people. Mentions that cannot reach each
other, directly or through others or through their own article, never
influence each other's events, so linking the connected part of a partition
that new articles touch gives exactly what linking the whole partition gives.

Precise mentions come first and found events; vague ones («the recent visit
to Astana», a year, an open interval) then join the event they recall. Two
mentions of one article are never merged: the article kept them apart.
"""
from __future__ import annotations

import bisect
import hashlib
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache

from accord import edtf
from accord.model import Event, EventMention, EventSource, PlaceMention
from accord.resolve.constraints import LinkConstraints

_TYPE_ORDER = {"visit": 0, "meeting": 1, "agreement": 2, "measure": 3, "proposal": 4, "ceremony": 5}


@dataclass
class MentionRecord:
    """One event mention of one stored article, people already actor ids."""

    doc: str
    lang: str
    published: str | None
    mention: EventMention
    duplicate: bool = False       # from a syndicated copy: evidence only, never a new event
    # the days it reaches, kept once computed: linking asks for it at every candidate
    span: tuple[date, date] | None = field(default=None, compare=False, repr=False)

    @cached_property
    def key(self) -> str:  # (asked for at every step of linking: made once)
        return f"{self.doc}#{self.mention.id}"

    @cached_property
    def parent_key(self) -> str | None:
        """The key of the mention of its article it is part of (a meeting's visit)."""
        return f"{self.doc}#{self.mention.part_of}" if self.mention.part_of else None


@dataclass
class _Cluster:
    members: list[MentionRecord] = field(default_factory=list)
    lo: object = None
    hi: object = None
    # What `_score` reads of all the members, gathered once per member: a mention is scored against
    # a cluster at every step of the walk that reaches it, and a large pair's events have hundreds of
    # members. Members are only ever appended (a cluster grows as the walk goes), so the members
    # gathered so far stay gathered. Read them through `docs()`, `people()`, ...; never change them.
    _gathered: int = field(default=0, compare=False, repr=False)
    _docs: set[str] = field(default_factory=set, compare=False, repr=False)
    _people: set[str] = field(default_factory=set, compare=False, repr=False)
    _topics: set[str] = field(default_factory=set, compare=False, repr=False)
    _hosts: set[str] = field(default_factory=set, compare=False, repr=False)
    _placed: int = field(default=0, compare=False, repr=False)
    _places: set[str] = field(default_factory=set, compare=False, repr=False)
    # (the counterparts as one placement reads them: a weak reference to it, so that a placement holding
    # its clusters makes no reference cycle)
    _seated_by: object = field(default=None, compare=False, repr=False)
    _seated: int = field(default=0, compare=False, repr=False)
    _counterparts: set[str] = field(default_factory=set, compare=False, repr=False)
    _tested: dict = field(default_factory=dict, compare=False, repr=False)

    def _gather(self) -> None:
        members = self.members
        if self._gathered == len(members):
            return
        for x in members[self._gathered:]:
            e = x.mention
            self._docs.add(x.doc)
            self._people.update(e.people)
            self._topics.update(e.topics)
            if e.host:
                self._hosts.add(e.host)
        self._gathered = len(members)

    def docs(self) -> set[str]:
        """The articles of its members."""
        self._gather()
        return self._docs

    def people(self) -> set[str]:
        """Everyone its members name."""
        self._gather()
        return self._people

    def topics(self) -> set[str]:
        self._gather()
        return self._topics

    def hosts(self) -> set[str]:
        """The hosts its members name (those naming one)."""
        self._gather()
        return self._hosts

    def counterparts(self, placed: "_Placed") -> set[str]:
        """`placed.counterparts` of every member, together."""
        if self._seated_by is None or self._seated_by() is not placed:  # type: ignore[operator]
            self._seated_by, self._seated, self._counterparts = weakref.ref(placed), 0, set()
        members = self.members
        for x in members[self._seated:]:
            self._counterparts.update(placed.counterparts(x))
        self._seated = len(members)
        return self._counterparts

    def all_members(self, test: Callable[[MentionRecord], bool]) -> bool:
        """Whether `test` holds for every member. Once it fails for one it fails for good, and where it
        holds the members tested are not tested again (members are only appended)."""
        upto = self._tested.get(test, 0)
        if upto < 0:
            return False
        members = self.members
        for i in range(upto, len(members)):
            if not test(members[i]):
                self._tested[test] = -1
                return False
        self._tested[test] = len(members)
        return True

    def place_keys(self) -> set[str]:
        """`_place_key` of the places its members name (those naming one)."""
        members = self.members
        if self._placed < len(members):
            self._places.update(_place_key(x.mention.place, x.lang) for x in members[self._placed:] if x.mention.place)
            self._placed = len(members)
        return self._places


_interval = edtf.lenient_interval


def _width(m: MentionRecord) -> int:
    w = edtf.precision_days(m.mention.when) if m.mention.when else None
    return w if w is not None else 10**6


def _vague(m: MentionRecord) -> bool:
    lo, hi = _interval(m.mention.when)
    return lo is None or hi is None


def _defaulted(m: MentionRecord) -> bool:
    """The mention carries the date an undated news event gets (its publication month up to the day)."""
    return bool(m.published) and m.mention.when == edtf.undated_news(_day(m.published))  # type: ignore[arg-type]


def _approximate(m: MentionRecord) -> bool:
    """Dated only roughly («полгода назад», «six months ago»: EDTF's `~`)."""
    return "~" in (m.mention.when or "")


def _days(m: MentionRecord) -> tuple:
    """The days `m` may have happened on: its interval, and for a rough date counted back from the
    publication day, also the days within half that distance of it (half a year back from October may be
    February: one counts the months, the other names them)."""
    lo, hi = _interval(m.mention.when)
    if not _approximate(m) or lo is None or hi is None or not m.published:
        return lo, hi
    slack = timedelta(days=max(0, (_day(m.published) - hi).days) // 2)
    return lo - slack, hi + slack


def canonical_key(m: MentionRecord) -> tuple:
    """Where `m` comes in the walk linking takes: precise before vague, a copy's mentions last."""
    return (m.duplicate, _vague(m), _TYPE_ORDER.get(m.mention.type, 9), _width(m), m.doc, m.mention.id)


def _canonical(records: list[MentionRecord]) -> list[MentionRecord]:
    return sorted(records, key=canonical_key)


class _Placed:
    """Where each mention went, so children can be compared through their parents."""

    def __init__(self, records: list[MentionRecord]) -> None:
        self.by_key = {r.key: r for r in records}
        self.by_doc: dict[str, list[MentionRecord]] = {}
        for r in records:
            self.by_doc.setdefault(r.doc, []).append(r)
        self.cluster: dict[str, _Cluster] = {}
        self._counterparts: dict[str, frozenset[str]] = {}

    def parent(self, m: MentionRecord) -> MentionRecord | None:
        key = m.parent_key
        return self.by_key.get(key) if key else None

    def parent_cluster(self, m: MentionRecord) -> _Cluster | None:
        p = self.parent(m)
        return self.cluster.get(p.key) if p else None

    def counterparts(self, m: MentionRecord) -> frozenset[str]:
        """People of a meeting besides the delegation whose visit it is part of."""
        # (kept once found: asked for every member of every meeting cluster scored; a parent is read
        # with its article, so one that is found stays the same)
        kept = self._counterparts.get(m.key)
        if kept is not None:
            return kept
        p = self.parent(m)
        if p is None:
            return frozenset(m.mention.people)
        out = self._counterparts[m.key] = frozenset(m.mention.people).difference(p.mention.people)
        return out


# Reports of one visit dated this many days apart (arrival, last day, publication default) are one visit.
VISIT_SLACK_DAYS = 3

# A mention open at one end («the recent visit», «until March») reaches this far from its other end, or
# from its article's publication day: a recall names an event of the past year, an announcement one of
# the next, never one of ten years ago.
REACH_BACK_DAYS = 366
REACH_AHEAD_DAYS = 366
UNBOUNDED = (date.min, date.max)


def reach(m: MentionRecord) -> tuple[date, date]:
    """The days `m` can share with an event it joins: its interval, open ends bounded, widened by the
    slack between the days one visit is reported on."""
    lo, hi = _days(m)
    published = _day(m.published) if m.published else None
    if lo is None:
        base = hi or published
        lo = base - timedelta(days=REACH_BACK_DAYS) if base else None
    if hi is None:
        base = _interval(m.mention.when)[0] or published
        hi = base + timedelta(days=REACH_AHEAD_DAYS) if base else None
    if lo is None or hi is None:
        return UNBOUNDED  # no date and no publication day: it may be anything of its type
    slack = timedelta(days=VISIT_SLACK_DAYS)
    return (lo - slack if lo > date.min + slack else date.min), (hi + slack if hi < date.max - slack else date.max)


# Widths (days) of the reach classes the store indexes: a query for the mentions reaching a day range
# reads, per class, only the first days that can be that close. The last class has no bound.
REACH_CLASS_DAYS = (70, 400, 800)


def reach_class(span: tuple[date, date]) -> int:
    if span[0] == date.min or span[1] == date.max:
        return len(REACH_CLASS_DAYS)
    width = (span[1] - span[0]).days + 1
    for i, days in enumerate(REACH_CLASS_DAYS):  # (a loop, not a generator: asked for every mention read)
        if width <= days:
            return i
    return len(REACH_CLASS_DAYS)


def _compatible_people(a: MentionRecord, b: MentionRecord) -> bool:
    if not (a.mention.people and b.mention.people and not set(a.mention.people) & set(b.mention.people)):
        return True
    return a.mention.type == b.mention.type == "visit" and a.mention.host is not None \
        and a.mention.host == b.mention.host and (_provisional(a.mention.people) or _provisional(b.mention.people))


def _provisional(people: Iterable[str]) -> bool:
    """Only people the registry does not know: a name form it could not place («Mike» for «Michael», a
    transliteration), or a word taken for a name: they cannot tell one visit from another."""
    people = list(people)
    return bool(people) and all(p.startswith("prov-") for p in people)


def _unknown_visitors(m: MentionRecord, c: _Cluster, people: set[str]) -> bool:
    """A visit to the same host whose visitors one side names only by names the registry does not know."""
    e = m.mention
    # (a report that names no host does not say it went elsewhere: the hosts the members name, gathered once)
    return e.type == "visit" and e.host is not None and c.hosts() <= {e.host} \
        and (_provisional(e.people) or _provisional(people))


def reaches(a: MentionRecord, b: MentionRecord) -> bool:
    """Whether `a` can join an event through `b` (symmetric)."""
    if a.mention.type != b.mention.type or not _compatible_people(a, b):
        return False
    (alo, ahi), (blo, bhi) = reach(a), reach(b)
    return alo <= bhi and blo <= ahi


def _score(c: _Cluster, m: MentionRecord, placed: _Placed) -> float | None:
    """How well `m` fits cluster `c`; None when it cannot be the same event."""
    e = m.mention
    first = c.members[0].mention
    if e.type != first.type or m.doc in c.docs():
        return None
    # children of two different visits are two events; of one visit, likely the same
    mine = placed.parent_cluster(m)
    # (whether the members have parents placed, and one in `mine`: asked only when `m` has one)
    theirs = same_parent = False
    if mine is not None:
        for x in c.members:
            pc = placed.parent_cluster(x)
            if pc is not None:
                theirs = True
                if pc is mine:
                    same_parent = True
                    break
    lo, hi = _days(m)
    people = c.people()
    # the same two sides at one table within the same few days: one talk, whatever visit or host an
    # outlet placed it in (a wrong direction of the visit, a palace named for the wrong capital)
    same_talks = _same_talks(m, c, people, placed)
    if mine is not None and theirs and not same_parent and not same_talks:
        return None
    # within one visit, a part its article left undated (GOLD.md's default: the month up to the
    # publication day) may well be the part another article dates: the article gives no date to clash
    undated = same_parent and (_defaulted(m) or c.all_members(_defaulted))
    if not undated and not edtf.intersects((lo, hi), (c.lo, c.hi)):  # type: ignore[arg-type]
        # a visit lasts days: one outlet dates its arrival, another its last day, a third leaves it at
        # the publication default; the same visitor within a few days is the same visit
        gap = _gap_days((lo, hi), (c.lo, c.hi))
        # (a report naming no visitor cannot tell its visit from another's: the host must tell)
        same_visitor = bool(set(e.people) & people) or _unknown_visitors(m, c, people) or (
            (not e.people or not people) and e.host is not None and all(x.mention.host == e.host for x in c.members))
        if not (e.type == "visit" and same_visitor and gap <= VISIT_SLACK_DAYS) \
                and not _next_day(m, c, gap, people):
            return None
    hosts = c.hosts()
    if e.host and hosts and e.host not in hosts and not same_talks:
        return None
    topics = c.topics()
    # (every term added to the score has its largest value in `score_bound`)
    score = 1.0 + (2.0 if same_parent else 0.0)
    if e.type == "meeting":
        # the visiting delegation sits in every meeting of its visit: the counterpart tells them apart
        mine_cp = placed.counterparts(m)
        theirs_cp = c.counterparts(placed)
        if mine_cp and theirs_cp and not (mine_cp & theirs_cp) and not same_talks:
            return None
        score += len(mine_cp & theirs_cp)
        if mine_cp:
            # «met the Prime Minister and the President»: of two talks that both seat this counterpart, the
            # one with no other counterpart is this one
            score -= EXTRA_COUNTERPART_COST * len(theirs_cp - mine_cp)
    if e.people and people:
        shared = len(set(e.people) & people)
        if not shared and not _unknown_visitors(m, c, people):
            return None
        score += shared
    elif e.type == "meeting" and (e.people or people) and not _vague(m):
        # a dated meeting with named people and one without anyone: only when the date is exact, or
        # when one side is an undated report (GOLD.md's default period), which gives no date to clash
        undated_side = _defaulted(m) or c.all_members(_defaulted)
        if edtf.precision_days(e.when) not in (1,) and not c.all_members(_vague) \
                and not undated_side:
            return None
    if e.type in ("measure", "proposal", "agreement"):
        # the same thing signed or proposed: a shared topic, or neither source says what it is about
        # (then the same parent visit, or a date both give)
        shared_topics = set(e.topics) & topics
        # (within one visit, a source silent on the subject does not contradict one that names it)
        untopical = (not e.topics and not topics and (same_parent or not _vague(m))) or \
            (same_parent and (not e.topics or not topics))
        # or told as happening on one day, or (a plan) at one place in one period, on both sides
        same_day = edtf.precision_days(e.when) == 1 and any(x.mention.when == e.when for x in c.members)
        same_plan = e.type == "proposal" and e.host is not None and hosts == {e.host} and not _vague(m) \
            and all(not _vague(x) for x in c.members)
        # an undated invitation or plan to go to the same country, reported within a month on both sides
        same_invitation = e.type == "proposal" and e.when is None and e.host is not None and hosts == {e.host} \
            and all(x.mention.when is None for x in c.members) and _within_days(m, c, 31)
        if not shared_topics and not untopical and not same_parent and not same_day and not same_plan \
                and not same_invitation:
            return None
        score += len(shared_topics) * 0.5
    if e.type == "ceremony" and not same_parent:
        # two ceremonies outside one shared visit: the same only at the same place (as written)
        places = c.place_keys()
        if e.place and places and _place_key(e.place, m.lang) not in places:
            return None
    if e.place:
        if _place_key(e.place, m.lang) in c.place_keys():
            score += 0.5
    # a vague mention recalls the most recent fitting event before its article
    if c.hi is not None and m.published:
        score += 1.0 / (1 + abs((_day(m.published) - c.hi).days) / 30)  # type: ignore[operator]
    if _better_sibling(c, m, people, placed):
        return None
    return score + _reported_by(c)


# Of two events a mention fits alike, the one more articles report: a second mention one article made of
# its event (a word taken for a visit, a signing told twice) founds an event no other outlet confirms.
# Small enough to only break ties: below EXTRA_COUNTERPART_COST however many articles report it.
REPORTED_BY_WEIGHT = 0.0001
REPORTED_BY_CAP = 9


def _reported_by(c: _Cluster) -> float:
    # counted up to the cap only (the cluster's articles are gathered once: see `_Cluster`)
    return REPORTED_BY_WEIGHT * min(len(c.docs()), REPORTED_BY_CAP)


# What a counterpart the cluster seats and the mention does not name takes off a meeting's score: little, so
# it only chooses between talks that fit alike.
EXTRA_COUNTERPART_COST = 0.001


# scores are sums of a few floats: a bound summed in another order may differ in the last bits
SCORE_EPSILON = 1e-9


def score_bound(m: MentionRecord, c: _Cluster, placed: _Placed) -> float:
    """The most `_score` can give `m` against `c`: each of its terms at its largest. (A term added to
    `_score` must be added here: the replay skips the clusters whose bound cannot win.)"""
    return cluster_bound(m, c, mention_bound(m, placed))


def mention_bound(m: MentionRecord, placed: _Placed) -> float:
    """The terms of `score_bound` that depend on `m` alone: the same for every cluster it may join."""
    e = m.mention
    bound = 1.0 + (2.0 if placed.parent_cluster(m) is not None else 0.0) + len(set(e.people))
    if e.type == "meeting":
        bound += len(placed.counterparts(m))
    if e.type in ("measure", "proposal", "agreement"):
        bound += 0.5 * len(set(e.topics))
    if e.place:
        bound += 0.5
    return bound


def cluster_bound(m: MentionRecord, c: _Cluster, bound: float) -> float:
    """`score_bound` of `m` against `c`, given `mention_bound(m, ...)` (the terms added in the same
    order: the same float)."""
    if c.hi is not None and m.published:
        bound += 1.0 / (1 + abs((_day(m.published) - c.hi).days) / 30)  # type: ignore[operator]
    return bound + _reported_by(c)


def _better_sibling(c: _Cluster, m: MentionRecord, people: set[str], placed: _Placed) -> bool:
    """Whether another mention of `m`'s article, of its type and parent and still to be placed, names
    more of the cluster's people and fits it too: an article gives one event a place once, and «the
    welcome ceremony for the President» should not take the place of «the President met Macron»."""
    e = m.mention
    if e.type != "meeting" or not people:  # (what tells signings apart is what they are about)
        return False
    mine = len(set(e.people) & people)
    for x in placed.by_doc.get(m.doc, ()):
        o = x.mention
        if x is m or o.type != e.type or o.part_of != e.part_of or x.key in placed.cluster \
                or x.duplicate != m.duplicate or len(set(o.people) & people) <= mine:
            continue
        if any(reaches(x, y) for y in c.members) and _score(c, x, placed) is not None:
            return True
    return False


# Talks dated to within this many days are dated precisely enough to tell one round of talks from another.
TALKS_PRECISION_DAYS = 7


def _same_talks(m: MentionRecord, c: _Cluster, people: set[str], placed: _Placed) -> bool:
    """A meeting of at least two people the cluster names, one of them a counterpart on both sides (not
    only members of one delegation, which sits in every meeting of its visit), dated to the same few
    days on both sides (or a day apart)."""
    e = m.mention
    shared = set(e.people) & people
    if e.type != "meeting" or len(shared) < 2 or c.lo is None or c.hi is None:
        return False
    if not (placed.counterparts(m) & shared) \
            or not any(placed.counterparts(x) & shared for x in c.members):
        return False
    lo, hi = _interval(e.when)
    width = edtf.precision_days(e.when) if e.when else None
    if lo is None or hi is None or width is None or width > TALKS_PRECISION_DAYS or _defaulted(m):
        return False
    # (one outlet's day and the next morning's: see NEXT_DAY_SLACK)
    return (c.hi - c.lo).days < TALKS_PRECISION_DAYS and _gap_days((lo, hi), (c.lo, c.hi)) <= NEXT_DAY_SLACK  # type: ignore[operator]


# One outlet dates a talk or a signing by its day, another (publishing the next morning) by the day after.
NEXT_DAY_SLACK = 1


def _next_day(m: MentionRecord, c: _Cluster, gap: int, people: set[str]) -> bool:
    """A day-dated mention one day off a day-dated cluster, with no named people to tell them apart."""
    e = m.mention
    if e.type == "visit" or gap > NEXT_DAY_SLACK or edtf.precision_days(e.when) != 1:
        return False
    if c.lo is None or c.hi is None or (c.hi - c.lo).days != 0:  # type: ignore[operator]
        return False
    return not (e.people and people) or bool(set(e.people) & people)


def _within_days(m: MentionRecord, c: _Cluster, days: int) -> bool:
    """Every article of the cluster was published within `days` of `m`'s."""
    if not m.published or any(not x.published for x in c.members):
        return False
    mine = _day(m.published)
    return all(abs((_day(x.published) - mine).days) <= days for x in c.members)  # type: ignore[arg-type,operator]


def _place_key(p: PlaceMention | None, lang: str) -> str:
    """One key for a place in any script: «الرباط», «Рабат» and «Rabat» are one city, «Ақорда» and
    «Akorda» one building (its English name where the gazetteer knows it, else the name as written)."""
    if not p:
        return ""
    return _place_key_of(lang, p.name or p.text, p.kind, p.country)


@lru_cache(maxsize=4096)
def _place_key_of(lang: str, name: str, kind: str, country: str | None) -> str:
    from accord.names.gazetteer import place_names

    return (dict(place_names(lang, name, kind, country)).get("en") or name).casefold()


@lru_cache(maxsize=4096)
def _day(iso: str):  # noqa: ANN202 — a date
    return edtf.single_bounds(iso[:10])[0]


def _gap_days(a: tuple, b: tuple) -> int:
    """Days between two disjoint intervals (0 when they meet or an end is open)."""
    (alo, ahi), (blo, bhi) = a, b
    if ahi is not None and blo is not None and ahi < blo:
        return (blo - ahi).days
    if bhi is not None and alo is not None and bhi < alo:
        return (alo - bhi).days
    return 0


def _narrow(c: _Cluster, m: MentionRecord) -> None:
    if _approximate(m) and c.members[0] is not m:
        return  # a rough date tells nothing of the days a dated report gives
    lo, hi = _interval(m.mention.when)
    if not edtf.intersects((lo, hi), (c.lo, c.hi)):  # type: ignore[arg-type]
        if m.mention.type == "visit" and not _defaulted(m):
            # two days of one visit: the cluster spans both
            c.lo = min(x for x in (lo, c.lo) if x is not None) if lo and c.lo else None
            c.hi = max(x for x in (hi, c.hi) if x is not None) if hi and c.hi else None
        return  # an undated part joined through its visit: the cluster keeps the dates it was given
    if lo is not None and (c.lo is None or lo > c.lo):  # type: ignore[operator]
        c.lo = lo
    if hi is not None and (c.hi is None or hi < c.hi):  # type: ignore[operator]
        c.hi = hi


def _bound_cluster(m: MentionRecord, placed: _Placed, constraints: LinkConstraints) -> _Cluster | None:
    """The cluster an analyst's merge binds `m` to, once one of its partners is placed there."""
    for key in sorted(constraints.partners(m.key)):
        c = placed.cluster.get(key)
        if c is not None and not constraints.forbids(m.key, (x.key for x in c.members)):
            return c
    return None


def _cluster_constrained(records: list[MentionRecord], constraints: LinkConstraints) -> list[list[MentionRecord]]:
    """`cluster_mentions` under an analyst's constraints, scanning every cluster of the partition."""
    clusters: list[_Cluster] = []
    placed = _Placed(records)
    for m in _canonical(records):
        best, best_score = (_bound_cluster(m, placed, constraints) if constraints.must else None), 0.0
        for c in clusters if best is None else ():
            if constraints.cannot and constraints.forbids(m.key, (x.key for x in c.members)):
                continue
            s = _score(c, m, placed)
            if s is not None and s > best_score:
                best, best_score = c, s
        if best is None:
            if m.duplicate:
                continue
            best = _Cluster()
            clusters.append(best)
        best.members.append(m)
        placed.cluster[m.key] = best
        _narrow(best, m)
    return [c.members for c in clusters]


def reach_of(m: MentionRecord) -> tuple[date, date]:
    """`reach(m)`, computed once per record."""
    if m.span is None:
        m.span = reach(m)
    return m.span


class _Reachable:
    """The clusters a mention can reach through one of their members (the members found by
    `_SpanIndex`, as the replay finds them)."""

    def __init__(self) -> None:
        self.index = _SpanIndex()
        self.cluster: dict[str, tuple[MentionRecord, int]] = {}

    def add(self, m: MentionRecord, cluster: int) -> None:
        self.cluster[m.key] = (m, cluster)
        self.index.add(m.key, m.mention.type, reach_of(m))

    def clusters(self, m: MentionRecord) -> set[int]:
        """Indexes of the clusters with a member `m` reaches."""
        found: set[int] = set()
        for k in self.index.meeting(m.mention.type, reach_of(m)):
            x, c = self.cluster[k]
            # (a cluster found once is not checked again)
            if c not in found and _compatible_people(m, x):
                found.add(c)
        return found


class _SpanIndex:
    """Mention keys by type and the days they reach, each kept once, apart by how many days it reaches
    (`linking.REACH_CLASS_DAYS`, as the store's index), in a list sorted by first day: a mention of a
    class that reaches a span starts at most that many days before it, so `meeting` takes one slice
    of each list, found by bisection. Unbounded and wider mentions sit apart and are read always."""

    def __init__(self) -> None:
        # type → per class, (first day, last day, key) sorted; days as ordinals
        self.starts: dict[str, list[list[tuple[int, int, str]]]] = {}
        self.wide: dict[str, list[tuple[int, int, str]]] = {}
        self.keys: set[str] = set()

    def add(self, key: str, etype: str, span: tuple[date, date]) -> None:
        if key in self.keys:
            return
        self.keys.add(key)
        entry = (span[0].toordinal(), span[1].toordinal(), key)
        cls = reach_class(span)
        if cls == len(REACH_CLASS_DAYS):
            self.wide.setdefault(etype, []).append(entry)
            return
        classes = self.starts.setdefault(etype, [[] for _ in REACH_CLASS_DAYS])
        bisect.insort(classes[cls], entry)

    def meeting(self, etype: str, span: tuple[date, date]) -> list[str]:
        """The keys of `etype` whose days meet `span`."""
        lo, hi = span[0].toordinal(), span[1].toordinal()
        out = [k for klo, khi, k in self.wide.get(etype, ()) if klo <= hi and lo <= khi]
        for entries, days in zip(self.starts.get(etype, ()), REACH_CLASS_DAYS):
            if not entries:
                continue
            first = bisect.bisect_left(entries, (lo - days,))
            inside = bisect.bisect_left(entries, (lo,), first)
            last = bisect.bisect_left(entries, (hi + 1,), inside)
            # (those starting before the span meet it when they end in it; the others start in it)
            out += [k for _, khi, k in entries[first:inside] if khi >= lo]
            out += [k for _, _, k in entries[inside:last]]
        return out


def cluster_mentions(records: Iterable[MentionRecord],
                     constraints: LinkConstraints | None = None) -> list[list[MentionRecord]]:
    """Groups of mentions that tell one real-world event, in a canonical order.

    A mention is scored only against the clusters it reaches (and those of its parent's siblings),
    so the cost grows with the neighbourhood of a mention, not with the partition. An analyst's
    `constraints` (a corrected partition) are obeyed by a scan of every cluster instead: a must-link
    joins whatever the score says, a cannot-link never joins.
    """
    records = list(records)
    if constraints is not None and (constraints.must or constraints.cannot):
        return _cluster_constrained(records, constraints)
    clusters: list[_Cluster] = []
    placed = _Placed(records)
    index = _Reachable()
    by_parent: dict[int, set[int]] = {}   # id of a parent cluster → clusters of its children
    position: dict[int, int] = {}          # id of a cluster → its index
    for m in _canonical(records):
        mine = placed.parent_cluster(m)
        candidates = index.clusters(m) | (by_parent.get(id(mine), set()) if mine is not None else set())
        best, best_score = None, 0.0
        for i in sorted(candidates):
            s = _score(clusters[i], m, placed)
            if s is not None and s > best_score:
                best, best_score = clusters[i], s
        if best is None:
            if m.duplicate:
                continue
            best = _Cluster()
            position[id(best)] = len(clusters)
            clusters.append(best)
        best.members.append(m)
        placed.cluster[m.key] = best
        index.add(m, position[id(best)])
        if mine is not None:
            by_parent.setdefault(id(mine), set()).add(position[id(best)])
        _narrow(best, m)
    return [c.members for c in clusters]


def _event_id(pair: str, members: list[MentionRecord]) -> str:
    """Stable for one set of mentions in one partition: the partition is part of it, so an article
    whose new version moves a mention to another pair never meets its old event's id there."""
    anchor = min(m.key for m in members if not m.duplicate) if any(not m.duplicate for m in members) \
        else min(m.key for m in members)
    return "ev-" + hashlib.sha1(f"{pair}|{anchor}".encode("utf-8")).hexdigest()[:12]


def _best_when(members: list[MentionRecord]) -> str | None:
    """The most precise date that every source agrees with; a start with no end («arrives on the
    25th», «from 4 November») ends by the first day a report told the event undated, as news: it
    had happened by then (GOLD.md's default period ends on the publication day)."""
    when = _agreed_when(members)
    lo, hi = _interval(when) if when else (None, None)
    if lo is None or hi is not None:
        return when
    told = [_day(m.published) for m in members if _defaulted(m) and _day(m.published) >= lo]  # type: ignore[arg-type]
    return edtf.span(lo, min(told)) if told else when


def _agreed_when(members: list[MentionRecord]) -> str | None:
    values = [m.mention.when for m in members if m.mention.when]
    stated = [m.mention.when for m in members if m.mention.when and not _defaulted(m) and not _approximate(m)] \
        or [m.mention.when for m in members if m.mention.when and not _defaulted(m)]
    if stated:
        # a source that dates the event outweighs one that left it undated (GOLD.md's month default)
        values = stated
    elif values:
        # none dates it: the first report is the nearest to the event
        first = min((m for m in members if m.mention.when), key=lambda m: (m.published or "9999", m.key))
        values = [v for v in values if edtf.intersects(_interval(v), _interval(first.mention.when))]
    if not values:
        return None
    intervals = [(v, _interval(v)) for v in values]
    for v, iv in sorted(intervals, key=lambda x: (edtf.precision_days(x[0]) or 10**6, x[0])):
        if all(edtf.within(iv, other) for _, other in intervals):
            return v
    lo = max((iv[0] for _, iv in intervals if iv[0]), default=None)
    hi = min((iv[1] for _, iv in intervals if iv[1]), default=None)
    if lo and hi and lo > hi:
        # sources disagree: the date most of them give; outlets a day apart with no majority: the text
        # cannot tell which is right, and the later day measured better on the gold sets
        counts = {v: values.count(v) for v in values}
        top = max(counts.values())
        leaders = sorted(v for v, n in counts.items() if n == top)
        if len(leaders) == 1:
            return leaders[0]
        if all(edtf.precision_days(v) == 1 for v in leaders) \
                and _gap_days(_interval(leaders[0]), _interval(leaders[-1])) <= NEXT_DAY_SLACK:
            return leaders[-1]
        return sorted(values, key=lambda v: edtf.precision_days(v) or 10**6)[0]
    return edtf.span(lo, hi)


def _stray_people(members: list[MentionRecord]) -> set[str]:
    """People of a visit that only a minority of its reports name, by names the registry does not know,
    sharing no one with the others (see `_unknown_visitors`): most likely a word or a host taken for a
    visitor, or a name form the majority names otherwise; the event keeps the majority's visitors."""
    named = [m for m in members if m.mention.people and m.mention.type == "visit"]
    groups: list[tuple[set[str], int]] = []
    for m in named:
        mine, count = set(m.mention.people), 1
        for g in [g for g in groups if g[0] & mine]:
            groups.remove(g)
            mine, count = mine | g[0], count + g[1]
        groups.append((mine, count))
    if len(groups) < 2:
        return set()
    top = max(n for _, n in groups)
    return {p for g, n in groups if n < top and _provisional(g) for p in g}


def _majority(values: list[str | None]) -> str | None:
    present = [v for v in values if v]
    if not present:
        return None
    return max(sorted(set(present)), key=present.count)


def _place(members: list[MentionRecord]) -> dict | None:
    from accord.names import romanise
    from accord.names.gazetteer import place_names

    places = [(m.lang, m.mention.place) for m in members if m.mention.place]
    if not places:
        return None
    names: dict[str, str] = {}
    country = None
    for lang, p in places:
        names.setdefault(lang, p.name or p.text)
        country = country or p.country
    lang0, p0 = places[0]
    # the place's names in the languages no article of the event wrote it in, so that a reader (and a
    # search) in any script meets it: «موسكو» is also «Москва» and «Moscow»
    for lang, name in place_names(lang0, p0.name or p0.text, p0.kind, p0.country):
        names.setdefault(lang, name)
    latin = names.get("en") or names.get("fr") or romanise(p0.name or p0.text, lang0)
    # (keys in order: PostgreSQL's jsonb keeps them sorted, and both stores must export the same record)
    return {"name": latin, "names": dict(sorted(names.items())), "country": country}


def build_events(pair: str, records: list[MentionRecord],
                 constraints: LinkConstraints | None = None) -> list[Event]:
    """The real-world events of one partition (or of a closed part of it: see `cluster_mentions`),
    with part_of resolved to event ids."""
    return events_of(pair, cluster_mentions(records, constraints))


def events_of(pair: str, groups: list[list[MentionRecord]], outside: dict[str, str] | None = None,
              sizes: dict[str, int] | None = None) -> list[Event]:
    """The events these groups of mentions make, part_of resolved through the mentions' own links;
    `outside`: the event of a mention kept elsewhere (mention key → event id), for a parent there, and
    `sizes`: how many mentions such an event has."""
    by_key: dict[str, str] = {}
    events: list[Event] = []
    for members in groups:
        eid = _event_id(pair, members)
        for m in members:
            by_key[m.key] = eid
        ordered = sorted(members, key=lambda m: (m.duplicate, m.published or "", m.doc))
        people: list[str] = []
        strays = _stray_people(members)
        for m in ordered:
            people += [p for p in m.mention.people if p not in people and p not in strays]
        topics = sorted({t for m in members for t in m.mention.topics})
        countries = sorted({c for m in members for c in m.mention.countries})
        first = members[0].mention
        events.append(Event(
            id=eid, type=first.type, when=_best_when(members), countries=countries,
            host=_majority([m.mention.host for m in members]), pair=pair, place=_place(ordered),
            people=people, orgs=[{"label": o} for o in sorted({o for m in members for o in m.mention.orgs})],
            topics=topics,
            mentions=[EventSource(doc=m.doc, lang=m.lang, local_id=m.mention.id, start=m.mention.start,
                                  end=m.mention.end, text=m.mention.text) for m in sorted(members, key=lambda x: x.key)],
        ))
    # part_of: the parent's event, by the article's own local link
    sources = {ev.id: len(members) for ev, members in zip(events, groups)}
    for ev, members in zip(events, groups):
        parents = [p for m in members if m.mention.part_of
                   and (p := by_key.get(f"{m.doc}#{m.mention.part_of}")
                        or (outside or {}).get(f"{m.doc}#{m.mention.part_of}")) is not None and p != ev.id]
        # (talks one outlet placed in a visit of the wrong direction: the visit most of its sources name,
        # else the one most articles report)
        ev.part_of = max(sorted(set(parents)),
                         key=lambda p: (parents.count(p), sources.get(p, (sizes or {}).get(p, 0)))) if parents else None
    return sorted(events, key=lambda e: (str(_interval(e.when)[0] or ""), e.id))


def fit_after(groups: list[list[MentionRecord]], records: list[MentionRecord], m: MentionRecord,
              group: int) -> float | None:
    """The score `m` gets against one group of a finished clustering, `m` itself left out (None: it
    cannot be the same event): how `accord why` explains a join and the joins not made."""
    placed = _Placed(records)
    clusters = []
    for members in groups:
        c = cluster_of(_canonical([x for x in members if x.key != m.key]))
        for x in c.members:
            placed.cluster[x.key] = c
        clusters.append(c)
    target = clusters[group]
    return _score(target, m, placed) if target.members else None


def cluster_of(members: Iterable[MentionRecord]) -> _Cluster:
    """A cluster with these members (in walk order), its days narrowed as the walk narrows them."""
    c = _Cluster()
    for x in members:
        c.members.append(x)
        _narrow(c, x)
    return c
