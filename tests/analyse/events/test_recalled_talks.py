"""Talks recalled in passing («his earlier discussions with President X in Amman») are a meeting of
their own: recalled, with the place and host the sentence gives, not the article's news meeting."""

from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


@pytest.mark.parametrize("lang,text", [
    ("en", "King Abdullah II of Jordan arrived in Astana on an official visit. "
           "The King recalled his earlier discussions with President Kassym-Jomart Tokayev in Amman."),
    ("ru", "Король Иордании Абдалла II прибыл в Астану с официальным визитом. "
           "Король напомнил о своих прежних беседах с Президентом Касым-Жомартом Токаевым в Аммане."),
])
def test_talks_recalled_in_passing_are_a_recalled_meeting(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2025-08-27"))
    recalled = [e for e in found.events if e.type == "meeting" and e.recalled]
    assert len(recalled) == 1
    assert recalled[0].host == "JO" and recalled[0].when == "../2025-08-27"
