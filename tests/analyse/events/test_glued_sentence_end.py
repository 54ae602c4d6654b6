"""Scraped pages lose the space after a full stop. Where sentences start with a capital the next word
shows the break («on Monday.The President»); in Arabic a full stop between two words of three letters
or more (also after a space: «آل ثاني .ويرافق») ends the sentence, so the delegation that a later
sentence lists does not join the talks. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.lang.pack import get_pack
from accord.model import Document

SPLITS = [
    ("ar", "وصل الرئيس إلى الدوحة في زيارة رسمية لدولة قطر.ولدى وصوله كان في استقباله الأمير.",
     ["وصل الرئيس إلى الدوحة في زيارة رسمية لدولة قطر.", "ولدى وصوله كان في استقباله الأمير."]),
    ("ar", "أجرى الرئيس مباحثات مع الشيخ تميم بن حمد آل ثاني .ويرافق الرئيس وفد رسمي.",
     ["أجرى الرئيس مباحثات مع الشيخ تميم بن حمد آل ثاني .", "ويرافق الرئيس وفد رسمي."]),
    # one letter before the stop is an abbreviation («د.» for doctor)
    ("ar", "واستقبله وزير الصحة د.محمد الأمين في المطار.", ["واستقبله وزير الصحة د.محمد الأمين في المطار."]),
    ("en", "The President arrived in Doha on Monday.The Emir welcomed him at the airport.",
     ["The President arrived in Doha on Monday.", "The Emir welcomed him at the airport."]),
    ("fr", "Le président est arrivé lundi à Doha.Le prince l'a accueilli à l'aéroport.",
     ["Le président est arrivé lundi à Doha.", "Le prince l'a accueilli à l'aéroport."]),
]


@pytest.mark.parametrize("lang, text, expected", SPLITS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SPLITS)])
def test_a_stop_without_a_space_ends_the_sentence(lang: str, text: str, expected: list[str]) -> None:
    spans = get_pack(lang).sentences(text)
    assert [text[s.start:s.end] for s in spans] == expected


TALKS_THEN_DELEGATION = [
    ("ar", "وصل الرئيس الموريتاني محمد ولد الغزواني اليوم الأحد إلى الدوحة في زيارة رسمية لدولة قطر.\n\n"
           "وبعد استراحة قصيرة في قاعة التشريفات، توجه الموكب إلى الديوان الأميري، حيث يجري الرئيس مباحثات مع "
           "أخيه الشيخ تميم بن حمد آل ثاني .ويرافق الرئيس خلال هذه الزيارة وفد رسمي يضم وزير الخارجية "
           "محمد سالم ولد مرزوك ومستشاره محمد أحمد ولد محمد الأمين.",
     "تميم بن حمد آل ثاني", {"محمد سالم ولد مرزوك", "محمد أحمد ولد محمد الأمين"}),
]


@pytest.mark.parametrize("lang, text, counterpart, companions", TALKS_THEN_DELEGATION,
                         ids=[c[0] for c in TALKS_THEN_DELEGATION])
def test_the_delegation_after_a_glued_stop_is_not_at_the_talks(lang: str, text: str, counterpart: str,
                                                               companions: set[str]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-11-16"))
    names = {p.id: p.name for p in found.people}
    meetings = [e for e in found.events if e.type == "meeting"]
    assert meetings, [(e.type, e.evidence) for e in found.events]
    people = {names[p] for m in meetings for p in m.people}
    assert counterpart in people, people
    assert not people & companions, people
