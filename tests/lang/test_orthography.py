"""Orthography: one table per language, and every part that normalises or splits a string reads it."""
import re
import unicodedata

import pytest

from accord.analyse import timex_lexicon
from accord.analyse.lexicon import compile_patterns
from accord.evaluate.normalise import normalise_name
from accord.ingest.pubdate import _month_table, header_date
from accord.lang.data import load
from accord.lang.orthography import (
    fold_letters,
    list_join,
    normalise,
    orthography,
    strip_marks,
    word_start_clitics,
)
from accord.lang.pack import get_pack
from accord.model import LANGUAGES
from accord.names.romanise import clean_arabic
from accord.store import keys
from tests.paths import ROOT

SRC = ROOT / "src" / "accord"

# Hamza carriers (أ إ آ ٱ ؤ ئ), alif maqsura, ta marbuta, tatweel, harakat, shadda, sukun, dagger alif.
ARABIC = ["أحمد", "إبراهيم", "آل", "ٱلقاهرة", "مؤتمر", "رئيس", "مصطفى", "الجمهورية", "جمهوريـــة",
          "مُحَمَّد", "عَلِيّ", "الرَّحْمٰن", "الإِمَارَات", "بـالـرِّبَـاط", "مَسْؤُولٌ"]


@pytest.mark.parametrize("word", ARABIC)
def test_every_part_folds_arabic_with_the_same_function(word: str) -> None:
    expected = normalise(word)
    # no mark, no variant letter is left
    assert not re.search("[\u064b-\u0652\u0670\u0640أإآٱؤئىة]", expected)
    for lang in LANGUAGES:
        assert get_pack(lang).normalise(word) == normalise(word, orthography(lang).fold_accents)
    # the scorer's rule 1 (one word, so no punctuation to turn into spaces)
    assert normalise_name(word) == expected
    # time expressions fold letters one for one (offsets stay the text's), and nothing else
    folded = timex_lexicon.fold(word)
    assert len(folded) == len(word) and folded == fold_letters(word)
    assert strip_marks(folded) == expected
    # names drop the same marks before romanising
    assert clean_arabic(word) == strip_marks(unicodedata.normalize("NFC", word))
    assert fold_letters(clean_arabic(word)) == expected
    # the store's search keys drop the same marks (letters stay: they mirror SQLite's tokenizer)
    assert keys.fold(word) == strip_marks(word)


def test_no_module_keeps_its_own_arabic_marks_or_letter_table() -> None:
    """The letter pairs and mark ranges live in the orthography files, nowhere in code."""
    copies = []
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r'"[أإآٱ]"\s*:\s*"ا"', text) or re.search(r"\\u064[bB]", text):
            copies.append(str(path.relative_to(SRC)))
    assert copies == []


def test_letter_tables_of_all_languages_agree() -> None:
    seen: dict[str, str] = {}
    for lang in LANGUAGES:
        for src, dst in orthography(lang).letters.items():
            assert seen.setdefault(src, dst) == dst, (lang, src)
            assert len(src) == len(dst) == 1


def test_arabic_clitics_are_declared_once() -> None:
    ar = orthography("ar")
    assert set(ar.clitic_letters) == {p for p, r in ar.clitic_prefixes if len(p) == 1}
    assert "ك" in ar.clitic_letters
    assert "clitic_letters" not in load("ar", "time") and "prefix" not in load("ar", "events")
    assert "prefixes" not in load("ar", "pack")
    # the event patterns, time expressions and lexicon look-ups all take «ك» as a clitic
    rx = compile_patterns("ar", ["زيار[ةت]"])
    assert rx.fullmatch("كزيارة") and rx.fullmatch("وبالزيارة")
    assert "الرباط" in get_pack("ar").strip_clitics("كالرباط")
    assert word_start_clitics("en") == ""
    assert any(t.text.endswith("2025") for t in _times_ar("وصل كيناير 2025 إلى الرباط"))


def _times_ar(text: str):
    from accord.analyse.timex import find_times
    return find_times(text, "ar", None)


@pytest.mark.parametrize("lang, between, joined", [
    ("en", ", and the ", True), ("en", " also ", True), ("en", " with ", False),
    ("fr", " et l'", True), ("fr", ", une ", True), ("fr", " avec ", False),
    ("ru", " и ", True), ("kk", " және ", True), ("kk", " и ", False),
    ("ar", "، ", True), ("ar", " في ", False),
])
def test_list_joins_are_each_languages_own_words(lang: str, between: str, joined: bool) -> None:
    assert bool(list_join(lang).search(between)) is joined


def test_publication_dates_read_the_months_time_expressions_read() -> None:
    table = _month_table()
    for lang in LANGUAGES:
        for form in timex_lexicon.month_forms(lang):
            assert form.casefold().rstrip(".") in table, (lang, form)
    # an Egyptian spelling CLDR lacks, listed once in ar/time.toml
    assert header_date("القاهرة في 3 يونيه 2025\nنص الخبر", today=None) == "2025-06-03"
    assert all("header_date" not in load(lang, "boilerplate") for lang in LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_its_orthography_file(lang: str) -> None:
    o = orthography(lang)
    assert o.clause_breaks and o.words("and")
    assert "," in o.clause_breaks and ":" in o.clause_breaks


def test_roles_are_ranked_once() -> None:
    from accord.analyse import people
    from accord.analyse.events import part_of
    from accord.lang.roles import delegation_heads, ranking

    assert people.ROLE_PRIORITY == ranking()
    heads = delegation_heads()
    assert part_of.LEADING_ROLES == heads
    assert set(heads) <= set(ranking()) and "spokesperson" not in heads
