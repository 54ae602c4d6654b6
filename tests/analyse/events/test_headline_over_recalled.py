"""A headline tells the article's news: it is folded into the event the next lines tell, never into
one the article recalls from long before; a lead that reads as one more heading (no full stop) and the
headline above it are one event."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

ARTICLES = [
    ("ru", "Маулен Ашимбаев встретился с сенатором Конгресса США\n\n"
           "Председатель Сената Маулен Ашимбаев встретился с сенатором Конгресса США Стивом Дэйнсом, передает "
           "Kazpravda.kz\n\n"
           "На повестке дня — вопросы межпарламентского сотрудничества.\n\n"
           "Отметим, в сентябре прошлого года президенты двух стран Касым-Жомарт Токаев и Джо Байден "
           "встретились в Нью-Йорке."),
    ("en", "Senate Speaker Maulen Ashimbayev meets US Senator\n\n"
           "Senate Speaker Maulen Ashimbayev met with U.S. Senator Steve Daines, Kazpravda reports\n\n"
           "The agenda included interparliamentary cooperation.\n\n"
           "In September last year, Presidents Kassym-Jomart Tokayev and Joe Biden met in New York."),
]


@pytest.mark.parametrize("lang, text", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_the_headline_meeting_is_todays_beside_the_one_recalled(lang: str, text: str) -> None:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2024-03-26"))
    meetings = [e for e in r.events if e.type == "meeting"]
    assert sorted(e.when for e in meetings) == ["2023-09", "2024-03/2024-03-26"]
