"""«В ходе переговоров…», «During the talks…», «Келіссөздер барысында…»: a phrase that speaks of talks
as known refers back to the talks told before it; in an article that told none, they are its own talks."""
from __future__ import annotations

from functools import partial

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document

from tests.analyse.events.event_types import event_types


types = partial(event_types, published="2025-05-27")


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Словакии Петер Пеллегрини прибыл в Астану с государственным визитом. В ходе переговоров "
           "на высшем уровне лидеры двух стран уделили особое внимание торговле."),
    ("en", "Slovak President Peter Pellegrini arrived in Astana on a state visit. During the talks, Kassym-Jomart "
           "Tokayev and Peter Pellegrini reviewed trade and transport."),
    ("kk", "Словакия Президенті Петер Пеллегрини Астанаға мемлекеттік сапармен келді. Келіссөздер барысында "
           "Қасым-Жомарт Тоқаев пен Петер Пеллегрини сауда мәселелерін қарады."),
])
def test_talks_first_told_as_known_are_the_articles_talks(lang: str, text: str) -> None:
    assert types(lang, text).count("meeting") == 1


@pytest.mark.parametrize("lang, text", [
    ("ru", "Касым-Жомарт Токаев провел переговоры с президентом Словакии Петером Пеллегрини. В ходе переговоров "
           "стороны рассмотрели вопросы торговли."),
    ("en", "Kassym-Jomart Tokayev held talks with Slovak President Peter Pellegrini. During the talks, the sides "
           "reviewed trade and transport."),
])
def test_talks_told_before_are_referred_back_to(lang: str, text: str) -> None:
    assert types(lang, text).count("meeting") == 1


def test_a_conversation_after_a_call_is_no_meeting() -> None:
    text = ("Касым-Жомарт Токаев провел телефонный разговор с президентом Словакии Петером Пеллегрини. "
            "В ходе беседы стороны обсудили вопросы торговли.")
    assert "meeting" not in types("ru", text)


@pytest.mark.parametrize("lang, text", [
    ("ru", "По итогам переговоров Касым-Жомарт Токаев и президент Словакии Петер Пеллегрини подписали меморандум."),
    ("kk", "Келіссөздер қорытындысы бойынша Қасым-Жомарт Тоқаев пен Словакия Президенті Петер Пеллегрини "
           "меморандумға қол қойды."),
])
def test_the_two_sides_named_after_the_talks_are_one_meeting(lang: str, text: str) -> None:
    assert types(lang, text).count("meeting") == 1


@pytest.mark.parametrize("lang, text", [
    ("ru", "Владимир Путин проведет переговоры с президентом Словакии Петером Пеллегрини в Кремле. Как пояснил "
           "помощник президента России Юрий Ушаков, именно на этой встрече планируется обсудить торговлю."),
    ("en", "Vladimir Putin will hold talks with Slovak President Peter Pellegrini in the Kremlin. As presidential "
           "aide Yury Ushakov explained, at this meeting the leaders plan to discuss trade."),
])
def test_this_meeting_is_the_one_told_and_its_reporter_no_participant(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-27")).events
    meetings = [e for e in found if e.type == "meeting"]
    assert len(meetings) == 1


def test_during_the_meetings_refers_back_to_the_meetings_planned() -> None:
    text = ("Госсекретарь Словакии прибыл в Астану. В рамках визита предусмотрены встречи с министром иностранных "
            "дел Казахстана. В ходе встреч будут обсуждены вопросы двустороннего сотрудничества.")
    assert types("ru", text).count("meeting") == 1
