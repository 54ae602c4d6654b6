"""Flowers laid at a monument and a monument opened under a long name are ceremonies (GOLD.md: "a
commemorative or protocol act"); a ceremony told as coming («is planned», «will lay a wreath») is
announced: it keeps its type and is dated as announced, never made a proposal."""
from __future__ import annotations

import pytest

from accord import edtf
from accord.analyse.pipeline import analyse
from accord.model import Document


def ceremonies(lang: str, text: str, published: str = "2024-06-20") -> list:
    found = analyse(Document(doc="t", text=text, lang=lang, published=published)).events
    return [e for e in found if e.type == "ceremony"]


FLOWERS = [
    ("en", "During the visit to Lisbon, the Kazakh minister attended the flower laying ceremony at the Monument "
           "to the Discoveries."),
    ("en", "The Portuguese guest took part in laying flowers at the Defender of the Fatherland monument in Astana."),
    ("ru", "В ходе визита в Лиссабон министр принял участие в церемонии возложения цветов к памятнику "
           "первооткрывателям."),
]


@pytest.mark.parametrize("lang, text", FLOWERS, ids=[f"{c[0]}{i}" for i, c in enumerate(FLOWERS)])
def test_flowers_laid_are_a_ceremony(lang: str, text: str) -> None:
    assert len(ceremonies(lang, text)) == 1


OPENINGS = [
    ("en", "On 18 June the two presidents attended the opening of the Great Silk Road Friendship monument in "
           "the central park of Lisbon."),
    ("ru", "18 июня в Лиссабоне президенты приняли участие в открытии еще одного символа нашей дружбы – "
           "монумента «Великий шелковый путь»."),
]


@pytest.mark.parametrize("lang, text", OPENINGS, ids=[c[0] for c in OPENINGS])
def test_a_monument_opened_under_a_long_name_is_a_ceremony(lang: str, text: str) -> None:
    assert len(ceremonies(lang, text)) == 1


ANNOUNCED = [
    ("en", "President Tokayev arrived in Lisbon on a state visit on Tuesday. The official opening of the Great "
           "Silk Road Friendship monument in the central park is planned with the participation of the two "
           "presidents."),
    ("en", "Tokayev arrived in Lisbon on a state visit on Tuesday. On Thursday the two presidents will lay a "
           "wreath at the monument to the Discoveries."),
    ("ru", "Токаев во вторник прибыл в Лиссабон с государственным визитом. В четверг президенты возложат "
           "венок к памятнику первооткрывателям, ожидается также открытие монумента «Великий шелковый путь»."),
]


@pytest.mark.parametrize("lang, text", ANNOUNCED, ids=[f"{c[0]}{i}" for i, c in enumerate(ANNOUNCED)])
def test_a_ceremony_told_as_coming_is_no_proposal_and_not_dated_before(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-06-18")).events
    assert not [e for e in found if e.type == "proposal"]
    cer = [e for e in found if e.type == "ceremony"]
    assert cer
    assert all(e.when is None or edtf.interval(e.when)[1] is None or edtf.interval(e.when)[1] >= edtf.interval("2024-06-18")[0]
               for e in cer)
