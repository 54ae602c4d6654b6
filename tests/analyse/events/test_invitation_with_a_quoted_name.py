"""An invitation to visit whose inviter is quoted between the invitation and the visit word («تلقى دعوة رسمية من
«بوتين» لزيارة روسيا») is still an invitation: carried out by the visit the article tells, it is no visit of its
own dated by the invitation."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

TEXTS = [
    ("ar", "وصل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم الأحد إلى موسكو في زيارة رسمية إلى روسيا.\n\n"
           "وفي 7 فبراير الماضي، تلقى الشيخ «تميم بن حمد» دعوة رسمية من «بوتين» لزيارة روسيا."),
    ("fr", "L'émir du Qatar, cheikh Tamim ben Hamad Al Thani, est arrivé dimanche à Moscou pour une visite officielle "
           "en Russie.\n\nLe 7 février, cheikh « Tamim ben Hamad » avait reçu une invitation officielle de « Poutine » "
           "à se rendre en Russie."),
]


@pytest.mark.parametrize("lang, text", TEXTS, ids=[t[0] for t in TEXTS])
def test_an_invitation_carried_out_is_no_second_visit(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2018-03-25"))
    visits = [e for e in found.events if e.type == "visit"]
    assert len(visits) == 1 and visits[0].when and visits[0].when.startswith("2018-03"), \
        [(v.when, v.evidence) for v in visits]
