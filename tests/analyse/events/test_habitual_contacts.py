"""Contacts told as a habit («s'entretient régulièrement avec son homologue», «has regularly met with») are no
talks held on a day ([not_trigger] meeting, fr and en)."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def events(lang: str, text: str) -> list:
    return analyse(Document(doc="t", text=text, lang=lang, published="2020-06-17")).events


@pytest.mark.parametrize("lang, text", [
    ("fr", "Depuis son investiture en octobre 2019, le président sénégalais s'entretient régulièrement avec son "
           "homologue français Emmanuel Macron."),
    ("fr", "Le chef de l'État turc, qui rencontre régulièrement le dirigeant russe Vladimir Poutine, a salué "
           "l'accord céréalier."),
    ("en", "Since taking office in October 2019, the Senegalese president has regularly met with his French "
           "counterpart Emmanuel Macron."),
    ("en", "The Turkish leader, who meets regularly with Russian President Vladimir Putin, praised the grain deal."),
])
def test_a_habit_is_no_meeting(lang: str, text: str) -> None:
    assert [e.type for e in events(lang, text) if e.type in ("meeting", "visit")] == []


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le président sénégalais s'est entretenu lundi à Paris avec son homologue français Emmanuel Macron."),
    ("en", "The Senegalese president met his French counterpart Emmanuel Macron in Paris on Monday."),
])
def test_talks_held_stay_a_meeting(lang: str, text: str) -> None:
    assert [e.type for e in events(lang, text)].count("meeting") == 1
