"""A plan that schedules is an announcement, a plan without a day or a visit is a proposal (GOLD.md
Clarifications, "Announced or scheduled events")."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

SCHEDULED = [
    # talks or a signing on the programme of a visit the article tells
    ("en", "South Korean President Lee Min-ho arrived in Astana on Tuesday for a three-day state visit to "
           "Kazakhstan. The two leaders plan to sign a memorandum of understanding on critical minerals.",
     "agreement"),
    ("ru", "Президент Монголии Ухнаагийн Хурэлсух прибыл в Астану с государственным визитом. "
           "На среду запланирована встреча с Председателем Сената Маулеными Ашимбаевым.",
     "meeting"),
    ("ar", "وصل رئيس وزراء اليونان كيرياكوس ميتسوتاكيس إلى القاهرة في زيارة رسمية تستغرق يومين. "
           "ومن المقرر أن يجتمع ميتسوتاكيس مع الرئيس عبد الفتاح السيسي في قصر الاتحادية.",
     "meeting"),
    # a visit planned for named days
    ("kk", "Моңғолия Президенті Ухнаагийн Хүрелсүхтің 14-15 қазан күндері Қазақстанға жоспарланған "
           "мемлекеттік сапары туралы Ақорда хабарлады.",
     "visit"),
]

PROPOSED = [
    ("en", "The ministers discussed trade and transport links. The sides plan to launch a direct "
           "Astana – Ulaanbaatar flight next spring."),
    ("kk", "Тараптар келесі жылдың көктемінде Өскеменде екі ел өңірлерінің іскерлік форумын өткізуді жоспарлап отыр."),
]

INTENT = [
    ("en", "Kazakh Foreign Minister Murat Nurtleu met his Mongolian counterpart Battsetseg Batmunkh in Astana. "
           "\"We intend to expand cooperation in such promising areas as mining and agriculture,\" he said."),
    ("ar", "التقى وزير الخارجية الجزائري أحمد عطاف نظيره التركي هاكان فيدان في أنقرة. "
           "وقال عطاف إن الجزائر تعتزم توسيع التعاون مع تركيا في مجالات الطاقة والزراعة."),
]


@pytest.mark.parametrize("lang, text, etype", SCHEDULED, ids=[c[0] + "-" + c[2] for c in SCHEDULED])
def test_a_scheduled_event_keeps_its_type(lang: str, text: str, etype: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-10-07"))
    types = [e.type for e in found.events]
    assert etype in types and "proposal" not in types, types


@pytest.mark.parametrize("lang, text", PROPOSED, ids=[c[0] for c in PROPOSED])
def test_a_plan_with_no_day_and_no_visit_is_a_proposal(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-10-07"))
    assert [e.type for e in found.events if e.type != "meeting"] == ["proposal"]


@pytest.mark.parametrize("lang, text", INTENT, ids=[c[0] for c in INTENT])
def test_an_intent_with_nothing_to_hold_or_sign_is_no_proposal(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-10-07"))
    types = [e.type for e in found.events]
    assert "meeting" in types and "proposal" not in types, types
