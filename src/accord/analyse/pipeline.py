"""analyse(Document, Resources) -> DocumentAnalysis: the pure function at the heart of accord.

No database, no network, no environment: it runs the same in a test, a process pool and on a
Ray cluster. The analysis is the ordered list of passes below; each names what it reads (the
language pack's tables, the fields the passes before it wrote) and what it writes. Two passes
are stages of their own, with their own lists: people (`people/pipeline.py`) and events
(`events/pipeline.py`, whose argument passes are in `events/arguments.py`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from accord.analyse.countries import find_countries
from accord.analyse.events import Context, extract_events
from accord.analyse.institutions import find_orgs, outside_stateless
from accord.analyse.pair import main_pair
from accord.analyse.passes import Pass, Snapshot, Trace, run
from accord.analyse.people import cluster_people, find_people
from accord.analyse.people.lexicon import lexicon
from accord.analyse.places import capitals_by_country, city_states, find_places
from accord.analyse.resources import Resources
from accord.analyse.script_reading import reading_of, to_original
from accord.analyse.timex import find_times
from accord.lang.arabic_kazakh import Reading
from accord.lang.pack import get_pack
from accord.model import LANGUAGES, Document, DocumentAnalysis, Person

# News articles are far shorter; a page beyond this is a dump, and reading all of it would only
# let rules that are linear per sentence turn quadratic on one endless line.
MAX_ANALYSED_CHARS = 60_000

# A registry match this sure may set a person's country over what the sentence suggested.
_SURE = 0.9
# A full name this close to one registry person's gives the country the sentence left unsaid («talks of
# Vladimir Putin and Recep Erdogan»: the name alone, no title, one letter or one given name apart).
_FILL = 0.8


@dataclass
class DocumentState:
    """One article being analysed: the text read (a prefix of a very long one, or its reading in
    the script the language's rules read), its publication date, the resources, and the analysis
    the passes fill in."""

    text: str
    lang: str
    published: date | None
    resources: Resources
    result: DocumentAnalysis
    trace: Trace | None = None
    reading: Reading | None = None

    def snapshot(self) -> Snapshot:
        out: Snapshot = {("pair",): ("pair", {"countries": list(self.result.pair)})}
        for p in self.result.people:
            if self.trace is not None:
                self.trace.keep(p)
            out[id(p)] = (f"{p.id} {p.name}", {"role": p.role, "country": p.country,
                                               "mentions": [f"@{m.start}" for m in p.mentions]})
        return out


def script_pass(st: DocumentState) -> None:
    """Kazakh written in the Arabic script is read in Cyrillic, with capitals (script_reading.py)."""
    st.reading = reading_of(st.text, st.lang, st.resources)
    if st.reading is not None:
        st.text = st.reading.text


def sentences_pass(st: DocumentState) -> None:
    """The article's sentences (the orthography's sentence rules)."""
    st.result.sentences = get_pack(st.lang).sentences(st.text)


def times_pass(st: DocumentState) -> None:
    """Time expressions, resolved against the publication date."""
    st.result.times = find_times(st.text, st.lang, st.published)


def countries_pass(st: DocumentState) -> None:
    """Countries named, by name, adjective, people or capital."""
    st.result.countries = find_countries(st.text, st.lang)


def institutions_pass(st: DocumentState) -> None:
    """Institutions (chambers, ministries, groups) and their countries."""
    st.result.orgs = find_orgs(st.text, st.lang, st.result.countries)
    # «the Order of Malta» names no country: its «Malta» is no mention of Malta
    st.result.countries = outside_stateless(st.result.countries, st.result.orgs)


def places_pass(st: DocumentState) -> None:
    """Cities and buildings."""
    places = find_places(st.text, st.lang)
    places += capitals_by_country(st.text, st.lang, st.result.countries, places)
    places += city_states(st.text, st.lang, st.result.countries, places)
    st.result.places = sorted(places, key=lambda p: p.start)


def people_pass(st: DocumentState) -> None:
    """Person mentions, by the people passes (people/pipeline.py)."""
    r = st.result
    r.person_mentions = find_people(st.text, st.lang, r.countries, r.orgs, places=r.places,
                                    resources=st.resources, trace=st.trace)


def clustering_pass(st: DocumentState) -> None:
    """The mentions of one person become one person of the article."""
    st.result.people = cluster_people(st.result.person_mentions, st.lang)


def known_sides_pass(st: DocumentState) -> None:
    """The country of officials the registry knows: «Ашимбаев в Узбекистане» must not make the
    Kazakh Senate chair an Uzbek."""
    registry = st.resources.registry
    when = st.published.isoformat() if st.published else None
    for person in st.result.people:
        hit = registry.resolve_person(person.name, st.lang, role=person.role, when=when)
        if hit is not None and hit[1] >= _SURE and hit[0].country:
            person.country = hit[0].country
            person.role = person.role or hit[0].role
        elif hit is not None and hit[1] >= _FILL and hit[0].country and person.country is None:
            person.country = hit[0].country
        elif hit is not None and hit[1] >= _FILL and hit[0].country and hit[0].country != person.country \
                and _country_of_title_alone(st, person):
            # «Pope Tawadros II»: a title that names one country's office («Pope», the Holy See's) gave
            # the country; the registry's person, by his full name, is of another, and so is not that office
            person.country, person.role = hit[0].country, hit[0].role


def _country_of_title_alone(st: DocumentState, person: Person) -> bool:
    """Whether the person's country is only that of a title of one country's office (`titles.toml` entries
    with a country: «Pope» is the Holy See's), not of a country the text names beside them."""
    titles = lexicon(st.lang).titles
    spans = {(m.start, m.end) for m in person.mentions}
    found = False
    for pm in st.result.person_mentions:
        if (pm.start, pm.end) not in spans or pm.country != person.country:
            continue
        hits = titles.find(pm.title) if pm.title else []
        if not hits or hits[-1].payload.country != person.country:
            return False
        found = True
    return found


def pair_pass(st: DocumentState) -> None:
    """The article's main country pair."""
    r = st.result
    r.pair = main_pair(r.sentences, r.countries, r.orgs, r.people, st.text)


def events_pass(st: DocumentState) -> None:
    """Event mentions, by the event passes (events/pipeline.py)."""
    r = st.result
    # a city inside a person's name («نور سلطان نزارباييف», Nursultan Nazarbayev) is no place of an event
    named = [(m.start, m.end) for m in r.person_mentions]
    places = [p for p in r.places if not any(a <= p.start and p.end <= b for a, b in named)]
    r.events = extract_events(Context(
        text=st.text, lang=st.lang, published=st.published, sentences=r.sentences, times=r.times,
        countries=r.countries, orgs=r.orgs, places=places, people=r.people,
        person_mentions=r.person_mentions, pair=r.pair,
    ), st.trace)


def original_offsets_pass(st: DocumentState) -> None:
    """Spans found in a reading put back on the article as printed (script_reading.py)."""
    if st.reading is not None:
        to_original(st.result, st.reading)
        st.text = st.reading.original


DOCUMENT_PASSES: tuple[Pass[DocumentState], ...] = (
    Pass("script", script_pass, ("text", "kk/arabic_script.toml", "the tables' spellings and capitals", "registry"),
         ("text",)),
    Pass("sentences", sentences_pass, ("text", "orthography.toml [sentences]"), ("sentences",)),
    Pass("times", times_pass, ("text", "time.toml", "publication date"), ("times",)),
    Pass("countries", countries_pass, ("text", "countries.toml"), ("countries",)),
    Pass("institutions", institutions_pass, ("text", "institutions.toml", "countries"), ("orgs", "countries in a stateless body's name")),
    Pass("places", places_pass, ("text", "places.toml", "countries"), ("places",)),
    Pass("people", people_pass, ("text", "titles.toml", "countries", "orgs", "places", "registry"),
         ("person_mentions",)),
    Pass("clustering", clustering_pass, ("person_mentions",), ("people",)),
    Pass("known_sides", known_sides_pass, ("people", "registry", "publication date"), ("people country, role",)),
    Pass("pair", pair_pass, ("sentences", "countries", "orgs", "people"), ("pair",)),
    Pass("events", events_pass, ("events.toml", "topics.toml", "everything above"), ("events",)),
    Pass("original_offsets", original_offsets_pass, ("the reading's map to the original",),
         ("every span and surface string",)),
)


def _published(doc: Document) -> date | None:
    if not doc.published:
        return None
    try:
        return date.fromisoformat(doc.published[:10])
    except ValueError:
        return None


def analyse(doc: Document, resources: Resources | None = None, trace: Trace | None = None) -> DocumentAnalysis:
    """Everything accord reads in one article: time, actors, events with their evidence.

    `resources`: the registry the caller loaded (default: the seed registry shipped with accord);
    `trace`: when given, filled with what each pass added or changed (`accord analyse --trace`)."""
    resources = resources if resources is not None else Resources.default()
    result = DocumentAnalysis(doc=doc.doc, lang=doc.lang, published=doc.published)
    if doc.lang not in LANGUAGES:
        result.warnings.append(f"language {doc.lang!r} is not supported; nothing extracted")
        return result
    text = doc.text
    if len(text) > MAX_ANALYSED_CHARS:
        # offsets stay valid: the analysis reads a prefix of the cleaned text
        result.warnings.append(f"text of {len(text):,} characters: only the first {MAX_ANALYSED_CHARS:,} analysed")
        text = text[:MAX_ANALYSED_CHARS]
    published = _published(doc)
    if published is None:
        result.warnings.append("no publication date: relative dates are not resolved")
    state = DocumentState(text, doc.lang, published, resources, result, trace)
    run(DOCUMENT_PASSES, state, stage="document", trace=trace, snapshot=DocumentState.snapshot)
    return result
