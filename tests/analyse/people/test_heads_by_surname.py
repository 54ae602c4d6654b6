"""A head of state or government named by the surname alone where the article never gives the full name
(«ووصل ماكرون إلى سمرقند», «Макрон прибыл», «M. Xi a reçu»): the holder the registry knows by that
surname, once the article speaks of the holder's country; the visit and the talks then have their visitor."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def _people(lang: str, text: str) -> dict[str, tuple[str | None, str | None]]:
    result = analyse(Document(doc="t", text=text, lang=lang, published="2024-05-20"))
    return {p.name: (p.role, p.country) for p in result.people}


@pytest.mark.parametrize("lang, text, name, country", [
    ("ar", "ووصل ماكرون مساء الأربعاء إلى مدينة سمرقند الأوزبكية في زيارة رسمية، وأكد أهمية الشراكة مع فرنسا.",
     "إيمانويل ماكرون", "FR"),
    ("ru", "Макрон прибыл в Самарканд с официальным визитом. Франция и Узбекистан подпишут ряд документов.",
     "Эммануэль Макрон", "FR"),
    ("en", "Erdogan landed in Cairo on Wednesday for his first visit to Egypt in over a decade, Turkish media said.",
     "Recep Tayyip Erdoğan", "TR"),
    ("fr", "M. Xi a reçu lundi à Pékin le président égyptien, venu renforcer les liens entre la Chine et l'Égypte.",
     "Xi Jinping", "CN"),
])
def test_a_head_named_by_surname_is_the_holder(lang: str, text: str, name: str, country: str) -> None:
    people = _people(lang, text)
    assert people.get(name, (None, None))[1] == country, people


@pytest.mark.parametrize("lang, text", [
    # the holder's country is not the article's: «Макрон» may be anyone's namesake
    ("ru", "Макрон прибыл в Самарканд с официальным визитом и провёл переговоры."),
    # no verb whose subject the Arabic word is: no capitals tell a name there
    ("ar", "وتحدثت الصحف الفرنسية عن ماكرون كثيرا هذا الأسبوع."),
])
def test_no_holder_without_the_country_or_the_verb(lang: str, text: str) -> None:
    people = _people(lang, text)
    assert not any("ماكرون" in n or "Макрон" in n for n in people), people


def test_the_visitor_named_by_surname_is_on_the_visit() -> None:
    text = "ووصل ماكرون إلى مدينة سمرقند حيث استقبله نظيره الأوزبكي شوكت ميرزيوييف، في زيارة تستغرق يومين لأوزبكستان تلبية لدعوة فرنسا."
    result = analyse(Document(doc="t", text=text, lang="ar", published="2024-05-20"))
    names = {p.id: p.name for p in result.people}
    visits = [e for e in result.events if e.type == "visit"]
    assert visits and "إيمانويل ماكرون" in [names[p] for p in visits[0].people], (names, result.events)
