"""A meeting told as held during a visit named as an earlier one is as old as that visit: it is recalled,
part of the recalled visit, not merged into the talks the article reports as news."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

NEWS = {
    "en": "Kazakh President Kassym-Jomart Tokayev received Italian Foreign Minister Antonio Tajani in Astana on Monday. ",
    "ru": "Президент Казахстана Касым-Жомарт Токаев в понедельник принял в Астане министра иностранных дел Италии Антонио Таяни. ",
    "fr": "Le président kazakh Kassym-Jomart Tokaïev a reçu lundi à Astana le ministre italien des Affaires étrangères Antonio Tajani. ",
}


@pytest.mark.parametrize("lang, text", [
    ("en", "During her last visit to Astana, Prime Minister Giorgia Meloni held talks with Tokayev."),
    ("ru", "Во время своего прошлого визита в Астану Джорджа Мелони провела переговоры с Токаевым."),
    ("fr", "Lors de sa dernière visite à Astana, Giorgia Meloni s'est entretenue avec Tokaïev."),
])
def test_a_meeting_during_an_earlier_visit_is_recalled(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=NEWS[lang] + text, lang=lang, published="2025-09-05"))
    meetings = [e for e in r.events if e.type == "meeting"]
    assert len(meetings) == 2
    news, old = meetings
    assert news.when == "2025-09-01"
    assert old.when == "../2025-09-05"
    parent = next(e for e in r.events if e.id == old.part_of)
    assert parent.type == "visit" and parent.when == old.when


@pytest.mark.parametrize("lang, text", [
    # the earlier visit only named beside the news talks: they stay news
    ("en", "Tokayev held talks with Meloni, who recalled her last visit to Astana."),
    ("ru", "Токаев провел переговоры с Мелони, которая вспомнила свой прошлый визит в Астану."),
])
def test_an_earlier_visit_named_beside_news_talks_leaves_them_news(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-09-05"))
    assert [e.when for e in r.events if e.type == "meeting"] == ["2025-08-29/2025-09-05"]
