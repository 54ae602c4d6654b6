"""An invitation accepted, appreciated, thanked for or praised, where the sentence names no visit it is
for, is an invitation already told or carried out (GOLD.md Clarifications: an invitation the article
reports as carried out is not a separate proposal); one accepted «to visit» stays a proposal."""
from __future__ import annotations

import pytest

from tests.analyse.events.event_types import event_types


@pytest.mark.parametrize("lang, text", [
    ("en", "The Emir of Kuwait accepted President Tokayev's invitation with great appreciation and said the forum "
           "matters to the whole region."),
    ("en", "He appreciated the invitation, wishing the conference every success."),
    ("en", "President Mirziyoyev expressed his deep gratitude to Prime Minister Anwar Ibrahim and the people of Malaysia "
           "for the invitation and the warm welcome."),
    ("ru", "Ранее Шавкат Мирзиёев подчеркнул, что с большим удовольствием принял приглашение президента Франции."),
    ("ru", "«Приглашение было с благодарностью принято, сроки будут согласованы дополнительно», — сказал помощник президента."),
    ("fr", "« Cette invitation démontre les excellentes relations entre nos deux pays », a déclaré le président hongrois."),
    ("ar", "وقبل أمير الكويت الدعوة بكل تقدير، مؤكدا أهمية المنتدى للمنطقة."),
])
def test_an_invitation_accepted_or_praised_alone_is_no_proposal(lang: str, text: str) -> None:
    assert "proposal" not in event_types(lang, text, "2025-06-23")


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister accepted his counterpart's invitation to visit Astana in the second half of the year."),
    ("ru", "Президент Монголии принял приглашение Касым-Жомарта Токаева посетить Казахстан до конца года."),
    ("fr", "Le ministre a accepté l'invitation de son homologue à se rendre au Kazakhstan l'an prochain."),
])
def test_an_invitation_accepted_to_visit_stays_a_proposal(lang: str, text: str) -> None:
    assert "proposal" in event_types(lang, text, "2025-06-23")
