"""A visit to a third country that names no one, in an article about one side's trip, is the traveller's
leg there: an event of the traveller's country and that third country, with the traveller; one whose
sentence names a traveller of its own stays that traveller's."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def visits(lang: str, published: str, text: str) -> list[tuple[str | None, list[str], list[str]]]:
    found = analyse(Document(doc="t", text=text, lang=lang, published=published))
    names = {p.id: p.name for p in found.people}
    return [(e.host, sorted(e.countries), [names[p] for p in e.people]) for e in found.events if e.type == "visit"]


LEGS = [
    ("ar", "2023-06-06", "وصلت رئيسة الوزراء الإيطالية جورجيا ميلوني صباح اليوم إلى تونس في زيارة عمل تستغرق يوما "
                         "واحدا.\n\nوهذه هي الزيارة الثالثة لميلوني إلى المنطقة بعد زيارة إلى مصر في نوفمبر 2022.",
     "EG", ["EG", "IT"]),
    ("fr", "2024-07-08", "Le Premier ministre indien Narendra Modi est arrivé lundi à Moscou pour une visite officielle "
                         "de deux jours en Russie.\n\nIl se rendra ensuite en visite en Autriche mercredi.",
     "AT", ["AT", "IN"]),
    ("kk", "2022-09-14", "Қытай Төрағасы Си Цзиньпин мемлекеттік сапармен Астанаға келді.\n\nҚазақстаннан кейін Қытай "
                         "басшысы Өзбекстанның Самарқан қаласына барады, онда Шанхай ынтымақтастық ұйымының саммиті "
                         "өтеді.", "UZ", ["CN", "UZ"]),
]


@pytest.mark.parametrize("lang, published, text, host, countries", LEGS, ids=[c[0] for c in LEGS])
def test_a_leg_in_a_third_country_is_the_travellers(lang: str, published: str, text: str, host: str,
                                                      countries: list[str]) -> None:
    found = visits(lang, published, text)
    leg = [v for v in found if v[0] == host]
    assert len(leg) == 1 and leg[0][1] == countries and leg[0][2], found


def test_a_third_country_trip_of_someone_named_stays_his() -> None:
    text = ("Le Premier ministre indien Narendra Modi est arrivé lundi à Moscou pour une visite officielle de deux "
            "jours en Russie.\n\nCette visite intervient après la tournée en Arabie saoudite du président américain "
            "Joe Biden.")
    leg = [v for v in visits("fr", "2024-07-08", text) if v[0] == "SA"]
    assert all("Narendra Modi" not in v[2] for v in leg)
