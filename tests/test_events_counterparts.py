"""Talks with two host-side officials in one visit are two meetings, even when one's country is unread."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("en", "Kazakh Foreign Minister Mukhtar Tileuberdi paid an official visit to the Sultanate of Oman.\n\n"
           "The official part of the visit began with talks between Tileuberdi and Deputy Prime Minister for "
           "International Relations and Cooperation Asa'ad bin Tariq.\n\n"
           "Minister Tileuberdi held talks with Foreign Minister of Oman Badr al Busaidi, during which the "
           "parties discussed trade and investment."),
    ("ru", "Министр иностранных дел Казахстана Мурат Нуртлеу совершил официальный визит в Оман.\n\n"
           "Официальная часть визита началась с переговоров Нуртлеу и вице-премьера по международным связям "
           "Асада бен Тарика.\n\n"
           "Затем Нуртлеу провёл переговоры с министром иностранных дел Омана Бадром аль-Бусаиди, в ходе "
           "которых стороны обсудили торговлю и инвестиции."),
]


@pytest.mark.parametrize("lang, text", CASES, ids=[c[0] for c in CASES])
def test_talks_with_two_host_officials_are_two_meetings(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-02-02"))
    meetings = [e for e in found.events if e.type == "meeting"]
    assert len(meetings) == 2
