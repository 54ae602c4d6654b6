"""Hand-made documents, analyses, events and actors for the store tests.

The analysis is built by hand (the analyser is tested elsewhere): each event mention's evidence
is the sentence of the article that states it, found by its text so the offsets are real.
"""
from __future__ import annotations

import hashlib
import traceback
from typing import Any

from accord.model import (
    Actor,
    Document,
    DocumentAnalysis,
    Event,
    EventMention,
    EventSource,
    Person,
    PersonMention,
    Span,
)
from accord.store import open_store, pair_key

ARTICLES: dict[str, dict[str, Any]] = {
    "ru_eg_duma.txt": {
        "lang": "ru",
        "published": "2024-10-16",
        "title": "Председатель Госдумы принял делегацию Палаты представителей Египта",
        "text": (
            "Председатель Государственной думы Вячеслав Володин 15 октября встретился в Москве с "
            "председателем Палаты представителей Египта Ханафи Гебали. Стороны обсудили торговлю, "
            "строительство АЭС «Эль-Дабаа» и сотрудничество в сфере образования. "
            "Ёмкость рынка растёт, отметил Володин. Визит египетской делегации продлится до 18 октября."
        ),
        "events": [
            ("e1", "meeting", "Председатель Государственной думы", "2024-10-15", ["RU", "EG"], "RU"),
            ("e2", "visit", "Визит египетской делегации", "2024-10/2024-10-18", ["EG", "RU"], "RU"),
        ],
        "people": [("Вячеслав Володин", "Вячеслав Володин", "speaker", "RU"),
                   ("Ханафи Гебали", "Ханафи Гебали", "speaker", "EG")],
    },
    "ar_eg_ru.txt": {
        "lang": "ar",
        "published": "2024-10-16",
        "title": "رئيس مجلس النواب يلتقي رئيس مجلس الدوما الروسي",
        "text": (
            "التقى المستشار حنفي جبالي رئيس مجلس النواب المصري، أمس الثلاثاء في موسكو، "
            "فياتشيسلاف فولودين رئيس مجلس الدوما الروسي. وبحث الجانبان سبل تعزيز التعاون البرلماني "
            "والتبادل التجاري بين مصر وروسيا، ومشروع محطة الضبعة النووية. "
            "وأكد جبالي أن العلاقات المصرية الروسية تشهد تطوراً كبيراً."
        ),
        "events": [
            ("e1", "meeting", "التقى المستشار", "2024-10-15", ["EG", "RU"], "RU"),
        ],
        "people": [("حنفي جبالي", "حنفي جبالي", "speaker", "EG"),
                   ("فياتشيسلاف فولودين", "فياتشيسلاف فولودين", "speaker", "RU")],
    },
    "kk_fr_kz.txt": {
        "lang": "kk",
        "published": "2025-03-05",
        "title": "Мәжіліс Төрағасы Франция Ұлттық жиналысының делегациясын қабылдады",
        "text": (
            "Мәжіліс Төрағасы Ерлан Қошанов 4 наурызда Астанада Франция Ұлттық жиналысының "
            "Қазақстан–Франция достық тобының төрағасы Жан-Люк Ромеромен кездесті. "
            "Тараптар энергетика, көлік және білім беру салаларындағы ынтымақтастықты талқылады. "
            "Кездесу қорытындысы бойынша парламентаралық ынтымақтастық туралы меморандумға қол қойылды."
        ),
        "events": [
            ("e1", "meeting", "Мәжіліс Төрағасы Ерлан", "2025-03-04", ["KZ", "FR"], "KZ"),
            ("e2", "agreement", "Кездесу қорытындысы", "2025-03-04", ["KZ", "FR"], "KZ"),
        ],
        "people": [("Ерлан Қошанов", "Ерлан Қошанов", "speaker", "KZ"),
                   ("Жан-Люк Ромеромен", "Жан-Люк Ромеро", "group_chair", "FR")],
    },
    "fr_kz_visit.txt": {
        "lang": "fr",
        "published": "2025-03-06",
        "title": "Une délégation de l'Assemblée nationale reçue à Astana",
        "text": (
            "Le président du groupe d'amitié France-Kazakhstan, Jean-Luc Romero, a été reçu le 4 mars à "
            "Astana par le président du Majilis, Erlan Kochanov. Les deux parlementaires ont évoqué "
            "l'énergie, les transports et l'éducation. Un mémorandum de coopération interparlementaire "
            "a été signé à l'issue de l'entretien. La délégation française poursuivra sa visite au "
            "Kazakhstan jusqu'au 7 mars."
        ),
        "events": [
            ("e1", "meeting", "Le président du groupe", "2025-03-04", ["FR", "KZ"], "KZ"),
            ("e2", "agreement", "Un mémorandum", "2025-03-04", ["FR", "KZ"], "KZ"),
            ("e3", "visit", "La délégation française", "../2025-03-07", ["FR", "KZ"], "KZ"),
        ],
        "people": [("Jean-Luc Romero", "Jean-Luc Romero", "group_chair", "FR"),
                   ("Erlan Kochanov", "Erlan Kochanov", "speaker", "KZ")],
    },
    "en_dz_it.txt": {
        "lang": "en",
        "published": "2023-11-21",
        "title": "Algerian and Italian senators agree to deepen energy ties",
        "text": (
            "The President of the Council of the Nation, Salah Goudjil, received on Monday in Algiers "
            "the President of the Italian Senate, Ignazio La Russa. The talks focused on energy, the "
            "Medgaz pipeline and migration. Both chambers proposed to create a joint parliamentary "
            "committee on energy security in 2024."
        ),
        "events": [
            ("e1", "meeting", "The President of the Council", "2023-11-20", ["DZ", "IT"], "DZ"),
            ("e2", "proposal", "Both chambers proposed", "2024", ["DZ", "IT"], None),
        ],
        "people": [("Salah Goudjil", "Salah Goudjil", "speaker", "DZ"),
                   ("Ignazio La Russa", "Ignazio La Russa", "speaker", "IT")],
    },
}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def simhash_of(text: str) -> int:
    """A stand-in 64-bit hash (the real simhash belongs to ingest): distinct texts, distinct hashes."""
    return int(sha256(text)[:16], 16)


