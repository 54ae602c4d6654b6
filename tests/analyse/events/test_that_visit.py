"""«Nazarbayev's official visit to Kuwait in 1997 was a milestone. As the result of that visit the two countries
signed a number of agreements»: the visit named again is the recalled one, and the signing is of its year."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def events(lang: str, text: str) -> list:
    return analyse(Document(doc="t", text=text, lang=lang, published="2017-02-24")).events


@pytest.mark.parametrize("lang, text", [
    ("en", "The ambassador added that President Nursultan Nazarbayev's official visit to Kuwait in 1997 was one of the "
           "most important events in bilateral relations. As the result of that visit the two countries signed a "
           "number of bilateral agreements on trade and cultural cooperation."),
    ("ru", "Посол отметил, что официальный визит Президента Нурсултана Назарбаева в Кувейт в 1997 году стал одним из "
           "важнейших событий в двусторонних отношениях. По итогам того визита стороны подписали ряд соглашений о "
           "торговом и культурном сотрудничестве."),
])
def test_the_visit_named_again_is_the_recalled_one(lang: str, text: str) -> None:
    found = events(lang, text)
    visits = [e for e in found if e.type == "visit"]
    assert [(v.when, v.recalled) for v in visits] == [("1997", True)]
    assert [e.when for e in found if e.type == "agreement"] == ["1997"]


def test_a_visit_of_the_articles_own_days_keeps_the_visit_word() -> None:
    text = ("President Tokayev arrived in Kuwait today on an official visit. His previous visit to Kuwait was in 2015.\n"
            "The visit will focus on investment.")
    visits = [e for e in events("en", text) if e.type == "visit"]
    assert any(not v.recalled and v.when == "2017-02-24" for v in visits)
    assert not any(v.when == "2015" and v.recalled and len(v.evidence) > 0 for v in visits)
