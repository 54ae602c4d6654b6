"""A lone surname written as the article's full name writes it is that person, whatever lemma a
dictionary guesses for the unknown word (people/cleanup.py, surnames)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text, full", [
    ("ru", "Министр иностранных дел Казахстана Мухтар Тилеуберди прибыл в Мадрид. Тилеуберди провел переговоры "
           "с министром иностранных дел Испании.", "Мухтар Тилеуберди"),
    ("ru", "Посол Казахстана Ержан Байжанбаев прибыл в Мадрид. Байжанбаев провел переговоры.", "Ержан Байжанбаев"),
    ("en", "Kazakh Foreign Minister Mukhtar Tileuberdi arrived in Madrid. Tileuberdi held talks with his Spanish "
           "counterpart.", "Mukhtar Tileuberdi"),
])
def test_a_lone_surname_as_written_in_the_full_name_is_the_same_person(lang: str, text: str, full: str) -> None:
    people = analyse(Document(doc="t", text=text, lang=lang, published="2021-07-06")).people
    assert [p.name for p in people] == [full]
