"""Negotiations told as a process going on or completed («negotiations on opening a direct flight are under
way», «the parties have completed negotiations on the draft agreement») are work on a text or a route, not
talks of named sides ([not_talks]); talks held on a day stay a meeting."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def meetings(lang: str, text: str) -> list:
    r = analyse(Document(doc="t", text=text, lang=lang, published="2019-04-01"))
    return [e for e in r.events if e.type == "meeting"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakhstan and Kuwait intend to expand trade, the Kazakh ambassador said. The parties have completed "
           "negotiations on the draft agreement on the avoidance of double taxation, which will be signed soon."),
    ("kk", "Қазақстан мен Кувейт сауданы кеңейтуге ниетті, деді елші. Қазақстан мен Кувейт арасында тікелей әуе "
           "рейсін ашу бойынша келіссөз жүруде."),
    ("ru", "Казахстан и Кувейт намерены расширять торговлю, сообщил посол. Сейчас ведутся переговоры об открытии "
           "прямого авиасообщения между Казахстаном и Кувейтом."),
])
def test_negotiations_going_on_are_no_meeting(lang: str, text: str) -> None:
    assert meetings(lang, text) == []


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakh Foreign Minister Beibut Atamkulov held negotiations in Kuwait City on Monday with Kuwaiti "
           "Foreign Minister Sheikh Sabah Al-Khalid Al-Sabah."),
    ("ru", "Министр иностранных дел Казахстана Бейбут Атамкулов провел в понедельник в Эль-Кувейте переговоры "
           "с министром иностранных дел Кувейта шейхом Сабахом аль-Халидом ас-Сабахом."),
])
def test_negotiations_held_stay_a_meeting(lang: str, text: str) -> None:
    assert len(meetings(lang, text)) == 1
