"""«Принял приглашение», «приняли совместное заявление», «шақыруын қабылдады», «a reçu une invitation»:
a thing accepted or adopted is no guest received, so the verb of reception makes no meeting, and the
invitation accepted makes no visit."""
from __future__ import annotations

from functools import partial

import pytest

from tests.analyse.events.event_types import event_types

types = partial(event_types, published="2025-03-03")


@pytest.mark.parametrize("lang, text", [
    ("ru", "Президент Словакии Петер Пеллегрини принял приглашение Касым-Жомарта Токаева посетить Казахстан "
           "с государственным визитом."),
    ("kk", "Словакия Президенті Петер Пеллегрини Қасым-Жомарт Тоқаевтың Қазақстанға мемлекеттік сапармен "
           "келу туралы шақыруын қабылдады."),
    ("fr", "Le président slovaque Peter Pellegrini a reçu une invitation de Kassym-Jomart Tokaïev à se rendre "
           "au Kazakhstan."),
])
def test_an_invitation_accepted_is_no_meeting(lang: str, text: str) -> None:
    assert "meeting" not in types(lang, text)


@pytest.mark.parametrize("lang, text", [
    ("ru", "По итогам переговоров Касым-Жомарт Токаев и президент Словакии Петер Пеллегрини приняли "
           "совместное заявление."),
    ("kk", "Келіссөздер қорытындысы бойынша Қасым-Жомарт Тоқаев пен Словакия Президенті Петер Пеллегрини "
           "бірлескен мәлімдеме қабылдады."),
])
def test_a_statement_adopted_is_an_agreement_not_a_reception(lang: str, text: str) -> None:
    found = types(lang, text)
    assert "agreement" in found and found.count("meeting") <= 1


@pytest.mark.parametrize("lang, text", [
    ("ru", "Касым-Жомарт Токаев принял в Акорде президента Словакии Петера Пеллегрини."),
    ("kk", "Қасым-Жомарт Тоқаев Ақордада Словакия Президенті Петер Пеллегриниді қабылдады."),
])
def test_a_guest_received_is_still_a_meeting(lang: str, text: str) -> None:
    assert "meeting" in types(lang, text)
