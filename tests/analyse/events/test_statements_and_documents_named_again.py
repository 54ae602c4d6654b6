"""A joint statement read to the press after talks is no document («БАҚ өкілдеріне арналған бірлескен
мәлімдеме», «заявления для прессы»); documents named again by a demonstrative («these agreements will …»,
«Бұл келісімдер арқылы …») are those already told, not more signings."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def agreements(lang: str, text: str) -> int:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2022-05-17"))
    return sum(e.type == "agreement" for e in found.events)


PRESS = [
    ("kk", "Бұл туралы Ақордада Қасым-Жомарт Тоқаевпен келіссөздер қорытындысына орай БАҚ өкілдеріне арналған "
           "бірлескен мәлімдеме барысында Испания Премьер-министрі Педро Санчес айтты."),
    ("kk", "Қасым-Жомарт Тоқаев Испания Премьер-министрі Педро Санчеспен кездесуінен кейінгі бірлескен "
           "мәлімдемеде екіжақты байланыстың дамитынын айтты."),
    ("ru", "Об этом Касым-Жомарт Токаев заявил в Акорде по итогам переговоров с премьер-министром Испании Педро "
           "Санчесом в совместном заявлении для прессы."),
]


@pytest.mark.parametrize("lang, text", PRESS, ids=[f"{c[0]}{i}" for i, c in enumerate(PRESS)])
def test_a_statement_to_the_press_is_no_document(lang: str, text: str) -> None:
    assert agreements(lang, text) == 0


NAMED_AGAIN = [
    ("kk", "Бүгін Қазақстан мен Испания арасында бірқатар келісімге қол қойылды. Бұл келісімдер арқылы "
           "көптеген мәселе өз шешімін табады."),
    ("ru", "Сегодня Казахстан и Испания подписали ряд соглашений. Эти соглашения позволят решить многие "
           "вопросы."),
    ("en", "Kazakhstan and Spain signed a number of agreements in Astana today. These agreements will help "
           "solve many issues."),
    ("fr", "Le Kazakhstan et l'Espagne ont signé aujourd'hui à Astana plusieurs accords. Ces accords "
           "permettront de régler de nombreuses questions."),
]


@pytest.mark.parametrize("lang, text", NAMED_AGAIN, ids=[c[0] for c in NAMED_AGAIN])
def test_documents_named_again_are_no_more_signings(lang: str, text: str) -> None:
    assert agreements(lang, text) == 1
