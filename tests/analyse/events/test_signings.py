"""Signings: understandings reached in talks are no signed agreement, a document signed is; the treaty
base counted or named is no signing, new documents counted at a visit are."""
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


# -- The treaty base counted or named is no signing; new documents counted at a visit are.
BASE = [
    ("ru", "Министр иностранных дел Туркменистана Рашид Мередов провёл переговоры в Астане с Муратом Нуртлеу. "
           "Сформирована договорно-правовая база сотрудничества, закреплённая 180 двусторонними документами."),
    ("en", "Mongolian Foreign Minister Battsetseg Batmunkh held talks in Astana with Murat Nurtleu. "
           "More than 100 agreements now bind the two countries in trade, transport and culture."),
    ("kk", "Моңғолия Сыртқы істер министрі Батцэцэг Батмөнх Астанада Мұрат Нұртлеумен келіссөз жүргізді. "
           "Екі ел арасында 60-тан астам келісім жасалған."),
    ("ar", "أجرى وزير الخارجية الجزائري أحمد عطاف مباحثات في أنقرة مع نظيره التركي هاكان فيدان. "
           "ويرتبط البلدان بأكثر من 100 اتفاقية في مختلف المجالات."),
]


@pytest.mark.parametrize("lang, text", BASE, ids=[c[0] for c in BASE])
def test_the_treaty_base_is_no_signing(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-11-22"))
    types = [e.type for e in found.events]
    assert "meeting" in types and "agreement" not in types, types


def test_new_documents_counted_at_a_visit_are_a_signing() -> None:
    text = ("وقع الرئيس الجزائري عبد المجيد تبون والرئيس التركي رجب طيب أردوغان في أنقرة اليوم الاثنين "
            "على 15 اتفاقية ومذكرة تفاهم في مجالات الطاقة والزراعة.")
    found = analyse(Document(doc="t", text=text, lang="ar", published="2022-05-16"))
    assert "agreement" in [e.type for e in found.events]
