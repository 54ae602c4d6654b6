"""GOLD.md "Scoring": pair system events with gold events per article, then count.

Other scorers implement the same rules and must agree to the third decimal, so
each rule is applied as written; where the text leaves a choice, a comment says
which reading is taken.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from accord import edtf
from accord.evaluate.gold import GoldEvent, GoldKey, GoldSet
from accord.evaluate.normalise import any_match, name_set

MIN_COUNTRY_JACCARD = 0.5


@dataclass(frozen=True)
class SystemEvent:
    """The fields of one exported event that scoring reads."""

    index: int                      # position in the system output, for messages and ties
    id: str | None
    type: Any
    when: str | None
    interval: edtf.Interval | None  # None: `when` could not be read, so nothing is compatible
    countries: frozenset[str]
    host: Any
    people: tuple[tuple[str, ...], ...]  # one name set per person, in the order listed
    place: tuple[str, ...] | None
    topics: frozenset[str]
    part_of: tuple[str, ...]
    docs: frozenset[str]


def read_system_event(index: int, raw: Any, errors: list[str]) -> SystemEvent | None:
    """A system event as the scorer sees it; a malformed one is reported in `errors`,
    never raised, so one bad line cannot stop the evaluation."""
    if not isinstance(raw, dict):
        errors.append(f"system event {index}: not an object")
        return None
    label = f"system event {index} ({raw.get('id')})"
    when = raw.get("when")
    try:
        interval: edtf.Interval | None = edtf.interval(when)
    except (edtf.EDTFError, AttributeError):
        # Unreadable dates are wrong output: the event can be paired with nothing (a false positive).
        errors.append(f"{label}: unreadable when {when!r}")
        interval = None
    countries = raw.get("countries")
    if not isinstance(countries, list):
        countries = []
    people = raw.get("people")
    people = people if isinstance(people, list) else []
    place = raw.get("place")
    topics = raw.get("topics")
    topics = topics if isinstance(topics, list) else []
    # GOLD.md gives part_of as one id or null; a list of ids is read as several parents.
    part_of = raw.get("part_of")
    parents = [part_of] if isinstance(part_of, str) else part_of if isinstance(part_of, list) else []
    mentions = raw.get("mentions")
    mentions = mentions if isinstance(mentions, list) else []
    docs = frozenset(m["doc"] for m in mentions if isinstance(m, dict) and isinstance(m.get("doc"), str))
    if not docs:
        errors.append(f"{label}: no mention names a doc")
    event_id = raw.get("id")
    return SystemEvent(
        index=index,
        id=str(event_id) if event_id is not None else None,
        type=raw.get("type"),
        when=when,
        interval=interval,
        countries=frozenset(c for c in countries if isinstance(c, str)),
        host=raw.get("host"),
        people=tuple(tuple(name_set(p)) for p in people),
        place=tuple(name_set(place)) if place is not None else None,
        topics=frozenset(t for t in topics if isinstance(t, str)),
        part_of=tuple(p for p in parents if isinstance(p, str)),
        docs=docs,
    )


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    # Two empty sets are taken as identical (1.0); gold events always list countries,
    # so this only decides between two events that both name no side.
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def compatible(system: SystemEvent, gold: GoldEvent, linked: tuple[GoldEvent, ...] = ()) -> bool:
    """Rule 2: same type, countries Jaccard ≥ 0.5, intervals intersect (null intersects all),
    the system's interval may instead meet that of a gold event `linked` to this one by
    same_event (two outlets may date one event differently)."""
    return (
        system.interval is not None
        and system.type == gold.type
        and jaccard(system.countries, frozenset(gold.countries)) >= MIN_COUNTRY_JACCARD
        and any(edtf.intersects(system.interval, g.interval) for g in (gold, *linked))
    )


def match_people(system_people: tuple[tuple[str, ...], ...],
                 gold_people: tuple[tuple[str, ...], ...]) -> tuple[int, list[tuple[str, ...]]]:
    """Greedy matching of rule 3: each system person, in order, takes the first gold person
    not yet taken that it matches. Returns the matches and the system persons left over."""
    taken = [False] * len(gold_people)
    left: list[tuple[str, ...]] = []
    for person in system_people:
        for k, gold_person in enumerate(gold_people):
            if not taken[k] and any_match(person, gold_person):
                taken[k] = True
                break
        else:
            left.append(person)
    return sum(taken), left


def people_f1(system: SystemEvent, gold: GoldEvent) -> float:
    """People F1 of a pair for the pairing weight; 1 when neither lists anyone.
    Rule 3 states it without the exemptions that rule 4 gives the `people` figure,
    so only the required gold people count here."""
    if not system.people and not gold.people:
        return 1.0
    tp, _ = match_people(system.people, gold.people)
    return 2 * tp / (len(system.people) + len(gold.people))


def inside(system: SystemEvent, gold: GoldEvent) -> bool:
    """System interval lies inside the gold one; a null `when` on either side is not inside."""
    return (system.when is not None and gold.when is not None and system.interval is not None
            and edtf.within(system.interval, gold.interval))


def inside_any(system: SystemEvent, gold: GoldEvent, linked: tuple[GoldEvent, ...]) -> bool:
    """`date_within`: inside the gold interval or inside that of a same_event-linked gold event."""
    return any(inside(system, g) for g in (gold, *linked))


def pair_weight(system: SystemEvent, gold: GoldEvent) -> float:
    return (1.0 + 0.5 * people_f1(system, gold)
            + 0.25 * inside(system, gold)
            + 0.25 * (system.host == gold.host))


def pair_article(golds: list[GoldEvent], systems: list[SystemEvent],
                 linked: dict[GoldKey, tuple[GoldEvent, ...]] | None = None) -> list[tuple[GoldEvent, SystemEvent]]:
    """Rule 3: one-to-one maximum weight matching over compatible pairs.
    Incompatible pairs weigh 0 and are dropped after the assignment, which keeps it a
    maximum weight matching (a large negative weight would instead force as many pairs as possible).
    Rows are gold events in file order, columns system events in output order."""
    weights = np.zeros((len(golds), len(systems)))
    for i, gold in enumerate(golds):
        for j, system in enumerate(systems):
            if compatible(system, gold, (linked or {}).get(gold.key, ())):
                weights[i, j] = pair_weight(system, gold)
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(golds[i], systems[j]) for i, j in zip(rows, cols) if weights[i, j] > 0]


class Counts:
    """tp/fp/fn with precision, recall and F1; a share with no denominator is None."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def as_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": ratio(self.tp, self.tp + self.fp),
                "recall": ratio(self.tp, self.tp + self.fn),
                "f1": ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)}


