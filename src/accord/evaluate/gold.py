"""Reading a gold set (GOLD.md "Files"): NAME.gold.json per article plus links.json.

A gold set is curated by hand, so anything malformed is an error naming the
file and event: scoring against a broken gold set would give figures that mean nothing.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accord import edtf
from accord.model import EVENT_TYPES, TOPICS

GoldKey = tuple[str, str]  # (doc name, event id), written "DOC#id" in links.json


class GoldError(ValueError):
    """A gold file that does not follow GOLD.md."""


@dataclass(frozen=True)
class GoldEvent:
    doc: str
    id: str
    type: str
    when: str | None
    interval: edtf.Interval
    countries: tuple[str, ...]
    host: str | None
    place: tuple[str, ...] | None
    people: tuple[tuple[str, ...], ...]
    optional_people: tuple[tuple[str, ...], ...]
    topics: frozenset[str] | None
    evidence: str = ""

    @property
    def key(self) -> GoldKey:
        return (self.doc, self.id)


@dataclass
class GoldArticle:
    doc: str
    path: Path
    lang: str
    published: str
    events: list[GoldEvent]


@dataclass
class GoldSet:
    articles: list[GoldArticle]
    same_event: set[frozenset[GoldKey]] = field(default_factory=set)  # unordered pairs
    part_of: set[tuple[GoldKey, GoldKey]] = field(default_factory=set)  # (child, parent)
    absent: list[str] = field(default_factory=list)  # docs left out because their text is absent

    def events(self) -> dict[GoldKey, GoldEvent]:
        return {e.key: e for a in self.articles for e in a.events}

    def same_event_groups(self) -> dict[GoldKey, frozenset[GoldKey]]:
        """For every event, the other events linked to it by same_event, directly or through
        other links (GOLD.md lists every pair of a group, but a chain must work too)."""
        parent: dict[GoldKey, GoldKey] = {k: k for k in self.events()}

        def root(k: GoldKey) -> GoldKey:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        for pair in self.same_event:
            a, b = tuple(pair)
            parent[root(a)] = root(b)
        members: dict[GoldKey, set[GoldKey]] = {}
        for k in parent:
            members.setdefault(root(k), set()).add(k)
        return {k: frozenset(members[root(k)] - {k}) for k in parent}


def load_gold(gold_dir: Path, *, present_only: bool = False) -> GoldSet:
    """Every NAME.gold.json of `gold_dir` and its links.json (missing: no links).

    A corpus of third-party pages ships annotations without texts (corpus/real): with `present_only`
    the articles whose text is absent are left out, with every link that names them, and listed in
    `absent`; without it an absent text is an error, since the figures would silently change."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(f"{gold_dir}: not a folder")
    paths = sorted(gold_dir.glob("*.gold.json"))
    absent = [d for d in (_doc_of(p) for p in paths) if present_only and not (gold_dir / d).is_file()]
    articles = [_load_article(p) for p in paths if _doc_of(p) not in absent]
    if not articles:
        raise GoldError(f"{gold_dir}: no *.gold.json files" + (" with their texts" if absent else ""))
    docs = [a.doc for a in articles]
    if len(set(docs)) != len(docs):
        raise GoldError(f"{gold_dir}: two gold files name the same doc")
    gold = GoldSet(articles, absent=absent)
    links_path = gold_dir / "links.json"
    if links_path.exists():
        links = _read_json(links_path)
        known = gold.events()
        left_out = set(absent)
        for pair in _pairs(links, "same_event", links_path, known, left_out):
            if pair[0] != pair[1]:
                gold.same_event.add(frozenset(pair))
        gold.part_of.update(_pairs(links, "part_of", links_path, known, left_out))
    return gold


def _doc_of(path: Path) -> str:
    data = _read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("doc"), str):
        raise GoldError(f"{path}: expected an object with a \"doc\" string")
    return data["doc"]


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc


def _load_article(path: Path) -> GoldArticle:
    data = _read_json(path)
    if not isinstance(data, dict) or not isinstance(data.get("doc"), str):
        raise GoldError(f"{path}: expected an object with a \"doc\" string")
    doc = data["doc"]
    article_path = path.parent / doc
    if not article_path.is_file():
        raise GoldError(f"{path}: article file {doc!r} not found beside it")
    raw_events = data.get("events", [])
    if not isinstance(raw_events, list):
        raise GoldError(f"{path}: \"events\" must be a list")
    events = [_event(doc, raw, f"{path} event {i}") for i, raw in enumerate(raw_events)]
    ids = [e.id for e in events]
    if len(set(ids)) != len(ids):
        raise GoldError(f"{path}: duplicate event ids")
    return GoldArticle(doc, article_path, str(data.get("lang", "")), str(data.get("published", "")), events)


def _event(doc: str, raw: Any, where: str) -> GoldEvent:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise GoldError(f"{where}: expected an object with an \"id\" string")
    where = f"{where} ({raw['id']})"
    if raw.get("type") not in EVENT_TYPES:
        raise GoldError(f"{where}: unknown type {raw.get('type')!r}")
    when = raw.get("when")
    try:
        interval = edtf.interval(when)
    except (edtf.EDTFError, AttributeError) as exc:
        raise GoldError(f"{where}: bad when {when!r}: {exc}") from exc
    topics = raw.get("topics")
    if topics is not None:
        unknown = set(topics) - set(TOPICS)
        if unknown:
            raise GoldError(f"{where}: unknown topics {sorted(unknown)}")
        topics = frozenset(topics)
    place = raw.get("place")
    return GoldEvent(
        doc=doc,
        id=raw["id"],
        type=raw["type"],
        when=when,
        interval=interval,
        countries=tuple(raw.get("countries") or ()),
        host=raw.get("host"),
        place=tuple(place) if place is not None else None,
        people=_persons(raw.get("people"), where),
        optional_people=_persons(raw.get("optional_people"), where),
        topics=topics,
        evidence=str(raw.get("evidence", "")),
    )


def _persons(value: Any, where: str) -> tuple[tuple[str, ...], ...]:
    persons = value or []
    if not all(isinstance(p, list) and p and all(isinstance(n, str) for n in p) for p in persons):
        raise GoldError(f"{where}: a person must be a non-empty list of names")
    return tuple(tuple(p) for p in persons)


def _pairs(links: Any, name: str, path: Path, known: dict[GoldKey, GoldEvent],
           left_out: set[str] = frozenset()) -> list[tuple[GoldKey, GoldKey]]:  # type: ignore[assignment]
    raw = links.get(name, []) if isinstance(links, dict) else None
    if not isinstance(raw, list):
        raise GoldError(f"{path}: \"{name}\" must be a list of pairs")
    pairs = []
    for item in raw:
        if not (isinstance(item, list) and len(item) == 2 and all(isinstance(r, str) for r in item)):
            raise GoldError(f"{path}: {name} entry {item!r} is not a pair of \"DOC#id\" strings")
        if any(r.rpartition("#")[0] in left_out for r in item):
            continue
        a, b = (_ref(r, path, known) for r in item)
        pairs.append((a, b))
    return pairs


def _ref(ref: str, path: Path, known: dict[GoldKey, GoldEvent]) -> GoldKey:
    doc, sep, event_id = ref.rpartition("#")
    if not sep or (doc, event_id) not in known:
        raise GoldError(f"{path}: {ref!r} names no gold event")
    return (doc, event_id)
