"""Documents, analyses, mentions, duplicates and failures — on every store of the `store` fixture."""
from __future__ import annotations

import pytest

from accord.model import DocumentAnalysis, EventMention
from accord.store import Store, StoreError
from tests.store_factories import ARTICLES, analysed, document


def test_document_round_trips_with_its_analysis(store: Store) -> None:
    doc, analysis = analysed("ar_eg_ru.txt")
    doc.url = "https://example.org/ar/news/1"
    doc_id = store.add_document(doc, analysis)

    assert doc_id > 0
    assert store.document("ar_eg_ru.txt") == doc
    assert store.analysis("ar_eg_ru.txt") == analysis
    assert store.count_documents() == 1
    [summary] = store.documents()
    assert summary["doc"] == "ar_eg_ru.txt"
    assert summary["lang"] == "ar" and summary["published"] == "2024-10-16"
    assert summary["event_mentions"] == 1
    assert summary["ingested_at"].startswith("20")


def test_a_64_bit_simhash_with_the_top_bit_set_survives(store: Store) -> None:
    doc = document("big-hash.txt", "Le Sénat a reçu une délégation.", "fr", simhash=(1 << 64) - 2)
    store.add_document(doc, None)
    assert store.document("big-hash.txt").simhash == (1 << 64) - 2
    assert store.analysis("big-hash.txt") is None


def test_missing_documents_are_none(store: Store) -> None:
    assert store.document("nowhere.txt") is None
    assert store.analysis("nowhere.txt") is None
    assert store.find_document("0" * 64) is None


def test_readding_the_same_document_changes_nothing(store: Store) -> None:
    doc, analysis = analysed("ru_eg_duma.txt")
    first = store.add_document(doc, analysis)
    before = store.documents()
    again = store.add_document(*analysed("ru_eg_duma.txt"))
    assert again == first
    assert store.documents() == before
    assert len(store.event_mentions("EG-RU")) == 2
    assert store.integrity_problems() == []


def test_a_new_version_of_an_article_replaces_the_old_one(store: Store) -> None:
    doc, analysis = analysed("fr_kz_visit.txt")
    doc_id = store.add_document(doc, analysis)
    newer, newer_analysis = analysed("fr_kz_visit.txt", suffix=" Mis à jour le 8 mars.")
    newer_analysis.events = newer_analysis.events[:1]

    assert store.add_document(newer, newer_analysis) == doc_id
    assert store.count_documents() == 1
    assert store.document("fr_kz_visit.txt").text.endswith("Mis à jour le 8 mars.")
    assert [m.id for _, m, _, _ in store.event_mentions("FR-KZ")] == ["e1"]
    assert [r["doc"] for r in store.search("jour")] == ["fr_kz_visit.txt"]
    assert store.integrity_problems() == []


def test_find_document_by_text_hash_prefers_the_original(store: Store) -> None:
    doc, analysis = analysed("en_dz_it.txt")
    store.add_document(doc, analysis)
    copy = document("copy-on-another-site.html", doc.text, "en", duplicate_of="en_dz_it.txt")
    store.add_document(copy, None)
    assert store.find_document(doc.sha256) == "en_dz_it.txt"
    assert store.stats()["duplicates"] == 1


def test_near_duplicates_share_a_band_and_are_within_the_distance(store: Store) -> None:
    base = 0x0123_4567_89AB_CDEF
    variants = {
        "same.txt": base,
        "one-bit.txt": base ^ (1 << 63),
        "three-bits-in-three-bands.txt": base ^ (1 << 0) ^ (1 << 17) ^ (1 << 40),
        "four-bits.txt": base ^ 0b1111,
        "far.txt": base ^ 0xFFFF_FFFF_0000_0000,
    }
    for name, simhash in variants.items():
        store.add_document(document(name, f"text of {name}", "en", simhash=simhash), None)

    assert store.near_duplicates(base) == ["same.txt", "one-bit.txt", "three-bits-in-three-bands.txt"]
    assert store.near_duplicates(base, max_distance=0) == ["same.txt"]
    assert store.near_duplicates(base ^ 0xFFFF_FFFF_0000_0000) == ["far.txt"]
    with pytest.raises(ValueError, match="max_distance"):
        store.near_duplicates(base, max_distance=4)