class Share:
    def __init__(self) -> None:
        self.hits = self.total = 0

    def add(self, hit: bool) -> None:
        self.total += 1
        self.hits += hit

    def as_dict(self) -> dict[str, Any]:
        return {"hits": self.hits, "total": self.total, "share": ratio(self.hits, self.total)}


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def score(gold: GoldSet, system_events: list[dict]) -> dict[str, Any]:
    """Every figure of GOLD.md rule 4, micro-averaged over the articles of `gold`."""
    errors: list[str] = []
    systems = [s for i, raw in enumerate(system_events) if (s := read_system_event(i, raw, errors))]
    events_by_key = gold.events()
    linked = {k: tuple(events_by_key[o] for o in sorted(others))
              for k, others in gold.same_event_groups().items()}

    events, people, topics = Counts(), Counts(), Counts()
    by_type: dict[str, Counts] = {}
    date_within, host, place = Share(), Share(), Share()
    paired_to: dict[int, list[GoldKey]] = {}        # system index -> gold events paired to it
    part_of: set[tuple[GoldKey, GoldKey]] = set()
    details: dict[str, list] = {"pairs": [], "missed": [], "spurious": []}

    for article in gold.articles:
        in_doc = [s for s in systems if article.doc in s.docs]
        pairs = pair_article(article.events, in_doc, linked)
        paired_gold = {g.key for g, _ in pairs}
        paired_system = {s.index for _, s in pairs}
        part_of |= _part_of_in_article(pairs)
        for g in article.events:
            if g.key not in paired_gold:
                events.fn += 1
                _of_type(by_type, g.type).fn += 1
                details["missed"].append(f"{g.doc}#{g.id}")
        for s in in_doc:
            if s.index not in paired_system:
                events.fp += 1
                _of_type(by_type, str(s.type)).fp += 1
                details["spurious"].append({"doc": article.doc, "system": s.id, "type": s.type})
        for g, s in pairs:
            events.tp += 1
            _of_type(by_type, g.type).tp += 1
            details["pairs"].append({"doc": article.doc, "gold": g.id, "system": s.id})
            paired_to.setdefault(s.index, []).append(g.key)
            others = linked[g.key]
            _count_people(people, g, s, others)
            _count_topics(topics, g, s, others)
            if g.when is not None:
                date_within.add(inside_any(s, g, others))
            if g.host is not None:
                host.add(s.host == g.host)
            if g.place is not None:
                forms = list(g.place) + [f for o in others if o.place for f in o.place]
                place.add(s.place is not None and any_match(s.place, forms))

    return {
        "articles": len(gold.articles),
        "events": events.as_dict(),
        "events_by_type": {t: c.as_dict() for t, c in sorted(by_type.items())},
        "date_within": date_within.as_dict(),
        "host": host.as_dict(),
        "people": people.as_dict(),
        "place": place.as_dict(),
        "topics": topics.as_dict(),
        "same_event": _same_event(gold, paired_to).as_dict(),
        "part_of": _pair_counts(part_of, gold.part_of).as_dict(),
        "details": details,
        "errors": errors,
    }


