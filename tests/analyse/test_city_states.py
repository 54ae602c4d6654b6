"""A city-state named where something happens («in the Vatican», «в Ватикане», «Ватиканда», «في الفاتيكان»)
is the place of the event and its host, not the country around it; named otherwise («the Vatican said»,
«Ватиканның серіктесі») it is the state alone, no place."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def _read(lang: str, text: str, published: str = "2024-01-19"):
    return analyse(Document(doc="t", text=text, lang=lang, published=published))


@pytest.mark.parametrize("lang, text", [
    ("en", "On the second day of his visit to Italy, President Kassym-Jomart Tokayev met Pope Francis in the Vatican."),
    ("fr", "Au deuxième jour de sa visite en Italie, le président Kassym-Jomart Tokaïev a rencontré le pape François au Vatican."),
    ("ru", "Во второй день визита в Италию президент Касым-Жомарт Токаев встретился в Ватикане с Папой Римским Франциском."),
    ("kk", "Италияға сапарының екінші күні Президент Қасым-Жомарт Тоқаев Ватиканда Рим Папасы Францискпен кездесті."),
    ("ar", "في اليوم الثاني من زيارته إلى إيطاليا، التقى الرئيس قاسم جومارت توكاييف في الفاتيكان البابا فرنسيس."),
])
def test_a_meeting_in_the_vatican_is_hosted_by_the_holy_see(lang: str, text: str) -> None:
    r = _read(lang, text)
    (meeting,) = [e for e in r.events if e.type == "meeting"]
    assert meeting.host == "VA"
    assert meeting.place is not None and meeting.place.country == "VA"


@pytest.mark.parametrize("lang, text", [
    ("en", "The Vatican said the Pope would travel to Kazakhstan in September."),
    ("ru", "Ватикан сообщил, что понтифик посетит Казахстан в сентябре."),
    ("kk", "Понтифик Қазақстанның Ватиканның Орталық Азиядағы сенімді серіктесі екенін атап өтті."),
])
def test_the_vatican_named_as_the_state_is_no_place(lang: str, text: str) -> None:
    r = _read(lang, text)
    assert "VA" in {c.code for c in r.countries}
    assert not [p for p in r.places if p.country == "VA"]
