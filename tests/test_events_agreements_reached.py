"""Understandings reached in talks are no signed agreement; a document signed is."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

REACHED = [
    ("en", "Kassym-Jomart Tokayev held talks with Sheikh Suroor bin Mohammed Al Nahyan in Astana on Friday.\n\n"
           "Certainly, the agreements reached will serve for the benefit of our peoples, the President said."),
    ("ar", "أجرى الرئيس قاسم جومارت توكاييف محادثات مع الشيخ سرور بن محمد آل نهيان في أستانا يوم الجمعة.\n\n"
           "وقال الرئيس إن الاتفاقات التي تم التوصل إليها ستخدم مصالح الشعبين."),
]
SIGNED = [
    ("en", "Kazakhstan and the United Arab Emirates signed an agreement on visa exemption in Astana on Friday."),
    ("ar", "وقعت كازاخستان والإمارات اتفاقية للإعفاء من التأشيرة في أستانا يوم الجمعة."),
]


@pytest.mark.parametrize("lang, text", REACHED, ids=[c[0] for c in REACHED])
def test_agreements_reached_in_talks_are_no_signing(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-05-26"))
    assert [e.type for e in found.events if e.type == "agreement"] == []
    assert any(e.type == "meeting" for e in found.events)


@pytest.mark.parametrize("lang, text", SIGNED, ids=[c[0] for c in SIGNED])
def test_an_agreement_signed_is_one(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2023-05-26"))
    assert [e.type for e in found.events].count("agreement") == 1
