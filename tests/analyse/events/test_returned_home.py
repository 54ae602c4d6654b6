"""A head of state who comes back home after a trip is on no visit to his own country: the place after
a verb of coming back («вернулся в Москву», «est rentré à Paris», «عاد إلى …», «Астанаға оралды»)
is the traveller's home, and the visit goes where the trip went."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def visits(lang: str, text: str) -> list[tuple[str | None, list[str]]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-09-05"))
    return [(e.host, e.people) for e in r.events if e.type == "visit"]


@pytest.mark.parametrize("lang, text, host", [
    ("ru", "Президент России Владимир Путин вернулся в Москву после визита в Китай.", "CN"),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев вернулся в Астану из Рима, где находился с визитом.", "IT"),
    ("fr", "Le président Emmanuel Macron est rentré jeudi à Paris, au terme d'une visite d'État en Tunisie.", "TN"),
    ("en", "Prime Minister Giorgia Meloni returned to Rome on Friday after a two-day visit to Kazakhstan.", "KZ"),
    ("ar", "عاد الرئيس الجزائري عبد المجيد تبون إلى الجزائر العاصمة بعد زيارة دولة إلى قطر.", "QA"),
    ("kk", "Мемлекет басшысы Қасым-Жомарт Тоқаев Италияға сапарын аяқтап, Астанаға оралды.", "IT"),
])
def test_coming_home_is_no_visit_home(lang: str, text: str, host: str) -> None:
    found = visits(lang, text)
    assert found and all(h == host for h, _ in found)
    assert all(people for _, people in found)     # the traveller is the visitor


@pytest.mark.parametrize("lang, text, host", [
    # a trip word between the verb and the place: the place is where the trip went
    ("en", "The President returned from a state visit to Italy on Friday, where he met Giorgia Meloni.", "IT"),
    # a return visit is a visit, not a coming home
    ("fr", "Il a invité le président tunisien à effectuer une visite d'État de retour en France.", "FR"),
    ("ru", "Президент Казахстана вновь посетил Рим с официальным визитом в Италию.", "IT"),
])
def test_a_trip_told_after_the_verb_keeps_its_destination(lang: str, text: str, host: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2025-09-05"))
    assert [e.host for e in r.events if e.type in ("visit", "proposal")] == [host]