def test_a_bad_date_rejects_that_document_only(store: Store) -> None:
    doc, analysis = analysed("kk_fr_kz.txt")
    analysis.events[1].when = "2025-02-30"
    with pytest.raises(StoreError, match=r"kk_fr_kz.txt.*e2.*bad date"):
        store.add_document(doc, analysis)
    assert store.count_documents() == 0
    store.add_document(*analysed("fr_kz_visit.txt"))
    assert store.count_documents() == 1
    assert store.integrity_problems() == []


def test_nul_characters_are_refused_on_both_stores(store: Store) -> None:
    with pytest.raises(StoreError, match="NUL"):
        store.add_document(document("nul.txt", "broken\x00text", "en"), None)


def test_a_failed_document_inside_a_batch_leaves_the_rest_of_the_batch(store: Store) -> None:
    bad_doc, bad = analysed("kk_fr_kz.txt")
    bad.events.append(EventMention("e9", "visit", 0, 5, "Мәжіл", when="not a date"))
    with store.transaction():
        store.add_document(*analysed("ru_eg_duma.txt"))
        with pytest.raises(StoreError):
            store.add_document(bad_doc, bad)
        store.add_failure(bad_doc.source, "bad date")
        store.add_document(*analysed("ar_eg_ru.txt"))
    assert sorted(d["doc"] for d in store.documents()) == ["ar_eg_ru.txt", "ru_eg_duma.txt"]
    assert [f["source"] for f in store.failures()] == ["tests/kk_fr_kz.txt"]
    assert store.integrity_problems() == []


def test_failures_survive_the_batch_rolling_back(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_document(*analysed("ru_eg_duma.txt"))
            store.add_failure("feeds/broken.xml", "not XML: line 1")
            with store.transaction():
                store.add_failure("feeds/other.xml", "empty")
                raise RuntimeError("the batch dies")
    assert store.count_documents() == 0
    failures = store.failures()
    assert {f["source"]: f["reason"] for f in failures} == {
        "feeds/broken.xml": "not XML: line 1", "feeds/other.xml": "empty"}
    assert all(f["at"].startswith("20") for f in failures)


def test_a_failure_in_a_rolled_back_savepoint_is_kept(store: Store) -> None:
    with store.transaction():
        with pytest.raises(RuntimeError):
            with store.transaction():
                store.add_failure("a.html", "no text")
                raise RuntimeError("inner")
    assert [f["source"] for f in store.failures()] == ["a.html"]


def test_a_failure_is_updated_then_cleared(store: Store) -> None:
    store.add_failure("page.html", "timeout")
    store.add_failure("page.html", "HTTP 500")
    assert [(f["source"], f["reason"]) for f in store.failures()] == [("page.html", "HTTP 500")]
    store.clear_failure("page.html")
    assert store.failures() == []
    assert store.stats()["failures"] == 0


def test_nested_transactions_commit_with_the_outer_one(store: Store) -> None:
    with pytest.raises(KeyError):
        with store.transaction():
            with store.transaction():
                store.add_document(*analysed("en_dz_it.txt"))
            assert store.count_documents() == 1
            raise KeyError("outer fails")
    assert store.count_documents() == 0


def test_every_article_stores_its_mentions(store: Store) -> None:
    for name in ARTICLES:
        store.add_document(*analysed(name))
    stats = store.stats()
    assert stats == {"documents": 5, "duplicates": 0, "failures": 0, "events": 0, "rejected_events": 0,
                     "corrections": 0, "actors": 0}
    assert store.pairs() == ["DZ-IT", "EG-RU", "FR-KZ"]
    kz = store.event_mentions("FR-KZ")
    assert [(doc, m.id) for doc, m, _, _ in kz] == [
        ("kk_fr_kz.txt", "e1"), ("kk_fr_kz.txt", "e2"),
        ("fr_kz_visit.txt", "e1"), ("fr_kz_visit.txt", "e2"), ("fr_kz_visit.txt", "e3")]
    doc, mention, lang, published = kz[2]
    assert (lang, published) == ("fr", "2025-03-06")
    text = store.document(doc).text
    assert text[mention.start:mention.end] == mention.text
    assert mention.text.startswith("Le président du groupe")
    assert store.integrity_problems() == []


def test_a_mention_without_countries_is_in_no_pair(store: Store) -> None:
    doc = document("vague.txt", "A delegation visited the capital.", "en", "2025-01-01")
    analysis = DocumentAnalysis(doc="vague.txt", lang="en", published="2025-01-01",
                                events=[EventMention("e1", "visit", 0, 33, doc.text)])
    store.add_document(doc, analysis)
    assert store.pairs() == []
    assert store.event_mentions("") != []
