"""A counted set of documents of two kinds («15 conventions et mémorandums d'entente», «13 اتفاقية ومذكرة
تفاهم») is one set signed together (GOLD.md), not a convention and a memorandum named each; documents named
one after another without a count stay one each."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def agreements(lang: str, text: str) -> int:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2022-05-17"))
    return sum(e.type == "agreement" for e in found.events)


COUNTED = [
    ("fr", "Alger et Ankara ont, par ailleurs, signé, en marge de cette visite, 15 conventions et mémorandums "
           "d'entente."),
    ("fr", "Les travaux de la haute commission mixte ont été sanctionnés par la signature de 13 conventions de "
           "coopération et mémorandums d'entente."),
    ("ar", "ووقع البلدان خلال الزيارة 15 اتفاقية ومذكرة تفاهم في مجالات مختلفة."),
]


@pytest.mark.parametrize("lang, text", COUNTED, ids=[f"{c[0]}{i}" for i, c in enumerate(COUNTED)])
def test_a_counted_set_of_two_kinds_is_one_agreement(lang: str, text: str) -> None:
    assert agreements(lang, text) == 1


NAMED = [
    ("fr", "Les deux ministres ont signé un mémorandum sur les travailleurs saisonniers et un accord culturel."),
    ("ar", "وشهد الرئيسان توقيع مذكرة تفاهم في مجال الطاقة واتفاقية للتعاون الثقافي."),
]


@pytest.mark.parametrize("lang, text", NAMED, ids=[c[0] for c in NAMED])
def test_documents_named_each_stay_apart(lang: str, text: str) -> None:
    assert agreements(lang, text) == 2


# The counted set, told again by its signing alone, is still the one set.
TOLD_AGAIN = [
    ("ar", "وقع الأردن وكازاخستان، الأربعاء، 5 اتفاقيات ومذكرات تعاون.\n\nوشهد رئيس كازاخستان قاسم جومارت توكاييف "
           "وعاهل الأردن عبدالله الثاني مراسم التوقيع في أستانا."),
    ("fr", "Le Kazakhstan et la Jordanie ont signé mercredi cinq accords de coopération.\n\nLe président "
           "Kassym-Jomart Tokaïev et le roi Abdallah II ont assisté à la signature à Astana."),
]


@pytest.mark.parametrize("lang, text", TOLD_AGAIN, ids=[c[0] for c in TOLD_AGAIN])
def test_a_counted_set_told_again_by_its_signing_is_one(lang: str, text: str) -> None:
    assert agreements(lang, text) == 1
