"""Documents signed by an indefinite count («several documents», «ряд документов», «عدة اتفاقيات») are one
counted set (GOLD.md), also when the sentence then names their kinds; a document named before the set
(«adopted a joint communiqué and signed several agreements») is signed on its own."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def agreements(lang: str, text: str) -> int:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2022-05-17"))
    return sum(e.type == "agreement" for e in found.events)


ONE_SET = [
    ("en", "Several documents were signed during the visit of the Mongolian delegation to Kazakhstan, namely a "
           "joint declaration on investment, as well as agreements and memorandums between the ministries."),
    ("ru", "По итогам переговоров в Улан-Баторе был подписан ряд документов, в том числе соглашение о транзите "
           "и меморандум о сотрудничестве в сфере туризма."),
    ("fr", "La visite du président mongol à Astana a été marquée par la signature de plusieurs accords de "
           "coopération, de mémorandums d'entente et de protocoles."),
    ("ar", "وشهد الرئيسان في أستانا التوقيع على عدة اتفاقيات تعاون ومذكرات تفاهم وبروتوكولات."),
]


@pytest.mark.parametrize("lang, text", ONE_SET, ids=[f"{c[0]}{i}" for i, c in enumerate(ONE_SET)])
def test_an_indefinite_set_is_one_agreement(lang: str, text: str) -> None:
    assert agreements(lang, text) == 1


NAMED_BEFORE = [
    ("en", "The talks in Astana ended with the signing of a joint statement and the exchange of various "
           "intergovernmental documents."),
    ("fr", "Les travaux de la commission mixte à Dakar ont été couronnés par l'adoption d'un communiqué conjoint "
           "et la signature de plusieurs accords de coopération."),
]


@pytest.mark.parametrize("lang, text", NAMED_BEFORE, ids=[c[0] for c in NAMED_BEFORE])
def test_a_document_named_before_the_set_is_its_own(lang: str, text: str) -> None:
    assert agreements(lang, text) == 2
