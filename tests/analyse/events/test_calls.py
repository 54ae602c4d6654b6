"""Telephone and video calls are not annotated (GOLD.md Clarifications): a call is no meeting,
while a meeting told beside it in the same article still is."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-04-07")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Ce déplacement fait suite à l’entretien téléphonique du 31 mars entre Emmanuel Macron et Abdelmadjid Tebboune."),
    ("en", "President Kassym-Jomart Tokayev held telephone talks with President of Hungary Tamás Sulyok on Monday."),
    ("ru", "Касым-Жомарт Токаев провел телефонные переговоры с президентом Венгрии Тамашем Шуйоком."),
    ("ar", "أجرى الرئيس عبد المجيد تبون مباحثات هاتفية مع الرئيس التونسي قيس سعيد."),
    ("kk", "Мемлекет басшысы Қасым-Жомарт Тоқаев Венгрия Президенті Тамаш Шуйокпен телефон арқылы келіссөздер жүргізді."),
])
def test_a_call_is_no_meeting(lang: str, text: str) -> None:
    assert "meeting" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("en", "After a telephone call last week, Foreign Minister Murat Nurtleu met Hungarian Foreign Minister "
           "Péter Szijjártó in Budapest on Monday."),
    ("ru", "После телефонного разговора министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры "
           "с министром иностранных дел Венгрии Петером Сийярто в Будапеште."),
])
def test_a_meeting_beside_a_call_stays(lang: str, text: str) -> None:
    assert types(lang, text).count("meeting") == 1


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент России Владимир Путин связался по телефону с президентом Словакии Петером Пеллегрини. "
           "Путин обсудил с Пеллегрини продолжение сотрудничества в торговле."),
    ("ru", "Путин обсудил с президентом Словакии Пеллегрини подготовку визита\n\nПрезидент России Владимир Путин "
           "связался по телефону с президентом Словакии Петером Пеллегрини. Стороны обсудили подготовку визита."),
    ("en", "Russian President Vladimir Putin spoke by phone with President of Slovakia Peter Pellegrini. Putin "
           "discussed with Pellegrini further cooperation in trade."),
])
def test_what_the_sides_discussed_after_a_call_is_no_meeting(lang: str, text: str) -> None:
    assert "meeting" not in types(lang, text)


def test_discussed_without_a_call_is_still_talks() -> None:
    text = "Президент России Владимир Путин обсудил с президентом Словакии Петером Пеллегрини торговлю."
    assert "meeting" in types("ru", text)
