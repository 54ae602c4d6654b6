"""A spokesperson reports the event also where a later sentence names him by his surname alone
(«Господин Песков подтвердил», "Ivanov added"): no mention of him makes him a participant. Own test text."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("ru", "Президент Азербайджана Ильхам Алиев провёл переговоры с президентом Узбекистана Шавкатом Мирзиёевым "
           "в Ташкенте. По словам пресс-секретаря президента Азербайджана Ибрагима Рустамова, лидеры обсудили "
           "торговлю.\n\nГосподин Рустамов подтвердил, что Алиев встретился с Мирзиёевым ещё раз вечером.",
     "Рустамов"),
    ("en", "Azerbaijani President Ilham Aliyev held talks with Uzbek President Shavkat Mirziyoyev in Tashkent, "
           "presidential spokesman Ibrahim Rustamov said.\n\n"
           "Rustamov added that Aliyev met Mirziyoyev again in the evening.", "Rustamov"),
]


@pytest.mark.parametrize("lang, text, spokesperson", CASES, ids=[c[0] for c in CASES])
def test_a_spokesperson_named_again_is_no_participant(lang: str, text: str, spokesperson: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-01-14"))
    names = {p.id: p.name for p in found.people}
    assert found.events
    assert not any(spokesperson in names[p] for e in found.events for p in e.people)
