"""A chunk of articles is stored in one transaction: an article the store refuses fails alone, the
others of its chunk are stored with their events, and a second run changes nothing (SQLite and
PostgreSQL)."""
from __future__ import annotations

from dataclasses import replace

from accord import batch
from accord.ingest import RawItem
from accord.ingest.preparation import preparation
from accord.model import Document
from accord.outputs.export import event_records
from accord.store import Store

ARTICLES = [
    ("ru_kz_fr_visit", "ru", "2024-03-12",
     "Астана, 12 марта 2024 года. Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Президентом "
     "Франции Эмманюэлем Макроном, прибывшим в Астану с официальным визитом."),
    ("fr_kz_fr_visite", "fr", "2024-03-13",
     "Paris, le 13 mars 2024 – Le président Emmanuel Macron a été reçu mardi à Astana par le président "
     "kazakh Kassym-Jomart Tokaïev. Les deux chefs d'État ont signé une déclaration commune."),
    ("ru_eg_ru_duma", "ru", "2024-10-16",
     "Председатель Государственной думы Вячеслав Володин 15 октября встретился в Москве с председателем "
     "Палаты представителей Египта Ханафи Гебали."),
]


def _docs(refused: int | None) -> list[Document]:
    docs = []
    for i, (name, lang, published, text) in enumerate(ARTICLES):
        kind, doc, _ = preparation(RawItem(source=name, doc=name, data=text.encode("utf-8"), kind="text",
                                           published=published, lang=lang))
        assert kind == "doc"
        # a NUL in the title: the store refuses the article (PostgreSQL cannot keep it in text)
        docs.append(replace(doc, title="Визит\x00") if i == refused else doc)
    return docs


def test_an_article_the_store_refuses_fails_alone_in_its_chunk(store: Store) -> None:
    report = batch.ingest_documents(_docs(refused=1), store)
    assert report.stored == 2 and report.failed == 1
    (source, reason), = report.failures
    assert source == "fr_kz_fr_visite" and "could not store" in reason and "NUL" in reason
    assert store.document("fr_kz_fr_visite") is None
    assert store.document("ru_kz_fr_visit") is not None and store.document("ru_eg_ru_duma") is not None
    records = list(event_records(store))
    assert {"-".join(sorted(r["countries"])) for r in records} >= {"FR-KZ", "EG-RU"}
    assert [f["source"] for f in store.failures()] == ["fr_kz_fr_visite"]

    # the refused article, mended, is stored next time; the failure is forgotten
    again = batch.ingest_documents(_docs(refused=None), store)
    assert again.stored == 1 and again.unchanged == 2 and again.failed == 0
    assert store.failures() == []


def test_a_chunk_stored_whole_gives_the_events_of_one_article_at_a_time(store: Store, tmp_path) -> None:
    from accord.store import open_store

    report = batch.ingest_documents(_docs(refused=None), store)
    assert report.stored == 3
    one_by_one = open_store(f"sqlite:///{tmp_path / 'one.db'}")
    try:
        for doc in _docs(refused=None):
            batch.ingest_documents([doc], one_by_one)
        assert list(event_records(store)) == list(event_records(one_by_one))
    finally:
        one_by_one.close()
