"""A community met (the diaspora, students, business people) is no counterpart: no meeting."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("en", "South Korean President Lee Min-ho arrived in Astana on Tuesday for a state visit. "
           "Upon arrival, Lee met with ethnic Koreans and overseas residents in Kazakhstan."),
    ("ru", "Президент Монголии Ухнаагийн Хурэлсух прибыл в Астану с государственным визитом. "
           "В тот же день он встретился с представителями монгольской диаспоры."),
    ("fr", "Le président sénégalais Bassirou Diomaye Faye est arrivé mardi à Paris pour une visite officielle. "
           "Il a rencontré la communauté sénégalaise de France à l'ambassade."),
    ("kk", "Моңғолия Президенті Ухнаагийн Хүрелсүх Астанаға мемлекеттік сапармен келді. "
           "Сапар барысында ол моңғол диаспорасының өкілдерімен кездесті."),
]


@pytest.mark.parametrize("lang, text", CASES, ids=[c[0] for c in CASES])
def test_a_community_met_is_no_meeting(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-10-07"))
    types = [e.type for e in found.events]
    assert "visit" in types and "meeting" not in types, types
