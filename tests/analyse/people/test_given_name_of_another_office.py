"""A given name titled with one office («ورئيس الوزراء محمد») is not the person titled with another whose
full name starts with it («ورئيس مجلس النواب محمد الحلبوسي»); a given name with the same office, or with
none, still is. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

TWO_PEOPLE = [
    ("ar", "وصل وزير الخارجية الروسي سيرجي لافروف إلى بغداد في زيارة رسمية لإجراء محادثات مع رئيس الوزراء محمد، "
           "ورئيس مجلس النواب محمد الحلبوسي.", "محمد الحلبوسي"),
    ("en", "Russian Foreign Minister Sergey Lavrov arrived in Baghdad for talks with Prime Minister Mohammed and "
           "with Parliament Speaker Mohammed al-Halbousi.", "Mohammed al-Halbousi"),
]


@pytest.mark.parametrize("lang, text, speaker", TWO_PEOPLE, ids=[c[0] for c in TWO_PEOPLE])
def test_two_offices_two_people(lang: str, text: str, speaker: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-02-06"))
    by_name = {p.name: p for p in found.people}
    assert speaker in by_name, list(by_name)
    assert len(by_name[speaker].mentions) == 1, [(p.name, p.role, len(p.mentions)) for p in found.people]


ONE_PERSON = [
    ("ar", "استقبل رئيس الوزراء العراقي محمد شياع السوداني وزير الخارجية الروسي. وبحث رئيس الوزراء محمد مع "
           "الوزير سبل التعاون.", "محمد شياع السوداني"),
    ("en", "President Shavkat Mirziyoyev received the Russian minister. President Shavkat then hosted a dinner.",
     "Shavkat Mirziyoyev"),
]


@pytest.mark.parametrize("lang, text, full", ONE_PERSON, ids=[c[0] for c in ONE_PERSON])
def test_a_given_name_still_joins_its_owner(lang: str, text: str, full: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-02-06"))
    by_name = {p.name: p for p in found.people}
    assert full in by_name, list(by_name)
    assert len(by_name[full].mentions) == 2, [(p.name, p.role, len(p.mentions)) for p in found.people]
