"""«Earlier in the day», «ранее в тот же день» is the day the text dated last, not a recall of the past."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang, text", [
    ("en", "AMMAN — King Abdullah II on Tuesday held talks with Maltese Prime Minister Robert Abela at Al Husseiniya "
           "Palace. Earlier in the day, the King received the prime minister at Marka Airport, where an official "
           "welcoming ceremony was held."),
    ("ru", "АММАН — Король Абдалла II во вторник провёл переговоры с премьер-министром Мальты Робертом Абелой во "
           "дворце Аль-Хусейния. Ранее в тот же день король встретил премьер-министра в аэропорту Марка, где "
           "состоялась церемония официальной встречи."),
])
def test_the_welcome_earlier_in_the_day_is_that_day(lang: str, text: str) -> None:
    events = analyse(Document(doc="t", text=text, lang=lang, published="2025-05-14")).events
    (ceremony,) = [e for e in events if e.type == "ceremony"]
    assert ceremony.when == "2025-05-13" and not ceremony.recalled


def test_an_earlier_meeting_stays_recalled() -> None:
    text = ("King Abdullah II held talks with Maltese Prime Minister Robert Abela on Tuesday. The two leaders had "
            "met earlier in Valletta.")
    events = analyse(Document(doc="t", text=text, lang="en", published="2025-05-14")).events
    assert any(e.type == "meeting" and e.recalled for e in events)
