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


# -- Talks the article announces without naming anyone are its news meeting, also when a photo caption
# recalls the leaders' meeting of another year: that meeting is no neighbour they could belong to.
@pytest.mark.parametrize("lang,text", [
    ("en", "President Kassym-Jomart Tokayev will pay a state visit to Tajikistan on Aug. 22-23.\n\n"
           "Kassym-Jomart Tokayev meets Emomali Rahmon in Dushanbe in June 2022.\n\n"
           "The talks are expected to be held in a narrow and an expanded format."),
    ("ru", "Президент Касым-Жомарт Токаев совершит государственный визит в Таджикистан 22-23 августа.\n\n"
           "Касым-Жомарт Токаев встречается с Эмомали Рахмоном в Душанбе в июне 2022 года.\n\n"
           "Переговоры пройдут в узком и расширенном составе."),
])
def test_announced_talks_are_news_beside_a_recalled_meeting(lang: str, text: str) -> None:
    found = analyse(Document(doc="t", text=text, lang=lang, published="2024-08-19"))
    meetings = [e for e in found.events if e.type == "meeting"]
    assert any(e.recalled for e in meetings), [(e.when, e.recalled) for e in meetings]
    news = [e for e in meetings if not e.recalled]
    assert len(news) == 1 and news[0].when.startswith("2024-08"), [(e.when, e.recalled) for e in meetings]