def _of_type(by_type: dict[str, Counts], event_type: str) -> Counts:
    return by_type.setdefault(event_type, Counts())


def _count_people(counts: Counts, g: GoldEvent, s: SystemEvent, linked: tuple[GoldEvent, ...]) -> None:
    """Rule 4 `people`: a left-over system person is checked against the optional people of
    this event, then against every person of a same_event-linked event; either way it counts
    neither way. Only a person matching none of them is a false positive."""
    tp, left = match_people(s.people, g.people)
    exempt = list(g.optional_people) + [p for o in linked for p in o.people + o.optional_people]
    counts.tp += tp
    counts.fn += len(g.people) - tp
    counts.fp += sum(1 for person in left if not any(any_match(person, e) for e in exempt))


def _count_topics(counts: Counts, g: GoldEvent, s: SystemEvent, linked: tuple[GoldEvent, ...]) -> None:
    if g.topics is None:
        return
    known_elsewhere = frozenset().union(*(o.topics for o in linked if o.topics is not None))
    counts.tp += len(s.topics & g.topics)
    counts.fn += len(g.topics - s.topics)
    counts.fp += len(s.topics - g.topics - known_elsewhere)


def _same_event(gold: GoldSet, paired_to: dict[int, list[GoldKey]]) -> Counts:
    """A gold pair is predicted when both events are paired to one system event; the system
    predicts every pair of gold events that one of its events is paired to."""
    predicted = {frozenset(p) for keys in paired_to.values() for p in combinations(keys, 2)}
    return _pair_counts(predicted, gold.same_event)


def _part_of_in_article(pairs: list[tuple[GoldEvent, SystemEvent]]) -> set[tuple[GoldKey, GoldKey]]:
    """(child, parent) pairs the system produces in one article: the child's system event has
    part_of equal to the id of the system event paired to the parent.
    Read per article, as every figure is: taken across articles, a child would also be linked
    to the parent's same_event copies in other articles, pairs GOLD.md's links never list,
    and the gold set written as system output would itself lose precision."""
    gold_of_id: dict[str, list[GoldKey]] = {}
    for g, s in pairs:
        if s.id is not None:
            gold_of_id.setdefault(s.id, []).append(g.key)
    return {(g.key, parent) for g, s in pairs for parent_id in s.part_of for parent in gold_of_id.get(parent_id, [])}


def _pair_counts(predicted: set, expected: set) -> Counts:
    counts = Counts()
    counts.tp = len(predicted & expected)
    counts.fp = len(predicted - expected)
    counts.fn = len(expected - predicted)
    return counts
