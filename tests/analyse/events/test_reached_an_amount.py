"""«وصل حجم التبادل التجاري إلى أكثر من 3 ملايين دولار», «لمدة تصل إلى شهر»: the Arabic verb of arriving
also says that an amount reached a level; that is no one's arrival in a country."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

CASES = [
    ("ar", "وأكد السفير أن حجم التبادل التجاري بين الكويت وكازاخستان وصل إلى أكثر من 3 ملايين دولار منذ بداية العام."),
    ("ar", "وقال الرئيس توكاييف إن التجارة الثنائية بين الصين وكازاخستان وصلت إلى مستوى قياسي العام الماضي."),
    ("ar", "وبموجب القرار، يستطيع الروس الحصول على تأشيرة دخول إلى الأردن لمدة تصل إلى شهر عند الوصول إلى المطار."),
    ("en", "The ambassador said that trade between Kuwait and Kazakhstan reached more than 3 million dollars this year."),
]


@pytest.mark.parametrize("lang, text", CASES, ids=[f"{c[0]}{i}" for i, c in enumerate(CASES)])
def test_an_amount_reached_is_no_visit(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2022-10-08"))
    assert "visit" not in [e.type for e in found.events]


def test_an_arrival_stays() -> None:
    text = "وصل أمير دولة الكويت الشيخ مشعل الأحمد الجابر الصباح إلى أستانا اليوم في زيارة دولة."
    found = analyse(Document(doc="t", text=text, lang="ar", published="2022-10-08"))
    assert "visit" in [e.type for e in found.events]
