"""Full-text search in five languages — the same answers on SQLite (FTS5) and PostgreSQL (tsvector)."""
from __future__ import annotations

import pytest

from accord.store import MATCH_END, MATCH_START, Store
from accord.store.snippets import snippet
from tests.store_factories import document, event_from, store_articles


@pytest.fixture
def searchable(store: Store) -> Store:
    docs = store_articles(store)
    kk, kk_a = docs["kk_fr_kz.txt"]
    fr, fr_a = docs["fr_kz_visit.txt"]
    store.replace_events("FR-KZ", [
        event_from(kk, kk_a, "e1", "fr-kz-meeting", extra=[(fr, "e1")]),
        event_from(fr, fr_a, "e2", "fr-kz-memo"),
    ])
    ru, ru_a = docs["ru_eg_duma.txt"]
    store.replace_events("EG-RU", [event_from(ru, ru_a, "e1", "eg-ru-meeting")])
    return store


def docs_found(store: Store, query: str, expand: bool = False) -> list[str]:
    """The words as typed (expand=False): how the index folds and matches them; with `expand`,
    also every form of a name the gazetteer or the registry knows."""
    return sorted(r["doc"] for r in store.search(query, expand=expand))


@pytest.mark.parametrize(("query", "expected"), [
    # Russian: any case; a word also matches as the start of a longer (inflected) form.
    ("ВОЛОДИН", ["ru_eg_duma.txt"]),
    ("Египт", ["ru_eg_duma.txt"]),
    ("ёмкость", ["ru_eg_duma.txt"]),
    # Kazakh letters are letters of their own: «Қошанов» is not «Кошанов».
    ("Қошанов", ["kk_fr_kz.txt"]),
    ("кошанов", []),
    ("ынтымақтастық", ["kk_fr_kz.txt"]),
    # Arabic, also when the query carries harakat or tatweel the text does not.
    ("التعاون", ["ar_eg_ru.txt"]),
    ("التَّعَاوُن", ["ar_eg_ru.txt"]),
    ("مـوسكو", ["ar_eg_ru.txt"]),
    # French and English: accents folded both ways.
    ("energie", ["fr_kz_visit.txt"]),
    ("ÉNERGIE", ["fr_kz_visit.txt"]),
    ("energy", ["en_dz_it.txt"]),
    # Every word must match, across scripts within one document.
    ("Astana mémorandum", ["fr_kz_visit.txt"]),
    ("Astana Medgaz", []),
    # Words from the title count too.
    ("senators", ["en_dz_it.txt"]),
    # Punctuation and FTS operators are plain text, never syntax.
    ('"Goudjil" AND (La Russa*', ["en_dz_it.txt"]),
    ('NOT Goudjil', []),
    ("Эль-Дабаа", ["ru_eg_duma.txt"]),
    ("", []),
    ("!!!", []),
])
def test_search_finds_words_in_every_script(searchable: Store, query: str, expected: list[str]) -> None:
    assert docs_found(searchable, query) == expected


@pytest.mark.parametrize(("query", "expected"), [
    # a name the registry knows, in any script and any case form: the Arabic article writes «فولودين»
    ("ВОЛОДИН", ["ar_eg_ru.txt", "ru_eg_duma.txt"]),
    ("Volodin", ["ar_eg_ru.txt", "ru_eg_duma.txt"]),
    # the Kazakh article writes «Қошанов», the French one «Kochanov»: one person of the registry
    ("кошанов", ["fr_kz_visit.txt", "kk_fr_kz.txt"]),
    ("Koshanov", ["fr_kz_visit.txt", "kk_fr_kz.txt"]),
    # a city of the gazetteer in any script finds its Kazakh locative «Астанада» and French «Astana»
    ("أستانا", ["fr_kz_visit.txt", "kk_fr_kz.txt"]),
    ("Астану", ["fr_kz_visit.txt", "kk_fr_kz.txt"]),
    # every word must still match; words no name list knows match as typed
    ("Astana Medgaz", []),
    ("Medgaz", ["en_dz_it.txt"]),
])
def test_search_finds_every_form_of_a_known_name(searchable: Store, query: str, expected: list[str]) -> None:
    assert docs_found(searchable, query, expand=True) == expected


def test_search_returns_snippet_and_matching_events(searchable: Store) -> None:
    [hit] = searchable.search("меморандумға")
    assert hit["doc"] == "kk_fr_kz.txt"
    assert hit["title"].startswith("Мәжіліс Төрағасы")
    assert f"{MATCH_START}меморандумға{MATCH_END}" in hit["snippet"]
    # the memorandum sentence of the Kazakh article is evidence of no stored event; its meeting is
    assert hit["events"] == []
    [hit] = searchable.search("Ерлан Қошанов", expand=False)
    assert hit["events"] == ["fr-kz-meeting"]
    # every script of his name: the French article writes «Erlan Kochanov»
    hits = searchable.search("Ерлан Қошанов")
    assert sorted(h["doc"] for h in hits) == ["fr_kz_visit.txt", "kk_fr_kz.txt"]
    [hit] = searchable.search("mémorandum")
    assert hit["events"] == ["fr-kz-memo"]


def test_search_ranks_the_document_about_the_query_first(store: Store) -> None:
    store.add_document(document("many.txt", "Парламент. " * 5 + "Казахстан и Франция.", "ru"), None)
    store.add_document(document("once.txt", "Парламент Египта принял закон о бюджете на 2025 год, "
                                            "обсуждение длилось весь день и всю ночь.", "ru"), None)
    assert [r["doc"] for r in store.search("парламент")] == ["many.txt", "once.txt"]
    assert [r["doc"] for r in store.search("парламент", limit=1)] == ["many.txt"]


def test_snippet_marks_the_densest_run_of_matches() -> None:
    text = ("Вступление без совпадений. " * 10 + "Делегация Казахстана посетила Париж; "
            "казахстанская сторона подписала соглашение. Конец.")
    assert snippet(text, ["казахстан"], words=8) == (
        "…совпадений. Делегация ⟦Казахстана⟧ посетила Париж; ⟦казахстанская⟧ сторона подписала…")
    assert snippet("Матч в конце текста Казахстан.", ["казахстан"], words=3) == "…текста ⟦Казахстан⟧."
    assert snippet("No match here.", ["absent"]) == "No match here."


def test_snippet_of_an_arabic_text_keeps_vowelled_words_whole() -> None:
    text = "وَصَلَ الوفدُ إلى الرباط، والتقى رئيسَ مجلسِ النواب."
    cut = snippet(text, ["الرباط"])
    assert f"{MATCH_START}الرباط{MATCH_END}" in cut
    assert cut.startswith("وَصَلَ")
