"""Words of a document that tell no signing: an agreement only sought («to reach a peace deal»), a treaty
that names an organisation («Collective Security Treaty Organisation»), the Arabic participle «مذكرة بأن»
(«reminding that»), which is written like «memorandum»."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def agreements(lang: str, text: str) -> list[str]:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-12-04"))
    return [e.text for e in found.events if e.type == "agreement"]


NOT_SIGNED = [
    ("ar", "وتأتي زيارة الرئيس الروسي إلى الهند في وقت تكثف فيه واشنطن جهودها لإبرام اتفاق سلام بين روسيا "
           "وأوكرانيا."),
    ("ar", "واستعرض الرئيس التونسي تشكيلة من الحرس الجمهوري الفرنسي، وأشارت الرئاسة مذكرة بأن الزيارة هي "
           "الأولى للرئيس إلى فرنسا منذ انتخابه."),
    ("fr", "Le président russe est arrivé jeudi à New Delhi alors que Washington multiplie les efforts pour parvenir "
           "à un accord de paix en Ukraine."),
    ("fr", "« Nous sommes alliés au sein de l'Organisation du Traité de sécurité collective et de l'Union "
           "économique eurasiatique », a déclaré le Premier ministre arménien Nikol Pachinian."),
]


@pytest.mark.parametrize("lang, text", NOT_SIGNED, ids=[f"{c[0]}{i}" for i, c in enumerate(NOT_SIGNED)])
def test_no_signing_told(lang: str, text: str) -> None:
    assert agreements(lang, text) == []


SIGNED = [
    ("ar", "ووقع البلدان مذكرة تفاهم في مجال الطاقة، بحضور الرئيسين."),
    ("fr", "Les deux pays ont signé un traité d'amitié et de coopération en présence des deux présidents."),
]


@pytest.mark.parametrize("lang, text", SIGNED, ids=[c[0] for c in SIGNED])
def test_a_signing_beside_stays(lang: str, text: str) -> None:
    assert len(agreements(lang, text)) == 1