def document(name: str, text: str, lang: str, published: str | None = None, **fields: Any) -> Document:
    fields.setdefault("sha256", sha256(text))
    fields.setdefault("simhash", simhash_of(text))
    fields.setdefault("source", f"tests/{name}")
    return Document(doc=name, text=text, lang=lang, published=published, **fields)


def _sentence_at(text: str, start: int) -> Span:
    end = text.find(". ", start)
    return Span(start, len(text) if end < 0 else end + 1)


def analysed(name: str, suffix: str = "") -> tuple[Document, DocumentAnalysis]:
    """One of ARTICLES as a Document and its hand-made analysis; `suffix` makes a variant text."""
    spec = ARTICLES[name]
    text = spec["text"] + suffix
    doc = document(name, text, spec["lang"], spec["published"], title=spec["title"])
    people, person_mentions = [], []
    for i, (surface, lemma, role, country) in enumerate(spec["people"], 1):
        start = text.index(surface)
        people.append(Person(f"p{i}", lemma, role=role, country=country,
                             mentions=[Span(start, start + len(surface))]))
        person_mentions.append(PersonMention(start, start + len(surface), surface, lemma, role=role,
                                             country=country))
    events = []
    for local_id, type_, opening, when, countries, host in spec["events"]:
        span = _sentence_at(text, text.index(opening))
        events.append(EventMention(local_id, type_, span.start, span.end, text[span.start:span.end], when=when,
                                   countries=countries, host=host, people=[p.id for p in people],
                                   trigger=opening.split()[0]))
    analysis = DocumentAnalysis(doc=name, lang=spec["lang"], published=spec["published"],
                                sentences=[_sentence_at(text, 0)], people=people,
                                person_mentions=person_mentions, events=events,
                                pair=sorted({c for e in events for c in e.countries}))
    return doc, analysis


def store_articles(store: Any) -> dict[str, tuple[Document, DocumentAnalysis]]:
    """Every one of ARTICLES stored in `store`, unlinked; returns them by name."""
    docs = {name: analysed(name) for name in ARTICLES}
    for doc, analysis in docs.values():
        store.add_document(doc, analysis)
    return docs


