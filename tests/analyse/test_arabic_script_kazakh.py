"""Kazakh written in the Arabic script (the Kazakh press of China): read through its Cyrillic
reading, its events found with the right people and countries, every span and surface string put
back on the text as printed; Arabic articles untouched by it."""
from dataclasses import asdict

from accord.analyse.passes import run
from accord.analyse.pipeline import DOCUMENT_PASSES, DocumentState, _published, analyse
from accord.analyse.resources import Resources
from accord.lang.arabic_kazakh import to_cyrillic
from accord.model import Document, DocumentAnalysis

# A state visit, talks and an agreement signed, written for this test in the Arabic script.
STATE_VISIT = (
    "استانا، 12 ناۋرىز. قازاقستان پرەزيدەنتى قاسىم-جومارت توقاەۆ موڭعولياعا مەملەكەتتىك ساپارمەن باردى.\n"
    "ۇلان-باتىردا مەملەكەت باسشىسى موڭعوليا پرەزيدەنتى ۋحنااگين حۇرەلسۇحپەن كەلىسسوز جۇرگىزدى.\n"
    "كەلىسسوز قورىتىندىسى بويىنشا ەكى ەل باسشىلارى ستراتەگيالىق ارىپتەستىك تۋرالى كەلىسىمگە قول قويدى.\n"
)

ARABIC = ("استقبل الرئيس المصري عبد الفتاح السيسي اليوم في القاهرة رئيس وزراء اليونان كيرياكوس ميتسوتاكيس، "
          "وعقد الجانبان جلسة مباحثات تناولت سبل تعزيز التعاون الثنائي، ووقعا مذكرة تفاهم في مجال الطاقة "
          "بحضور وزير الخارجية بدر عبد العاطي ومسؤولين من شركة گاز اليونانية.")


def _analysis(text: str, lang: str) -> DocumentAnalysis:
    return analyse(Document(doc="t", text=text, lang=lang, published="2025-03-12"))


def test_the_reading_is_kazakh_cyrillic():
    assert to_cyrillic(STATE_VISIT).text.splitlines()[0] == (
        "астана, 12 наурыз. қазақстан президенті қасым-жомарт тоқаев моңғолияға мемлекеттік сапармен барды.")
    # the hamza opens a word of front vowels; ya, yu and the surname ending -ов
    assert to_cyrillic("ءۇشىن ءسوز ياپونيا ازيا بەردىمۇحامەدوۆ").text == "үшін сөз япония азия бердімүхамедов"


def test_every_span_of_the_reading_maps_to_the_original_word():
    reading = to_cyrillic(STATE_VISIT)
    assert len(reading.starts) == len(reading.text)
    original_words = [w for w in STATE_VISIT.split()]
    reading_words = reading.text.split()
    pos = 0
    for word, expected in zip(reading_words, original_words):
        start = reading.text.index(word, pos)
        pos = start + len(word)
        a, b = reading.original_span(start, pos)
        assert STATE_VISIT[a:b] == expected.replace("،", "،")


def test_state_visit_talks_and_signing_with_their_people_and_countries():
    result = _analysis(STATE_VISIT, "kk")
    people = {p.id: p for p in result.people}
    assert {(p.name, p.role, p.country) for p in people.values()} >= {("Қасым-Жомарт Тоқаев", "president", "KZ")}
    assert any(p.country == "MN" and p.role == "president" for p in people.values())
    events = {e.type: e for e in result.events}
    assert set(events) >= {"visit", "meeting", "agreement"}
    for etype in ("visit", "meeting", "agreement"):
        assert events[etype].countries == ["KZ", "MN"] and events[etype].host == "MN"
    tokayev = next(p.id for p in people.values() if p.country == "KZ")
    assert tokayev in events["visit"].people
    assert len(events["meeting"].people) == 2 and len(events["agreement"].people) == 2
    assert result.pair == ["KZ", "MN"]


def test_evidence_and_offsets_are_the_original_text():
    result = _analysis(STATE_VISIT, "kk")
    mentions = [*result.times, *result.countries, *result.orgs, *result.places, *result.person_mentions, *result.events]
    assert mentions
    for m in mentions:
        assert STATE_VISIT[m.start:m.end] == m.text
    for e in result.events:
        assert e.trigger in e.text
        assert e.place is None or STATE_VISIT[e.place.start:e.place.end] == e.place.text
    visit = next(e for e in result.events if e.type == "visit")
    assert visit.text.startswith("قازاقستان پرەزيدەنتى") and visit.trigger == "ساپارمەن"
    assert any(m.text == "قاسىم-جومارت توقاەۆ" for m in result.person_mentions)


def test_arabic_news_is_not_read_through_a_transliteration():
    resources = Resources.default()
    doc = Document(doc="t", text=ARABIC, lang="ar", published="2025-03-12")
    with_script = analyse(doc, resources)
    without = DocumentAnalysis(doc="t", lang="ar", published="2025-03-12")
    passes = [p for p in DOCUMENT_PASSES if p.name not in ("script", "original_offsets")]
    run(passes, DocumentState(ARABIC, "ar", _published(doc), resources, without), stage="document")
    assert asdict(with_script) == asdict(without)
    assert {e.type for e in with_script.events} >= {"meeting", "agreement"}
