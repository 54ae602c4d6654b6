"""Where a visit goes: a place after a word of a situation is a subject of talks, not the destination."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("fr", "Le président grec Konstantinos Tasoulas est arrivé dimanche soir en Égypte pour une visite de deux jours "
           "consacrée à la situation à Gaza et à la coopération énergétique. Il a été reçu par le président "
           "égyptien Abdel Fattah al-Sissi."),
    ("en", "Greek Prime Minister Kyriakos Mitsotakis arrived in Cairo on Sunday for a two-day visit to Egypt. "
           "The visit will focus on the war in Gaza and on energy links, Egyptian officials said."),
    ("ar", "وصل رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس إلى القاهرة مساء الأحد في زيارة لمصر تستغرق يومين. "
           "وقالت الرئاسة المصرية إن الزيارة ستبحث الحرب في غزة والتعاون في مجال الطاقة."),
    ("ru", "Премьер-министр Греции Кириакос Мицотакис прибыл в Каир с двухдневным визитом в Египет. "
           "Визит будет посвящён ситуации в Газе и сотрудничеству в энергетике, сообщили в Каире."),
]


@pytest.mark.parametrize("lang, text", CASES, ids=[c[0] for c in CASES])
def test_a_visit_goes_to_its_country_not_to_the_subject_of_its_talks(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-12"))
    visits = [e for e in found.events if e.type == "visit"]
    hosts = [v.host for v in visits]
    assert "EG" in hosts and "PS" not in hosts, hosts