def event_from(doc: Document, analysis: DocumentAnalysis, local_id: str, event_id: str,
               people: list[str] = (), extra: list[tuple[Document, str]] = ()) -> Event:
    """A real-world event from one mention (plus mentions of the same event in other articles)."""
    mention = next(m for m in analysis.events if m.id == local_id)
    sources = [EventSource(doc.doc, doc.lang, mention.id, mention.start, mention.end, mention.text)]
    for other_doc, other_local in extra:
        sources.append(EventSource(other_doc.doc, other_doc.lang, other_local, 0, 10, other_doc.text[:10]))
    return Event(id=event_id, type=mention.type, when=mention.when, countries=sorted(mention.countries),
                 host=mention.host, pair=pair_key(mention.countries), people=list(people),
                 topics=["parliamentary"], mentions=sources)


def actor(id: str, name: str, country: str, names: dict[str, list[str]], role: str = "speaker",
          **fields: Any) -> Actor:
    return Actor(id=id, kind="person", name=name, names=names, role=role, country=country, **fields)


# -- a synthetic corpus for the multi-process tests ------------------------------------------

_SYNTHETIC_PAIRS = (("KZ", "FR"), ("EG", "RU"), ("DZ", "IT"), ("MA", "ES"))


def synthetic(i: int) -> tuple[Document, DocumentAnalysis]:
    """Document number i of a corpus of distinct, parliamentary-sounding articles with many mentions
    (so storing one takes long enough for a kill to land inside its transaction)."""
    a, b = _SYNTHETIC_PAIRS[i % len(_SYNTHETIC_PAIRS)]
    day = 1 + i % 28
    sentences = [
        f"Делегация парламента {a} №{i} прибыла в столицу {b} {day} мая для переговоров.",
        f"Депутаты {a} и {b} обсудили торговлю, энергетику и образование на встрече номер {i}.",
    ] + [f"Стороны подписали меморандум {i}-{k} о сотрудничестве в сфере {k}." for k in range(12)]
    text = " ".join(sentences)
    doc = document(f"synthetic-{i:05d}.txt", text, "ru", f"2025-05-{day:02d}", title=f"Визит №{i}")
    events, person_mentions, offset = [], [], 0
    for k, sentence in enumerate(sentences):
        start = text.index(sentence, offset)
        offset = start + len(sentence)
        events.append(EventMention(f"e{k + 1}", "meeting" if k < 2 else "agreement", start, offset, sentence,
                                   when=f"2025-05-{day:02d}", countries=[a, b], host=b))
        person_mentions.append(PersonMention(start, start + 10, sentence[:10], f"Депутат {i}-{k}",
                                             role="mp", country=a))
        person_mentions.append(PersonMention(start + 11, start + 20, sentence[11:20], f"Депутат {i}-{k}b",
                                             role="mp", country=b))
    analysis = DocumentAnalysis(doc=doc.doc, lang="ru", published=doc.published,
                                person_mentions=person_mentions, events=events, pair=sorted([a, b]))
    return doc, analysis


def write_synthetic(url: str, first: int, count: int, batch: int = 1, report: Any = None,
                    go: Any = None) -> None:
    """Child-process entry: store synthetic documents first..first+count, `batch` per transaction
    (after the `go` event is set, when one is given)."""
    try:
        store = open_store(url)
        if go is not None and not go.wait(timeout=120):
            raise TimeoutError("never told to go")
        for start in range(first, first + count, batch):
            with store.transaction():
                for i in range(start, min(start + batch, first + count)):
                    store.add_document(*synthetic(i))
        store.close()
        if report is not None:
            report.put(("ok", f"writer {first}", count))
    except BaseException:
        if report is not None:
            report.put(("error", f"writer {first}", traceback.format_exc()))
        raise


def read_until(url: str, ready: Any, stop: Any, report: Any) -> None:
    """Child-process entry: query the store in a loop (setting `ready` after the first round) until
    `stop` is set; report the number of rounds or the error."""
    try:
        store = open_store(url)
        reads, last_count = 0, 0
        while not stop.is_set():
            count = store.count_documents()
            if count < last_count:
                raise AssertionError(f"document count went back from {last_count} to {count}")
            last_count = count
            store.search("меморандум сотрудничестве")
            for pair in store.pairs():
                for doc, mention, _, _ in store.event_mentions(pair):
                    if not doc.startswith("synthetic-") or mention.type not in ("meeting", "agreement"):
                        raise AssertionError(f"odd mention {doc} {mention}")
            store.stats()
            reads += 1
            ready.set()
        store.close()
        report.put(("ok", "reader", reads))
    except BaseException:
        report.put(("error", "reader", traceback.format_exc()))
        raise
