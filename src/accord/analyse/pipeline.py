"""analyse(Document, Resources) -> DocumentAnalysis: the pure function at the heart of accord.

No database, no network, no environment: it runs the same in a test, a process pool and on a
Ray cluster. Each stage is a small module; this one only wires them.
"""
from __future__ import annotations

from datetime import date

from accord.analyse.countries import find_countries
from accord.analyse.events import Context, extract_events
from accord.analyse.institutions import find_orgs
from accord.analyse.pair import main_pair
from accord.analyse.people import cluster_people, find_people
from accord.analyse.places import find_places
from accord.analyse.resources import Resources
from accord.analyse.timex import find_times
from accord.lang.pack import get_pack
from accord.model import LANGUAGES, Document, DocumentAnalysis


def _published(doc: Document) -> date | None:
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        return None


# News articles are far shorter; a page beyond this is a dump, and reading all of it would only
# let rules that are linear per sentence turn quadratic on one endless line.
MAX_ANALYSED_CHARS = 60_000

# A registry match this sure may set a person's country over what the sentence suggested.
_SURE = 0.9


def _known_sides(result: DocumentAnalysis, published: date | None, resources: Resources) -> None:
    """The country of officials the registry knows: «Ашимбаев в Узбекистане» must not make the
    Kazakh Senate chair an Uzbek."""
    registry = resources.registry
    when = published.isoformat() if published else None
    for person in result.people:
        hit = registry.resolve_person(person.name, result.lang, role=person.role, when=when)
        if hit is not None and hit[1] >= _SURE and hit[0].country:
            person.country = hit[0].country
            person.role = person.role or hit[0].role


def analyse(doc: Document, resources: Resources | None = None) -> DocumentAnalysis:
    """Everything accord reads in one article: time, actors, events with their evidence.

    `resources`: the registry the caller loaded (default: the seed registry shipped with accord)."""
    resources = resources if resources is not None else Resources.default()
    result = DocumentAnalysis(doc=doc.doc, lang=doc.lang, published=doc.published)
    if doc.lang not in LANGUAGES:
        result.warnings.append(f"language {doc.lang!r} is not supported; nothing extracted")
        return result
    text, lang = doc.text, doc.lang
    if len(text) > MAX_ANALYSED_CHARS:
        # offsets stay valid: the analysis reads a prefix of the cleaned text
        result.warnings.append(f"text of {len(text):,} characters: only the first {MAX_ANALYSED_CHARS:,} analysed")
        text = text[:MAX_ANALYSED_CHARS]
    published = _published(doc)
    if published is None:
        result.warnings.append("no publication date: relative dates are not resolved")
    result.sentences = get_pack(lang).sentences(text)
    result.times = find_times(text, lang, published)
    result.countries = find_countries(text, lang)
    result.orgs = find_orgs(text, lang, result.countries)
    result.places = find_places(text, lang)
    result.person_mentions = find_people(text, lang, result.countries, result.orgs,
                                         places=result.places, resources=resources)
    result.people = cluster_people(result.person_mentions, lang)
    _known_sides(result, published, resources)
    result.pair = main_pair(result.sentences, result.countries, result.orgs, result.people)
    result.events = extract_events(Context(
        text=text, lang=lang, published=published, sentences=result.sentences, times=result.times,
        countries=result.countries, orgs=result.orgs, places=result.places, people=result.people,
        person_mentions=result.person_mentions, pair=result.pair,
    ))
    return result
