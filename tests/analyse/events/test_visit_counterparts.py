"""Visitors of a visit: whom the visitor has talks «with», and whom he thanks for the invitation,
are the other side, not visitors, also where the article never says whose official they are.
Own test text about other country pairs than the gold sets."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def _visitors(text: str, lang: str) -> set[str]:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-05-05"))
    names = {p.id: p.name for p in found.people}
    visits = [e for e in found.events if e.type == "visit"]
    assert visits, [(e.type, e.evidence) for e in found.events]
    return {names[p] for v in visits for p in v.people}


TALKS_WITH = [
    ("en", "At the start of his visit to Azerbaijan, Prime Minister Ivan Petrov met with Prime Minister Rauf Hasanli "
           "and President Elnur Mammadli in Baku.", "Ivan Petrov", ("Hasanli", "Mammadli")),
    ("ar", "وخلال زيارته الرسمية إلى كينيا، سيلتقي الرئيس الأذربيجاني إلهام علييف بنظيره الكيني، ويجري محادثات "
           "مع رئيس الوزراء موساليا مودافادي.", "علييف", ("مودافادي",)),
    ("fr", "Lors de sa visite en Azerbaïdjan, le Premier ministre Ivan Petrov s'est entretenu avec le Premier "
           "ministre Rauf Hasanli.", "Petrov", ("Hasanli",)),
]


@pytest.mark.parametrize("lang, text, visitor, others", TALKS_WITH, ids=[c[0] for c in TALKS_WITH])
def test_whom_the_visitor_has_talks_with_is_no_visitor(lang: str, text: str, visitor: str, others: tuple) -> None:
    people = _visitors(text, lang)
    assert any(visitor in n for n in people), people
    assert not any(o in n for o in others for n in people), people


THANKED = [
    ("ru", "Президент Кении Уильям Руто, прибывший в Азербайджан с государственным визитом, выразил "
           "признательность премьер-министру Рауфу Гасанлы за тёплый приём.", "Руто", "Гасанлы"),
    ("kk", "Кения Президенті Уильям Руто Әзербайжанға мемлекеттік сапармен келіп, премьер-министр Рауф "
           "Гасанлыға жылы қабылдау үшін алғыс айтты.", "Руто", "Гасанлы"),
    ("en", "On his state visit to Azerbaijan, President William Ruto expressed his gratefulness to Prime Minister "
           "Rauf Hasanli for the warm welcome.", "Ruto", "Hasanli"),
]


@pytest.mark.parametrize("lang, text, visitor, thanked", THANKED, ids=[c[0] for c in THANKED])
def test_whom_the_visitor_thanks_is_no_visitor(lang: str, text: str, visitor: str, thanked: str) -> None:
    people = _visitors(text, lang)
    assert not any(thanked in n for n in people), people


WELCOMED_BY = [
    ("fr", "À son arrivée à l'aéroport de Tachkent, Ilham Aliyev a été accueilli par le président ouzbek ainsi que "
           "par l'ambassadeur d'Azerbaïdjan en Ouzbékistan, Rachad Mammadov.", "Aliyev", "Mammadov"),
    ("en", "On his arrival in Tashkent for a state visit, Ilham Aliyev was welcomed by the Uzbek president and by "
           "Azerbaijan's ambassador to Uzbekistan, Rashad Mammadov.", "Aliyev", "Mammadov"),
]


@pytest.mark.parametrize("lang, text, visitor, welcomer", WELCOMED_BY, ids=[c[0] for c in WELCOMED_BY])
def test_who_welcomes_the_visitor_is_no_visitor(lang: str, text: str, visitor: str, welcomer: str) -> None:
    people = _visitors(text, lang)
    assert any(visitor in n for n in people), people
    assert not any(welcomer in n for n in people), people


def test_who_receives_and_recalls_his_own_visit_is_its_visitor() -> None:
    text = ("M. Aliyev a aussi été reçu par le Premier ministre, Ali Asadov, qui avait coprésidé la commission "
            "mixte à Tachkent, en décembre dernier, lors de sa visite de travail en Ouzbékistan.")
    assert any("Asadov" in n for n in _visitors(text, "fr"))
