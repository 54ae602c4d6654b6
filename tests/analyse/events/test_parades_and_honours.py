"""A military parade attended and a guard of honour reviewed are ceremonies; «passer en revue» said of
relations is talk, not a guard reviewed."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2022-07-05")


CEREMONIES = [
    ("ar", "وصل الرئيس التونسي قيس سعيد إلى الجزائر في زيارة رسمية.\n\nوحضر الرئيس التونسي الاستعراض العسكري "
           "الذي أقيم بمناسبة الذكرى الستين لاستقلال الجزائر."),
    ("fr", "Le président mauritanien Mohamed Ould Cheikh El Ghazouani est arrivé à Rabat pour une visite "
           "officielle.\n\nÀ son arrivée au Palais royal, il a passé en revue un détachement de la Garde royale qui "
           "rendait les honneurs."),
    ("kk", "Тунис Президенті Қайс Саид Алжирге ресми сапармен келді.\n\nҚонақ Алжир тәуелсіздігінің 60 жылдығына "
           "арналған әскери шеруге қатысты."),
]


@pytest.mark.parametrize("lang, text", CEREMONIES, ids=[c[0] for c in CEREMONIES])
def test_a_parade_or_a_guard_reviewed_is_a_ceremony(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "ceremony" in found and "visit" in found, found


def test_relations_reviewed_are_no_ceremony() -> None:
    text = ("Le ministre marocain des Affaires étrangères Nasser Bourita a reçu mardi à Rabat son homologue "
            "mauritanien. Les deux ministres ont passé en revue les relations bilatérales.")
    assert "ceremony" not in types("fr", text)
