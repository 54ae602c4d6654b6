"""A visit is implied when the text places the visitor in the host country (GOLD.md, "One trip, one
visit"): besides talks held there, a signing the visitor presides over there and a lunch given there in the
visitor's honour tell that visit, though the article never calls it one. An ambassador met or signing in
the country of accreditation has not come there: no visit."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def events(lang: str, text: str, published: str) -> dict[str, list[list[str]]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published=published))
    names = {p.id: p.name for p in r.people}
    out: dict[str, list[list[str]]] = {}
    for e in r.events:
        out.setdefault(e.type, []).append([names[p] for p in e.people])
    return out


ON_THE_SPOT = [
    ("fr", "Le roi Mohammed VI a offert, vendredi à Rabat, un déjeuner en l'honneur du Premier ministre "
           "mauritanien, Mohamed Ould Bilal Messoud.", "2022-03-12", "Mohamed Ould Bilal Messoud"),
    ("ar", "أقام الملك محمد السادس، يوم الاثنين بالرباط، مأدبة غداء على شرف الوزير الأول السنغالي عثمان سونكو "
           "والوفد المرافق له.", "2026-01-27", "عثمان سونكو"),
    ("en", "King Mohammed VI and Senegalese President Macky Sall on Thursday presided over the signing of thirteen "
           "cooperation agreements at the Presidential Palace in Dakar.", "2015-05-21", "Mohammed VI"),
]


@pytest.mark.parametrize("lang, text, published, visitor", ON_THE_SPOT, ids=[c[0] for c in ON_THE_SPOT])
def test_a_signing_or_a_lunch_in_the_host_country_tells_the_visit(lang: str, text: str, published: str,
                                                                  visitor: str) -> None:
    assert events(lang, text, published).get("visit") == [[visitor]]


@pytest.mark.parametrize("lang, text", [
    ("en", "In Astana, Kazakh Deputy Foreign Minister Roman Vassilenko and the Ambassador of Italy to Kazakhstan "
           "Marco Alberti signed a memorandum on cultural cooperation."),
    ("ru", "В Астане заместитель министра иностранных дел Казахстана Роман Василенко и посол Италии в Казахстане "
           "Марко Альберти подписали меморандум о сотрудничестве в области культуры."),
    ("en", "In Astana, Kazakh Deputy Foreign Minister Roman Vassilenko met the Ambassador of Italy to Kazakhstan "
           "Marco Alberti."),
])
def test_an_ambassador_in_the_country_of_accreditation_is_no_visitor(lang: str, text: str) -> None:
    assert "visit" not in events(lang, text, "2025-05-21")
