"""«Met Meloni and invited her to visit Astana»: the invitation is a proposal, and the talks at which it was
made are a meeting held. Where verbs come last, a meeting word closing a clause of its own («Мелонимен
кездесіп, оны … шақырған») is talks held, not what the invitation proposes; «отырысын … өткізу туралы
уағдаласты» (agreed to hold the session) stays one proposal."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-05-20")


MET_AND_INVITED = [
    ("kk", "Мемлекет басшысы Қасым-Жомарт Тоқаев биыл қаңтарда Абу-Дабиде Италия Премьер-министрі Джорджа "
           "Мелонимен кездесіп, оны Астанаға ресми сапармен келуге шақырған болатын."),
    ("kk", "Қасым-Жомарт Тоқаев өткен жылы Берлинде Германия Федералдық канцлері Олаф Шольцпен кездесті, "
           "оны Қазақстанға сапармен келуге шақырды."),
    ("ru", "В январе в Абу-Даби Касым-Жомарт Токаев встретился с премьер-министром Италии Джорджей Мелони и "
           "пригласил её посетить Астану с официальным визитом."),
    ("en", "In January in Abu Dhabi, Kassym-Jomart Tokayev met with Italian Prime Minister Giorgia Meloni and "
           "invited her to pay an official visit to Astana."),
]


@pytest.mark.parametrize("lang, text", MET_AND_INVITED, ids=[f"{c[0]}{i}" for i, c in enumerate(MET_AND_INVITED)])
def test_talks_where_an_invitation_was_made_are_a_meeting(lang: str, text: str) -> None:
    found = types(lang, text)
    assert found.count("meeting") == 1 and found.count("proposal") == 1   # (a visit placed in Berlin may join)


def test_a_session_agreed_to_be_held_stays_one_proposal() -> None:
    assert types("kk", "Тараптар үкіметаралық комиссияның келесі отырысын Астанада өткізу туралы уағдаласты.") \
        == ["proposal"]
