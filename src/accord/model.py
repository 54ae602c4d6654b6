"""The types that flow through accord: a Document in, a DocumentAnalysis out.

Everything here is plain data (dataclasses of str/int/list/dict) so an analysis
can cross a process pool or a Ray cluster as JSON and be stored as it is.
Offsets are character offsets into `Document.text`, the cleaned text.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, TypeVar

EVENT_TYPES = ("visit", "meeting", "agreement", "measure", "proposal", "ceremony")
TOPICS = (
    "parliamentary", "trade", "agriculture", "digital", "transport", "education", "health",
    "tourism", "culture", "mobility", "security", "energy", "territorial", "multilateral",
)
LANGUAGES = ("ar", "ru", "kk", "fr", "en")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class Document:
    """One article after ingest: cleaned text plus what is known about it."""

    doc: str                      # name in exports: file name, or URL for web pages
    text: str                     # cleaned main text; all offsets point here
    lang: str                     # ar ru kk fr en, or "other"
    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    title: str | None = None
    source: str | None = None     # where it came from (path, URL, jsonl:line)
    sha256: str = ""              # of `text`, for exact duplicates
    simhash: int = 0              # 64-bit, for near duplicates
    duplicate_of: str | None = None


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str
    edtf: str                     # normalised value, anchored on the publication date
    kind: str                     # day | month | year | season | interval | relative | open


@dataclass
class CountryMention:
    start: int
    end: int
    text: str
    code: str                     # ISO 3166-1 alpha-2
    form: str = "name"            # name | adjective | capital | people


@dataclass
class OrgMention:
    start: int
    end: int
    text: str
    kind: str                     # lower_chamber upper_chamber parliament government ministry
                                  # friendship_group head_of_state embassy party other
    country: str | None = None
    name: str = ""                # canonical English label, e.g. "House of Representatives"


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    name: str                     # lemma in the article's script («Астану» → «Астана»)
    country: str | None = None
    kind: str = "city"            # city | building | capital


@dataclass
class PersonMention:
    start: int
    end: int
    text: str                     # surface form as written
    name: str                     # lemmatised name in the article's script («Ерланом Кошановым» → «Ерлан Кошанов»)
    title: str | None = None      # surface of the title/role that introduces the person
    role: str | None = None       # role code: speaker, deputy, mp, head_of_state, head_of_government,
                                  # foreign_minister, minister, ambassador, group_chair, group_member, ...
    org: str | None = None        # org kind the role belongs to (lower_chamber, ...)
    country: str | None = None


@dataclass
class Person:
    """One person within one article: its mentions clustered."""

    id: str                       # local id, "p1"
    name: str                     # best full name in the article's script
    names: list[str] = field(default_factory=list)     # other forms seen
    role: str | None = None
    country: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class EventMention:
    """One real-world event as one article tells it (all its coreferent mentions)."""

    id: str                       # local id, "e1"
    type: str                     # one of EVENT_TYPES
    start: int                    # evidence span: the sentence (or clause) that states it
    end: int
    text: str
    when: str | None = None       # EDTF
    countries: list[str] = field(default_factory=list)
    host: str | None = None
    place: PlaceMention | None = None
    people: list[str] = field(default_factory=list)     # Person ids
    orgs: list[str] = field(default_factory=list)       # org kinds+country labels, e.g. "MA:lower_chamber"
    topics: list[str] = field(default_factory=list)
    part_of: str | None = None    # local id of the enclosing event (a meeting during a visit)
    recalled: bool = False        # the article recalls it as past, not its news
    trigger: str = ""             # the word that named it
    evidence: list[Span] = field(default_factory=list)  # further mentions of it in the article
    confidence: float = 1.0


@dataclass
class DocumentAnalysis:
    doc: str
    lang: str
    published: str | None
    sentences: list[Span] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    countries: list[CountryMention] = field(default_factory=list)
    orgs: list[OrgMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    person_mentions: list[PersonMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    pair: list[str] = field(default_factory=list)       # the article's main country pair
    warnings: list[str] = field(default_factory=list)


@dataclass
class Actor:
    """A canonical person or organisation of the registry (Popolo-shaped), or a provisional one."""

    id: str                       # registry id ("ma-talbi-alami") or "prov-<hash>"
    kind: str                     # person | organization
    name: str                     # preferred Latin-script name
    names: dict[str, list[str]] = field(default_factory=dict)   # lang -> forms in that language/script
    aliases: list[str] = field(default_factory=list)
    role: str | None = None       # current or last known role code
    country: str | None = None
    provisional: bool = False     # found in an article, not in the seed registry


@dataclass
class EventSource:
    """One piece of evidence for a real-world event: a span of one article."""

    doc: str
    lang: str
    local_id: str                 # EventMention.id within that article
    start: int
    end: int
    text: str


@dataclass
class Event:
    """A real-world event: event mentions of one or many articles linked together."""

    id: str
    type: str
    when: str | None
    countries: list[str]
    host: str | None
    pair: str                     # partition key: sorted country pair "KZ-MA"
    place: dict[str, Any] | None = None   # {"name", "names": {lang: form}, "country"}
    people: list[str] = field(default_factory=list)     # Actor ids
    orgs: list[dict[str, Any]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    part_of: str | None = None
    fulfils: list[str] = field(default_factory=list)    # ids of proposals/agreements this carries out
    mentions: list[EventSource] = field(default_factory=list)
    # what analysts changed: field -> {"machine": the linker's value, "by", "at", "why", "correction"}
    corrected: dict[str, Any] = field(default_factory=dict)
    rejected: bool = False        # an analyst found it spurious: kept, but out of every listing


T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """`dataclasses.asdict`, made for these plain records: the same result, several times faster
    (storage serialises every mention of every article; asdict deep-copies each leaf value)."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return _plain(obj)
    return obj


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is list:
        return [_plain(v) for v in value]
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value):
        names = _FIELD_NAMES.setdefault(kind, tuple(f.name for f in fields(value)))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    return copy.deepcopy(value)  # what asdict makes of any other value (a set, an object)


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a dataclass (and its nested dataclasses) from `to_dict` output."""
    hints = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        if name not in hints:
            continue
        kwargs[name] = _revive(cls, name, value)
    return cls(**kwargs)


_NESTED: dict[tuple[str, str], type] = {}


def _revive(cls: type, name: str, value: Any) -> Any:
    target = _NESTED.get((cls.__name__, name))
    if target is None or value is None:
        return value
    if isinstance(value, list):
        return [from_dict(target, v) for v in value]
    return from_dict(target, value)


_NESTED.update({
    ("DocumentAnalysis", "sentences"): Span,
    ("DocumentAnalysis", "times"): TimeExpr,
    ("DocumentAnalysis", "countries"): CountryMention,
    ("DocumentAnalysis", "orgs"): OrgMention,
    ("DocumentAnalysis", "places"): PlaceMention,
    ("DocumentAnalysis", "people"): Person,
    ("DocumentAnalysis", "person_mentions"): PersonMention,
    ("DocumentAnalysis", "events"): EventMention,
    ("Person", "mentions"): Span,
    ("EventMention", "place"): PlaceMention,
    ("EventMention", "evidence"): Span,
    ("Event", "mentions"): EventSource,
})
