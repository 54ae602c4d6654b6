"""Capitalised words that fill a pair of quotation marks («Казахстан Темир Жолы», « Kazakhstan Temir
Zholy », “Samruk Kazyna”) name a company, a medium or an award, not a person; a person named inside a
longer quotation still is one. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

FIRMS = [
    ("ru", "В ходе визита был подписан меморандум между «Казахстан Темир Жолы» и Министерством железных дорог "
           "Индии о сотрудничестве в области перевозок.", ("Темир", "Жол")),
    ("fr", "Un accord de coopération a été signé entre la compagnie « Kazakhstan Temir Zholy » et le groupe "
           "français Alstom lors de la visite.", ("Temir", "Zholy")),
    ("kk", "Сапар барысында «Қазақстан Темір Жолы» мен Үндістанның темір жол министрлігі арасында меморандумға "
           "қол қойылды.", ("Темір", "Жол")),
]


@pytest.mark.parametrize("lang, text, not_names", FIRMS, ids=[c[0] for c in FIRMS])
def test_a_quoted_firm_is_no_person(lang: str, text: str, not_names: tuple[str, ...]) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-07-08"))
    names = [p.name for p in found.people]
    assert not any(w in n for n in names for w in not_names), names


QUOTED_PEOPLE = [
    ("ru", "«Мы провели плодотворные переговоры с Нарендрой Моди», – сказал Нурсултан Назарбаев.", "Нарендр"),
    ("fr", "« Nous avons eu des entretiens fructueux avec Narendra Modi », a déclaré le président.", "Narendra Modi"),
]


@pytest.mark.parametrize("lang, text, name", QUOTED_PEOPLE, ids=[c[0] for c in QUOTED_PEOPLE])
def test_a_person_inside_a_quotation_stays_one(lang: str, text: str, name: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-07-08"))
    names = [p.name for p in found.people]
    assert any(name in n for n in names), names
