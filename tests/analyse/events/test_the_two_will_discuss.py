"""Talks told only as coming, with both sides as the subject of a verb of discussing («The two leaders will
discuss …», «Les deux présidents discuteront …»): the meeting of the visit the article announces (GOLD.md
Clarifications, "Announced or scheduled events"); after talks already told, the same words tell what those
talks were about, not one more meeting."""
from __future__ import annotations

import pytest

from accord.analyse.pipeline import analyse
from accord.model import Document


def events(lang: str, published: str, text: str) -> list[tuple[str, str | None]]:
    r = analyse(Document(doc="t", text=text, lang=lang, published=published))
    return [(e.type, e.when) for e in r.events]


@pytest.mark.parametrize("lang, text", [
    ("en", "President of Mongolia Ukhnaagiin Khurelsukh will pay a state visit to Kazakhstan on June 3-4, 2026, "
           "the Akorda press service said. The two leaders will discuss trade, transit and energy cooperation."),
    ("fr", "Le président mongol Ukhnaagiin Khurelsukh effectuera une visite d'État au Kazakhstan les 3 et 4 juin 2026, "
           "a indiqué l'Akorda. Les deux présidents discuteront du commerce, du transit et de l'énergie."),
])
def test_the_two_leaders_will_discuss_is_the_announced_meeting(lang: str, text: str) -> None:
    found = events(lang, "2026-05-28", text)
    meetings = [when for etype, when in found if etype == "meeting"]
    assert len(meetings) == 1
    assert meetings[0] is not None and meetings[0].startswith("2026-06-0")


@pytest.mark.parametrize("lang, text", [
    ("en", "Kazakh President Kassym-Jomart Tokayev met with President of Mongolia Ukhnaagiin Khurelsukh in Astana "
           "on Tuesday. The two leaders discussed trade, transit and energy cooperation."),
    ("fr", "Le président kazakh Kassym-Jomart Tokaïev a rencontré mardi à Astana le président mongol Ukhnaagiin "
           "Khurelsukh. Les deux présidents ont échangé sur le commerce, le transit et l'énergie."),
])
def test_after_talks_told_the_two_discussing_is_no_second_meeting(lang: str, text: str) -> None:
    found = events(lang, "2026-06-04", text)
    assert [etype for etype, _ in found].count("meeting") == 1
