"""Talks joined to a visit that name no place of their own were held where the visit went, though a
reception word in their sentence seemed to make the visitor's side the host («Папуашвили … жылы
қабылдағаны үшін алғысын білдірді», «Папуашвили, которого принял Глава государства»). Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("kk", "Грузия Парламентінің төрағасы Шалва Папуашвили Қазақстанға ресми сапармен келді. Шалва Папуашвили "
           "Мемлекет басшысына және бүкіл Қазақстан халқына жылы қабылдағаны үшін алғысын білдірді."),
    ("ru", "Председатель парламента Грузии Шалва Папуашвили находится в Казахстане с официальным визитом. "
           "Шалва Папуашвили, которого принял Глава государства, поблагодарил казахстанский народ за "
           "гостеприимство."),
])
def test_talks_during_a_visit_are_hosted_where_it_went(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2024-04-12"))
    meetings = [e for e in r.events if e.type == "meeting"]
    assert meetings and all(e.part_of and e.host == "KZ" for e in meetings)
