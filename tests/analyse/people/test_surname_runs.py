"""A run of words that holds at one end the surname of a full name the article gives, and at the other
words of no name (a verb, a noun, a word capitalised only because it opens the sentence), is that
person named again by the surname alone (people/cleanup.py, surname_runs)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, full, words", [
    ("ar", "وصل وزير الخارجية الروسي سيرغي لافروف إلى عمان اليوم الثلاثاء. وأجرى لافروف محادثات مع نظيره "
           "الأردني أيمن الصفدي. وتأتي رحلة لافروف في إطار جولة إقليمية.", "سيرغي لافروف", 3),
    ("ar", "غادر رئيس الجمهورية السيد عبد المجيد تبون بكين اليوم. وخص الرئيس تبون باستقبال رسمي من "
           "طرف نظيره الصيني.", "عبد المجيد تبون", 2),
    ("ar", "استقبل الرئيس قاسم جومارت توكاييف الوفد في أستانا. وفي البلد الذي يحكم توكاييف منذ عام 2019 أقلية كاثوليكية.",
     "قاسم جومارت توكاييف", 2),
    ("fr", "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mardi à Amman. Accueillant "
           "Lavrov, le ministre jordanien Ayman Safadi a salué les entretiens.", "Sergueï Lavrov", 2),
    ("ru", "Министр иностранных дел России Сергей Лавров прибыл во вторник в Амман. Встречая Лаврова, "
           "глава МИД Иордании Айман Сафади назвал переговоры плодотворными.", "Сергей Лавров", 2),
])
def test_a_surname_run_is_the_person_named_again(lang: str, text: str, full: str, words: int) -> None:
    people = analyse(Document(doc="t", text=text, lang=lang, published="2023-07-21")).people
    named = [p for p in people if p.name == full]
    assert named and len(named[0].mentions) == words
    assert all(p.name == full or full.split()[-1] not in p.name for p in people)


@pytest.mark.parametrize("lang, text, names", [
    # a given name before the surname mid-sentence: another person of the family
    ("en", "President Ilham Aliyev opened the museum devoted to Heydar Aliyev in Baku.", {"Ilham Aliyev", "Heydar Aliyev"}),
    ("ar", "التقى الرئيس إلهام علييف في باكو بالرئيس الكازاخستاني قاسم جومارت توكاييف.",
     {"إلهام علييف", "قاسم جومارت توكاييف"}),
])
def test_two_people_of_one_surname_or_two_full_names_stay(lang: str, text: str, names: set[str]) -> None:
    people = analyse(Document(doc="t", text=text, lang=lang, published="2023-07-21")).people
    assert names <= {p.name for p in people}
