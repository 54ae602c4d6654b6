"""Talks of one stated day told twice, once naming the counterpart («Putin will receive the Emir on 26 March») and
once naming only the guest («on 26 March the Russian president will hold talks with Sheikh Tamim»), are one
meeting."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

ONE = [
    ("ar", "وصل أمير قطر الشيخ تميم بن حمد آل ثاني إلى موسكو في زيارة رسمية إلى روسيا.\n\n"
           "وأعلن الكرملين أن الرئيس الروسي فلاديمير بوتين سيستقبل أمير قطر يوم 26 مارس.\n\n"
           "وقال الكرملين في تغريدة: «يوم 26 مارس يجري الرئيس الروسي مباحثات مع الشيخ تميم بن حمد آل ثاني»."),
    ("en", "The Emir of Qatar Sheikh Tamim bin Hamad Al Thani arrived in Moscow on an official visit to Russia.\n\n"
           "The Kremlin said President Vladimir Putin will receive the Emir of Qatar on March 26.\n\n"
           "\"On March 26 the Russian president will hold talks with Sheikh Tamim bin Hamad Al Thani,\" the Kremlin wrote."),
]


@pytest.mark.parametrize("lang, text", ONE, ids=[c[0] for c in ONE])
def test_talks_of_one_day_told_twice_are_one_meeting(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2018-03-23"))
    assert [e.type for e in found.events].count("meeting") == 1

