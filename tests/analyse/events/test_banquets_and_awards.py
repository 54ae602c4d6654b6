"""A state banquet or an official meal in the guest's honour, an order conferred on the guest and a welcome
told by its anthems or its military band are ceremonies; an informal dinner and a signing ceremony are not."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-03-12")


CEREMONIES = [
    ("en", "The President of Chile arrived in Astana on Tuesday for a state visit.\n\n"
           "The talks were followed by a state banquet at the Akorda."),
    ("en", "The President of Chile arrived in Astana on Tuesday for a state visit.\n\n"
           "President Tokayev conferred the Order of Dostyk on President Boric."),
    ("fr", "Le président chilien est arrivé mardi à Astana pour une visite d'État.\n\n"
           "Le soir, il est attendu à un dîner officiel organisé en son honneur par le président kazakh."),
    ("fr", "Le président chilien est arrivé mardi à Astana pour une visite d'État.\n\n"
           "Un orchestre militaire l'a accueilli à sa descente d'avion."),
    ("ar", "وصل الرئيس التشيلي إلى أستانا يوم الثلاثاء في زيارة دولة.\n\n"
           "وأقام الرئيس الكازاخستاني مأدبة عشاء رسمية في القصر الرئاسي."),
    ("ar", "وصل الرئيس التشيلي إلى أستانا يوم الثلاثاء في زيارة دولة.\n\n"
           "وعزف السلام الوطني للبلدين لدى وصوله إلى المطار."),
    ("ru", "Президент Чили во вторник прибыл в Астану с государственным визитом.\n\n"
           "Вечером в Акорде состоялся государственный банкет."),
    ("ru", "Президент Чили во вторник прибыл в Астану с государственным визитом.\n\n"
           "В аэропорту военный оркестр исполнил гимны двух стран."),
    ("kk", "Чили Президенті сейсенбіде Астанаға мемлекеттік сапармен келді.\n\n"
           "Әуежайда Құрмет қарауылы сап түзеп, әскери оркестр екі елдің әнұранын орындады."),
]


@pytest.mark.parametrize("lang, text", CEREMONIES, ids=[f"{c[0]}{i}" for i, c in enumerate(CEREMONIES)])
def test_a_banquet_an_order_or_anthems_are_a_ceremony(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "ceremony" in found and "visit" in found, found


NOT_CEREMONIES = [
    ("fr", "Le président chilien est arrivé mardi à Astana pour une visite d'État. Les deux présidents ont "
           "poursuivi leur entretien au cours d'un dîner informel."),
    ("fr", "Le président chilien est arrivé mardi à Astana pour une visite d'État. Les deux présidents ont "
           "assisté à la cérémonie officielle de signature de cinq accords."),
    ("en", "The President of Chile arrived in Astana on Tuesday for a state visit. The two presidents "
           "continued their talks over a private dinner."),
]


@pytest.mark.parametrize("lang, text", NOT_CEREMONIES, ids=[f"{c[0]}{i}" for i, c in enumerate(NOT_CEREMONIES)])
def test_an_informal_dinner_or_a_signing_ceremony_is_no_ceremony(lang: str, text: str) -> None:
    assert "ceremony" not in types(lang, text)
