"""Visits and meetings told in general, as a habit or counted («регулярные взаимные визиты и встречи»,
«посетил страну четырежды», «regular mutual visits», «өзара сапарлар»), are no one visit or meeting."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-08-07")


@pytest.mark.parametrize("lang, text", [
    ("ru", "По словам министра, ключевую роль в укреплении словацко-казахстанских отношений играют регулярные "
           "взаимные визиты и встречи на высшем уровне."),
    ("ru", "С 2022 года президент Словакии посетил Казахстан четырежды."),
    ("ru", "Помимо личных встреч, президенты регулярно общаются по телефону."),
    ("en", "According to the minister, regular mutual visits and meetings at the highest level play a key role "
           "in Slovak-Kazakh relations."),
    ("en", "The Slovak President has visited Kazakhstan four times."),
    ("kk", "Министрдің айтуынша, Словакия мен Қазақстан қарым-қатынасында жоғары деңгейдегі өзара сапарлар мен "
           "кездесулер маңызды рөл атқарады."),
])
def test_visits_in_general_are_no_event(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "visit" not in found and "meeting" not in found


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Словакии прибыл в Астану с официальным визитом."),
    ("en", "The Slovak President arrived in Astana on an official visit."),
])
def test_one_visit_stays(lang: str, text: str) -> None:
    assert "visit" in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ru", "В Москве президент Словакии может встретиться с российским коллегой, сказал изданию собеседник."),
    ("ru", "Газета писала, что Путин может выступить посредником при встрече президентов Словакии и Венгрии."),
    ("en", "In Moscow the Slovak President may meet his Russian counterpart, a source told the newspaper."),
    ("fr", "À Moscou, le président slovaque pourrait rencontrer son homologue russe, selon une source."),
])
def test_a_guessed_meeting_is_no_event(lang: str, text: str) -> None:
    assert "meeting" not in types(lang, text)
