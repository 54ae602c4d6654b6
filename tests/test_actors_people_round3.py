"""People: names that end before a headline verb, foreign names with a hyphenated case ending,
two names side by side, abbreviations that are no names."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def names(lang: str, text: str) -> list[str]:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2026-02-11"))
    return sorted(p.name for p in found.people)


@pytest.mark.parametrize("text, expected", [
    ("عبد العاطي يختتم زيارته إلى باريس\n\nاختتم وزير الخارجية المصري بدر عبد العاطي زيارته إلى فرنسا.",
     ["بدر عبد العاطي"]),
    ("التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، أمس الثلاثاء، نظيره الكازاخستاني.",
     ["فيصل بن فرحان بن عبدالله"]),
])
def test_arabic_names_end_before_verbs_and_possessed_nouns(text: str, expected: list[str]) -> None:
    assert names("ar", text) == expected


def test_kazakh_case_ending_after_a_hyphen_is_not_part_of_the_name() -> None:
    text = ("Ермек Көшербаев ҚХР Сыртқы істер министрі Ван И-мен кездесті. Ол ҚКП ОК Халықаралық байланыстар "
            "бөлімінің басшысы Лю Хайсинмен кездесті.")
    assert names("kk", text) == ["Ван И", "Ермек Көшербаев", "Лю Хайсин"]


def test_two_names_side_by_side_are_two_people() -> None:
    text = ("Қазақстан Сыртқы істер министрі Ермек Көшербаев Пекинде болды. "
            "Ермек Көшербаев Ван И-ді Қазақстанға ресми сапармен келуге шақырды.")
    assert "Ермек Көшербаев Ван И" not in names("kk", text)
    assert {"Ермек Көшербаев", "Ван И"} <= set(names("kk", text))


def test_a_surname_in_capitals_still_ends_a_name() -> None:
    assert "Aigul Kuspan" in [n.title() for n in names("fr", "La présidente du groupe d'amitié, Mme Aigul KUSPAN, a reçu la délégation.")]
