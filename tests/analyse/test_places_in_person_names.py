"""A city inside a person's name («نور سلطان نزارباييف», Nursultan Nazarbayev) is not where the event is."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("ar", "وصل ملك الأردن عبد الله الثاني إلى كازاخستان في زيارة رسمية تلبية لدعوة من الرئيس نور سلطان "
           "نزارباييف."),
    ("en", "King Abdullah II of Jordan arrived in Kazakhstan on an official visit at the invitation of President "
           "Nursultan Nazarbayev."),
    ("ru", "Король Иордании Абдалла II прибыл в Казахстан с официальным визитом по приглашению Президента "
           "Нурсултана Назарбаева."),
])
def test_a_city_in_a_name_is_no_place(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2014-04-13"))
    assert [(e.type, e.host, e.place) for e in r.events] == [("visit", "KZ", None)]
